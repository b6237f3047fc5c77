// The element's state as the render modules read it (a MapView), built once per render: kept out
// of the element so that it stays a thin composition of controllers.
import { nothing } from 'lit';
import type { MappingRound, Person, RelationMap } from '@sammen/sdk';
import type { SammenRelationMap } from './relation-map.js';
import { kindName, tieSentence } from './texts.js';
import type { MapView } from './view-model.js';
import type { MapActions } from './map-actions.js';
import { childrenNoOneChose, peerChoices } from './analysis/index.js';
import { renamePerson, setKind, setStrength } from './field-edits.js';

const ignore = () => undefined;

/** The view of `doc`'s `round` for `host` (its drawing's handlers once the drawing part has arrived). */
export function buildMapView(host: SammenRelationMap, doc: RelationMap, round: MappingRound): MapView {
  const drawing = host.drawing;
  const ties = drawing?.tiesLevel;
  const act = (use: (actions: MapActions) => void) => host.parts.run('edit', (part) => use(part.actionsOf(host)));
  return {
    map: doc,
    round,
    people: doc.people,
    ties: round.ties,
    positions: host.positions,
    nameOf: host.nameOf,
    kindText: (person: Person) => kindName(person.kind),
    tieText: (tie, from) => tieSentence(tie, host.nameOf, doc.mode, from),
    headingLevel: host.headingLevel,
    presentation: host.presentation,
    readOnly: host.readOnly,
    view: host.view,
    active: host.people$focus.activeId,
    opened: ties?.opened,
    highlighted: ties?.highlighted,
    // The closeness layer's editor is in the edit part, so the part is there (or coming) when the layer is on.
    fewCloseAdults: (host.closenessLayer && host.parts.get('edit')?.actionsOf(host).fewCloseAdults(doc, round)) || new Set(),
    // The children outside the community made visible where the staff look first: the drawing.
    toInviteIn: new Set(doc.mode === 'group' ? childrenNoOneChose(peerChoices(doc, round)) : []),
    closenessLayer: host.closenessLayer,
    dragMode: host.dragMode,
    people$focus: host.people$focus,
    ties$focus: ties?.focus,
    drawingRef: host.drawingRef,
    rings: host.drawingMode?.rings?.() ?? nothing,
    zoom: drawing ? { k: drawing.zoom.k, x: drawing.zoom.x, y: drawing.zoom.y } : { k: 1, x: 0, y: 0 },
    onDrawingKeydown: drawing?.keys.onKeydown ?? ignore,
    onTiesKeydown: ties?.onKeydown ?? ignore,
    onPointerDown: drawing?.onPointerDown ?? ignore,
    onWheel: drawing?.zoom.onWheel ?? ignore,
    openPerson: (id) => ties?.open(id),
    highlight: (key) => ties?.highlight(key),
    follow: (tie) => ties?.follow(tie),
    openForm: (form) => host.openForm(form),
    // Removals ask or move focus: they run once the edit part is there. What is typed or picked in
    // place is edited at once (field-edits.ts), so nothing waits on a download.
    removeTie: (tie) => act((actions) => actions.removeTie(tie)),
    removePerson: (id) => act((actions) => actions.removePerson(id)),
    renamePerson: (id, label) => renamePerson(host, id, label),
    setKind: (id, kind) => setKind(host, id, kind),
    setStrength: (tie, strength) => setStrength(host, tie, strength),
  };
}

// The lazy drawing part (lazy-parts.ts): what draws a map that has people in it — the placement,
// the SVG with its proxy buttons and the ties list, zoom and pan, dragging, the arrow keys, the
// names that fit. A new empty map (the widget's page with no map given) shows none of it, so it is
// fetched only once the shown map has someone to draw, together with what that map's mode brings
// (parts/group-mode.ts: d3-force; parts/network-mode.ts: rings, sectors, polar keys; see `partLoaders`).
import { msg, str } from '@lit/localize';
import { DragController } from '../drag-controller.js';
import { DrawingKeysController, type ZoomStep } from '../drawing-keys.js';
import { LabelsController } from '../labels-controller.js';
import { movePerson, updatePerson } from '../map-edits.js';
import { ringName } from '../place-text.js';
import type { Point } from '@sammen/core';
import type { Person, RelationMap } from '@sammen/sdk';
import { boundsOf, centreOf, Placement } from '../placement.js';
import type { SammenRelationMap } from '../relation-map.js';
import { TiesLevelController } from '../ties-level-controller.js';
import { ZoomPanController } from '../zoom-pan-controller.js';

export { renderDrawing } from '../drawing-view.js';
export { drawingStyles as styles } from '../drawing.styles.js';
export { renderTiesList } from '../ties-list-view.js';

/** The drawing's controllers, made once per element when the part first arrives. */
export interface Drawing {
  readonly placement: Placement;
  readonly zoom: ZoomPanController;
  readonly drag: DragController;
  readonly keys: DrawingKeysController;
  readonly tiesLevel: TiesLevelController;
  /** A press on the drawing: a drag when it is on a person, else a pan or pinch. */
  onPointerDown(event: PointerEvent): void;
  /** Zooms in or out a step, or fits the drawing, and says the zoom: the keys and the buttons. */
  zoomStep(step: ZoomStep): void;
}

/**
 * Moves a person to `at` (pinned there). In a network map the ring is closeness: a person moved
 * into another ring is recorded in that ring, so the drawing, the table and what is said agree
 * (found from the outside: a father dragged outside every ring was still "ring 1 (closest)"), and
 * the new ring is said (graph-a11y: "Moved closer to the child: ring 1"). `said` is said first.
 */
function moveTo(host: SammenRelationMap, id: string, at: Point, said?: string, { record = true, orSaid }: { record?: boolean; orSaid?: string } = {}): void {
  const doc = host.doc;
  const person = doc?.people.find((candidate) => candidate.id === id);
  const ringAt = host.drawingMode?.ringOf?.(at);
  const ring = doc && person && ringAt !== undefined && centreOf(doc)?.id !== id ? Math.min(MAX_RING, Math.max(1, ringAt)) : undefined;
  const before = person?.ring ?? (person && host.positions.get(id) ? host.drawingMode?.ringOf?.(host.positions.get(id)!) : undefined);
  const ringMoved = ring !== undefined && ring !== person?.ring;
  const ringSaid =
    ring !== undefined && before !== undefined && ring !== before
      ? ring < before
        ? msg(str`${host.nameOf(id)} moved closer to the child: ${ringName(ring)}.`)
        : msg(str`${host.nameOf(id)} moved further from the child: ${ringName(ring)}.`)
      : undefined;
  const text = [said, ringSaid].filter(Boolean).join(' ') || orSaid;
  host.edit((map) => (ringMoved ? updatePerson(movePerson(map, id, at), id, { ring: ring as Person['ring'] }) : movePerson(map, id, at)), 'moved', text, record);
}

/** A person picked up with M: the map before the first step, and the map the last step made. */
interface Carry {
  id: string;
  before: RelationMap;
  last?: RelationMap;
}

/** The outermost ring a person can be recorded in (the schema's 1–3). */
const MAX_RING = 3;

export function createDrawing(host: SammenRelationMap): Drawing {
  const zoom = new ZoomPanController(host, {
    element: () => host.drawingRef.value,
    bounds: () => (host.doc ? boundsOf(host.positions, host.doc.mode) : undefined),
  });
  // Names that would overlap are hidden (the centre child's and the most-tied people's kept first).
  new LabelsController(host, {
    element: () => host.drawingRef.value,
    priorities: () => {
      const ties = new Map<string, number>();
      for (const tie of host.currentTies) for (const id of [tie.from, tie.to]) ties.set(id, (ties.get(id) ?? 0) + 1);
      const centre = host.doc && centreOf(host.doc);
      if (centre) ties.set(centre.id, Infinity);
      return ties;
    },
  });
  const drag = new DragController(host, {
    element: () => host.drawingRef.value,
    mode: () => host.dragMode,
    toDrawing: (x, y) => zoom.toDrawing(x, y),
    position: (id) => host.positions.get(id),
    moved: (id, at) => moveTo(host, id, at, msg(str`${host.nameOf(id)} was moved.`)),
    connected: (from, to) => host.parts.run('edit', (part) => part.actionsOf(host).connect(from, to)),
  });
  const zoomStep = (step: ZoomStep): void => {
    if (step === 'fit') zoom.fit();
    else zoom.zoomBy(step === 'in' ? 1.25 : 0.8);
    host.announcer.announce(msg(str`Zoom: ${zoom.percent} %`));
  };
  // The steps of one carry are one undo step (the first records the map before it; Ctrl+Z after
  // putting down goes back to where the person was picked up), and Escape puts the person back.
  let carry: Carry | undefined;
  const keys = new DrawingKeysController(host, {
    focus: host.people$focus,
    zoom,
    positions: () => host.positions,
    target: () => {
      const own = host.drawingMode?.keyTarget;
      const doc = host.doc;
      return own && doc ? (from, key) => own(doc, host.positions, from, key) : undefined;
    },
    arrived: (id) => host.announcer.announce(host.placeText(id)),
    nudge: (id, dx, dy) => {
      const at = host.positions.get(id);
      if (!at || host.readOnly || !host.doc) return false;
      if (carry?.id !== id) carry = { id, before: host.doc };
      // Each step is said (a group map's place has no words of its own; a network map's ring has).
      moveTo(host, id, { x: at.x + dx, y: at.y + dy }, undefined, { record: !carry.last, orSaid: msg(str`${host.nameOf(id)} was moved.`) });
      carry.last = host.doc;
      return true;
    },
    carrying: (id, on) => {
      carry = on ? { id, before: host.doc! } : undefined;
      host.announcer.announce(on ? msg(str`${host.nameOf(id)} picked up: the arrows move, M or Enter puts down, Escape puts back.`) : msg(str`${host.nameOf(id)} put down.`));
    },
    cancelCarry: (id) => {
      const started = carry?.id === id ? carry : undefined;
      carry = undefined;
      const person = started?.before.people.find((candidate) => candidate.id === id);
      const said = msg(str`${host.nameOf(id)} put back where they were.`);
      if (!started?.last || !person) return host.announcer.announce(said);
      // The map as it was when nothing else changed meanwhile (so no undo step is left that changes
      // nothing); else only this person as they were.
      host.edit((map) => (map === started.last ? started.before : { ...map, people: map.people.map((other) => (other.id === id ? person : other)) }), 'moved', said, false);
    },
    zoomStep,
  });
  const tiesLevel = new TiesLevelController(host, {
    ties: () => host.currentTies,
    people: host.people$focus,
    consumeClick: () => drag.consumeClick(),
    arrived: (id) => host.announcer.announce(host.placeText(id)),
  });
  return {
    placement: new Placement(),
    zoom,
    drag,
    keys,
    tiesLevel,
    onPointerDown: (event) => {
      const proxy = event.target instanceof HTMLElement ? event.target.closest<HTMLElement>('.proxy') : null;
      if (proxy?.dataset.person) drag.start(event, proxy.dataset.person);
      else zoom.onPointerDown(event);
    },
    zoomStep,
  };
}

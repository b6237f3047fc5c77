// The lazy drawing part (lazy-parts.ts): what draws a map that has people in it — the placement,
// the SVG with its proxy buttons and the ties list, zoom and pan, dragging, the arrow keys, the
// names that fit. A new empty map (the widget's page with no map given) shows none of it, so it is
// fetched only once the shown map has someone to draw, together with what that map's mode brings
// (parts/group-mode.ts: d3-force; parts/network-mode.ts: rings, sectors, polar keys; see `partLoaders`).
import { msg, str } from '@lit/localize';
import { DragController } from '../drag-controller.js';
import { DrawingKeysController } from '../drawing-keys.js';
import { LabelsController } from '../labels-controller.js';
import { movePerson, updatePerson } from '../map-edits.js';
import { ringName } from '../place-text.js';
import type { Point } from '@sammen/core';
import type { Person } from '@sammen/sdk';
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
}

/**
 * Moves a person to `at` (pinned there). In a network map the ring is closeness: a person moved
 * into another ring is recorded in that ring, so the drawing, the table and what is said agree
 * (found from the outside: a father dragged outside every ring was still "ring 1 (closest)"), and
 * the new ring is said (graph-a11y: "Moved closer to the child: ring 1"). `said` is said first.
 */
function moveTo(host: SammenRelationMap, id: string, at: Point, said?: string): void {
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
  const text = [said, ringSaid].filter(Boolean).join(' ') || undefined;
  host.edit((map) => (ringMoved ? updatePerson(movePerson(map, id, at), id, { ring: ring as Person['ring'] }) : movePerson(map, id, at)), 'moved', text);
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
      if (!at || host.readOnly) return false;
      moveTo(host, id, { x: at.x + dx, y: at.y + dy });
      return true;
    },
    carrying: (id, on) => host.announcer.announce(on ? msg(str`${host.nameOf(id)} picked up: the arrows move, M or Enter puts down.`) : msg(str`${host.nameOf(id)} put down.`)),
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
  };
}

// Where each person is drawn: a person moved by hand keeps their saved place (pinned); the others
// come from the layout for the map's mode. The result is memoised on what the layout depends on
// (people, ties, pinned places), so a render for any other reason — focus, a toggle, a rename —
// never moves anyone: positions are stable between renders. The layout itself is given with each
// call: it is the mode's own (parts/group-mode.ts, parts/network-mode.ts), loaded with the drawing.
import type { Point } from '@sammen/core';
import type { RelationMap, Tie } from '@sammen/sdk';
import { NETWORK_CENTRE, RING_RADII } from './network-geometry.js';

export { NETWORK_CENTRE, RING_RADII, centreOf } from './network-geometry.js';

/** Places for everyone in `map` not pinned in `fixed`; `previous` is the last placement of the same map (settle from there). */
export type MapLayout = (map: RelationMap, ties: readonly Tie[], fixed: ReadonlyMap<string, Point>, previous: ReadonlyMap<string, Point> | undefined) => Map<string, Point>;

/** What a map's mode brings to the drawing (parts/group-mode.ts, parts/network-mode.ts; loaded with it). */
export interface DrawingMode {
  layout: MapLayout;
  /** What is drawn behind the people (a network map's rings and sectors), if anything. */
  rings?: () => unknown;
  /** Where an arrow, Home or End goes from `from`, when the mode has a way of its own (a network map's circle); else the nearest person that way. */
  keyTarget?: (map: RelationMap, positions: ReadonlyMap<string, Point>, from: string, key: string) => string | undefined;
  /** The ring a point is in (a network map says it when focus arrives). */
  ringOf?: (at: Point) => number;
}

/** Remembers the last placement and recomputes only when its inputs change. */
export class Placement {
  private key = '';
  private layoutKey = '';
  private pinned = new Map<string, Point>();
  private last = new Map<string, Point>();

  private lastMap = '';
  /** Where the layout had each person moved by hand this session before they were first moved. */
  private placedBefore = new Map<string, Point>();

  /** Where everyone in `map` is drawn with the shown round's `ties`, by `layout` (the map's mode's). */
  positions(map: RelationMap, ties: readonly Tie[], layout: MapLayout): ReadonlyMap<string, Point> {
    const pinned = new Map(map.people.filter((person) => person.position).map((person) => [person.id, person.position!] as const));
    const layoutKey = `${map.id}|${map.mode}|${map.people.map((p) => `${p.id}:${p.sector ?? ''}:${p.ring ?? ''}`).join(';')}|${ties.map((t) => `${t.from}>${t.to}`).join(';')}`;
    const key = `${layoutKey}|${[...pinned].map(([id, at]) => `${id}:${at.x},${at.y}`).join(';')}`;
    if (key === this.key) return this.last;
    // Only someone moved by hand (a drop, M + arrows): they go where they were put and no one else
    // moves — nothing for the layout to do. Settling everyone again took longer than the drag itself
    // on 300 people, and moved people the user had not touched. A pin taken away that this
    // placement did not see put (a saved place undone after a reload) lays out again.
    const sameLayout = layoutKey === this.layoutKey;
    if (this.lastMap !== `${map.id}|${map.mode}`) this.placedBefore.clear();
    if (sameLayout) {
      for (const id of pinned.keys()) if (!this.pinned.has(id) && this.last.has(id)) this.placedBefore.set(id, this.last.get(id)!);
    }
    // A pin taken away by an undo of a move: that person goes back exactly where the layout had
    // them before the move (an undo that leaves them elsewhere undoes nothing a person can see).
    const unpinned = [...this.pinned.keys()].filter((id) => !pinned.has(id));
    const onlyMoved = map.mode === 'group' && sameLayout && unpinned.every((id) => this.placedBefore.has(id));
    const previous = this.lastMap === `${map.id}|${map.mode}` ? this.last : undefined;
    // The same map again (a tie or a person added): the layout settles from where everyone was, so no one jumps.
    const laid = onlyMoved ? new Map(this.last) : layout(map, ties, pinned, previous);
    if (onlyMoved) for (const id of unpinned) laid.set(id, this.placedBefore.get(id)!);
    this.lastMap = `${map.id}|${map.mode}`;
    for (const [id, at] of pinned) laid.set(id, at);
    this.key = key;
    this.layoutKey = layoutKey;
    this.pinned = pinned;
    this.last = laid;
    return laid;
  }
}

/** The extent of the drawing (with room for the rings in a network map). */
export function boundsOf(positions: ReadonlyMap<string, Point>, mode: RelationMap['mode']) {
  const points = [...positions.values()];
  if (mode === 'network') {
    const r = RING_RADII[RING_RADII.length - 1]! + 40;
    points.push({ x: NETWORK_CENTRE.x - r, y: NETWORK_CENTRE.y - r }, { x: NETWORK_CENTRE.x + r, y: NETWORK_CENTRE.y + r });
  }
  if (points.length === 0) return undefined;
  return {
    minX: Math.min(...points.map((p) => p.x)),
    minY: Math.min(...points.map((p) => p.y)),
    maxX: Math.max(...points.map((p) => p.x)),
    maxY: Math.max(...points.map((p) => p.y)),
  };
}

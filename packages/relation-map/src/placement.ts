// Where each person is drawn: a person moved by hand keeps their saved place (pinned); the others
// come from the layout for the map's mode. The result is memoised on what the layout depends on
// (people, ties, pinned places), so a render for any other reason — focus, a toggle, a rename —
// never moves anyone: positions are stable between renders.
import type { Point } from '@sammen/core';
import type { Person, RelationMap, Tie } from '@sammen/sdk';
import { SECTORS } from './map-edits.js';

/** The network drawing's geometry, in drawing units. */
export const NETWORK_CENTRE: Point = { x: 0, y: 0 };
export const RING_RADII = [110, 200, 290] as const;

/** The child in the centre of a network map: the first child. */
export function centreOf(map: Pick<RelationMap, 'people' | 'centre'>): Person | undefined {
  return map.people.find((person) => person.id === map.centre) ?? map.people.find((person) => person.kind === 'child') ?? map.people[0];
}

const ringOf = (person: Person): number => person.ring ?? 2;

/** Sectors × rings: each sector a sixth of the circle, people spread evenly inside theirs. */
export function networkLayout(map: Pick<RelationMap, 'people' | 'centre'>): Map<string, Point> {
  const places = new Map<string, Point>();
  const centre = centreOf(map);
  if (centre) places.set(centre.id, NETWORK_CENTRE);
  const bySector = new Map<string, Person[]>();
  for (const person of map.people) {
    if (person === centre) continue;
    const sector = person.sector ?? 'other';
    bySector.set(sector, [...(bySector.get(sector) ?? []), person]);
  }
  SECTORS.forEach((sector, index) => {
    const members = bySector.get(sector) ?? [];
    members.forEach((person, at) => {
      const angle = ((index + (at + 0.5) / members.length) / SECTORS.length) * Math.PI * 2 - Math.PI / 2;
      const radius = RING_RADII[ringOf(person) - 1]!;
      places.set(person.id, { x: NETWORK_CENTRE.x + Math.cos(angle) * radius, y: NETWORK_CENTRE.y + Math.sin(angle) * radius });
    });
  });
  return places;
}

/** A fallback group layout: everyone on a circle, in document order. */
export function circleLayout(people: readonly Person[]): Map<string, Point> {
  const radius = Math.max(120, people.length * 14);
  return new Map(people.map((person, index) => {
    const angle = (index / Math.max(1, people.length)) * Math.PI * 2 - Math.PI / 2;
    return [person.id, { x: Math.cos(angle) * radius, y: Math.sin(angle) * radius }];
  }));
}

export type GroupLayout = (people: readonly Person[], ties: readonly Tie[], fixed: ReadonlyMap<string, Point>) => Map<string, Point>;

/** Remembers the last placement and recomputes only when its inputs change. */
export class Placement {
  private key = '';
  private last = new Map<string, Point>();

  constructor(private readonly groupLayout: GroupLayout = (people) => circleLayout(people)) {}

  positions(map: RelationMap, ties: readonly Tie[]): ReadonlyMap<string, Point> {
    const pinned = new Map(map.people.filter((person) => person.position).map((person) => [person.id, person.position!] as const));
    const key = `${map.id}|${map.mode}|${map.people.map((p) => `${p.id}:${p.sector ?? ''}:${p.ring ?? ''}:${p.position ? `${p.position.x},${p.position.y}` : ''}`).join(';')}|${ties.map((t) => `${t.from}>${t.to}`).join(';')}`;
    if (key === this.key) return this.last;
    const laid = map.mode === 'network' ? networkLayout(map) : this.groupLayout(map.people, ties, pinned);
    for (const [id, at] of pinned) laid.set(id, at);
    this.key = key;
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

// The network map's layout (an ecomap): the child in the centre, sectors round it, rings by
// closeness. Pure geometry, no simulation: the same map always gives the same drawing, and a
// person's place says what the staff recorded (sector and ring), not what a force decided.
import type { Point } from '@sammen/core';
import { SECTORS, type Person, type RelationMap, type Sector } from '@sammen/sdk';

/** Geometry of the network drawing, in drawing units. */
export interface NetworkLayoutOptions {
  /** Radius of rings 1 (closest) to 3. Default [110, 200, 290]. */
  ringRadii?: readonly [number, number, number];
  /** The sectors in order round the centre, clockwise from the top. Default: SECTORS. */
  sectors?: readonly Sector[];
}

/** Where a person who has no sector or ring goes. */
export const DEFAULT_SECTOR: Sector = 'other';
export const DEFAULT_RING = 2;

/** The child in the centre: `centre`, else the first child, else the first person. */
export function networkCentre(map: Pick<RelationMap, 'people' | 'centre'>): Person | undefined {
  return map.people.find((person) => person.id === map.centre) ?? map.people.find((person) => person.kind === 'child') ?? map.people[0];
}

/** The angle range (radians, 0 = up, clockwise) of sector `index` of `count`. */
export function sectorArc(index: number, count: number): { start: number; end: number } {
  const width = (Math.PI * 2) / count;
  return { start: index * width, end: (index + 1) * width };
}

/** A point at `angle` (0 = up, clockwise, as a clock face reads) and `radius` from the centre. */
export const polar = (angle: number, radius: number): Point => ({ x: Math.sin(angle) * radius, y: -Math.cos(angle) * radius });

/**
 * Concentric sectors × rings: the centre child at (0, 0); everyone else in their sector (an
 * equal slice of the circle each, clockwise from the top in `sectors` order) on their ring's
 * circle, spread evenly over the slice with the people of the same sector and ring (in the map's
 * order). People moved by hand (`position`) stay where they were put.
 */
export function sectorRingLayout(map: Pick<RelationMap, 'people' | 'centre'>, options: NetworkLayoutOptions = {}): Map<string, Point> {
  const { ringRadii = [110, 200, 290], sectors = SECTORS } = options;
  const places = new Map<string, Point>();
  const centre = networkCentre(map);
  if (centre) places.set(centre.id, centre.position ?? { x: 0, y: 0 });
  const slots = new Map<string, Person[]>();
  for (const person of map.people) {
    if (person === centre) continue;
    const sector = sectors.includes(person.sector ?? DEFAULT_SECTOR) ? (person.sector ?? DEFAULT_SECTOR) : sectors[sectors.length - 1]!;
    const key = `${sector} ${person.ring ?? DEFAULT_RING}`;
    const slot = slots.get(key);
    if (slot) slot.push(person);
    else slots.set(key, [person]);
  }
  for (const [key, members] of slots) {
    const [sector, ring] = key.split(' ') as [Sector, string];
    const { start, end } = sectorArc(sectors.indexOf(sector), sectors.length);
    const radius = ringRadii[Math.min(3, Math.max(1, Number(ring))) - 1]!;
    members.forEach((person, at) => {
      places.set(person.id, person.position ?? polar(start + ((at + 0.5) / members.length) * (end - start), radius));
    });
  }
  return places;
}

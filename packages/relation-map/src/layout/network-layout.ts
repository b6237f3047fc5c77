// The network map's layout (an ecomap): the child in the centre, sectors round it, rings by
// closeness. Pure geometry, no simulation: the same map always gives the same drawing, and a
// person's place says what the staff recorded (sector and ring), not what a force decided.
import type { Point } from '@sammen/core';
import { SECTORS, type Person, type RelationMap, type Sector } from '@sammen/sdk';
import { networkCentre } from '../network-geometry.js';

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

export { networkCentre };

/** The angle range (radians, 0 = up, clockwise) of sector `index` of `count`. */
export function sectorArc(index: number, count: number): { start: number; end: number } {
  const width = (Math.PI * 2) / count;
  return { start: index * width, end: (index + 1) * width };
}

/** A point at `angle` (0 = up, clockwise, as a clock face reads) and `radius` from the centre. */
export const polar = (angle: number, radius: number): Point => ({ x: Math.sin(angle) * radius, y: -Math.cos(angle) * radius });

/**
 * How far apart (drawing units) two people of one sector and ring should stand: a person's circle
 * keeps 16 px on screen when the drawing is zoomed out, so at the desktop fit (about 0.7) it is
 * about 46 units across; 52 leaves a few pixels between two circles.
 */
export const PERSON_SPACING = 52;
/** How far a lane lies inside or outside its ring: well short of half the gap between rings (90), so the ring a place is read back as stays the same. */
export const LANE_OFFSET = 30;
/** The share of the outer ring's sector kept free in its middle, where the sector's name is written. */
export const NAME_GAP = 0.5;

/**
 * The lane offsets (drawing units from the ring) when `count` people share an arc of `span` radians
 * at `radius`: the ring itself when they fit on it; else two lanes taken in turn (neighbours then
 * stand 60 units apart across the ring, and each lane's people two places apart); else three.
 */
export function laneOffsets(count: number, span: number, radius: number): number[] {
  const step = span / count;
  const chord = (lanes: number, at: number) => 2 * at * Math.sin(Math.min(Math.PI, lanes * step) / 2);
  if (chord(1, radius) >= PERSON_SPACING) return [0];
  if (chord(2, radius - LANE_OFFSET) >= PERSON_SPACING) return [-LANE_OFFSET, LANE_OFFSET];
  return [-LANE_OFFSET, 0, LANE_OFFSET];
}

/**
 * Where along its sector (0 = start, 1 = end) the person `at` of `count` stands. On the outer ring
 * the middle of the sector is left free: the sector's name is written just outside it there, and a
 * person standing on it covered the name ("Fritid" under the swimming coach). There, one person
 * alone stands a quarter from the end given by `loneSide` (0.25 or 0.75).
 */
export function placeInSector(at: number, count: number, outerRing: boolean, loneSide = 0.75): number {
  if (outerRing && count === 1) return loneSide;
  const even = (at + 0.5) / count;
  if (!outerRing) return even;
  return even * (1 - NAME_GAP) + (even >= 0.5 ? NAME_GAP : 0);
}

/**
 * The side of the middle (0.25 or 0.75 along the sector from `start` to `end`) where one person
 * alone on the outer ring stands: the side nearer the line level with the centre, and of the two
 * sectors on that line, the lower side. A sector's name runs away from its middle there — upwards
 * on a narrow drawing for the two names level with the centre, outwards for the others — so the
 * person stands clear of it.
 */
export function loneSide(start: number, end: number): number {
  const rank = (t: number) => {
    const up = Math.cos(start + t * (end - start));
    return Math.abs(up) + up * 1e-6;
  };
  return rank(0.25) < rank(0.75) ? 0.25 : 0.75;
}

/**
 * Concentric sectors × rings: the centre child at (0, 0); everyone else in their sector (an
 * equal slice of the circle each, clockwise from the top in `sectors` order) near their ring's
 * circle, spread evenly over the slice with the people of the same sector and ring (in the map's
 * order). When they would stand closer than `PERSON_SPACING` on the ring (three parents and
 * siblings in the family sector's closest ring), they take turns on two or three lanes just inside
 * and outside it, so no circle covers another. People moved by hand (`position`) stay where they
 * were put.
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
    const index = Math.min(ringRadii.length, Math.max(1, Number(ring))) - 1;
    const radius = ringRadii[index]!;
    const outerRing = index === ringRadii.length - 1;
    const span = (end - start) * (outerRing ? 1 - NAME_GAP : 1);
    const lanes = laneOffsets(members.length, span, radius);
    members.forEach((person, at) => {
      const angle = start + placeInSector(at, members.length, outerRing, loneSide(start, end)) * (end - start);
      places.set(person.id, person.position ?? polar(angle, radius + lanes[at % lanes.length]!));
    });
  }
  return places;
}

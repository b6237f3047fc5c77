// The network drawing's geometry that the always-loaded screen needs too (the place a person is
// announced at, the rings' key): kept apart from the layouts, which load with the drawing.
import type { Point } from '@sammen/core';
import type { Person, RelationMap } from '@sammen/sdk';

/** The network drawing's geometry, in drawing units (rm-logic's sectors × rings layout uses the same). */
export const NETWORK_CENTRE: Point = { x: 0, y: 0 };
export const RING_RADII = [110, 200, 290] as const;

/** The child in the centre: `centre`, else the first child, else the first person. */
export function networkCentre(map: Pick<RelationMap, 'people' | 'centre'>): Person | undefined {
  return map.people.find((person) => person.id === map.centre) ?? map.people.find((person) => person.kind === 'child') ?? map.people[0];
}

/** The child in the centre of a network map. */
export const centreOf = networkCentre;

import type { MappingRound, RelationMap } from '@sammen/sdk';
import { childIds } from './choices.js';

/** When an adult counts as close to a child, and how few close adults is too few. */
export interface ClosenessThreshold {
  /** The rating (1–3) at which an adult counts as close: knows and reaches the child well. Default 3. */
  closeAt?: number;
  /** A child with fewer close adults than this is flagged. Default 2. */
  fewerThan?: number;
}

/** A child and the adults close to them. */
export interface ChildCloseAdults {
  child: string;
  closeAdults: string[];
}

/**
 * Children with fewer close adults than the threshold in the round's closeness layer, in the
 * map's order; none when the round has no closeness ratings (the layer is optional, and a round
 * without it says nothing about adults). A child no adult rated counts as having none.
 */
export function childrenWithFewCloseAdults(map: RelationMap, round: Pick<MappingRound, 'closeness'>, threshold: ClosenessThreshold = {}): ChildCloseAdults[] {
  const { closeAt = 3, fewerThan = 2 } = threshold;
  if (!round.closeness || round.closeness.length === 0) return [];
  const close = new Map<string, string[]>(childIds(map).map((child) => [child, []]));
  for (const rating of round.closeness) {
    const adults = close.get(rating.child);
    if (adults && rating.rating >= closeAt && !adults.includes(rating.adult)) adults.push(rating.adult);
  }
  return [...close].filter(([, adults]) => adults.length < fewerThan).map(([child, closeAdults]) => ({ child, closeAdults }));
}

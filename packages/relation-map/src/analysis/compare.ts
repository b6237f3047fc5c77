import type { MappingRound, RelationMap, TieKind, TieQuality } from '@sammen/sdk';
import { choicesOfTie, peerChoices } from './choices.js';
import { childrenNoOneChose } from './children.js';

/** Whether both people chose each other, or one chose the other. */
export type TieDirection = 'mutual' | 'one-way';

/**
 * A tie as the comparison sees it: two people, a kind, and a direction. A one-way tie runs from
 * the person who chose; a mutual one from the person earlier in the map's order.
 */
export interface ComparedTie {
  from: string;
  to: string;
  kind: TieKind;
  direction: TieDirection;
  strength: number;
}

/** How a tie between two people stood in one round (`from` and `to` as in {@link ComparedTie}). */
export interface TieState {
  from: string;
  to: string;
  direction: TieDirection;
  strength: number;
  quality: TieQuality;
}

/**
 * How the direction of a tie changed: a one-way choice returned (`became-mutual`), a mutual
 * tie no longer returned (`became-one-way`), or a one-way choice now made by the other person
 * (`reversed`).
 */
export type DirectionChange = 'became-mutual' | 'became-one-way' | 'reversed';

/** A tie in both rounds whose direction, strength or quality changed (the fields of {@link ComparedTie} are the later round's). */
export interface ChangedTie extends ComparedTie {
  before: TieState;
  after: TieState;
  /** How the direction changed; absent when it did not. */
  directionChange?: DirectionChange;
}

/** What changed from one round to another. */
export interface RoundComparison {
  /** Ties in the later round between two people with no tie of that kind in the earlier one. */
  newTies: ComparedTie[];
  /** Ties in the earlier round between two people with no tie of that kind in the later one. */
  lostTies: ComparedTie[];
  /**
   * Ties between the same two people, of the same kind, in both rounds — whichever way they go in
   * each — whose direction, strength or quality changed.
   */
  changedTies: ChangedTie[];
  /** Children no one chose in the later round whom someone had chosen in the earlier one. */
  movedIntoNoOneChose: string[];
  /** Children no one chose in the earlier round whom someone chose in the later one. */
  movedOutOfNoOneChose: string[];
}

interface Choice {
  from: string;
  to: string;
  kind: TieKind;
  strength: number;
  quality: TieQuality;
}

/** A round's tie between two people, one per pair and kind. */
interface PairTie extends TieState {
  kind: TieKind;
}

/** People in the map's order; anyone not in it after everyone who is, by id. */
type Order = (a: string, b: string) => number;

const keyOf = (from: string, to: string, kind: string) => JSON.stringify([from, to, kind]);
const pairKeyOf = (a: string, b: string, kind: string) => (a < b ? keyOf(a, b, kind) : keyOf(b, a, kind));

/** Each round's ties as directed choices keyed by (from, to, kind); a repeated one keeps its strongest. */
function directedChoices(round: Pick<MappingRound, 'ties'>): Map<string, Choice> {
  const out = new Map<string, Choice>();
  for (const tie of round.ties) {
    for (const [from, to] of choicesOfTie(tie)) {
      const key = keyOf(from, to, tie.kind);
      const known = out.get(key);
      if (!known || known.strength < tie.strength) out.set(key, { from, to, kind: tie.kind, strength: tie.strength, quality: tie.quality ?? 'positive' });
    }
  }
  return out;
}

/**
 * A round's ties as people read them, keyed by the unordered pair and the kind, so the same two
 * people are matched across rounds whichever way their tie goes: two choices of the same kind
 * between them (one mutual tie, or two one-way ones) are one mutual tie, as strong as the stronger
 * choice and with its quality.
 */
function tiesByPair(round: Pick<MappingRound, 'ties'>, order: Order): Map<string, PairTie> {
  const choices = directedChoices(round);
  const out = new Map<string, PairTie>();
  for (const choice of choices.values()) {
    const key = pairKeyOf(choice.from, choice.to, choice.kind);
    if (out.has(key)) continue;
    const back = choices.get(keyOf(choice.to, choice.from, choice.kind));
    if (!back) {
      out.set(key, { ...choice, direction: 'one-way' });
      continue;
    }
    const [first, second] = order(choice.from, choice.to) <= 0 ? [choice, back] : [back, choice];
    const stronger = second.strength > first.strength ? second : first;
    out.set(key, { from: first.from, to: first.to, kind: choice.kind, direction: 'mutual', strength: stronger.strength, quality: stronger.quality });
  }
  return out;
}

/** How the direction of a tie changed from `before` to `after`, if it did. */
function directionChangeOf(before: TieState, after: TieState): DirectionChange | undefined {
  if (before.direction !== after.direction) return after.direction === 'mutual' ? 'became-mutual' : 'became-one-way';
  return after.direction === 'one-way' && before.from !== after.from ? 'reversed' : undefined;
}

const plain = ({ from, to, kind, direction, strength }: ComparedTie): ComparedTie => ({ from, to, kind, direction, strength });
const stateOf = ({ from, to, direction, strength, quality }: TieState): TieState => ({ from, to, direction, strength, quality });

/**
 * What changed between two rounds of one map: new and lost ties, ties whose direction, strength
 * or quality changed, and who moved into or out of "no one chose". A tie is matched across the
 * rounds by its two people and its kind, so a one-way choice that is returned in the later round
 * is one tie that became mutual, never a changed half and a new half. Comparing a round with
 * itself finds nothing.
 */
export function compareRounds(map: RelationMap, before: Pick<MappingRound, 'ties'>, after: Pick<MappingRound, 'ties'>): RoundComparison {
  const rank = new Map(map.people.map((person, index) => [person.id, index]));
  const order: Order = (a, b) => (rank.get(a) ?? Number.MAX_SAFE_INTEGER) - (rank.get(b) ?? Number.MAX_SAFE_INTEGER) || (a < b ? -1 : a > b ? 1 : 0);
  const sorted = <T extends ComparedTie>(ties: T[]) => ties.sort((a, b) => order(a.from, b.from) || order(a.to, b.to) || a.kind.localeCompare(b.kind));
  const was = tiesByPair(before, order);
  const is = tiesByPair(after, order);
  const changed: ChangedTie[] = [];
  for (const [key, now] of is) {
    const then = was.get(key);
    if (!then) continue;
    const directionChange = directionChangeOf(then, now);
    if (!directionChange && then.strength === now.strength && then.quality === now.quality) continue;
    changed.push({ ...plain(now), before: stateOf(then), after: stateOf(now), ...(directionChange ? { directionChange } : {}) });
  }
  const noOneBefore = new Set(childrenNoOneChose(peerChoices(map, before)));
  const noOneAfter = new Set(childrenNoOneChose(peerChoices(map, after)));
  const children = map.people.filter((person) => person.kind === 'child').map((person) => person.id);
  return {
    newTies: sorted([...is].filter(([key]) => !was.has(key)).map(([, tie]) => plain(tie))),
    lostTies: sorted([...was].filter(([key]) => !is.has(key)).map(([, tie]) => plain(tie))),
    changedTies: sorted(changed),
    movedIntoNoOneChose: children.filter((child) => noOneAfter.has(child) && !noOneBefore.has(child)),
    movedOutOfNoOneChose: children.filter((child) => noOneBefore.has(child) && !noOneAfter.has(child)),
  };
}

/** Whether a comparison found no change at all. */
export const isUnchanged = (comparison: RoundComparison): boolean =>
  comparison.newTies.length + comparison.lostTies.length + comparison.changedTies.length + comparison.movedIntoNoOneChose.length + comparison.movedOutOfNoOneChose.length === 0;

import type { MappingRound, RelationMap, TieKind, TieQuality } from '@sammen/sdk';
import { choicesOfTie, peerChoices } from './choices.js';
import { childrenNoOneChose } from './children.js';

/** A tie as the comparison sees it: two people, a kind, and a direction. */
export interface ComparedTie {
  from: string;
  to: string;
  kind: TieKind;
  direction: 'mutual' | 'one-way';
  strength: number;
}

/** A tie in both rounds whose strength or quality changed. */
export interface ChangedTie extends ComparedTie {
  before: { strength: number; quality: TieQuality };
  after: { strength: number; quality: TieQuality };
}

/** What changed from one round to another. */
export interface RoundComparison {
  /** Ties in the later round only (a one-way choice that became mutual adds the choice back). */
  newTies: ComparedTie[];
  /** Ties in the earlier round only. */
  lostTies: ComparedTie[];
  /** Ties in both rounds whose strength or quality changed (`strength` is the later one). */
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

const keyOf = (from: string, to: string, kind: string) => JSON.stringify([from, to, kind]);

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
 * Directed choices back as ties people read: a choice whose reverse (same kind) is in the same
 * list becomes one mutual tie, from the person earlier in the map's order.
 */
function asTies<T extends Choice>(choices: T[], order: Map<string, number>): (T & { direction: 'mutual' | 'one-way' })[] {
  const keys = new Set(choices.map((choice) => keyOf(choice.from, choice.to, choice.kind)));
  const rank = (id: string) => order.get(id) ?? Number.MAX_SAFE_INTEGER;
  const out: (T & { direction: 'mutual' | 'one-way' })[] = [];
  for (const choice of choices) {
    const mutual = keys.has(keyOf(choice.to, choice.from, choice.kind));
    if (mutual && rank(choice.from) > rank(choice.to)) continue;
    out.push({ ...choice, direction: mutual ? 'mutual' : 'one-way' });
  }
  return out.sort((a, b) => rank(a.from) - rank(b.from) || rank(a.to) - rank(b.to) || a.kind.localeCompare(b.kind));
}

const plain = ({ from, to, kind, direction, strength }: ComparedTie): ComparedTie => ({ from, to, kind, direction, strength });

/**
 * What changed between two rounds of one map: new and lost ties, ties whose strength or quality
 * changed, and who moved into or out of "no one chose". Comparing a round with itself finds
 * nothing.
 */
export function compareRounds(map: RelationMap, before: Pick<MappingRound, 'ties'>, after: Pick<MappingRound, 'ties'>): RoundComparison {
  const order = new Map(map.people.map((person, index) => [person.id, index]));
  const was = directedChoices(before);
  const is = directedChoices(after);
  const added = [...is].filter(([key]) => !was.has(key)).map(([, choice]) => choice);
  const lost = [...was].filter(([key]) => !is.has(key)).map(([, choice]) => choice);
  const changed = [...is]
    .filter(([key, choice]) => was.has(key) && (was.get(key)!.strength !== choice.strength || was.get(key)!.quality !== choice.quality))
    .map(([key, choice]) => ({ ...choice, before: { strength: was.get(key)!.strength, quality: was.get(key)!.quality }, after: { strength: choice.strength, quality: choice.quality } }));
  const noOneBefore = new Set(childrenNoOneChose(peerChoices(map, before)));
  const noOneAfter = new Set(childrenNoOneChose(peerChoices(map, after)));
  const children = map.people.filter((person) => person.kind === 'child').map((person) => person.id);
  return {
    newTies: asTies(added, order).map(plain),
    lostTies: asTies(lost, order).map(plain),
    changedTies: asTies(changed, order).map((tie) => ({ ...plain(tie), before: tie.before, after: tie.after })),
    movedIntoNoOneChose: children.filter((child) => noOneAfter.has(child) && !noOneBefore.has(child)),
    movedOutOfNoOneChose: children.filter((child) => noOneBefore.has(child) && !noOneAfter.has(child)),
  };
}

/** Whether a comparison found no change at all. */
export const isUnchanged = (comparison: RoundComparison): boolean =>
  comparison.newTies.length + comparison.lostTies.length + comparison.changedTies.length + comparison.movedIntoNoOneChose.length + comparison.movedOutOfNoOneChose.length === 0;

import type { MappingRound, RelationMap, Tie } from '@sammen/sdk';

/**
 * The peer choices of one round: who among the children chose whom. A mutual tie is two choices,
 * a one-way tie one; ties to or from adults are not peer choices (staff record the children's
 * choices; how close adults are is the closeness layer). Several ties between the same two
 * children (plays with *and* seeks out) are one choice.
 */
export interface PeerChoices {
  /** The children of the map, in the map's order. */
  children: readonly string[];
  /** Whom each child chose (every child has an entry). */
  chose: ReadonlyMap<string, ReadonlySet<string>>;
  /** Who chose each child (every child has an entry). */
  chosenBy: ReadonlyMap<string, ReadonlySet<string>>;
}

/** The round of `map` with id `roundId`, or undefined. */
export function roundOf(map: RelationMap, roundId: string): MappingRound | undefined {
  return map.rounds.find((round) => round.id === roundId);
}

/** The directed choices a tie stands for (`[from, to]`, and `[to, from]` when mutual). */
export function choicesOfTie(tie: Pick<Tie, 'from' | 'to' | 'direction'>): [string, string][] {
  return tie.direction === 'mutual' ? [[tie.from, tie.to], [tie.to, tie.from]] : [[tie.from, tie.to]];
}

/** The ids of the map's children, in the map's order. */
export function childIds(map: RelationMap): string[] {
  return map.people.filter((person) => person.kind === 'child').map((person) => person.id);
}

/** Who chose whom among the children in `round` (see {@link PeerChoices}). */
export function peerChoices(map: RelationMap, round: Pick<MappingRound, 'ties'>): PeerChoices {
  const children = childIds(map);
  const chose = new Map<string, Set<string>>(children.map((id) => [id, new Set()]));
  const chosenBy = new Map<string, Set<string>>(children.map((id) => [id, new Set()]));
  for (const tie of round.ties) {
    for (const [from, to] of choicesOfTie(tie)) {
      if (from === to || !chose.has(from) || !chose.has(to)) continue;
      chose.get(from)!.add(to);
      chosenBy.get(to)!.add(from);
    }
  }
  return { children, chose, chosenBy };
}

/** Whether `a` and `b` chose each other. */
export const chooseEachOther = (choices: PeerChoices, a: string, b: string): boolean =>
  (choices.chose.get(a)?.has(b) ?? false) && (choices.chose.get(b)?.has(a) ?? false);

/** The number of peer choices in the round (a mutual tie counts two). */
export function choiceCount(choices: PeerChoices): number {
  let count = 0;
  for (const chosen of choices.chose.values()) count += chosen.size;
  return count;
}

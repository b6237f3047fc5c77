import type { MappingRound, RelationMap } from '@sammen/sdk';
import { choiceCount, peerChoices } from './choices.js';
import { childrenNoOneChose } from './children.js';

/** The counts behind the one-sentence summary at the top of the map. */
export interface RoundSummary {
  mode: RelationMap['mode'];
  /** Everyone on the map. */
  people: number;
  /** People of kind `child`. */
  children: number;
  /** Peer choices among the children (a mutual tie counts two): "41 valg". */
  choices: number;
  /** Ties of the round, of any people. */
  ties: number;
  /** Children no other child chose. */
  noOneChose: number;
  /** Ties whose quality is strained (network mode). */
  strained: number;
}

/** The counts of one round for the summary sentence ("22 børn, 41 valg, 3 børn som ingen valgte"). */
export function summarizeRound(map: RelationMap, round: Pick<MappingRound, 'ties'>): RoundSummary {
  const choices = peerChoices(map, round);
  return {
    mode: map.mode,
    people: map.people.length,
    children: choices.children.length,
    choices: choiceCount(choices),
    ties: round.ties.length,
    noOneChose: childrenNoOneChose(choices).length,
    strained: round.ties.filter((tie) => tie.quality === 'strained').length,
  };
}

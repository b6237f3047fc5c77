import type { MappingRound, RelationMap } from '@sammen/sdk';
import { peerChoices, type PeerChoices } from './choices.js';
import { childrenNoOneChose, childrenWithOnlyOneWayChoices, timesChosen } from './children.js';
import { childrenWithFewCloseAdults, type ChildCloseAdults, type ClosenessThreshold } from './closeness.js';
import { mutualPairs, playGroups, triads } from './structure.js';
import { summarizeRound, type RoundSummary } from './summary.js';

/** Everything the analysis panel states about one round. */
export interface RoundAnalysis {
  choices: PeerChoices;
  noOneChose: string[];
  onlyOneWay: string[];
  mutualPairs: [string, string][];
  triads: [string, string, string][];
  /** Play groups by mutual choices, largest first. */
  groups: string[][];
  timesChosen: Map<string, number>;
  /** Empty when the round has no closeness layer. */
  fewCloseAdults: ChildCloseAdults[];
  summary: RoundSummary;
}

/** The whole analysis of one round (each part is also a function of its own). */
export function analyseRound(map: RelationMap, round: Pick<MappingRound, 'ties' | 'closeness'>, threshold: ClosenessThreshold = {}): RoundAnalysis {
  const choices = peerChoices(map, round);
  return {
    choices,
    noOneChose: childrenNoOneChose(choices),
    onlyOneWay: childrenWithOnlyOneWayChoices(choices),
    mutualPairs: mutualPairs(choices),
    triads: triads(choices),
    groups: playGroups(choices),
    timesChosen: timesChosen(choices),
    fewCloseAdults: childrenWithFewCloseAdults(map, round, threshold),
    summary: summarizeRound(map, round),
  };
}

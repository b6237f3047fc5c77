// Pure analysis of a relation map's rounds: no DOM, no Lit; the panels and the element call these.
export { peerChoices, childIds, choicesOfTie, chooseEachOther, choiceCount, roundOf, type PeerChoices } from './choices.js';
export { childrenNoOneChose, childrenWithOnlyOneWayChoices, timesChosen } from './children.js';
export { mutualPairs, triads, playGroups } from './structure.js';
export { childrenWithFewCloseAdults, type ChildCloseAdults, type ClosenessThreshold } from './closeness.js';
export { compareRounds, isUnchanged, type ComparedTie, type ChangedTie, type RoundComparison } from './compare.js';
export { summarizeRound, type RoundSummary } from './summary.js';
export { analyseRound, type RoundAnalysis } from './analyse-round.js';

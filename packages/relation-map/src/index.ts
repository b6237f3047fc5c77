// Public API of @sammen/relation-map. No side effects: '@sammen/relation-map/define' registers the tag.
export { SammenRelationMap, type MapChangeDetail, type MapSelectDetail } from './relation-map.js';
export {
  GROUP_TIE_KINDS,
  addPerson,
  addTie,
  createRelationMap,
  movePerson,
  newRoundFromLast,
  removePerson,
  removeTie,
  setCloseness,
  tieProblem,
  updatePerson,
  updateTie,
} from './map-edits.js';
export { polarMove, polarPlace, type PolarPlace } from './polar-navigation.js';
export { fitTransform } from './zoom-pan-controller.js';

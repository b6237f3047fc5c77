// Public API of @sammen/relation-map. No side effects: '@sammen/relation-map/define' registers the tag.
export { SammenRelationMap, type MapChangeDetail, type MapSelectDetail } from './relation-map.js';
export { addPerson, addTie, movePerson, newRoundFromLast, removePerson, removeTie, setCloseness, tieProblem, updatePerson, updateTie, type TieInput } from './map-edits.js';
export { polarMove, polarPlace, type PolarPlace } from './polar-navigation.js';
export { fitTransform } from './zoom-pan-controller.js';

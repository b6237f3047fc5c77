// Layouts of the relation map: d3-force for a children's group, sectors × rings for a network,
// a quality figure to compare layouts, and a generator of large groups for stories and the bench.
export { forceGroupLayout, linksOf, type GroupLayoutOptions } from './group-layout.js';
export { sectorRingLayout, networkCentre, sectorArc, polar, DEFAULT_SECTOR, DEFAULT_RING, type NetworkLayoutOptions } from './network-layout.js';
export { pivotMds, spiralInBreadthFirstOrder } from './initial-placement.js';
export { layoutStress, edgeCrossings } from './quality.js';
export { generateGroup, type GeneratedGroupSize } from './generate-group.js';
export { seededRandom } from './random.js';

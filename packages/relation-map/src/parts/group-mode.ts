// What a group map brings to the drawing part (lazy-parts.ts, `group-drawing`): the d3-force
// layout, settled from the last placement; its arrow keys go to the nearest person that way (core's
// spatialMove, the drawing's default). Its own chunk, so a network map's page never downloads d3-force.
import type { DrawingMode } from '../placement.js';
import { forceGroupLayout } from '../layout/group-layout.js';

export const mode: DrawingMode = {
  layout: (map, ties, fixed, previous) => forceGroupLayout(map.people, ties, fixed, { previous }),
};

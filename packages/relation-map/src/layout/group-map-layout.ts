// A group map's layout as the drawing calls it (placement.ts): d3-force, settled from the last
// placement. Its own module, so a page showing a network map never downloads d3-force.
import type { MapLayout } from '../placement.js';
import { forceGroupLayout } from './group-layout.js';

export const mapLayout: MapLayout = (map, ties, fixed, previous) => forceGroupLayout(map.people, ties, fixed, { previous });

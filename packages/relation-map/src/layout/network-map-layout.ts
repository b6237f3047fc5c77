// A network map's layout as the drawing calls it (placement.ts): sectors × rings, no simulation.
// Its own module, so a page showing a group map never downloads it.
import type { MapLayout } from '../placement.js';
import { RING_RADII } from '../network-geometry.js';
import { sectorRingLayout } from './network-layout.js';

export const mapLayout: MapLayout = (map) => sectorRingLayout(map, { ringRadii: RING_RADII });

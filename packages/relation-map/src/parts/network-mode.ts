// What a network map brings to the drawing part (lazy-parts.ts, `network-drawing`): the sectors ×
// rings layout (no simulation), the rings and sectors drawn behind the people, the arrow keys round
// the circle and between rings (polar-navigation.ts), and the ring a person is in, said when focus
// arrives. Its own chunk, so a group map's page never downloads it.
import type { DrawingMode } from '../placement.js';
import { centreOf, NETWORK_CENTRE, RING_RADII } from '../network-geometry.js';
import { renderRings } from '../network-rings.js';
import { polarMove, polarPlace } from '../polar-navigation.js';
import { sectorRingLayout } from '../layout/network-layout.js';

export const mode: DrawingMode = {
  layout: (map) => sectorRingLayout(map, { ringRadii: RING_RADII }),
  rings: () => renderRings(NETWORK_CENTRE, RING_RADII),
  keyTarget: (map, positions, from, key) => {
    const places = new Map([...positions].map(([id, at]) => [id, polarPlace(at, NETWORK_CENTRE, RING_RADII)]));
    const centre = centreOf(map);
    if (centre) places.set(centre.id, { angle: 0, ring: 0 });
    return polarMove(places, from, key);
  },
  ringOf: (at) => polarPlace(at, NETWORK_CENTRE, RING_RADII).ring,
};

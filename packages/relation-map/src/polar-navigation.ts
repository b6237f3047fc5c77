// Keyboard moves in the network map, where people stand in sectors around the child and in rings
// by closeness: ←/→ go round the circle to the next person by angle (crossing sectors), ↑/↓ go one
// ring inwards/outwards to the person nearest in angle, Home to the child in the centre
// (graph-a11y.md §6.3 — no anchor offers polar navigation; this is ours). Pure, tested in Node.

/** A person's place around the centre: angle in radians (0 = right, clockwise as in SVG), ring 0 = the centre. */
export interface PolarPlace {
  angle: number;
  ring: number;
}

const TAU = Math.PI * 2;
const norm = (angle: number): number => ((angle % TAU) + TAU) % TAU;

/** The place of a point around `centre`, its ring the nearest of `ringRadii` (index + 1; 0 at the centre). */
export function polarPlace(point: { x: number; y: number }, centre: { x: number; y: number }, ringRadii: readonly number[]): PolarPlace {
  const dx = point.x - centre.x;
  const dy = point.y - centre.y;
  const radius = Math.hypot(dx, dy);
  let ring = 0;
  let best = radius; // distance to the centre itself
  ringRadii.forEach((r, index) => {
    if (Math.abs(radius - r) < best) {
      best = Math.abs(radius - r);
      ring = index + 1;
    }
  });
  return { angle: norm(Math.atan2(dy, dx)), ring };
}

/** Where `key` moves from `from` among `places`; undefined when it does not move. */
export function polarMove<Id extends string>(places: ReadonlyMap<Id, PolarPlace>, from: Id, key: string): Id | undefined {
  const here = places.get(from);
  if (!here) return undefined;
  const others = [...places].filter(([id]) => id !== from);
  if (key === 'Home') return others.find(([, place]) => place.ring === 0)?.[0];
  if (key === 'ArrowLeft' || key === 'ArrowRight') {
    // Round the circle: everyone but the centre, by angle (then ring), and step one along, wrapping.
    const round = [...places].filter(([, place]) => place.ring > 0).sort(([, a], [, b]) => norm(a.angle) - norm(b.angle) || a.ring - b.ring);
    if (here.ring === 0) return round[0]?.[0];
    const at = round.findIndex(([id]) => id === from);
    if (round.length < 2) return undefined;
    const step = key === 'ArrowRight' ? 1 : -1;
    return round[(at + step + round.length) % round.length]![0];
  }
  if (key === 'ArrowUp' || key === 'ArrowDown') {
    const rings = [...new Set(others.map(([, place]) => place.ring))].sort((a, b) => a - b);
    const ring = key === 'ArrowUp' ? [...rings].reverse().find((r) => r < here.ring) : rings.find((r) => r > here.ring);
    if (ring === undefined) return undefined;
    let best: { id: Id; gap: number } | undefined;
    for (const [id, place] of others) {
      if (place.ring !== ring) continue;
      const diff = Math.abs(norm(place.angle) - norm(here.angle));
      const gap = here.ring === 0 ? place.angle : Math.min(diff, TAU - diff);
      if (!best || gap < best.gap) best = { id, gap };
    }
    return best?.id;
  }
  return undefined;
}

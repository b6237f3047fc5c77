// Spatial keyboard navigation for drawings (the triangle today; the change model and the relation
// map next): an arrow key moves to the nearest item in that direction. Pure, no DOM, so the rule is
// tested in Node and shared by every widget that draws items at positions.

/** A position in the drawing's own units (y grows downwards, as in SVG). */
export interface Point {
  x: number;
  y: number;
}

/** A physical direction on screen (spatial moves never flip in right-to-left pages: a drawing does not mirror). */
export type Direction = 'up' | 'down' | 'left' | 'right';

const VECTORS: Readonly<Record<Direction, Point>> = {
  up: { x: 0, y: -1 },
  down: { x: 0, y: 1 },
  left: { x: -1, y: 0 },
  right: { x: 1, y: 0 },
};

/** The arrow keys and the direction each one moves in. */
export const ARROW_DIRECTIONS: Readonly<Record<string, Direction>> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
};

// cos 60°: the cone an arrow "points at". Wider and ← from the top corner of a triangle would jump
// to a corner that is mostly below it; narrower and it would find nothing.
const CONE = 0.5;

function nearestWithin<Id extends string>(points: Readonly<Record<Id, Point>>, from: Id, direction: Direction, minAlong: number): Id | undefined {
  const origin = points[from];
  const vector = VECTORS[direction];
  let best: { id: Id; score: number } | undefined;
  for (const id of Object.keys(points) as Id[]) {
    if (id === from) continue;
    const dx = points[id].x - origin.x;
    const dy = points[id].y - origin.y;
    const distance = Math.hypot(dx, dy);
    if (distance === 0) continue; // on top of `from`: in no direction
    const along = (dx * vector.x + dy * vector.y) / distance;
    if (along < minAlong || along <= 0) continue;
    // Nearer wins, and straight ahead beats off to the side at the same distance.
    const score = distance * (2 - along);
    if (!best || score < best.score) best = { id, score };
  }
  return best?.id;
}

/**
 * The id of the point nearest to `from` in `direction`, within 60° of it, preferring points
 * straight ahead over those off to the side; undefined when there is none.
 */
export function nearestInDirection<Id extends string>(points: Readonly<Record<Id, Point>>, from: Id, direction: Direction): Id | undefined {
  return nearestWithin(points, from, direction, CONE);
}

/**
 * Where an arrow key goes from `from`, so that every arrow from every item reaches something:
 *
 * 1. the nearest point within 60° of the direction ({@link nearestInDirection});
 * 2. else the nearest point anywhere on that side (within 90°);
 * 3. else it wraps around, as a grid does at its edge: the point most in line with `from` on the
 *    other axis, the farthest one back if several are equally in line.
 *
 * Undefined only when there is no other point. Ties go to the point listed first.
 */
export function spatialMove<Id extends string>(points: Readonly<Record<Id, Point>>, from: Id, direction: Direction): Id | undefined {
  const ahead = nearestWithin(points, from, direction, CONE) ?? nearestWithin(points, from, direction, 0);
  if (ahead) return ahead;
  const origin = points[from];
  const vector = VECTORS[direction];
  let best: { id: Id; offAxis: number; back: number } | undefined;
  for (const id of Object.keys(points) as Id[]) {
    if (id === from) continue;
    const dx = points[id].x - origin.x;
    const dy = points[id].y - origin.y;
    const offAxis = Math.abs(dx * vector.y - dy * vector.x);
    const back = -(dx * vector.x + dy * vector.y);
    if (!best || offAxis < best.offAxis || (offAxis === best.offAxis && back > best.back)) best = { id, offAxis, back };
  }
  return best?.id;
}

// The drawing's geometry, shared by the render and by the drag controller (which draws the dragged
// person's lines itself, frame by frame, and must draw them exactly as the render does).
import type { Point } from '@sammen/core';

/** Radius of a person's circle in the drawing's units. */
export const NODE_RADIUS = 16;

/**
 * Where the line of a tie from `a` to `b` starts and ends: at the circles' edges, stopping short
 * of `b`'s circle by the arrow head's length, so the head of a one-way choice is seen.
 */
export function tieEnds(a: Point, b: Point): { x1: number; y1: number; x2: number; y2: number } {
  const length = Math.hypot(b.x - a.x, b.y - a.y) || 1;
  const ux = (b.x - a.x) / length;
  const uy = (b.y - a.y) / length;
  return { x1: a.x + ux * NODE_RADIUS, y1: a.y + uy * NODE_RADIUS, x2: b.x - ux * (NODE_RADIUS + 3), y2: b.y - uy * (NODE_RADIUS + 3) };
}

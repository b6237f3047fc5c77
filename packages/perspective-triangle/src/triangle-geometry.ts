// Where the parts sit in the triangle's SVG, and the spatial keyboard rule: an arrow key moves to
// the nearest part in that direction. Pure, so the graph widgets can reuse the rule.
import type { PartId } from './session-progress.js';

export interface Point {
  x: number;
  y: number;
}

export const VIEWBOX = { width: 320, height: 330 };

/** The corners and the centre, in SVG user units (child on top, parents left, professionals right). */
export const POSITIONS: Readonly<Record<PartId, Point>> = {
  child: { x: 160, y: 42 },
  parents: { x: 52, y: 232 },
  professionals: { x: 268, y: 232 },
  centre: { x: 160, y: 175 },
};

export type Direction = 'up' | 'down' | 'left' | 'right';
const VECTORS: Record<Direction, Point> = { up: { x: 0, y: -1 }, down: { x: 0, y: 1 }, left: { x: -1, y: 0 }, right: { x: 1, y: 0 } };

/**
 * The id of the point nearest to `from` in `direction` (within 60° of it), preferring points
 * straight ahead over those off to the side; undefined when there is none.
 */
export function nearestInDirection<Id extends string>(points: Readonly<Record<Id, Point>>, from: Id, direction: Direction): Id | undefined {
  const origin = points[from];
  const vector = VECTORS[direction];
  let best: { id: Id; score: number } | undefined;
  for (const id of Object.keys(points) as Id[]) {
    if (id === from) continue;
    const dx = points[id].x - origin.x;
    const dy = points[id].y - origin.y;
    const distance = Math.hypot(dx, dy);
    const along = (dx * vector.x + dy * vector.y) / distance;
    if (along < 0.5) continue; // more than 60° off
    const score = distance * (2 - along);
    if (!best || score < best.score) best = { id, score };
  }
  return best?.id;
}

/**
 * `text` broken into at most `maxLines` lines of at most `width` characters. A label that does not
 * fit is cut, and `truncated` says so; the shown lines, joined by spaces, are always a prefix of the
 * label's words, so the visible text stays part of the accessible name (WCAG 2.5.3).
 */
export function wrapLabel(text: string, width: number, maxLines: number): { lines: string[]; truncated: boolean } {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const [index, word] of words.entries()) {
    const candidate = line ? `${line} ${word}` : word;
    if (candidate.length <= width) {
      line = candidate;
      continue;
    }
    if (line) {
      lines.push(line);
      if (lines.length === maxLines) return { lines, truncated: true };
    }
    if (word.length > width) {
      // A word wider than a line is cut, and nothing after it is shown.
      lines.push(word.slice(0, width));
      return { lines, truncated: true };
    }
    line = word;
    if (index === words.length - 1) break;
  }
  if (line) lines.push(line);
  return { lines, truncated: false };
}

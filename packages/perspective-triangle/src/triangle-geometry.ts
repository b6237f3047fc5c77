// Where the parts sit in the triangle's SVG, and how a corner's label wraps. The arrow keys move
// by these positions through core's spatial rule (`spatialMove`), which the graph widgets share.
import type { Point } from '@sammen/core';
import type { PartId } from './session-progress.js';

export const VIEWBOX = { width: 320, height: 330 };

/** The corners and the centre, in SVG user units (child on top, parents left, professionals right). */
export const POSITIONS: Readonly<Record<PartId, Point>> = {
  child: { x: 160, y: 42 },
  parents: { x: 52, y: 232 },
  professionals: { x: 268, y: 232 },
  centre: { x: 160, y: 175 },
};

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

// SVG path text for connectors: smooth runs between columns and rounded right-angled runs along
// gutters. Pure string building; numbers rounded to a tenth of a pixel to keep the DOM small.

/** A point in the SVG's coordinates. */
export interface Point {
  x: number;
  y: number;
}

const r = (value: number) => Math.round(value * 10) / 10;
export const pointText = (p: Point) => `${r(p.x)} ${r(p.y)}`;

/**
 * A path through `points` with horizontal tangents at each: a cubic between points at different
 * heights (an S-curve leaving and entering horizontally, so arrowheads sit straight), a line
 * between points at one height.
 */
export function smoothPath(points: readonly Point[]): string {
  const [first, ...rest] = points;
  if (!first) return '';
  let d = `M${pointText(first)}`;
  let previous = first;
  for (const point of rest) {
    if (Math.abs(point.y - previous.y) < 0.05) d += `L${pointText(point)}`;
    else {
      const reach = Math.max(12, Math.abs(point.x - previous.x) / 2);
      const sign = point.x >= previous.x ? 1 : -1;
      d += `C${pointText({ x: previous.x + sign * reach, y: previous.y })} ${pointText({ x: point.x - sign * reach, y: point.y })} ${pointText(point)}`;
    }
    previous = point;
  }
  return d;
}

/**
 * A path along axis-aligned segments through `points`, each corner rounded with `radius` (less
 * where a segment is too short for it), so lanes read as lines, not steps.
 */
export function orthogonalPath(points: readonly Point[], radius: number): string {
  const [first] = points;
  if (!first) return '';
  let d = `M${pointText(first)}`;
  for (let i = 1; i < points.length; i += 1) {
    const corner = points[i]!;
    const before = points[i - 1]!;
    const after = points[i + 1];
    if (!after) {
      d += `L${pointText(corner)}`;
      break;
    }
    const into = Math.hypot(corner.x - before.x, corner.y - before.y);
    const out = Math.hypot(after.x - corner.x, after.y - corner.y);
    const bend = Math.min(radius, into / 2, out / 2);
    if (bend < 0.5 || into === 0 || out === 0) {
      d += `L${pointText(corner)}`;
      continue;
    }
    const entry = { x: corner.x - ((corner.x - before.x) / into) * bend, y: corner.y - ((corner.y - before.y) / into) * bend };
    const exit = { x: corner.x + ((after.x - corner.x) / out) * bend, y: corner.y + ((after.y - corner.y) / out) * bend };
    d += `L${pointText(entry)}Q${pointText(corner)} ${pointText(exit)}`;
  }
  return d;
}

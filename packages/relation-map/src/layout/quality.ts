// How good a drawing of a graph is, for comparing layouts in the benchmark and in tests: stress
// (how well drawn distances match graph distances; lower is better) and edge crossings.
import type { Point } from '@sammen/core';

interface Edge {
  from: string;
  to: string;
}

/** Graph distances (in ties, either direction) from `source` to everyone reachable. */
function hops(source: number, neighbours: number[][]): Int32Array {
  const distance = new Int32Array(neighbours.length).fill(-1);
  const queue = [source];
  distance[source] = 0;
  for (let head = 0; head < queue.length; head += 1) {
    const node = queue[head]!;
    for (const next of neighbours[node]!) {
      if (distance[next] === -1) {
        distance[next] = distance[node]! + 1;
        queue.push(next);
      }
    }
  }
  return distance;
}

/**
 * Normalised stress of a drawing: Σ (α·‖pᵢ − pⱼ‖ − dᵢⱼ)² / dᵢⱼ² over connected pairs, divided by
 * the number of pairs, with the scale α that makes it smallest — so a layout is not rewarded or
 * punished for its size, only for its shape. 0 is a perfect drawing; pairs in different parts of
 * a disconnected graph do not count (there is no graph distance to match).
 */
export function layoutStress(positions: ReadonlyMap<string, Point>, edges: readonly Edge[]): number {
  const ids = [...positions.keys()];
  const index = new Map(ids.map((id, at) => [id, at]));
  const neighbours: number[][] = ids.map(() => []);
  for (const edge of edges) {
    const [a, b] = [index.get(edge.from), index.get(edge.to)];
    if (a === undefined || b === undefined || a === b) continue;
    neighbours[a]!.push(b);
    neighbours[b]!.push(a);
  }
  const points = ids.map((id) => positions.get(id)!);
  let sumWD = 0; // Σ w·‖p‖·d
  let sumWDD = 0; // Σ w·‖p‖²
  let sumW = 0; // Σ w·d² = number of pairs, since w = 1/d²
  const pairs: [number, number][] = [];
  for (let i = 0; i < ids.length; i += 1) {
    const distance = hops(i, neighbours);
    for (let j = i + 1; j < ids.length; j += 1) {
      const d = distance[j]!;
      if (d <= 0) continue;
      const drawn = Math.hypot(points[i]!.x - points[j]!.x, points[i]!.y - points[j]!.y);
      const w = 1 / (d * d);
      sumWD += w * drawn * d;
      sumWDD += w * drawn * drawn;
      sumW += 1;
      pairs.push([drawn, d]);
    }
  }
  if (sumW === 0 || sumWDD === 0) return 0;
  const alpha = sumWD / sumWDD;
  let stress = 0;
  for (const [drawn, d] of pairs) stress += (alpha * drawn - d) ** 2 / (d * d);
  return stress / sumW;
}

const cross = (o: Point, a: Point, b: Point) => (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);

/** The number of pairs of ties whose lines cross (ties sharing a person never count). */
export function edgeCrossings(positions: ReadonlyMap<string, Point>, edges: readonly Edge[]): number {
  const seen = new Set<string>();
  const lines: { a: Point; b: Point; from: string; to: string }[] = [];
  for (const edge of edges) {
    const a = positions.get(edge.from);
    const b = positions.get(edge.to);
    const key = edge.from < edge.to ? `${edge.from}\u0000${edge.to}` : `${edge.to}\u0000${edge.from}`;
    if (!a || !b || edge.from === edge.to || seen.has(key)) continue;
    seen.add(key);
    lines.push({ a, b, from: edge.from, to: edge.to });
  }
  let crossings = 0;
  for (let i = 0; i < lines.length; i += 1) {
    const p = lines[i]!;
    for (let j = i + 1; j < lines.length; j += 1) {
      const q = lines[j]!;
      if (p.from === q.from || p.from === q.to || p.to === q.from || p.to === q.to) continue;
      const d1 = cross(p.a, p.b, q.a);
      const d2 = cross(p.a, p.b, q.b);
      const d3 = cross(q.a, q.b, p.a);
      const d4 = cross(q.a, q.b, p.b);
      if (d1 * d2 < 0 && d3 * d4 < 0) crossings += 1;
    }
  }
  return crossings;
}

import type { Point } from '@sammen/core';

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * Starting places for a force layout: people on a phyllotaxis spiral (as d3-force starts) but in
 * breadth-first order from the most-connected person of each part of the graph, so people who
 * chose each other start near each other and the simulation has less untangling to do — which is
 * what lets it settle in far fewer ticks than d3-force's default 300. `spacing` is the distance
 * between neighbours on the spiral. Deterministic: ties broken by the people's order.
 */
export function spiralInBreadthFirstOrder(ids: readonly string[], neighbours: ReadonlyMap<string, readonly string[]>, spacing: number): Map<string, Point> {
  const degree = (id: string) => neighbours.get(id)?.length ?? 0;
  const byDegree = [...ids].sort((a, b) => degree(b) - degree(a));
  const order: string[] = [];
  const seen = new Set<string>();
  for (const start of byDegree) {
    if (seen.has(start)) continue;
    seen.add(start);
    order.push(start);
    for (let head = order.length - 1; head < order.length; head += 1) {
      for (const next of neighbours.get(order[head]!) ?? []) {
        if (seen.has(next)) continue;
        seen.add(next);
        order.push(next);
      }
    }
  }
  return new Map(
    order.map((id, index) => {
      const radius = spacing * 0.5 * Math.sqrt(index + 0.5);
      const angle = index * GOLDEN_ANGLE;
      return [id, { x: radius * Math.cos(angle), y: radius * Math.sin(angle) }];
    }),
  );
}

/** Hops from `source` to every node (−1 where unreachable). */
function hopsFrom(source: number, adjacency: readonly number[][]): Int32Array {
  const distance = new Int32Array(adjacency.length).fill(-1);
  const queue = new Int32Array(adjacency.length);
  let tail = 0;
  queue[tail++] = source;
  distance[source] = 0;
  for (let head = 0; head < tail; head += 1) {
    const node = queue[head]!;
    for (const next of adjacency[node]!) {
      if (distance[next] !== -1) continue;
      distance[next] = distance[node]! + 1;
      queue[tail++] = next;
    }
  }
  return distance;
}

/** The dominant eigenvector of a symmetric k×k matrix orthogonal to `not` (power iteration). */
function eigenvector(matrix: Float64Array, k: number, not?: Float64Array): Float64Array {
  let vector = new Float64Array(k).map((_, i) => 1 + ((i * 7919) % 13) / 13);
  for (let iteration = 0; iteration < 60; iteration += 1) {
    if (not) {
      let dot = 0;
      for (let i = 0; i < k; i += 1) dot += vector[i]! * not[i]!;
      for (let i = 0; i < k; i += 1) vector[i] = vector[i]! - dot * not[i]!;
    }
    const next = new Float64Array(k);
    for (let i = 0; i < k; i += 1) {
      let sum = 0;
      for (let j = 0; j < k; j += 1) sum += matrix[i * k + j]! * vector[j]!;
      next[i] = sum;
    }
    const norm = Math.hypot(...next) || 1;
    vector = next.map((value) => value / norm);
  }
  return vector;
}

/**
 * Starting places from pivot MDS (Brandes & Pich, "Eigensolver methods for progressive
 * multidimensional scaling of large data", 2006): graph distances from a few well-spread pivots,
 * double-centred, projected on their two main axes. It gives the shape of the whole graph in a
 * few milliseconds, so the force simulation only has to tidy locally (fewer ticks, and with less
 * energy, it cannot fold the drawing over itself). Parts of the graph that no tie joins are
 * treated as one hop further than the farthest pair. Scaled so that neighbours are about
 * `spacing` apart. Deterministic.
 */
export function pivotMds(ids: readonly string[], neighbours: ReadonlyMap<string, readonly string[]>, spacing: number, pivotCount = 24): Map<string, Point> {
  const n = ids.length;
  // One or two people: side by side (the force layout does the rest). Not the spiral, which the
  // widget would then carry for this case alone (every byte counts against the page's budget).
  if (n < 3) return new Map(ids.map((id, i) => [id, { x: i * spacing, y: 0 }]));
  const index = new Map(ids.map((id, at) => [id, at]));
  const adjacency = ids.map((id) => (neighbours.get(id) ?? []).map((other) => index.get(other)!).filter((other) => other !== undefined));
  const k = Math.min(pivotCount, n);
  const columns: Int32Array[] = [];
  const nearest = new Float64Array(n).fill(Infinity);
  let pivot = adjacency.reduce((best, list, at) => (list.length > adjacency[best]!.length ? at : best), 0);
  for (let p = 0; p < k; p += 1) {
    const distance = hopsFrom(pivot, adjacency);
    columns.push(distance);
    let far = 0;
    for (let i = 0; i < n; i += 1) {
      const d = distance[i]! < 0 ? n : distance[i]!;
      if (d < nearest[i]!) nearest[i] = d;
      if (nearest[i]! > nearest[far]!) far = i;
    }
    pivot = far;
  }
  let longest = 1;
  for (const column of columns) for (const d of column) if (d > longest) longest = d;
  // C (n × k): squared distances, double-centred.
  const c = new Float64Array(n * k);
  const columnMean = new Float64Array(k);
  const rowMean = new Float64Array(n);
  let total = 0;
  for (let j = 0; j < k; j += 1) {
    for (let i = 0; i < n; i += 1) {
      const d = columns[j]![i]! < 0 ? longest + 1 : columns[j]![i]!;
      const squared = d * d;
      c[i * k + j] = squared;
      columnMean[j] = columnMean[j]! + squared / n;
      rowMean[i] = rowMean[i]! + squared / k;
      total += squared / (n * k);
    }
  }
  for (let i = 0; i < n; i += 1) for (let j = 0; j < k; j += 1) c[i * k + j] = -0.5 * (c[i * k + j]! - rowMean[i]! - columnMean[j]! + total);
  // CᵀC (k × k), whose main eigenvectors give the two axes.
  const ctc = new Float64Array(k * k);
  for (let a = 0; a < k; a += 1) {
    for (let b = a; b < k; b += 1) {
      let sum = 0;
      for (let i = 0; i < n; i += 1) sum += c[i * k + a]! * c[i * k + b]!;
      ctc[a * k + b] = sum;
      ctc[b * k + a] = sum;
    }
  }
  const first = eigenvector(ctc, k);
  const second = eigenvector(ctc, k, first);
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  for (let i = 0; i < n; i += 1) {
    for (let j = 0; j < k; j += 1) {
      xs[i] = xs[i]! + c[i * k + j]! * first[j]!;
      ys[i] = ys[i]! + c[i * k + j]! * second[j]!;
    }
  }
  let linkLength = 0;
  let links = 0;
  for (let i = 0; i < n; i += 1) {
    for (const j of adjacency[i]!) {
      if (j <= i) continue;
      linkLength += Math.hypot(xs[i]! - xs[j]!, ys[i]! - ys[j]!);
      links += 1;
    }
  }
  const mean = links > 0 ? linkLength / links : 0;
  const scale = mean > 1e-9 ? spacing / mean : 1;
  return new Map(ids.map((id, i) => [id, { x: xs[i]! * scale, y: ys[i]! * scale }]));
}

// Where the connectors go: the pure middle between the element's one read pass (measure every
// card) and its one write pass (set every path's `d`), so a resize never interleaves reads and
// writes (no layout thrashing). Input: each card's box, the columns' order and the links; output:
// one SVG path per link. Routing rules, in the reading direction:
// - to the next column: an S-curve from the source's right edge to the target's left edge;
// - to a column further on: through the gaps between the cards of each column in between;
// - within one column: out of the right edges, along the gutter to the right;
// - back to an earlier column (a feedback loop): up the gutter after the source, along a lane
//   above every card on the way, down the gutter before the target, into its left edge;
// - from an item to itself: a small loop on its right edge.
// Ends on one side of a card are spread over its height, ordered by where the other end is, so
// arrows neither overlap nor cross at the card; lanes in one gutter or band are set apart.
import { orthogonalPath, smoothPath, type Point } from './connector-path.js';

/** A card's box in the SVG's coordinates. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What the routing needs: the layout as measured, and the links. */
export interface RoutingInput {
  /** Item ids per column, columns in document order, items top to bottom. */
  columns: readonly (readonly string[])[];
  /** Each shown item's box (items without one get no connectors). */
  rects: ReadonlyMap<string, Rect>;
  links: readonly { id: string; from: string; to: string }[];
  /** `rtl` when columns run right to left (the whole routing mirrors). Default `ltr`. */
  direction?: 'ltr' | 'rtl';
}

/** Spacing of the routing, in pixels. */
export interface RoutingOptions {
  /** Between parallel lanes in a gutter or band (default 6). */
  laneGap?: number;
  /** Corner radius of right-angled runs (default 8). */
  radius?: number;
  /** Distance of the first lane from the cards it passes (default 14). */
  clearance?: number;
}

export type ConnectorKind = 'neighbour' | 'distant' | 'same-column' | 'back' | 'self';

/** One drawn link. */
export interface Connector {
  id: string;
  from: string;
  to: string;
  kind: ConnectorKind;
  /** The path's `d`, starting at the source, ending at the target (put the arrowhead at the end). */
  d: string;
  start: Point;
  end: Point;
  /** The path's corners or waypoints, start to end (for a label or hit target along it). */
  points: Point[];
}

/** Every connector and the box they need (lanes may run above or beside the cards). */
export interface Routing {
  connectors: Connector[];
  bounds: Rect;
}

interface Place {
  column: number;
  rect: Rect;
}
interface Side {
  linkId: string;
  end: 'start' | 'end';
  toward: number;
}

const mid = (rect: Rect) => rect.y + rect.height / 2;

/** The connectors of `input`: one per link whose both ends have a box. */
export function routeConnectors(input: RoutingInput, options: RoutingOptions = {}): Routing {
  const laneGap = options.laneGap ?? 6;
  const radius = options.radius ?? 8;
  const clearance = options.clearance ?? 14;
  const flip = input.direction === 'rtl';
  // Route in "flow" coordinates, where the next column is always to the right; mirror at the end.
  const places = new Map<string, Place>();
  const extents: ({ left: number; right: number; top: number; bottom: number; rects: Rect[] } | undefined)[] = input.columns.map((ids, column) => {
    const rects: Rect[] = [];
    for (const id of ids) {
      const measured = input.rects.get(id);
      if (!measured || places.has(id)) continue;
      const rect = flip ? { ...measured, x: -(measured.x + measured.width) } : measured;
      places.set(id, { column, rect });
      rects.push(rect);
    }
    if (rects.length === 0) return undefined;
    rects.sort((a, b) => a.y - b.y);
    return {
      left: Math.min(...rects.map((rect) => rect.x)),
      right: Math.max(...rects.map((rect) => rect.x + rect.width)),
      top: rects[0]!.y,
      bottom: Math.max(...rects.map((rect) => rect.y + rect.height)),
      rects,
    };
  });
  const measured = extents.filter((extent) => extent !== undefined);
  const typicalGap = measured.length > 1 ? (Math.max(...measured.map((e) => e.left)) - Math.min(...measured.map((e) => e.right))) / (measured.length - 1) : 48;
  /** x of the gutter right of column `c` (toward the next measured column). */
  const gutterAfter = (c: number) => {
    const here = extents[c]!;
    const next = extents.slice(c + 1).find((extent) => extent !== undefined);
    return next ? (here.right + next.left) / 2 : here.right + Math.max(16, typicalGap / 2);
  };
  const gutterBefore = (c: number) => {
    const here = extents[c]!;
    const previous = extents.slice(0, c).reverse().find((extent) => extent !== undefined);
    return previous ? (previous.right + here.left) / 2 : here.left - Math.max(16, typicalGap / 2);
  };

  // Which links can be drawn, and what kind each is.
  const routed = input.links.flatMap((link) => {
    const from = places.get(link.from);
    const to = places.get(link.to);
    if (!from || !to) return [];
    const kind: ConnectorKind =
      link.from === link.to ? 'self' : to.column === from.column + 1 ? 'neighbour' : to.column > from.column ? 'distant' : to.column === from.column ? 'same-column' : 'back';
    return [{ link, from, to, kind }];
  });

  // Ports: the ends on each side of each card, spread over its height, ordered by the other end.
  const sides = new Map<string, Side[]>();
  const addSide = (item: string, side: 'left' | 'right', entry: Side) => {
    const key = `${side}\n${item}`;
    (sides.get(key) ?? sides.set(key, []).get(key)!).push(entry);
  };
  for (const { link, from, to, kind } of routed) {
    // A back link leaves upward and arrives from above: its ends go to the top of their sides.
    const up = -Infinity;
    addSide(link.from, 'right', { linkId: link.id, end: 'start', toward: kind === 'back' ? up : mid(to.rect) });
    addSide(link.to, kind === 'same-column' || kind === 'self' ? 'right' : 'left', { linkId: link.id, end: 'end', toward: kind === 'back' ? up : mid(from.rect) });
  }
  const ports = new Map<string, Point>();
  for (const [key, entries] of sides) {
    const [side, item] = key.split('\n') as ['left' | 'right', string];
    const rect = places.get(item)!.rect;
    entries.sort((a, b) => a.toward - b.toward);
    const pad = Math.min(8, rect.height / 4);
    entries.forEach((entry, k) => {
      ports.set(`${entry.linkId}\n${entry.end}`, {
        x: side === 'left' ? rect.x : rect.x + rect.width,
        y: rect.y + pad + ((rect.height - 2 * pad) * (k + 1)) / (entries.length + 1),
      });
    });
  }

  // Lanes: each vertical run in a gutter gets its own, spread around the gutter's middle and
  // squeezed to fit when many share it; each run above the cards gets its own band.
  const gutterUse = new Map<number, string[]>();
  const useGutter = (gutter: number, key: string) => (gutterUse.get(gutter) ?? gutterUse.set(gutter, []).get(gutter)!).push(key);
  for (const { link, from, to, kind } of routed) {
    if (kind === 'same-column' || kind === 'back') useGutter(from.column + 1, `${link.id}\nout`);
    if (kind === 'back') useGutter(to.column, `${link.id}\ninto`);
  }
  const laneOffset = new Map<string, number>();
  for (const [gutter, keys] of gutterUse) {
    const before = extents.slice(0, gutter).reverse().find((extent) => extent !== undefined);
    const after = extents.slice(gutter).find((extent) => extent !== undefined);
    const width = before && after ? after.left - before.right : typicalGap;
    const step = keys.length > 1 ? Math.min(laneGap, Math.max(1, width - 8) / (keys.length - 1)) : 0;
    keys.forEach((key, k) => laneOffset.set(key, (k - (keys.length - 1) / 2) * step));
  }
  const top = Math.min(...measured.map((extent) => extent.top));
  // Bands above the cards: the lowest one whose runs do not overlap this one's (interval colouring).
  const bands: [number, number][][] = [];
  const bandFor = (left: number, right: number) => {
    let level = bands.findIndex((runs) => runs.every(([a, b]) => right + laneGap < a || left - laneGap > b));
    if (level < 0) level = bands.push([]) - 1;
    bands[level]!.push([left, right]);
    return level;
  };

  // Distant links pass each column in between through a gap between its cards: pick each gap
  // first, then spread the links sharing a gap evenly over it, ordered by height.
  const crossings = new Map<string, { linkId: string; want: number }[]>();
  const crossingOf = new Map<string, number[]>();
  for (const { link, kind, from, to } of routed) {
    if (kind !== 'distant') continue;
    const start = ports.get(`${link.id}\nstart`)!;
    const end = ports.get(`${link.id}\nend`)!;
    const chosen: number[] = [];
    for (let c = from.column + 1; c < to.column; c += 1) {
      const extent = extents[c];
      if (!extent) continue;
      const centre = (extent.left + extent.right) / 2;
      const want = start.y + ((end.y - start.y) * (centre - start.x)) / Math.max(1, end.x - start.x);
      // Gap g lies between rects[g - 1] and rects[g]; 0 is above the first, length below the last.
      let best = 0;
      let bestDistance = Infinity;
      for (let g = 0; g <= extent.rects.length; g += 1) {
        const lo = g === 0 ? -Infinity : extent.rects[g - 1]!.y + extent.rects[g - 1]!.height;
        const hi = g === extent.rects.length ? Infinity : extent.rects[g]!.y;
        const distance = want < lo ? lo - want : want > hi ? want - hi : 0;
        if (distance < bestDistance) [best, bestDistance] = [g, distance];
      }
      const key = `${c}\n${best}`;
      (crossings.get(key) ?? crossings.set(key, []).get(key)!).push({ linkId: link.id, want });
      chosen.push(c, best);
    }
    crossingOf.set(link.id, chosen);
  }
  const crossingY = new Map<string, number>();
  for (const [key, entries] of crossings) {
    const [c, g] = key.split('\n').map(Number) as [number, number];
    const rects = extents[c]!.rects;
    entries.sort((a, b) => a.want - b.want);
    entries.forEach((entry, k) => {
      let y: number;
      if (g === 0) y = rects[0]!.y - clearance - (entries.length - 1 - k) * laneGap;
      else if (g === rects.length) y = rects[g - 1]!.y + rects[g - 1]!.height + clearance + k * laneGap;
      else {
        const lo = rects[g - 1]!.y + rects[g - 1]!.height;
        const hi = rects[g]!.y;
        y = lo + ((hi - lo) * (k + 1)) / (entries.length + 1);
      }
      crossingY.set(`${entry.linkId}\n${c}`, y);
    });
  }

  const box = { minX: Infinity, maxX: -Infinity, minY: Infinity, maxY: -Infinity };
  const grow = (point: Point) => {
    box.minX = Math.min(box.minX, point.x);
    box.maxX = Math.max(box.maxX, point.x);
    box.minY = Math.min(box.minY, point.y);
    box.maxY = Math.max(box.maxY, point.y);
  };
  for (const rect of input.rects.values()) {
    grow({ x: rect.x, y: rect.y });
    grow({ x: rect.x + rect.width, y: rect.y + rect.height });
  }
  const mirror = (p: Point): Point => (flip ? { x: -p.x, y: p.y } : p);
  const connectors = routed.map(({ link, from, to, kind }): Connector => {
    const points = routePoints(kind, link.id, from, to).map(mirror);
    // Bounds cover every point: curves keep their control points at their points' heights.
    points.forEach(grow);
    const d = kind === 'neighbour' || kind === 'distant' ? smoothPath(points) : orthogonalPath(points, radius);
    return { id: link.id, from: link.from, to: link.to, kind, d, start: points[0]!, end: points.at(-1)!, points };
  });
  const bounds = Number.isFinite(box.minX) ? { x: box.minX, y: box.minY, width: box.maxX - box.minX, height: box.maxY - box.minY } : { x: 0, y: 0, width: 0, height: 0 };
  return { connectors, bounds };

  /** The corners or waypoints of one connector, in flow coordinates. */
  function routePoints(kind: ConnectorKind, linkId: string, from: Place, to: Place): Point[] {
    const start = ports.get(`${linkId}\nstart`)!;
    const end = ports.get(`${linkId}\nend`)!;
    switch (kind) {
      case 'neighbour':
        return [start, end];
      case 'distant': {
        const points = [start];
        const chosen = crossingOf.get(linkId)!;
        for (let i = 0; i < chosen.length; i += 2) {
          const c = chosen[i]!;
          const y = crossingY.get(`${linkId}\n${c}`)!;
          points.push({ x: extents[c]!.left - 4, y }, { x: extents[c]!.right + 4, y });
        }
        return [...points, end];
      }
      case 'same-column': {
        const x = gutterAfter(from.column) + laneOffset.get(`${linkId}\nout`)!;
        return [start, { x, y: start.y }, { x, y: end.y }, end];
      }
      case 'back': {
        const out = gutterAfter(from.column) + laneOffset.get(`${linkId}\nout`)!;
        const into = gutterBefore(to.column) + laneOffset.get(`${linkId}\ninto`)!;
        // Measured from the top of all cards, so bands of one level never meet at another.
        const band = top - clearance - bandFor(into, out) * laneGap;
        return [start, { x: out, y: start.y }, { x: out, y: band }, { x: into, y: band }, { x: into, y: end.y }, end];
      }
      case 'self': {
        const reach = Math.max(18, laneGap * 3);
        return [start, { x: start.x + reach, y: start.y }, { x: start.x + reach, y: end.y }, end];
      }
    }
  }
}

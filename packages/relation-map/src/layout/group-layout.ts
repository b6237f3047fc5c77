// The group sociogram's layout: d3-force, tuned to settle fast and deterministically.
import { forceCollide, forceLink, forceManyBody, forceX, forceY, type Force, type SimulationLinkDatum, type SimulationNodeDatum } from 'd3-force';
import type { Point } from '@sammen/core';
import type { Person, Tie } from '@sammen/sdk';
import { pivotMds } from './initial-placement.js';
import { seededRandom } from './random.js';

/** Tuning of the group layout; the defaults are what `npm run bench` measured. */
export interface GroupLayoutOptions {
  /** Drawing units between two people who chose each other. Default 70. */
  linkDistance?: number;
  /** Simulation steps. Default 120 (d3-force's default is 300). */
  ticks?: number;
  /** Barnes–Hut accuracy of the repulsion (d3's default 0.9); higher is faster and coarser. Default 1.2. */
  theta?: number;
  /** The seed of d3-force's jiggle for people on the same spot. Default 1. */
  seed?: number;
  /**
   * Where people were drawn last time. Given, everyone known starts there, newcomers start
   * beside the people they chose, and the simulation only settles the change (a third of the
   * energy and ticks): adding one tie moves a few people a little, not the whole drawing.
   */
  previous?: ReadonlyMap<string, Point>;
}

interface Node extends SimulationNodeDatum {
  id: string;
}

/** One link per pair of people, however many ties (and in which directions) join them. */
export function linksOf(ids: ReadonlySet<string>, ties: readonly Pick<Tie, 'from' | 'to'>[]): [string, string][] {
  const seen = new Set<string>();
  const links: [string, string][] = [];
  for (const tie of ties) {
    if (tie.from === tie.to || !ids.has(tie.from) || !ids.has(tie.to)) continue;
    const key = tie.from < tie.to ? `${tie.from}\u0000${tie.to}` : `${tie.to}\u0000${tie.from}`;
    if (seen.has(key)) continue;
    seen.add(key);
    links.push([tie.from, tie.to]);
  }
  return links;
}

/** Starting places from the last drawing: newcomers beside their known neighbours, else at the edge. */
function fromPrevious(ids: readonly string[], neighbours: ReadonlyMap<string, string[]>, previous: ReadonlyMap<string, Point>, spacing: number): Map<string, Point> {
  const start = new Map<string, Point>();
  let edge = spacing;
  for (const id of ids) {
    const at = previous.get(id);
    if (at) {
      start.set(id, at);
      edge = Math.max(edge, Math.hypot(at.x, at.y) + spacing);
    }
  }
  ids.forEach((id, index) => {
    if (start.has(id)) return;
    const known = (neighbours.get(id) ?? []).map((other) => previous.get(other)).filter((at): at is Point => at !== undefined);
    const angle = index * 2.399963;
    start.set(
      id,
      known.length > 0
        ? { x: known.reduce((sum, at) => sum + at.x, 0) / known.length + Math.cos(angle) * spacing * 0.5, y: known.reduce((sum, at) => sum + at.y, 0) / known.length + Math.sin(angle) * spacing * 0.5 }
        : { x: Math.cos(angle) * edge, y: Math.sin(angle) * edge },
    );
  });
  return start;
}

/**
 * Runs d3-force's forces for `ticks` steps, as `forceSimulation(nodes).stop().tick(ticks)` does
 * (velocity Verlet with d3's velocity decay 0.4, alpha decaying to d3's alphaMin 0.001 over the
 * ticks; fixed nodes held at fx/fy), without the simulation object: that pulls in d3-timer and
 * d3-dispatch for a running animation this layout never uses (1.8 kB gzip of the widget's budget).
 */
function settle(nodes: Node[], forces: Force<Node, SimulationLinkDatum<Node>>[], { ticks, alpha: start, random }: { ticks: number; alpha: number; random: () => number }): void {
  nodes.forEach((node, index) => {
    node.index = index;
    node.vx = 0;
    node.vy = 0;
  });
  for (const force of forces) force.initialize?.(nodes, random);
  const decay = 1 - Math.pow(0.001 / start, 1 / ticks);
  let alpha = start;
  for (let tick = 0; tick < ticks; tick += 1) {
    alpha += (0 - alpha) * decay;
    for (const force of forces) force(alpha);
    for (const node of nodes) {
      if (node.fx == null) node.x! += node.vx! *= 0.6;
      else {
        node.x = node.fx;
        node.vx = 0;
      }
      if (node.fy == null) node.y! += node.vy! *= 0.6;
      else {
        node.y = node.fy;
        node.vy = 0;
      }
    }
  }
}

/**
 * Places the people of a group map with d3-force: links pull people who chose each other
 * together, a Barnes–Hut repulsion keeps everyone apart, and a weak pull to the middle keeps
 * separate play groups on screen (d3's centring force lets them drift apart). Tuned for speed
 * without losing quality (`npm run bench`: lower stress and fewer crossings than d3-force's
 * defaults): starting places from pivot MDS, which already has the graph's shape, so 120 ticks do
 * what d3's default 300 from a spiral do, with a coarser Barnes–Hut theta (1.2). Deterministic (same input, same places), and everyone in `fixed`
 * (people moved by hand) stays exactly where they are.
 */
export function forceGroupLayout(
  people: readonly Pick<Person, 'id'>[],
  ties: readonly Pick<Tie, 'from' | 'to'>[],
  fixed: ReadonlyMap<string, Point> = new Map(),
  options: GroupLayoutOptions = {},
): Map<string, Point> {
  const { linkDistance = 70, theta = 1.2, seed = 1, previous } = options;
  const settleOnly = previous !== undefined && previous.size > 0;
  const ticks = options.ticks ?? (settleOnly ? 40 : 120);
  const alpha = settleOnly ? 0.3 : 1;
  const ids = [...new Set(people.map((person) => person.id))];
  const links = linksOf(new Set(ids), ties);
  const neighbours = new Map<string, string[]>(ids.map((id) => [id, []]));
  for (const [a, b] of links) {
    neighbours.get(a)!.push(b);
    neighbours.get(b)!.push(a);
  }
  const start = settleOnly ? fromPrevious(ids, neighbours, previous, linkDistance) : pivotMds(ids, neighbours, linkDistance);
  const nodes: Node[] = ids.map((id) => {
    const pinned = fixed.get(id);
    const at = pinned ?? start.get(id)!;
    return pinned ? { id, x: at.x, y: at.y, fx: at.x, fy: at.y } : { id, x: at.x, y: at.y };
  });
  const pull = (node: Node) => (neighbours.get(node.id)!.length ? 0.1 : 0.2);
  if (nodes.length > 1 && ticks > 0) {
    settle(
      nodes,
      [
        forceLink<Node, SimulationLinkDatum<Node>>(links.map(([source, target]) => ({ source, target })))
          .id((node) => node.id)
          .distance(linkDistance),
        // A repulsion firm against the links' pull (5× the tie length; d3's default is about 1×):
        // play groups push each other apart, so fewer ties cross into other groups. With 3× the
        // drawing crossed more than d3-force's defaults on 300/1,500 (docs/performance.md).
        forceManyBody<Node>().strength(-linkDistance * 5).theta(theta),
        // Room for a person's circle and name (people drawn on top of each other hide who is who),
        // and a pull to the middle strong enough that separate play groups stay near each other
        // instead of drifting to the corners of the drawing. People with no tie in the round
        // (adults in a group map, a child to invite in) are pulled twice as firmly: nothing
        // else holds them, and pushed to the far edge they would shrink everyone else to fit.
        forceCollide<Node>(linkDistance * 0.42).iterations(1),
        forceX<Node>(0).strength(pull),
        forceY<Node>(0).strength(pull),
      ],
      { ticks, alpha, random: seededRandom(seed) },
    );
  }
  return new Map(nodes.map((node) => [node.id, { x: node.fx ?? node.x ?? 0, y: node.fy ?? node.y ?? 0 }]));
}

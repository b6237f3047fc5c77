// Connector layout, side by side in one page (issue 15): our routing of the example and of a
// generated 100-item/300-link model, against laying out the same graphs with @dagrejs/dagre.
// dagre places the boxes and routes the edges; our routing only routes (the boxes are placed by
// CSS, measured in one read pass), which is exactly the work a resize repeats. Medians of runs.
import { parseChangeModel, type ChangeModel } from '@sammen/sdk';
import { loadExampleChangeModel } from '@sammen/content';
import dagre from '@dagrejs/dagre';
import { median } from '../../core/test-suites/test-support.js';
import { routeConnectors, type Rect, type RoutingInput } from '../src/logic/connector-routing.js';
import { generateModel } from '../src/logic/generate-model.js';

const RUNS = 25;

/** The boxes a four-column layout gives (as measured), cards 220 × 56–104 px. */
function measuredLayout(model: ChangeModel): RoutingInput {
  const rects = new Map<string, Rect>();
  model.columns.forEach((column, c) => {
    let y = 0;
    column.items.forEach((item, i) => {
      const height = 56 + ((i * 29) % 48);
      rects.set(item.id, { x: c * 300, y, width: 220, height });
      y += height + 16;
    });
  });
  return { columns: model.columns.map((column) => column.items.map((item) => item.id)), rects, links: model.links };
}

function time(run: () => unknown, runs = RUNS): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return median(times);
}

/** dagre's layout of the same graph: ranks left to right, the same box sizes. */
function dagreLayout(input: RoutingInput): void {
  const graph = new dagre.graphlib.Graph({ multigraph: true });
  graph.setGraph({ rankdir: 'LR', nodesep: 16, ranksep: 80 });
  graph.setDefaultEdgeLabel(() => ({}));
  for (const [id, rect] of input.rects) graph.setNode(id, { width: rect.width, height: rect.height });
  for (const link of input.links) graph.setEdge(link.from, link.to, {}, link.id);
  dagre.layout(graph);
  if (graph.edges().length !== input.links.length) throw new Error('dagre lost edges');
}

export default async (): Promise<Record<string, number>> => {
  const parsed = parseChangeModel(await loadExampleChangeModel());
  if (!parsed.ok) throw new Error('example invalid');
  const example = measuredLayout(parsed.value);
  const large = measuredLayout(generateModel({ items: 100, links: 300, seed: 1 }));
  // Warm-up: JIT both sides before measuring.
  for (let i = 0; i < 3; i += 1) {
    routeConnectors(large);
    dagreLayout(example);
  }
  const ours = { example: time(() => routeConnectors(example)), large: time(() => routeConnectors(large)) };
  const theirs = { example: time(() => dagreLayout(example)), large: time(() => dagreLayout(large), 5) }; // seconds per run: 5 runs
  return {
    'routing only, example (15 items, 21 links)': ours.example,
    'dagre layout, example': theirs.example,
    'routing only, 100 items / 300 links': ours.large,
    'dagre layout, 100 items / 300 links': theirs.large,
    'dagre ÷ our routing, 100/300 (×)': theirs.large / ours.large,
  };
};

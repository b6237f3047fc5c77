// First render of <sammen-change-model> with its connectors drawn, side by side in one page with
// @dagrejs/dagre laying out the same graphs (issue 15): from inserting the element with a model
// to every connector in the DOM and the page laid out, for the example and for a generated
// 100-item / 300-link model. dagre only computes positions and edge points (no DOM); the element
// renders every card, measures them in one read pass and writes every path in one write pass.
//
// What the clock covers: `model` is set, the element is appended (start), then its first update
// (validation, index, every card), the browser's style and layout of the cards, the connector
// layout (in the board's ResizeObserver callback, after that layout), the paths written into the
// connectors' <svg>, and a forced layout after the last connector is in the DOM (stop). "cards
// rendered and laid out" stops after the element's `loaded` and a forced layout instead. Built
// by `npm run bench` (test/scripts/run-bench.mjs) with esbuild, minified, with Lit's production
// build — not Storybook's or the dev server's development build; medians of 9–15 runs after a
// warm-up, in a 1280 × 900 page.
import { parseChangeModel, type ChangeModel } from '@sammen/sdk';
import { loadExampleChangeModel } from '@sammen/content';
import dagre from '@dagrejs/dagre';
import '../src/define.js';
import { median, nextFrame } from '../../core/test-suites/test-support.js';
import { generateModel } from '../src/logic/generate-model.js';
import type { SammenChangeModel } from '../src/change-model.js';

/** Resolves when the element's shadow root holds `count` drawn connectors. */
function connectorsDrawn(root: ShadowRoot, count: number): Promise<void> {
  const drawn = () => root.querySelectorAll('svg.connectors g[data-link]').length >= count;
  if (drawn()) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timeout = setTimeout(() => reject(new Error(`only ${root.querySelectorAll('svg.connectors g[data-link]').length} of ${count} connectors drawn`)), 10_000);
    const observer = new MutationObserver(() => {
      if (!drawn()) return;
      observer.disconnect();
      clearTimeout(timeout);
      resolve();
    });
    observer.observe(root, { childList: true, subtree: true });
  });
}

/** Medians, in ms from inserting the element: cards rendered and laid out; connectors drawn too. */
async function firstRender(model: ChangeModel, runs: number): Promise<{ cards: number; drawn: number }> {
  const cards: number[] = [];
  const drawn: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const element = document.createElement('sammen-change-model') as SammenChangeModel;
    element.model = model;
    const start = performance.now();
    document.body.append(element);
    await element.loaded;
    await element.updateComplete;
    element.getBoundingClientRect();
    cards.push(performance.now() - start);
    await connectorsDrawn(element.shadowRoot!, model.links.length);
    element.getBoundingClientRect();
    drawn.push(performance.now() - start);
    await nextFrame();
    element.remove();
  }
  return { cards: median(cards), drawn: median(drawn) };
}

/** dagre's layout of the same graph: ranks left to right, cards 220 × 72 px. */
function dagreLayout(model: ChangeModel): void {
  const graph = new dagre.graphlib.Graph({ multigraph: true });
  graph.setGraph({ rankdir: 'LR', nodesep: 16, ranksep: 80 });
  graph.setDefaultEdgeLabel(() => ({}));
  for (const column of model.columns) for (const item of column.items) graph.setNode(item.id, { width: 220, height: 72 });
  for (const link of model.links) graph.setEdge(link.from, link.to, {}, link.id);
  dagre.layout(graph);
}

function time(run: () => void, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return median(times);
}

export default async (): Promise<Record<string, number>> => {
  const parsed = parseChangeModel(await loadExampleChangeModel());
  if (!parsed.ok) throw new Error('example invalid');
  const example = parsed.value;
  const large = generateModel({ items: 100, links: 300, seed: 1 });
  await firstRender(example, 3); // warm-up: locale module, styles, JIT
  const element = { example: await firstRender(example, 15), large: await firstRender(large, 9) };
  dagreLayout(example);
  const layout = { example: time(() => dagreLayout(example), 15), large: time(() => dagreLayout(large), 5) };
  return {
    'example: cards rendered and laid out': element.example.cards,
    'example: + connectors drawn (first render total)': element.example.drawn,
    'example: dagre layout alone': layout.example,
    '100/300: cards rendered and laid out': element.large.cards,
    '100/300: + connectors drawn (first render total)': element.large.drawn,
    '100/300: dagre layout alone': layout.large,
    '100/300: dagre ÷ element total (×)': layout.large / element.large.drawn,
  };
};

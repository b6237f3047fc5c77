// First render of <sammen-perspective-triangle>: from inserting the element with a filled-in
// session to the triangle and the open panel laid out (median of runs), and an empty session.
import { createPerspectiveSession, parsePerspectiveSession, type PerspectiveSession } from '@sammen/sdk';
import { loadWorkedCase } from '@sammen/content';
import '../src/define.js';
import type { SammenPerspectiveTriangle } from '../src/perspective-triangle.js';

const RUNS = 15;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

async function firstRender(session: PerspectiveSession): Promise<number> {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const element = document.createElement('sammen-perspective-triangle') as SammenPerspectiveTriangle;
    element.session = session;
    const start = performance.now();
    document.body.append(element);
    await element.loaded;
    if (!element.shadowRoot!.querySelector('svg [data-part="centre"]') || !element.shadowRoot!.querySelector('#panel sammen-textarea')) throw new Error('not rendered');
    element.getBoundingClientRect();
    times.push(performance.now() - start);
    await frame();
    element.remove();
  }
  return median(times);
}

export default async (): Promise<Record<string, number>> => {
  const parsed = parsePerspectiveSession(await loadWorkedCase('da'));
  if (!parsed.ok) throw new Error('worked case invalid');
  await firstRender(parsed.value); // warm-up: locale module, styles
  return {
    'first render, filled-in worked case': await firstRender(parsed.value),
    'first render, empty session': await firstRender(createPerspectiveSession({ id: 'bench' })),
  };
};

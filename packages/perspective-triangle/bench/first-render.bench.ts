// First render of <sammen-perspective-triangle>: from inserting the element with a session to the
// triangle and its panel laid out (median of runs), and opening a corner's panel of five answers.
import { createPerspectiveSession, parsePerspectiveSession, type PerspectiveSession } from '@sammen/sdk';
import { loadWorkedCase } from '@sammen/content';
import '../src/define.js';
import { median, nextFrame } from '../../core/test-suites/test-support.js';
import type { SammenPerspectiveTriangle } from '../src/perspective-triangle.js';

const RUNS = 15;

async function firstRender(session: PerspectiveSession): Promise<{ render: number; openPanel: number }> {
  const renders: number[] = [];
  const opens: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const element = document.createElement('sammen-perspective-triangle') as SammenPerspectiveTriangle;
    element.session = session;
    const start = performance.now();
    document.body.append(element);
    await element.loaded;
    const root = element.shadowRoot!;
    if (!root.querySelector('svg [data-part="centre"]') || !root.querySelector('#panel')) throw new Error('not rendered');
    element.getBoundingClientRect();
    renders.push(performance.now() - start);
    const open = performance.now();
    root.querySelector('[data-part="child"]')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await element.updateComplete;
    const fields = [...root.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>('#panel sammen-textarea')];
    if (fields.length !== 5) throw new Error('panel not opened');
    await Promise.all(fields.map((field) => field.updateComplete));
    element.getBoundingClientRect();
    opens.push(performance.now() - open);
    await nextFrame();
    element.remove();
  }
  return { render: median(renders), openPanel: median(opens) };
}

export default async (): Promise<Record<string, number>> => {
  const parsed = parsePerspectiveSession(await loadWorkedCase('da'));
  if (!parsed.ok) throw new Error('worked case invalid');
  await firstRender(parsed.value); // warm-up: locale module, styles
  const filled = await firstRender(parsed.value);
  const empty = await firstRender(createPerspectiveSession({ id: 'bench' }));
  return {
    'first render, filled-in worked case': filled.render,
    'open a corner panel (5 answers), filled-in case': filled.openPanel,
    'first render, empty session': empty.render,
  };
};

// The page side of the drag benchmark: a 300-person, 1,500-tie map in an 1100×800 box, ready to be
// dragged. The dragging and the measuring are done from outside the page by `drag.driver.mjs`
// (real pointer input through the DevTools protocol, and a Chromium trace of the main thread), so
// that what is counted is the whole frame — input, our handlers, style, layout, paint and commit —
// not only our JavaScript, and not the display's 16.7 ms interval.
import '../src/define.js';
import { nextFrame } from '../../core/test-suites/test-support.js';
import { generateGroup } from '../src/layout/index.js';
import type { SammenRelationMap } from '../src/relation-map.js';

/** What the driver calls in the page (`window.__dragBench`). */
export interface DragBenchPage {
  /** Builds the map; returns where (viewport px) to press to pick up a person, or why it cannot. */
  prepare(): Promise<{ x: number; y: number; people: number } | { error: string }>;
  /** After the drop: did the person move and is their place saved (pinned) in the document? */
  check(): Promise<{ moved: boolean; pinned: boolean }>;
}

declare global {
  interface Window {
    __dragBench?: DragBenchPage;
  }
}

let element: SammenRelationMap | undefined;
let picked: { id: string; x: string } | undefined;

window.__dragBench = {
  async prepare() {
    element = document.createElement('sammen-relation-map') as SammenRelationMap;
    element.style.cssText = 'display: block; inline-size: 1100px; --sammen-map-height: 800px';
    element.map = generateGroup({ people: 300, ties: 1_500 });
    document.body.append(element);
    await element.loaded;
    await element.updateComplete;
    const root = element.shadowRoot!;
    for (let wait = 0; wait < 200 && root.querySelectorAll('.proxy').length < 300; wait += 1) await nextFrame();
    const proxies = [...root.querySelectorAll<HTMLElement>('.proxy')];
    if (proxies.length < 300) return { error: `only ${proxies.length} people drawn` };
    root.querySelector('.drawing')!.scrollIntoView({ block: 'start' });
    await nextFrame();
    await nextFrame();
    // The person nearest the middle of the drawing: dragging them moves their lines across the
    // whole picture, as a person in the thick of a group would.
    const box = root.querySelector('.drawing')!.getBoundingClientRect();
    const middle = { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    const centreOf = (proxy: HTMLElement) => {
      const r = proxy.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    };
    const proxy = proxies.reduce((best, candidate) => {
      const [a, b] = [centreOf(best), centreOf(candidate)];
      return Math.hypot(b.x - middle.x, b.y - middle.y) < Math.hypot(a.x - middle.x, a.y - middle.y) ? candidate : best;
    });
    picked = { id: proxy.dataset.person!, x: proxy.style.getPropertyValue('--x') };
    return { ...centreOf(proxy), people: proxies.length };
  },
  async check() {
    if (!element || !picked) return { moved: false, pinned: false };
    await element.updateComplete;
    const proxy = element.shadowRoot!.querySelector<HTMLElement>(`.proxy[data-person="${picked.id}"]`);
    const person = element.doc?.people.find((candidate) => candidate.id === picked!.id);
    return { moved: proxy?.style.getPropertyValue('--x') !== picked.x, pinned: Boolean(person && 'position' in person && person.position) };
  },
};

/** Nothing is measured inside the page: see `drag.driver.mjs`. */
export default async (): Promise<Record<string, number>> => ({});

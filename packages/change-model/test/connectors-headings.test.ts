// No connector runs through a column's heading. The example's feedback loop (a link back to an
// earlier column) runs on a lane 14 px above the cards; at 1280 px three headings wrapped onto two
// lines and one did not, so the cards of the first column started higher than the others and the
// lane ran between "Kortsigtede" and "resultater". Now every column's cards start level (a
// subgrid) and the headings leave room for the lanes.
import { expect, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { ModelHarness } from './harness.js';

/** Points along every drawn connector, in viewport coordinates, every 2 px of its length. */
function connectorPoints(root: ShadowRoot): DOMPoint[] {
  return [...root.querySelectorAll<SVGPathElement>('path.connector')].flatMap((path) => {
    const matrix = path.getScreenCTM()!;
    const length = path.getTotalLength();
    return Array.from({ length: Math.ceil(length / 2) + 1 }, (_, at) => path.getPointAtLength(Math.min(length, at * 2)).matrixTransform(matrix));
  });
}

after(async () => {
  document.documentElement.lang = 'da';
  await setViewport({ width: 800, height: 600 });
});

describe('<sammen-change-model>: connectors and headings', () => {
  for (const [width, lang] of [
    [1280, 'da'],
    [1280, 'nb'],
    [1000, 'da'],
  ] as const) {
    it(`no connector crosses a column heading (${width} px, ${lang})`, async function () {
      this.timeout(30_000);
      await setViewport({ width, height: 900 });
      document.documentElement.lang = lang;
      const model = await ModelHarness.mount(html`<sammen-change-model></sammen-change-model>`);
      await model.frames();
      const points = connectorPoints(model.root);
      expect(points.length, 'connectors are drawn').to.be.greaterThan(100);
      const headings = [...model.root.querySelectorAll('.column__title')].map((heading) => heading.getBoundingClientRect());
      expect(headings.length).to.equal(4);
      const tops = [...model.root.querySelectorAll('.column__items')].map((list) => Math.round(list.getBoundingClientRect().top));
      expect(new Set(tops).size, `every column's cards start level: ${tops.join(', ')}`).to.equal(1);
      for (const box of headings) {
        const inside = points.filter((p) => p.x >= box.left && p.x <= box.right && p.y >= box.top && p.y <= box.bottom);
        expect(inside.length, `points of a connector inside the heading at ${Math.round(box.left)},${Math.round(box.top)}`).to.equal(0);
      }
    });
  }
});

// The connectors follow the cards when the widget is resized (laid out again in the frame after
// the resize), and printing sets a landscape A4/A3 page on the document and fits the board to it.
import { expect, html, waitUntil } from '@open-wc/testing';
import { branchedModel } from '../../../stories/change-model/model-fixtures.js';
import { ModelHarness } from './harness.js';

/** The x of a connector's first point, and the right edge of its source card, in board coordinates. */
function startAndSourceEdge(model: ModelHarness, linkId: string, source: string): { start: number; edge: number } {
  const path = model.root.querySelector<SVGPathElement>(`[data-link="${linkId}"] .connector`)!;
  const start = Number(/^M\s*([-\d.]+)/.exec(path.getAttribute('d')!)![1]);
  const board = model.root.querySelector('.board')!.getBoundingClientRect();
  const card = model.item(source).closest('li')!.getBoundingClientRect();
  return { start, edge: card.right - board.left };
}

before(() => {
  document.documentElement.lang = 'en';
});
after(() => {
  document.documentElement.lang = 'da';
});

describe('<sammen-change-model>: connector layout and print', () => {
  it('a resize lays the connectors out again, where the cards now are', async () => {
    const model = await ModelHarness.mount(html`<div style="inline-size: 1100px"><sammen-change-model .model=${branchedModel}></sammen-change-model></div>`);
    const before = startAndSourceEdge(model, 'counselling->staff-ask', 'Open counselling');
    expect(before.start).to.be.closeTo(before.edge, 1.5);
    (model.element.parentElement as HTMLElement).style.inlineSize = '1500px';
    await waitUntil(() => {
      const now = startAndSourceEdge(model, 'counselling->staff-ask', 'Open counselling');
      return now.edge > before.edge + 20 && Math.abs(now.start - now.edge) < 1.5;
    }, 'the connector starts at the widened card', { timeout: 3000 });
  });

  it('Print adopts a landscape page of the chosen size, lays the board out at its width and fits it to one page', async () => {
    const model = await ModelHarness.mount(html`<sammen-change-model .model=${branchedModel}></sammen-change-model>`);
    const select = model.root.querySelector<HTMLSelectElement>('.print-options select')!;
    select.value = 'a3';
    select.dispatchEvent(new Event('change'));
    await model.settle();
    const seen: { page: string; width: string; zoom: number }[] = [];
    const print = window.print;
    window.print = () => {
      const page = [...document.adoptedStyleSheets].flatMap((sheet) => [...sheet.cssRules]).find((rule) => rule instanceof CSSPageRule) as CSSPageRule | undefined;
      const shown = getComputedStyle(model.root.querySelector<HTMLElement>('.model')!);
      seen.push({ page: page?.style.getPropertyValue('size') ?? '', width: shown.inlineSize, zoom: Number(shown.zoom) });
    };
    try {
      await model.press('Print');
    } finally {
      window.print = print;
    }
    expect(seen).to.have.length(1);
    expect(seen[0]!.page.toLowerCase()).to.equal('a3 landscape');
    expect(parseFloat(seen[0]!.width)).to.be.closeTo(Math.floor((400 / 25.4) * 96), 0.5);
    expect(seen[0]!.zoom).to.be.greaterThan(0).and.lessThan(1);
    // Afterwards the page rule is gone and the screen layout is back.
    expect([...document.adoptedStyleSheets].flatMap((sheet) => [...sheet.cssRules]).some((rule) => rule instanceof CSSPageRule)).to.equal(false);
    await model.settle();
    expect(Number(getComputedStyle(model.root.querySelector<HTMLElement>('.model')!).zoom)).to.equal(1);
  });
});

// Non-text contrast as rendered (WCAG 1.4.11): the borders of the fields a person types in and the
// triangle's lines, as the browser computes them, against the page in the light and dark schemes.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { MemoryStore } from '@sammen/sdk';
import { contrast, over, parseColor } from '../packages/core/test/support/contrast.js';
import '@sammen/reflection-cards/define';
import '@sammen/perspective-triangle/define';

type Widget = HTMLElement & { loaded: Promise<unknown>; updateComplete: Promise<unknown> };

async function widgets(): Promise<{ deck: ShadowRoot; triangle: ShadowRoot }> {
  const host = await fixture<HTMLElement>(html`<div style="color: #1f2328">
    <sammen-reflection-deck></sammen-reflection-deck>
    <sammen-perspective-triangle document-id="contrast" .store=${new MemoryStore()}></sammen-perspective-triangle>
  </div>`);
  const [deck, triangle] = [...host.children] as Widget[];
  await Promise.all([deck!.loaded, triangle!.loaded]);
  await waitUntil(() => deck!.shadowRoot!.querySelector('select') && triangle!.shadowRoot!.querySelector('.triangle__edge'), 'loaded');
  return { deck: deck!.shadowRoot!, triangle: triangle!.shadowRoot! };
}

/** The colours a person sees for the fields' borders and the triangle's lines. */
function drawnColours({ deck, triangle }: { deck: ShadowRoot; triangle: ShadowRoot }): Record<string, string> {
  const textarea = triangle.querySelector('sammen-textarea')!.shadowRoot!.querySelector('textarea')!;
  return {
    'search field': getComputedStyle(deck.querySelector('input[type=search]')!).borderTopColor,
    select: getComputedStyle(deck.querySelector('select')!).borderTopColor,
    'title field': getComputedStyle(triangle.querySelector('.situation__title')!).borderTopColor,
    'text area': getComputedStyle(textarea).borderTopColor,
    'triangle edge': getComputedStyle(triangle.querySelector('.triangle__edge')!).stroke,
    'triangle spoke': getComputedStyle(triangle.querySelector('.triangle__spoke')!).stroke,
  };
}

function expectContrast(colours: Record<string, string>, background: string): void {
  const page = parseColor(background);
  for (const [what, colour] of Object.entries(colours)) {
    const ratio = contrast(over(parseColor(colour), page), page);
    expect(ratio, `${what} (${colour}) on ${background}: ${ratio.toFixed(2)}:1`).to.be.at.least(3);
  }
}

before(() => {
  document.documentElement.lang = 'da';
});
after(async () => {
  await emulateMedia({ colorScheme: 'light' });
});

describe('field borders and triangle lines reach 3:1', () => {
  it('in the light scheme, on a white page', async () => {
    await emulateMedia({ colorScheme: 'light' });
    expectContrast(drawnColours(await widgets()), '#ffffff');
  });

  it('in the dark scheme, on the widget’s dark background and raised surface', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const colours = drawnColours(await widgets());
    expectContrast(colours, '#1b1e22');
    expectContrast(colours, '#262a30');
  });
});

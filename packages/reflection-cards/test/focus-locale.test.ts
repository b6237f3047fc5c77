// Focus mode's strings are a locale part of their own, fetched with focus mode's module
// (lazy-part.ts, packages/core/scripts/locale-parts.mjs): the overview does not download them, and
// the first card opened on a page in Norwegian shows focus mode in Norwegian from its first frame.
import { expect, html, waitUntil } from '@open-wc/testing';
import { activeLocale } from '@sammen/core';
import { fetchedLocalePart, firstAppearance } from '../../core/test-suites/test-support.js';
import { DeckHarness } from './harness.js';

const fetchedFocusTexts = () => fetchedLocalePart('reflection-cards', 'focus', 'nb');

before(() => {
  document.documentElement.lang = 'nb';
});

describe('<sammen-reflection-deck> focus mode texts', () => {
  it('are fetched with the first card opened, not for the overview, and show in Norwegian from the first frame', async () => {
    const deck = await DeckHarness.mount(html`<sammen-reflection-deck></sammen-reflection-deck>`);
    await waitUntil(() => activeLocale() === 'nb', 'locale nb');
    await waitUntil(() => deck.root.querySelector('.overview .card__open'), 'the example deck');
    expect(fetchedFocusTexts(), 'the overview').to.equal(false);

    const navigation = firstAppearance(deck.element, '.focus__nav');
    deck.root.querySelector<HTMLElement>('.overview .card__open')!.click();
    const words = await navigation;
    expect(words).to.match(/Alle kort/);
    expect(words).to.not.match(/All cards/);
    expect(fetchedFocusTexts()).to.equal(true);
  });
});

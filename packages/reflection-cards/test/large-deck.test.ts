// A 200-card deck (issue 14, "A faster deck"). Its speed is measured in `npm run bench` against
// hand-written DOM; these tests hold the two things that made it slow from coming back, and check
// that the cheaper markup still gives every card a button a person can find and press.
import { expect, html } from '@open-wc/testing';
import { setUiLocale } from '@sammen/core';
import { generatedDeck } from '../../../stories/reflection-cards/deck-fixtures.js';
import { squash } from '../../core/test-suites/test-support.js';
import { DeckHarness } from './harness.js';

before(async () => {
  document.documentElement.lang = 'da';
  await setUiLocale('da'); // the page's language observer does the same, but later
});

describe('<sammen-reflection-deck> with 200 cards', () => {
  let deck: DeckHarness;
  beforeEach(async () => {
    deck = await DeckHarness.mount(html`<sammen-reflection-deck .deck=${generatedDeck(200)}></sammen-reflection-deck>`);
  });

  it('every card has its own “Åbn kortet” button, named after the card', () => {
    const articles = [...deck.root.querySelectorAll('.overview article')];
    expect(articles).to.have.length(200);
    for (const article of articles) {
      const title = squash(article.querySelector('.card__title')?.textContent);
      const button = article.querySelector('button');
      expect(button, `a button in “${title}”`).to.exist;
      expect(squash(button!.textContent)).to.equal('Åbn kortet');
      expect(button!.getAttribute('aria-label')).to.equal(`Åbn kortet: ${title}`);
    }
  });

  it('Enter on a card’s button opens that card', async () => {
    const article = deck.root.querySelectorAll('.overview article')[57]!;
    const title = squash(article.querySelector('.card__title')?.textContent);
    article.querySelector('button')!.focus();
    await deck.key('Enter');
    await deck.focusShown();
    expect(deck.focusTitle()).to.equal(title);
  });

  it('leaving the card puts focus back on the button that opened it', async () => {
    const article = deck.root.querySelectorAll('.overview article')[123]!;
    const title = squash(article.querySelector('.card__title')?.textContent);
    article.querySelector('button')!.focus();
    await deck.key('Enter');
    await deck.focusShown();
    await deck.press('Alle kort');
    const active = deck.activeElement();
    expect(active?.getAttribute('aria-label')).to.equal(`Åbn kortet: ${title}`);
  });

  it('a card is plain DOM in the deck’s own shadow root: no shadow root per card', () => {
    // 200 <sammen-button>s meant 200 shadow roots, each with its stylesheets and its own update.
    const inCards = [...deck.root.querySelectorAll('.overview .cards *')].filter((node) => node.shadowRoot);
    expect(inCards.map((node) => node.localName)).to.deep.equal([]);
  });

  it('a card holds no whitespace-only text nodes', () => {
    // Template indentation made 33 empty text nodes per card, more than its elements.
    let empty = 0;
    for (const list of deck.root.querySelectorAll('.overview .cards')) {
      const walker = document.createTreeWalker(list, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) if (!node.textContent!.trim()) empty += 1;
    }
    expect(empty).to.equal(0);
  });
});

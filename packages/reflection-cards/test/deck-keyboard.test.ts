// The deck by keyboard alone: focus never falls to <body> (timer, time up, changing card while the
// timer runs, Next onto the last card), Escape leaves focus mode, Home/End, right-to-left arrows,
// and shortcuts that stay off form fields and can be turned off (WCAG 2.1.4).
import { expect, html, waitUntil } from '@open-wc/testing';
import { MemoryStore } from '@sammen/sdk';
import { bilingualDeck } from '../../../stories/reflection-cards/deck-fixtures.js';
import { DeckHarness } from './harness.js';
import { sendKeys } from '@web/test-runner-commands';
import { lazyParts } from '../src/lazy-part.js';

const mountExample = () => DeckHarness.mount(html`<sammen-reflection-deck .store=${new MemoryStore()}></sammen-reflection-deck>`);

before(() => {
  document.documentElement.lang = 'da';
});

describe('<sammen-reflection-deck> by keyboard', () => {
  it('keys pressed while focus mode is still on its way are kept: Enter on a card, then → → at once', async () => {
    // As on a first visit: focus mode's module (with its keys) arrives a while after the card opens.
    const { focus } = lazyParts;
    let release = (): void => undefined;
    const arrived = new Promise<void>((resolve) => (release = resolve));
    lazyParts.focus = () => arrived.then(focus);
    try {
      const deck = await mountExample();
      const titles = deck.visibleTitles();
      deck.root.querySelector<HTMLElement>('.overview .card__open')!.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => deck.activeElement()?.matches('section.focus'), 'focus on focus mode, still loading');
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowRight' });
      expect(deck.focusTitle(), 'nothing of focus mode yet').to.equal(undefined);
      release();
      await deck.focusShown();
      expect(deck.focusTitle(), `two cards on from “${titles[0]}”`).to.equal(titles[2]);
    } finally {
      lazyParts.focus = focus;
    }
  });

  it('the timer button keeps focus when the timer starts, runs out and starts again', async () => {
    const deck = await DeckHarness.mount(html`<sammen-reflection-deck .deck=${bilingualDeck} card="talk" timer-minutes="0.03"></sammen-reflection-deck>`);
    await deck.press('Start');
    expect(deck.focused()).to.equal('Pause');
    await waitUntil(() => deck.text().includes('Tiden er gået'), 'time up', { timeout: 5000 });
    await deck.settle();
    expect(deck.focused()).to.equal('Start igen', 'time up leaves focus on the same button');
    await deck.press('Start igen');
    expect(deck.focused()).to.equal('Pause');
    expect(deck.root.querySelector('[role="timer"]')!.textContent!.trim()).not.to.equal('0:00');
  });

  it('changing card while the timer runs keeps focus where it was', async () => {
    const deck = await mountExample();
    await deck.openCard('Nye familier');
    await deck.press('Start');
    await deck.key('ArrowRight');
    expect(deck.focusTitle()).to.equal('Børn uden for fællesskabet');
    expect(deck.focused()).to.equal('Start', 'the timer was reset for the new card, and its button kept focus');
  });

  it('"Next card" onto the last card moves focus to that card’s title, not to <body>', async () => {
    const deck = await mountExample();
    await deck.openCard('Nye familier');
    await deck.key('End');
    expect(deck.focusTitle()).to.equal('Den daglige snak', 'End opens the last card');
    await deck.key('Home');
    expect(deck.focusTitle()).to.equal('Nye familier', 'Home opens the first card');
    for (let step = 0; step < 8; step += 1) await deck.press('Næste kort (→)');
    expect(deck.focusTitle()).to.equal('Den daglige snak');
    expect(deck.button('Næste kort (→)')!.hasAttribute('disabled')).to.equal(true);
    expect(deck.focused()).to.equal('Den daglige snak');
  });

  it('Escape leaves focus mode, and focus returns to the card’s "Open card" button', async () => {
    const deck = await mountExample();
    await deck.openCard('Nye familier');
    await deck.key('Escape');
    expect(deck.focusTitle()).to.equal(undefined);
    expect(deck.focused()).to.equal('Åbn kortet: Nye familier');
  });

  it('in a right-to-left page ← goes to the next card and → to the previous one', async () => {
    const deck = await DeckHarness.mount(html`<sammen-reflection-deck dir="rtl" .deck=${bilingualDeck} card="talk"></sammen-reflection-deck>`);
    deck.root.querySelector<HTMLElement>('.focus')!.focus();
    await deck.key('ArrowLeft');
    expect(deck.focusTitle()).to.equal('Sprog');
    expect(deck.button('Forrige kort (→)'), 'the buttons name the keys that work here').to.exist;
    await deck.key('ArrowRight');
    expect(deck.focusTitle()).to.equal('Den daglige snak');
  });

  it('R and the arrows do nothing in a form field', async () => {
    const deck = await mountExample();
    await deck.openCard('Nye familier');
    const minutes = deck.root.querySelector<HTMLSelectElement>('.timer select')!;
    minutes.focus();
    await deck.key('r');
    await deck.key('End');
    expect(deck.focusTitle()).to.equal('Nye familier');
  });

  it('shortcuts="off" turns off R, ←, →, Home and End (WCAG 2.1.4); the buttons and Escape still work', async () => {
    const deck = await DeckHarness.mount(html`<sammen-reflection-deck shortcuts="off" .store=${new MemoryStore()}></sammen-reflection-deck>`);
    await deck.openCard('Nye familier');
    for (const key of ['r', 'ArrowRight', 'ArrowLeft', 'End', 'Home']) await deck.key(key);
    expect(deck.focusTitle()).to.equal('Nye familier');
    expect(deck.button('Næste kort (→)'), 'no key in the names when the keys are off').to.equal(undefined);
    await deck.press('Næste kort');
    expect(deck.focusTitle()).to.equal('Børn uden for fællesskabet');
    expect(deck.button('Træk et kort')).to.exist;
    await deck.key('Escape');
    expect(deck.focusTitle()).to.equal(undefined);
  });
});

// What a screen reader hears from the deck (issue 14: one announcer per widget): the timer's end,
// and one message per save however many note fields a card has.
import { expect, html, waitUntil } from '@open-wc/testing';
import { IndexedDbStore } from '@sammen/sdk';
import { setUiLocale } from '@sammen/core';
import { bilingualDeck } from '../../../stories/reflection-cards/deck-fixtures.js';
import { DeckHarness } from './harness.js';

before(async () => {
  document.documentElement.lang = 'da';
  await setUiLocale('da');
});

describe('<sammen-reflection-deck> announcements', () => {
  it('says when the discussion time is up', async () => {
    const deck = await DeckHarness.mount(html`<sammen-reflection-deck .deck=${bilingualDeck} card="talk" timer-minutes="0.02"></sammen-reflection-deck>`);
    const recorder = deck.listen();
    await deck.press('Start');
    await waitUntil(() => recorder.count('Tiden er gået') === 1, `time up spoken: ${recorder.spoken.join(' | ')}`, { timeout: 5000 });
    recorder.stop();
  });

  it('a card with note fields in focus mode has one live region, counting inside its fields', async () => {
    const deck = await DeckHarness.mount(html`<sammen-reflection-deck .deck=${bilingualDeck} .store=${new IndexedDbStore({ name: `sammen-deck-live-${Math.random()}` })} session-id="live" card="talk"></sammen-reflection-deck>`);
    await waitUntil(() => deck.notesFields().length > 0, 'note fields', { timeout: 5000 });
    const live = (root: ParentNode): Element[] =>
      [...root.querySelectorAll('*')].flatMap((node) => [
        ...(node.matches('[aria-live]:not([aria-live="off"]), [role="status"], [role="alert"], [role="log"]') ? [node] : []),
        ...(node.shadowRoot ? live(node.shadowRoot) : []),
      ]);
    expect(live(deck.root).length, 'live regions in the deck and inside its note fields').to.equal(1);
  });

  it('the search result count is spoken once when typing stops, by the one announcer', async () => {
    const deck = await DeckHarness.mount(html`<sammen-reflection-deck .deck=${bilingualDeck}></sammen-reflection-deck>`);
    const recorder = deck.listen();
    await deck.search('zzz');
    await waitUntil(() => recorder.count('Viser 0 af') > 0, `count spoken: ${recorder.spoken.join(' | ')}`, { timeout: 3000 });
    await new Promise((resolve) => setTimeout(resolve, 1000));
    recorder.stop();
    expect(recorder.spoken, 'one message for three keystrokes').to.deep.equal([recorder.spoken.find((text) => text.includes('Viser 0 af'))]);
    expect(deck.root.querySelectorAll('[aria-live], [role="status"], [role="alert"]').length, 'one live region').to.equal(1);
  });

  it('one typing pause in a card with several note fields is one spoken save message', async () => {
    const store = new IndexedDbStore({ name: `sammen-deck-spoken-${Math.random()}` });
    const deck = await DeckHarness.mount(html`<sammen-reflection-deck .deck=${bilingualDeck} .store=${store} session-id="spoken" card="talk"></sammen-reflection-deck>`);
    await waitUntil(() => deck.notesFields().length > 0, 'note fields', { timeout: 5000 });
    const recorder = deck.listen();
    await deck.typeNote(0, 'Vi talte om morgenen');
    await waitUntil(() => recorder.count('Gemt på denne enhed') > 0, `save spoken: ${recorder.spoken.join(' | ')}`, { timeout: 5000 });
    await new Promise((resolve) => setTimeout(resolve, 1200));
    recorder.stop();
    expect(recorder.count('Gemt'), recorder.spoken.join(' | ')).to.equal(1);
  });
});

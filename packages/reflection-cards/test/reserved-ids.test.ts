// Ids that name an object's prototype machinery (issue 13.6). `__proto__`, `constructor` and
// `prototype` are refused where the document comes in, with the located issue; any other id —
// `toString`, `valueOf` — works like every id: a note written on it is saved, and shown (not
// "function toString() { [native code] }") after a reload.
import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { entryOf, MemoryStore, type ReflectionDeck } from '@sammen/sdk';
import { squash } from '../../core/test-suites/test-support.js';
import { DeckHarness } from './harness.js';

/** A one-card deck as JSON text would give it: `__proto__` becomes an own key, as JSON.parse makes it. */
const deckJson = (cardId: string, questionIds: string[]) =>
  JSON.parse(
    JSON.stringify({
      schema: 'sammen.reflection-deck/v1',
      id: 'ids',
      revision: 1,
      updatedAt: '2026-11-22T10:00:00Z',
      title: 'Id-prøve',
      themes: [
        {
          id: 't',
          number: 1,
          title: 'Tema',
          cards: [{ id: cardId, title: 'Kortet', statement: { text: 'Udsagn', saidBy: 'both' }, questions: questionIds.map((id) => ({ id, text: `Spørgsmål ${id}` })), audience: 'both', settings: [] }],
        },
      ],
    }),
  ) as unknown;

describe('ids that name the prototype', () => {
  before(() => {
    document.documentElement.lang = 'da';
  });

  for (const [what, cardId, questionId, path] of [
    ['card id constructor', 'constructor', 'q1', 'themes[0].cards[0].id'],
    ['question id __proto__', 'c1', '__proto__', 'themes[0].cards[0].questions[0].id'],
    ['question id prototype', 'c1', 'prototype', 'themes[0].cards[0].questions[0].id'],
  ] as const) {
    it(`a deck with a ${what} is refused with the located issue and sammen-error`, async () => {
      const element = document.createElement('sammen-reflection-deck');
      const error = oneEvent(element, 'sammen-error');
      element.store = new MemoryStore();
      // A document the parser must refuse, given as a host would: untyped data.
      element.deck = deckJson(cardId, [questionId]) as ReflectionDeck;
      document.body.append(element);
      expect((await error).detail.issues?.map((issue: { path: string }) => issue.path)).to.include(path);
      const deck = new DeckHarness(element);
      await waitUntil(() => deck.alert(), 'alert shown');
      expect(squash(deck.alert()!.textContent)).to.include(path);
      expect(deck.notesFields()).to.have.length(0);
      element.remove();
    });
  }

  it('notes on questions toString and valueOf are saved, and shown after a reload', async () => {
    const store = new MemoryStore();
    const mount = () => DeckHarness.mount(html`<sammen-reflection-deck .store=${store} .deck=${deckJson('toString', ['toString', 'valueOf'])} session-id="ids"></sammen-reflection-deck>`);
    const first = await mount();
    await first.openCard('Kortet');
    expect([first.noteValue(0), first.noteValue(1)]).to.deep.equal(['', '']);
    await first.typeNote(0, 'Første note');
    await first.typeNote(1, 'Anden note');
    await waitUntil(async () => entryOf(entryOf((await store.get('reflection-notes', 'ids'))?.cards, 'toString')?.notes, 'valueOf') === 'Anden note', 'saved', { timeout: 5000 });
    first.element.remove();

    const second = await mount();
    await second.openCard('Kortet');
    expect([second.noteValue(0), second.noteValue(1)]).to.deep.equal(['Første note', 'Anden note']);
    expect(second.text()).not.to.include('native code');
  });
});

// Nothing typed in a working session's notes is lost (issue 13, points 2, 3 and 10), through the
// deck's harness; the shared behaviour is StoredDocumentController's (core's tests), real reloads
// are in test/unsaved-text-reload.node.test.ts.
import { expect, html, waitUntil } from '@open-wc/testing';
import { IndexedDbStore, MemoryStore, type Store } from '@sammen/sdk';
import { FailingDeviceStore, uniqueName } from '../../core/test-suites/unreliable-stores.js';
import { DeckHarness } from './harness.js';

/** waitUntil with room for a loaded machine (IndexedDB can take a while when 8 test runs share 2 cores). */
const until = (condition: () => unknown, message: string, options: { timeout?: number } = {}) => waitUntil(condition, message, { timeout: 5000, ...options });

const mountSession = async (store: Store, sessionId: string) => {
  const deck = await DeckHarness.mount(html`<sammen-reflection-deck .store=${store} session-id=${sessionId}></sammen-reflection-deck>`);
  await until(() => deck.progressText() !== '', 'session loaded', { timeout: 5000 });
  await deck.openCard('Nye familier');
  return deck;
};

const saveState = (deck: DeckHarness) => deck.root.querySelector('sammen-save-status')?.getAttribute('status');

before(() => {
  document.documentElement.lang = 'da';
});

describe('<sammen-reflection-deck>: nothing typed is lost', () => {
  it('a failing store: the problem in Danish, and the note is back after a reload', async () => {
    const name = uniqueName('sammen-deck');
    const failing = await mountSession(new FailingDeviceStore({ name }), 'moede');
    await failing.typeNote(0, 'Skal ikke gå tabt');
    await until(() => failing.alert(), 'problem shown');
    expect(failing.text()).to.contain('Der er ikke mere plads på denne enhed, så din tekst blev ikke gemt.');
    expect(failing.text()).not.to.contain('storage on this device is full');
    failing.element.remove();

    const store = new IndexedDbStore({ name });
    const reopened = await mountSession(store, 'moede');
    expect(reopened.noteValue(0)).to.equal('Skal ikke gå tabt');
    expect(reopened.text()).to.contain('Ikke-gemt tekst er gendannet');
    await until(async () => (await store.get('reflection-notes', 'moede'))?.cards['new-families']?.notes, 'saved');
  });

  it('a new session-id right after typing: the note is saved to the old session', async () => {
    const store = new MemoryStore();
    const deck = await mountSession(store, 'gammel');
    await deck.typeNote(0, 'Hører til den gamle');
    deck.element.setAttribute('session-id', 'ny');
    await until(async () => Object.values((await store.get('reflection-notes', 'gammel'))?.cards ?? {}).some((card) => Object.values(card.notes).includes('Hører til den gamle')), 'old session has it');
    expect(Object.keys((await store.get('reflection-notes', 'ny'))?.cards ?? {})).to.deep.equal([]);
  });

  it('erased everywhere (deleteAll): the open deck says so and no longer shows the note as saved', async () => {
    const store = new MemoryStore();
    const deck = await mountSession(store, 'slettes');
    await deck.typeNote(0, 'Slettes overalt');
    await until(() => saveState(deck) === 'saved', 'saved', { timeout: 5000 });
    await store.deleteAll();
    await until(() => saveState(deck) === 'deleted', 'deleted shown');
    await deck.settle();
    expect(deck.text()).to.contain('Slettet et andet sted');
    expect(deck.noteValue(0)).to.equal('');
  });
});

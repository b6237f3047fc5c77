// Nothing typed in a situation is lost (issue 13, points 2, 4, 5 and 10), through the triangle's
// harness; the shared behaviour is StoredDocumentController's (core's tests), real reloads are in
// test/unsaved-text-reload.node.test.ts.
import { expect, html, waitUntil } from '@open-wc/testing';
import { IndexedDbStore, MemoryStore, type Store } from '@sammen/sdk';
import { BodylessConflictStore, FailingDeviceStore, uniqueName } from '../../core/test-suites/unreliable-stores.js';
import { TriangleHarness } from './harness.js';

/** waitUntil with room for a loaded machine (IndexedDB can take a while when 8 test runs share 2 cores). */
const until = (condition: () => unknown, message: string, options: { timeout?: number } = {}) => waitUntil(condition, message, { timeout: 5000, ...options });

const FEELS = 'Hvad kan barnet føle?';

const mountSession = async (store: Store, id: string) => {
  const triangle = await TriangleHarness.mount(html`<sammen-perspective-triangle .store=${store} document-id=${id}></sammen-perspective-triangle>`);
  await triangle.ready(() => triangle.panelHeading() !== '', 'session open');
  await triangle.openPart('child');
  return triangle;
};

const answer = async (store: Store, id: string) => (await store.get('perspective-session', id))?.perspectives.child.answers.feelings;

before(() => {
  document.documentElement.lang = 'da';
});

describe('<sammen-perspective-triangle>: nothing typed is lost', () => {
  it('a failing store: the problem in Danish, and the text is back after a reload', async () => {
    const name = uniqueName('sammen-triangle');
    const failing = await mountSession(new FailingDeviceStore({ name }), 'fuld');
    await failing.typeInto(FEELS, 'Utryg ved aflevering');
    await failing.ready(() => failing.root.querySelector('[part="save-problem"]'), 'problem shown');
    expect(failing.text()).to.contain('Der er ikke mere plads på denne enhed, så din tekst blev ikke gemt.');
    expect(failing.text()).not.to.contain('storage on this device is full');
    failing.element.remove();

    const store = new IndexedDbStore({ name });
    const reopened = await mountSession(store, 'fuld');
    expect(reopened.field(FEELS).value).to.equal('Utryg ved aflevering');
    expect(reopened.text()).to.contain('Ikke-gemt tekst er gendannet');
    await until(async () => (await answer(store, 'fuld')) === 'Utryg ved aflevering', 'saved');
  });

  it('deleted elsewhere, found out on save (412 without body): its own state, and "save as new" saves what is typed', async () => {
    const store = new BodylessConflictStore();
    const triangle = await mountSession(store, 'slettet');
    await triangle.typeInto(FEELS, 'Før');
    await triangle.ready(() => triangle.saveState() === 'saved', 'saved');
    await store.delete('perspective-session', 'slettet');
    await triangle.typeInto(FEELS, ' og efter');
    await triangle.ready(() => triangle.saveState() === 'deleted', 'deleted');
    expect(triangle.text()).to.contain('Din ikke-gemte tekst er her stadig');
    expect(triangle.text()).not.to.contain('nyere version');
    await triangle.press('Gem min tekst som et nyt dokument');
    await until(async () => (await answer(store, 'slettet')) === 'Før og efter', 'saved as new');
    await triangle.typeInto(FEELS, '!');
    await until(async () => (await answer(store, 'slettet')) === 'Før og efter!', 'and what comes after too');
  });

  it('"keep mine" in one window: the other is told its text was replaced and can restore it', async () => {
    const store = new MemoryStore();
    const mine = await mountSession(store, 'delt');
    const theirs = await mountSession(store, 'delt');
    await mine.typeInto(FEELS, 'Min tekst');
    await theirs.typeInto(FEELS, 'Deres tekst');
    await mine.ready(() => mine.saveState() === 'conflict' || theirs.saveState() === 'conflict', 'conflict');
    const [loser, winner] = mine.saveState() === 'conflict' ? [mine, theirs] : [theirs, mine];
    const winnersText = winner.field(FEELS).value;
    await loser.press('Behold min');
    await winner.ready(() => winner.saveState() === 'replaced', 'the other window is told');
    expect(winner.text()).to.contain('Erstattet af et andet vindue');
    await winner.press('Gendan min tekst');
    await until(async () => (await answer(store, 'delt')) === winnersText, 'restored');
    expect(winner.field(FEELS).value).to.equal(winnersText);
  });

  it('erased everywhere (deleteAll): the open situation says so and shows nothing erased', async () => {
    const store = new MemoryStore();
    const triangle = await mountSession(store, 'ryddes');
    await triangle.typeInto(FEELS, 'Slettes overalt');
    await triangle.ready(() => triangle.saveState() === 'saved', 'saved');
    await store.deleteAll();
    await triangle.ready(() => triangle.saveState() === 'deleted', 'deleted');
    expect(triangle.text()).to.contain('Slettet et andet sted');
    expect(triangle.field(FEELS).value).to.equal('');
  });
});

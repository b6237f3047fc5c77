import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { MemoryStore, type Store } from '@sammen/sdk';
import { NotesHost } from './support/notes-host.js';
import { FailingStore } from '../test-suites/test-support.js';

async function mount(store: Store, docId = 'n1'): Promise<NotesHost> {
  const element = await fixture<NotesHost>(html`<sammen-notes-host .store=${store} docId=${docId}></sammen-notes-host>`);
  await waitUntil(() => element.notes.status !== 'loading' && element.notes.doc, 'loaded');
  return element;
}

describe('StoredDocumentController', () => {
  it('autosaves debounced and reports saving → saved; a new instance reads it back', async () => {
    const store = new MemoryStore();
    const element = await mount(store);
    element.type('Vi talte om aflevering.');
    element.type('Vi talte om aflevering om morgenen.');
    expect(element.notes.hasUnsavedChanges).to.equal(true);
    await waitUntil(() => element.notes.status === 'saved', 'saved');
    const stored = await store.get('reflection-notes', 'n1');
    expect(stored?.revision).to.equal(1, 'two quick edits → one write');
    expect(stored?.cards.c1?.notes.q1).to.equal('Vi talte om aflevering om morgenen.');

    const reloaded = await mount(store);
    expect(reloaded.notes.doc?.cards.c1?.notes.q1).to.equal('Vi talte om aflevering om morgenen.');
  });

  it('a failed write keeps the text, shows failed, fires sammen-error, and a retry saves it', async () => {
    const store = new FailingStore();
    const element = await mount(store);
    const error = oneEvent(element, 'sammen-error');
    element.type('Tekst der ikke må gå tabt');
    expect((await error).detail.code).to.equal('save-failed');
    expect(element.notes.status).to.equal('failed');
    expect(element.notes.doc?.cards.c1?.notes.q1).to.equal('Tekst der ikke må gå tabt');
    store.healthy = true;
    await element.notes.retry();
    expect(element.notes.status).to.equal('saved');
    expect((await store.get('reflection-notes', 'n1'))?.cards.c1?.notes.q1).to.equal('Tekst der ikke må gå tabt');
  });

  it('a newer version saved elsewhere is a conflict the user resolves, never a silent overwrite', async () => {
    const store = new MemoryStore();
    const element = await mount(store);
    element.type('mine');
    await element.notes.flush();
    const theirs = await store.put({ ...(await store.get('reflection-notes', 'n1'))!, cards: { c1: { discussed: true, notes: { q1: 'theirs' } } } });
    element.type('mine, edited');
    await waitUntil(() => element.notes.status === 'conflict', 'conflict shown');
    expect((await store.get('reflection-notes', 'n1'))?.cards.c1?.notes.q1).to.equal('theirs');
    element.notes.takeTheirs();
    expect(element.notes.doc?.cards.c1?.notes.q1).to.equal('theirs');
    expect(element.notes.doc?.revision).to.equal(theirs.revision);

    element.type('mine again');
    await element.notes.flush();
    expect((await store.get('reflection-notes', 'n1'))?.cards.c1?.notes.q1).to.equal('mine again');
  });

  it('keepMine writes the local copy over the newer stored one, by choice', async () => {
    const store = new MemoryStore();
    const element = await mount(store);
    element.type('mine');
    await element.notes.flush();
    await store.put({ ...(await store.get('reflection-notes', 'n1'))!, cards: {} });
    element.type('mine wins');
    await waitUntil(() => element.notes.status === 'conflict', 'conflict');
    await element.notes.keepMine();
    expect((await store.get('reflection-notes', 'n1'))?.cards.c1?.notes.q1).to.equal('mine wins');
  });

  it('flushes pending edits when the page is hidden', async () => {
    const store = new MemoryStore();
    const element = await mount(store);
    element.type('skrevet lige før fanen lukkes');
    window.dispatchEvent(new Event('pagehide'));
    await waitUntil(async () => (await store.get('reflection-notes', 'n1')) !== undefined, 'written');
    expect(element.notes.status).to.not.equal('failed');
  });
});

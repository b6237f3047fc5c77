// Nothing typed is ever lost (issue 13, points 1–5 and 10), seen through a small widget that uses
// StoredDocumentController and shows its state the way the real widgets do. Real reloads and tab
// closes are in test/unsaved-text-reload.node.test.ts; here a page "dies" by leaving a write
// that never finishes, and a fresh widget plays the reopened page.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { LOCALE_STATUS_EVENT } from '@lit/localize';
import { IndexedDbStore, MemoryStore, type Store } from '@sammen/sdk';
import { forgetUnsavedText } from '@sammen/core';
import { NotesHost, press, visibleText } from './support/notes-host.js';
import { BodylessConflictStore, DyingPageStore, FailingDeviceStore, uniqueName } from '../test-suites/unreliable-stores.js';

/** waitUntil with room for a loaded machine (IndexedDB can take a while when 8 test runs share 2 cores). */
const until = (condition: () => unknown, message: string, options: { timeout?: number } = {}) => waitUntil(condition, message, { timeout: 5000, ...options });

async function pageLanguage(lang: string): Promise<void> {
  if (document.documentElement.lang === lang) return;
  const ready = new Promise<void>((resolve) => {
    const listener = (event: Event) => {
      if ((event as CustomEvent<{ status: string }>).detail.status !== 'ready') return;
      window.removeEventListener(LOCALE_STATUS_EVENT, listener);
      resolve();
    };
    window.addEventListener(LOCALE_STATUS_EVENT, listener);
  });
  document.documentElement.lang = lang;
  await Promise.race([ready, new Promise((resolve) => setTimeout(resolve, 1500))]);
}

async function mount(store: Store, docId = 'n1'): Promise<NotesHost> {
  const element = await fixture<NotesHost>(html`<sammen-notes-host .store=${store} docId=${docId}></sammen-notes-host>`);
  await until(() => element.notes.status !== 'loading' && element.notes.doc, 'loaded');
  return element;
}

/** The page goes away: the element leaves without its pending write ever finishing. */
function closePage(element: NotesHost): void {
  element.remove();
}

const storedNote = async (store: Store, id = 'n1') => (await store.get('reflection-notes', id))?.cards.c1?.notes.q1;

describe('nothing typed is ever lost', () => {
  before(() => pageLanguage('da'));

  it('1: text typed just before the page goes is back when the document is opened again, and the user is told', async () => {
    const name = uniqueName();
    const dying = await mount(new DyingPageStore({ name }));
    dying.type('Skrevet lige før genindlæsning');
    closePage(dying);

    const store = new IndexedDbStore({ name });
    const reopened = await mount(store);
    expect(reopened.shownNote).to.equal('Skrevet lige før genindlæsning');
    expect(await visibleText(reopened)).to.contain('Ikke-gemt tekst er gendannet');
    await until(async () => (await storedNote(store)) === 'Skrevet lige før genindlæsning', 'the recovered text is saved');
    store.close();

    const third = await mount(new IndexedDbStore({ name }));
    expect(await visibleText(third)).to.contain('Gemt på denne enhed');
    expect(await visibleText(third)).not.to.contain('gendannet', 'recovered once, then cleared');
  });

  it('1: a window that is still open keeps its unsaved text to itself (two tabs of one document)', async () => {
    const name = uniqueName();
    const first = await mount(new DyingPageStore({ name }));
    first.type('Første fane skriver stadig');
    const second = await mount(new IndexedDbStore({ name }));
    expect(second.shownNote).to.equal('', 'not taken from a live window');
    closePage(first);
    const third = await mount(new IndexedDbStore({ name }));
    expect(third.shownNote).to.equal('Første fane skriver stadig');
  });

  it('1: of two closed windows with unsaved edits of one document, the later edits come back', async () => {
    const name = uniqueName();
    const earlier = await mount(new DyingPageStore({ name }));
    const later = await mount(new DyingPageStore({ name }));
    earlier.type('Tidligere');
    await new Promise((resolve) => setTimeout(resolve, 5));
    later.type('Senere');
    closePage(earlier);
    closePage(later);
    expect((await mount(new IndexedDbStore({ name }))).shownNote).to.equal('Senere');
  });

  it('1: a store that keeps nothing after the tab closes keeps nothing on the device', async () => {
    const keys = () => Object.keys(localStorage).filter((key) => key.startsWith('sammen-')).sort();
    const before = keys();
    const store = new MemoryStore();
    const element = await mount(store);
    element.type('Kun i denne fane');
    expect(keys()).to.deep.equal(before);
    await element.notes.flush();
  });

  it('2: a store whose writes fail: a Danish sentence, the technical detail only in the event, and the text survives a reload', async () => {
    const name = uniqueName();
    const failing = await mount(new FailingDeviceStore({ name }));
    const error = oneEvent(failing, 'sammen-error');
    failing.type('Teksten må ikke gå tabt');
    const detail = (await error).detail;
    expect(detail.code).to.equal('save-failed');
    expect(detail.message).to.contain('storage on this device is full');
    const shown = await visibleText(failing);
    expect(shown).to.contain('Der er ikke mere plads på denne enhed, så din tekst blev ikke gemt.');
    expect(shown).to.contain('Din tekst opbevares på denne enhed, indtil den er gemt.');
    expect(shown).not.to.contain('storage on this device is full');
    closePage(failing);

    const store = new IndexedDbStore({ name });
    const reopened = await mount(store);
    expect(reopened.shownNote).to.equal('Teksten må ikke gå tabt');
    expect(await visibleText(reopened)).to.contain('Ikke-gemt tekst er gendannet');
    await until(async () => (await storedNote(store)) === 'Teksten må ikke gå tabt', 'saved once the store works');
  });

  it('2: a host store that rejects with the browser’s own quota error (not the SDK’s) is said the same way, in Danish', async () => {
    const store = new FailingDeviceStore({ name: uniqueName() });
    store.failWith = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    const failing = await mount(store);
    failing.type('Fuld disk');
    await until(() => failing.notes.status === 'failed', 'failed');
    const shown = await visibleText(failing);
    expect(shown).to.contain('Der er ikke mere plads på denne enhed, så din tekst blev ikke gemt.');
    expect(shown).not.to.contain('quota');
  });

  it('2: when even the device journal is full, the message says the text is only on screen (a working store still saves)', async () => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function full() {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      const failing = await mount(new FailingDeviceStore({ name: uniqueName() }));
      failing.type('Kun på skærmen');
      await until(() => failing.notes.status === 'failed', 'failed');
      expect(await visibleText(failing)).to.contain('Din tekst findes kun på skærmen: hold siden åben.');
      const store = new IndexedDbStore({ name: uniqueName() });
      const healthy = await mount(store);
      healthy.type('Gemmes alligevel');
      await until(async () => (await storedNote(store)) === 'Gemmes alligevel', 'a working store still saves');
    } finally {
      Storage.prototype.setItem = setItem;
    }
  });

  it('3: a new document id right after typing: the edit goes to the old document, not the new one', async () => {
    const store = new MemoryStore();
    const element = await mount(store, 'first');
    element.type('Hører til det første dokument');
    element.docId = 'second';
    await until(() => element.notes.doc?.id === 'second' && element.notes.status !== 'loading', 'switched');
    await until(async () => (await storedNote(store, 'first')) === 'Hører til det første dokument', 'written to the old one');
    expect(element.shownNote).to.equal('');
    expect(await store.get('reflection-notes', 'second')).to.equal(undefined);
  });

  it('3: a switch while the old document cannot be saved keeps the edit for when it is opened again', async () => {
    const name = uniqueName();
    const element = await mount(new FailingDeviceStore({ name }), 'first');
    element.type('Gemmes senere');
    element.docId = 'second';
    await until(() => element.notes.doc?.id === 'second', 'switched');
    closePage(element);
    const reopened = await mount(new IndexedDbStore({ name }), 'first');
    expect(reopened.shownNote).to.equal('Gemmes senere');
  });

  it('4: a conflict without the current document (deleted elsewhere, 412 without body) has its own state, and saving as new works', async () => {
    const store = new BodylessConflictStore();
    const element = await mount(store);
    element.type('Første udgave');
    await element.notes.flush();
    await store.delete('reflection-notes', 'n1');
    element.type('Skrevet efter sletningen');
    await until(() => element.notes.status === 'deleted', 'deleted state');
    const shown = await visibleText(element);
    expect(shown).to.contain('Dette blev slettet et andet sted');
    expect(shown).not.to.contain('nyere version');
    element.type('Skrevet efter sletningen, og mere');
    await press(element, 'Gem min tekst som et nyt dokument');
    await until(() => element.notes.status === 'saved', 'saved');
    expect(await storedNote(store)).to.equal('Skrevet efter sletningen, og mere');
    element.type('Og videre');
    await element.notes.flush();
    expect(await storedNote(store)).to.equal('Og videre', 'what is typed afterwards is saved');
  });

  it('4: a 412 without body while the document still exists is a conflict with the stored version, resolvable both ways', async () => {
    const store = new BodylessConflictStore();
    const element = await mount(store);
    element.type('mine');
    await element.notes.flush();
    await store.put({ ...(await store.get('reflection-notes', 'n1'))!, cards: { c1: { discussed: true, notes: { q1: 'theirs' } } } });
    element.type('mine, edited');
    await until(() => element.notes.status === 'conflict', 'conflict');
    await press(element, 'Brug den anden udgave');
    expect(element.shownNote).to.equal('theirs');
    element.type('mine again');
    await element.notes.flush();
    expect(await storedNote(store)).to.equal('mine again');
  });

  it('4: discarding after a deletion clears the text; nothing is written back', async () => {
    const store = new BodylessConflictStore();
    const element = await mount(store);
    element.type('Første');
    await element.notes.flush();
    await store.delete('reflection-notes', 'n1');
    element.type('Efter sletningen');
    await element.notes.flush();
    await until(() => element.notes.status === 'deleted', 'deleted');
    await press(element, 'Kassér min tekst');
    expect(element.shownNote).to.equal('');
    expect(await store.get('reflection-notes', 'n1')).to.equal(undefined);
  });

  it('5: "keep mine" in one window tells the other window, which can restore its text', async () => {
    const store = new MemoryStore();
    const a = await mount(store);
    const b = await mount(store);
    a.type('A skriver');
    b.type('B skriver');
    await b.notes.flush();
    await until(() => a.notes.status === 'conflict', 'A sees the conflict');
    await press(a, 'Behold min');
    await until(() => b.notes.status === 'replaced', 'B is told');
    expect(b.shownNote).to.equal('A skriver');
    expect(await visibleText(b)).to.contain('Erstattet af et andet vindue');
    expect(await visibleText(b)).to.contain('Et andet vindue har gemt sin version i stedet for din tekst.');
    await press(b, 'Gendan min tekst');
    await until(async () => (await storedNote(store)) === 'B skriver', 'B’s text is back in the store');
    expect(b.shownNote).to.equal('B skriver');
    await until(() => a.notes.status === 'replaced', 'and A is told in turn');
  });

  it('10: after deleteAll an open widget shows the document is gone, not "saved"', async () => {
    const store = new MemoryStore();
    const element = await mount(store);
    element.type('Slettes overalt');
    await element.notes.flush();
    expect(await visibleText(element)).to.contain('Gemmes, indtil fanen lukkes');
    await store.deleteAll();
    await until(() => element.notes.status === 'deleted', 'deleted');
    expect(element.shownNote).to.equal('');
    const shown = await visibleText(element);
    expect(shown).to.contain('Slettet et andet sted');
    expect(shown).not.to.contain('Slettes overalt');
    element.type('Ny tekst efter sletningen');
    await element.notes.flush();
    expect(await storedNote(store)).to.equal('Ny tekst efter sletningen', 'typing afterwards starts a new document');
  });

  it('10: deleteAll on the device also erases unsaved text kept there, in every open window', async () => {
    const name = uniqueName();
    const failing = await mount(new FailingDeviceStore({ name }));
    const store = new IndexedDbStore({ name });
    await store.put({ ...failing.notes.doc!, cards: {} });
    await until(() => failing.notes.status === 'saved', 'the other window’s save arrives');
    failing.type('Ikke gemt endnu');
    await until(() => failing.notes.status === 'failed', 'failed');
    await store.deleteAll();
    await until(() => failing.notes.status === 'deleted', 'deleted');
    expect(await visibleText(failing)).to.contain('Din ikke-gemte tekst er her stadig');
    closePage(failing);
    const reopened = await mount(new IndexedDbStore({ name }));
    expect(reopened.shownNote).to.equal('', 'nothing erased comes back');
  });

  it('10: forgetUnsavedText(store) erases unsaved text of documents no widget has open', async () => {
    const name = uniqueName();
    const failing = await mount(new FailingDeviceStore({ name }));
    failing.type('Efterladt');
    await until(() => failing.notes.status === 'failed', 'failed');
    closePage(failing);
    const store = new IndexedDbStore({ name });
    await store.deleteAll();
    forgetUnsavedText(store);
    expect((await mount(store)).shownNote).to.equal('');
  });

  it('10: forgetUnsavedText() with no store erases every Sammen entry of this origin', async () => {
    const name = uniqueName();
    const failing = await mount(new FailingDeviceStore({ name }));
    failing.type('Efterladt');
    await until(() => failing.notes.status === 'failed', 'failed');
    closePage(failing);
    const ours = () => Object.keys(localStorage).filter((key) => key.startsWith('sammen-') && key.includes(name));
    expect(ours()).to.have.length(1);
    forgetUnsavedText();
    expect(ours()).to.deep.equal([]);
  });
});

describe('a document id no store accepts (issue 13, points 6 and 14)', () => {
  before(() => pageLanguage('da'));

  for (const id of ['..', '.', '__proto__', 'constructor', 'prototype']) {
    it(`document id “${id}” is refused before anyone types: said plainly, never saved, never “saved”`, async () => {
      const store = new MemoryStore();
      const element = document.createElement('sammen-notes-host') as NotesHost;
      element.store = store;
      element.docId = id;
      const error = oneEvent(element, 'sammen-error');
      document.body.append(element);
      const detail = (await error).detail;
      expect(detail.code).to.equal('invalid-id');
      expect(detail.issues?.[0]?.path).to.equal('id');
      await until(() => element.notes.status === 'failed', 'the refusal is shown');
      const said = await visibleText(element);
      expect(said).to.contain('ikke kan gemmes');
      expect(said).not.to.contain('for lang');
      element.type('Noget der ikke kan gemmes');
      await element.notes.flush();
      await element.updateComplete;
      expect(element.notes.status).to.equal('failed');
      expect(await visibleText(element)).not.to.contain('Gemt');
      expect(await store.list('reflection-notes')).to.have.length(0);
      element.remove();
    });
  }
});

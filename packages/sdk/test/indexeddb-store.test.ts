import { expect } from '@open-wc/testing';
import { IndexedDbStore, StorageUnavailableError, createReflectionNotes, getDefaultStore, setDefaultStore, MemoryStore, type DocumentChange } from '../src/index.js';
import { runImportSuite } from './import-suite.js';
import { runStoreContract } from './support/store-contract.js';

let counter = 0;
const uniqueName = () => `sammen-test-${Date.now()}-${(counter += 1)}`;

runStoreContract('IndexedDbStore', () => new IndexedDbStore({ name: uniqueName() }), { describe, it });
runImportSuite('IndexedDbStore', () => new IndexedDbStore({ name: uniqueName() }), { describe, it });

describe('IndexedDbStore in the browser', () => {
  it('a second store instance (another tab) sees changes through BroadcastChannel', async () => {
    const name = uniqueName();
    const tabA = new IndexedDbStore({ name });
    const tabB = new IndexedDbStore({ name });
    const seen: DocumentChange[] = [];
    const received = new Promise<void>((resolve) => {
      tabB.watch('reflection-notes', (change) => {
        seen.push(change);
        if (seen.length === 2) resolve();
      });
    });
    const stored = await tabA.put(createReflectionNotes({ id: 'shared', deckId: 'deck' }));
    await tabA.delete('reflection-notes', 'shared');
    await received;
    expect(seen).to.deep.equal([
      { kind: 'reflection-notes', id: 'shared', type: 'put', revision: stored.revision },
      { kind: 'reflection-notes', id: 'shared', type: 'delete' },
    ]);
    tabA.close();
    tabB.close();
  });

  it('notes survive a new store instance on the same database (a reload)', async () => {
    const name = uniqueName();
    const before = new IndexedDbStore({ name });
    const stored = await before.put({ ...createReflectionNotes({ id: 'n', deckId: 'deck' }), cards: { c1: { discussed: true, notes: { q1: 'Det gik godt' } } } });
    before.close();
    const after = new IndexedDbStore({ name });
    expect(await after.get('reflection-notes', 'n')).to.deep.equal(stored);
    after.close();
  });

  it('says clearly when IndexedDB is unavailable (private mode, blocked)', async () => {
    const original = Object.getOwnPropertyDescriptor(globalThis, 'indexedDB')!;
    Object.defineProperty(globalThis, 'indexedDB', { value: undefined, configurable: true });
    try {
      const store = new IndexedDbStore({ name: uniqueName() });
      let error: unknown;
      await store.get('reflection-notes', 'x').catch((caught: unknown) => (error = caught));
      expect(error).to.be.instanceOf(StorageUnavailableError);
      expect((error as StorageUnavailableError).code).to.equal('storage-unavailable');
    } finally {
      Object.defineProperty(globalThis, 'indexedDB', original);
    }
  });

  it('the page default is IndexedDB unless the host sets another store', () => {
    setDefaultStore(undefined);
    expect(getDefaultStore()).to.be.instanceOf(IndexedDbStore);
    const memory = new MemoryStore();
    setDefaultStore(memory);
    expect(getDefaultStore()).to.equal(memory);
    setDefaultStore(undefined);
  });
});

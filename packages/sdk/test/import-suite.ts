// importAll never rolls work back (issue 13.9): run against every store that keeps documents
// itself (MemoryStore in Node, IndexedDbStore in Chromium). Plain assertions, so it runs in both.
import { createReflectionNotes, type ImportResult, type SammenDocument, type Store } from '../src/index.js';

interface Runner {
  describe: (name: string, body: () => void) => void;
  it: (name: string, body: () => Promise<void>) => void;
}

function equal(actual: unknown, expected: unknown, what: string): void {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) throw new Error(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

const bundle = (...documents: SammenDocument[]) => ({ format: 'sammen.export/v1', exportedAt: new Date().toISOString(), documents });

/** Notes at `revision` with one note saying `text`. */
const notes = (id: string, revision: number, text: string) => ({
  ...createReflectionNotes({ id, deckId: 'deck' }),
  revision,
  cards: { c1: { discussed: true, notes: { q1: text } } },
});

export function runImportSuite(name: string, makeStore: () => Store | Promise<Store>, { describe, it }: Runner): void {
  describe(`${name}: importAll never replaces newer work silently`, () => {
    it('an older backup leaves revision 2 in place and reports it as skipped', async () => {
      const store = await makeStore();
      const first = await store.put(notes('n', 0, 'first'), { expectedRevision: 0 });
      const backup = await store.exportAll();
      await store.put({ ...first, cards: { c1: { discussed: true, notes: { q1: 'second' } } } });
      const result: ImportResult = await store.importAll(JSON.parse(JSON.stringify(backup)));
      const stored = await store.get('reflection-notes', 'n');
      equal(stored?.revision, 2, 'stored revision');
      equal(stored?.cards.c1?.notes.q1, 'second', 'stored text');
      equal(result, { imported: [], skipped: [{ kind: 'reflection-notes', id: 'n', revision: 1, reason: 'newer-in-store', storedRevision: 2 }] }, 'result');
    });

    it('writes what is new or newer, skips what the store holds at the same revision, and says which', async () => {
      const store = await makeStore();
      await store.importAll(bundle(notes('same', 4, 'kept'), notes('older', 1, 'old')));
      const result = await store.importAll(bundle(notes('same', 4, 'other device'), notes('older', 3, 'newer'), notes('new', 2, 'new')));
      equal(result.imported, [
        { kind: 'reflection-notes', id: 'older', revision: 3 },
        { kind: 'reflection-notes', id: 'new', revision: 2 },
      ], 'imported');
      equal(result.skipped, [{ kind: 'reflection-notes', id: 'same', revision: 4, reason: 'same-revision', storedRevision: 4 }], 'skipped');
      equal((await store.get('reflection-notes', 'same'))?.cards.c1?.notes.q1, 'kept', 'same revision kept');
      equal((await store.get('reflection-notes', 'older'))?.cards.c1?.notes.q1, 'newer', 'newer written');
    });
  });
}

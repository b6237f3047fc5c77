// The behaviour every Store promises, run against MemoryStore and HttpStore (Node) and
// IndexedDbStore (Chromium). Framework-neutral: the caller passes its describe/it. Against
// HttpStore, every request and answer of this suite is also checked against
// docs/api/openapi.yaml (openapi-exchanges.ts, wired in http-store.node.test.ts).
import fc from 'fast-check';
import { ConflictError, ValidationError, createPerspectiveSession, createReflectionNotes, type SammenDocument, type Store } from '../../src/index.js';
import { anyDocument } from './arbitraries.js';

type Suite = (name: string, body: () => void) => void;
type Test = (name: string, body: () => Promise<void>) => void;

function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}
function same(actual: unknown, expected: unknown, message: string): void {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) throw new Error(`${message}\n  actual:   ${a}\n  expected: ${e}`);
}
async function rejects(promise: Promise<unknown>, type: new (...args: never[]) => Error, message: string): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    check(error instanceof type, `${message}: expected ${type.name}, got ${String(error)}`);
    return error;
  }
  throw new Error(`${message}: expected ${type.name}, but it resolved`);
}

/** Runs the store contract; `makeStore` must return an empty store each time. */
export function runStoreContract(name: string, makeStore: () => Store | Promise<Store>, { describe, it }: { describe: Suite; it: Test }): void {
  describe(`${name}: the Store contract`, () => {
    it('put stores a new document at revision 1 and get returns it', async () => {
      const store = await makeStore();
      const doc = createReflectionNotes({ id: 'n1', deckId: 'deck' });
      const stored = await store.put(doc, { expectedRevision: 0 });
      same(stored.revision, 1, 'first stored revision');
      same(await store.get('reflection-notes', 'n1'), stored, 'get returns the stored copy');
      same(await store.get('reflection-notes', 'missing'), undefined, 'unknown id');
    });

    it('a stale expected revision fails with ConflictError carrying the current document; nothing is overwritten', async () => {
      const store = await makeStore();
      const first = await store.put(createReflectionNotes({ id: 'n1', deckId: 'deck' }));
      const second = await store.put({ ...first, cards: { c1: { discussed: true, notes: {} } } });
      const error = (await rejects(store.put({ ...first, cards: {} }, { expectedRevision: 1 }), ConflictError, 'stale put')) as ConflictError;
      same(error.current, second, 'conflict carries the current document');
      same(await store.get('reflection-notes', 'n1'), second, 'the stored document is unchanged');
      await rejects(store.put(createReflectionNotes({ id: 'n1', deckId: 'deck' }), { expectedRevision: 0 }), ConflictError, 'creating over an existing document');
    });

    it('concurrent puts with the same expected revision: exactly one wins (property)', async () => {
      const store = await makeStore();
      let round = 0;
      await fc.assert(
        fc.asyncProperty(fc.integer({ min: 2, max: 6 }), async (writers) => {
          const id = `race-${(round += 1)}`;
          const base = await store.put(createPerspectiveSession({ id }));
          const results = await Promise.allSettled(
            Array.from({ length: writers }, (_, index) => store.put({ ...base, title: `writer ${index}` }, { expectedRevision: base.revision })),
          );
          const winners = results.filter((result) => result.status === 'fulfilled');
          check(winners.length === 1, `expected exactly one winner of ${writers}, got ${winners.length}`);
          check(results.every((result) => result.status === 'fulfilled' || result.reason instanceof ConflictError), 'losers get ConflictError');
          const stored = await store.get('perspective-session', id);
          same(stored, (winners[0] as PromiseFulfilledResult<SammenDocument>).value, 'the winner is what is stored');
        }),
        { numRuns: 8 },
      );
    });

    it('an invalid document is rejected with located issues and not stored', async () => {
      const store = await makeStore();
      const bad = { ...createPerspectiveSession({ id: 'p1' }), nextSteps: [{ id: 's1', text: 'x', who: '', due: 'next week', done: false }] };
      const error = (await rejects(store.put(bad as SammenDocument, { expectedRevision: 0 }), ValidationError, 'invalid put')) as ValidationError;
      check(
        error.issues.some((issue) => issue.path === 'nextSteps[0].due'),
        `issue located at nextSteps[0].due: ${JSON.stringify(error.issues)}`,
      );
      same(await store.get('perspective-session', 'p1'), undefined, 'nothing stored');
    });

    it('list returns every document of a kind, by id; delete removes one', async () => {
      const store = await makeStore();
      await store.put(createReflectionNotes({ id: 'b', deckId: 'deck' }));
      await store.put(createReflectionNotes({ id: 'a', deckId: 'deck' }));
      await store.put(createPerspectiveSession({ id: 'p' }));
      same((await store.list('reflection-notes')).map((doc) => doc.id), ['a', 'b'], 'listed ids');
      await store.delete('reflection-notes', 'a');
      await store.delete('reflection-notes', 'never-existed');
      same((await store.list('reflection-notes')).map((doc) => doc.id), ['b'], 'after delete');
    });

    it('deleteAll tells watchers the documents it erased are gone (an open widget must not show them as saved)', async () => {
      const store = await makeStore();
      await store.put(createReflectionNotes({ id: 'erased', deckId: 'deck' }));
      const seen: string[] = [];
      const stop = store.watch('reflection-notes', (change) => seen.push(`${change.type}:${change.id}`));
      await store.deleteAll();
      stop();
      same(seen, ['delete:erased'], 'changes seen');
    });

    it('watch reports puts and deletes of its kind until unsubscribed', async () => {
      const store = await makeStore();
      const seen: string[] = [];
      const stop = store.watch('reflection-notes', (change) => seen.push(`${change.type}:${change.id}:${change.revision ?? ''}`));
      const doc = await store.put(createReflectionNotes({ id: 'w', deckId: 'deck' }));
      await store.put(createPerspectiveSession({ id: 'other-kind' }));
      await store.delete('reflection-notes', 'w');
      stop();
      await store.put({ ...doc, revision: 0 }, { expectedRevision: 0 });
      same(seen, ['put:w:1', 'delete:w:'], 'changes seen');
    });

    it('export → deleteAll → import restores byte-equal data (property)', async () => {
      await fc.assert(
        fc.asyncProperty(fc.uniqueArray(anyDocument, { maxLength: 6, selector: (doc) => `${doc.schema}/${doc.id}` }), async (documents) => {
          const store = await makeStore();
          await store.deleteAll();
          for (const doc of documents) await store.put(doc, { expectedRevision: 0 });
          const before = await store.exportAll();
          await store.deleteAll();
          same((await store.exportAll()).documents, [], 'empty after deleteAll');
          await store.importAll(JSON.parse(JSON.stringify(before)));
          const after = await store.exportAll();
          same(after.documents, before.documents, 'restored');
          check(JSON.stringify(after.documents) === JSON.stringify(before.documents), 'byte-equal');
        }),
        { numRuns: 15 },
      );
    });

    it('importAll validates everything first and writes nothing if anything is invalid', async () => {
      const store = await makeStore();
      const good = { ...createReflectionNotes({ id: 'good', deckId: 'deck' }), revision: 1 };
      const bad = { ...createPerspectiveSession({ id: 'bad' }), revision: 1, title: 42 };
      const error = (await rejects(
        store.importAll({ format: 'sammen.export/v1', exportedAt: new Date().toISOString(), documents: [good, bad] }),
        ValidationError,
        'invalid bundle',
      )) as ValidationError;
      check(error.issues.some((issue) => issue.path === 'documents[1].title'), `located: ${JSON.stringify(error.issues)}`);
      same(await store.get('reflection-notes', 'good'), undefined, 'nothing written');
      await rejects(store.importAll({ nope: true }), ValidationError, 'not a bundle');
    });

    it('purgeOlderThan deletes documents not updated within the given days', async () => {
      const store = await makeStore();
      const old = { ...createReflectionNotes({ id: 'old', deckId: 'deck' }), revision: 1, updatedAt: '2020-01-01T00:00:00.000Z' };
      const recent = { ...createReflectionNotes({ id: 'recent', deckId: 'deck' }), revision: 1, updatedAt: new Date().toISOString() };
      await store.importAll({ format: 'sammen.export/v1', exportedAt: new Date().toISOString(), documents: [old, recent] });
      same(await store.purgeOlderThan(30), 1, 'one purged');
      same((await store.list('reflection-notes')).map((doc) => doc.id), ['recent'], 'the recent one stays');
    });
  });
}

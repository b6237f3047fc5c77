// HttpStore never sends what the contract forbids, and reports what happened truthfully:
// dangerous ids, purge days and import bundles are refused before sending; the time limit covers
// the body; the ETag is read; a conflict without a body is resolved; a committed retry is a
// success; a failing sign-in is an authentication problem. Issue 13, point 14.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { AuthenticationError, ConflictError, HttpStore, NetworkError, SammenError, ValidationError, createReflectionNotes, type ReflectionNotes } from '../src/index.js';
import { startReferenceBackend, type ReferenceBackend } from './support/reference-backend.js';

let backend: ReferenceBackend;
before(async () => {
  backend = await startReferenceBackend({ token: 'secret-token' });
});
after(() => backend.close());

type Options = Partial<ConstructorParameters<typeof HttpStore>[0]>;
const auth = async () => ({ authorization: 'Bearer secret-token' });
const makeStore = (extra: Options = {}) => new HttpStore({ baseUrl: backend.url, headers: auth, backoffMs: 1, ...extra });

/** A fetch that counts what it sends and forwards it to the reference backend. */
function counting(forward: typeof fetch = fetch) {
  const sent: string[] = [];
  const spy: typeof fetch = (input, init) => {
    sent.push(`${init?.method ?? 'GET'} ${String(input).slice(backend.url.length)}`);
    return forward(input, init);
  };
  return { sent, fetch: spy };
}

async function fresh(): Promise<HttpStore> {
  const store = makeStore();
  await store.deleteAll();
  return store;
}

describe('HttpStore refuses before sending', () => {
  it('ids "." and ".." (and empty ones) never reach the server; DELETE of ".." does not erase everything', async () => {
    const store = await fresh();
    await store.put(createReflectionNotes({ id: 'keep', deckId: 'd' }));
    const spy = counting();
    const guarded = makeStore({ fetch: spy.fetch });
    for (const id of ['..', '.', '']) {
      await assert.rejects(guarded.delete('reflection-notes', id), (error: unknown) => error instanceof ValidationError && error.issues[0]?.path === 'id', `delete ${JSON.stringify(id)}`);
      await assert.rejects(guarded.get('reflection-notes', id), ValidationError, `get ${JSON.stringify(id)}`);
    }
    await assert.rejects(guarded.put({ ...createReflectionNotes({ id: 'x', deckId: 'd' }), id: '..' }), ValidationError);
    await assert.rejects(guarded.get('reflection-notes', '\uD800'), ValidationError, 'a lone surrogate cannot be encoded');
    await assert.rejects(guarded.list('nonsense' as 'reflection-notes'), ValidationError, 'an unknown kind');
    assert.deepEqual(spy.sent, []);
    assert.equal((await store.get('reflection-notes', 'keep'))?.id, 'keep', 'nothing was erased');
  });

  it('ids that only look like path steps are encoded and round-trip', async () => {
    const store = await fresh();
    for (const id of ['...', '%2e%2e', 'a/b', 'a?b#c', 'æøå 🙂']) {
      const saved = await store.put(createReflectionNotes({ id, deckId: 'd' }));
      assert.equal((await store.get('reflection-notes', id))?.id, id);
      await store.put(saved);
      await store.delete('reflection-notes', id);
      assert.equal(await store.get('reflection-notes', id), undefined);
    }
  });

  it('purgeOlderThan refuses days that are not a finite number ≥ 0, like every store', async () => {
    const spy = counting();
    const store = makeStore({ fetch: spy.fetch });
    for (const days of [-1, Number.NaN, Number.POSITIVE_INFINITY, '30' as unknown as number]) {
      await assert.rejects(store.purgeOlderThan(days), RangeError, String(days));
    }
    assert.deepEqual(spy.sent, []);
  });

  it('importAll sends the bundle it validated (never re-reads the caller’s object) and refuses a bad exportedAt', async () => {
    const store = await fresh();
    const spy = counting();
    const guarded = makeStore({ fetch: spy.fetch });
    const good = { ...createReflectionNotes({ id: 'good', deckId: 'd' }), revision: 1 };
    await assert.rejects(guarded.importAll({ format: 'sammen.export/v1', exportedAt: 'yesterday', documents: [good] }), (error: unknown) => error instanceof ValidationError && error.issues[0]?.path === 'exportedAt');
    assert.deepEqual(spy.sent, []);
    // A bundle that says one thing when validated and another when serialised.
    const evil = { ...createReflectionNotes({ id: 'evil', deckId: 'd' }), revision: 1 };
    const bundle = { format: 'sammen.export/v1', exportedAt: new Date().toISOString(), documents: [good], toJSON: () => ({ format: 'sammen.export/v1', exportedAt: new Date().toISOString(), documents: [evil] }) };
    await guarded.importAll(bundle);
    assert.deepEqual((await store.list('reflection-notes')).map((doc) => doc.id), ['good']);
  });
});

describe('HttpStore reads answers truthfully', () => {
  it('the time limit covers the body, not only the headers', { timeout: 5000 }, async () => {
    const stalling: typeof fetch = async () =>
      new Response(new ReadableStream({ start: (controller) => controller.enqueue(new TextEncoder().encode('{"schema":')) }), { status: 200, headers: { 'content-type': 'application/json' } });
    const store = makeStore({ fetch: stalling, timeoutMs: 50, retries: 1 });
    await assert.rejects(store.get('reflection-notes', 'x'), (error: unknown) => error instanceof NetworkError && /in time/.test(error.message));
  });

  it('an ETag that names another revision than the body is refused', async () => {
    const doc = { ...createReflectionNotes({ id: 'e', deckId: 'd' }), revision: 3 };
    const lying: typeof fetch = async () => new Response(JSON.stringify(doc), { status: 200, headers: { 'content-type': 'application/json', etag: '"5"' } });
    await assert.rejects(makeStore({ fetch: lying }).get('reflection-notes', 'e'), (error: unknown) => error instanceof SammenError && error.code === 'bad-response' && /ETag/.test(error.message));
    const honest: typeof fetch = async () => new Response(JSON.stringify(doc), { status: 200, headers: { 'content-type': 'application/json', etag: '"3"' } });
    assert.equal((await makeStore({ fetch: honest }).get('reflection-notes', 'e'))?.revision, 3);
  });

  it('a 412 without a body: ConflictError with the current document read afresh, or none when it was deleted', async () => {
    const store = await fresh();
    // A server that answers precondition failures as a bare 412.
    const bare: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      return response.status === 409 ? new Response(null, { status: 412 }) : response;
    };
    const bareStore = makeStore({ fetch: bare });
    const first = await store.put(createReflectionNotes({ id: 'c', deckId: 'd' }));
    const second = await store.put({ ...first, cards: { q: { discussed: true, notes: {} } } });
    await assert.rejects(bareStore.put({ ...first, cards: {} }, { expectedRevision: 1 }), (error: unknown) => {
      assert.ok(error instanceof ConflictError);
      assert.deepEqual(error.current, second);
      return true;
    });
    await store.delete('reflection-notes', 'c');
    await assert.rejects(bareStore.put(second), (error: unknown) => {
      assert.ok(error instanceof ConflictError);
      assert.equal(error.current, undefined);
      assert.match(error.message, /deleted elsewhere/);
      return true;
    });
    // When even that read fails, the error does not claim to know.
    const unreadable = makeStore({
      retries: 0,
      fetch: async (input, init) => ((init?.method ?? 'GET') === 'GET' ? Promise.reject(new TypeError('offline')) : bare(input, init)),
    });
    await store.put(createReflectionNotes({ id: 'c', deckId: 'd' }));
    await assert.rejects(unreadable.put(createReflectionNotes({ id: 'c', deckId: 'd' })), (error: unknown) => error instanceof ConflictError && error.current === undefined && /could not be read/.test(error.message));
  });

  it('a retried PUT whose first attempt was committed resolves with the saved document, not a conflict with the user’s own text', async () => {
    const store = await fresh();
    const base = await store.put(createReflectionNotes({ id: 'r', deckId: 'd' }));
    let puts = 0;
    // The first PUT reaches the server and is committed; its answer is lost on the way back.
    const lossy: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      if (init?.method === 'PUT' && (puts += 1) === 1) throw new TypeError('connection reset');
      return response;
    };
    const mine: ReflectionNotes = { ...base, cards: { q: { discussed: true, notes: { q1: 'what I typed' } } } };
    const saved = await makeStore({ fetch: lossy }).put(mine);
    assert.equal(puts, 2, 'it was retried');
    assert.equal(saved.revision, 2);
    assert.deepEqual((await store.get('reflection-notes', 'r'))?.cards, mine.cards);
    // Without a retry a stale write is still a conflict, as in every store.
    await assert.rejects(store.put({ ...base, cards: {} }, { expectedRevision: 1 }), ConflictError);
  });

  it('a failing headers() hook is an authentication problem: not retried, nothing sent', async () => {
    const spy = counting();
    let calls = 0;
    const store = makeStore({
      fetch: spy.fetch,
      headers: () => {
        calls += 1;
        throw new Error('token refresh failed: eyJhbGciOi…');
      },
    });
    await assert.rejects(store.get('reflection-notes', 'x'), (error: unknown) => {
      assert.ok(error instanceof AuthenticationError, String(error));
      assert.equal(error.code, 'authentication');
      assert.doesNotMatch(error.message, /eyJ|unreachable|could not be reached/);
      return true;
    });
    assert.equal(calls, 1);
    assert.deepEqual(spy.sent, []);
  });

  it('401 and 403 answers are authentication problems with their status', async () => {
    const unsigned = makeStore({ headers: async () => ({}) });
    await assert.rejects(unsigned.list('reflection-notes'), (error: unknown) => error instanceof AuthenticationError && error.status === 401);
    const forbidden = makeStore({ fetch: async () => new Response(null, { status: 403 }) });
    await assert.rejects(forbidden.deleteAll(), (error: unknown) => error instanceof AuthenticationError && error.status === 403);
  });
});

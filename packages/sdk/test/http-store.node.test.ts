import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ConflictError, HttpStore, NetworkError, createReflectionNotes } from '../src/index.js';
import { runImportSuite } from './import-suite.js';
import { OpenApiExchanges } from './support/openapi-exchanges.js';
import { runStoreContract } from './support/store-contract.js';
import { startReferenceBackend, type ReferenceBackend } from './support/reference-backend.js';

let backend: ReferenceBackend;
// Every request HttpStore sends and every answer it gets, checked against docs/api/openapi.yaml.
let exchanges: OpenApiExchanges;
before(async () => {
  backend = await startReferenceBackend({ token: 'secret-token' });
  exchanges = new OpenApiExchanges('docs/api/openapi.yaml', backend.url);
});
after(() => backend.close());

const makeStore = (extra: Partial<ConstructorParameters<typeof HttpStore>[0]> = {}) =>
  new HttpStore({
    baseUrl: backend.url,
    headers: async () => ({ authorization: 'Bearer secret-token' }),
    backoffMs: 5,
    label: 'Test Kommune',
    ...extra,
    fetch: exchanges.fetchThrough(extra.fetch),
  });

/** `it`, and then: every exchange of the test conformed to the OpenAPI file. */
const conformingIt = (name: string, body: () => Promise<void>) =>
  it(name, async () => {
    await body();
    exchanges.assertConforming();
  });

runStoreContract(
  'HttpStore against a real server on 127.0.0.1',
  async () => {
    const store = makeStore();
    await store.deleteAll();
    return store;
  },
  { describe, it: conformingIt },
);

// The same promise as the stores that keep documents themselves: an older backup never rolls a
// newer document back, and HttpStore reports what the server skipped (issue 13.9).
runImportSuite(
  'HttpStore against a real server on 127.0.0.1',
  async () => {
    const store = makeStore();
    await store.deleteAll();
    return store;
  },
  { describe, it: conformingIt },
);

describe('HttpStore and docs/api/openapi.yaml', () => {
  it('the store contract sent only requests the OpenAPI file allows and got only answers it declares', (t) => {
    exchanges.assertConforming();
    t.diagnostic(`${exchanges.checked} requests and their responses validated against docs/api/openapi.yaml`);
    assert.ok(exchanges.checked > 100, `only ${exchanges.checked} exchanges were checked`);
  });

  it('the checker itself refuses what the file does not allow', () => {
    const probe = new OpenApiExchanges('docs/api/openapi.yaml', 'http://x');
    const json = new Headers({ 'content-type': 'application/json' });
    probe.check({ method: 'DELETE', url: 'http://x/documents/reflection-notes/..', requestHeaders: new Headers(), status: 204, responseHeaders: new Headers(), responseBody: '' });
    probe.check({ method: 'GET', url: 'http://x/documents/reflection-notes/a', requestHeaders: new Headers(), status: 418, responseHeaders: new Headers(), responseBody: '' });
    probe.check({ method: 'POST', url: 'http://x/purge?olderThanDays=-1', requestHeaders: new Headers(), status: 200, responseHeaders: json, responseBody: '{"deleted":0}' });
    probe.check({ method: 'GET', url: 'http://x/documents/reflection-notes/a', requestHeaders: new Headers(), status: 200, responseHeaders: new Headers({ 'content-type': 'application/json', etag: 'abc' }), responseBody: '{"id":"a"}' });
    assert.equal(probe.violations.length, 6, probe.violations.join('\n'));
    assert.match(probe.violations.join('\n'), /dot segment/);
    assert.match(probe.violations.join('\n'), /status 418 is not declared/);
    assert.match(probe.violations.join('\n'), /olderThanDays/);
    assert.match(probe.violations.join('\n'), /header ETag/);
    assert.match(probe.violations.join('\n'), /response body/);
  });
});

describe('HttpStore specifics', () => {
  conformingIt('sends the host header hook, If-None-Match for new and If-Match for existing documents', async () => {
    const store = makeStore();
    await store.deleteAll();
    const seen: Headers[] = [];
    const spying = makeStore({
      fetch: (input, init) => {
        seen.push(new Headers(init?.headers));
        return fetch(input, init);
      },
    });
    const first = await spying.put(createReflectionNotes({ id: 'h1', deckId: 'd' }));
    await spying.put(first);
    assert.equal(seen[0]!.get('if-none-match'), '*');
    assert.equal(seen[1]!.get('if-match'), '"1"');
    assert.equal(seen[0]!.get('authorization'), 'Bearer secret-token');
    assert.deepEqual(store.location, { type: 'remote', label: 'Test Kommune' });
  });

  conformingIt('a 409 becomes ConflictError with the server’s current document', async () => {
    const store = makeStore();
    await store.deleteAll();
    const first = await store.put(createReflectionNotes({ id: 'c1', deckId: 'd' }));
    const second = await store.put(first);
    await assert.rejects(store.put(first, { expectedRevision: 1 }), (error: unknown) => {
      assert.ok(error instanceof ConflictError);
      assert.deepEqual(error.current, second);
      return true;
    });
  });

  conformingIt('retries network errors with backoff, then succeeds', async () => {
    let calls = 0;
    const store = makeStore({
      fetch: (input, init) => {
        calls += 1;
        return calls <= 2 ? Promise.reject(new TypeError('fetch failed')) : fetch(input, init);
      },
    });
    assert.equal(await store.get('reflection-notes', 'nothing'), undefined);
    assert.equal(calls, 3);
  });

  conformingIt('gives up after the retries with NetworkError (network down)', async () => {
    const store = new HttpStore({ baseUrl: 'http://127.0.0.1:9', retries: 1, backoffMs: 1, timeoutMs: 2000 });
    await assert.rejects(store.list('reflection-notes'), NetworkError);
  });

  conformingIt('times out a request that never answers', async () => {
    const store = makeStore({ fetch: (_input, init) => new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))), timeoutMs: 30, retries: 1 });
    await assert.rejects(store.get('reflection-notes', 'x'), (error: unknown) => error instanceof NetworkError && /in time/.test(error.message));
  });

  conformingIt('does not retry HTTP error answers (a 500 is an answer, not a network error)', async () => {
    const store = makeStore();
    const before = backend.requests.length;
    backend.failNext(1, 500);
    await assert.rejects(store.get('reflection-notes', 'x'), (error: unknown) => error instanceof NetworkError && error.status === 500);
    assert.equal(backend.requests.length - before, 1);
  });

  it('rejects a server answer that is not a valid document', async () => {
    const store = makeStore({ fetch: async () => new Response(JSON.stringify({ schema: 'sammen.reflection-notes/v1', id: 'x' }), { status: 200 }) });
    await assert.rejects(store.get('reflection-notes', 'x'), /not valid/);
    // That answer breaks the OpenAPI file on purpose; the checker saw it.
    assert.ok(exchanges.violations.splice(0).length > 0);
  });
});

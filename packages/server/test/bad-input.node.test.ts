// Bad input gets the contract's located error shape (the SDK's issue codes), never a 500 and
// never a partial write: malformed JSON, a wrong or newer schema, over the limits, unknown
// fields, a body over the server's limit, a missing or malformed write condition, a stale write.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { request as httpRequest } from 'node:http';
import { LIMITS, createReflectionNotes, type Issue } from '@sammen/sdk';
import { startTestServer, type TestServer } from './support/test-server.js';

let server: TestServer;
before(async () => {
  server = await startTestServer({ bodyLimit: 256 * 1024 });
});
after(() => server.close());

const NOTES = 'reflection-notes';
const notes = (id: string, extra: Record<string, unknown> = {}) => ({ ...createReflectionNotes({ id, deckId: 'deck' }), revision: 1, ...extra });

async function send(method: string, path: string, body?: string, headers: Record<string, string> = {}) {
  const response = await server.fetch(`${server.url}${path}`, {
    method,
    headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
    ...(body === undefined ? {} : { body }),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, json: text ? (JSON.parse(text) as { issues?: Issue[]; current?: { revision: number } }) : undefined };
}
/**
 * A request as written, through node:http: fetch resolves `%2e%2e` to `..` and drops it before
 * sending (WHATWG URL), and a hostile client does not. The exchange is still checked.
 */
function sendRaw(method: string, path: string): Promise<{ status: number; json?: { issues?: Issue[] } }> {
  return new Promise((resolve, reject) => {
    const { hostname, port } = new URL(server.url);
    // Host, port and path apart: a URL string would be normalized here too.
    const call = httpRequest({ host: hostname, port, path, method }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (text += chunk));
      response.on('end', () => {
        const headers = new Headers(Object.entries(response.headers).map(([name, value]): [string, string] => [name, String(value)]));
        server.exchanges.check({ method, url: `${server.url}${path}`, requestHeaders: new Headers(), status: response.statusCode ?? 0, responseHeaders: headers, responseBody: text });
        resolve({ status: response.statusCode ?? 0, ...(text ? { json: JSON.parse(text) as { issues?: Issue[] } } : {}) });
      });
    });
    call.on('error', reject);
    call.end();
  });
}
const create = (id: string, body: string) => send('PUT', `/documents/${NOTES}/${encodeURIComponent(id)}`, body, { 'if-none-match': '*' });

/** The answers conformed to the OpenAPI file; the requests broke it only where the test meant them to. */
function onlyTheRequestWasWrong(): void {
  const found = server.exchanges.violations.splice(0);
  const aboutTheAnswer = found.filter((violation) => !/request body|parameter/.test(violation));
  assert.deepEqual(aboutTheAnswer, [], 'answers outside the contract');
}

async function nothingStored(id: string): Promise<void> {
  assert.equal((await send('GET', `/documents/${NOTES}/${encodeURIComponent(id)}`)).status, 404, `${id} must not be stored`);
}

describe('@sammen/server refuses bad input with located issues', () => {
  it('malformed JSON: 400, malformed-json with line and column; nothing stored', async () => {
    const answer = await create('m1', '{"schema": "sammen.reflection-notes/v1",\n  "id": "m1",,}');
    assert.equal(answer.status, 400);
    assert.deepEqual(answer.json?.issues?.map((entry) => [entry.code, entry.params?.line]), [['malformed-json', 2]]);
    await nothingStored('m1');
    onlyTheRequestWasWrong();
  });

  it('an empty body and a body that is not JSON by its content type: 400, located; nothing stored', async () => {
    assert.deepEqual((await create('m2', '')).json?.issues?.map((entry) => entry.code), ['empty-json']);
    const typed = await send('PUT', `/documents/${NOTES}/m2`, JSON.stringify(notes('m2')), { 'if-none-match': '*', 'content-type': 'text/plain' });
    assert.equal(typed.status, 400);
    assert.deepEqual(typed.json?.issues?.map((entry) => entry.code), ['type']);
    await nothingStored('m2');
    onlyTheRequestWasWrong();
  });

  it('a document of another kind, and one of a newer schema version: 422 at "schema"', async () => {
    const other = await create('k1', JSON.stringify({ ...notes('k1'), schema: 'sammen.change-model/v1' }));
    assert.equal(other.status, 422);
    assert.deepEqual(other.json?.issues?.map((entry) => [entry.path, entry.code]), [['schema', 'other-kind']]);
    const newer = await create('k1', JSON.stringify({ ...notes('k1'), schema: 'sammen.reflection-notes/v9' }));
    assert.equal(newer.status, 422);
    assert.deepEqual(newer.json?.issues?.map((entry) => [entry.path, entry.code]), [['schema', 'newer-version']]);
    await nothingStored('k1');
    onlyTheRequestWasWrong();
  });

  it('a field over its limit: 422 located at the field, with the limit', async () => {
    const long = notes('l1', { cards: { c1: { discussed: true, notes: { q1: 'x'.repeat(LIMITS.note + 1) } } } });
    const answer = await create('l1', JSON.stringify(long));
    assert.equal(answer.status, 422);
    assert.deepEqual(answer.json?.issues?.map((entry) => [entry.path, entry.code, entry.params?.max]), [['cards.c1.notes.q1', 'max-length', LIMITS.note]]);
    await nothingStored('l1');
  });

  it('a body over the server limit: 413 with a located issue; nothing stored', async () => {
    const huge = notes('big', { cards: { c1: { discussed: true, notes: { q1: 'x'.repeat(300 * 1024) } } } });
    const answer = await create('big', JSON.stringify(huge));
    assert.equal(answer.status, 413);
    assert.deepEqual(answer.json?.issues?.map((entry) => [entry.path, entry.code, entry.params?.unit]), [['', 'max-length', 'bytes']]);
    await nothingStored('big');
    onlyTheRequestWasWrong();
  });

  it('unknown fields, at the top and nested: 422 naming each; nothing stored', async () => {
    const answer = await create('u1', JSON.stringify(notes('u1', { colour: 'red', cards: { c1: { discussed: true, notes: {}, mood: 3 } } })));
    assert.equal(answer.status, 422);
    assert.deepEqual(answer.json?.issues?.map((entry) => entry.path).sort(), ['cards.c1.mood', 'colour']);
    await nothingStored('u1');
  });

  it('an id in the body that is not the URL\'s, and a revision that is not If-Match + 1: 422', async () => {
    assert.deepEqual((await create('i1', JSON.stringify(notes('other')))).json?.issues?.map((entry) => entry.path), ['id']);
    assert.deepEqual((await create('i1', JSON.stringify(notes('i1', { revision: 5 })))).json?.issues?.map((entry) => entry.path), ['revision']);
    await nothingStored('i1');
  });

  it('no write condition: 428; a malformed one: 400 at the header; nothing stored', async () => {
    assert.equal((await send('PUT', `/documents/${NOTES}/c1`, JSON.stringify(notes('c1')))).status, 428);
    const malformed = await send('PUT', `/documents/${NOTES}/c1`, JSON.stringify(notes('c1')), { 'if-match': '3' });
    assert.equal(malformed.status, 400);
    assert.deepEqual(malformed.json?.issues?.map((entry) => entry.path), ['If-Match']);
    await nothingStored('c1');
    onlyTheRequestWasWrong();
  });

  it('a stale write: 409 with the current document, byte-for-byte as stored; nothing overwritten', async () => {
    const first = await create('s1', JSON.stringify(notes('s1')));
    assert.equal(first.status, 201);
    const second = await send('PUT', `/documents/${NOTES}/s1`, JSON.stringify(notes('s1', { revision: 2, cards: { c1: { discussed: true, notes: {} } } })), { 'if-match': '"1"' });
    assert.equal(second.status, 200);
    assert.equal(second.headers.get('etag'), '"2"');
    const stale = await send('PUT', `/documents/${NOTES}/s1`, JSON.stringify(notes('s1', { revision: 2 })), { 'if-match': '"1"' });
    assert.equal(stale.status, 409);
    assert.equal(stale.text, `{"current":${second.text}}`);
    assert.equal((await send('GET', `/documents/${NOTES}/s1`)).text, second.text, 'unchanged');
    const recreate = await create('s1', JSON.stringify(notes('s1')));
    assert.equal(recreate.status, 409);
  });

  it('dot-segment and reserved ids, and an unknown kind: 400; a DELETE of ".." erases nothing', async () => {
    await create('keep', JSON.stringify(notes('keep')));
    for (const id of ['%2e%2e', '%2E', '__proto__', '%20padded']) {
      const answer = await sendRaw('DELETE', `/documents/${NOTES}/${id}`);
      assert.equal(answer.status, 400, id);
      assert.equal(answer.json?.issues?.[0]?.path, 'id');
    }
    const kind = await send('GET', '/documents/no-such-kind');
    assert.equal(kind.status, 400);
    assert.equal(kind.json?.issues?.[0]?.path, 'kind');
    assert.equal((await send('GET', `/documents/${NOTES}/keep`)).status, 200, 'still there');
    onlyTheRequestWasWrong();
  });

  it('an import with one bad document writes none of them: 422 located in the bundle', async () => {
    const bundle = { format: 'sammen.export/v1', exportedAt: new Date().toISOString(), documents: [notes('imp-a'), notes('imp-b', { extra: true })] };
    const answer = await send('POST', '/import', JSON.stringify(bundle));
    assert.equal(answer.status, 422);
    assert.deepEqual(answer.json?.issues?.map((entry) => entry.path), ['documents[1].extra']);
    await nothingStored('imp-a');
    assert.equal((await send('POST', '/import', '{"format":')).status, 400);
    onlyTheRequestWasWrong();
  });

  it('purge with days that are not a number of days 0 or more: 400 at olderThanDays', async () => {
    for (const days of ['-1', 'abc', '']) {
      const answer = await send('POST', `/purge?olderThanDays=${days}`);
      assert.equal(answer.status, 400, days);
      assert.equal(answer.json?.issues?.[0]?.path, 'olderThanDays');
    }
    assert.equal((await send('POST', '/purge?olderThanDays=1e308')).status, 200, 'a huge number of days purges nothing, and is no 500');
    onlyTheRequestWasWrong();
  });

  it('a group reads, lists, changes and deletes only its own documents; an unreadable sign-in gets 401', async () => {
    await create('mine', JSON.stringify(notes('mine')));
    const other = { authorization: 'Bearer t2/g9/someone' };
    assert.equal((await send('GET', `/documents/${NOTES}/mine`, undefined, other)).status, 404);
    assert.deepEqual((await send('GET', `/documents/${NOTES}`, undefined, other)).json, { documents: [] });
    assert.equal((await send('PUT', `/documents/${NOTES}/mine`, JSON.stringify(notes('mine', { revision: 2 })), { ...other, 'if-match': '"1"' })).status, 409);
    await send('DELETE', `/documents/${NOTES}/mine`, undefined, other);
    await send('DELETE', '/documents', undefined, other);
    assert.equal((await send('GET', `/documents/${NOTES}/mine`)).status, 200, 'still there for its own group');
    assert.equal((await send('GET', `/documents/${NOTES}`, undefined, { authorization: 'Basic nope' })).status, 401);
  });

  it('every answer of this file conformed to the OpenAPI file, and none was a 500', () => {
    server.exchanges.assertConforming();
    assert.ok(server.exchanges.checked > 40, `${server.exchanges.checked} exchanges`);
  });
});

// Two server processes on one real PostgreSQL (DATABASE_URL; run by scripts/with-postgres.mjs in
// .ci/run; skipped in `npm test`, where there is none):
// a write through one reaches a change-feed watcher on the other through LISTEN/NOTIFY, and
// concurrent writes through both lose nothing.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { notes } from './support/secured-server.js';
import { startTestProvider, type TestProvider } from './support/oidc-provider.js';
import { startServerProcess, type ServerProcess } from './support/server-process.js';

const databaseUrl = process.env.DATABASE_URL;

describe('two server processes on one PostgreSQL', { skip: databaseUrl ? false : 'needs DATABASE_URL (scripts/with-postgres.mjs)' }, () => {
  let provider: TestProvider;
  let a: ServerProcess;
  let b: ServerProcess;
  let auth: Record<string, string>;
  const tenant = `multi-${process.pid}-${Date.now().toString(36)}`;

  before(async () => {
    provider = await startTestProvider();
    [a, b] = await Promise.all([startServerProcess(provider, databaseUrl!), startServerProcess(provider, databaseUrl!)]);
    auth = { authorization: `Bearer ${await provider.token({ tenant, groups: ['g'], roles: ['leader'] }, { expiresIn: '1h' })}` };
  });
  after(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await provider?.close();
  });

  const put = (server: ServerProcess, id: string, doc: unknown, condition: Record<string, string>) =>
    fetch(`${server.url}/documents/reflection-notes/${id}`, { method: 'PUT', headers: { ...auth, ...condition, 'content-type': 'application/json' }, body: JSON.stringify(doc) });

  it('a write through one process reaches an SSE watcher on the other', async () => {
    const abort = new AbortController();
    const feed = await fetch(`${b.url}/changes?kind=reflection-notes`, { headers: auth, signal: abort.signal });
    assert.equal(feed.status, 200);
    const reader = feed.body!.pipeThrough(new TextDecoderStream()).getReader();
    let text = '';
    const waitFor = async (pattern: RegExp) => {
      const deadline = Date.now() + 20_000;
      while (!pattern.test(text)) {
        if (Date.now() > deadline) throw new Error(`not seen: ${pattern}; got ${text}`);
        const { value, done } = await reader.read();
        if (done) throw new Error('feed ended');
        text += value;
      }
    };
    try {
      await waitFor(/event: ready/);
      assert.equal((await put(a, 'across', notes('across'), { 'if-none-match': '*' })).status, 201);
      await waitFor(/event: change\ndata: \{"kind":"reflection-notes","id":"across","type":"put","revision":1\}/);
      assert.equal((await fetch(`${a.url}/documents/reflection-notes/across`, { method: 'DELETE', headers: auth })).status, 204);
      await waitFor(/"id":"across","type":"delete"/);
    } finally {
      abort.abort();
    }
  });

  it('concurrent writers through both processes on one document (If-Match retry loops) lose nothing', async () => {
    const id = 'contended';
    assert.equal((await put(a, id, { ...notes(id), cards: {} }, { 'if-none-match': '*' })).status, 201);
    const writers = 8;
    const writesEach = 6;
    const acked = new Array<number>(writers).fill(0);
    let conflicts = 0;
    await Promise.all(
      Array.from({ length: writers }, async (_, writer) => {
        const server = writer % 2 === 0 ? a : b;
        let current = (await (await fetch(`${server.url}/documents/reflection-notes/${id}`, { headers: auth })).json()) as { revision: number; cards: Record<string, unknown> };
        while (acked[writer]! < writesEach) {
          // The change: this writer's own counter, set on top of the document as last seen.
          const next = { ...current, revision: current.revision + 1, cards: { ...current.cards, [`w${writer}`]: { discussed: true, notes: { n: String(acked[writer]! + 1) } } } };
          const answer = await put(server, id, next, { 'if-match': `"${current.revision}"` });
          const body = (await answer.json()) as typeof current & { current?: typeof current };
          if (answer.status === 200) {
            acked[writer]! += 1;
            current = body;
          } else {
            assert.equal(answer.status, 409);
            conflicts += 1;
            current = body.current!;
          }
        }
      }),
    );
    const final = (await (await fetch(`${b.url}/documents/reflection-notes/${id}`, { headers: auth })).json()) as { revision: number; cards: Record<string, { notes: { n: string } }> };
    const total = acked.reduce((sum, n) => sum + n, 0);
    assert.equal(final.revision, 1 + total, 'every acknowledged write moved the revision exactly once');
    for (let writer = 0; writer < writers; writer += 1) assert.equal(final.cards[`w${writer}`]?.notes.n, String(writesEach), `writer ${writer}'s last acknowledged write is in the final state`);
    assert.ok(conflicts > 0, 'the writers really did contend');
  });

  it('concurrent creates of different documents through both processes all land', async () => {
    const ids = Array.from({ length: 40 }, (_, i) => `many-${i}`);
    const answers = await Promise.all(ids.map((id, i) => put(i % 2 ? a : b, id, notes(id), { 'if-none-match': '*' })));
    assert.deepEqual(answers.map((answer) => answer.status), ids.map(() => 201));
    const list = (await (await fetch(`${a.url}/documents/reflection-notes`, { headers: auth })).json()) as { documents: { id: string }[] };
    for (const id of ids) assert.ok(list.documents.some((doc) => doc.id === id), id);
  });
});

// Durability and shutdown of the real process (`npm run server`'s entry): killed with SIGKILL in
// the middle of a burst of writes, every acknowledged write is there after a restart on the same
// data folder, and nothing is half-written; SIGTERM lets writes in flight finish before it exits.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { HttpStore, createReflectionNotes, type ReflectionNotes } from '@sammen/sdk';
import { OpenApiExchanges } from '../../sdk/test/support/openapi-exchanges.js';
import { startChild, type ChildServer } from './support/child-server.js';
import { freshDataDir } from './support/data-dir.js';

const folders: string[] = [];
after(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

/** Every exchange of this file is checked against the OpenAPI file too, one checker per process. */
const checkers = new Map<ChildServer, OpenApiExchanges>();
function checked(server: ChildServer): OpenApiExchanges {
  let checker = checkers.get(server);
  if (!checker) checkers.set(server, (checker = new OpenApiExchanges('docs/api/openapi.yaml', server.url)));
  return checker;
}
after(() => {
  for (const checker of checkers.values()) checker.assertConforming();
  assert.ok([...checkers.values()].reduce((sum, checker) => sum + checker.checked, 0) > 60, 'exchanges checked');
});

/** What a writer was told was saved: id → the acknowledged document (the last one per id). */
type Acknowledged = Map<string, ReflectionNotes>;

/**
 * A burst of writes: `writers` in parallel, each creating its own document and then saving it
 * again and again (each save conditional on the last), until the server stops answering.
 */
function burst(server: ChildServer, writers: number, prefix: string, acknowledged: Acknowledged): Promise<void> {
  const store = new HttpStore({ baseUrl: server.url, retries: 0, timeoutMs: 5_000, fetch: checked(server).fetchThrough(), headers: () => ({ authorization: `Bearer ${server.token}` }) });
  return Promise.all(
    Array.from({ length: writers }, async (_, writer) => {
      const id = `${prefix}-${writer}`;
      try {
        let doc = await store.put(createReflectionNotes({ id, deckId: 'deck' }));
        acknowledged.set(id, doc);
        for (let round = 1; ; round += 1) {
          doc = await store.put({ ...doc, cards: { [`c${round}`]: { discussed: true, notes: { q1: `round ${round} `.repeat(200) } } } });
          acknowledged.set(id, doc);
        }
      } catch {
        // The server is gone (or closing): this writer stops; what it was told stands.
      }
    }),
  ).then(() => undefined);
}

async function until(what: string, condition: () => boolean, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/**
 * Restarts on `folder` and checks that every acknowledged write is there (at that revision, or a
 * later whole one); returns the restarted server.
 */
async function restartAndCheck(folder: string, acknowledged: Acknowledged): Promise<ChildServer> {
  const again = await startChild(folder);
  // HttpStore validates every listed document with the SDK: a half-written one would fail here.
  const stored = await new HttpStore({ baseUrl: again.url, fetch: checked(again).fetchThrough(), headers: () => ({ authorization: `Bearer ${again.token}` }) }).list('reflection-notes');
  const byId = new Map(stored.map((doc) => [doc.id, doc]));
  for (const [id, doc] of acknowledged) {
    const found = byId.get(id);
    assert.ok(found, `${id} (acknowledged at revision ${doc.revision}) is missing`);
    assert.ok(found.revision >= doc.revision, `${id}: acknowledged revision ${doc.revision}, stored ${found.revision}`);
    if (found.revision === doc.revision) assert.deepEqual(found, doc, `${id} is stored as acknowledged`);
    else assert.equal(Object.keys(found.cards).length, 1, `${id}: the later revision is one whole write`);
  }
  return again;
}

const revisions = (acknowledged: Acknowledged) => [...acknowledged.values()].reduce((sum, doc) => sum + doc.revision, 0);

describe('the server process', () => {
  // One data folder for both: the restart after the kill is the server that then gets SIGTERM.
  let folder: string;
  let restarted: ChildServer;
  before(async () => {
    folder = await freshDataDir('sammen-kill-test-');
    folders.push(folder);
  });

  it('SIGKILL in the middle of a burst of writes: after a restart every acknowledged write is there, nothing half-written', async () => {
    const server = await startChild(folder);
    const acknowledged: Acknowledged = new Map();
    const writing = burst(server, 8, 'kill', acknowledged);
    await until('40 acknowledged writes', () => revisions(acknowledged) >= 40);
    server.child.kill('SIGKILL');
    assert.equal(await server.exited, 'SIGKILL');
    await writing;
    restarted = await restartAndCheck(folder, acknowledged);
  });

  it('SIGTERM finishes the writes in flight, answers them, and exits 0; they are all there after a restart', async () => {
    const server = restarted;
    const acknowledged: Acknowledged = new Map();
    const writing = burst(server, 8, 'term', acknowledged);
    await until('20 acknowledged writes', () => revisions(acknowledged) >= 20);
    const before = revisions(acknowledged);
    server.child.kill('SIGTERM');
    assert.equal(await server.exited, 0, 'a clean exit');
    await writing;
    assert.ok(revisions(acknowledged) > before, 'writes in flight when the signal came were finished and answered');
    assert.match(server.output(), /SIGTERM: finishing requests in flight/);
    const last = await restartAndCheck(folder, acknowledged);
    last.child.kill('SIGTERM');
    assert.equal(await last.exited, 0);
  });
});

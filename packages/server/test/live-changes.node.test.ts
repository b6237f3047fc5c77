// Live changes: HttpStore with `live: true` follows the server's change feed (GET /changes,
// Server-Sent Events), so a write through one device reaches a watcher on another — and only
// within the writer's group.
import { after, before, describe } from 'node:test';
import assert from 'node:assert/strict';
import { createPerspectiveSession, createReflectionNotes, type DocumentChange, type HttpStore } from '@sammen/sdk';
import { conformingIt, startTestServer, type TestServer } from './support/test-server.js';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());
const it = conformingIt(() => server);

/** Resolves once `condition` holds (polled), or fails naming `what` after `ms`. */
async function until(what: string, condition: () => boolean, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** A watcher on `store` that records what it hears, and waits until the server has its feed open. */
async function watching(store: HttpStore, kind: DocumentChange['kind'], feedsBefore: number) {
  const seen: string[] = [];
  const stop = store.watch(kind, (change) => seen.push(`${change.type}:${change.id}:${change.revision ?? ''}`));
  await until('the change feed to open', () => server.server.notifier.subscribers > feedsBefore);
  return { seen, stop };
}

describe('HttpStore live: true and the server change feed', () => {
  it('a write through one HttpStore reaches the watch of another (two devices, one meeting)', async () => {
    const tablet = server.store({ live: true });
    const laptop = server.store({ live: true });
    await tablet.deleteAll();
    const watcher = await watching(laptop, 'reflection-notes', 0);
    const saved = await tablet.put(createReflectionNotes({ id: 'meeting', deckId: 'deck' }));
    await until('the put to reach the laptop', () => watcher.seen.length >= 1);
    await tablet.put({ ...saved, cards: { c1: { discussed: true, notes: {} } } });
    await tablet.put(createPerspectiveSession({ id: 'another-kind' }));
    await tablet.delete('reflection-notes', 'meeting');
    await until('the delete to reach the laptop', () => watcher.seen.includes('delete:meeting:'));
    watcher.stop();
    assert.deepEqual(watcher.seen, ['put:meeting:1', 'put:meeting:2', 'delete:meeting:']);
    await until('the feed to close once nobody watches', () => server.server.notifier.subscribers === 0);
  });

  it('a watcher hears its own store\'s writes once, although the feed repeats them', async () => {
    await until('earlier feeds to close', () => server.server.notifier.subscribers === 0);
    const store = server.store({ live: true });
    await store.deleteAll();
    const watcher = await watching(store, 'reflection-notes', 0);
    const other = server.store();
    await store.put(createReflectionNotes({ id: 'own', deckId: 'deck' }));
    // A change from elsewhere after it: once it is heard, the feed's copy of the own write came before.
    await other.put(createReflectionNotes({ id: 'marker', deckId: 'deck' }));
    await until('the marker', () => watcher.seen.includes('put:marker:1'));
    watcher.stop();
    assert.deepEqual(watcher.seen, ['put:own:1', 'put:marker:1']);
  });

  it('another group never hears of a change (the feed is per tenant and group)', async () => {
    await until('earlier feeds to close', () => server.server.notifier.subscribers === 0);
    const elsewhere = server.store({ live: true, headers: () => ({ authorization: 'Bearer t2/g2/other' }) });
    const here = server.store({ live: true });
    const outsider = await watching(elsewhere, 'reflection-notes', 0);
    const insider = await watching(here, 'reflection-notes', 1);
    await server.store().put(createReflectionNotes({ id: 'private', deckId: 'deck' }));
    await server.store({ headers: () => ({ authorization: 'Bearer t2/g2/other' }) }).put(createReflectionNotes({ id: 'theirs', deckId: 'deck' }));
    await until('both to hear their own group', () => insider.seen.length >= 1 && outsider.seen.length >= 1);
    outsider.stop();
    insider.stop();
    assert.deepEqual(outsider.seen, ['put:theirs:1']);
    assert.deepEqual(insider.seen, ['put:private:1']);
  });

  it('stopping the server ends open change feeds instead of waiting for them forever', async () => {
    await until('earlier feeds to close', () => server.server.notifier.subscribers === 0);
    const watcher = await watching(server.store({ live: true }), 'reflection-notes', 0);
    await server.server.close();
    assert.equal(server.server.notifier.subscribers, 0, 'the feed was ended by close()');
    watcher.stop();
  });
});

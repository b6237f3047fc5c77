// The change feed reader of HttpStore (live: true): Server-Sent Events split across chunks, with
// comments and other events, give exactly the changes; anything malformed is skipped.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { DocumentChange } from '../src/index.js';
import { changeOfEvent, openChangeFeed, takeEvents } from '../src/stores/http-feed.js';

describe('takeEvents and changeOfEvent', () => {
  it('splits a stream cut anywhere into its events, skipping comments', () => {
    const stream = 'event: ready\ndata: {}\n\n: keep-alive\n\nevent: change\r\ndata: {"kind":"reflection-notes","id":"a","type":"put","revision":2}\r\n\r\nevent: change\ndata: {"kind":"relation-map","id":"b","type":"delete"}\n\n';
    for (let cut = 0; cut <= stream.length; cut += 7) {
      const events: string[] = [];
      const rest = takeEvents(stream.slice(0, cut), (event, data) => events.push(`${event} ${data}`));
      takeEvents(rest + stream.slice(cut), (event, data) => events.push(`${event} ${data}`));
      assert.equal(events.length, 3, `cut at ${cut}`);
      assert.equal(events[0], 'ready {}');
    }
  });

  it('accepts only well-formed changes of known kinds', () => {
    assert.deepEqual(changeOfEvent('{"kind":"reflection-notes","id":"a","type":"put","revision":2}'), { kind: 'reflection-notes', id: 'a', type: 'put', revision: 2 });
    assert.deepEqual(changeOfEvent('{"kind":"relation-map","id":"b","type":"delete"}'), { kind: 'relation-map', id: 'b', type: 'delete' });
    for (const bad of ['not json', 'null', '{"kind":"secrets","id":"a","type":"delete"}', '{"kind":"relation-map","id":1,"type":"delete"}', '{"kind":"relation-map","id":"a","type":"put"}', '{"kind":"relation-map","id":"a","type":"patch"}']) {
      assert.equal(changeOfEvent(bad), undefined, bad);
    }
  });
});

describe('openChangeFeed', () => {
  const until = async (condition: () => boolean) => {
    for (let waited = 0; !condition() && waited < 2_000; waited += 5) await new Promise((resolve) => setTimeout(resolve, 5));
  };

  it('gives up on a 4XX answer (a server without the feed is asked once, not hammered)', async () => {
    let calls = 0;
    const stop = openChangeFeed({ backoffMs: 1, fetch: async () => ((calls += 1), new Response('', { status: 404 })) }, 'http://x/changes', () => undefined);
    await new Promise((resolve) => setTimeout(resolve, 50));
    stop();
    assert.equal(calls, 1);
  });

  it('reports the stream\'s changes with the host\'s headers, and reconnects after the stream ends', async () => {
    const seen: DocumentChange[] = [];
    const sent: string[] = [];
    const stream = 'event: ready\ndata: {}\n\nevent: change\ndata: {"kind":"relation-map","id":"m","type":"put","revision":3}\n\n';
    const stop = openChangeFeed(
      {
        backoffMs: 1,
        headers: () => ({ authorization: 'Bearer t' }),
        fetch: async (_url, init) => {
          sent.push(new Headers(init?.headers).get('authorization') ?? '');
          return new Response(stream, { status: 200, headers: { 'content-type': 'text/event-stream' } });
        },
      },
      'http://x/changes',
      (change) => seen.push(change),
    );
    await until(() => seen.length >= 2);
    stop();
    assert.deepEqual(seen.slice(0, 2), [
      { kind: 'relation-map', id: 'm', type: 'put', revision: 3 },
      { kind: 'relation-map', id: 'm', type: 'put', revision: 3 },
    ]);
    assert.ok(sent.length >= 2 && sent.every((header) => header === 'Bearer t'), sent.join());
  });
});

// The change feed reader of HttpStore (live: true): Server-Sent Events split across chunks, with
// comments and other events, give exactly the changes; anything malformed is skipped.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { changeOfEvent, takeEvents } from '../src/stores/http-feed.js';

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

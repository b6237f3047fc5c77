// The embed page's settings and messages (issue 17): which widget, who may hand it a token, and
// which messages carry one. Pure functions, so these run in Node.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseOrigin, readEmbedConfig, readEmbedFile } from '../src/embed/embed-config.js';
import { TOKEN, TokenHolder, tokenFrom } from '../src/embed/embed-messages.js';
import { WIDGETS } from '../widgets.mjs';

const PAGE = 'https://sammen.kommune.dk/sammen/embed.html';
const page = (query: string) => `${PAGE}?${query}`;

describe('readEmbedFile', () => {
  it('a missing file (404) is no settings; the shipped {} and a written file are read', () => {
    assert.deepEqual(readEmbedFile(404, ''), { ok: true, file: null });
    assert.deepEqual(readEmbedFile(200, '{}'), { ok: true, file: {} });
    assert.deepEqual(readEmbedFile(200, '{"parentOrigins": ["https://a.dk"]}'), { ok: true, file: { parentOrigins: ['https://a.dk'] } });
  });

  it('a file the page cannot read is a located set-up error, never a fall-back to the URL', () => {
    // A trailing comma: found from the outside, the frame then took its parent and server from the URL.
    const broken = readEmbedFile(200, '{ "parentOrigins": ["https://intranet.kommune.dk"], "api": "https://sammen.kommune.dk/api", }');
    assert.ok(!broken.ok);
    assert.equal(broken.issue.path, 'embed.config.json');
    assert.match(broken.issue.message, /not valid JSON/);
    for (const [status, text] of [[500, ''], [403, ''], [200, '[]'], [200, 'null'], [200, '"x"']] as const) {
      const result = readEmbedFile(status, text);
      assert.ok(!result.ok, `${status} ${text}`);
      assert.equal(result.issue.path, 'embed.config.json');
    }
  });
});

describe('readEmbedConfig', () => {
  it('takes every widget of the one list, by package or tag', () => {
    for (const widget of WIDGETS) {
      for (const name of [widget.package, widget.tag]) {
        const result = readEmbedConfig(page(`widget=${name}`), WIDGETS);
        assert.ok(result.ok && result.config.tag === widget.tag, name);
      }
    }
  });

  it('names the widgets it knows when the widget is unknown', () => {
    const result = readEmbedConfig(page('widget=clock'), WIDGETS);
    assert.ok(!result.ok);
    assert.equal(result.issues[0]!.path, 'widget');
    for (const widget of WIDGETS) assert.match(result.issues[0]!.message, new RegExp(widget.package));
  });

  it('reads parent origins repeated or listed, and refuses *, paths and non-URLs, located', () => {
    const ok = readEmbedConfig(page('widget=perspective-triangle&parent-origin=https://a.dk https://b.no:8443,&parent-origin=http://127.0.0.1:9000'), WIDGETS);
    assert.ok(ok.ok);
    assert.deepEqual(ok.config.parentOrigins, ['https://a.dk', 'https://b.no:8443', 'http://127.0.0.1:9000']);
    const bad = readEmbedConfig(page('widget=perspective-triangle&parent-origin=*,https://a.dk/path,https://*.dk,intranet'), WIDGETS);
    assert.ok(!bad.ok);
    assert.deepEqual(
      bad.issues.map((issue) => issue.path),
      ['parent-origin[0]', 'parent-origin[1]', 'parent-origin[2]', 'parent-origin[3]'],
    );
  });

  it('lets the host’s embed.config.json fix the parent origins and the server, over the URL', () => {
    const result = readEmbedConfig(page('widget=perspective-triangle&parent-origin=https://evil.example&api=https://evil.example/api'), WIDGETS, {
      parentOrigins: ['https://intranet.kommune.dk'],
      api: '/api',
      apiLabel: 'Kommunen',
    });
    assert.ok(result.ok);
    assert.deepEqual(result.config.parentOrigins, ['https://intranet.kommune.dk']);
    assert.equal(result.config.api, 'https://sammen.kommune.dk/api');
    assert.equal(result.config.apiLabel, 'Kommunen');
    // The shipped file is {}: the URL decides.
    const open = readEmbedConfig(page('widget=perspective-triangle&parent-origin=https://a.dk'), WIDGETS, {});
    assert.ok(open.ok && open.config.parentOrigins[0] === 'https://a.dk');
  });

  it('refuses an api or src that is not http(s)', () => {
    const result = readEmbedConfig(page('widget=perspective-triangle&api=javascript:alert(1)&src=data:,x'), WIDGETS);
    assert.ok(!result.ok);
    assert.deepEqual(
      result.issues.map((issue) => issue.path),
      ['api', 'src'],
    );
  });

  it('parseOrigin keeps exact origins only', () => {
    assert.equal(parseOrigin('https://a.dk/'), 'https://a.dk');
    assert.equal(parseOrigin('https://a.dk/x'), undefined);
    assert.equal(parseOrigin('*'), undefined);
    assert.equal(parseOrigin('null'), undefined);
  });
});

describe('tokenFrom', () => {
  const parent = {};
  const allowed = ['https://intranet.kommune.dk'];
  const message = (data: unknown, origin = allowed[0]!, source: unknown = parent) => ({ data, origin, source });

  it('takes a token from the parent at an allowed origin', () => {
    assert.equal(tokenFrom(message({ type: TOKEN, token: 'abc' }), parent, allowed), 'abc');
  });

  it('ignores another origin, another window, another type and junk', () => {
    assert.equal(tokenFrom(message({ type: TOKEN, token: 'abc' }, 'https://evil.example'), parent, allowed), undefined);
    assert.equal(tokenFrom(message({ type: TOKEN, token: 'abc' }, allowed[0], {}), parent, allowed), undefined);
    assert.equal(tokenFrom(message({ type: 'other', token: 'abc' }), parent, allowed), undefined);
    for (const junk of [null, 'abc', { type: TOKEN }, { type: TOKEN, token: '' }, { type: TOKEN, token: 'a\r\nX-Evil: 1' }, { type: TOKEN, token: 'x'.repeat(9000) }]) {
      assert.equal(tokenFrom(message(junk), parent, allowed), undefined, JSON.stringify(junk)?.slice(0, 40));
    }
    assert.equal(tokenFrom(message({ type: TOKEN, token: 'abc' }), parent, []), undefined, 'no allowed origin, no token');
  });
});

describe('TokenHolder', () => {
  it('waits for the first token, and a later one replaces it', async () => {
    const holder = new TokenHolder();
    const waiting = holder.current(10_000);
    holder.set('first');
    assert.equal(await waiting, 'first');
    holder.set('second');
    assert.equal(await holder.current(10_000), 'second');
  });

  it('gives up waiting with no token', async () => {
    assert.equal(await new TokenHolder().current(1), undefined);
    assert.equal(await new TokenHolder().current(0), undefined);
  });
});

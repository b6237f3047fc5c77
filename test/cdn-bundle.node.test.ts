// The one-file CDN bundle: built from the repo's own rollup config, loaded by a plain HTML page
// with no other files next to it, and every finished widget must be defined and render.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rollup, type RollupOptions, type OutputOptions } from 'rollup';
import { chromium } from 'playwright-core';
// @ts-expect-error plain .mjs helper without types
import { CHROMIUM_ARGS, ensureBrowser } from './scripts/find-browser.mjs';
// @ts-expect-error plain .mjs config without types
import configs from '../rollup.config.mjs';
import { WIDGETS } from '../packages/sammen/widgets.mjs';

// Every finished widget (from the one list of widgets) and the shared parts with visible text.
const WIDGET_TAGS = [...WIDGETS.map((widget) => widget.tag), 'sammen-status-badge', 'sammen-save-status'];

async function buildCdnBundle(dir: string): Promise<string> {
  const cdn = (configs as RollupOptions[]).find((config) => !Array.isArray(config.output) && String(config.output?.file).endsWith('sammen.min.js'));
  assert.ok(cdn, 'rollup.config.mjs has the CDN bundle');
  const bundle = await rollup(cdn);
  const file = join(dir, 'sammen.min.js');
  await bundle.write({ ...(cdn.output as OutputOptions), file, sourcemap: false });
  await bundle.close();
  return file;
}

function serve(dir: string): Promise<Server> {
  const server = createServer((request, response) => {
    const name = new URL(request.url ?? '/', 'http://x').pathname.slice(1) || 'index.html';
    if (!readdirSync(dir).includes(name)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': name.endsWith('.js') ? 'text/javascript' : 'text/html' });
    response.end(readFileSync(join(dir, name)));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

test('sammen.min.js loads alone in a plain page and defines every finished widget', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sammen-cdn-'));
  await buildCdnBundle(dir);
  assert.deepEqual(readdirSync(dir).sort(), ['sammen.min.js'], 'the bundle is one file (no chunks)');
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>CDN</title></head><body>
      ${WIDGET_TAGS.map((tag) => `<${tag} status="${tag === 'sammen-status-badge' ? 'done' : 'saved'}"></${tag}>`).join('\n')}
      <script type="module" src="./sammen.min.js"></script></body></html>`,
  );
  const server = await serve(dir);
  const browser = await chromium.launch({ executablePath: ensureBrowser(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    const errors: string[] = [];
    const requests: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    const address = server.address();
    assert.ok(address && typeof address === 'object');
    await page.goto(`http://127.0.0.1:${address.port}/index.html`);
    const defined = await page.evaluate(
      (tags) => Promise.all(tags.map((tag) => Promise.race([customElements.whenDefined(tag).then(() => tag), new Promise((r) => setTimeout(() => r(`${tag} undefined`), 5000))]))),
      WIDGET_TAGS,
    );
    assert.deepEqual(defined, WIDGET_TAGS);
    // Each widget rendered something a person can read (not a blank box).
    await page.waitForFunction(
      (tags) => tags.every((tag) => (document.querySelector(tag)?.shadowRoot?.textContent ?? '').trim().length > 3),
      WIDGET_TAGS,
      { timeout: 10_000 },
    );
    assert.deepEqual(errors, []);
    assert.deepEqual([...new Set(requests)].sort(), ['/index.html', '/sammen.min.js']);
  } finally {
    await browser.close();
    server.close();
  }
});

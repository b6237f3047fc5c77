// The embed page (issue 17): packages/sammen/dist/embed.html from the repo's own CDN-folder build,
// served from one loopback port with the strict CSP of docs/security.md and a tiny fake Sammen
// server that records the headers it receives; the framing pages come from another port, so the
// frame is on another origin, as on SharePoint or Aula. The iframe and the parent's script are
// docs/embedding.md's own examples, with the placeholder origins replaced by the two ports.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { join, normalize } from 'node:path';
import { chromium, type Browser, type Frame, type Page } from 'playwright-core';
// @ts-expect-error plain .mjs helper without types
import { CHROMIUM_ARGS, ensureBrowser } from './scripts/find-browser.mjs';
import { createPerspectiveSession } from '@sammen/sdk';
import { rollup, type OutputOptions, type RollupOptions } from 'rollup';
// @ts-expect-error plain .mjs helper without types
import { buildCdnFolder } from './scripts/page-bytes.mjs';
import { guideBlock } from './support/guide-blocks.js';
// @ts-expect-error plain .mjs config without types
import { embedFolder } from '../rollup.config.mjs';

const CSP = /^Content-Security-Policy: (.+)$/m.exec(readFileSync('docs/security.md', 'utf8'))![1]!;
/** A named copy-paste example of docs/embedding.md (```html test:embed-iframe …). */
const codeBlock = (name: string): string => guideBlock('docs/embedding.md', name);
const FOLDER_ORIGIN = 'https://sammen.kommune.dk';
const HOST_ORIGIN = 'https://intranet.kommune.dk';

/** What the fake server was asked: path and Authorization header. */
const requests: Array<{ path: string; authorization: string | undefined }> = [];

let dir: string;
let folder: Server;
let host: Server;
let folderOrigin: string;
let hostOrigin: string;
let browser: Browser;

function listen(server: Server): Promise<string> {
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve(`http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`);
    }),
  );
}

/** The CDN folder at /sammen/ with the strict CSP, and a fake Sammen server at /api…/. */
function folderServer(): Server {
  return createServer((request: IncomingMessage, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    if (path === '/favicon.ico') {
      response.writeHead(204).end();
      return;
    }
    if (path.startsWith('/api')) {
      requests.push({ path, authorization: request.headers.authorization });
      const list = request.method === 'GET' && path.endsWith('/documents/perspective-session');
      response.writeHead(list ? 200 : 404, { 'content-type': 'application/json' }).end(list ? '[]' : '{}');
      return;
    }
    const file = join(dir, normalize(path.replace(/^\/sammen\//, '/')));
    if (!path.startsWith('/sammen/') || !file.startsWith(dir) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    const type = file.endsWith('.js') ? 'text/javascript' : file.endsWith('.json') ? 'application/json' : 'text/html; charset=utf-8';
    response.writeHead(200, { 'content-type': type, 'content-security-policy': CSP, 'cache-control': 'no-store' }).end(readFileSync(file));
  });
}

/** Pages of the embedding site: /<name>.html and /<name>.js, set per test. */
const hostPages = new Map<string, string>();
function hostServer(): Server {
  return createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    const body = hostPages.get(path) ?? (path === '/favicon.ico' ? '' : undefined);
    if (body === undefined) response.writeHead(404).end();
    else response.writeHead(200, { 'content-type': path.endsWith('.js') ? 'text/javascript' : 'text/html; charset=utf-8' }).end(body);
  });
}

/** The guide's iframe, pointed at the two ports; `edit` changes its embed URL. */
function guideIframe(edit: (url: URL) => void = () => {}): string {
  const html = codeBlock('embed-iframe').replaceAll(FOLDER_ORIGIN, folderOrigin).replaceAll(HOST_ORIGIN, hostOrigin);
  return html.replace(/src="([^"]+)"/, (_match, src: string) => {
    const url = new URL(src.replaceAll('&amp;', '&'));
    edit(url);
    return `src="${url.href.replaceAll('&', '&amp;')}"`;
  });
}

/** A page of the embedding site with `body` and its scripts (files, as a CSP-strict host would have). */
async function hostPage(name: string, body: string, scripts: Record<string, string>): Promise<{ page: Page; frame: Frame; problems: string[] }> {
  for (const [file, text] of Object.entries(scripts)) hostPages.set(`/${name}-${file}`, text);
  hostPages.set(
    `/${name}.html`,
    `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>Intranet</title></head><body><h1>Intranet</h1>${body}
    ${Object.keys(scripts)
      .map((file) => `<script src="/${name}-${file}"></script>`)
      .join('')}</body></html>`,
  );
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  await page.goto(`${hostOrigin}/${name}.html`);
  const frame = await (await page.waitForSelector('iframe[data-sammen-embed]')).contentFrame();
  assert.ok(frame);
  await frame.waitForSelector('sammen-embed-storage');
  await frame.waitForFunction(() => (document.querySelector('sammen-embed-storage')?.shadowRoot?.textContent ?? '').includes('arbejde'));
  return { page, frame, problems };
}

before(async () => {
  ({ dir } = (await buildCdnFolder()) as { dir: string });
  const embed = await rollup(embedFolder as RollupOptions);
  await embed.write({ ...((embedFolder as RollupOptions).output as OutputOptions), dir, sourcemap: false });
  await embed.close();
  folder = folderServer();
  host = hostServer();
  folderOrigin = await listen(folder);
  hostOrigin = await listen(host);
  browser = await chromium.launch({ executablePath: ensureBrowser(), args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
  folder?.close();
  host?.close();
});

describe('the embed page in a frame on another origin', () => {
  it('is in the CDN folder, with its script as a file and no inline script', () => {
    const html = readFileSync(join(dir, 'embed.html'), 'utf8');
    assert.match(html, /<script type="module" src="\.\/embed\.js"><\/script>/);
    assert.doesNotMatch(html.replace(/<script[^>]*src=[^>]*><\/script>/g, ''), /<script|style=|\son\w+=/i);
    assert.ok(existsSync(join(dir, 'embed.js')));
  });

  it('fits the frame to its content, and again when the content grows', async () => {
    const { page, frame, problems } = await hostPage('fit', guideIframe(), { 'token.js': 'window.getToken = async () => "token-fit";', 'guide.js': codeBlock('embed-parent-script') });
    const heights = () =>
      frame.evaluate(() => ({ content: Math.ceil(document.documentElement.getBoundingClientRect().height), frame: window.innerHeight }));
    // The guide's iframe starts at 40rem (640px); the triangle's page is taller or shorter, never exactly that.
    await page.waitForFunction(() => {
      const iframe = document.querySelector('iframe')!;
      return iframe.style.height.endsWith('px');
    });
    let measured = await heights();
    await page.waitForFunction((content) => Math.abs(document.querySelector('iframe')!.getBoundingClientRect().height - content) <= 1, measured.content);
    measured = await heights();
    assert.ok(Math.abs(measured.frame - measured.content) <= 1, `frame ${measured.frame}px shows content ${measured.content}px`);
    // The content grows (e.g. a panel opens): the frame follows.
    await frame.evaluate(() => {
      const block = document.createElement('div');
      block.style.height = '500px';
      document.body.append(block);
    });
    await page.waitForFunction((before) => document.querySelector('iframe')!.getBoundingClientRect().height >= before + 500, measured.content);
    assert.deepEqual(problems, [], 'no CSP violation, no console error in the host page or the frame');
    await page.close();
  });

  it('sends a token from an allowed parent to the host’s server, and stores it nowhere', async () => {
    requests.length = 0;
    const token = 'allowed-token-8d1f';
    const { page, frame, problems } = await hostPage('token', guideIframe(), { 'token.js': `window.getToken = async () => ${JSON.stringify(token)};`, 'guide.js': codeBlock('embed-parent-script') });
    await frame.locator('sammen-embed-storage').getByText('Dit arbejde gemmes på serveren.').waitFor();
    const deadline = Date.now() + 10_000;
    while (!requests.some((request) => request.path === '/api/documents/perspective-session') && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    const listed = requests.filter((request) => request.path === '/api/documents/perspective-session');
    assert.ok(listed.length > 0, 'the triangle listed its sessions from the host’s server');
    assert.deepEqual(new Set(listed.map((request) => request.authorization)), new Set([`Bearer ${token}`]));
    const stored = await frame.evaluate(async () => {
      const texts = [location.href, document.cookie];
      for (const storage of [localStorage, sessionStorage]) for (let i = 0; i < storage.length; i += 1) texts.push(`${storage.key(i)}=${storage.getItem(storage.key(i)!)}`);
      for (const info of await indexedDB.databases()) {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const open = indexedDB.open(info.name!);
          open.onsuccess = () => resolve(open.result);
          open.onerror = () => reject(open.error);
        });
        for (const name of db.objectStoreNames) {
          const all = await new Promise<unknown[]>((resolve) => {
            const get = db.transaction(name).objectStore(name).getAll();
            get.onsuccess = () => resolve(get.result);
          });
          texts.push(JSON.stringify(all));
        }
        db.close();
      }
      return texts.join('\n');
    });
    assert.ok(!stored.includes(token), 'the token is in no storage, cookie or URL of the frame');
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('ignores a token from an origin it was not told to trust', async () => {
    requests.length = 0;
    // The frame trusts only another origin (here: the folder's own); this page posts a token anyway.
    const iframe = guideIframe((url) => {
      url.searchParams.set('parent-origin', 'https://trusted.example');
      url.searchParams.set('api', `${folderOrigin}/api-untrusted`);
    });
    const hostile = `const frame = document.querySelector('iframe');
      setInterval(() => frame.contentWindow.postMessage({ type: 'sammen-embed:token', token: 'stolen-token' }, '*'), 50);`;
    const { page, problems } = await hostPage('hostile', iframe, { 'hostile.js': hostile });
    const deadline = Date.now() + 10_000;
    while (!requests.some((request) => request.path.startsWith('/api-untrusted/documents/')) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    const listed = requests.filter((request) => request.path.startsWith('/api-untrusted/documents/'));
    assert.ok(listed.length > 0, 'the frame asked its server after waiting for a token');
    assert.deepEqual(
      listed.map((request) => request.authorization),
      listed.map(() => undefined),
    );
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('says the work is saved in this browser for the embedding site only, and exports and imports it', async () => {
    const iframe = guideIframe((url) => url.searchParams.delete('api'));
    const { page, frame, problems } = await hostPage('local', iframe, { 'token.js': 'window.getToken = async () => "unused";', 'guide.js': codeBlock('embed-parent-script') });
    const storage = frame.locator('sammen-embed-storage');
    const site = new URL(hostOrigin).host;
    await storage.getByText(`Dit arbejde gemmes i denne browser, kun for ${site}`).waitFor();
    const file = join(dir, 'import.json');
    const exportedDownload = page.waitForEvent('download');
    await storage.getByRole('button', { name: 'Eksportér mit arbejde' }).click();
    const exported = JSON.parse(readFileSync((await (await exportedDownload).path())!, 'utf8')) as { format: string; documents: unknown[] };
    assert.equal(exported.format, 'sammen.export/v1');
    assert.equal(exported.documents.length, 0);
    await storage.getByRole('status').getByText('0 dokumenter eksporteret.').waitFor();
    writeFileSync(file, 'not json');
    await storage.getByLabel('Importér arbejde').setInputFiles(file);
    await storage.getByRole('alert').getByText('import.json er ikke en Sammen-eksport').waitFor();
    const bundle = { format: 'sammen.export/v1', exportedAt: '2026-03-01T09:30:00.000Z', documents: [createPerspectiveSession({ id: 'imported-1' })] };
    writeFileSync(file, JSON.stringify(bundle));
    await storage.getByLabel('Importér arbejde').setInputFiles(file);
    await storage.getByRole('status').getByText('1 dokumenter importeret; 0, der allerede var her, blev beholdt.').waitFor();
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('shows an example file from the folder’s examples/ as the guide says', async () => {
    const example = codeBlock('example-src');
    writeFileSync(join(dir, 'example-page.html'), `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>Eksempel</title></head><body>${example}<script type="module" src="/sammen/sammen.js"></script></body></html>`);
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    await page.goto(`${folderOrigin}/sammen/example-page.html`);
    const file = JSON.parse(readFileSync(join('packages', 'content', 'examples', /examples\/([\w.-]+\.json)/.exec(example)![1]!), 'utf8')) as { title: { da: string } };
    await page.waitForFunction((title) => (document.querySelector('sammen-reflection-deck')?.shadowRoot?.textContent ?? '').includes(title), file.title.da, { timeout: 20_000 });
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('shows what is wrong when a parent origin is "*"', async () => {
    const iframe = guideIframe((url) => url.searchParams.set('parent-origin', '*'));
    hostPages.set('/star.html', `<!doctype html><html><head><title>Star</title></head><body>${iframe}</body></html>`);
    const page = await browser.newPage();
    await page.goto(`${hostOrigin}/star.html`);
    const frame = (await (await page.waitForSelector('iframe')).contentFrame())!;
    await frame.getByRole('alert').getByText('parent-origin[0]: expected an origin').waitFor();
    await page.close();
  });

  it('stops with a set-up error, not the URL’s settings, when embed.config.json cannot be read', async () => {
    // A trailing comma in the host's file: before, the frame silently took its parent and its
    // server from the URL — whoever wrote the iframe's URL chose where the token went.
    const file = join(dir, 'embed.config.json');
    const shipped = readFileSync(file, 'utf8');
    writeFileSync(file, '{ "parentOrigins": ["https://intranet.kommune.dk"], "api": "https://sammen.kommune.dk/api", }');
    try {
      hostPages.set('/broken-config.html', `<!doctype html><html><head><title>Broken</title></head><body>${guideIframe()}</body></html>`);
      const page = await browser.newPage();
      await page.goto(`${hostOrigin}/broken-config.html`);
      const frame = (await (await page.waitForSelector('iframe')).contentFrame())!;
      await frame.getByRole('alert').getByText('embed.config.json: is not valid JSON').waitFor();
      assert.equal(await frame.locator('sammen-embed-storage').count(), 0, 'no widget, no token taken');
      await page.close();
    } finally {
      writeFileSync(file, shipped);
    }
  });
});

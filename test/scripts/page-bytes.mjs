// What a page downloads from the CDN folder, measured as a browser does: the folder is built with
// the repository's own rollup config, served gzip-compressed (as any web server a municipality
// runs does), and Chromium loads a plain page with widgets and `sammen.js`. The server counts the
// compressed bytes of every JavaScript response; the chunk graph rollup reports tells which
// chunks belong to which widget. Used by test/cdn-folder.node.test.ts and `npm run size`.
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, normalize, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, ensureBrowser } from './find-browser.mjs';
import { cdnFolder } from '../../rollup.config.mjs';
import { WIDGETS, AUTOLOADER_BUDGET, ALL_WIDGETS_BUDGET } from '../../packages/sammen/widgets.mjs';

export { WIDGETS, AUTOLOADER_BUDGET, ALL_WIDGETS_BUDGET };

/** `'25 kB'` → 25000 (size-limit's units: 1 kB = 1000 bytes). */
export function budgetBytes(budget) {
  const match = /^([\d.]+)\s*kB$/.exec(budget);
  if (!match) throw new Error(`A budget is written like '25 kB', not ${JSON.stringify(budget)}`);
  return Math.round(Number(match[1]) * 1000);
}

/**
 * Builds the CDN folder into a fresh directory.
 * @returns {Promise<{dir: string, chunks: Map<string, {imports: string[], dynamicImports: string[], facade?: string, modules: string[]}>}>}
 */
export async function buildCdnFolder() {
  const dir = mkdtempSync(join(tmpdir(), 'sammen-cdn-folder-'));
  const bundle = await rollup(cdnFolder);
  const { output } = await bundle.write({ ...cdnFolder.output, dir, sourcemap: false });
  await bundle.close();
  const chunks = new Map();
  for (const item of output) {
    if (item.type !== 'chunk') continue;
    const facade = item.facadeModuleId ? relative(process.cwd(), item.facadeModuleId).split(sep).join('/') : undefined;
    const modules = item.moduleIds.map((id) => relative(process.cwd(), id).split(sep).join('/'));
    chunks.set(item.fileName, { imports: item.imports, dynamicImports: item.dynamicImports, facade, modules });
  }
  return { dir, chunks };
}

/** Every chunk `fileName` may load: its static and dynamic imports, transitively. */
export function reachable(chunks, fileName, seen = new Set()) {
  if (seen.has(fileName)) return seen;
  seen.add(fileName);
  const chunk = chunks.get(fileName);
  for (const next of [...(chunk?.imports ?? []), ...(chunk?.dynamicImports ?? [])]) reachable(chunks, next, seen);
  return seen;
}

/** The chunk whose entry is `packages/<pkg>/src/define.ts` (a widget's module). */
export function widgetChunk(chunks, pkg) {
  // By facade, or by the module it holds: a chunk another lazy chunk imports from has no facade.
  for (const [fileName, chunk] of chunks) if (chunk.facade === `packages/${pkg}/src/define.ts` || chunk.modules?.includes(`packages/${pkg}/src/define.ts`)) return fileName;
  throw new Error(`No chunk of @sammen/${pkg}'s define module`);
}

/**
 * Serves `dir` gzip-compressed; `pages` are extra HTML documents by path. Each response's
 * compressed size is recorded in `sent` (path → bytes).
 */
export function serveFolder(dir, pages) {
  const sent = new Map();
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const file = join(dir, normalize(path));
    const body = pages[path] ?? (file.startsWith(dir) && existsSync(file) && !path.endsWith('/') ? readFileSync(file) : undefined);
    if (path === '/favicon.ico') {
      response.writeHead(204).end();
      return;
    }
    if (body === undefined) {
      response.writeHead(404).end();
      return;
    }
    const type = path.endsWith('.js') ? 'text/javascript' : path.endsWith('.json') ? 'application/json' : 'text/html; charset=utf-8';
    const compressed = gzipSync(body, { level: 9 });
    sent.set(path, compressed.length);
    response.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', 'cache-control': 'no-store' });
    response.end(compressed);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, sent, origin: `http://127.0.0.1:${server.address().port}` })));
}

/** The Danish strings of a package that a rendered widget shows (the translations' values without placeholders). */
export function danishStrings(pkg) {
  const file = join('packages', pkg, 'translations', 'da.json');
  if (!existsSync(file)) return [];
  return Object.values(JSON.parse(readFileSync(file, 'utf8'))).filter((text) => !text.includes('${') && text.length > 3);
}

/** A plain page with `tags` (in Danish; a tag may carry attributes, `x-y a="b"`) and the autoloader. */
export function widgetPage(tags) {
  return `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>Sammen</title></head><body>
${tags.map((tag) => `<${tag}></${tag.split(' ')[0]}>`).join('\n')}
<script type="module" src="/sammen.js"></script></body></html>`;
}

/**
 * Loads `path` in a fresh page and waits until every widget in `widgets` shows text from its
 * package's Danish translations and the network is idle.
 * @returns {Promise<{js: Map<string, number>, errors: string[]}>} JavaScript files fetched → gzip bytes
 */
export async function loadPage(browser, served, path, widgets) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  const fetched = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') errors.push(message.text());
  });
  page.on('requestfinished', (request) => fetched.push(new URL(request.url()).pathname));
  try {
    await page.goto(served.origin + path);
    await page.waitForFunction(
      (expected) =>
        expected.every(({ tag, strings }) => {
          // The widget in the page, or in the open shadow root of a host's own element.
          const find = (scope) => scope.querySelector(tag) ?? [...scope.querySelectorAll('*')].map((el) => el.shadowRoot && find(el.shadowRoot)).find(Boolean);
          const root = find(document)?.shadowRoot;
          const text = root?.textContent ?? '';
          return strings.length === 0 ? text.trim().length > 3 : strings.some((string) => text.includes(string));
        }),
      widgets.map((widget) => ({ tag: widget.tag, strings: danishStrings(widget.package) })),
      { timeout: 20_000 },
    );
    await page.waitForLoadState('networkidle');
  } finally {
    await context.close();
  }
  const js = new Map();
  for (const file of fetched) if (file.endsWith('.js')) js.set(file.slice(1), served.sent.get(file));
  return { js, errors };
}

export const sum = (map) => [...map.values()].reduce((total, bytes) => total + bytes, 0);

/**
 * Builds and serves the CDN folder, then loads a page per widget, one with every widget, and
 * `extraPages` (path → {html, widgets}).
 * @returns the folder's chunk graph, the autoloader's gzip size, and per page the JS files fetched
 */
export async function measureCdnFolder(extraPages = {}) {
  const { dir, chunks } = await buildCdnFolder();
  const pages = Object.fromEntries(Object.entries(extraPages).map(([path, page]) => [path, page.html]));
  for (const widget of WIDGETS) pages[`/${widget.package}.html`] = widgetPage([widget.tag]);
  // The same widget opening a document of its own in IndexedDB (`document-id` / `session-id`).
  for (const widget of WIDGETS) pages[`/${widget.package}-stored.html`] = widgetPage([`${widget.tag} ${widget.documentAttribute}="page-weight"`]);
  pages['/all.html'] = widgetPage(WIDGETS.map((widget) => widget.tag));
  const served = await serveFolder(dir, pages);
  const browser = await chromium.launch({ executablePath: ensureBrowser(), args: CHROMIUM_ARGS });
  try {
    const perWidget = [];
    for (const widget of WIDGETS) perWidget.push({ widget, ...(await loadPage(browser, served, `/${widget.package}.html`, [widget])) });
    const stored = [];
    for (const widget of WIDGETS) stored.push({ widget, ...(await loadPage(browser, served, `/${widget.package}-stored.html`, [widget])) });
    const all = await loadPage(browser, served, '/all.html', WIDGETS);
    const extra = {};
    for (const [path, page] of Object.entries(extraPages)) extra[path] = await loadPage(browser, served, path, page.widgets);
    return { dir, chunks, autoloader: gzipSync(readFileSync(join(dir, 'sammen.js')), { level: 9 }).length, perWidget, stored, all, extra };
  } finally {
    await browser.close();
    served.server.close();
  }
}

/** Writes a small report of a measurement (kB with two decimals), each page broken down by chunk. */
export function report({ autoloader, perWidget, stored = [], all }) {
  const kb = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;
  const lines = [`sammen.js (autoloader): ${kb(autoloader)} gzip (budget ${AUTOLOADER_BUDGET})`];
  const chunks = (js) => {
    for (const [file, bytes] of [...js].sort((a, b) => b[1] - a[1])) lines.push(`    ${kb(bytes).padStart(9)}  ${file}`);
  };
  for (const { widget, js } of perWidget) {
    lines.push(`<${widget.tag}> page: ${kb(sum(js))} gzip JS (budget ${widget.sizeLimit}${widget.sizeCeiling ? `, ceiling ${widget.sizeCeiling}` : ''})`);
    chunks(js);
  }
  for (const { widget, js } of stored) {
    lines.push(`<${widget.tag} ${widget.documentAttribute}> page: ${kb(sum(js))} gzip JS (ceiling ${widget.storedCeiling})`);
    chunks(js);
  }
  lines.push(`all ${WIDGETS.length} widgets on one page: ${kb(sum(all.js))} gzip JS (budget ${ALL_WIDGETS_BUDGET})`);
  chunks(all.js);
  return lines.join('\n');
}

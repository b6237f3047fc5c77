// Packages a user can install (issue 17): `npm pack` of every public package, installed offline
// from the tarballs into a fresh app (test/packages/install-tarballs.mjs), works there as a user
// meets it — a TypeScript check against the installed declarations, a Vite app built from the
// installed packages (each widget from its own package, and the four through @sammen/react in a
// React 19 root), and a plain page loading the CDN folder from node_modules/sammen/dist — each
// page in Chromium shows every widget with no console error, failed request or page error.
// Needs the build (`npm run build`); run by `npm run test:packages` (in .ci/run after the build).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { build } from 'vite';
import { chromium, type Browser } from 'playwright-core';
// @ts-expect-error plain .mjs helpers without types
import { CHROMIUM_ARGS, ensureBrowser } from '../scripts/find-browser.mjs';
// @ts-expect-error plain .mjs helpers without types
import { installPublished, publishedPackages } from './install-tarballs.mjs';

type Report = { name: string; filename: string; files: { path: string }[] };
type Published = { folder: string; manifest: { name: string; exports: Record<string, string | Record<string, string>> } };

const TAGS = ['sammen-reflection-deck', 'sammen-perspective-triangle', 'sammen-change-model', 'sammen-relation-map'];
const ROOT = process.cwd();
const app = mkdtempSync(join(tmpdir(), 'sammen-install-'));
let reports: Report[];
let browser: Browser;
let server: Server;
let origin: string;

before(async () => {
  for (const { folder } of publishedPackages() as Published[]) {
    if (!existsSync(join('packages', folder, 'dist', 'index.js')) || !existsSync(join('packages', folder, 'dist', 'index.d.ts'))) {
      throw new Error(`packages/${folder}/dist is not built: run \`npm run build\` first`);
    }
  }
  cpSync(join(ROOT, 'test/packages/app'), app, { recursive: true });
  reports = installPublished(app, ['react', 'react-dom', '@types/react']) as Report[];
  server = serve(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  browser = await chromium.launch({ executablePath: ensureBrowser(), args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
  server?.close();
  rmSync(app, { recursive: true, force: true });
});

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css' };

/** A static file server over `dir`, as a municipality's or vendor's web server would be. */
function serve(dir: string): Server {
  return createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    const file = join(dir, path);
    if (!file.startsWith(dir) || !existsSync(file) || path.endsWith('/')) {
      response.writeHead(path === '/favicon.ico' ? 204 : 404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
}

/** Opens `path` and waits until every widget shows its heading; returns what went wrong on the way. */
async function visit(path: string): Promise<{ problems: string[]; headings: string[] }> {
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console.${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()}: ${response.url()}`);
  });
  try {
    await page.goto(`${origin}${path}`);
    await page.waitForFunction((tags) => tags.every((tag) => document.querySelector(tag)?.shadowRoot?.querySelector('h2')?.textContent?.trim()), TAGS, { timeout: 30_000 }).catch(() => undefined);
    const headings = await page.evaluate((tags) => tags.map((tag) => document.querySelector(tag)?.shadowRoot?.querySelector('h2')?.textContent?.trim() ?? ''), TAGS);
    problems.push(...TAGS.filter((_, index) => !headings[index]).map((tag) => `<${tag}> never showed its heading`));
    const alerts = await page.evaluate((tags) => tags.flatMap((tag) => [...(document.querySelector(tag)?.shadowRoot?.querySelectorAll('[role=alert]') ?? [])].map((node) => node.textContent!.trim()).filter(Boolean)), TAGS);
    problems.push(...alerts.map((text) => `alert: ${text}`));
    return { problems, headings };
  } finally {
    await page.close();
  }
}

test('each tarball holds every file its package.json exports', () => {
  for (const { folder, manifest } of publishedPackages() as Published[]) {
    const report = reports.find((candidate) => candidate.name === manifest.name)!;
    const files = new Set(report.files.map((file) => file.path));
    for (const [subpath, target] of Object.entries(manifest.exports)) {
      for (const [condition, path] of Object.entries(typeof target === 'string' ? { default: target } : target)) {
        if (condition === 'source') continue;
        const file = path.replace(/^\.\//, '');
        const present = file.includes('*') ? [...files].some((candidate) => candidate.startsWith(file.slice(0, file.indexOf('*')))) : files.has(file);
        assert.ok(present, `${report.filename} (packages/${folder}) has ${file}, which exports["${subpath}"].${condition} names`);
      }
    }
    if (existsSync(join('packages', folder, 'custom-elements.json'))) assert.ok(files.has('custom-elements.json'), `${report.filename} ships its custom-elements.json`);
    // tsc's build state (local paths, no use to anyone) stays out of the tarball and the CDN folder a municipality copies.
    assert.deepEqual([...files].filter((file) => file.endsWith('.tsbuildinfo')), [], `${report.filename} holds no .tsbuildinfo`);
  }
});

test('a TypeScript app type-checks against the installed declarations, JSX types included', () => {
  const tsc = join(ROOT, 'node_modules/typescript/bin/tsc');
  try {
    execFileSync(process.execPath, [tsc, '-p', join(app, 'tsconfig.json')], { cwd: app, encoding: 'utf8', stdio: 'pipe' });
  } catch (error) {
    assert.fail(`tsc in the app failed:\n${(error as { stdout: string }).stdout}`);
  }
});

test('a Vite app built from the installed packages shows every widget, from their own packages and through @sammen/react in React 19', async () => {
  await build({
    root: app,
    base: './',
    configFile: false,
    logLevel: 'error',
    build: { outDir: 'dist', emptyOutDir: true, rollupOptions: { input: { index: join(app, 'index.html'), react: join(app, 'react.html') } } },
  });
  for (const page of ['/dist/index.html', '/dist/react.html']) {
    const { problems, headings } = await visit(page);
    assert.deepEqual(problems, [], `${page}: no console error, failed request or alert`);
    assert.equal(headings.filter(Boolean).length, TAGS.length, `${page}: every widget shows its heading (${headings.join(' | ')})`);
  }
});

test('a plain page loads the CDN folder from node_modules/sammen/dist and shows every widget', async () => {
  const { problems, headings } = await visit('/plain.html');
  assert.deepEqual(problems, [], 'no console error, failed request or alert');
  assert.equal(headings.filter(Boolean).length, TAGS.length, `every widget shows its heading (${headings.join(' | ')})`);
});

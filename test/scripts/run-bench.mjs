// `npm run bench`: runs every packages/*/bench/*.bench.ts in headless Chromium and prints its
// numbers. A bench module's default export is `async () => Record<string, number>` (milliseconds
// unless the key says otherwise). A bench may have a driver beside it (`x.bench.ts` + `x.driver.mjs`):
// its default export `async ({page}) => Record<string, number>` runs in Node after the page's own
// numbers, for what must be done from outside the page (real input, a Chromium trace).
// Numbers on this shared machine are noisy: compare ratios
// within one run, never across runs, and never assert them in unit tests.
import { mkdtempSync, readdirSync, existsSync, writeFileSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, ensureBrowser } from './find-browser.mjs';

const filter = process.argv[2] ?? '';
const files = readdirSync('packages')
  .flatMap((pkg) => {
    const dir = join('packages', pkg, 'bench');
    return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.bench.ts')).map((f) => join(dir, f)) : [];
  })
  .filter((file) => file.includes(filter));

if (files.length === 0) {
  console.log('No bench files found.');
  process.exit(0);
}

const outdir = mkdtempSync(join(tmpdir(), 'sammen-bench-'));
await build({
  entryPoints: Object.fromEntries(files.map((file, index) => [`bench-${index}`, file])),
  bundle: true,
  format: 'esm',
  splitting: true,
  minify: true,
  outdir,
  conditions: ['source', 'browser', 'production'],
  tsconfig: 'tsconfig.json',
  target: 'es2022',
  logLevel: 'warning',
});
files.forEach((file, index) => {
  writeFileSync(
    join(outdir, `bench-${index}.html`),
    `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>${file}</title></head><body>` +
      `<script type="module">import run from './bench-${index}.js'; window.__result = run().then((r) => r, (e) => ({ error: String(e && e.stack || e) }));</script></body></html>`,
  );
});

const server = createServer((request, response) => {
  const path = join(outdir, decodeURIComponent(new URL(request.url, 'http://x').pathname));
  if (!path.startsWith(outdir) || !existsSync(path)) {
    response.writeHead(404).end();
    return;
  }
  const type = { '.html': 'text/html', '.js': 'text/javascript', '.map': 'application/json' }[extname(path)] ?? 'application/octet-stream';
  response.writeHead(200, { 'content-type': type }).end(readFileSync(path));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address();

const browser = await chromium.launch({ executablePath: ensureBrowser(), args: CHROMIUM_ARGS });
let failed = false;
try {
  for (const [index, file] of files.entries()) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`http://127.0.0.1:${port}/bench-${index}.html`);
    let result = await page.evaluate(() => window.__result);
    const driver = file.replace(/\.bench\.ts$/, '.driver.mjs');
    if (!result.error && existsSync(driver)) {
      try {
        const drive = (await import(pathToFileURL(resolve(driver)).href)).default;
        result = { ...result, ...(await drive({ page })) };
      } catch (error) {
        result = { error: String(error?.stack ?? error) };
      }
    }
    console.log(`\n${file}`);
    if (result.error) {
      failed = true;
      console.log(`  error: ${result.error}`);
    } else {
      for (const [name, value] of Object.entries(result)) console.log(`  ${name.padEnd(48)} ${typeof value === 'number' ? value.toFixed(2) : value}`);
    }
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
process.exit(failed ? 1 : 0);

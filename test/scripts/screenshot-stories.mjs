// Screenshots stories as a person would see them: serves a static Storybook build (default
// storybook-static/, or a running one with --url http://localhost:6006), then for each story whose
// id contains the filter takes PNGs per language and width into screenshots/.
// Usage: node test/scripts/screenshot-stories.mjs [filter] [--dir storybook-static] [--url URL]
//        [--langs da,nb] [--widths 1280,320] [--theme dark]
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, ensureBrowser } from './find-browser.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1] : fallback;
};
const filter = args.find((arg, index) => !arg.startsWith('--') && !args[index - 1]?.startsWith('--')) ?? '';
const langs = option('langs', 'da,nb').split(',');
const widths = option('widths', '1280,320').split(',').map(Number);
const theme = option('theme', 'default');
let base = option('url', undefined);
let server;

if (!base) {
  const dir = option('dir', 'storybook-static');
  if (!existsSync(join(dir, 'index.json'))) throw new Error(`No Storybook build in ${dir}: run npm run build-storybook, or pass --url.`);
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.woff2': 'font/woff2' };
  server = createServer((request, response) => {
    const path = normalize(join(dir, decodeURIComponent(new URL(request.url, 'http://x').pathname)));
    const file = existsSync(path) && !path.endsWith('/') ? path : join(path, 'index.html');
    if (!file.startsWith(normalize(dir)) || !existsSync(file)) return response.writeHead(404).end();
    response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${server.address().port}`;
}

const index = await (await fetch(`${base}/index.json`)).json();
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story' && entry.id.includes(filter));
mkdirSync('screenshots', { recursive: true });
const browser = await chromium.launch({ executablePath: ensureBrowser(), args: CHROMIUM_ARGS });
try {
  for (const story of stories) {
    for (const lang of langs) {
      for (const width of widths) {
        const page = await browser.newPage({ viewport: { width, height: 800 } });
        const errors = [];
        page.on('pageerror', (error) => errors.push(error.message));
        await page.goto(`${base}/iframe.html?id=${story.id}&viewMode=story&globals=lang:${lang};theme:${theme}`);
        await page.waitForTimeout(700);
        const file = join('screenshots', `${story.id}-${lang}-${width}${theme === 'default' ? '' : `-${theme}`}.png`);
        await page.screenshot({ path: file, fullPage: true });
        console.log(`${file}${errors.length ? `  ERRORS: ${errors.join(' | ')}` : ''}`);
        await page.close();
      }
    }
  }
} finally {
  await browser.close();
  server?.close();
}

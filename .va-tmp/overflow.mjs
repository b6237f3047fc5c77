import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join, normalize, extname } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '/work/wt/visual-a11y/test/scripts/find-browser.mjs';
const dir = '/work/wt/visual-a11y/storybook-static';
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };
const server = createServer((req, res) => { const p = normalize(join(dir, decodeURIComponent(new URL(req.url, 'http://x').pathname))); const f = existsSync(p) && !p.endsWith('/') ? p : join(p, 'index.html'); if (!existsSync(f)) return res.writeHead(404).end(); res.writeHead(200, { 'content-type': types[extname(f)] ?? 'application/octet-stream' }).end(readFileSync(f)); });
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 320, height: 800 } });
await page.goto(`http://127.0.0.1:${server.address().port}/iframe.html?id=${process.argv[2]}&viewMode=story`);
await page.waitForTimeout(1500);
console.log(await page.evaluate(() => {
  const out = [document.scrollingElement.scrollWidth];
  const walk = (root) => { for (const el of root.querySelectorAll('*')) { const r = el.getBoundingClientRect(); if (r.right > 321) out.push(`${el.localName}.${el.className} right=${Math.round(r.right)} w=${Math.round(r.width)} ow=${getComputedStyle(el).overflowWrap} ws=${getComputedStyle(el).whiteSpace} disp=${getComputedStyle(el).display}`); if (el.shadowRoot) walk(el.shadowRoot); } };
  walk(document); return out.slice(0, 25).join('\n');
}));
await browser.close(); server.close();

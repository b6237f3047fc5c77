// Two Sammen versions on one page (issue 17), the tag-prefix way: the CDN folder built twice from
// the repo's own rollup config — as shipped, and with `prefixedCdnFolder('v2')` into /v2/ — and
// one Danish page with every widget of each. Without the prefix the second copy's `define` is a
// no-op and its widgets would silently run the first copy's classes; with it each tag, internal
// tags included, has its own build's class, and both render with no console error.
// (The other way, scoped custom element registries, is not built yet: see docs/embedding.md.)
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { rollup, type OutputOptions, type RollupOptions } from 'rollup';
import { chromium, type Browser } from 'playwright-core';
// @ts-expect-error plain .mjs helper without types
import { CHROMIUM_ARGS, ensureBrowser } from './scripts/find-browser.mjs';
// @ts-expect-error plain .mjs helper without types
import { WIDGETS, buildCdnFolder, danishStrings, serveFolder } from './scripts/page-bytes.mjs';
// @ts-expect-error plain .mjs config without types
import { prefixedCdnFolder } from '../rollup.config.mjs';

type Widget = { package: string; tag: string };
const widgets = WIDGETS as Widget[];

let browser: Browser;
let served: { server: import('node:http').Server; origin: string };

before(async () => {
  const { dir } = (await buildCdnFolder()) as { dir: string };
  const v2 = prefixedCdnFolder('v2') as RollupOptions;
  const bundle = await rollup(v2);
  await bundle.write({ ...(v2.output as OutputOptions), dir: join(dir, 'v2'), sourcemap: false });
  await bundle.close();
  const page = `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>Two versions</title></head><body>
    ${widgets.map((widget) => `<section><${widget.tag}></${widget.tag}></section><section><v2-${widget.tag}></v2-${widget.tag}></section>`).join('\n')}
    <script type="module" src="/sammen.js"></script>
    <script type="module" src="/v2/sammen.js"></script></body></html>`;
  served = await serveFolder(dir, { '/two.html': page });
  browser = await chromium.launch({ executablePath: ensureBrowser(), args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
  served?.server.close();
});

/** Per tag: whether both tags have their own class, and the Sammen tags inside each one's shadow DOM. */
const REPORT = `(tags) => {
  const tagsIn = (root) => [...root.querySelectorAll('*')].flatMap((element) => [element.localName, ...(element.shadowRoot ? tagsIn(element.shadowRoot) : [])]);
  return tags.map((tag) => ({
    tag,
    ownClass: customElements.get(tag) !== undefined && customElements.get('v2-' + tag) !== undefined && customElements.get(tag) !== customElements.get('v2-' + tag),
    v2Inside: tagsIn(document.querySelector('v2-' + tag).shadowRoot).filter((name) => name.includes('sammen-')),
    firstInside: tagsIn(document.querySelector(tag).shadowRoot).filter((name) => name.includes('sammen-')),
  }));
}`;

test('two builds on one page: each widget renders from its own build, internal tags included', async () => {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') errors.push(message.text());
  });
  await page.goto(`${served.origin}/two.html`);
  for (const widget of widgets) {
    for (const tag of [widget.tag, `v2-${widget.tag}`]) {
      await page.waitForFunction(
        ({ tag, strings }) => strings.some((text) => (document.querySelector(tag)?.shadowRoot?.textContent ?? '').includes(text)),
        { tag, strings: danishStrings(widget.package) as string[] },
        { timeout: 20_000 },
      );
    }
  }
  // A string, not a function: tsx would wrap a named helper in __name, which the page lacks.
  const report = (await page.evaluate(`(${REPORT})(${JSON.stringify(widgets.map((widget) => widget.tag))})`)) as Array<{
    tag: string;
    ownClass: boolean;
    v2Inside: string[];
    firstInside: string[];
  }>;
  for (const entry of report) {
    assert.ok(entry.ownClass, `<${entry.tag}> and <v2-${entry.tag}> are different classes`);
    assert.deepEqual(entry.v2Inside.filter((name) => !name.startsWith('v2-')), [], `<v2-${entry.tag}> renders only v2 parts`);
    assert.deepEqual(entry.firstInside.filter((name) => name.startsWith('v2-')), [], `<${entry.tag}> renders only its own parts`);
  }
  assert.ok(report.some((entry) => entry.v2Inside.length > 0), 'the v2 widgets render internal parts (v2-sammen-…)');
  assert.deepEqual(errors, []);
  await page.close();
});

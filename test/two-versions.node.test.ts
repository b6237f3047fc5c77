// Two Sammen versions on one page (issue 17), both ways, in Chromium under the strict CSP.
// The first copy is the CDN folder (`/sammen/sammen.js`, the page's global registry). The second
// copy, at /sammen-v2/, is `sammen.scoped.js` (every class, defined only into a registry the host
// hands it) plus the tag-prefix folder `v2/` (`prefixedCdnFolder('v2')`, every tag `v2-…`).
// - docs/embedding.md's block and script put the second copy's triangle on a page with the first
//   copy's triangle: in a scoped registry where the browser has them (Chromium 156 does), and in
//   the prefix build when they are hidden. Both copies render, move focus with the arrow keys and
//   keep their own text over a reload, with no console error or CSP violation.
// - Every widget of both the global and the prefix copy renders from its own build, internal tags
//   included (without the prefix the second copy's `define` is a no-op and its widgets would
//   silently run the first copy's classes).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { rollup, type OutputOptions, type RollupOptions } from 'rollup';
import { chromium, type Browser, type Page } from 'playwright-core';
// @ts-expect-error plain .mjs helper without types
import { CHROMIUM_ARGS, ensureBrowser } from './scripts/find-browser.mjs';
// @ts-expect-error plain .mjs helper without types
import { WIDGETS, buildCdnFolder, danishStrings } from './scripts/page-bytes.mjs';
// @ts-expect-error plain .mjs config without types
import { prefixedCdnFolder, scopedBundle } from '../rollup.config.mjs';
import { PROBE, consoleProblems, deepFocus, serveHostPage, tabTo, violations, type HostServer } from './support/hostile-page.js';
import { guideBlock } from './support/guide-blocks.js';

type Widget = { package: string; tag: string };
const widgets = WIDGETS as Widget[];
const GUIDE = 'docs/embedding.md';
const TRIANGLE = 'sammen-perspective-triangle';

let browser: Browser;
let host: HostServer;

/** Removes the browser's scoped registries before any other script runs: the fallback's browser. */
const HIDE_SCOPED = 'delete ShadowRoot.prototype.customElementRegistry; delete Element.prototype.customElementRegistry;';

const hostPage = (lang: string, head: string, body: string) =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>To avdelinger</title><script src="/probe.js"></script>${head}</head><body><h1>Intranett</h1>
  ${body}
  <script type="module" src="/sammen/sammen.js"></script></body></html>`;

before(async () => {
  const { dir } = (await buildCdnFolder()) as { dir: string };
  const second = mkdtempSync(join(tmpdir(), 'sammen-v2-'));
  const v2 = prefixedCdnFolder('v2') as RollupOptions;
  const bundle = await rollup(v2);
  await bundle.write({ ...(v2.output as OutputOptions), dir: join(second, 'v2'), sourcemap: false });
  await bundle.close();
  // sammen.scoped.js from the same entry and export conditions as the rollup build (scopedBundle),
  // bundled by esbuild without terser: minifying the one file with every widget took a minute here.
  await build({
    entryPoints: [(scopedBundle as RollupOptions).input as string],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    conditions: ['source', 'browser', 'production'],
    tsconfig: 'tsconfig.json',
    outfile: join(second, 'sammen.scoped.js'),
    logLevel: 'error',
  });
  const firstCopy = `<${TRIANGLE} document-id="afdeling-a"></${TRIANGLE}>`;
  host = await serveHostPage({
    pages: {
      '/probe.js': PROBE,
      '/hide-scoped.js': HIDE_SCOPED,
      '/afdeling-b.js': guideBlock(GUIDE, 'two-versions-script'),
      '/scoped.html': hostPage('nb', '', `${firstCopy}\n${guideBlock(GUIDE, 'two-versions-block')}`),
      '/prefix.html': hostPage('nb', '<script src="/hide-scoped.js"></script>', `${firstCopy}\n${guideBlock(GUIDE, 'two-versions-block')}`),
      '/every-widget.html': hostPage(
        'da',
        '',
        widgets.map((widget) => `<section><${widget.tag}></${widget.tag}></section><section><v2-${widget.tag}></v2-${widget.tag}></section>`).join('\n') +
          '<script type="module" src="/sammen-v2/v2/sammen.js"></script>',
      ),
    },
    folders: { '/sammen/': dir, '/sammen-v2/': second },
  });
  browser = await chromium.launch({ executablePath: ensureBrowser(), args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
  host?.server.close();
});

/** Opens the triangle's child corner by keyboard after checking that → moves focus to another part. */
async function openChildCorner(page: Page, triangle: ReturnType<Page['locator']>, tag: string): Promise<void> {
  const child = triangle.locator('[data-part="child"]');
  await child.focus();
  await page.keyboard.press('ArrowRight');
  const moved = await deepFocus(page);
  assert.match(moved, new RegExp(`${tag} <[^>]*data-part="(?!child)`), `→ moved focus to another part of <${tag}>: ${moved}`);
  await child.focus();
  await page.keyboard.press('Enter');
}

const feels = (triangle: ReturnType<Page['locator']>) => triangle.locator(':is(sammen-textarea, v2-sammen-textarea)[label="Hva kan barnet føle?"] textarea');

describe('two Sammen versions on one page, as docs/embedding.md shows', () => {
  for (const way of ['scoped', 'prefix'] as const) {
    it(`the second copy in ${way === 'scoped' ? 'a scoped registry' : 'the tag-prefix build (no scoped registries)'}: both copies render, work by keyboard and keep their own text`, { timeout: 90_000 }, async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      const problems = consoleProblems(page);
      await page.goto(`${host.origin}/${way}.html`);
      const secondTag = way === 'scoped' ? TRIANGLE : `v2-${TRIANGLE}`;
      const copies = [
        { tag: TRIANGLE, triangle: page.locator(`body > ${TRIANGLE}`), text: 'Avdeling A: barnet kan føle seg utenfor' },
        { tag: secondTag, triangle: page.locator('#afdeling-b').locator(secondTag), text: 'Avdeling B: barnet kan være spent' },
      ];
      for (const { triangle } of copies) await triangle.getByText('Begynn med barnet').waitFor({ timeout: 20_000 });

      const origins = await page.evaluate(`(() => {
        const place = document.getElementById('afdeling-b');
        const registry = place.shadowRoot ? place.shadowRoot.customElementRegistry : customElements;
        const second = (place.shadowRoot || place).querySelector('${secondTag}');
        // Parts defined on first use (the confirmation, on the first question) are not defined yet:
        // no build's. Every part that is defined must be this copy's.
        const parts = [...second.shadowRoot.querySelectorAll('*')].filter((element) => element.localName.includes('sammen-') && element.matches(':defined'));
        return {
          scoped: Boolean(place.shadowRoot) && registry !== customElements,
          ownClass: second.constructor === registry.get('${secondTag}') && second.constructor !== customElements.get('${TRIANGLE}'),
          partsOwn: parts.length > 0 && parts.every((part) => part.constructor === registry.get(part.localName)),
          partsNotFirst: parts.every((part) => part.constructor !== customElements.get(part.localName.replace(/^v2-/, ''))),
        };
      })()`);
      assert.deepEqual(origins, { scoped: way === 'scoped', ownClass: true, partsOwn: true, partsNotFirst: true }, 'the second copy and the parts inside it are its own build’s');

      for (const { tag, triangle, text } of copies) {
        await openChildCorner(page, triangle, tag);
        await tabTo(page, feels(triangle), 20);
        await page.keyboard.type(text);
      }
      for (const { triangle } of copies) await triangle.locator(':is(sammen-save-status, v2-sammen-save-status)').filter({ hasText: 'Lagret på denne enheten' }).waitFor({ timeout: 10_000 });
      const before = [...(await violations(page))];

      await page.reload();
      for (const { tag, triangle, text } of copies) {
        await triangle.getByText('Barnet').first().waitFor({ timeout: 20_000 });
        await openChildCorner(page, triangle, tag);
        assert.equal(await feels(triangle).inputValue(), text, `<${tag}> kept its own text`);
      }
      assert.deepEqual([...before, ...(await violations(page))], [], 'no CSP or Trusted Types violation');
      assert.deepEqual(problems, [], 'no console error');
      assert.deepEqual(host.missing, [], 'no 404');
      await context.close();
    });
  }

  it('the block and script are the guide’s, and the script has no inline style or innerHTML', () => {
    const script = guideBlock(GUIDE, 'two-versions-script');
    assert.match(script, /customElementRegistry: defineSammen\(\)/);
    assert.match(script, /\/sammen-v2\/v2\/sammen\.js/);
    assert.doesNotMatch(script, /innerHTML|style=/);
  });
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

it('two builds on one page (global and prefix): each widget renders from its own build, internal tags included', async () => {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') errors.push(message.text());
  });
  await page.goto(`${host.origin}/every-widget.html`);
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

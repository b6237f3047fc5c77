// The hostile host page (issue 17): every widget on one Norwegian intranet page that does its worst —
// a strict CSP with Trusted Types, a global reset, `* { box-sizing: content-box; line-height: 1 }`,
// `button { all: unset }`, `svg { max-width: 20px }` and a 32 px base font — loaded from the CDN
// folder's autoloader (built by the repo's own rollup config). Each widget must render at a sensible
// size, in Norwegian, work by real key presses, save to IndexedDB and read it back after a reload,
// with no CSP or Trusted Types violation, no console error and no failed request.
// A screenshot of each widget is written to .test-results/hostile-host-<tag>.png.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { chromium, type Browser, type Locator } from 'playwright-core';
// @ts-expect-error plain .mjs helper without types
import { CHROMIUM_ARGS, ensureBrowser } from './scripts/find-browser.mjs';
// @ts-expect-error plain .mjs helper without types
import { buildCdnFolder } from './scripts/page-bytes.mjs';
import { parse as parseYaml } from 'yaml';
import { guideBlock } from './support/guide-blocks.js';
import { HOSTILE_CSP, HOSTILE_CSS, PROBE, consoleProblems, deepFocus, serveHostPage, tabTo, violations, type HostServer } from './support/hostile-page.js';

const PAGE = `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>Kommunens intranett</title>
<link rel="stylesheet" href="/hostile.css"><script src="/probe.js"></script></head><body>
<h1>Intranett</h1>
<sammen-reflection-deck session-id="hostile-deck"></sammen-reflection-deck>
<sammen-perspective-triangle document-id="hostile-triangle"></sammen-perspective-triangle>
<sammen-change-model document-id="hostile-model" editable></sammen-change-model>
<sammen-relation-map document-id="hostile-map"></sammen-relation-map>
<script type="module" src="/sammen/sammen.js"></script></body></html>`;

const GUIDE = 'docs/embedding.md';
/** The CSP docs/embedding.md tells a host it needs: the one these pages are served with (checked below). */
const GUIDE_CSP = /^Content-Security-Policy: (.+)$/m.exec(guideBlock(GUIDE, 'csp'))![1]!;

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The guide's Umbraco partial view as Umbraco renders it for a block whose documentId is `id`. */
function umbracoBlock(id: string): string {
  const view = guideBlock(GUIDE, 'umbraco-block').replace(/^@inherits .*\n/m, '').replaceAll('@Model.Content.Value("documentId")', escapeHtml(id));
  assert.doesNotMatch(view, /@/, 'the test knows every Razor expression of the view');
  return view;
}

/** The guide's Drupal library and paragraph template as Drupal renders them for `id`. */
function drupalBlock(id: string): string {
  const template = guideBlock(GUIDE, 'drupal-template');
  const library = /attach_library\('kommune_theme\/([\w-]+)'\)/.exec(template)?.[1];
  const libraries = parseYaml(guideBlock(GUIDE, 'drupal-library')) as Record<string, { js: Record<string, { attributes?: Record<string, string> }> }>;
  assert.ok(library && libraries[library], `the template attaches a library the .libraries.yml declares (${library})`);
  const scripts = Object.entries(libraries[library].js).map(([src, options]) => `<script${options.attributes?.type === 'module' ? ' type="module"' : ''} src="${src}"></script>`);
  const markup = template.replace(/^\{\{ attach_library\([^)]*\) \}\}\n/m, '').replaceAll('{{ paragraph.field_document_id.value }}', escapeHtml(id));
  assert.doesNotMatch(markup, /\{\{|\{%/, 'the test knows every Twig expression of the template');
  return `${markup}\n${scripts.join('\n')}`;
}

/** A page of the intranet with the guide's CDN example and CMS blocks, each a triangle of its own. */
const GUIDE_PAGE = `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>Kommunens intranett</title>
<link rel="stylesheet" href="/hostile.css"><script src="/probe.js"></script></head><body>
<h1>Intranett</h1>
<section>${guideBlock(GUIDE, 'cdn-page')}</section>
<section>${umbracoBlock('umbraco-blokk-1')}</section>
<section>${drupalBlock('drupal-avsnitt-1')}</section>
</body></html>`;

let host: HostServer;
let browser: Browser;

before(async () => {
  const { dir } = (await buildCdnFolder()) as { dir: string };
  host = await serveHostPage({
    pages: { '/index.html': PAGE, '/guide.html': GUIDE_PAGE, '/hostile.css': HOSTILE_CSS, '/probe.js': PROBE },
    folders: { '/sammen/': dir },
  });
  browser = await chromium.launch({ executablePath: ensureBrowser(), args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
  host?.server.close();
});

/** The widget's Norwegian text is on screen. */
async function showsNorwegian(widget: Locator, text: string): Promise<void> {
  await widget.getByText(text, { exact: false }).first().waitFor({ state: 'visible', timeout: 20_000 });
}

/**
 * Measures what the eye would see (a string: tsx would wrap named helpers in __name, which the
 * page lacks): key boxes' widths, anything sticking out of a widget, the tightest line spacing.
 */
const MEASURE = `(() => {
  const root = (tag) => document.querySelector(tag).shadowRoot;
  const width = (element) => Math.round(element ? element.getBoundingClientRect().width : 0);
  const all = (scope) => [...scope.querySelectorAll('*')].flatMap((element) => [element, ...(element.shadowRoot ? all(element.shadowRoot) : [])]);
  const overflowing = (tag) => {
    const host = document.querySelector(tag).getBoundingClientRect();
    return all(root(tag))
      .filter((element) => {
        const box = element.getBoundingClientRect();
        return box.width > 0 && getComputedStyle(element).position !== 'absolute' && (box.right > host.right + 1 || box.left < host.left - 1);
      })
      .map((element) => element.localName + '.' + (element.getAttribute('class') || ''));
  };
  const spacing = (tag) => all(root(tag))
    .filter((element) => element.localName === 'p' && element.getBoundingClientRect().height > 0)
    .map((element) => parseFloat(getComputedStyle(element).lineHeight) / parseFloat(getComputedStyle(element).fontSize));
  const tags = ['sammen-reflection-deck', 'sammen-perspective-triangle', 'sammen-change-model', 'sammen-relation-map'];
  return {
    triangleSvg: width(root('sammen-perspective-triangle').querySelector('svg')),
    deckCard: width(root('sammen-reflection-deck').querySelector('[part~="card"]')),
    modelColumn: width(root('sammen-change-model').querySelector('.column, [part~="column"]')),
    emptyMap: width(root('sammen-relation-map').querySelector('sammen-empty-state')),
    hostFont: parseFloat(getComputedStyle(document.querySelector('sammen-reflection-deck')).fontSize),
    overflow: Object.fromEntries(tags.map((tag) => [tag, overflowing(tag)])),
    tightest: Object.fromEntries(tags.map((tag) => [tag, Math.min(...spacing(tag))])),
    contentBox: Object.fromEntries(tags.map((tag) => [tag, all(root(tag)).filter((element) => getComputedStyle(element).boxSizing !== 'border-box').length])),
  };
})()`;

const DECK_NOTE = 'Notat skrevet på en fiendtlig side, æøå';
const TRIANGLE_TEXT = 'Barnet kan føle seg utenfor';

test('every widget renders, works by keyboard and saves on a hostile host page, with no CSP, Trusted Types or console error', { timeout: 120_000 }, async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const problems = consoleProblems(page);
  await page.goto(`${host.origin}/index.html`);
  const deck = page.locator('sammen-reflection-deck');
  const triangle = page.locator('sammen-perspective-triangle');
  const model = page.locator('sammen-change-model');
  const map = page.locator('sammen-relation-map');

  // In Norwegian (the page's lang="nb").
  await showsNorwegian(deck, 'Trekk et tilfeldig kort');
  await showsNorwegian(triangle, 'Begynn med barnet');
  await showsNorwegian(model, 'Legg til kolonne');
  await showsNorwegian(map, 'Dette kartet er tomt');

  // Rendered at a sensible size, whatever the page's rules: boxes and readable line spacing.
  const sizes = (await page.evaluate(MEASURE)) as {
    triangleSvg: number;
    deckCard: number;
    modelColumn: number;
    emptyMap: number;
    hostFont: number;
    overflow: Record<string, string[]>;
    tightest: Record<string, number>;
    contentBox: Record<string, number>;
  };
  assert.equal(sizes.hostFont, 32, 'the page’s huge base font reaches the widgets (they inherit the page’s font)');
  assert.ok(sizes.triangleSvg >= 300, `the triangle's drawing is ${sizes.triangleSvg}px wide, not squashed by svg { max-width: 20px }`);
  assert.ok(sizes.deckCard >= 250, `a reflection card is ${sizes.deckCard}px wide`);
  assert.ok(sizes.modelColumn >= 150, `a change-model column is ${sizes.modelColumn}px wide`);
  assert.ok(sizes.emptyMap >= 300, `the relation map's empty state is ${sizes.emptyMap}px wide`);
  for (const [tag, list] of Object.entries(sizes.overflow)) assert.deepEqual(list, [], `nothing in <${tag}> sticks out of it (box-sizing: content-box does not reach inside)`);
  // The widgets' styles are written for border-box sizing: the page's content-box must not reach in.
  for (const [tag, count] of Object.entries(sizes.contentBox)) assert.equal(count, 0, `elements in <${tag}> sized content-box`);
  for (const [tag, ratio] of Object.entries(sizes.tightest)) assert.ok(ratio >= 1.2, `<${tag}>'s paragraphs have line spacing ${ratio.toFixed(2)}, not the page's solid 1`);

  // The deck: open the first card with Enter, → for the next card, Tab to its notes, type.
  await deck.getByRole('button', { name: 'Begynn med det første kortet' }).focus();
  await page.keyboard.press('Enter');
  const focusTitle = deck.locator('.focus__title');
  await focusTitle.getByText('Nye familier').waitFor();
  await page.keyboard.press('ArrowRight');
  await focusTitle.getByText('Barn utenfor fellesskapet').waitFor();
  assert.match(await deepFocus(page), /sammen-reflection-deck/, 'focus stays in the deck');
  const note = deck.locator('sammen-textarea.note textarea').first();
  await tabTo(page, note);
  await page.keyboard.type(DECK_NOTE);
  await page.keyboard.press('Escape');

  // The triangle: arrows move between its parts, Enter opens one, type in its first field.
  const child = triangle.locator('[data-part="child"]');
  await child.focus();
  await page.keyboard.press('ArrowRight');
  const moved = await deepFocus(page);
  assert.doesNotMatch(moved, /data-part="child"/, 'the arrow moved focus off the child’s corner');
  assert.match(moved, /data-part=/, 'onto another part of the triangle');
  await child.focus();
  await page.keyboard.press('Enter');
  const feels = triangle.locator('sammen-textarea[label="Hva kan barnet føle?"] textarea');
  await tabTo(page, feels, 20);
  await page.keyboard.type(TRIANGLE_TEXT);

  // The change model: add an item to two columns by keyboard, then → on the board goes across.
  for (const [column, title] of [
    ['Aktiviteter', 'Foreldrekaffe'],
    ['Kortsiktige resultater', 'Tryggere foreldre'],
  ] as const) {
    await model.getByRole('button', { name: `Legg til element i ${column}` }).focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => /input|textarea/.test(document.activeElement?.shadowRoot?.activeElement?.localName ?? ''));
    await page.keyboard.type(title);
    await page.keyboard.press('Tab');
    await model.locator('.card__button', { hasText: title }).waitFor();
  }
  await model.locator('.card__button', { hasText: 'Foreldrekaffe' }).focus();
  await page.keyboard.press('ArrowRight');
  assert.match(await deepFocus(page), /Tryggere foreldre/, '→ moves to the item in the next column');
  await model.locator('[data-announcer]').filter({ hasText: 'Tryggere foreldre' }).waitFor({ state: 'attached' });

  // The relation map: start from the example by keyboard; focus lands on a person; → to another.
  await map.getByRole('button', { name: 'Start med eksempelet' }).focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.shadowRoot?.activeElement?.classList.contains('proxy'));
  const firstPerson = await deepFocus(page);
  await page.keyboard.press('ArrowRight');
  const nextPerson = await deepFocus(page);
  assert.match(nextPerson, /class="proxy"/, 'focus is on a person');
  assert.notEqual(nextPerson, firstPerson, '→ moved to another person');
  const people = await map.locator('.proxy').allTextContents();
  assert.ok(people.length >= 3, `the example's people are drawn: ${people.length}`);

  // Every widget says it saved (IndexedDB, "on this device").
  for (const widget of [deck, triangle, model, map]) await widget.locator('sammen-save-status').filter({ hasText: 'Lagret på denne enheten' }).first().waitFor({ timeout: 10_000 });
  mkdirSync('.test-results', { recursive: true });
  for (const widget of [deck, triangle, model, map]) await widget.screenshot({ path: `.test-results/hostile-host-${await widget.evaluate((element) => element.localName)}.png` });
  const before = { violations: await violations(page), problems: [...problems] };

  // Back after a reload: everything typed is read from IndexedDB.
  await page.reload();
  await deck.getByRole('button', { name: 'Begynn med det første kortet' }).focus();
  await page.keyboard.press('Enter');
  // As before the reload: → only once the card is open (the card view is a chunk of its own, so a
  // busy machine may take a moment to show it; an arrow pressed before that is not the card's).
  await focusTitle.getByText('Nye familier').waitFor();
  await page.keyboard.press('ArrowRight');
  await focusTitle.getByText('Barn utenfor fellesskapet').waitFor();
  assert.equal(await note.inputValue(), DECK_NOTE, 'the deck’s note is back');
  await page.keyboard.press('Escape');
  await triangle.locator('[data-part="child"]').focus();
  await page.keyboard.press('Enter');
  assert.equal(await feels.inputValue(), TRIANGLE_TEXT, 'the triangle’s text is back');
  for (const title of ['Foreldrekaffe', 'Tryggere foreldre']) await model.locator('.card__button', { hasText: title }).waitFor();
  await map.locator('.proxy').first().waitFor();
  assert.deepEqual(await map.locator('.proxy').allTextContents(), people, 'the map’s people are back');

  assert.deepEqual(host.missing, [], 'no request answered 404');
  assert.deepEqual(before.violations, [], 'no CSP or Trusted Types violation before the reload');
  assert.deepEqual(await violations(page), [], 'no CSP or Trusted Types violation after it');
  assert.deepEqual(before.problems, [], 'no console error before the reload');
  assert.deepEqual(problems, [], 'no console error at all');
  await context.close();
});

test('docs/embedding.md’s CDN example, Umbraco block and Drupal block work on the hostile page, under the CSP it gives', { timeout: 60_000 }, async () => {
  assert.equal(GUIDE_CSP, HOSTILE_CSP, 'the guide gives the CSP these pages are served with (the issue’s)');
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = consoleProblems(page);
  await page.goto(`${host.origin}/guide.html`);
  const ids = ['trekant-stue-1', 'umbraco-blokk-1', 'drupal-avsnitt-1'];
  for (const id of ids) {
    const triangle = page.locator(`sammen-perspective-triangle[document-id="${id}"]`);
    await triangle.getByText('Begynn med barnet').waitFor({ timeout: 20_000 });
    await triangle.locator('[data-part="child"]').focus();
    await page.keyboard.press('ArrowRight');
    assert.match(await deepFocus(page), /sammen-perspective-triangle <[^>]*data-part="(?!child)/, `<sammen-perspective-triangle document-id="${id}"> moves focus by keyboard`);
  }
  assert.equal(await page.locator('sammen-perspective-triangle').count(), ids.length);
  assert.deepEqual(await violations(page), []);
  assert.deepEqual(problems, []);
  assert.deepEqual(host.missing, []);
  await context.close();
});

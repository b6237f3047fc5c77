// The graph widgets' edits survive a real page reload (issue 15: "the whole edit round trip … by
// keyboard alone, persisted across reload"; issue 16: "persistence across reload"). The CDN folder
// is built with the repository's own rollup config and served from 127.0.0.1; a plain page holds
// `<sammen-change-model editable document-id>` or `<sammen-relation-map document-id>` and the
// autoloader, with the default store (IndexedDB). Chromium is driven by the keyboard only, the
// page is reloaded 0 ms after the last keystroke, and every edit must be on screen again — and
// again after a second, unhurried reload. Any console error, page error or failed request fails.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
// @ts-expect-error plain .mjs helper without types
import { CHROMIUM_ARGS, ensureBrowser } from './scripts/find-browser.mjs';
// @ts-expect-error plain .mjs helper without types
import { buildCdnFolder, serveFolder } from './scripts/page-bytes.mjs';

const page = (body: string) => `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>Sammen</title></head><body>
<button>før</button>
${body}
<script type="module" src="/sammen.js"></script></body></html>`;

const PAGES = {
  '/change-model.html': page('<sammen-change-model editable document-id="kvartalsmodel"></sammen-change-model>'),
  '/relation-map.html': page('<sammen-relation-map document-id="myretuen"></sammen-relation-map>'),
};

type Served = { server: import('node:http').Server; origin: string };
let served: Served;
let browser: Browser;

before(async () => {
  const { dir } = (await buildCdnFolder()) as { dir: string };
  served = (await serveFolder(dir, PAGES)) as Served;
  browser = await chromium.launch({ executablePath: ensureBrowser(), args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
  served?.server.close();
});

/** A fresh browser profile (its own IndexedDB) with a page that records every problem. */
async function open(path: string): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  const context = await browser.newContext();
  // tsx compiles the functions given to page.evaluate with esbuild's `keepNames`, which calls a
  // `__name` helper that only exists in Node: give the page a no-op one.
  await context.addInitScript('globalThis.__name = (target) => target;');
  const tab = await context.newPage();
  const problems: string[] = [];
  tab.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  tab.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`);
  });
  tab.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} ${new URL(response.url()).pathname}`);
  });
  tab.on('requestfailed', (request) => {
    // A request cut off by the reload itself is not a failure of the page.
    if (request.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`request failed: ${new URL(request.url()).pathname} ${request.failure()?.errorText}`);
  });
  await tab.goto(served.origin + path);
  return { context, page: tab, problems };
}

/** The focused element inside the widgets' shadow roots: its accessible name and role, as a person hears it. */
function focusedControl(tab: Page): Promise<{ name: string; role: string }> {
  return tab.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    if (!active) return { name: '', role: '' };
    const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
    const label = active.closest('label');
    const labelText = label
      ? squash(label.querySelector('.s-field__label')?.textContent) ||
        squash([...label.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE).map((node) => node.textContent).join(''))
      : '';
    const host = (active.getRootNode() as ShadowRoot).host;
    const hostName = host && /^sammen-(icon-)?button$/.test(host.localName) ? squash(host.getAttribute('label')) || squash(host.textContent) : '';
    const name = squash(active.getAttribute('aria-label')) || labelText || hostName || squash(active.textContent);
    const input = active instanceof HTMLInputElement ? active.type : '';
    const role = active.getAttribute('role') ?? (input === 'checkbox' ? 'checkbox' : input ? 'textbox' : active.localName);
    return { name, role };
  });
}

/** Presses Tab (then Shift+Tab) until the control named `name` has focus — keyboard alone. */
async function tabTo(tab: Page, name: string, role?: string): Promise<void> {
  const matches = async () => {
    const focused = await focusedControl(tab);
    return focused.name === name && (!role || focused.role === role);
  };
  for (const key of ['Tab', 'Shift+Tab']) {
    for (let step = 0; step < 120 && !(await matches()); step += 1) await tab.keyboard.press(key);
    if (await matches()) return;
  }
  throw new Error(`Tab never reached “${name}”; focus is on ${JSON.stringify(await focusedControl(tab))}`);
}

/** Moves a closed select's choice with ↓ (as a keyboard user does) until `text` is chosen. */
async function chooseByKeys(tab: Page, label: string, text: string): Promise<void> {
  await tabTo(tab, label, 'select');
  await tab.keyboard.press('Home');
  for (let step = 0; step < 40; step += 1) {
    const chosen = await tab.evaluate(() => {
      let active = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      return active instanceof HTMLSelectElement ? (active.selectedOptions[0]?.textContent ?? '').trim() : '';
    });
    if (chosen === text) return;
    await tab.keyboard.press('ArrowDown');
  }
  const options = await tab.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active instanceof HTMLSelectElement ? [...active.options].map((option) => option.textContent) : [`focus on ${active?.localName}`];
  });
  throw new Error(`No option “${text}” in ${label}: ${JSON.stringify(options)}`);
}

/** What the change model shows in edit mode: its lists' items, and the open form's fields. */
function changeModelState(tab: Page) {
  return tab.evaluate(() => {
    const root = document.querySelector('sammen-change-model')!.shadowRoot!;
    const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
    const columns: Record<string, string[]> = {};
    for (const column of root.querySelectorAll('.edit-column')) {
      columns[squash(column.querySelector('h1,h2,h3,h4,h5,h6')?.textContent)] = [...column.querySelectorAll('[role=option]')].map((option) => squash(option.textContent));
    }
    const nameOf = (control: Element) => {
      const label = control.closest('label');
      return squash(control.getAttribute('aria-label')) || squash(label?.querySelector('.s-field__label')?.textContent) || squash(label?.textContent);
    };
    const field = (label: string) => [...root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>('input, textarea, select')].find((control) => nameOf(control) === label);
    const checkbox = field('Forældre deltager') as HTMLInputElement | undefined;
    return {
      columns,
      linked: checkbox?.checked ?? false,
      rationale: field('Hvorfor vi tror, det fører dertil (begrundelse)')?.value ?? '',
      indicator: field('Indikatorens navn')?.value ?? '',
      status: field('Status')?.value ?? '',
      saved: squash(root.querySelector('sammen-save-status')?.shadowRoot?.textContent ?? root.querySelector('sammen-save-status')?.textContent),
    };
  });
}

const editorShown = (tab: Page) => tab.waitForFunction(() => document.querySelector('sammen-change-model')?.shadowRoot?.querySelector('.edit-column [data-add-item]'), undefined, { timeout: 20_000 });

/** Opens the activity's form again, by keyboard, and reads what is there. */
async function reopenActivity(tab: Page) {
  await editorShown(tab);
  await tab.waitForFunction(() => document.querySelector('sammen-change-model')?.shadowRoot?.querySelector('[role=option]'), undefined, { timeout: 10_000 });
  await tab.locator('body > button').focus();
  await tabTo(tab, 'Familiegrupper', 'option');
  await tab.keyboard.press('Enter');
  await tab.waitForFunction(() => document.querySelector('sammen-change-model')?.shadowRoot?.querySelector('select'), undefined, { timeout: 5000 });
  return changeModelState(tab);
}

const EXPECTED_MODEL = {
  columns: { Aktiviteter: ['Familiegrupper'], 'Kortsigtede resultater': ['Forældre deltager'] },
  linked: true,
  rationale: 'Forældre mødes med andre forældre',
  indicator: 'Fremmøde',
  status: 'at-risk',
};

function assertModel(state: Awaited<ReturnType<typeof changeModelState>>, when: string): void {
  assert.deepEqual(state.columns.Aktiviteter, EXPECTED_MODEL.columns.Aktiviteter, `${when}: the activity`);
  assert.deepEqual(state.columns['Kortsigtede resultater'], EXPECTED_MODEL.columns['Kortsigtede resultater'], `${when}: the result`);
  assert.equal(state.linked, true, `${when}: the link`);
  assert.equal(state.rationale, EXPECTED_MODEL.rationale, `${when}: the rationale`);
  assert.equal(state.indicator, EXPECTED_MODEL.indicator, `${when}: the indicator`);
  assert.equal(state.status, EXPECTED_MODEL.status, `${when}: the indicator's status (as redone)`);
}

describe('edits persist across a real reload', { timeout: 240_000 }, () => {
  test('<sammen-change-model editable document-id>: item, link, rationale, indicator, undo, redo by keyboard — all there after a reload 0 ms after the last key, and after a normal reload', async () => {
    const { context, page: tab, problems } = await open('/change-model.html');
    try {
      await editorShown(tab);
      await tab.locator('body > button').focus();
      await tabTo(tab, 'Tilføj element til Aktiviteter');
      await tab.keyboard.press('Enter');
      await tab.waitForFunction(() => true);
      assert.equal((await focusedControl(tab)).name, 'Titel', 'focus goes to the new item’s title');
      await tab.keyboard.press('Control+A');
      await tab.keyboard.type('Familiegrupper');
      await tab.keyboard.press('Tab');

      await tabTo(tab, 'Tilføj element til Kortsigtede resultater');
      await tab.keyboard.press('Enter');
      await tab.keyboard.press('Control+A');
      await tab.keyboard.type('Forældre deltager');
      await tab.keyboard.press('Tab');

      await tabTo(tab, 'Familiegrupper', 'option');
      await tab.keyboard.press('Enter');
      await tabTo(tab, 'Forældre deltager', 'checkbox');
      await tab.keyboard.press('Space');

      await tabTo(tab, 'Hvorfor vi tror, det fører dertil (begrundelse)');
      await tab.keyboard.type('Forældre mødes med andre forældre');
      await tab.keyboard.press('Tab');

      await tabTo(tab, 'Tilføj indikator');
      await tab.keyboard.press('Enter');
      await tab.keyboard.press('Control+A');
      await tab.keyboard.type('Fremmøde');
      await tabTo(tab, 'Status');
      await tab.keyboard.press('ArrowUp');
      await tab.keyboard.press('ArrowUp');

      await tab.keyboard.press('Escape');
      await tab.keyboard.press('Control+Z');
      await tab.keyboard.press('Control+Shift+Z');
      // 0 ms after the last keystroke.
      await tab.reload();
      assertModel(await reopenActivity(tab), 'after a reload 0 ms after the last key');

      await tab.waitForTimeout(1500);
      await tab.reload();
      const again = await reopenActivity(tab);
      assertModel(again, 'after a normal reload');
      assert.deepEqual(problems, [], 'no console error, page error or failed request');
    } finally {
      await context.close();
    }
  });

  test('<sammen-change-model editable document-id>: a rationale typed and not yet left (no Tab) is there after a reload 0 ms after the last key', async () => {
    const { context, page: tab, problems } = await open('/change-model.html');
    try {
      await editorShown(tab);
      await tab.locator('body > button').focus();
      await tabTo(tab, 'Tilføj element til Aktiviteter');
      await tab.keyboard.press('Enter');
      await tab.keyboard.press('Control+A');
      await tab.keyboard.type('Familiegrupper');
      await tab.keyboard.press('Tab');
      await tabTo(tab, 'Tilføj element til Kortsigtede resultater');
      await tab.keyboard.press('Enter');
      await tab.keyboard.press('Control+A');
      await tab.keyboard.type('Forældre deltager');
      await tab.keyboard.press('Tab');
      await tabTo(tab, 'Familiegrupper', 'option');
      await tab.keyboard.press('Enter');
      await tabTo(tab, 'Forældre deltager', 'checkbox');
      await tab.keyboard.press('Space');
      await tabTo(tab, 'Hvorfor vi tror, det fører dertil (begrundelse)');
      await tab.keyboard.type('Forældre mødes med andre forældre');
      await tab.reload();
      const state = await reopenActivity(tab);
      assert.equal(state.rationale, 'Forældre mødes med andre forældre', 'the text still in the field when the page went');
      assert.deepEqual(problems, [], 'no console error, page error or failed request');
    } finally {
      await context.close();
    }
  });

  test('<sammen-relation-map document-id>: two people and a tie added by the forms are there after a reload 0 ms after the last key, and after a normal reload', async () => {
    const { context, page: tab, problems } = await open('/relation-map.html');
    const summary = () => tab.evaluate(() => (document.querySelector('sammen-relation-map')?.shadowRoot?.querySelector('.summary')?.textContent ?? '').replace(/\s+/g, ' ').trim());
    const people = () =>
      tab.evaluate(() => [...(document.querySelector('sammen-relation-map')?.shadowRoot?.querySelectorAll('.proxy') ?? [])].map((proxy) => (proxy.textContent ?? '').replace(/\s+/g, ' ').trim().split(',')[0]));
    const shown = () => tab.waitForFunction(() => document.querySelector('sammen-relation-map')?.shadowRoot?.querySelector('.summary, sammen-button'), undefined, { timeout: 20_000 });
    try {
      await shown();
      await tab.locator('body > button').focus();
      for (const name of ['Asta', 'Bjørn']) {
        await tabTo(tab, 'Tilføj en person');
        await tab.keyboard.press('Enter');
        await tabTo(tab, 'Pseudonym eller initialer');
        await tab.keyboard.type(name);
        await tab.keyboard.press('Enter');
      }
      await tab.waitForFunction(() => document.querySelector('sammen-relation-map')?.shadowRoot?.querySelectorAll('.proxy').length === 2, undefined, { timeout: 5000 });
      await tabTo(tab, 'Tilføj en relation');
      await tab.keyboard.press('Enter');
      await chooseByKeys(tab, 'Fra', 'Bjørn');
      await chooseByKeys(tab, 'Til', 'Asta');
      await tabTo(tab, 'Tilføj relation', 'button');
      await tab.keyboard.press('Enter');
      // 0 ms after the last keystroke.
      await tab.reload();
      await shown();
      await tab.waitForFunction(() => document.querySelector('sammen-relation-map')?.shadowRoot?.querySelectorAll('.proxy').length, undefined, { timeout: 10_000 }).catch(() => undefined);
      assert.deepEqual((await people()).toSorted(), ['Asta', 'Bjørn'], 'after a reload 0 ms after the last key: the people');
      assert.equal(await summary(), '2 børn, 1 valg, 1 barn som ingen valgte', 'after a reload 0 ms after the last key: the tie');

      await tab.waitForTimeout(1500);
      await tab.reload();
      await shown();
      await tab.waitForFunction(() => document.querySelector('sammen-relation-map')?.shadowRoot?.querySelectorAll('.proxy').length, undefined, { timeout: 10_000 }).catch(() => undefined);
      assert.deepEqual((await people()).toSorted(), ['Asta', 'Bjørn'], 'after a normal reload: the people');
      assert.equal(await summary(), '2 børn, 1 valg, 1 barn som ingen valgte', 'after a normal reload: the tie');
      assert.deepEqual(problems, [], 'no console error, page error or failed request');
    } finally {
      await context.close();
    }
  });

  test('<sammen-relation-map document-id>: a strength picked in the table, and a name typed there and not left, are there after a reload 0 ms later', async () => {
    // Found from the outside: the table's first edit after a load waited for the edit part's
    // download, and a reload in that moment lost it; a name still in its field was lost always.
    const { context, page: tab, problems } = await open('/relation-map.html');
    const root = 'sammen-relation-map';
    const toTable = async () => {
      await tab.waitForFunction(() => document.querySelector('sammen-relation-map')?.shadowRoot?.querySelectorAll('.proxy').length, undefined, { timeout: 20_000 });
      await tab.locator(root).getByRole('tab', { name: 'Tabel' }).click();
      await tab.locator(`${root} select[aria-label^="Styrke for"]`).first().waitFor({ timeout: 10_000 });
    };
    try {
      await tab.locator(root).getByRole('button', { name: 'Start med eksemplet' }).click();
      await toTable();
      const strength = tab.locator(`${root} select[aria-label^="Styrke for"]`).first();
      const label = await strength.getAttribute('aria-label');
      const before = await strength.inputValue();
      const options = await strength.locator('option').evaluateAll((list) => list.map((option) => (option as HTMLOptionElement).value));
      const picked = options.find((value) => value !== before)!;
      await strength.selectOption(picked);
      await tab.reload();
      await toTable();
      // The label names the tie and its strength ("… (gensidig, stærk)"): find it by the tie.
      const tieName = label!.replace(/ \(.*$/, '');
      assert.equal(await tab.locator(`${root} select[aria-label^="${tieName} ("]`).inputValue(), picked, 'the strength picked 0 ms before the reload');

      const name = tab.locator(`${root} input.name-input`).first();
      const nameLabel = await name.getAttribute('aria-label');
      await name.click();
      await name.press('End');
      await tab.keyboard.type('sen');
      const typed = await name.inputValue();
      await tab.reload();
      await toTable();
      const names = await tab.locator(`${root} input.name-input`).evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
      assert.ok(names.includes(typed), `“${typed}” (typed into ${nameLabel} and not left) is among ${JSON.stringify(names)}`);
      assert.deepEqual(problems, [], 'no console error, page error or failed request');
    } finally {
      await context.close();
    }
  });
});

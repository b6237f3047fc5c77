// Trusted Types (issue 13, point 15): a host whose CSP enforces Trusted Types must name Lit's
// policy, `lit-html`, in its `trusted-types` directive — docs/security.md says so, and this
// proves it in Chromium both ways: with the documented CSP the bundle loads and renders with no
// violation; without the policy name it fails to load, with a trusted-types violation.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
// @ts-expect-error plain .mjs helper without types
import { CHROMIUM_ARGS, ensureBrowser } from './scripts/find-browser.mjs';
import { buildCdnBundle, serveWithHeaders, writeFiles } from './support/cdn-page.js';

/** The CSP exactly as docs/security.md gives it (so the page is what is proven, not a copy). */
const DOCUMENTED_CSP = /^Content-Security-Policy: (.+)$/m.exec(readFileSync('docs/security.md', 'utf8'))?.[1] ?? 'docs/security.md has no Content-Security-Policy line';
/** The same, with a policy list that does not name Lit's policy. */
const WITHOUT_LIT_CSP = DOCUMENTED_CSP.replace(/trusted-types [^;]*/, 'trusted-types host-policy');

const WIDGETS = [
  ['reflection-cards', 'sammen-reflection-deck'],
  ['perspective-triangle', 'sammen-perspective-triangle'],
  ['change-model', 'sammen-change-model'],
  ['relation-map', 'sammen-relation-map'],
]
  .filter(([pkg]) => existsSync(`packages/${pkg}/src/define.ts`))
  .map(([, tag]) => tag!);

// Records CSP violations and errors before the bundle runs (an inline script would itself be
// blocked by script-src 'self', so it is a file).
const PROBE = `window.__csp = [];
document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(e.effectiveDirective + ' ' + (e.blockedURI || '') + ' ' + (e.sample || '')));
window.__errors = [];
window.addEventListener('error', (e) => window.__errors.push(String(e.message)));`;

let dir: string;
let bundle: string;
let server: Server;
let browser: Browser;
let origin: string;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sammen-tt-'));
  bundle = readFileSync(await buildCdnBundle(dir), 'utf8');
  writeFiles(dir, {
    'probe.js': PROBE,
    'index.html': `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>Trusted Types</title>
      <script src="./probe.js"></script></head><body>
      ${WIDGETS.map((tag) => `<${tag}></${tag}>`).join('\n')}
      <script type="module" src="./sammen.min.js"></script></body></html>`,
    // A host that has its own copy of Lit (here: a second copy of the bundle) creates the policy twice.
    'second-lit.js': bundle,
    'two.html': `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>Two Lits</title>
      <script src="./probe.js"></script></head><body>
      <script type="module" src="./second-lit.js"></script>
      <script type="module" src="./sammen.min.js"></script></body></html>`,
  });
  server = await serveWithHeaders(dir, {
    documented: { 'content-security-policy': DOCUMENTED_CSP },
    'without-lit': { 'content-security-policy': WITHOUT_LIT_CSP },
    'two-lits': { 'content-security-policy': DOCUMENTED_CSP },
    'two-lits-allowed': { 'content-security-policy': DOCUMENTED_CSP.replace(/trusted-types [^;]*/, (list) => `${list} 'allow-duplicates'`) },
  });
  const address = server.address();
  assert.ok(address && typeof address === 'object');
  origin = `http://127.0.0.1:${address.port}`;
  browser = await chromium.launch({ executablePath: ensureBrowser(), args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
  server?.close();
});

async function open(set: string, file = 'index.html') {
  const page = await browser.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(`${origin}/${set}/${file}`);
  return { page, pageErrors };
}

describe('Trusted Types: the CSP docs/security.md documents', () => {
  it('docs/security.md gives a CSP that enforces Trusted Types and names lit-html', () => {
    assert.match(DOCUMENTED_CSP, /require-trusted-types-for 'script'/);
    assert.match(DOCUMENTED_CSP, /trusted-types lit-html/);
    assert.match(DOCUMENTED_CSP, /script-src 'self'/);
    assert.doesNotMatch(DOCUMENTED_CSP, /unsafe/);
  });

  it('the bundle creates exactly one Trusted Types policy, "lit-html" (the name the docs give)', () => {
    const names = [...bundle.matchAll(/createPolicy\(\s*(["'`])([^"'`]+)\1/g)].map((match) => match[2]);
    assert.deepEqual(names, ['lit-html']);
  });

  it("Lit's development and production builds both name their policy lit-html", () => {
    for (const file of ['node_modules/lit-html/lit-html.js', 'node_modules/lit-html/development/lit-html.js']) {
      const names = [...readFileSync(file, 'utf8').matchAll(/createPolicy\(\s*(["'`])([^"'`]+)\1/g)].map((match) => match[2]);
      assert.deepEqual(names, ['lit-html'], file);
    }
  });

  it('with the documented CSP the bundle loads and every widget renders, with no CSP violation', async () => {
    const { page, pageErrors } = await open('documented');
    try {
      await page.waitForFunction((tags) => tags.every((tag) => (document.querySelector(tag)?.shadowRoot?.textContent ?? '').trim().length > 3), WIDGETS, { timeout: 15_000 });
      // Every template again, in another language (its strings load lazily): still no violation.
      const danish = await page.evaluate((tags) => tags.map((tag) => document.querySelector(tag)!.shadowRoot!.textContent ?? ''), WIDGETS);
      await page.evaluate(() => document.documentElement.setAttribute('lang', 'nb'));
      await page.waitForFunction(
        ([tags, before]) => tags.every((tag, index) => document.querySelector(tag)!.shadowRoot!.textContent !== before[index]),
        [WIDGETS, danish] as const,
        { timeout: 10_000 },
      );
      assert.deepEqual(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp), []);
      assert.deepEqual(pageErrors, []);
      assert.equal(await page.evaluate(() => typeof (window as unknown as { trustedTypes?: { createPolicy?: unknown } }).trustedTypes?.createPolicy), 'function', 'this Chromium has Trusted Types');
    } finally {
      await page.close();
    }
  });

  it('without lit-html in trusted-types the bundle fails to load: a trusted-types violation, no widget defined', async () => {
    const { page, pageErrors } = await open('without-lit');
    try {
      await page.waitForFunction(() => (window as unknown as { __csp: string[] }).__csp.length > 0, undefined, { timeout: 10_000 });
      const violations = await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
      assert.ok(violations.some((violation) => violation.startsWith('trusted-types ') && violation.includes('lit-html')), violations.join('\n'));
      assert.deepEqual(await page.evaluate((tags) => tags.filter((tag) => customElements.get(tag)), WIDGETS), []);
      assert.ok(pageErrors.some((message) => /lit-html|policy/i.test(message)), pageErrors.join('\n'));
    } finally {
      await page.close();
    }
  });

  it("a page with a second copy of Lit needs 'allow-duplicates': without it the second policy is a violation", async () => {
    for (const [set, expectViolation] of [['two-lits', true], ['two-lits-allowed', false]] as const) {
      const { page } = await open(set, 'two.html');
      try {
        await page.waitForFunction(() => customElements.get('sammen-status-badge') !== undefined, undefined, { timeout: 10_000 });
        await page.waitForTimeout(200);
        const violations = await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
        assert.equal(violations.some((violation) => violation.startsWith('trusted-types ')), expectViolation, `${set}: ${violations.join('; ')}`);
      } finally {
        await page.close();
      }
    }
  });
});

// The host page that does its worst, shared by the hostile-host, two-versions and embedding-guide
// tests (issue 17): the strict CSP the issue names, a global reset with hostile rules, and a probe
// that records every CSP and Trusted Types violation from before any Sammen code runs.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join, normalize } from 'node:path';
import assert from 'node:assert/strict';
import type { Locator, Page } from 'playwright-core';

/**
 * The CSP, word for word: no inline script or style, no eval, and Trusted Types enforced.
 * (No `trusted-types` list: any policy name is allowed, so Lit's `lit-html` policy is too.)
 */
export const HOSTILE_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

/** A global reset plus the rules that break careless widgets, under a huge base font. */
export const HOSTILE_CSS = `html { font-size: 32px; }
*, *::before, *::after { margin: 0; padding: 0; border: 0; font: inherit; vertical-align: baseline; }
* { box-sizing: content-box; line-height: 1; }
button { all: unset; }
svg { max-width: 20px; }
ol, ul { list-style: none; }
table { border-collapse: collapse; border-spacing: 0; }
`;

/** Where the probe keeps what it heard. */
export interface Probe {
  __violations: string[];
}

/**
 * A classic script (a file: an inline one would itself be blocked) that records violations. A
 * `securitypolicyviolation` event is composed, so one in a shadow root reaches the document.
 */
export const PROBE = `window.__violations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.__violations.push(event.effectiveDirective + ' ' + (event.blockedURI || '') + ' ' + (event.sample || ''));
}, true);`;

/** The focused element, looked up through open shadow roots: its hosts' tags, then its opening tag and text. */
export function deepFocus(page: Page): Promise<string> {
  return page.evaluate(() => {
    const hosts: string[] = [];
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) {
      hosts.push(active.localName);
      active = active.shadowRoot.activeElement;
    }
    if (!active) return '';
    const open = active.outerHTML.slice(0, active.outerHTML.indexOf('>') + 1);
    return `${hosts.join(' > ')} ${open} ${(active.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 120)}`;
  });
}

const TYPES: Record<string, string> = { js: 'text/javascript', css: 'text/css', json: 'application/json', html: 'text/html; charset=utf-8', ico: 'image/x-icon' };

/** A host page's server: its own `pages` (path → text), folders mounted at paths, every response with `csp`. */
export interface HostServer {
  server: Server;
  origin: string;
  /** Every request answered 404, by path. */
  missing: string[];
}

/**
 * Serves `pages` and each folder in `folders` (mount path such as `/sammen/` → directory) from
 * 127.0.0.1, every response with the Content-Security-Policy `csp`. `/favicon.ico` is an empty
 * file, as an intranet has one; anything else unknown is a 404, recorded in `missing`.
 */
export function serveHostPage(options: { pages: Record<string, string>; folders?: Record<string, string>; csp?: string }): Promise<HostServer> {
  const missing: string[] = [];
  const pages: Record<string, string> = { '/favicon.ico': '', ...options.pages };
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    let body: string | Buffer | undefined = pages[path];
    for (const [mount, dir] of Object.entries(options.folders ?? {})) {
      if (body !== undefined || !path.startsWith(mount)) continue;
      const file = join(dir, normalize(`/${path.slice(mount.length)}`));
      if (file.startsWith(dir) && existsSync(file) && statSync(file).isFile()) body = readFileSync(file);
    }
    if (body === undefined) {
      missing.push(path);
      response.writeHead(404).end();
      return;
    }
    const type = TYPES[path.split('.').pop() ?? ''] ?? 'text/html; charset=utf-8';
    response.writeHead(200, { 'content-type': type, 'content-security-policy': options.csp ?? HOSTILE_CSP, 'cache-control': 'no-store' }).end(body);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve({ server, missing, origin: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` });
    }),
  );
}

/** Records a page's console errors and uncaught exceptions (a CSP report is a console error too). */
export function consoleProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  return problems;
}

/** The violations the page's probe heard (securitypolicyviolation events, CSP and Trusted Types alike). */
export const violations = (page: Page): Promise<string[]> => page.evaluate(() => (window as unknown as Probe).__violations);

/** Presses Tab (at most `limit` times) until `target` has focus; fails if it never does. */
export async function tabTo(page: Page, target: Locator, limit = 12): Promise<void> {
  for (let step = 0; step < limit; step += 1) {
    if (await target.evaluate((element) => element.matches(':focus'))) return;
    await page.keyboard.press('Tab');
  }
  assert.ok(await target.evaluate((element) => element.matches(':focus')), `Tab reached ${await target.evaluate((element) => element.outerHTML.slice(0, 80))}`);
}

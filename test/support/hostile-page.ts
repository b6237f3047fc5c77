// The host page that does its worst, shared by the hostile-host, two-versions and embedding-guide
// tests (issue 17): the strict CSP the issue names, a global reset with hostile rules, and a probe
// that records every CSP and Trusted Types violation from before any Sammen code runs.
import type { Page } from 'playwright-core';

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

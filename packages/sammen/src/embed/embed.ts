/**
 * The script of the embed page (`embed.html`, a chunk of the CDN folder; the page has no inline
 * script, so it runs under `script-src 'self'`). It shows one widget, chosen by the URL, and:
 * - tells the framing page its height whenever it changes (ResizeObserver → postMessage), so the
 *   host's iframe fits its content without a scrollbar;
 * - takes a token from the framing page, only from an allowed origin, keeps it in memory and puts
 *   it in the `Authorization` header of the host's server (`api`), never in storage or the URL;
 * - says where the work is kept and offers export and import (`<sammen-embed-storage>`).
 */
import { HttpStore, setDefaultStore, type Store } from '@sammen/sdk';
import { define } from '@sammen/core';
import { readEmbedConfig, readEmbedFile, type EmbedConfig, type EmbedConfigIssue, type EmbeddableWidget, type EmbedFileResult } from './embed-config.js';
import { HEIGHT, READY, TokenHolder, tokenFrom } from './embed-messages.js';
import { SammenEmbedStorage } from './embed-storage.js';

/** How long the first request to the host's server waits for the host's token. */
const TOKEN_WAIT_MS = 3000;

/** The host's settings file next to embed.html (the folder ships `{}`); one it cannot read is a set-up error. */
async function fileConfig(): Promise<EmbedFileResult> {
  try {
    const response = await fetch(new URL('./embed.config.json', document.baseURI), { credentials: 'same-origin' });
    return readEmbedFile(response.status, response.ok ? await response.text() : '');
  } catch (error) {
    return { ok: false, issue: { path: 'embed.config.json', message: `could not be read: ${String(error)}` } };
  }
}

/** Where the frame is shown: the embedding page's host name, when framed. */
function embeddingSite(): string | undefined {
  if (window.parent === window) return undefined;
  const origin = location.ancestorOrigins?.[0] ?? (document.referrer ? new URL(document.referrer).origin : undefined);
  return origin ? new URL(origin).host : undefined;
}

function showIssues(issues: EmbedConfigIssue[]): void {
  const box = document.createElement('div');
  box.setAttribute('role', 'alert');
  const lead = document.createElement('p');
  lead.textContent = 'This Sammen embed page is set up wrongly:';
  const list = document.createElement('ul');
  for (const issue of issues) {
    const item = document.createElement('li');
    item.textContent = `${issue.path}: ${issue.message}`;
    list.append(item);
  }
  box.append(lead, list);
  document.body.append(box);
  document.body.dispatchEvent(
    new CustomEvent('sammen-error', { bubbles: true, composed: true, detail: { code: 'invalid-embed', message: lead.textContent, issues } }),
  );
}

function hostStore(config: EmbedConfig, tokens: TokenHolder): Store {
  return new HttpStore({
    baseUrl: config.api!,
    ...(config.apiLabel ? { label: config.apiLabel } : {}),
    headers: async () => {
      const token = await tokens.current(config.parentOrigins.length ? TOKEN_WAIT_MS : 0);
      const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
      return headers;
    },
  });
}

/**
 * Posts `message` to the parent when it is at an allowed origin. Where the browser names the
 * parent's origin (`location.ancestorOrigins`: Chromium, Safari), to that one only; elsewhere to
 * each allowed origin (the browser drops the ones that do not match).
 */
function tellParent(config: EmbedConfig, message: object): void {
  if (window.parent === window) return;
  const parent = location.ancestorOrigins?.[0];
  const targets = parent === undefined ? config.parentOrigins : config.parentOrigins.filter((origin) => origin === parent);
  for (const origin of targets) window.parent.postMessage(message, origin);
}

/** Reports the page's height now and whenever it changes. */
function reportHeight(config: EmbedConfig): void {
  let last = -1;
  const send = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    tellParent(config, { type: HEIGHT, height });
  };
  new ResizeObserver(send).observe(document.documentElement);
}

/** Starts the embed page for the build's `widgets` (the autoloader loads the chosen one). */
export async function startEmbed(widgets: readonly EmbeddableWidget[]): Promise<void> {
  // Set through the CSSOM (allowed under style-src 'self'): no margin, so the reported height is the content's.
  document.documentElement.style.margin = '0';
  document.body.style.margin = '0';
  document.body.style.padding = '0.5rem';
  const file = await fileConfig();
  if (!file.ok) {
    showIssues([file.issue]);
    return;
  }
  const result = readEmbedConfig(location.href, widgets, file.file);
  if (!result.ok) {
    showIssues(result.issues);
    return;
  }
  const { config } = result;
  if (config.lang) document.documentElement.lang = config.lang;
  const tokens = new TokenHolder();
  window.addEventListener('message', (event) => {
    const token = tokenFrom(event, window.parent, config.parentOrigins);
    if (token !== undefined) tokens.set(token);
  });
  const store = config.api ? hostStore(config, tokens) : undefined;
  if (store) setDefaultStore(store);
  const widget = document.createElement(config.tag);
  for (const [attribute, value] of [
    ['src', config.src],
    ['document-id', config.documentId],
    ['heading-level', config.headingLevel],
  ] as const) {
    if (value !== undefined) widget.setAttribute(attribute, value);
  }
  define('sammen-embed-storage', SammenEmbedStorage);
  const storage = document.createElement('sammen-embed-storage');
  const site = embeddingSite();
  if (site) storage.embeddingSite = site;
  document.body.append(widget, storage);
  reportHeight(config);
  tellParent(config, { type: READY });
}

/**
 * The embed page's settings (`embed.html?widget=…&src=…&lang=…`), read from its URL and from an
 * optional `embed.config.json` next to it. Pure: no DOM, so Node tests it.
 *
 * Who may hand the frame a token is the one setting a stranger must not choose: the host that
 * copies the CDN folder writes `parentOrigins` (and `api`) into embed.config.json, and then the
 * URL's `parent-origin` (and `api`) are ignored. What the file leaves out comes from the URL,
 * which the embedding page writes (the folder ships an empty file, `{}`, so nothing is fixed and
 * no page load logs a 404). `*` is never accepted: a token sent to "any origin" is a leaked token.
 */

/** What `embed.config.json` may hold. */
export interface EmbedFileConfig {
  /** Origins (`https://intranet.kommune.dk`) that may post a token and receive the frame's height. */
  parentOrigins?: string[];
  /** Base URL of the host's Sammen server (an `HttpStore`); without it work is saved in the browser. */
  api?: string;
  /** The server's name as the user reads it ("Aula"), shown as where work is saved. */
  apiLabel?: string;
}

/** The embed page's resolved settings. */
export interface EmbedConfig {
  /** The widget's tag, one of the build's widgets. */
  tag: string;
  src?: string;
  lang?: string;
  documentId?: string;
  headingLevel?: string;
  api?: string;
  apiLabel?: string;
  parentOrigins: string[];
}

/** A setting the page cannot use, with the parameter it came from. */
export interface EmbedConfigIssue {
  path: string;
  message: string;
}

export type EmbedConfigResult = { ok: true; config: EmbedConfig } | { ok: false; issues: EmbedConfigIssue[] };

/** The settings file as the page fetched it: its settings, none (no file), or why it cannot be used. */
export type EmbedFileResult = { ok: true; file: EmbedFileConfig | null } | { ok: false; issue: EmbedConfigIssue };

const FILE = 'embed.config.json';

/**
 * Reads the fetched `embed.config.json` (`status` and body `text`). Only a missing file (404) is
 * "no settings": a file the host wrote but the page cannot read — not JSON, not an object, a server
 * error — is a set-up error, never a silent fall-back to the URL, which would let whoever writes
 * the iframe's URL choose who hands over tokens and which server receives the work.
 */
export function readEmbedFile(status: number, text: string): EmbedFileResult {
  if (status === 404) return { ok: true, file: null };
  if (status < 200 || status > 299) return { ok: false, issue: { path: FILE, message: `could not be read: the server answered ${status}` } };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, issue: { path: FILE, message: `is not valid JSON: ${error instanceof Error ? error.message : String(error)}` } };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, issue: { path: FILE, message: 'expected a JSON object such as {"parentOrigins": ["https://intranet.kommune.dk"]}' } };
  return { ok: true, file: value as EmbedFileConfig };
}

/** A widget the page can show: its package name (`perspective-triangle`) and tag. */
export interface EmbeddableWidget {
  package: string;
  tag: string;
}

/** `https://a.example` exactly (scheme, host, port; no path, no `*`), else undefined. */
export function parseOrigin(text: string): string | undefined {
  if (text.includes('*')) return undefined;
  try {
    const origin = new URL(text).origin;
    return origin !== 'null' && origin === text.replace(/\/$/, '') ? origin : undefined;
  } catch {
    return undefined;
  }
}

function originsOf(list: readonly unknown[], path: string, issues: EmbedConfigIssue[]): string[] {
  const origins: string[] = [];
  list.forEach((item, index) => {
    const origin = typeof item === 'string' ? parseOrigin(item.trim()) : undefined;
    if (origin) origins.push(origin);
    else issues.push({ path: `${path}[${index}]`, message: `expected an origin such as https://intranet.kommune.dk (no path, no *), got ${JSON.stringify(item)}` });
  });
  return origins;
}

function httpUrl(text: string, base: string, path: string, issues: EmbedConfigIssue[]): string | undefined {
  try {
    const url = new URL(text, base);
    if (url.protocol === 'https:' || url.protocol === 'http:') return url.href;
  } catch {
    // reported below
  }
  issues.push({ path, message: `expected an http(s) URL, got ${JSON.stringify(text)}` });
  return undefined;
}

/**
 * Reads the settings from the page's URL and, when the host wrote one, its embed.config.json.
 * `parent-origin` may repeat or list origins separated by spaces or commas.
 */
export function readEmbedConfig(pageUrl: string, widgets: readonly EmbeddableWidget[], file?: EmbedFileConfig | null): EmbedConfigResult {
  const url = new URL(pageUrl);
  const query = url.searchParams;
  const issues: EmbedConfigIssue[] = [];
  const name = query.get('widget') ?? '';
  const widget = widgets.find((entry) => entry.tag === name || entry.package === name);
  if (!widget) issues.push({ path: 'widget', message: `expected one of ${widgets.map((entry) => entry.package).join(', ')}, got ${JSON.stringify(name)}` });
  // A setting in the host's file wins over the URL; one the file leaves out comes from the URL.
  let parentOrigins: string[];
  if (file?.parentOrigins !== undefined) {
    if (Array.isArray(file.parentOrigins)) parentOrigins = originsOf(file.parentOrigins, 'embed.config.json parentOrigins', issues);
    else {
      parentOrigins = [];
      issues.push({ path: 'embed.config.json parentOrigins', message: 'expected a list of origins' });
    }
  } else {
    const listed = query.getAll('parent-origin').flatMap((value) => value.split(/[\s,]+/)).filter(Boolean);
    parentOrigins = originsOf(listed, 'parent-origin', issues);
  }
  const apiText = file?.api !== undefined ? file.api : query.get('api');
  const apiPath = file?.api !== undefined ? 'embed.config.json api' : 'api';
  const api = typeof apiText === 'string' && apiText ? httpUrl(apiText, url.href, apiPath, issues) : undefined;
  const apiLabel = (file?.apiLabel !== undefined ? file.apiLabel : query.get('api-label')) ?? undefined;
  const src = query.get('src');
  if (src) httpUrl(src, url.href, 'src', issues);
  if (issues.length || !widget) return { ok: false, issues };
  const optional = (key: string) => query.get(key) ?? undefined;
  const config: EmbedConfig = { tag: widget.tag, parentOrigins };
  for (const [key, value] of [
    ['src', optional('src')],
    ['lang', optional('lang')],
    ['documentId', optional('document-id')],
    ['headingLevel', optional('heading-level')],
    ['api', api],
    ['apiLabel', apiLabel],
  ] as const) {
    if (value !== undefined) config[key] = value;
  }
  return { ok: true, config };
}

// A widget's own weight beyond the shared code (issue 15: "the widget's own gzip size, ≤ 10 kB
// beyond core"): of the JavaScript a page fetched to show the widget alone (page-bytes.mjs), the
// files no other widget's page fetched — its chunk and any chunk only it uses — leaving out the
// autoloader, core's and Lit's shared chunks, its locale (a page's language) and example content
// (data, not code), which are reported beside it. Its lazy chunks (the parts it fetches only when
// used: an editor, an outline) are listed separately with their gzip sizes: a page showing the
// widget does not download them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { reachable, sum, widgetChunk } from './page-bytes.mjs';

const kb = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;

/**
 * @param measured measureCdnFolder()'s result
 * @param widget a WIDGETS entry
 * @returns {{own: Map<string, number>, locale: Map<string, number>, content: Map<string, number>, lazy: Map<string, number>}}
 */
export function ownBytes(measured, widget) {
  const page = measured.perWidget.find((entry) => entry.widget === widget);
  const others = new Set(measured.perWidget.filter((entry) => entry.widget !== widget).flatMap((entry) => [...entry.js.keys()]));
  const own = new Map();
  const locale = new Map();
  const content = new Map();
  for (const [file, bytes] of page.js) {
    if (file.startsWith(`locales/${widget.package}.`)) locale.set(file, bytes);
    else if (file.startsWith('locales/')) continue; // core's: shared
    else if (file.startsWith('content/')) content.set(file, bytes);
    else if (file !== 'sammen.js' && !others.has(file)) own.set(file, bytes);
  }
  const lazy = new Map();
  const start = widgetChunk(measured.chunks, widget.package);
  for (const file of reachable(measured.chunks, start)) {
    if (page.js.has(file) || others.has(file) || file.startsWith('locales/') || file.startsWith('content/')) continue;
    lazy.set(file, gzipSync(readFileSync(join(measured.dir, file)), { level: 9 }).length);
  }
  return { own, locale, content, lazy };
}

/** Report lines for a widget's own weight. */
export function ownReport(widget, { own, locale, content, lazy }) {
  const lines = [`<${widget.tag}> own code beyond the shared chunks: ${kb(sum(own))} gzip (budget ${widget.ownLimit}${widget.ownCeiling ? `, ceiling ${widget.ownCeiling}` : ''})`];
  for (const [file, bytes] of own) lines.push(`    ${kb(bytes).padStart(9)}  ${file}`);
  lines.push(`    beside it: its locale ${kb(sum(locale))}, example content ${kb(sum(content))}`);
  for (const [file, bytes] of [...lazy].sort((a, b) => b[1] - a[1])) lines.push(`    ${kb(bytes).padStart(9)}  ${file} (lazy: fetched only when used)`);
  return lines.join('\n');
}

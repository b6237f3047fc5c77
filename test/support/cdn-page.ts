// The all-in-one bundle built from the repo's own rollup config, served to Chromium from
// 127.0.0.1 with the response headers a host page would send (e.g. a Content-Security-Policy).
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { rollup, type OutputOptions, type RollupOptions } from 'rollup';
// @ts-expect-error plain .mjs config without types
import configs from '../../rollup.config.mjs';

/** Builds `sammen.min.js` (the CDN bundle) into `dir`; returns its path. */
export async function buildCdnBundle(dir: string): Promise<string> {
  const cdn = (configs as RollupOptions[]).find((config) => !Array.isArray(config.output) && String(config.output?.file).endsWith('sammen.min.js'));
  if (!cdn) throw new Error('rollup.config.mjs has no CDN bundle');
  const bundle = await rollup(cdn);
  const file = join(dir, 'sammen.min.js');
  await bundle.write({ ...(cdn.output as OutputOptions), file, sourcemap: false });
  await bundle.close();
  return file;
}

/** Writes `files` (name → text) into `dir`. */
export function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
}

/**
 * Serves the files in `dir` below any first path segment, which names the headers to send:
 * `/<headerSet>/index.html` is `index.html` with `headerSets[headerSet]`.
 */
export function serveWithHeaders(dir: string, headerSets: Record<string, Record<string, string>>): Promise<Server> {
  const server = createServer((request, response) => {
    const [, set = '', name = 'index.html'] = new URL(request.url ?? '/', 'http://x').pathname.split('/');
    const headers = headerSets[set];
    let body: Buffer;
    try {
      if (!headers || name.includes('..')) throw new Error('unknown');
      body = readFileSync(join(dir, name));
    } catch {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': name.endsWith('.js') ? 'text/javascript' : 'text/html; charset=utf-8', ...headers });
    response.end(body);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

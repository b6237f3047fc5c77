// Prints what a page downloads first for each widget: its define entry bundled and minified
// with code splitting, so lazy chunks (example content, locale modules) are counted apart.
// size-limit (the line above this in `npm run size`) counts everything, lazy chunks included.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, basename } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { WIDGETS } from '../../packages/sammen/widgets.mjs';

for (const pkg of WIDGETS.map((widget) => widget.package)) {
  const outdir = mkdtempSync(join(tmpdir(), 'sammen-size-'));
  const result = await build({
    entryPoints: [join('packages', pkg, 'dist', 'define.js')],
    bundle: true,
    minify: true,
    splitting: true,
    format: 'esm',
    outdir,
    metafile: true,
    logLevel: 'error',
  });
  const kb = (file) => (gzipSync(readFileSync(file)).length / 1000).toFixed(2);
  const outputs = Object.keys(result.metafile.outputs);
  const entry = outputs.find((file) => basename(file) === 'define.js');
  // The entry plus the chunks it imports statically is what loads before the widget can render.
  const initial = new Set([entry, ...result.metafile.outputs[entry].imports.filter((i) => i.kind === 'import-statement').map((i) => i.path)]);
  const initialKb = [...initial].reduce((sum, file) => sum + Number(kb(file)), 0).toFixed(2);
  const lazy = outputs.filter((file) => !initial.has(file) && file.endsWith('.js')).map((file) => `${basename(file).replace(/-[A-Z0-9]{8}\.js$/, '')} ${kb(file)} kB`);
  process.stdout.write(`@sammen/${pkg}: initial load ${initialKb} kB gzip (widget + core + SDK + Lit); lazy: ${lazy.join(', ')}\n`);
}

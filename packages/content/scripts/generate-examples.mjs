// `npm run examples`: the example documents a municipality copies, edits and points `src` at are
// the JSON files in packages/content/examples/ (`<kind>.<lang>.json`, one per kind and language;
// a second example of one kind is `<kind>-<what>.<lang>.json`, e.g. relation-map-network.da.json).
// The widgets' built-in examples are made from the same files: this script writes one TypeScript
// module per document id to packages/content/src/generated/examples/<id>.ts, typed by its kind
// (so tsc checks it), and files of one id in several languages (a reflection deck's texts are
// per language) are checked to merge into one multilingual document and are written one module
// per language (`<id>.<lang>.ts`): a page fetches only the languages it shows, and the content
// package joins them at run time. Generated TypeScript rather than JSON
// imports, because rollup, tsc, web-test-runner, Vite and Node then all read it with no plugin.
// A new kind joins by adding its files. `--check` fails when the generated modules are stale.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const EXAMPLES_DIR = 'packages/content/examples';
export const GENERATED_DIR = 'packages/content/src/generated/examples';
const FILE_NAME = /^([a-z][a-z-]*)\.([a-z]{2,3})\.json$/;
const SCHEMA_ID = /^sammen\.([a-z][a-z-]*)\/v\d+$/;

// The one merge, shared with the content package's run time (this script runs through tsx).
export { mergeLanguages } from '../src/merge-languages.ts';
import { mergeLanguages } from '../src/merge-languages.ts';

/** The UI languages first, in the library's order (Danish is the default), then any other. */
const LANGUAGE_ORDER = ['da', 'nb', 'en'];
const rank = (lang) => (LANGUAGE_ORDER.includes(lang) ? LANGUAGE_ORDER.indexOf(lang) : LANGUAGE_ORDER.length);

/**
 * The example files: name, stem (the name before the language: the kind, or `<kind>-<what>`),
 * kind (from the document's `schema`), language and content, by stem, then language (da, nb, en,
 * others).
 */
export function exampleFiles(dir = EXAMPLES_DIR) {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => {
      const match = FILE_NAME.exec(name);
      if (!match) throw new Error(`${dir}/${name}: name it <kind>.<lang>.json, e.g. reflection-deck.da.json`);
      const document = JSON.parse(readFileSync(join(dir, name), 'utf8'));
      const kind = SCHEMA_ID.exec(document?.schema ?? '')?.[1];
      if (!kind) throw new Error(`${dir}/${name}: schema: expected sammen.<kind>/v<N>`);
      const stem = match[1];
      if (stem !== kind && !stem.startsWith(`${kind}-`)) throw new Error(`${dir}/${name}: a ${kind} document: name it ${kind}.${match[2]}.json or ${kind}-<what>.${match[2]}.json`);
      return { name, stem, kind, lang: match[2], document };
    })
    .sort((a, b) => a.stem.localeCompare(b.stem) || rank(a.lang) - rank(b.lang) || a.name.localeCompare(b.name));
}

/** The generated modules: file name → TypeScript text. */
export function generatedExamples(dir = EXAMPLES_DIR) {
  const byId = new Map();
  for (const file of exampleFiles(dir)) {
    const id = file.document.id;
    if (typeof id !== 'string' || !/^[a-z0-9-]+$/.test(id)) throw new Error(`${dir}/${file.name}: id: expected lower-case letters, digits and dashes`);
    const group = byId.get(id) ?? [];
    if (group.length && group[0].kind !== file.kind) throw new Error(`${dir}/${file.name}: id ${id} is also a ${group[0].kind}`);
    byId.set(id, [...group, file]);
  }
  const modules = new Map();
  const module = (sources, kind, document) =>
    `// Generated from ${sources} by \`npm run examples\`: do not edit.\nimport type { DocumentOfKind } from '@sammen/sdk';\n\nconst example: DocumentOfKind<'${kind}'> = ${JSON.stringify(document, null, 2)};\n\nexport default example;\n`;
  for (const [id, files] of byId) {
    if (files.length === 1) {
      modules.set(`${id}.ts`, module(`${dir}/${files[0].name}`, files[0].kind, files[0].document));
      continue;
    }
    // Throws, naming the path, when the languages disagree on anything but text.
    mergeLanguages(files.map((file) => file.document));
    for (const file of files) modules.set(`${id}.${file.lang}.ts`, module(`${dir}/${file.name}`, file.kind, file.document));
  }
  return modules;
}

function main() {
  const modules = generatedExamples();
  const existing = existsSync(GENERATED_DIR) ? readdirSync(GENERATED_DIR).filter((name) => name.endsWith('.ts')) : [];
  const stale = [...existing.filter((name) => !modules.has(name)), ...[...modules].filter(([name, text]) => !existing.includes(name) || readFileSync(join(GENERATED_DIR, name), 'utf8') !== text).map(([name]) => name)];
  if (process.argv.includes('--check')) {
    if (stale.length) {
      process.stderr.write(`Stale generated examples (run npm run examples): ${stale.join(', ')}\n`);
      process.exit(1);
    }
    return;
  }
  mkdirSync(GENERATED_DIR, { recursive: true });
  for (const name of existing) if (!modules.has(name)) rmSync(join(GENERATED_DIR, name));
  for (const [name, text] of modules) writeFileSync(join(GENERATED_DIR, name), text);
  process.stdout.write(`${modules.size} example modules in ${GENERATED_DIR}\n`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();

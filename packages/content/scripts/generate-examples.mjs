// `npm run examples`: the example documents a municipality copies, edits and points `src` at are
// the JSON files in packages/content/examples/ (`<kind>.<lang>.json`, one per kind and language;
// a second example of one kind is `<kind>-<what>.<lang>.json`, e.g. relation-map-network.da.json).
// The widgets' built-in examples are made from the same files: this script writes one TypeScript
// module per document id to packages/content/src/generated/examples/<id>.ts, typed by its kind
// (so tsc checks it), and files of one id in several languages (a reflection deck's texts are
// per language) are merged into one multilingual document. Generated TypeScript rather than JSON
// imports, because rollup, tsc, web-test-runner, Vite and Node then all read it with no plugin.
// A new kind joins by adding its files. `--check` fails when the generated modules are stale.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const EXAMPLES_DIR = 'packages/content/examples';
export const GENERATED_DIR = 'packages/content/src/generated/examples';
const FILE_NAME = /^([a-z][a-z-]*)\.([a-z]{2,3})\.json$/;
const SCHEMA_ID = /^sammen\.([a-z][a-z-]*)\/v\d+$/;

const isPlainObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * One document from the same document in several languages: text objects (`{da: …}`, `{nb: …}`)
 * are joined, `languages` lists are concatenated; everything else must be the same in each.
 * @param {unknown[]} documents
 */
export function mergeLanguages(documents) {
  const merge = (a, b, path) => {
    if (Array.isArray(a) && Array.isArray(b)) {
      if (path.endsWith('.languages')) return [...a, ...b.filter((lang) => !a.includes(lang))];
      if (a.length !== b.length) throw new Error(`${path}: ${a.length} items in one language, ${b.length} in another`);
      return a.map((item, index) => merge(item, b[index], `${path}[${index}]`));
    }
    if (isPlainObject(a) && isPlainObject(b)) {
      const merged = { ...a };
      for (const [key, value] of Object.entries(b)) merged[key] = key in a ? merge(a[key], value, `${path}.${key}`) : value;
      return merged;
    }
    if (a !== b) throw new Error(`${path}: ${JSON.stringify(a)} in one language, ${JSON.stringify(b)} in another`);
    return a;
  };
  return documents.reduce((merged, document) => merge(merged, document, '$'));
}

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
  for (const [id, files] of byId) {
    const document = mergeLanguages(files.map((file) => file.document));
    const sources = files.map((file) => `${dir}/${file.name}`).join(', ');
    modules.set(
      `${id}.ts`,
      `// Generated from ${sources} by \`npm run examples\`: do not edit.\nimport type { DocumentOfKind } from '@sammen/sdk';\n\nconst example: DocumentOfKind<'${files[0].kind}'> = ${JSON.stringify(document, null, 2)};\n\nexport default example;\n`,
    );
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

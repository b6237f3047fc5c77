// `npm run localize`: extracts every msg() of every package into packages/core/xliff/<locale>.xlf,
// fills each <target> from the packages' readable catalogues (packages/*/translations/<locale>.json:
// English source text → translation, `${expr}` placeholders as written in the code), then builds
// the runtime locale modules and splits them by package: packages/<pkg>/src/generated/locales/
// <locale>.ts holds the messages written in that package's sources, and
// packages/<pkg>/src/generated/translations.ts its loaders, so a page loads the strings of the
// widgets it shows and no others. Messages of a lazily loaded part (locale-parts.mjs) go to
// packages/<pkg>/src/generated/parts/<part>/, loaded with the part. Prints what is still untranslated; `--check` makes that an error.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { RuntimeLitLocalizer } from '@lit/localize-tools/lib/modes/runtime.js';
import { readConfigFileAndWriteSchema } from '@lit/localize-tools/lib/config.js';
import { extractMessagesFromProgram } from '@lit/localize-tools/lib/program-analysis.js';
import { translationLocales } from './translation-locales.mjs';
import { LOCALE_PARTS } from './locale-parts.mjs';
import { withPlaceholders } from './xliff-placeholders.mjs';

const config = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
// The target locales are the translation files present (packages/*/translations/<locale>.json);
// lit-localize.json is kept in step for the lit-localize CLI and translators' tools.
const targetLocales = translationLocales('packages', config.sourceLocale);
if (JSON.stringify(targetLocales) !== JSON.stringify(config.targetLocales)) {
  config.targetLocales = targetLocales;
  writeFileSync('lit-localize.json', `${JSON.stringify(config, null, 2)}\n`);
}
const xliffDir = config.interchange.xliffDir;
const check = process.argv.includes('--check');

const run = (args) => execFileSync(process.execPath, ['node_modules/@lit/localize-tools/bin/lit-localize.js', ...args], { stdio: 'pipe' });

const unescapeXml = (text) =>
  text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
const escapeXml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** `<x id="0" equiv-text="${src}"/>` → `${src}`, so sources read as the code wrote them. */
function readableSource(xml) {
  const placeholders = [];
  const text = unescapeXml(
    xml.replace(/<x id="(\d+)" equiv-text="([^"]*)"\/>/g, (element, _id, equiv) => {
      placeholders.push({ element, expression: unescapeXml(equiv) });
      return `\uE000${placeholders.length - 1}\uE001`;
    }),
  ).replace(/\uE000(\d+)\uE001/g, (_m, index) => placeholders[Number(index)].expression);
  return { text, placeholders };
}

function loadCatalogue(locale) {
  const catalogue = new Map();
  for (const pkg of readdirSync('packages')) {
    const file = join('packages', pkg, 'translations', `${locale}.json`);
    if (!existsSync(file)) continue;
    for (const [source, target] of Object.entries(JSON.parse(readFileSync(file, 'utf8')))) catalogue.set(source, target);
  }
  return catalogue;
}

run(['extract']);
let missingTotal = 0;
for (const locale of config.targetLocales) {
  const file = join(xliffDir, `${locale}.xlf`);
  const catalogue = loadCatalogue(locale);
  const missing = [];
  const xml = readFileSync(file, 'utf8').replace(
    /<trans-unit id="([^"]+)">\n\s*<source>([\s\S]*?)<\/source>(?:\n\s*<target>[\s\S]*?<\/target>)?/g,
    (_unit, id, sourceXml) => {
      const { text, placeholders } = readableSource(sourceXml);
      const translation = catalogue.get(text);
      if (translation === undefined) {
        missing.push(text);
        return `<trans-unit id="${id}">\n  <source>${sourceXml}</source>`;
      }
      const targetXml = withPlaceholders(escapeXml(translation), placeholders);
      return `<trans-unit id="${id}">\n  <source>${sourceXml}</source>\n  <target>${targetXml}</target>`;
    },
  );
  writeFileSync(file, xml);
  missingTotal += missing.length;
  for (const text of missing) process.stdout.write(`${locale}: missing translation: ${JSON.stringify(text)}\n`);
}
run(['build']);
splitByPackage();

/** The part (locale-parts.mjs) a source file of `pkg` belongs to, if any. */
function partOf(pkg, file) {
  const path = relative(join('packages', pkg), file).split(sep).join('/');
  const parts = LOCALE_PARTS[pkg] ?? {};
  return Object.keys(parts).find((part) => parts[part].includes(path));
}

/** Every part locale-parts.mjs declares, as owners (`<pkg>/<part>`), checking that its files exist. */
function declaredParts() {
  return Object.entries(LOCALE_PARTS).flatMap(([pkg, parts]) =>
    Object.entries(parts).map(([part, files]) => {
      for (const file of files) if (!existsSync(join('packages', pkg, file))) throw new Error(`locale-parts.mjs: ${pkg}/${part} lists a missing file: packages/${pkg}/${file}`);
      return `${pkg}/${part}`;
    }),
  );
}

/**
 * Who owns each message id: the package (folder under packages/) it is written in, or
 * `<pkg>/<part>` when it is written only in a part's files (locale-parts.mjs).
 */
function messageOwners() {
  const localizer = new RuntimeLitLocalizer(readConfigFileAndWriteSchema(resolve('lit-localize.json')));
  const owners = new Map();
  const program = localizer.program;
  // lit-localize keeps one message per id (the first file it meets), which would hide that the same
  // text is also written in another package (or part): extract owner by owner instead, each over a
  // view of the program holding only that owner's files.
  const byOwner = new Map();
  for (const file of program.getSourceFiles()) {
    const [top, pkg] = relative(process.cwd(), file.fileName).split(sep);
    if (top === 'node_modules' || file.isDeclarationFile) continue;
    const part = top === 'packages' ? partOf(pkg, file.fileName) : undefined;
    const owner = `${top}/${pkg}${part ? `/${part}` : ''}`;
    byOwner.set(owner, [...(byOwner.get(owner) ?? []), file]);
  }
  for (const [where, files] of byOwner) {
    const only = new Proxy(program, { get: (target, key) => (key === 'getSourceFiles' ? () => files : Reflect.get(target, key, target)) });
    const { messages } = extractMessagesFromProgram(only);
    if (messages.length === 0) continue;
    const [top, ...owner] = where.split('/');
    if (top !== 'packages') throw new Error(`msg() outside packages/: ${messages[0].file.fileName}`);
    for (const message of messages) owners.set(message.name, sharedOwner(owners.get(message.name), owner.join('/')));
  }
  return owners;
}

/**
 * Where a message written by two owners goes: one package's part and the package itself (or
 * two of its parts) → the package, loaded whenever any of them is; two packages → core, loaded
 * on every page.
 */
function sharedOwner(before, owner) {
  if (before === undefined || before === owner) return owner;
  const pkg = owner.split('/')[0];
  return before.split('/')[0] === pkg ? pkg : 'core';
}

/** lit-localize's one module per locale (in a scratch folder) → one module per package (or part) and locale. */
function splitByPackage() {
  const owners = messageOwners();
  const built = config.output.outputDir;
  // Every declared part gets its modules, even with no message of its own (its code imports them).
  const targets = new Set([...owners.values(), ...declaredParts()]);
  for (const pkg of readdirSync('packages')) {
    rmSync(join('packages', pkg, 'src', 'generated', 'locales'), { recursive: true, force: true });
    rmSync(join('packages', pkg, 'src', 'generated', 'parts'), { recursive: true, force: true });
  }
  /** The generated folder of a package (`core`) or a part (`core/errors` → core's generated/parts/errors). */
  const folderOf = (owner) => {
    const [pkg, part] = owner.split('/');
    return part ? join('packages', pkg, 'src', 'generated', 'parts', part) : join('packages', pkg, 'src', 'generated');
  };
  const nameOf = (owner) => {
    const [pkg, part] = owner.split('/');
    return part ? `@sammen/${pkg}'s ${part} part (packages/core/scripts/locale-parts.mjs)` : `@sammen/${pkg}'s sources`;
  };
  for (const locale of config.targetLocales) {
    const body = readFileSync(join(built, `${locale}.ts`), 'utf8');
    const start = body.indexOf('export const templates = {\n') + 'export const templates = {\n'.length;
    const entries = body.slice(start, body.lastIndexOf('};')).split(/\n(?=\s*')/).map((entry) => entry.trim()).filter(Boolean);
    for (const owner of targets) {
      const own = entries.filter((entry) => owners.get(/^'([^']+)'/.exec(entry)[1]) === owner);
      const uses = (tag) => own.some((entry) => new RegExp(`^'[^']+': ${tag}\``).test(entry));
      const dir = join(folderOf(owner), 'locales');
      mkdirSync(dir, { recursive: true });
      writeFileSync(
        join(dir, `${locale}.ts`),
        [
          '// Do not modify this file by hand!',
          `// Re-generate it with \`npm run localize\`: the ${locale} messages of ${nameOf(owner)}.`,
          '/* eslint-disable */',
          uses('html') ? "import { html } from 'lit';" : '',
          uses('str') ? "import { str } from '@lit/localize';" : '',
          '',
          'export const templates = {',
          ...own,
          '};',
          '',
        ].join('\n'),
      );
    }
  }
  // An explicit loader per locale (not a template-string import), so every bundler — rollup's
  // per-module build, Vite, a vendor's webpack — sees and ships each locale module as its own chunk.
  for (const owner of targets) {
    const [pkg, part] = owner.split('/');
    const loaders = config.targetLocales.map((locale) => `  ${JSON.stringify(locale)}: () => import('./locales/${locale}.js'),`).join('\n');
    const typeImport = pkg !== 'core' ? '@sammen/core' : part ? '../../../localization/translations.js' : '../localization/translations.js';
    const what = part ? `the messages of @sammen/${pkg}'s ${part} part (locale-parts.mjs), loaded with the part` : `the messages of @sammen/${pkg}'s sources`;
    writeFileSync(
      join(folderOf(owner), 'translations.ts'),
      `// Do not modify this file by hand!\n// Re-generate it with \`npm run localize\`.\n\nimport type { Translations } from '${typeImport}';\n\n/** ${what[0].toUpperCase()}${what.slice(1)}, one lazily loaded module per target locale. */\nexport const translations: Translations = {\n${loaders}\n};\n`,
    );
  }
  rmSync(join('packages', 'core', 'src', 'generated', 'locale-loaders.ts'), { force: true });
}

process.stdout.write(`Localized ${config.targetLocales.join(', ')}; ${missingTotal} missing.\n`);
if (check && missingTotal > 0) process.exit(1);

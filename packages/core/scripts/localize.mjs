// `npm run localize`: extracts every msg() of every package into packages/core/xliff/<locale>.xlf,
// fills each <target> from the packages' readable catalogues (packages/*/translations/<locale>.json:
// English source text → translation, `${expr}` placeholders as written in the code), then builds
// the runtime locale modules. Prints what is still untranslated; `--check` makes that an error.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const config = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
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
      let targetXml = escapeXml(translation);
      for (const { element, expression } of placeholders) targetXml = targetXml.split(escapeXml(expression)).join(element);
      return `<trans-unit id="${id}">\n  <source>${sourceXml}</source>\n  <target>${targetXml}</target>`;
    },
  );
  writeFileSync(file, xml);
  missingTotal += missing.length;
  for (const text of missing) process.stdout.write(`${locale}: missing translation: ${JSON.stringify(text)}\n`);
}
run(['build']);
// An explicit loader per locale (not a template-string import), so every bundler — rollup's
// per-module build, Vite, a vendor's webpack — sees and ships each locale module.
const loaders = config.targetLocales.map((locale) => `  ${JSON.stringify(locale)}: () => import('./locales/${locale}.js'),`).join('\n');
writeFileSync(
  join(config.output.outputDir, '..', 'locale-loaders.ts'),
  `// Do not modify this file by hand!\n// Re-generate it with \`npm run localize\`.\n\nimport type { LocaleModule } from '@lit/localize/internal/types.js';\n\n/** Loads the runtime module of each target locale. */\nexport const localeLoaders: Record<string, () => Promise<LocaleModule>> = {\n${loaders}\n};\n`,
);
process.stdout.write(`Localized ${config.targetLocales.join(', ')}; ${missingTotal} missing.\n`);
if (check && missingTotal > 0) process.exit(1);

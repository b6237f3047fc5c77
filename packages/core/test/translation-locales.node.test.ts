// "A new language is one file": the UI languages are the translation files present. These tests
// hold every list that must follow them (lit-localize.json, the generated locale codes, every
// package's loaders and locale modules) to the files, and the pure function that reads them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// @ts-expect-error: a plain .mjs build script, no declarations
import { translationLocales } from '../scripts/translation-locales.mjs';
// @ts-expect-error: a plain .mjs build script, no declarations
import { LOCALE_PARTS } from '../scripts/locale-parts.mjs';
import { targetLocales } from '../src/generated/locale-codes.js';
import { UI_LOCALES, normalizeLocale } from '../src/localization/normalize-locale.js';

const locales = translationLocales as (dir: string, source: string) => string[];
const root = new URL('../../../', import.meta.url).pathname;
const packagesDir = join(root, 'packages');

function fakeRepo(files: Record<string, string[]>): string {
  const dir = mkdtempSync(join(tmpdir(), 'sammen-locales-'));
  for (const [pkg, names] of Object.entries(files)) {
    mkdirSync(join(dir, pkg, 'translations'), { recursive: true });
    for (const name of names) writeFileSync(join(dir, pkg, 'translations', name), '{}');
  }
  mkdirSync(join(dir, 'sdk')); // a package without translations
  return dir;
}

test('the target locales are the translation files present: adding sv.json to one package adds sv', () => {
  const before = fakeRepo({ core: ['da.json', 'nb.json'], widget: ['da.json', 'nb.json'] });
  assert.deepEqual(locales(before, 'en'), ['da', 'nb']);
  writeFileSync(join(before, 'widget', 'translations', 'sv.json'), '{}');
  assert.deepEqual(locales(before, 'en'), ['da', 'nb', 'sv']);
});

test('a file for the source locale is not a target, and a misnamed file is a located error', () => {
  assert.deepEqual(locales(fakeRepo({ core: ['en.json', 'nn.json'] }), 'en'), ['nn']);
  const bad = fakeRepo({ core: ['nynorsk.json'] });
  assert.throws(() => locales(bad, 'en'), /core\/translations\/nynorsk\.json: a translation file is named <locale>\.json/);
});

test('lit-localize.json, the generated locale codes and the UI locales follow the files (npm run localize)', () => {
  const fromFiles = locales(packagesDir, 'en');
  assert.ok(fromFiles.includes('nn'), 'Nynorsk ships');
  const config = JSON.parse(readFileSync(join(root, 'lit-localize.json'), 'utf8')) as { targetLocales: string[] };
  assert.deepEqual(config.targetLocales, fromFiles);
  assert.deepEqual([...targetLocales], fromFiles);
  assert.deepEqual([...UI_LOCALES].sort(), ['en', ...fromFiles].sort());
  for (const locale of UI_LOCALES) assert.equal(normalizeLocale(`${locale}-XX`), locale, `a page in ${locale} gets ${locale}`);
});

test('every package with messages loads a locale module of its own for every language', () => {
  for (const pkg of readdirSync(packagesDir)) {
    const loaders = join(packagesDir, pkg, 'src', 'generated', 'translations.ts');
    if (!existsSync(loaders)) continue;
    const source = readFileSync(loaders, 'utf8');
    for (const locale of targetLocales) {
      assert.match(source, new RegExp(`"${locale}": \\(\\) => import\\('\\./locales/${locale}\\.js'\\)`), `${pkg} loads ${locale}`);
      assert.ok(existsSync(join(packagesDir, pkg, 'src', 'generated', 'locales', `${locale}.ts`)), `${pkg}/src/generated/locales/${locale}.ts`);
    }
  }
});

test('every lazily loaded part (locale-parts.mjs) loads a locale module of its own for every language', () => {
  const parts = Object.entries(LOCALE_PARTS as Record<string, Record<string, string[]>>).flatMap(([pkg, byPart]) => Object.keys(byPart).map((part) => [pkg, part] as const));
  assert.ok(parts.length > 0, 'core declares its parts');
  for (const [pkg, part] of parts) {
    const dir = join(packagesDir, pkg, 'src', 'generated', 'parts', part);
    const source = readFileSync(join(dir, 'translations.ts'), 'utf8');
    for (const locale of targetLocales) {
      assert.match(source, new RegExp(`"${locale}": \\(\\) => import\\('\\./locales/${locale}\\.js'\\)`), `${pkg}/${part} loads ${locale}`);
      assert.ok(existsSync(join(dir, 'locales', `${locale}.ts`)), `${pkg}/src/generated/parts/${part}/locales/${locale}.ts`);
    }
  }
});

test('every package that has Danish has Nynorsk for the same English texts', () => {
  for (const pkg of readdirSync(packagesDir)) {
    const da = join(packagesDir, pkg, 'translations', 'da.json');
    if (!existsSync(da)) continue;
    const nn = join(packagesDir, pkg, 'translations', 'nn.json');
    assert.ok(existsSync(nn), `${pkg}/translations/nn.json`);
    assert.deepEqual(Object.keys(JSON.parse(readFileSync(nn, 'utf8')) as object).sort(), Object.keys(JSON.parse(readFileSync(da, 'utf8')) as object).sort(), pkg);
  }
});

test('the Nynorsk files are Nynorsk: no Bokmål-only word forms', () => {
  // Forms that are Bokmål and never Nynorsk (Nynorsk: ikkje, kva, kven, korleis, kvifor, eg, noko, nokon, berre, frå, vart, vere, enno, meir).
  const bokmal = /(?<!\p{L})(ikke|hva|hvem|hvordan|hvorfor|hvor|jeg|noe|noen|bare|fra|ble|være|ennå|mer|hører|voksne)(?!\p{L})/iu;
  for (const pkg of readdirSync(packagesDir)) {
    const file = join(packagesDir, pkg, 'translations', 'nn.json');
    if (!existsSync(file)) continue;
    for (const [source, text] of Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>)) {
      assert.doesNotMatch(text.replace(/\$\{[^}]*\}/g, ''), bokmal, `${pkg}: ${source} → ${text}`);
    }
  }
});

// The UI languages Sammen ships are the translation files that exist: a locale is a target of
// `npm run localize` when some package has `translations/<locale>.json`. Adding a language is
// adding files, never editing a list (docs/localization.md).
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** A BCP 47 primary language subtag with an optional region (`nn`, `pt-BR`): what a file may be named. */
const LOCALE_FILE = /^([a-z]{2,3}(?:-[A-Z]{2})?)\.json$/;

/**
 * The target locales found under `packagesDir` (`packages/<pkg>/translations/<locale>.json`),
 * sorted, without the source locale. Throws on a file whose name is not a locale, so a typo
 * (`nn.JSON`, `nynorsk.json`) is a located error rather than a language nobody asked for.
 * @param {string} packagesDir
 * @param {string} sourceLocale
 * @returns {string[]}
 */
export function translationLocales(packagesDir, sourceLocale) {
  const locales = new Set();
  for (const pkg of readdirSync(packagesDir)) {
    const dir = join(packagesDir, pkg, 'translations');
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir)) {
      const match = LOCALE_FILE.exec(file);
      if (!match) throw new Error(`${join(dir, file)}: a translation file is named <locale>.json (e.g. nn.json)`);
      if (match[1] !== sourceLocale) locales.add(match[1]);
    }
  }
  return [...locales].sort();
}

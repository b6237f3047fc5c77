import type { LocaleModule } from '@lit/localize/internal/types.js';

/**
 * The translations of one package: a loader per target locale (`npm run localize` generates
 * `packages/<pkg>/src/generated/translations.ts`). Each loader is a dynamic import, so a bundler
 * makes each package's locale a chunk of its own and a page loads only the packages it shows.
 */
export type Translations = Readonly<Record<string, () => Promise<LocaleModule>>>;

type Templates = LocaleModule['templates'];

// @lit/localize keeps the object the loader returned and looks every msg() up in it at render
// time. One object per locale, which every package's messages are merged into as the package
// arrives, so a widget defined after the page's language was set still finds its strings.
const merged = new Map<string, Templates>();
const loads = new Map<Translations, Map<string, Promise<void>>>();
/** The locales each package's messages are merged in already. */
const loaded = new WeakMap<Translations, Set<string>>();

/** Every package whose messages a page needs so far, in the order they arrived. */
const registered = new Set<Translations>();

function templatesOf(locale: string): Templates {
  let templates = merged.get(locale);
  if (!templates) merged.set(locale, (templates = {}));
  return templates;
}

/** Loads `translations`' module for `locale` into the locale's merged templates (once). */
function loadInto(translations: Translations, locale: string): Promise<void> {
  let byLocale = loads.get(translations);
  if (!byLocale) loads.set(translations, (byLocale = new Map()));
  let load = byLocale.get(locale);
  const loader = translations[locale];
  if (!load && loader) {
    load = loader().then((module) => {
      Object.assign(templatesOf(locale), module.templates);
      loaded.set(translations, new Set(loaded.get(translations)).add(locale));
    });
    // A failed load (the network, a missing chunk) may be tried again by a later switch.
    load.catch(() => byLocale.delete(locale));
    byLocale.set(locale, load);
  }
  return load ?? Promise.resolve();
}

/**
 * Adds a package's messages to what the page loads; when `locale` (the page's language, if it
 * is a target locale) is given, starts loading them now and returns a promise that resolves
 * when they are in — or undefined when they already are (nothing to wait for).
 */
export function addTranslations(translations: Translations, locale?: string): Promise<void> | undefined {
  registered.add(translations);
  if (!locale || loaded.get(translations)?.has(locale)) return undefined;
  return loadInto(translations, locale);
}

/**
 * `configureLocalization`'s `loadLocale`: the messages of every package added so far, merged,
 * as one locale module.
 */
export async function loadMergedLocale(locale: string): Promise<LocaleModule> {
  await Promise.all([...registered].map((translations) => loadInto(translations, locale)));
  return { templates: templatesOf(locale) };
}

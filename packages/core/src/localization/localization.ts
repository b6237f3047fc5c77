import { configureLocalization } from '@lit/localize';
import { sourceLocale, targetLocales } from '../generated/locale-codes.js';
import { localeLoaders } from '../generated/locale-loaders.js';
import { normalizeLocale, type UiLocale } from './normalize-locale.js';

type LocalizationApi = ReturnType<typeof configureLocalization>;

// configureLocalization throws when called twice, and one page may import core through several
// entry points: configure once per module instance, lazily, on first use.
let api: LocalizationApi | undefined;

function localization(): LocalizationApi {
  api ??= configureLocalization({
    sourceLocale,
    targetLocales,
    loadLocale: (locale) => localeLoaders[locale](),
  });
  return api;
}

/** The UI locale now active (what `msg()` renders). */
export function activeLocale(): UiLocale {
  return normalizeLocale(localization().getLocale());
}

/**
 * Switches every Sammen widget on the page to `locale` (after normalising it).
 * Resolves when the translations are loaded and widgets have been asked to re-render.
 */
export function setUiLocale(locale: string): Promise<void> {
  return localization().setLocale(normalizeLocale(locale));
}

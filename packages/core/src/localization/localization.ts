import { configureLocalization } from '@lit/localize';
import { sourceLocale, targetLocales } from '../generated/locale-codes.js';
import { localeLoaders } from '../generated/locale-loaders.js';
import { normalizeLocale, type UiLocale } from './normalize-locale.js';

type LocalizationApi = ReturnType<typeof configureLocalization>;

// configureLocalization throws when called twice, and one page may import core through several
// entry points: configure once per module instance, lazily, on first use.
let api: LocalizationApi | undefined;

// The switch in progress, if any: settles (never rejects) when the last requested locale is
// ready or has failed to load.
let switching: Promise<void> | undefined;

/**
 * How long a widget waits for its language before it renders anyway: a stalled locale request
 * must not leave a blank box (the widget then switches when the locale arrives).
 */
const LOCALE_WAIT_LIMIT_MS = 3000;

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
  const ready = localization().setLocale(normalizeLocale(locale));
  const settled: Promise<void> = Promise.race([
    ready.then(
      () => undefined,
      () => undefined,
    ),
    new Promise<void>((resolve) => setTimeout(resolve, LOCALE_WAIT_LIMIT_MS)),
  ]);
  switching = settled;
  void settled.then(() => {
    if (switching === settled) switching = undefined;
  });
  return ready;
}

/**
 * While the page's language is still loading: a promise that settles when it is ready (or has
 * failed or stalled, so a widget still renders, in the source language). Undefined when nothing
 * is loading.
 * Widgets wait for it before they render, so no frame is ever painted in the wrong language.
 */
export function uiLocaleLoading(): Promise<void> | undefined {
  return switching;
}

import { configureLocalization } from '@lit/localize';
import { sourceLocale, targetLocales } from '../generated/locale-codes.js';
import { translations as coreTranslations } from '../generated/translations.js';
import { normalizeLocale, type UiLocale } from './normalize-locale.js';
import { addTranslations, loadMergedLocale, type Translations } from './translations.js';

type LocalizationApi = ReturnType<typeof configureLocalization>;

// configureLocalization throws when called twice, and one page may import core through several
// entry points: configure once per module instance, lazily, on first use.
let api: LocalizationApi | undefined;

// Core's own messages (error texts, save states, shared parts) are on every page; a widget adds
// its package's messages when it first connects (`useTranslations`).
void addTranslations(coreTranslations);

/** The locale last asked for: the one a package that arrives now must load its messages in. */
let requested: UiLocale | undefined;

// What is loading now (a locale switch, a package's messages): each settles (never rejects)
// when ready, failed or stalled.
const loading = new Set<Promise<void>>();

/**
 * How long a widget waits for its language before it renders anyway: a stalled locale request
 * must not leave a blank box (the widget then switches when the locale arrives).
 */
const LOCALE_WAIT_LIMIT_MS = 3000;

function localization(): LocalizationApi {
  api ??= configureLocalization({ sourceLocale, targetLocales, loadLocale: loadMergedLocale });
  return api;
}

/** Holds renders until `ready` settles, or the wait limit passes. */
function track(ready: Promise<unknown>): void {
  const settled: Promise<void> = Promise.race([
    ready.then(
      () => undefined,
      () => undefined,
    ),
    new Promise<void>((resolve) => setTimeout(resolve, LOCALE_WAIT_LIMIT_MS)),
  ]);
  loading.add(settled);
  void settled.then(() => loading.delete(settled));
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
  requested = normalizeLocale(locale);
  const ready = localization().setLocale(requested);
  track(ready);
  return ready;
}

/**
 * Makes a package's messages part of the page (idempotent): loads them in the page's language
 * now if one is set, and in every language the page switches to later. `SammenElement` calls it
 * with its class's `translations` when an element connects, so only the widgets a page shows
 * bring their strings.
 */
export function useTranslations(translations: Translations): void {
  const locale = requested && requested !== sourceLocale ? requested : undefined;
  const ready = addTranslations(translations, locale);
  if (ready) track(ready);
}

/**
 * While the page's language (or a package's messages in it) is still loading: a promise that
 * settles when it is ready (or has failed or stalled, so a widget still renders, in the source
 * language). Undefined when nothing is loading.
 * Widgets wait for it before they render, so no frame is ever painted in the wrong language.
 */
export function uiLocaleLoading(): Promise<void> | undefined {
  return loading.size ? Promise.all(loading).then(() => undefined) : undefined;
}

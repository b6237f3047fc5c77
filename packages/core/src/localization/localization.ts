import { configureLocalization } from '@lit/localize';
import { sourceLocale, targetLocales } from '../generated/locale-codes.js';
import { translations as coreTranslations } from '../generated/translations.js';
import { normalizeLocale, type UiLocale } from './normalize-locale.js';
import { addTranslations, loadMergedLocale, type Translations } from './translations.js';

type LocalizationApi = ReturnType<typeof configureLocalization>;

// configureLocalization throws when called twice, and one page may import core through several
// entry points: configure once per module instance, lazily, on first use.
let api: LocalizationApi | undefined;

// Core's own messages (error titles, save states, shared parts) are on every page; a widget adds
// its package's messages when it first connects (`useTranslations`), and a lazily loaded part
// (an error's details, a save problem) its own when it loads (`loadTranslations`).
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

/** `ready`, settled (never rejected), or the wait limit passed: a stalled locale must not leave a blank box. */
function withinWaitLimit(ready: Promise<unknown>): Promise<void> {
  return Promise.race([
    ready.then(
      () => undefined,
      () => undefined,
    ),
    new Promise<void>((resolve) => setTimeout(resolve, LOCALE_WAIT_LIMIT_MS)),
  ]);
}

/** Holds renders until `ready` settles, or the wait limit passes. */
function track(ready: Promise<unknown>): void {
  const settled = withinWaitLimit(ready);
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
 * Makes the messages of a lazily loaded part (a generated `parts/<part>/translations`, see
 * packages/core/scripts/locale-parts.mjs) part of the page, as `useTranslations` does, and
 * resolves when they are in, in the page's language (and in the active one, while a switch is
 * still loading): what the part renders first is then in the page's language, never English.
 * Never rejects: a failed or stalled load resolves after the wait limit (the part then shows
 * English rather than nothing). Unlike `useTranslations`, it holds no other element's render.
 */
export function loadTranslations(translations: Translations): Promise<void> {
  addTranslations(translations);
  const active = api?.getLocale();
  const locales = new Set([requested, active].filter((locale): locale is string => !!locale && locale !== sourceLocale));
  const loads = [...locales].flatMap((locale) => addTranslations(translations, locale) ?? []);
  return loads.length ? withinWaitLimit(Promise.all(loads)) : Promise.resolve();
}

/**
 * `load` (the dynamic import of a lazily loaded part) with the part's messages: the returned
 * loader fetches both at once and resolves with the module when both are in (`loadTranslations`).
 * For `lazyTemplate` and `defineWhenNeeded`: keep the returned function (one per part, made at
 * module level), as `lazyTemplate` knows a loaded part by its loader.
 */
export function withTranslations<M>(load: () => Promise<M>, translations: Translations): () => Promise<M> {
  return () => Promise.all([load(), loadTranslations(translations)]).then(([module]) => module);
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

import { allLocales } from '../generated/locale-codes.js';

/**
 * The UI locales Sammen ships: the source locale and every translation
 * (`packages/<pkg>/translations/<locale>.json`; `npm run localize` writes the list). `da` is the default.
 */
export const UI_LOCALES = allLocales;

/** One of the shipped UI locales. */
export type UiLocale = (typeof UI_LOCALES)[number];

/** The locale used when the page's language is missing or one we do not ship. */
export const DEFAULT_LOCALE: UiLocale = 'da';

/**
 * Page languages that are not a shipped locale but are read best in one: `no` (Norwegian, no
 * written standard named) is Bokmål, the standard most Norwegian pages mean; `nn` and `nb` stand
 * in for each other when only one of them is shipped. Tried in order; a missing one is skipped.
 */
const CLOSEST: Readonly<Record<string, readonly string[]>> = {
  no: ['nb', 'nn'],
  nn: ['nb'],
  nb: ['nn'],
};

/**
 * Maps a page language tag (`<html lang>`) to one of `locales` (the shipped UI locales unless
 * given): `da-DK` → `da`; `nn`, `nn-NO` → `nn`; `no` → `nb`; `en-GB` → `en`; a language we do not
 * ship → `da`. A new translation needs no change here: its primary subtag is matched as it is.
 */
export function normalizeLocale(tag: string | null | undefined): UiLocale;
export function normalizeLocale<L extends string>(tag: string | null | undefined, locales: readonly L[], fallback: L): L;
export function normalizeLocale(tag: string | null | undefined, locales: readonly string[] = UI_LOCALES, fallback: string = DEFAULT_LOCALE): string {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  if (locales.includes(primary)) return primary;
  return (CLOSEST[primary] ?? []).find((locale) => locales.includes(locale)) ?? fallback;
}

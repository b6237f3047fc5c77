/** The UI locales Sammen ships. `da` is the default. */
export const UI_LOCALES = ['da', 'nb', 'en'] as const;

/** One of the shipped UI locales. */
export type UiLocale = (typeof UI_LOCALES)[number];

/** The locale used when the page's language is missing or one we do not ship. */
export const DEFAULT_LOCALE: UiLocale = 'da';

/**
 * Maps a page language tag (`<html lang>`) to a shipped UI locale.
 * `da-DK` → `da`; `no`, `nb`, `nn`, `nb-NO` → `nb` (Nynorsk readers read Bokmål far better than
 * Danish or English, and we ship no Nynorsk yet); `en-GB` → `en`; anything else → `da`.
 */
export function normalizeLocale(tag: string | null | undefined): UiLocale {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  switch (primary) {
    case 'da':
      return 'da';
    case 'nb':
    case 'no':
    case 'nn':
      return 'nb';
    case 'en':
      return 'en';
    default:
      return DEFAULT_LOCALE;
  }
}

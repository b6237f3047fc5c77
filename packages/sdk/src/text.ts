/**
 * Text in a document: one string, or one string per language (`{da, nb, en, …}`), so a
 * municipality can ship one deck for Danish and Norwegian readers and parents can read a second
 * language beside the first.
 */
export type LocalizedText = string | Readonly<Record<string, string>>;

/** The order in which a missing language falls back. */
export const FALLBACK_LANGUAGES = ['da', 'nb', 'en'] as const;

/**
 * Written standards a reader of the first reads best, before the general fallback: a Nynorsk
 * reader gets Bokmål (not Danish) where a document has no Nynorsk, and the reverse.
 */
const CLOSE_LANGUAGES: Readonly<Record<string, readonly string[]>> = { nn: ['nb', 'no'], nb: ['no', 'nn'], no: ['nb', 'nn'] };

/**
 * The language key of `text` that {@link resolveText} uses for `lang`: `lang` itself, else a close
 * written standard (`nn` → `nb`), else da → nb → en, else the first non-empty entry. `undefined` for plain strings and missing text.
 */
export function resolveTextLanguage(text: LocalizedText | undefined, lang: string): string | undefined {
  if (text === undefined || typeof text === 'string') return undefined;
  const has = (key: string) => typeof text[key] === 'string' && text[key] !== '';
  const primary = lang.toLowerCase().split(/[-_]/)[0] ?? '';
  if (has(lang)) return lang;
  if (has(primary)) return primary;
  const close = CLOSE_LANGUAGES[primary]?.find(has);
  if (close) return close;
  const fallback = FALLBACK_LANGUAGES.find(has);
  if (fallback) return fallback;
  return Object.keys(text).find(has);
}

/** `text` in `lang`, falling back to a close standard (`nn` → `nb`), then da → nb → en → first; `''` for missing text. */
export function resolveText(text: LocalizedText | undefined, lang: string): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  const key = resolveTextLanguage(text, lang);
  return key === undefined ? '' : (text[key] ?? '');
}

/** Scripts written right to left (Arabic, Hebrew, Persian, Urdu, Pashto, Sorani, Yiddish, Dhivehi, Syriac). */
const RTL_LANGUAGES = new Set(['ar', 'he', 'iw', 'fa', 'ur', 'ps', 'ckb', 'yi', 'dv', 'syr', 'sd', 'ug']);

/** The writing direction of a language tag: `rtl` for right-to-left scripts, else `ltr`. */
export function textDirection(lang: string | undefined): 'ltr' | 'rtl' {
  if (!lang) return 'ltr';
  const [primary = '', script = ''] = lang.toLowerCase().split(/[-_]/);
  if (script === 'arab' || script === 'hebr') return 'rtl';
  return RTL_LANGUAGES.has(primary) ? 'rtl' : 'ltr';
}

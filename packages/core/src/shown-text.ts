// How a piece of document text is shown (shared by every widget that shows document text): in which language it really is, and which way it runs,
// so every block carries correct `lang` and `dir` (a screen reader picks its voice from `lang`;
// Arabic or Hebrew content lays out right to left in its own block).
import { resolveTextLanguage, textDirection, type LocalizedText } from '@sammen/sdk';

export interface ShownText {
  text: string;
  /** The language the text is in, or undefined for plain strings (language unknown). */
  lang: string | undefined;
  /** `rtl`/`ltr` from the language; `auto` lets the browser decide for plain strings. */
  dir: 'ltr' | 'rtl' | 'auto';
}

/** `text` as shown to a reader of `lang` (with the SDK's fallback da → nb → en → first). */
export function shownText(text: LocalizedText | undefined, lang: string): ShownText {
  const actual = resolveTextLanguage(text, lang);
  // The same result as resolveText(text, lang), without resolving the language a second time
  // (a 200-card overview shows some 1,800 texts).
  const shown = typeof text === 'string' ? text : actual === undefined ? '' : (text?.[actual] ?? '');
  return { text: shown, lang: actual, dir: actual ? textDirection(actual) : 'auto' };
}

/** True when `text` really has `lang` (not a fallback), e.g. to decide whether to show a second language. */
export function hasLanguage(text: LocalizedText | undefined, lang: string): boolean {
  if (text === undefined || typeof text === 'string') return false;
  const actual = resolveTextLanguage(text, lang);
  return actual !== undefined && (actual === lang || actual === lang.toLowerCase().split(/[-_]/)[0]);
}

/**
 * Bounds that keep hostile or broken input from exhausting a browser: long enough for real work
 * (a long meeting's notes are a few thousand characters), far short of a 5 MB string. Lengths
 * count characters as JSON Schema does (code points: an emoji is one). Widgets take every text
 * field's `maxlength` from here, so the UI never accepts what a save would refuse.
 */
export const LIMITS = {
  /** Characters of an id. */
  id: 200,
  /** Characters of a label, title or name. */
  label: 500,
  /** Characters of a description or other running text. */
  text: 20_000,
  /** Characters of one note or answer written in a meeting. */
  note: 100_000,
  /** Items of a list that has no tighter bound of its own. */
  listItems: 1_000,
  /** Languages of one text (`{da, nb, en, …}`). */
  languages: 50,
  /** Characters of a language tag (BCP 47 allows 35). */
  languageTag: 35,
  /**
   * Values (objects, arrays, strings, numbers, …) in one document. Nested lists multiply
   * (themes × cards × questions × languages), so the per-list bounds alone would allow documents
   * no widget can show and no parser can check in time; this bounds the whole (issue 13.12).
   */
  documentValues: 60_000,
  /** Characters of all strings of one document together (about 4 MB of UTF-8 at most). */
  documentCharacters: 2_000_000,
} as const;

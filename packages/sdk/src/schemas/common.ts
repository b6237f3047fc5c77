import * as v from 'valibot';

/**
 * Bounds that keep hostile or broken input from exhausting a browser: long enough for real work
 * (a long meeting's notes are a few thousand characters), far short of a 5 MB string.
 */
export const LIMITS = {
  id: 200,
  label: 500,
  text: 20_000,
  note: 100_000,
  listItems: 1_000,
} as const;

/** An identifier: non-empty text without surrounding whitespace. */
export const Id = v.pipe(v.string(), v.minLength(1), v.maxLength(LIMITS.id), v.regex(/^\S(?:.*\S)?$/, 'an id without leading or trailing spaces'));

/** Plain text of bounded length. */
export const Text = (max: number = LIMITS.text) => v.pipe(v.string(), v.maxLength(max));

/** A language tag such as `da`, `nb`, `en-GB`, `ar`. */
export const LanguageTag = v.pipe(v.string(), v.regex(/^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$/, 'a language tag such as da, nb or en'));

/** Text as one string or one string per language (`{da, nb, en, …}`). */
export const LocalizedTextSchema = (max: number = LIMITS.text) =>
  v.union([Text(max), v.pipe(v.record(LanguageTag, Text(max)), v.check((record) => Object.keys(record).length <= 50, 'expected at most 50 languages'))]);

/** A bounded list. */
export const List = <T extends v.GenericSchema>(item: T, min = 0, max: number = LIMITS.listItems) =>
  v.pipe(v.array(item), v.minLength(min), v.maxLength(max));

/** The fields every document has; `schema` is a literal per kind and version. */
export const documentBase = <S extends string>(schema: S) => ({
  schema: v.literal(schema),
  id: Id,
  revision: v.pipe(v.number(), v.integer(), v.minValue(0)),
  updatedAt: v.pipe(v.string(), v.isoTimestamp()),
});

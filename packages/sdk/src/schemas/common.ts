import * as v from 'valibot';
import { calendarDate, maxCharacters, timestamp, TIMESTAMP_PATTERN } from './actions.js';
import { safeRecord } from './record.js';
import type { Issue } from '../issues.js';
import { LIMITS } from '../limits.js';

// The bounds live in their own module (no Valibot): widgets read them for `maxlength` without
// loading the schemas.
export { LIMITS };

const ID_PATTERN = /^(?!(?:\.{1,2}|__proto__|constructor|prototype)$)\S(?:.*\S)?$/;

/**
 * An identifier: non-empty text without surrounding whitespace. Never `.` or `..` (an id is a
 * URL path segment for HttpStore: `/documents/notes/..` must not name the collection) and never
 * `__proto__`, `constructor` or `prototype` (ids are keys of records; those name the prototype).
 */
export const Id = v.pipe(
  v.string(),
  v.minLength(1),
  maxCharacters(LIMITS.id),
  v.regex(ID_PATTERN, 'an id without leading or trailing spaces, other than ".", "..", "__proto__", "constructor" and "prototype"'),
);

/**
 * Why `id` cannot name a document (located at `id`), or undefined when it can: what a widget
 * checks before it lets anyone type into a document a host named (`document-id`, `session-id`).
 */
export function documentIdIssue(id: unknown): Issue | undefined {
  const checked = v.safeParse(Id, id);
  return checked.success ? undefined : { path: 'id', message: checked.issues[0].message, code: 'pattern' };
}

/** Plain text of bounded length (in characters, as JSON Schema counts them). */
export const Text = (max: number = LIMITS.text) => v.pipe(v.string(), maxCharacters(max));

/** A language tag such as `da`, `nb`, `en-GB`, `ar`. */
export const LanguageTag = v.pipe(
  v.string(),
  maxCharacters(LIMITS.languageTag),
  v.regex(/^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$/, 'a language tag such as da, nb or en'),
);

/** A day that exists, `YYYY-MM-DD`. */
export const IsoDate = v.pipe(v.string(), calendarDate());

/** A moment, RFC 3339 with upper-case `T` and `Z` (as `Date.prototype.toISOString` writes it). */
export const Timestamp = v.pipe(v.string(), timestamp(), v.metadata({ pattern: TIMESTAMP_PATTERN.source }));

/** A map from ids to values, at most `max` entries (see {@link safeRecord}). */
export const IdRecord = <V extends v.GenericSchema>(value: V, max: number) => safeRecord(Id, value, max);

/** Text as one string or one string per language (`{da, nb, en, …}`), at most 50 languages. */
export const LocalizedTextSchema = (max: number = LIMITS.text) => v.union([Text(max), safeRecord(LanguageTag, Text(max), LIMITS.languages)]);

/** A bounded list. */
export const List = <T extends v.GenericSchema>(item: T, min = 0, max: number = LIMITS.listItems) =>
  v.pipe(v.array(item), v.minLength(min), v.maxLength(max));

/** The fields every document has; `schema` is a literal per kind and version. */
export const documentBase = <S extends string>(schema: S) => ({
  schema: v.literal(schema),
  id: Id,
  revision: v.pipe(v.number(), v.integer(), v.minValue(0)),
  updatedAt: Timestamp,
});

// Validation actions whose meaning is exactly the JSON Schema keyword they are published as, so
// that the parser and the published JSON Schema files accept the same documents (issue 13.13).
// valibot's own `maxLength` counts UTF-16 units and its `isoDate`/`isoTimestamp` accept
// impossible dates, where JSON Schema counts code points and `format: date` checks the calendar.
import { _addIssue, type BaseIssue, type BaseValidation } from 'valibot';

/** The number of Unicode code points in `text`, stopping once it is known to exceed `max`. */
export function codePointsExceed(text: string, max: number): boolean {
  if (text.length <= max) return false;
  if (text.length > 2 * max) return true;
  let count = 0;
  for (let index = 0; index < text.length; index += 1) {
    const unit = text.charCodeAt(index);
    // A high surrogate followed by a low one is one code point (a lone surrogate counts as one).
    if (unit >= 0xd800 && unit <= 0xdbff && index + 1 < text.length) {
      const next = text.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) index += 1;
    }
    count += 1;
    if (count > max) return true;
  }
  return false;
}

/**
 * At most `max` characters, counted as JSON Schema's `maxLength` counts them: in code points, so
 * an emoji is one character. Published as `maxLength` (it keeps valibot's `max_length` type).
 */
export function maxCharacters(max: number): BaseValidation<string, string, BaseIssue<string>> & { requirement: number } {
  return {
    kind: 'validation',
    type: 'max_length',
    reference: maxCharacters,
    async: false,
    expects: `<=${max}`,
    requirement: max,
    message: undefined,
    '~run'(dataset, config) {
      if (dataset.typed && codePointsExceed(dataset.value, max)) _addIssue(this, 'length', dataset, config, { received: 'longer' });
      return dataset as never;
    },
  } as BaseValidation<string, string, BaseIssue<string>> & { requirement: number };
}

const DATE = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/**
 * An RFC 3339 timestamp as Sammen writes it: upper-case `T` and `Z`, an offset with a colon, no
 * leap second. Stricter than RFC 3339 (which allows `t`, `z` and a space), and published as this
 * `pattern` beside `format: date-time`, so that every JSON Schema validator draws the same line.
 */
export const TIMESTAMP_PATTERN = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d{1,9})?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

/** True when year-month-day is a day of the proleptic Gregorian calendar (2026-02-30 is not). */
export function isCalendarDate(text: string): boolean {
  const match = DATE.exec(text.slice(0, 10));
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  return day <= days;
}

/** A calendar date `YYYY-MM-DD` that exists. Published as `format: date`. */
export function calendarDate(): BaseValidation<string, string, BaseIssue<string>> {
  return {
    kind: 'validation',
    type: 'iso_date',
    reference: calendarDate,
    async: false,
    expects: null,
    message: undefined,
    '~run'(dataset, config) {
      if (dataset.typed && !(dataset.value.length === 10 && isCalendarDate(dataset.value))) _addIssue(this, 'date', dataset, config);
      return dataset as never;
    },
  } as BaseValidation<string, string, BaseIssue<string>>;
}

/** A timestamp matching {@link TIMESTAMP_PATTERN} on a day that exists. Published as `format: date-time`. */
export function timestamp(): BaseValidation<string, string, BaseIssue<string>> {
  return {
    kind: 'validation',
    type: 'iso_timestamp',
    reference: timestamp,
    async: false,
    expects: null,
    message: undefined,
    '~run'(dataset, config) {
      if (dataset.typed && !(TIMESTAMP_PATTERN.test(dataset.value) && isCalendarDate(dataset.value))) _addIssue(this, 'timestamp', dataset, config);
      return dataset as never;
    },
  } as BaseValidation<string, string, BaseIssue<string>>;
}

import type { BaseIssue } from 'valibot';
import { checkCodeOf } from './schemas/beyond-json-schema.js';

/**
 * What kind of problem an issue is, so a widget can say it in the reader's language. `params`
 * carry the numbers and names the sentence needs — never the offending value itself.
 */
export type IssueCode =
  | 'missing'
  | 'type'
  | 'min-length'
  | 'max-length'
  | 'min-value'
  | 'max-value'
  | 'integer'
  | 'iso-date'
  | 'iso-timestamp'
  | 'pattern'
  | 'not-a-document'
  | 'other-kind'
  | 'newer-version'
  | 'unreadable-version'
  | 'unknown-schema'
  | 'malformed-json'
  | 'empty-json'
  | 'unreadable'
  | 'duplicate-id'
  | 'missing-reference'
  | 'not-a-person'
  | 'self-tie'
  | 'positive-choices-only'
  | 'unknown-field'
  | 'invalid';

/** One thing wrong with an input, located by a path such as `themes[0].cards[3].questions`. */
export interface Issue {
  /** Where: dot/bracket path from the document root; `''` for the document itself. */
  path: string;
  /** What, in plain English, without the offending value (documents may hold personal data). */
  message: string;
  /** The kind of problem, for translations (absent on issues from older servers). */
  code?: IssueCode;
  /** What the sentence needs: `{min: 1, unit: 'items'}`, `{expected: 'a string', got: 'array'}`, `{line, column}`. */
  params?: Record<string, string | number>;
}

/** The outcome of every parser: the typed value, or located issues. Parsers never throw. */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; issues: Issue[] };

/** Formats a valibot issue path as `a.b[2].c`. */
export function formatPath(path: readonly { key: unknown }[] | undefined): string {
  let out = '';
  for (const item of path ?? []) {
    const key = item.key;
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

/** What kind of value `input` is (`array`, `object`, `string`, …), never the value itself. */
export function kindOfValue(input: unknown): string {
  if (input === undefined) return 'nothing';
  if (input === null) return 'null';
  try {
    if (Array.isArray(input)) return 'array';
  } catch {
    // A revoked proxy cannot even say whether it is an array.
  }
  return typeof input;
}

/** The kind as an English phrase: `an array`, `a string`, `nothing`. */
export function describeKind(kind: string): string {
  if (kind === 'nothing' || kind === 'null') return kind;
  return /^[aeiou]/.test(kind) ? `an ${kind}` : `a ${kind}`;
}

/**
 * Our message for a valibot issue. Written here rather than taken from valibot, whose messages
 * quote the received value — and a value in a staff note is personal data that must not reach
 * an error log.
 */
function messageOf(issue: BaseIssue<unknown>): Omit<Issue, 'path'> {
  const requirement = (issue as { requirement?: unknown }).requirement;
  const count = typeof requirement === 'number' ? requirement : Number(requirement);
  const one = count === 1;
  const unit = typeof issue.input === 'string' ? (one ? 'character' : 'characters') : one ? 'item' : 'items';
  const units = typeof issue.input === 'string' ? 'characters' : 'items';
  switch (issue.type) {
    case 'min_length':
      return { message: `expected at least ${count} ${unit}`, code: 'min-length', params: { min: count, unit: units } };
    case 'max_length':
      return { message: `expected at most ${count} ${unit}`, code: 'max-length', params: { max: count, unit: units } };
    case 'max_entries':
      return { message: `expected at most ${count} ${one ? 'item' : 'items'}`, code: 'max-length', params: { max: count, unit: 'items' } };
    case 'min_value':
      return { message: `expected ${count} or more`, code: 'min-value', params: { min: count } };
    case 'max_value':
      return { message: `expected ${count} or less`, code: 'max-value', params: { max: count } };
    case 'integer':
      return { message: 'expected a whole number', code: 'integer' };
    case 'iso_timestamp':
      return { message: 'expected an ISO date and time, e.g. 2026-11-22T10:00:00Z', code: 'iso-timestamp' };
    case 'iso_date':
      return { message: 'expected an ISO date, e.g. 2026-11-22', code: 'iso-date' };
    case 'regex':
      return { message: `expected text matching ${issue.expected ?? 'the required pattern'}`, code: 'pattern' };
    case 'check':
    case 'raw_check':
    case 'custom':
      return { message: issue.message, code: checkCodeOf(issue.message) ?? 'invalid' };
    case 'strict_object':
      return { message: 'not a field this item can have', code: 'unknown-field' };
    default: {
      const expected = issue.expected ?? 'a value';
      if (issue.input === undefined && issue.kind === 'schema') return { message: `missing (expected ${expected})`, code: 'missing', params: { expected } };
      if (issue.kind === 'schema') {
        const got = kindOfValue(issue.input);
        return { message: `expected ${expected}, got ${describeKind(got)}`, code: 'type', params: { expected, got } };
      }
      return { message: issue.message, code: 'invalid' };
    }
  }
}

/** Turns valibot issues into ours (for a failed union, the first member's deepest issue). */
export function toIssues(issues: readonly BaseIssue<unknown>[]): Issue[] {
  return issues.map((issue) => {
    let chosen = issue;
    while ((chosen.type === 'union' || chosen.type === 'variant') && chosen.issues?.[0]) chosen = chosen.issues[0];
    return { path: formatPath(chosen.path as { key: unknown }[] | undefined), ...messageOf(chosen) };
  });
}

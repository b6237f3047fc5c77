import type { BaseIssue } from 'valibot';

/** One thing wrong with an input, located by a path such as `themes[0].cards[3].questions`. */
export interface Issue {
  /** Where: dot/bracket path from the document root; `''` for the document itself. */
  path: string;
  /** What, in plain English, without the offending value (documents may hold personal data). */
  message: string;
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

/** What kind of value `input` is, never the value itself. */
function describe(input: unknown): string {
  if (input === undefined) return 'nothing';
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'an array';
  return typeof input === 'object' ? 'an object' : `a ${typeof input}`;
}

/**
 * Our message for a valibot issue. Written here rather than taken from valibot, whose messages
 * quote the received value — and a value in a staff note is personal data that must not reach
 * an error log.
 */
function messageOf(issue: BaseIssue<unknown>): string {
  const requirement = (issue as { requirement?: unknown }).requirement;
  const one = requirement === 1;
  const unit = typeof issue.input === 'string' ? (one ? 'character' : 'characters') : one ? 'item' : 'items';
  switch (issue.type) {
    case 'min_length':
      return `expected at least ${String(requirement)} ${unit}`;
    case 'max_length':
      return `expected at most ${String(requirement)} ${unit}`;
    case 'min_value':
      return `expected ${String(requirement)} or more`;
    case 'max_value':
      return `expected ${String(requirement)} or less`;
    case 'integer':
      return 'expected a whole number';
    case 'iso_timestamp':
      return 'expected an ISO date and time, e.g. 2026-11-22T10:00:00Z';
    case 'iso_date':
      return 'expected an ISO date, e.g. 2026-11-22';
    case 'regex':
      return `expected text matching ${issue.expected ?? 'the required pattern'}`;
    case 'check':
    case 'custom':
      return issue.message;
    default:
      if (issue.input === undefined && issue.kind === 'schema') return `missing (expected ${issue.expected ?? 'a value'})`;
      if (issue.kind === 'schema') return `expected ${issue.expected ?? 'another value'}, got ${describe(issue.input)}`;
      return issue.message;
  }
}

/** Turns valibot issues into ours (for a failed union, the first member's deepest issue). */
export function toIssues(issues: readonly BaseIssue<unknown>[]): Issue[] {
  return issues.map((issue) => {
    let chosen = issue;
    while ((chosen.type === 'union' || chosen.type === 'variant') && chosen.issues?.[0]) chosen = chosen.issues[0];
    return { path: formatPath(chosen.path as { key: unknown }[] | undefined), message: messageOf(chosen) };
  });
}

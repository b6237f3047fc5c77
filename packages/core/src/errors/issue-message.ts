import { msg, str } from '@lit/localize';
import type { Issue, IssueCode } from '@sammen/sdk';

type Params = NonNullable<Issue['params']>;

/** A kind of value (`array`, `string`, … from the SDK's issue params) in the reader's language. */
function valueKind(kind: string | number | undefined): string {
  switch (kind) {
    case 'array':
      return msg('a list');
    case 'object':
      return msg('an object');
    case 'string':
      return msg('text');
    case 'number':
      return msg('a number');
    case 'boolean':
      return msg('true or false');
    case 'null':
    case 'nothing':
      return msg('nothing');
    default:
      return String(kind ?? '');
  }
}

/**
 * One sentence per SDK issue code, in the UI language. A `Record` over every `IssueCode`, so a
 * code added to the SDK without a sentence here is a type error, not an English message under a
 * Danish heading. Functions, because `msg()` must run at render time, in the active locale.
 */
export const ISSUE_MESSAGES: Readonly<Record<IssueCode, (params: Params) => string>> = {
  missing: (p) => msg(str`missing (expected ${p.expected})`),
  type: (p) => msg(str`expected ${p.expected}, got ${valueKind(p.got)}`),
  'min-length': (p) => {
    const chars = p.unit === 'characters';
    if (p.min === 1) return chars ? msg('expected at least one character') : msg('expected at least one item');
    return chars ? msg(str`expected at least ${p.min} characters`) : msg(str`expected at least ${p.min} items`);
  },
  'max-length': (p) => (p.unit === 'characters' ? msg(str`expected at most ${p.max} characters`) : msg(str`expected at most ${p.max} items`)),
  'min-value': (p) => msg(str`expected ${p.min} or more`),
  'max-value': (p) => msg(str`expected ${p.max} or less`),
  integer: () => msg('expected a whole number'),
  'iso-date': () => msg('expected a date such as 2026-11-22'),
  'iso-timestamp': () => msg('expected a date and time such as 2026-11-22T10:00:00Z'),
  pattern: () => msg('the text is not in the expected form'),
  invalid: () => msg('the value is not allowed here'),
  'not-a-document': (p) => msg(str`expected a document (a JSON object), got ${valueKind(p.got)}`),
  'other-kind': (p) => msg(str`this is another kind of document (expected ${p.expected})`),
  'newer-version': (p) => msg(str`version ${p.version} is newer than this version of Sammen can read (${p.supported}); update Sammen to open it`),
  'unreadable-version': (p) => msg(str`version ${p.version} cannot be read by this version of Sammen`),
  'unknown-schema': () => msg('not a kind of document this version of Sammen knows'),
  'empty-json': () => msg('the file is empty'),
  'malformed-json': (p) => (p.line === undefined ? msg('the file is not valid JSON') : msg(str`the file is not valid JSON: line ${p.line}, column ${p.column}`)),
  unreadable: () => msg('the document could not be read'),
  'duplicate-id': () => msg('another one of the same kind already has this id'),
  'missing-reference': () => msg('names something the document does not have'),
  'not-a-person': () => msg('names no person of the map'),
  'self-tie': () => msg('a tie joins two different people'),
  'positive-choices-only': () => msg("in a children's group, ties are positive choices only (plays with, seeks out, asks for help) — never negative choices or rankings"),
  'unknown-field': () => msg('not a field this item can have'),
};

/**
 * An SDK issue's message in the UI language, from its `code` and `params`; the SDK's English
 * `message` only for issues without a code we know (e.g. from an older server). The path stays as
 * it is: it names fields of the document format, which are English in every language.
 */
export function issueMessage(issue: Issue): string {
  const sentence = issue.code !== undefined && Object.hasOwn(ISSUE_MESSAGES, issue.code) ? ISSUE_MESSAGES[issue.code] : undefined;
  return sentence ? sentence(issue.params ?? {}) : issue.message;
}

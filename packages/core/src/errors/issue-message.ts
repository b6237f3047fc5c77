import { msg, str } from '@lit/localize';
import type { Issue } from '@sammen/sdk';

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
 * An SDK issue's message in the UI language, from its `code` and `params`; the SDK's English
 * `message` for issues without a code (e.g. from an older server). The path stays as it is: it
 * names fields of the document format, which are English in every language.
 */
export function issueMessage(issue: Issue): string {
  const p = issue.params ?? {};
  const chars = p.unit === 'characters';
  switch (issue.code) {
    case 'missing':
      return msg(str`missing (expected ${p.expected})`);
    case 'type':
      return msg(str`expected ${p.expected}, got ${valueKind(p.got)}`);
    case 'min-length':
      if (p.min === 1) return chars ? msg('expected at least one character') : msg('expected at least one item');
      return chars ? msg(str`expected at least ${p.min} characters`) : msg(str`expected at least ${p.min} items`);
    case 'max-length':
      return chars ? msg(str`expected at most ${p.max} characters`) : msg(str`expected at most ${p.max} items`);
    case 'min-value':
      return msg(str`expected ${p.min} or more`);
    case 'max-value':
      return msg(str`expected ${p.max} or less`);
    case 'integer':
      return msg('expected a whole number');
    case 'iso-date':
      return msg('expected a date such as 2026-11-22');
    case 'iso-timestamp':
      return msg('expected a date and time such as 2026-11-22T10:00:00Z');
    case 'not-a-document':
      return msg(str`expected a document (a JSON object), got ${valueKind(p.got)}`);
    case 'other-kind':
      return msg(str`this is another kind of document (expected ${p.expected})`);
    case 'newer-version':
      return msg(str`version ${p.version} is newer than this version of Sammen can read (${p.supported}); update Sammen to open it`);
    case 'unreadable-version':
      return msg(str`version ${p.version} cannot be read by this version of Sammen`);
    case 'unknown-schema':
      return msg('not a kind of document this version of Sammen knows');
    case 'empty-json':
      return msg('the file is empty');
    case 'malformed-json':
      return p.line === undefined ? msg('the file is not valid JSON') : msg(str`the file is not valid JSON: line ${p.line}, column ${p.column}`);
    case 'unreadable':
      return msg('the document could not be read');
    default:
      return issue.message;
  }
}

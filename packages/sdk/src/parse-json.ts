// JSON text → a validated document, saying where malformed JSON breaks. A module of its own: only
// a widget given a `src` (core's DocumentSourceController imports it then) or a file to open
// needs it, so a page showing the built-in example does not carry it.
import { describeKind, kindOfValue, type Issue, type ParseResult } from './issues.js';
import { jsonErrorOffset } from './json-error-position.js';
import { fail, unreadable } from './parse-kind.js';

/**
 * Parses JSON text and validates it with `parse`. Malformed JSON becomes an issue with the line
 * and column where it breaks; nothing throws.
 */
export function parseJson<T>(text: string, parse: (value: unknown) => ParseResult<T>): ParseResult<T> {
  // Called from plain JavaScript too, where `text` may be anything (a Response, a Buffer, null).
  if (typeof text !== 'string') return fail('', `expected JSON text, got ${describeKind(kindOfValue(text))}`, 'type', { expected: 'JSON text', got: kindOfValue(text) });
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    try {
      return malformed(text);
    } catch {
      return fail('', 'malformed JSON', 'malformed-json');
    }
  }
  try {
    return parse(value);
  } catch {
    return unreadable();
  }
}

function malformed(text: string): { ok: false; issues: Issue[] } {
  if (text.trim() === '') return fail('', 'malformed JSON: the text is empty', 'empty-json');
  const offset = jsonErrorOffset(text);
  if (offset < 0) return fail('', 'malformed JSON', 'malformed-json');
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return fail('', `malformed JSON at line ${line}, column ${column}`, 'malformed-json', { line, column });
}

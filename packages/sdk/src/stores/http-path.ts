import * as v from 'valibot';
import { DOCUMENT_KINDS, type DocumentKind } from '../documents.js';
import { ValidationError } from '../errors.js';
import { Id } from '../schemas/common.js';

/**
 * The URL of one document (or, without `id`, of a kind's collection) below `baseUrl`, or a
 * located `ValidationError` before anything is sent.
 *
 * Why so strict: `fetch` resolves dot segments, and `%2e` counts as a dot (WHATWG URL), so an id
 * `..` turns `DELETE /documents/{kind}/..` into `DELETE /documents` — erase everything — and an
 * empty id turns a read of one document into the list route. Percent-encoding cannot prevent
 * that; refusing such ids can. Lone UTF-16 surrogates cannot be percent-encoded at all.
 */
export function documentUrl(baseUrl: string, kind: DocumentKind, id?: string): string {
  if (!(DOCUMENT_KINDS as readonly unknown[]).includes(kind)) {
    throw new ValidationError([{ path: 'kind', message: `expected one of ${DOCUMENT_KINDS.join(', ')}`, code: 'invalid' }]);
  }
  if (id === undefined) return `${baseUrl}/documents/${kind}`;
  return `${baseUrl}/documents/${kind}/${encodeId(id)}`;
}

function encodeId(id: string): string {
  const refuse = (message: string): never => {
    throw new ValidationError([{ path: 'id', message, code: 'pattern' }]);
  };
  if (typeof id !== 'string') refuse('expected an id (text)');
  // The schema's own rule first (length, spaces), so the store and the parser say the same.
  const checked = v.safeParse(Id, id);
  if (!checked.success) refuse(checked.issues[0].message);
  if (id === '.' || id === '..') refuse('an id other than "." or ".." (they are path steps in a URL)');
  let encoded = '';
  try {
    encoded = encodeURIComponent(id);
  } catch {
    refuse('an id of whole characters (it contains half of a character pair)');
  }
  return encoded;
}

import { kindOfSchema, type DocumentKind, type SammenDocument } from '../documents.js';
import { parseDocumentOfKind } from '../document-registry.js';
import { SammenError, ValidationError } from '../errors.js';
import type { PutOptions } from './store.js';

/** The kind of a (validated) document. */
export function kindOf(doc: SammenDocument): DocumentKind {
  const kind = kindOfSchema(doc.schema);
  if (!kind) throw new ValidationError([{ path: 'schema', message: 'not a Sammen document schema' }]);
  return kind;
}

/**
 * Validates `doc` for writing and returns the stored copy: revision `expected + 1`, `updatedAt`
 * now. Throws `ValidationError` for an invalid document.
 */
export function prepareWrite<D extends SammenDocument>(doc: D, expectedRevision: number): { kind: DocumentKind; stored: D } {
  const kind = kindOfSchema(typeof doc?.schema === 'string' ? doc.schema : '');
  if (!kind) throw new ValidationError([{ path: 'schema', message: 'not a Sammen document schema' }]);
  if (!Number.isInteger(expectedRevision) || expectedRevision < 0) {
    throw new ValidationError([{ path: 'revision', message: 'expected revision must be a whole number ≥ 0' }]);
  }
  const candidate = { ...doc, revision: expectedRevision + 1, updatedAt: new Date().toISOString() };
  const result = parseDocumentOfKind(kind, candidate);
  if (!result.ok) throw new ValidationError(result.issues);
  return { kind, stored: result.value as D };
}

/**
 * `prepareWrite` for `store.put(doc, options)` as called from any JavaScript: a throwing getter,
 * a revoked proxy or a `null` options object becomes a `ValidationError`, never a bare TypeError
 * (stores reject only with `SammenError`s).
 */
export function prepareWriteOf<D extends SammenDocument>(doc: D, options: PutOptions | undefined): { kind: DocumentKind; stored: D; expected: number } {
  try {
    const expected = options?.expectedRevision ?? doc.revision;
    return { ...prepareWrite(doc, expected), expected };
  } catch (error) {
    throw unreadable(error);
  }
}

/** `error` when it is a SammenError, else a ValidationError saying the input could not be read. */
export function unreadable(error: unknown): SammenError {
  return error instanceof SammenError ? error : new ValidationError([{ path: '', message: 'the value could not be read', code: 'unreadable' }]);
}

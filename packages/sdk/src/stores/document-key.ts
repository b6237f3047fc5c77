import { kindOfSchema, parseDocumentOfKind, type DocumentKind, type SammenDocument } from '../documents.js';
import { ValidationError } from '../errors.js';

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

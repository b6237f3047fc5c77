// Every kind's schema in one object, and the parsers that dispatch on a kind or a document's
// `schema`. Kept apart from documents.ts: whatever uses these carries every kind's valibot
// schema, which a page showing one widget should not (it uses its kind's parser in kinds/).
import type * as v from 'valibot';
import { kindOfSchema, type DocumentKind, type DocumentOfKind, type SammenDocument } from './documents.js';
import { fail, parseKind, unreadable } from './parse-kind.js';
import type { ParseResult } from './issues.js';
import { MIGRATIONS } from './migrations.js';
import { ChangeModelSchema } from './schemas/change-model.js';
import { PerspectiveSessionSchema } from './schemas/perspective-session.js';
import { ReflectionDeckSchema } from './schemas/reflection-deck.js';
import { ReflectionNotesSchema } from './schemas/reflection-notes.js';
import { RelationMapSchema } from './schemas/relation-map.js';

/** The valibot schema of each kind (the one source of types, validation and JSON Schema). */
export const SCHEMAS = {
  'reflection-deck': ReflectionDeckSchema,
  'reflection-notes': ReflectionNotesSchema,
  'perspective-session': PerspectiveSessionSchema,
  'change-model': ChangeModelSchema,
  'relation-map': RelationMapSchema,
} as const;

/** Validates `value` as a document of `kind` (migrating older versions). Never throws. */
export function parseDocumentOfKind<K extends DocumentKind>(kind: K, value: unknown): ParseResult<DocumentOfKind<K>> {
  return parseKind(kind, SCHEMAS[kind] as v.GenericSchema, MIGRATIONS, value);
}

/** Validates any Sammen document, dispatching on its `schema`. Never throws. */
export function parseDocument(value: unknown): ParseResult<SammenDocument> {
  let schema: unknown;
  try {
    // A getter, or a revoked proxy, throws right here.
    schema = typeof value === 'object' && value !== null ? (value as { schema?: unknown }).schema : undefined;
  } catch {
    return unreadable();
  }
  const kind = typeof schema === 'string' ? kindOfSchema(schema) : undefined;
  if (!kind) {
    return typeof schema === 'string'
      ? fail('schema', 'not a Sammen document schema this version knows', 'unknown-schema')
      : fail('schema', 'missing (expected "sammen.<kind>/v<N>")', 'missing', { expected: '"sammen.<kind>/v<N>"' });
  }
  return parseDocumentOfKind(kind, value);
}

import * as v from 'valibot';
import { describeKind, kindOfValue, toIssues, type Issue, type IssueCode, type ParseResult } from './issues.js';
import { jsonErrorOffset } from './json-error-position.js';
import { documentSizeIssue } from './document-size.js';
import { MIGRATIONS } from './migrations.js';
import { ChangeModelSchema, type ChangeModel } from './schemas/change-model.js';
import { PerspectiveSessionSchema, type PerspectiveSession } from './schemas/perspective-session.js';
import { ReflectionDeckSchema, type ReflectionDeck } from './schemas/reflection-deck.js';
import { ReflectionNotesSchema, type ReflectionNotes } from './schemas/reflection-notes.js';
import { RelationMapSchema, type RelationMap } from './schemas/relation-map.js';

/** The kinds of document Sammen knows. */
export const DOCUMENT_KINDS = ['reflection-deck', 'reflection-notes', 'perspective-session', 'change-model', 'relation-map'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** The current schema id of each kind (`sammen.<kind>/v<N>`). */
export const SCHEMA_IDS = {
  'reflection-deck': 'sammen.reflection-deck/v1',
  'reflection-notes': 'sammen.reflection-notes/v1',
  'perspective-session': 'sammen.perspective-session/v1',
  'change-model': 'sammen.change-model/v2',
  'relation-map': 'sammen.relation-map/v2',
} as const satisfies Record<DocumentKind, string>;

/** The fields every document has. */
export interface DocumentBase {
  schema: string;
  id: string;
  revision: number;
  updatedAt: string;
}

/** The document type of each kind. */
export interface DocumentTypes {
  'reflection-deck': ReflectionDeck;
  'reflection-notes': ReflectionNotes;
  'perspective-session': PerspectiveSession;
  'change-model': ChangeModel;
  'relation-map': RelationMap;
}
export type DocumentOfKind<K extends DocumentKind> = DocumentTypes[K];
export type SammenDocument = DocumentTypes[DocumentKind];

/** The valibot schema of each kind (the one source of types, validation and JSON Schema). */
export const SCHEMAS = {
  'reflection-deck': ReflectionDeckSchema,
  'reflection-notes': ReflectionNotesSchema,
  'perspective-session': PerspectiveSessionSchema,
  'change-model': ChangeModelSchema,
  'relation-map': RelationMapSchema,
} as const;

const SCHEMA_PATTERN = /^sammen\.([a-z-]+)\/v(\d+)$/;

/** The kind named by a schema id of any version (`sammen.reflection-deck/v7` → `reflection-deck`). */
export function kindOfSchema(schema: string): DocumentKind | undefined {
  const kind = SCHEMA_PATTERN.exec(schema)?.[1];
  return (DOCUMENT_KINDS as readonly string[]).includes(kind ?? '') ? (kind as DocumentKind) : undefined;
}

const fail = (path: string, message: string, code: IssueCode, params?: Issue['params']): { ok: false; issues: Issue[] } => ({
  ok: false,
  issues: [params ? { path, message, code, params } : { path, message, code }],
});

/** Checks the `schema` field against `kind`, migrating older versions; says clearly what is wrong. */
function prepare(kind: DocumentKind, value: unknown): ParseResult<Record<string, unknown>> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    const got = kindOfValue(value);
    return fail('', `expected a ${kind} document (a JSON object), got ${describeKind(got)}`, 'not-a-document', { kind, got });
  }
  const document = value as Record<string, unknown>;
  const schema = document.schema;
  const current = SCHEMA_IDS[kind];
  if (typeof schema !== 'string') return fail('schema', `missing (expected "${current}")`, 'missing', { expected: `"${current}"` });
  if (schema === current) return { ok: true, value: document };
  const match = SCHEMA_PATTERN.exec(schema);
  if (!match || match[1] !== kind) {
    return fail('schema', `expected "${current}", got a schema for another kind of document`, 'other-kind', { expected: current });
  }
  const version = Number(match[2]);
  const currentVersion = Number(SCHEMA_PATTERN.exec(current)?.[2]);
  if (version > currentVersion) {
    return fail('schema', `version ${version} is newer than this version of Sammen understands (${currentVersion}); update Sammen to open it`, 'newer-version', {
      version,
      supported: currentVersion,
    });
  }
  let migrated = document;
  for (let step = 0; step < MIGRATIONS.length; step += 1) {
    const migration = MIGRATIONS.find((candidate) => candidate.from === migrated.schema);
    if (!migration) break;
    // The older version is validated as what it was, so the parser reads exactly what its
    // published JSON Schema describes — no more (a lenient migration) and no less.
    const older = v.safeParse(migration.schema, migrated);
    if (!older.success) return { ok: false, issues: toIssues(older.issues) };
    migrated = migration.migrate(older.output as Record<string, unknown>);
  }
  if (migrated.schema !== current) return fail('schema', `version ${version} cannot be read by this version of Sammen`, 'unreadable-version', { version });
  return { ok: true, value: migrated };
}

const unreadable = () => fail('', 'the value could not be read', 'unreadable');

/** Validates `value` as a document of `kind` (migrating older versions). Never throws. */
export function parseDocumentOfKind<K extends DocumentKind>(kind: K, value: unknown): ParseResult<DocumentOfKind<K>> {
  try {
    const tooLarge = documentSizeIssue(value);
    if (tooLarge?.stop) return { ok: false, issues: [tooLarge.issue] };
    const prepared = prepare(kind, value);
    if (!prepared.ok) return prepared;
    const result = v.safeParse(SCHEMAS[kind] as v.GenericSchema, prepared.value);
    if (!result.success) return { ok: false, issues: toIssues(result.issues) };
    if (tooLarge) return { ok: false, issues: [tooLarge.issue] };
    return { ok: true, value: result.output as DocumentOfKind<K> };
  } catch {
    // valibot does not throw on data, but a getter or proxy in a host's object might.
    return unreadable();
  }
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

/** Validates a reflection deck. */
export const parseReflectionDeck = (value: unknown) => parseDocumentOfKind('reflection-deck', value);
/** Validates reflection notes (migrating v0). */
export const parseReflectionNotes = (value: unknown) => parseDocumentOfKind('reflection-notes', value);
/** Validates a perspective session. */
export const parsePerspectiveSession = (value: unknown) => parseDocumentOfKind('perspective-session', value);
/** Validates a change model. */
export const parseChangeModel = (value: unknown) => parseDocumentOfKind('change-model', value);
/** Validates a relation map (migrating v1). */
export const parseRelationMap = (value: unknown) => parseDocumentOfKind('relation-map', value);

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

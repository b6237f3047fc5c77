import * as v from 'valibot';
import { describeKind, kindOfValue, toIssues, type Issue, type IssueCode, type ParseResult } from './issues.js';
import { documentSizeIssue } from './document-size.js';
import type { Migration } from './migrations.js';
import type { ChangeModel } from './schemas/change-model.js';
import type { PerspectiveSession } from './schemas/perspective-session.js';
import type { ReflectionDeck } from './schemas/reflection-deck.js';
import type { ReflectionNotes } from './schemas/reflection-notes.js';
import type { RelationMap } from './schemas/relation-map.js';

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

const SCHEMA_PATTERN = /^sammen\.([a-z-]+)\/v(\d+)$/;

/** The kind named by a schema id of any version (`sammen.reflection-deck/v7` → `reflection-deck`). */
export function kindOfSchema(schema: string): DocumentKind | undefined {
  const kind = SCHEMA_PATTERN.exec(schema)?.[1];
  return (DOCUMENT_KINDS as readonly string[]).includes(kind ?? '') ? (kind as DocumentKind) : undefined;
}

/** The error of a value that is no document at all, or of a schema no kind has. */
export const fail = (path: string, message: string, code: IssueCode, params?: Issue['params']): { ok: false; issues: Issue[] } => ({
  ok: false,
  issues: [params ? { path, message, code, params } : { path, message, code }],
});

/** Checks the `schema` field against `kind`, migrating older versions; says clearly what is wrong. */
function prepare(kind: DocumentKind, value: unknown, migrations: readonly Migration[]): ParseResult<Record<string, unknown>> {
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
  for (let step = 0; step < migrations.length; step += 1) {
    const migration = migrations.find((candidate) => candidate.from === migrated.schema);
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

export const unreadable = () => fail('', 'the value could not be read', 'unreadable');

/**
 * Validates `value` as a document of `kind` with that kind's own schema and migrations (migrating
 * older versions). Never throws. Each kind's parser (`kinds/<kind>.ts`) calls it with its own
 * schema, in a module of its own, so a page that validates one kind carries that kind's valibot
 * schema and no other; `parseDocumentOfKind` (document-registry.ts) holds them all.
 */
export function parseKind<K extends DocumentKind>(kind: K, schema: v.GenericSchema, migrations: readonly Migration[], value: unknown): ParseResult<DocumentOfKind<K>> {
  try {
    const tooLarge = documentSizeIssue(value);
    if (tooLarge?.stop) return { ok: false, issues: [tooLarge.issue] };
    const prepared = prepare(kind, value, migrations);
    if (!prepared.ok) return prepared;
    const result = v.safeParse(schema, prepared.value);
    if (!result.success) return { ok: false, issues: toIssues(result.issues) };
    if (tooLarge) return { ok: false, issues: [tooLarge.issue] };
    return { ok: true, value: result.output as DocumentOfKind<K> };
  } catch {
    // valibot does not throw on data, but a getter or proxy in a host's object might.
    return unreadable();
  }
}

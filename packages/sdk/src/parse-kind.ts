// Reading a document of one kind (schema id, migrations, the kind's Valibot schema), shared by
// every kind's parser (kinds/*.ts). Not in documents.ts: the kinds and schema ids are used on
// every page, the parsing only where a document has to be validated.
import * as v from 'valibot';
import { describeKind, kindOfValue, toIssues, type Issue, type IssueCode, type ParseResult } from './issues.js';
import { documentSizeIssue } from './document-size.js';
import { SCHEMA_IDS, SCHEMA_PATTERN, type DocumentKind, type DocumentOfKind } from './documents.js';
import type { Migration } from './migrations.js';

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

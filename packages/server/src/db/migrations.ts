import { AUDIT_MIGRATION, PRIVACY_INDEX_MIGRATION } from '../privacy/audit.js';
import type { Database } from './database.js';

/** One step of the database schema. Steps are applied in order, once, and never edited after release. */
export interface Migration {
  id: number;
  name: string;
  /** The statements, one per entry (both drivers run one statement per query). */
  sql: readonly string[];
}

/**
 * The schema, step by step. A new step goes at the end with the next id; a released step is never
 * changed (a database that already ran it would not run it again).
 *
 * A document belongs to a tenant (municipality) and a group (daycare or team): every query names
 * both, so one tenant's rows are never reachable from another's request. The document is kept as
 * the exact JSON text that was validated (`body`), so an export is byte-for-byte what was saved.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    id: 1,
    name: 'documents',
    sql: [
      `CREATE TABLE documents (
        tenant     text        NOT NULL,
        group_id   text        NOT NULL,
        kind       text        NOT NULL,
        id         text        NOT NULL,
        revision   integer     NOT NULL CHECK (revision > 0),
        updated_at timestamptz NOT NULL,
        body       text        NOT NULL,
        created_by text        NOT NULL,
        updated_by text        NOT NULL,
        PRIMARY KEY (tenant, group_id, kind, id)
      )`,
      'CREATE INDEX documents_updated_at ON documents (tenant, group_id, updated_at)',
    ],
  },
  // The security layer's steps are numbered from 101, so the core's own keep 2, 3, …
  AUDIT_MIGRATION,
  PRIVACY_INDEX_MIGRATION,
];

/** An arbitrary constant: the advisory lock that keeps two starting processes from migrating at once. */
const MIGRATION_LOCK = 7_261_018;

/**
 * Applies every migration the database has not run yet, each in its own transaction with its
 * row in `schema_migrations`, so a crash leaves the schema at a whole step. Returns the ids applied.
 */
export async function migrate(db: Database, migrations: readonly Migration[] = MIGRATIONS): Promise<number[]> {
  await db.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
    id integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now()
  )`);
  const applied: number[] = [];
  for (const migration of [...migrations].sort((a, b) => a.id - b.id)) {
    const done = await db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      const seen = await tx.query('SELECT 1 FROM schema_migrations WHERE id = $1', [migration.id]);
      if (seen.rows.length > 0) return false;
      for (const statement of migration.sql) await tx.query(statement);
      await tx.query('INSERT INTO schema_migrations (id, name) VALUES ($1, $2)', [migration.id, migration.name]);
      return true;
    });
    if (done) applied.push(migration.id);
  }
  return applied;
}

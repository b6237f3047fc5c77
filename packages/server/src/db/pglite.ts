import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import type { Database, Queryable, QueryResult } from './database.js';

interface PGliteLike {
  query<R>(sql: string, params?: unknown[]): Promise<{ rows: R[]; affectedRows?: number }>;
}

function queryable(target: PGliteLike): Queryable {
  return {
    async query<R>(sql: string, params: readonly unknown[] = []): Promise<QueryResult<R>> {
      const result = await target.query<R>(sql, [...params]);
      return { rows: result.rows, rowCount: result.affectedRows ?? result.rows.length };
    },
  };
}

/**
 * The embedded PostgreSQL (PGlite, PostgreSQL compiled to WebAssembly) with its files in
 * `dataDir`, so `npm run server` works on a fresh clone with no database installed. PGlite runs
 * one statement at a time; its `transaction` holds it exclusively, which makes every transaction
 * serial here (a real PostgreSQL runs them concurrently, under the same row checks).
 */
export async function openPglite(dataDir: string): Promise<Database> {
  mkdirSync(dataDir, { recursive: true });
  const db = await PGlite.create(dataDir);
  const direct = queryable(db);
  return {
    engine: 'pglite',
    query: direct.query,
    transaction: (work) => db.transaction((tx) => work(queryable(tx))),
    async listen(channel, onPayload) {
      const stop = await db.listen(channel, onPayload);
      return async () => {
        if (!db.closed) await stop();
      };
    },
    close: () => db.close(),
  };
}

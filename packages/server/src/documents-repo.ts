// Every SQL statement on documents. Each names the tenant and the group, so a request can only
// ever reach its own group's rows; each write and its change announcement share one transaction.
import type { DocumentKind, ImportResult, SammenDocument } from '@sammen/sdk';
import { planImport } from '@sammen/sdk/backend';
import type { Database, Queryable } from './db/database.js';
import type { ChangeEvent, ChangeNotifier } from './notifier.js';

/** Whose documents (the tenant and group of the request's principal), and who acts (its subject). */
export interface Scope {
  tenant: string;
  group: string;
  /** Recorded as creator / last writer, and in the change announcement (never sent to feeds). */
  subject: string;
}

/** The scope of a request: its principal's tenant, group and subject. */
export const scopeOf = (request: { principal: Scope }): Scope => ({
  tenant: request.principal.tenant,
  group: request.principal.group,
  subject: request.principal.subject,
});

/** A stored document as the exact JSON text that was saved, with its revision. */
export interface StoredText {
  revision: number;
  body: string;
}

/** The outcome of a conditional write. */
export type PutOutcome = { ok: true; created: boolean; stored: StoredText } | { ok: false; current: StoredText | undefined };

interface Row {
  revision: number;
  body: string;
}

const SELECT_ONE = 'SELECT revision, body FROM documents WHERE tenant = $1 AND group_id = $2 AND kind = $3 AND id = $4';

/** Document repository over one database and notifier. */
export class DocumentsRepo {
  constructor(
    private readonly db: Database,
    private readonly notifier: ChangeNotifier,
  ) {}

  private announce(tx: Queryable, scope: Scope, change: Omit<ChangeEvent, 'tenant' | 'group' | 'by'>): Promise<void> {
    return this.notifier.publish(tx, { tenant: scope.tenant, group: scope.group, by: scope.subject, ...change });
  }

  async get(scope: Scope, kind: DocumentKind, id: string): Promise<StoredText | undefined> {
    const { rows } = await this.db.query<Row>(SELECT_ONE, [scope.tenant, scope.group, kind, id]);
    return rows[0];
  }

  /** The kind's documents' JSON texts, by id (byte order, as every store sorts ids the same way). */
  async list(scope: Scope, kind: DocumentKind): Promise<string[]> {
    const { rows } = await this.db.query<Row>('SELECT body FROM documents WHERE tenant = $1 AND group_id = $2 AND kind = $3 ORDER BY id COLLATE "C"', [
      scope.tenant,
      scope.group,
      kind,
    ]);
    return rows.map((row) => row.body);
  }

  /**
   * Writes `doc` (already validated, at revision `expected + 1`) only if the stored revision is
   * `expected` (0: only if there is none). The check is in the statement itself — `UPDATE … WHERE
   * revision = expected`, `INSERT … ON CONFLICT DO NOTHING` — so of concurrent writers with the
   * same expectation exactly one matches a row; the others get the current document.
   */
  async put(scope: Scope, kind: DocumentKind, doc: SammenDocument, expected: number): Promise<PutOutcome> {
    const body = JSON.stringify(doc);
    return this.db.transaction(async (tx) => {
      const key = [scope.tenant, scope.group, kind, doc.id];
      const written =
        expected === 0
          ? await tx.query<Row>(
              `INSERT INTO documents (tenant, group_id, kind, id, revision, updated_at, body, created_by, updated_by)
               VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8) ON CONFLICT DO NOTHING RETURNING revision, body`,
              [...key, doc.revision, doc.updatedAt, body, scope.subject],
            )
          : await tx.query<Row>(
              `UPDATE documents SET revision = $5, updated_at = $6, body = $7, updated_by = $8
               WHERE tenant = $1 AND group_id = $2 AND kind = $3 AND id = $4 AND revision = $9 RETURNING revision, body`,
              [...key, doc.revision, doc.updatedAt, body, scope.subject, expected],
            );
      const stored = written.rows[0];
      if (!stored) {
        const current = await tx.query<Row>(SELECT_ONE, key);
        return { ok: false, current: current.rows[0] };
      }
      await this.announce(tx, scope, { kind, id: doc.id, type: 'put', revision: stored.revision });
      return { ok: true, created: expected === 0, stored };
    });
  }

  /** Deletes one document; true when there was one. */
  async delete(scope: Scope, kind: DocumentKind, id: string): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      const { rows } = await tx.query('DELETE FROM documents WHERE tenant = $1 AND group_id = $2 AND kind = $3 AND id = $4 RETURNING id', [
        scope.tenant,
        scope.group,
        kind,
        id,
      ]);
      if (rows.length > 0) await this.announce(tx, scope, { kind, id, type: 'delete' });
      return rows.length > 0;
    });
  }

  /** Deletes the scope's documents matching `where` (extra SQL on `updated_at`, parameter $3); announces each. */
  private async deleteWhere(scope: Scope, where: string, extra: unknown[]): Promise<number> {
    return this.db.transaction(async (tx) => {
      const { rows } = await tx.query<{ kind: DocumentKind; id: string }>(
        `DELETE FROM documents WHERE tenant = $1 AND group_id = $2 ${where} RETURNING kind, id`,
        [scope.tenant, scope.group, ...extra],
      );
      for (const row of rows) await this.announce(tx, scope, { kind: row.kind, id: row.id, type: 'delete' });
      return rows.length;
    });
  }

  /** Deletes every document of the scope (erasure). */
  deleteAll(scope: Scope): Promise<number> {
    return this.deleteWhere(scope, '', []);
  }

  /** Deletes the scope's documents last updated before `cutoff`; returns how many. */
  purge(scope: Scope, cutoff: Date): Promise<number> {
    return this.deleteWhere(scope, 'AND updated_at < $3', [cutoff.toISOString()]);
  }

  /** Every document of the scope, by kind and id, as JSON texts. */
  async exportTexts(scope: Scope): Promise<string[]> {
    const { rows } = await this.db.query<Row>('SELECT body FROM documents WHERE tenant = $1 AND group_id = $2 ORDER BY kind COLLATE "C", id COLLATE "C"', [
      scope.tenant,
      scope.group,
    ]);
    return rows.map((row) => row.body);
  }

  /**
   * Writes a validated bundle's documents in one transaction, never rolling a document back. The
   * stored revisions are read under row locks (`FOR UPDATE`); a document created by another
   * writer in the meantime (a row that did not exist cannot be locked) is caught by the upsert's
   * own `WHERE stored revision < imported revision`, and reported as skipped.
   */
  async importDocuments(scope: Scope, documents: readonly { kind: DocumentKind; doc: SammenDocument }[]): Promise<ImportResult> {
    return this.db.transaction(async (tx) => {
      const stored = new Map<string, number>();
      for (const { kind, doc } of documents) {
        const { rows } = await tx.query<Row>(`${SELECT_ONE} FOR UPDATE`, [scope.tenant, scope.group, kind, doc.id]);
        if (rows[0]) stored.set(`${kind}/${doc.id}`, rows[0].revision);
      }
      const { write, result } = planImport(
        documents.map((entry) => entry.doc),
        (key) => stored.get(key),
      );
      const kinds = new Map(documents.map((entry) => [entry.doc, entry.kind]));
      for (const doc of write) {
        const kind = kinds.get(doc)!;
        const key = [scope.tenant, scope.group, kind, doc.id];
        const written = await tx.query(
          `INSERT INTO documents (tenant, group_id, kind, id, revision, updated_at, body, created_by, updated_by)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8)
           ON CONFLICT (tenant, group_id, kind, id) DO UPDATE SET revision = EXCLUDED.revision, updated_at = EXCLUDED.updated_at,
             body = EXCLUDED.body, updated_by = EXCLUDED.updated_by
           WHERE documents.revision < EXCLUDED.revision RETURNING revision`,
          [...key, doc.revision, new Date(Date.parse(doc.updatedAt)).toISOString(), JSON.stringify(doc), scope.subject],
        );
        if (written.rows.length === 0) {
          const now = (await tx.query<Row>(SELECT_ONE, key)).rows[0]!.revision;
          result.imported = result.imported.filter((entry) => !(entry.kind === kind && entry.id === doc.id));
          result.skipped.push({ kind, id: doc.id, revision: doc.revision, reason: now === doc.revision ? 'same-revision' : 'newer-in-store', storedRevision: now });
          continue;
        }
        await this.announce(tx, scope, { kind, id: doc.id, type: 'put', revision: doc.revision });
      }
      return result;
    });
  }
}

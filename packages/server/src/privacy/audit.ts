import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Database, Queryable } from '../db/database.js';
import type { Migration } from '../db/migrations.js';

/**
 * The audit trail: who (tenant, group, subject) did what (`action`) to which document (kind, id,
 * revision) and when. Never any content: the table has no column that could hold it.
 */
export const AUDIT_MIGRATION: Migration = {
  id: 101,
  name: 'audit_log',
  sql: [
    `CREATE TABLE audit_log (
      seq         bigserial   PRIMARY KEY,
      at          timestamptz NOT NULL DEFAULT now(),
      tenant      text        NOT NULL,
      group_id    text        NOT NULL,
      subject     text        NOT NULL,
      action      text        NOT NULL,
      kind        text,
      document_id text,
      revision    integer
    )`,
    'CREATE INDEX audit_log_scope ON audit_log (tenant, group_id, at)',
    'CREATE INDEX audit_log_subject ON audit_log (tenant, subject, at)',
  ],
};

/** Indexes for the privacy routes (a person's documents) and the retention purge (a kind's oldest). */
export const PRIVACY_INDEX_MIGRATION: Migration = {
  id: 102,
  name: 'privacy_indexes',
  sql: [
    'CREATE INDEX documents_created_by ON documents (tenant, group_id, created_by)',
    'CREATE INDEX documents_kind_updated_at ON documents (kind, updated_at)',
  ],
};

/** What the audit trail records. `read`/`list` are reads; the rest change or hand out data. */
export type AuditAction = 'read' | 'list' | 'create' | 'update' | 'delete' | 'delete-all' | 'export' | 'import' | 'purge' | 'erase';

/** One audit row. */
export interface AuditEntry {
  tenant: string;
  group: string;
  subject: string;
  action: AuditAction;
  kind?: string;
  id?: string;
  revision?: number;
}

/** Appends entries in one statement (a list of 500 documents is one INSERT, not 500). */
export async function recordAudit(db: Queryable, entries: readonly AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  const values: unknown[] = [];
  const rows = entries.map((entry, index) => {
    values.push(entry.tenant, entry.group, entry.subject, entry.action, entry.kind ?? null, entry.id ?? null, entry.revision ?? null);
    const at = index * 7;
    return `($${at + 1}, $${at + 2}, $${at + 3}, $${at + 4}, $${at + 5}, $${at + 6}, $${at + 7})`;
  });
  await db.query(`INSERT INTO audit_log (tenant, group_id, subject, action, kind, document_id, revision) VALUES ${rows.join(', ')}`, values);
}

/** A row as read back (for exports and tests). */
export interface AuditRow {
  at: string;
  tenant: string;
  group: string;
  subject: string;
  action: AuditAction;
  kind: string | null;
  id: string | null;
  revision: number | null;
}

/** The audit rows about one person in one tenant, oldest first. */
export async function auditOfSubject(db: Queryable, tenant: string, subject: string): Promise<AuditRow[]> {
  const { rows } = await db.query<AuditRow & { at: Date | string }>(
    `SELECT at, tenant, group_id AS "group", subject, action, kind, document_id AS id, revision
     FROM audit_log WHERE tenant = $1 AND subject = $2 ORDER BY seq`,
    [tenant, subject],
  );
  return rows.map((row) => ({ ...row, at: new Date(row.at).toISOString() }));
}

/**
 * Derives the audit entries of an answered request from its route, method and status, so the
 * routes stay free of audit code: a successful GET of a document is a `read`, a list answer
 * records each listed id (read from the answer's ids only), a 201/200 PUT a `create`/`update`
 * with the stored revision (its ETag), a DELETE a `delete`, and the bulk routes their action.
 * Failed requests (4xx/5xx) read or wrote nothing and are not recorded.
 */
export function auditEntriesOf(request: FastifyRequest, reply: FastifyReply, payload: unknown): Omit<AuditEntry, 'tenant' | 'group' | 'subject'>[] {
  const status = reply.statusCode;
  if (status >= 300) return [];
  const route = request.routeOptions.url ?? '';
  const params = request.params as { kind?: string; id?: string };
  const method = request.method;
  if (route === '/documents/:kind/:id') {
    const revision = Number(/"(\d+)"/.exec(String(reply.getHeader('etag') ?? ''))?.[1]);
    const withRevision = Number.isInteger(revision) ? { revision } : {};
    if (method === 'GET') return [{ action: 'read', kind: params.kind, id: params.id, ...withRevision }];
    if (method === 'PUT') return [{ action: status === 201 ? 'create' : 'update', kind: params.kind, id: params.id, ...withRevision }];
    if (method === 'DELETE') return [{ action: 'delete', kind: params.kind, id: params.id }];
  }
  if (route === '/documents/:kind' && method === 'GET') {
    return listedIds(payload).map((entry) => ({ action: 'list', kind: params.kind, ...entry }));
  }
  if (route === '/documents' && method === 'DELETE') return [{ action: 'delete-all' }];
  if (route === '/export' || route.endsWith('/export')) return [{ action: 'export' }];
  if (route === '/import') return [{ action: 'import' }];
  if (route === '/purge') return [{ action: 'purge' }];
  if (route.startsWith('/privacy/') && method === 'DELETE') return [{ action: 'erase' }];
  return [];
}

function listedIds(payload: unknown): { id: string; revision?: number }[] {
  if (typeof payload !== 'string') return [];
  try {
    const body = JSON.parse(payload) as { documents?: { id?: unknown; revision?: unknown }[] };
    return (body.documents ?? []).flatMap((doc) =>
      typeof doc.id === 'string' ? [{ id: doc.id, ...(typeof doc.revision === 'number' ? { revision: doc.revision } : {}) }] : [],
    );
  } catch {
    return [];
  }
}

/**
 * Records every successful request's audit entries before its answer leaves (`onSend`), as the
 * request's principal. A failure to record is logged (ids only) and the answer still goes out:
 * the write it describes is already committed.
 */
export function installAudit(app: FastifyInstance, db: Database): void {
  app.addHook('onSend', async (request, reply, payload) => {
    const principal = (request as { principal?: { tenant: string; group: string; subject: string } }).principal;
    if (!principal) return payload;
    const entries = auditEntriesOf(request, reply, payload);
    if (entries.length === 0) return payload;
    try {
      await recordAudit(
        db,
        entries.map((entry) => ({ tenant: principal.tenant, group: principal.group, subject: principal.subject, ...entry })),
      );
    } catch (error) {
      request.log.error({ err: { message: (error as Error).message } }, 'audit trail: could not record');
    }
    return payload;
  });
}

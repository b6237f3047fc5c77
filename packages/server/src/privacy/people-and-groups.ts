import type { DocumentKind } from '@sammen/sdk';
import type { Database } from '../db/database.js';
import type { ChangeNotifier } from '../notifier.js';
import { auditOfSubject, type AuditRow } from './audit.js';

/** Whose data: one person (the documents they created) or a whole group, inside one tenant. */
export type Owner = { tenant: string; group: string; subject: string } | { tenant: string; group: string; subject?: undefined };

/** A GDPR export: the contract's bundle, plus (for a person) the audit rows about them. */
export interface PrivacyExport {
  format: 'sammen.export/v1';
  exportedAt: string;
  documents: unknown[];
  audit?: AuditRow[];
}

function where(owner: Owner): [string, unknown[]] {
  return owner.subject === undefined
    ? ['tenant = $1 AND group_id = $2', [owner.tenant, owner.group]]
    : ['tenant = $1 AND group_id = $2 AND created_by = $3', [owner.tenant, owner.group, owner.subject]];
}

/**
 * Everything `owner` owns: a person's documents are those they created (`created_by`) in the
 * group, whoever changed them since; a group's are all of its documents. A person's export also
 * carries the audit rows naming them (their own reads and writes), which are data about them.
 */
export async function exportOwned(db: Database, owner: Owner, now = new Date()): Promise<PrivacyExport> {
  const [condition, params] = where(owner);
  const { rows } = await db.query<{ body: string }>(`SELECT body FROM documents WHERE ${condition} ORDER BY kind COLLATE "C", id COLLATE "C"`, params);
  const bundle: PrivacyExport = { format: 'sammen.export/v1', exportedAt: now.toISOString(), documents: rows.map((row) => JSON.parse(row.body) as unknown) };
  if (owner.subject !== undefined) bundle.audit = await auditOfSubject(db, owner.tenant, owner.subject);
  return bundle;
}

/**
 * Erases everything `owner` owns, in one transaction (all or nothing), each deletion announced
 * on the change feed. The audit trail keeps its rows (ids and times only, no content): it is
 * the record that the erasure happened, and is itself bounded by the audit retention.
 */
export async function eraseOwned(db: Database, notifier: ChangeNotifier, owner: Owner): Promise<number> {
  const [condition, params] = where(owner);
  return db.transaction(async (tx) => {
    const { rows } = await tx.query<{ kind: DocumentKind; id: string }>(`DELETE FROM documents WHERE ${condition} RETURNING kind, id`, params);
    for (const row of rows) await notifier.publish(tx, { tenant: owner.tenant, group: owner.group, kind: row.kind, id: row.id, type: 'delete' });
    return rows.length;
  });
}

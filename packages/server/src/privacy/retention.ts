import { DOCUMENT_KINDS, type DocumentKind } from '@sammen/sdk';
import type { Database } from '../db/database.js';
import type { ChangeNotifier } from '../notifier.js';

/** How long each kind of document (and the audit trail) is kept after its last change, in days. */
export interface Retention {
  /** Days per kind; a kind not listed is kept until deleted. */
  kinds: Partial<Record<DocumentKind, number>>;
  /** Days the audit trail is kept (unset: kept). */
  auditDays?: number;
}

/**
 * `SAMMEN_RETENTION_DAYS="reflection-notes=365,perspective-session=730"` and
 * `SAMMEN_AUDIT_RETENTION_DAYS=1095`. Throws naming the entry that is not a known kind and a
 * whole number of days ≥ 1, so a typo never silently keeps (or deletes) data.
 */
export function retentionFromEnv(env: NodeJS.ProcessEnv): Retention {
  const kinds: Partial<Record<DocumentKind, number>> = {};
  for (const pair of (env.SAMMEN_RETENTION_DAYS ?? '').split(',').map((item) => item.trim()).filter(Boolean)) {
    const [kind, days] = pair.split('=').map((part) => part.trim());
    if (!(DOCUMENT_KINDS as readonly string[]).includes(kind)) throw new Error(`SAMMEN_RETENTION_DAYS: "${kind}" is not a document kind (${DOCUMENT_KINDS.join(', ')}).`);
    kinds[kind as DocumentKind] = wholeDays(days, `SAMMEN_RETENTION_DAYS (${kind})`);
  }
  const audit = env.SAMMEN_AUDIT_RETENTION_DAYS?.trim();
  return { kinds, ...(audit ? { auditDays: wholeDays(audit, 'SAMMEN_AUDIT_RETENTION_DAYS') } : {}) };
}

function wholeDays(text: string | undefined, name: string): number {
  const days = Number(text);
  if (!text || !Number.isInteger(days) || days < 1) throw new Error(`${name}: "${text ?? ''}" is not a whole number of days, 1 or more.`);
  return days;
}

const DAY_MS = 86_400_000;

/**
 * Deletes, in every tenant, each document whose kind has a retention and whose last change is
 * older than it, and audit rows older than the audit retention. Real `DELETE`s (the rows are
 * gone, not flagged), each announced on the change feed so an open widget stops showing it.
 * Idempotent: several processes may run it at once.
 */
export async function purgeExpired(db: Database, notifier: ChangeNotifier, retention: Retention, now = new Date()): Promise<{ documents: number; audit: number }> {
  let documents = 0;
  for (const [kind, days] of Object.entries(retention.kinds) as [DocumentKind, number][]) {
    const cutoff = new Date(now.getTime() - days * DAY_MS).toISOString();
    documents += await db.transaction(async (tx) => {
      const { rows } = await tx.query<{ tenant: string; group_id: string; id: string }>(
        'DELETE FROM documents WHERE kind = $1 AND updated_at < $2 RETURNING tenant, group_id, id',
        [kind, cutoff],
      );
      for (const row of rows) await notifier.publish(tx, { tenant: row.tenant, group: row.group_id, kind, id: row.id, type: 'delete' });
      return rows.length;
    });
  }
  let audit = 0;
  if (retention.auditDays !== undefined) {
    const cutoff = new Date(now.getTime() - retention.auditDays * DAY_MS).toISOString();
    audit = (await db.query('DELETE FROM audit_log WHERE at < $1', [cutoff])).rowCount;
  }
  return { documents, audit };
}

/**
 * Runs {@link purgeExpired} now and then every `everyMs` (default daily) until the returned
 * function is called. Failures are logged with their message only and retried next time.
 */
export function schedulePurge(run: () => Promise<unknown>, log: (message: string) => void, everyMs = DAY_MS): () => void {
  const tick = (): void => {
    run().catch((error: unknown) => log(`retention purge failed: ${(error as Error).message}`));
  };
  tick();
  const timer = setInterval(tick, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}

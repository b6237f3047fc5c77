import type { DocumentKind } from '@sammen/sdk';
import type { Database, Queryable } from './db/database.js';

/** A document that changed, as the change feed reports it: where and what, never its content. */
export interface ChangeEvent {
  tenant: string;
  group: string;
  kind: DocumentKind;
  id: string;
  type: 'put' | 'delete';
  /** The stored revision after a put. */
  revision?: number;
  /** Who made it (the principal's subject), for the process side (audit); feeds never send it. */
  by?: string;
}

/**
 * Fans document changes out to every server process: a write publishes inside its own
 * transaction (so a change is announced only once it is committed, and never when it is rolled
 * back), and each process hands what it hears to its own subscribers (open change feeds).
 */
export interface ChangeNotifier {
  /** Announces `change` when `tx` commits. */
  publish(tx: Queryable, change: ChangeEvent): Promise<void>;
  /** Calls `listener` with every committed change from any process; returns the unsubscribe. */
  subscribe(listener: (change: ChangeEvent) => void): () => void;
  /** How many subscribers this process has now (open change feeds). */
  readonly subscribers: number;
  /** Stops listening. */
  close(): Promise<void>;
}

/** The PostgreSQL channel of document changes. */
export const CHANGE_CHANNEL = 'sammen_changes';

/**
 * The notifier on PostgreSQL `LISTEN/NOTIFY` (and PGlite's, which speaks the same SQL): the
 * database carries every change, so no process keeps state another one would need — several
 * processes behind a load balancer on one PostgreSQL all hear every write.
 */
export async function databaseNotifier(db: Database): Promise<ChangeNotifier> {
  const listeners = new Set<(change: ChangeEvent) => void>();
  const stop = await db.listen(CHANGE_CHANNEL, (payload) => {
    let change: ChangeEvent;
    try {
      change = JSON.parse(payload) as ChangeEvent;
    } catch {
      return;
    }
    for (const listener of [...listeners]) {
      try {
        listener(change);
      } catch {
        // One broken feed must not keep the change from the others.
      }
    }
  });
  return {
    async publish(tx, change) {
      // pg_notify is transactional: delivered on COMMIT, dropped on ROLLBACK.
      await tx.query('SELECT pg_notify($1, $2)', [CHANGE_CHANNEL, JSON.stringify(change)]);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    get subscribers() {
      return listeners.size;
    },
    close: stop,
  };
}

import pg from 'pg';

/** One change to one document, as the change feed announces it (never the content). */
export interface DocumentChange {
  tenant: string;
  group: string;
  kind: string;
  id: string;
  type: 'put' | 'delete';
  revision?: number;
}

/** The channel every server process LISTENs on. */
export const CHANNEL = 'sammen_changes';

/**
 * Fans document changes out through PostgreSQL `LISTEN/NOTIFY`, so every server process on
 * one database hears every write, and no process keeps state another one needs: a change is
 * published with `pg_notify` (delivered when its transaction commits, in commit order), and one
 * dedicated connection per process listens. When that connection drops, it reconnects with
 * backoff; watchers are told through `onGap` so they can re-read what they show (a change
 * made while nobody listened is not replayed by PostgreSQL).
 */
export class PgNotifier {
  private readonly listeners = new Set<(change: DocumentChange) => void>();
  private readonly gapListeners = new Set<() => void>();
  private client: pg.Client | undefined;
  private closed = false;
  private retryMs = 250;
  private ready: Promise<void> | undefined;

  constructor(
    private readonly connectionString: string,
    /** Where publishes go: the server's pool (or a transaction's client, see {@link notifySql}). */
    private readonly publisher: { query(text: string, values: unknown[]): Promise<unknown> },
  ) {}

  /** Connects the listening connection; resolves once `LISTEN` is in place. */
  start(): Promise<void> {
    this.ready ??= this.connect();
    return this.ready;
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({ connectionString: this.connectionString });
    client.on('notification', (message) => {
      if (message.channel !== CHANNEL || !message.payload) return;
      let change: DocumentChange;
      try {
        change = JSON.parse(message.payload) as DocumentChange;
      } catch {
        return;
      }
      for (const listener of this.listeners) listener(change);
    });
    client.on('error', () => this.reconnect(client));
    client.on('end', () => this.reconnect(client));
    await client.connect();
    await client.query(`LISTEN ${CHANNEL}`);
    this.client = client;
    this.retryMs = 250;
  }

  private reconnect(dead: pg.Client): void {
    if (this.closed || this.client !== dead) return;
    this.client = undefined;
    dead.removeAllListeners('end');
    dead.end().catch(() => {});
    const attempt = (): void => {
      if (this.closed) return;
      this.connect().then(
        () => {
          for (const listener of this.gapListeners) listener();
        },
        () => {
          this.retryMs = Math.min(this.retryMs * 2, 10_000);
          setTimeout(attempt, this.retryMs).unref();
        },
      );
    };
    setTimeout(attempt, this.retryMs).unref();
  }

  /** Announces a change to every process (this one included, through PostgreSQL). */
  async publish(change: DocumentChange): Promise<void> {
    const [text, values] = notifySql(change);
    await this.publisher.query(text, values);
  }

  /** Hears every change on the database; returns the unsubscribe function. */
  subscribe(listener: (change: DocumentChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Called after a reconnect: changes may have been missed. */
  onGap(listener: () => void): () => void {
    this.gapListeners.add(listener);
    return () => this.gapListeners.delete(listener);
  }

  async close(): Promise<void> {
    this.closed = true;
    this.listeners.clear();
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => {});
  }
}

/**
 * The statement that publishes `change`: run it inside the write's transaction and PostgreSQL
 * delivers it only if, and when, that transaction commits. The payload carries ids only (well
 * under NOTIFY's 8000-byte limit: an id is at most 200 characters).
 */
export function notifySql(change: DocumentChange): [string, unknown[]] {
  const payload: DocumentChange = { tenant: change.tenant, group: change.group, kind: change.kind, id: change.id, type: change.type };
  if (change.revision !== undefined) payload.revision = change.revision;
  return ['SELECT pg_notify($1, $2)', [CHANNEL, JSON.stringify(payload)]];
}

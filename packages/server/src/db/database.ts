/** What a query returns: the rows, and how many rows an INSERT/UPDATE/DELETE touched. */
export interface QueryResult<R> {
  rows: R[];
  rowCount: number;
}

/** Something SQL can be sent to: the database itself, or one open transaction. */
export interface Queryable {
  /** Runs one statement with `$1…` parameters. The SQL is the same for PGlite and PostgreSQL. */
  query<R = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<QueryResult<R>>;
}

/**
 * The one seam over the embedded PGlite and a real PostgreSQL (through `pg`): the routes, the
 * migrations and the notifier only ever see this, so every SQL statement runs unchanged on both.
 */
export interface Database extends Queryable {
  /** `'pglite'` (embedded, one process) or `'postgres'` (a server through `pg`). */
  readonly engine: 'pglite' | 'postgres';
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Calls `onPayload` with every `NOTIFY channel, payload` (after the sender's commit); resolves to the unsubscribe. */
  listen(channel: string, onPayload: (payload: string) => void): Promise<() => Promise<void>>;
  /** Closes the database (PGlite flushes its files; the `pg` pool ends its connections). */
  close(): Promise<void>;
}

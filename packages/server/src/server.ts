import type { FastifyInstance } from 'fastify';
import { buildApp, type AppOptions } from './app.js';
import type { ServerConfig } from './config.js';
import type { Database } from './db/database.js';
import { migrate } from './db/migrations.js';
import { openDatabase } from './db/open.js';
import { databaseNotifier, type ChangeNotifier } from './notifier.js';

/** A running server: its URL, its parts, and a clean stop. */
export interface RunningServer {
  /** `http://host:port` — the API base to give HttpStore. */
  url: string;
  app: FastifyInstance;
  db: Database;
  notifier: ChangeNotifier;
  /** Stops taking requests, lets those in flight finish, then closes the database. */
  close(): Promise<void>;
}

/**
 * Opens the database, brings its schema up to date, and listens. `/health` answers 200 only
 * from here on: nothing is served before the migrations ran.
 */
export async function startServer(
  config: Pick<ServerConfig, 'port' | 'host' | 'dataDir' | 'databaseUrl' | 'bodyLimit'>,
  options: Pick<AppOptions, 'authenticate' | 'logger' | 'beforeRoutes'> = {},
): Promise<RunningServer> {
  const db = await openDatabase(config);
  try {
    await migrate(db);
    const notifier = await databaseNotifier(db);
    const app = buildApp({ db, notifier, bodyLimit: config.bodyLimit, ...options });
    await app.listen({ port: config.port, host: config.host });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const host = config.host.includes(':') ? `[${config.host}]` : config.host;
    let closing: Promise<void> | undefined;
    return {
      url: `http://${host}:${port}`,
      app,
      db,
      notifier,
      close: () =>
        (closing ??= (async () => {
          await app.close();
          await notifier.close();
          await db.close();
        })()),
    };
  } catch (error) {
    await db.close().catch(() => undefined);
    throw error;
  }
}

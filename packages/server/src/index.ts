// @sammen/server: the reference backend of docs/api/openapi.yaml, as parts a deployment (or the
// security layer) assembles: the app, the database seam, the notifier seam, the principal seam.
export { buildApp, DEFAULT_BODY_LIMIT, type AppOptions } from './app.js';
export { readConfig, DEFAULT_DATA_DIR, type ServerConfig } from './config.js';
export type { Database, Queryable, QueryResult } from './db/database.js';
export { openDatabase } from './db/open.js';
export { migrate, MIGRATIONS, type Migration } from './db/migrations.js';
export { databaseNotifier, CHANGE_CHANNEL, type ChangeEvent, type ChangeNotifier } from './notifier.js';
export { LOCAL_PRINCIPAL, localOnly, type Authenticate, type Principal } from './principal.js';
export { startServer, type RunningServer } from './server.js';

// `npm run server`: starts the reference backend; Ctrl+C / SIGTERM stops it cleanly.
import { readConfig } from './config.js';
import { purgeExpired, retentionFromEnv, schedulePurge } from './privacy/retention.js';
import { securityFromEnv } from './security/from-env.js';
import { startServer } from './server.js';

// A closed stdout (`npm run server | head`) must not turn a clean stop into a crash.
process.stdout.on('error', () => undefined);

const config = readConfig();
const security = await securityFromEnv(process.env, config);
const retention = retentionFromEnv(process.env);
const server = await startServer(config, { logger: { level: process.env.LOG_LEVEL ?? 'info' }, authenticate: security.authenticate, beforeRoutes: security.beforeRoutes });
const where = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `embedded PostgreSQL in ${config.dataDir}`;
process.stdout.write(`Sammen server on ${server.url}, data: ${where}, sign-in: ${security.describe}\n`);
if (config.dev && security.devToken) {
  process.stdout.write(`api base: ${server.url}\n`);
  process.stdout.write(`token: ${security.devToken}\n`);
}
const stopPurge = schedulePurge(
  () => purgeExpired(server.db, server.notifier, retention),
  (message) => server.app.log.error(message),
);

let stopping = false;
const stop = (signal: string) => {
  if (stopping) return;
  stopping = true;
  process.stdout.write(`${signal}: finishing requests in flight, then stopping\n`);
  stopPurge();
  server.close().then(
    () => process.exit(0),
    (error: unknown) => {
      process.stderr.write(`stopping failed: ${String(error)}\n`);
      process.exit(1);
    },
  );
};
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));

// `npm run server`: starts the reference backend; Ctrl+C / SIGTERM stops it cleanly.
import { readConfig } from './config.js';
import { devToken } from './dev-token.js';
import { startServer } from './server.js';

// A closed stdout (`npm run server | head`) must not turn a clean stop into a crash.
process.stdout.on('error', () => undefined);

const config = readConfig();
const server = await startServer(config, { logger: { level: process.env.LOG_LEVEL ?? 'info' } });
const where = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `embedded PostgreSQL in ${config.dataDir}`;
process.stdout.write(`Sammen server on ${server.url}, data: ${where}\n`);
if (config.dev) {
  process.stdout.write(`api base: ${server.url}\n`);
  process.stdout.write(`token: ${await devToken()}\n`);
}

let stopping = false;
const stop = (signal: string) => {
  if (stopping) return;
  stopping = true;
  process.stdout.write(`${signal}: finishing requests in flight, then stopping\n`);
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

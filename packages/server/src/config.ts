import { fileURLToPath } from 'node:url';
import { DEFAULT_BODY_LIMIT } from './app.js';

/** The server's settings, from the environment and the command line. */
export interface ServerConfig {
  port: number;
  host: string;
  /** The embedded database's folder (used when there is no `databaseUrl`). */
  dataDir: string;
  /** A real PostgreSQL (`postgres://…`); undefined means the embedded one. */
  databaseUrl: string | undefined;
  bodyLimit: number;
  /** `--dev`: print the API base and a dev token. */
  dev: boolean;
}

/** The default data folder: `.sammen-data/` at the repository root (gitignored). */
export const DEFAULT_DATA_DIR = fileURLToPath(new URL('../../../.sammen-data/', import.meta.url));

function whole(name: string, value: string | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined || value.trim() === '') return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < min || number > max) throw new Error(`${name} must be a whole number from ${min} to ${max}, got "${value}"`);
  return number;
}

/** Reads `PORT` (8787), `HOST` (127.0.0.1), `SAMMEN_DATA_DIR`, `DATABASE_URL`, `SAMMEN_BODY_LIMIT` and `--dev`. */
export function readConfig(env: NodeJS.ProcessEnv = process.env, argv: readonly string[] = process.argv.slice(2)): ServerConfig {
  return {
    port: whole('PORT', env.PORT, 8787, 0, 65_535),
    host: env.HOST?.trim() || '127.0.0.1',
    dataDir: env.SAMMEN_DATA_DIR?.trim() || DEFAULT_DATA_DIR,
    databaseUrl: env.DATABASE_URL?.trim() || undefined,
    bodyLimit: whole('SAMMEN_BODY_LIMIT', env.SAMMEN_BODY_LIMIT, DEFAULT_BODY_LIMIT, 1024, 1024 ** 3),
    dev: argv.includes('--dev'),
  };
}

// A fresh embedded-database folder for a test, copied from a template that is created once per
// machine: PGlite's first start in an empty folder runs initdb (seconds on a loaded machine),
// its start in an existing one takes a fraction of that. The copy is a closed cluster, so it is
// an ordinary PostgreSQL data directory like any restored backup.
import { cpSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { openDatabase } from '../../src/index.js';

const require = createRequire(import.meta.url);
// The package does not export its package.json; it sits one folder above the entry (dist/).
const pgliteVersion = (JSON.parse(readFileSync(join(dirname(require.resolve('@electric-sql/pglite')), '..', 'package.json'), 'utf8')) as { version: string }).version;
const TEMPLATE = join(tmpdir(), `sammen-pglite-template-${pgliteVersion}`);

async function template(): Promise<string> {
  if (existsSync(TEMPLATE)) return TEMPLATE;
  // Built aside and renamed into place: a parallel test file never copies a half-made one.
  const building = mkdtempSync(join(tmpdir(), 'sammen-pglite-building-'));
  const db = await openDatabase({ dataDir: building });
  await db.close();
  try {
    renameSync(building, TEMPLATE);
  } catch {
    rmSync(building, { recursive: true, force: true }); // another file was faster
  }
  return TEMPLATE;
}

/** A new, empty database folder (no migrations run yet); the caller removes it. */
export async function freshDataDir(prefix = 'sammen-server-test-'): Promise<string> {
  const folder = mkdtempSync(join(tmpdir(), prefix));
  cpSync(await template(), folder, { recursive: true });
  return folder;
}

// The server's suites against the real PostgreSQL in DATABASE_URL (started by with-postgres.mjs):
// every server suite (*.node.test.ts: contract, security, data protection, which also run on
// PGlite in `npm test`, and multi-process, which skips there without DATABASE_URL). One file at a time: they share
// one database. kill.node.test.ts is left out: it tests the embedded database's durability
// (its child servers always run on PGlite), which `npm test` already covers.
import { spawnSync } from 'node:child_process';
import { listFiles } from '../../../test/scripts/list-files.mjs';

const files = listFiles('packages/server/test', '.node.test.ts').filter((file) => !file.endsWith('kill.node.test.ts'));
const result = spawnSync(process.execPath, ['--import', 'tsx', '--conditions=source', '--test', '--test-concurrency=1', '--test-reporter=spec', ...files], { stdio: 'inherit' });
process.exit(result.status ?? 1);

// The server's suites against the real PostgreSQL in DATABASE_URL (started by with-postgres.mjs):
// the contract and security suites (*.node.test.ts, which also run on PGlite in `npm test`) and
// the multi-process suites (*.pg.test.ts, real PostgreSQL only). One file at a time: they share
// one database. kill.node.test.ts is left out: it tests the embedded database's durability
// (its child servers always run on PGlite), which `npm test` already covers.
import { spawnSync } from 'node:child_process';
import { listFiles } from '../../../test/scripts/list-files.mjs';

const files = [...listFiles('packages/server/test', '.node.test.ts'), ...listFiles('packages/server/test', '.pg.test.ts')].filter((file) => !file.endsWith('kill.node.test.ts'));
const result = spawnSync(process.execPath, ['--import', 'tsx', '--conditions=source', '--test', '--test-concurrency=1', '--test-reporter=spec', ...files], { stdio: 'inherit' });
process.exit(result.status ?? 1);

// Runs every *.node.test.ts with node's test runner (through tsx), printing the spec report and
// writing TAP to .test-results/node.tap for the summary line of `npm test`.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { nodeTestFiles } from './list-files.mjs';

const files = nodeTestFiles();
mkdirSync('.test-results', { recursive: true });
if (files.length === 0) {
  process.stdout.write('No Node test files found.\n');
  process.exit(0);
}
const result = spawnSync(
  process.execPath,
  [
    '--import', 'tsx',
    '--conditions=source',
    '--test',
    '--test-reporter=spec', '--test-reporter-destination=stdout',
    '--test-reporter=tap', '--test-reporter-destination=.test-results/node.tap',
    ...files,
  ],
  { stdio: 'inherit' },
);
process.exit(result.status ?? 1);

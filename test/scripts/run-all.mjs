// `npm test`: lint, type check, Node tests and browser tests, then one line `N passed, N failed`
// summed over all of them (each runner's machine-readable output, never its prose).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { ensureBrowser } from './find-browser.mjs';

rmSync('.test-results', { recursive: true, force: true });
const totals = { passed: 0, failed: 0, skipped: 0 };
const failures = [];

function run(label, command, args, env = {}) {
  process.stdout.write(`\n▶ ${label}\n`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status ?? 1;
}

function check(label, status) {
  if (status === 0) totals.passed += 1;
  else {
    totals.failed += 1;
    failures.push(label);
  }
}

function tapCounts(file) {
  if (!existsSync(file)) return undefined;
  const tap = readFileSync(file, 'utf8');
  const number = (name) => Number(tap.match(new RegExp(`^# ${name} (\\d+)$`, 'm'))?.[1] ?? 0);
  return { passed: number('pass'), failed: number('fail') + number('cancelled'), skipped: number('skipped') + number('todo') };
}

let browser;
try {
  browser = ensureBrowser();
} catch (error) {
  process.stderr.write(`${error.message}\n`);
}

check('lint (eslint)', run('lint', 'npx', ['eslint', '.']));
check('type check (tsc)', run('type check', 'npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']));

const nodeStatus = run('Node tests', process.execPath, ['test/scripts/run-node-tests.mjs']);
const node = tapCounts('.test-results/node.tap');
if (node) {
  totals.passed += node.passed;
  totals.failed += node.failed;
  totals.skipped += node.skipped;
  if (node.failed > 0) failures.push(`${node.failed} Node test(s)`);
}
if (nodeStatus !== 0 && (!node || node.failed === 0)) check('Node test run', nodeStatus);

if (browser) {
  const browserStatus = run('Browser tests (Chromium)', process.execPath, ['test/scripts/run-browser-tests.mjs'], {
    CHROME_PATH: browser,
  });
  const file = '.test-results/browser.json';
  const counts = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
  if (counts) {
    totals.passed += counts.passed;
    totals.failed += counts.failed + counts.fileErrors;
    totals.skipped += counts.skipped;
    if (counts.failed + counts.fileErrors > 0) failures.push(`${counts.failed + counts.fileErrors} browser test(s)/file(s)`);
  }
  // A non-zero exit with no failed test is a run-level failure, e.g. the coverage threshold.
  if (browserStatus !== 0 && (!counts || counts.failed + counts.fileErrors === 0)) check('browser test run (coverage threshold or start-up)', browserStatus);
} else {
  check('browser tests (no Chromium)', 1);
}

if (failures.length > 0) process.stdout.write(`\nFailed: ${failures.join('; ')}\n`);
const skipped = totals.skipped > 0 ? `, ${totals.skipped} skipped` : '';
process.stdout.write(`\n${totals.passed} passed, ${totals.failed} failed${skipped}\n`);
process.exit(totals.failed > 0 ? 1 : 0);

// Runs the browser tests in the system Chromium (found, or installed as root on Debian).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { ensureBrowser } from './find-browser.mjs';

const executable = ensureBrowser();
rmSync('.test-results/browser.json', { force: true });
const extra = process.argv.slice(2);
// `--files` replaces the config's list, negations included: keep Node-only tests out of the browser.
const args = ['--config', 'web-test-runner.config.mjs', ...extra, ...(extra.includes('--files') ? ['!**/*.node.test.ts'] : [])];
const result = spawnSync(process.execPath, ['node_modules/@web/test-runner/dist/bin.js', ...args], {
  stdio: 'inherit',
  env: { ...process.env, CHROME_PATH: executable },
});
// The counting reporter also fails files that passed their tests but requested a missing file.
const counts = existsSync('.test-results/browser.json') ? JSON.parse(readFileSync('.test-results/browser.json', 'utf8')) : undefined;
process.exit(result.status || (counts && counts.failed + counts.fileErrors > 0 ? 1 : 0));

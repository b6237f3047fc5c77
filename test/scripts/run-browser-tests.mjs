// Runs the browser tests in the system Chromium (found, or installed as root on Debian).
import { spawnSync } from 'node:child_process';
import { ensureBrowser } from './find-browser.mjs';

const executable = ensureBrowser();
const extra = process.argv.slice(2);
// `--files` replaces the config's list, negations included: keep Node-only tests out of the browser.
const args = ['--config', 'web-test-runner.config.mjs', ...extra, ...(extra.includes('--files') ? ['!**/*.node.test.ts'] : [])];
const result = spawnSync(process.execPath, ['node_modules/@web/test-runner/dist/bin.js', ...args], {
  stdio: 'inherit',
  env: { ...process.env, CHROME_PATH: executable },
});
process.exit(result.status ?? 1);

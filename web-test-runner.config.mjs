// Browser tests for every package: packages/*/test/**/*.test.ts (not *.node.test.ts) and test/**/*.test.ts,
// in the system's Chromium (found or installed by test/scripts/find-browser.mjs).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { CHROMIUM_ARGS, findBrowser } from './test/scripts/find-browser.mjs';
import { countingReporter } from './test/scripts/counting-reporter.mjs';
import { screenshotPlugin } from './test/scripts/screenshot-plugin.mjs';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';

const executablePath = findBrowser();
if (!executablePath) {
  throw new Error('No Chromium found: run `npm test` (it installs one as root on Debian) or set CHROME_PATH.');
}
const coverage = process.env.SAMMEN_COVERAGE !== '0';

export default {
  files: ['packages/*/test/**/*.test.ts', 'test/**/*.test.ts', '!**/*.node.test.ts', '!**/node_modules/**'],
  nodeResolve: { exportConditions: ['source', 'browser', 'development'] },
  // One page at a time: keyboard tests (sendKeys, Escape on a modal dialog) need the page to hold
  // focus, which concurrent pages in one headless browser take from each other.
  concurrency: 1,
  concurrentBrowsers: 1,
  testsFinishTimeout: 300_000,
  browserStartTimeout: 60_000,
  testFramework: { config: { timeout: 10_000 } },
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' }), screenshotPlugin(), a11ySnapshotPlugin()],
  browsers: [
    chromeLauncher({ launchOptions: { executablePath, headless: true, args: CHROMIUM_ARGS } }),
  ],
  coverage,
  coverageConfig: {
    include: ['packages/*/src/**'],
    exclude: ['**/node_modules/**', '**/generated/**', '**/*.stories.ts'],
    threshold: { statements: 70, branches: 60, functions: 60, lines: 70 },
    reportDir: 'coverage/browser',
    report: true,
  },
  reporters: [defaultReporter(), countingReporter('.test-results/browser.json')],
};

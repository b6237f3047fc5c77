// Browser tests for every package: packages/*/test/**/*.test.ts (not *.node.test.ts) and test/**/*.test.ts,
// in the system's Chromium (found or installed by test/scripts/find-browser.mjs).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { CHROMIUM_ARGS, findBrowser } from './test/scripts/find-browser.mjs';
import { countingReporter, withoutDeliberate404s } from './test/scripts/counting-reporter.mjs';
import { screenshotPlugin } from './test/scripts/screenshot-plugin.mjs';
import { forcedColorsPlugin } from './test/scripts/forced-colors-plugin.mjs';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { reactBundles } from './packages/react/test/support/react-bundles.mjs';

const executablePath = findBrowser();
if (!executablePath) {
  throw new Error('No Chromium found: run `npm test` (it installs one as root on Debian) or set CHROME_PATH.');
}
const coverage = process.env.SAMMEN_COVERAGE !== '0';

/**
 * Serves test/fixtures at /fixtures, as Storybook does (`staticDirs` in .storybook/main.ts), so a
 * story's `src="fixtures/…"` loads in the stories sweep exactly as in Storybook.
 */
function fixturesLikeStorybook(context, next) {
  if (context.url.startsWith('/fixtures/')) context.url = `/test${context.url}`;
  return next();
}

/** Every browser test file imports the guard first: a 404 or a console error/warning fails the test. */
const browserGuard = {
  name: 'sammen-browser-guard',
  transform(context) {
    if (/\.test\.ts$/.test(context.path) && !context.path.endsWith('.node.test.ts')) {
      // On the file's first line, so line numbers in stack traces stay the file's own.
      return { body: `import '/test/support/browser-guard.ts';${context.body}` };
    }
    return undefined;
  },
};

export default {
  // *.pack.test.ts run in Node after the build (`npm run test:packages`), not in the browser.
  files: ['packages/*/test/**/*.test.ts', 'test/**/*.test.ts', '!**/*.node.test.ts', '!**/*.pack.test.ts', '!**/node_modules/**'],
  nodeResolve: { exportConditions: ['source', 'browser', 'development'] },
  // One page at a time: keyboard tests (sendKeys, Escape on a modal dialog) need the page to hold
  // focus, which concurrent pages in one headless browser take from each other.
  concurrency: 1,
  concurrentBrowsers: 1,
  // Per test file. The language sweep (320 fresh iframe loads) took over 300 s on a loaded machine.
  testsFinishTimeout: 900_000,
  browserStartTimeout: 60_000,
  testFramework: { config: { timeout: 10_000 } },
  middleware: [fixturesLikeStorybook],
  plugins: [browserGuard, esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' }), screenshotPlugin(), forcedColorsPlugin(), a11ySnapshotPlugin(), reactBundles()],
  // Lit's development build (the `development` condition) warns about real mistakes; its
  // "Lit is in dev mode" banner, once per test file, is not one of them.
  testRunnerHtml: (testFramework) => `<!doctype html>
<html>
  <head><link rel="icon" href="data:,"></head>
  <body>
    <script>globalThis.litIssuedWarnings = new Set(['dev-mode']);</script>
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`,
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
  reporters: [withoutDeliberate404s(defaultReporter()), countingReporter('.test-results/browser.json')],
};

// Loaded before every browser test file (web-test-runner.config.mjs prepends the import): a
// test fails when, during it, a request answered 404 or anything wrote to console.error or
// console.warn. A missing fixture then fails the test that needed it instead of being checked
// as an empty widget, and the test output holds only what needs attention (Lit's dev-mode
// warnings, e.g. an update scheduled after an update, reach console.warn).

/**
 * URLs a test requests knowing they do not exist (to test the "could not load" path) say so in
 * their name (the same pattern is in test/scripts/counting-reporter.mjs, which keeps them out of
 * the output).
 */
const DELIBERATELY_MISSING = /not-here|does-not-exist/;

interface Problem {
  kind: string;
  text: string;
}

const problems: Problem[] = [];
const allowed: RegExp[] = [];

/**
 * Lets the current test write a console message matching `pattern` (a warning it provokes on
 * purpose). Reset after each test.
 */
export function allowConsole(pattern: RegExp): void {
  allowed.push(pattern);
}

const describe = (args: unknown[]) => args.map((arg) => (arg instanceof Error ? `${arg.name}: ${arg.message}` : String(arg))).join(' ');

for (const level of ['error', 'warn'] as const) {
  const original = console[level].bind(console);
  console[level] = (...args: unknown[]) => {
    original(...args);
    const text = describe(args);
    if (!allowed.some((pattern) => pattern.test(text))) problems.push({ kind: `console.${level}`, text });
  };
}

// Every module, fixture and fetch is a resource entry; keep them all until checked.
performance.setResourceTimingBufferSize(100_000);

function missingRequests(): Problem[] {
  const missing = (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
    .filter((entry) => entry.responseStatus === 404 && !DELIBERATELY_MISSING.test(entry.name))
    .map((entry) => ({ kind: '404', text: entry.name }));
  performance.clearResourceTimings();
  return missing;
}

function unexpected(): Error | undefined {
  const found = [...problems.splice(0), ...missingRequests()];
  allowed.length = 0;
  if (found.length === 0) return undefined;
  return new Error(`unexpected during this test (a browser test passes only with none):\n${found.map((problem) => `  ${problem.kind}: ${problem.text.slice(0, 300)}`).join('\n')}`);
}

afterEach(async function (this: Mocha.Context) {
  // A resource's timing entry is added when its body has arrived, which can be just after the
  // test's last await: give it one task.
  await new Promise((resolve) => setTimeout(resolve, 0));
  const error = unexpected();
  // Mocha fails the test that just ran (not the hook, which would skip the rest of the file)
  // when an afterEach hook sets its error.
  if (error) (this.test as unknown as { error(error: Error): void }).error(error);
});

after(() => {
  const error = unexpected();
  if (error) throw error;
});

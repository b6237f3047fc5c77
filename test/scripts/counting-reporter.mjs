// A web-test-runner reporter that writes passed/failed/skipped counts as JSON, so that
// `npm test` can add them to the other runners' counts for its one summary line.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

function countTests(suite, counts) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) counts.skipped += 1;
    else if (test.passed) counts.passed += 1;
    else counts.failed += 1;
  }
  for (const child of suite.suites ?? []) countTests(child, counts);
}

/**
 * URLs a test requests knowing they do not exist (the "could not load" path) say so in their
 * name; the same pattern is in test/support/browser-guard.ts, which fails a test on any other 404.
 */
export const DELIBERATELY_MISSING = /not-here|does-not-exist/;

/** `reporter` (web-test-runner's default) without the 404s tests provoke on purpose: the output shows only what needs attention. */
export function withoutDeliberate404s(reporter) {
  return {
    ...reporter,
    reportTestFileResults(args) {
      for (const session of args.sessionsForTestFile) session.request404s = session.request404s.filter((url) => !DELIBERATELY_MISSING.test(url));
      return reporter.reportTestFileResults?.(args);
    },
  };
}

export function countingReporter(file) {
  return {
    onTestRunFinished({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0, fileErrors: 0 };
      for (const session of sessions) {
        if (session.testResults) countTests(session.testResults, counts);
        // A file that failed to load or threw outside a test has no results to count: count it as a failure.
        if (!session.passed && (session.errors?.length ?? 0) > 0) counts.fileErrors += 1;
        // A 404 the in-page guard could not see (a response whose body nobody read has no timing
        // entry) still fails the run: a missing file is never a pass.
        else if (session.request404s?.some((url) => !DELIBERATELY_MISSING.test(url))) {
          counts.fileErrors += 1;
          process.stdout.write(`\n❌ ${session.testFile}: 404 for ${session.request404s.filter((url) => !DELIBERATELY_MISSING.test(url)).join(', ')}\n`);
        }
      }
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(counts));
    },
  };
}

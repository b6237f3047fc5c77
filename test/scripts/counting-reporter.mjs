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

export function countingReporter(file) {
  return {
    onTestRunFinished({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0, fileErrors: 0 };
      for (const session of sessions) {
        if (session.testResults) countTests(session.testResults, counts);
        // A file that failed to load or threw outside a test has no results to count: count it as a failure.
        if (!session.passed && (session.errors?.length ?? 0) > 0) counts.fileErrors += 1;
      }
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(counts));
    },
  };
}

// Names each failed test, with the first lines of its error, for the summary at the end of
// `npm test`: CI keeps only the end of the output, and a count alone ("2 failed") does not
// say which test to mend.

const ANSI = /\u001b\[[0-9;]*m/g;
const MAX_LINES_PER_ERROR = 3;

/** The first lines of an error message, without terminal colours, indented for the summary. */
function errorLines(message) {
  return String(message ?? '')
    .replace(ANSI, '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .slice(0, MAX_LINES_PER_ERROR)
    .map((line) => `       ${line.slice(0, 200)}`);
}

/** vitest's JSON report: every assertion that failed, as `file › name` and its error. */
export function failedUnitTests(report, root) {
  const lines = [];
  for (const file of report.testResults ?? []) {
    const name = String(file.name ?? '').replace(`${root}/`, '');
    const failed = (file.assertionResults ?? []).filter((test) => test.status === 'failed');
    for (const test of failed) {
      lines.push(`     ✘ ${name} › ${test.fullName ?? test.title}`);
      lines.push(...errorLines(test.failureMessages?.[0]));
    }
    // A file that failed before any test ran (an import error) has no failed assertion.
    if (failed.length === 0 && file.status === 'failed') {
      lines.push(`     ✘ ${name}`);
      lines.push(...errorLines(file.message));
    }
  }
  return lines;
}

/** Playwright's JSON report: every test whose outcome was unexpected, with its error. */
export function failedE2eTests(report) {
  const lines = [];
  const visit = (suite, titles) => {
    const path = suite.title && !suite.title.endsWith('.ts') ? [...titles, suite.title] : titles;
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        if (test.status !== 'unexpected') continue;
        lines.push(`     ✘ ${spec.file}:${spec.line} › ${[...path, spec.title].join(' › ')}`);
        const failedRun = (test.results ?? []).find((result) => result.error || result.errors?.length);
        lines.push(...errorLines(failedRun?.error?.message ?? failedRun?.errors?.[0]?.message));
      }
    }
    for (const child of suite.suites ?? []) visit(child, path);
  };
  for (const suite of report.suites ?? []) visit(suite, []);
  // Errors outside any test: the web server that never came up, a spec that did not load.
  for (const error of report.errors ?? []) {
    lines.push('     ✘ outside any test');
    lines.push(...errorLines(error.message));
  }
  return lines;
}

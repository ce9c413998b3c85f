// `npm test`: the one gate. Typecheck, lint, unit tests, build, packaging check, e2e, and
// the browser benchmark on the demo forum (does it still run, not how fast).
// Every step runs even when an earlier one fails (except e2e, which needs the build),
// and the run ends with one line CI reads: `N passed, N failed` (`, N skipped`).
// Each check (typecheck, lint, build, packaging) counts as one; test runners count
// their tests, summed from their JSON reports.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeShortTempDir } from './short-temp.mjs';
import { failedE2eTests, failedUnitTests } from './failed-tests.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const tmp = join(root, '.tmp');
const reports = join(tmp, 'reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

// Chromium and Playwright write to TMPDIR: one short folder for this run, removed at the
// end (a folder inside the project would break Chromium's socket at a long clone path).
const runTemp = makeShortTempDir(tmpdir(), process.platform);
const removeRunTemp = () => rmSync(runTemp, { recursive: true, force: true });
process.on('exit', removeRunTemp);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    removeRunTemp();
    process.exit(1);
  });
}

// electron-builder's cache stays in the ignored .tmp/, not ~/.cache.
const env = {
  ...process.env,
  TMPDIR: runTemp,
  TMP: runTemp,
  TEMP: runTemp,
  ELECTRON_BUILDER_CACHE: join(tmp, 'electron-builder-cache'),
  ELECTRON_SKIP_BINARY_DOWNLOAD: '1',
  SIGNPOST_E2E_JSON: join(reports, 'e2e.json'),
};
const bin = (name) => join(root, 'node_modules', '.bin', name);

const totals = { passed: 0, failed: 0, skipped: 0 };
const lines = [];

function run(title, command, args) {
  console.log(`\n=== ${title}`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, env, stdio: 'inherit' });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const ok = result.status === 0;
  lines.push(`${ok ? 'ok  ' : 'FAIL'} ${title} (${seconds}s)`);
  return ok;
}

function check(title, command, args) {
  const ok = run(title, command, args);
  totals[ok ? 'passed' : 'failed'] += 1;
  return ok;
}

/**
 * Adds a runner's counts from its JSON report, and names its failed tests; a missing
 * report is one failure.
 */
function addCounts(title, file, read, failures) {
  if (!existsSync(file)) {
    lines.push(`FAIL ${title}: no report written`);
    totals.failed += 1;
    return;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  const counts = read(report);
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  totals.skipped += counts.skipped;
  lines.push(`     ${title}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
  lines.push(...failures(report));
}

/**
 * Runs single-threaded checks side by side (CI has two cores; typecheck and lint took
 * 70 s and 62 s one after the other). Each one's output is held and printed whole when it
 * ends, so the log reads as if they ran in turn.
 */
async function checkTogether(steps) {
  await Promise.all(
    steps.map(
      ([title, command, args]) =>
        new Promise((resolve) => {
          const started = Date.now();
          const child = spawn(command, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
          const output = [];
          child.stdout.on('data', (chunk) => output.push(chunk));
          child.stderr.on('data', (chunk) => output.push(chunk));
          let finished = false; // a spawn error may be followed by 'close' too
          const finish = (ok) => {
            if (finished) return;
            finished = true;
            console.log(`\n=== ${title}`);
            process.stdout.write(Buffer.concat(output));
            const seconds = ((Date.now() - started) / 1000).toFixed(1);
            lines.push(`${ok ? 'ok  ' : 'FAIL'} ${title} (${seconds}s, beside the others)`);
            totals[ok ? 'passed' : 'failed'] += 1;
            resolve();
          };
          child.on('error', (error) => {
            output.push(Buffer.from(`${error.message}\n`));
            finish(false);
          });
          child.on('close', (code) => finish(code === 0));
        }),
    ),
  );
}

await checkTogether([
  ['typecheck', bin('tsc'), ['-p', 'tsconfig.json']],
  ['typecheck shared/ (no DOM, no Node)', bin('tsc'), ['-p', 'shared/tsconfig.json']],
  ['lint (zero warnings)', bin('eslint'), ['.', '--max-warnings', '0']],
]);

const vitestReport = join(reports, 'unit.json');
const unitOk = run('unit tests (vitest)', bin('vitest'), [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${vitestReport}`,
]);
addCounts('unit', vitestReport, (r) => ({
  passed: r.numPassedTests,
  failed: r.numFailedTests + (unitOk || r.numFailedTests > 0 ? 0 : 1),
  skipped: r.numPendingTests + r.numTodoTests,
}), (r) => failedUnitTests(r, root));

const built = check('build (renderer and shell)', 'npm', ['run', '--silent', 'build']);
check('packaging check (electron-builder, no network)', 'npm', ['run', '--silent', 'package:check']);

if (built) {
  const e2eOk = run('e2e tests (playwright, chromium)', bin('playwright'), ['test']);
  addCounts('e2e', env.SIGNPOST_E2E_JSON, (r) => ({
    passed: r.stats.expected + r.stats.flaky,
    failed: r.stats.unexpected + (e2eOk || r.stats.unexpected > 0 ? 0 : 1),
    skipped: r.stats.skipped,
  }), failedE2eTests);
} else {
  lines.push('FAIL e2e not run: the build failed');
  totals.failed += 1;
}

// The browser benchmark on the small demo forum, to keep it working: it fails only when
// the app breaks under it, never on time (the figures are for the large forum, README "Speed").
check('browser benchmark (demo forum, not timed)', 'npm', ['run', '--silent', 'bench:browser', '--', '--scale', 'demo']);

console.log('\n=== summary');
for (const line of lines) console.log(line);
const skipped = totals.skipped > 0 ? `, ${totals.skipped} skipped` : '';
console.log(`${totals.passed} passed, ${totals.failed} failed${skipped}`);
process.exit(totals.failed === 0 ? 0 : 1);

// A @web/test-runner reporter that adds, at the very end of the run, one bare
// line `N passed, N failed` (plus `, N skipped` when there are skipped tests):
// individual tests counted across all files and browsers. A test file that
// failed outside its tests (did not load, threw at top level, timed out, the
// browser crashed) counts as one failed test so that it is never invisible.
// It also writes the counts to .wtr-summary.json (read by .ci/run).
import fs from 'node:fs';

/**
 * Walk a mocha suite tree and count its tests; the titles of skipped (pending)
 * ones go to `counts.pending`, those of failed ones, with the first line of
 * their error, to `counts.failures`.
 */
function countSuite(suite, counts, path = []) {
  if (!suite) return;
  const here = suite.name ? [...path, suite.name] : path;
  for (const test of suite.tests ?? []) {
    if (test.skipped) {
      counts.skipped += 1;
      counts.pending?.push([...here, test.name].join(' › '));
    } else if (test.passed) counts.passed += 1;
    else {
      counts.failed += 1;
      const why = String(test.error?.message ?? '').split('\n')[0].slice(0, 200);
      counts.failures?.push(`${[...here, test.name].join(' › ')}${why ? ` (${why})` : ''}`);
    }
  }
  for (const child of suite.suites ?? []) countSuite(child, counts, here);
}

/** Counts for a list of test sessions (one session = one test file in one browser). */
export function countSessions(sessions) {
  const total = { passed: 0, failed: 0, skipped: 0, brokenFiles: [], pending: [], failures: [] };
  for (const session of sessions) {
    const counts = { passed: 0, failed: 0, skipped: 0, pending: [], failures: [] };
    countSuite(session.testResults, counts);
    const file = session.testFile.replace(/^.*?\/(tests\/)/, '$1');
    total.pending.push(...counts.pending.map((title) => `${file}: ${title}`));
    total.failures.push(...counts.failures.map((title) => `${file}: ${title}`));
    // A session that did not pass although none of its tests failed had an
    // error outside the tests (load error, uncaught error, timeout, 404 of
    // the file itself, crash): make it visible as one failure.
    if (session.passed !== true && counts.failed === 0) {
      counts.failed = 1;
      total.brokenFiles.push({
        file: session.testFile,
        browser: session.browser?.name,
        errors: (session.errors ?? []).map((error) => error.message),
      });
      const why = String(session.errors?.[0]?.message ?? 'did not finish').split('\n')[0].slice(0, 200);
      total.failures.push(`${file}: the file itself (${why})`);
    }
    total.passed += counts.passed;
    total.failed += counts.failed;
    total.skipped += counts.skipped;
  }
  return total;
}

export function summaryLine({ passed, failed, skipped }) {
  return `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`;
}

/**
 * @param {{ outFile?: string | false, engine?: string }} [options] where to
 *   write the JSON summary (default .wtr-summary.json; false for none), and the
 *   engine's name for the list of pending tests.
 */
export function summaryReporter({ outFile = '.wtr-summary.json', engine = 'this engine' } = {}) {
  let line = null;
  let pendingList = '';
  let printed = false;
  const printLine = () => {
    if (line === null || printed) return;
    printed = true;
    // The default reporter writes its final progress after every reporter's
    // stop(), then the runner calls process.exit(): print from the exit hook so
    // that this line really is the last one.
    process.stdout.write(`${pendingList}${line}\n`);
  };

  return {
    start() {
      if (outFile) fs.rmSync(outFile, { force: true });
      process.once('exit', printLine);
    },
    stop({ sessions }) {
      const counts = countSessions(sessions);
      line = summaryLine(counts);
      // Tests an engine cannot run are pending, and their titles say why: list them.
      pendingList = counts.pending.length
        ? `Pending in ${engine} (${counts.pending.length}):\n${counts.pending.sort().map((t) => `  - ${t}\n`).join('')}`
        : '';
      if (outFile) {
        fs.writeFileSync(
          outFile,
          `${JSON.stringify({ engine, ...counts, line, sessions: sessions.length }, null, 2)}\n`,
        );
      }
    },
  };
}

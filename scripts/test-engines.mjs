// The browser tests of `npm test`: tests/**/*.test.ts in each installed
// engine, one engine after another (two cores; WebKit runs one page at a time
// and needs a wtr run of its own anyway). Prints each engine's counts, the
// tests an engine cannot run (pending, with the reason in their titles), and
// ends with one bare `N passed, N failed` line over all engines; writes the
// same totals to .wtr-summary.json (read by .ci/run).
//
//   WTR_ENGINE=firefox npm test          one engine (chromium, firefox, webkit)
//   WTR_ENGINE=chromium,webkit npm test  several
//   node scripts/test-engines.mjs --files tests/quiz.test.ts   arguments go to wtr
import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { installedEngines } from './browser.mjs';
import { summaryLine } from './summary-reporter.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SUMMARY = path.join(root, '.wtr-summary.json');
const ALL = ['chromium', 'firefox', 'webkit'];

const installed = installedEngines();
const asked = (process.env.WTR_ENGINE ?? '').toLowerCase().split(/[\s,]+/).filter(Boolean);
for (const name of asked) {
  if (!ALL.includes(name)) {
    console.error(`WTR_ENGINE=${process.env.WTR_ENGINE}: expected one or more of ${ALL.join(', ')}`);
    process.exit(2);
  }
}
// Asked for by name: run it even if not found here, so that its launcher says what to install.
const engines = asked.length ? asked : installed;
const missing = ALL.filter((e) => !installed.includes(e));
if (!asked.length && missing.length) {
  console.log(
    `Not installed here, not tested: ${missing.join(', ')} ` +
      '(Debian/Ubuntu: sudo apt-get install chromium firefox-esr webkit2gtk-driver xvfb).',
  );
}

const wtr = path.join(root, 'node_modules', '@web', 'test-runner', 'dist', 'bin.js');

function runEngine(engine) {
  const file = path.join(root, `.wtr-summary.${engine}.json`);
  fs.rmSync(file, { force: true });
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, [wtr, ...process.argv.slice(2)], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, WTR_ENGINE: engine, WTR_SUMMARY_FILE: file },
    });
    child.once('exit', (code, signal) => {
      let counts = null;
      try {
        counts = JSON.parse(fs.readFileSync(file, 'utf8'));
      } catch {
        // The runner stopped before it reported (no browser, config error): one failure.
      }
      fs.rmSync(file, { force: true });
      resolve({ engine, code: code ?? 1, signal, counts, seconds: Math.round((Date.now() - started) / 1000) });
    });
  });
}

fs.rmSync(SUMMARY, { force: true });
const started = Date.now();
const results = [];
for (const engine of engines) {
  console.log(`\n=== ${engine} ===`);
  results.push(await runEngine(engine));
}

const total = { passed: 0, failed: 0, skipped: 0 };
console.log('\nBrowser tests by engine:');
for (const { engine, code, signal, counts, seconds } of results) {
  const c = counts ?? { passed: 0, failed: 1, skipped: 0, pending: [] };
  // A non-zero exit with no failed test (a crash after the tests) still counts as a failure.
  const failed = code !== 0 && c.failed === 0 ? 1 : c.failed;
  total.passed += c.passed;
  total.failed += failed;
  total.skipped += c.skipped;
  const note = counts ? '' : ` (no results: wtr exited with ${signal ?? code})`;
  console.log(`  ${engine}: ${summaryLine({ passed: c.passed, failed, skipped: c.skipped })} in ${seconds} s${note}`);
}
const pending = results.flatMap(({ engine, counts }) => (counts?.pending ?? []).map((t) => `  ${engine}: ${t}`));
if (pending.length) console.log(`Pending (${pending.length}; each says why in its title):\n${pending.join('\n')}`);
// Failed tests by name, last before the totals, so that the tail of a CI log says which.
const failures = results.flatMap(({ engine, counts }) => (counts?.failures ?? []).map((t) => `  ${engine}: ${t}`));
if (failures.length) console.log(`Failed (${failures.length}):\n${failures.join('\n')}`);
console.log(`Engines: ${engines.join(', ')}; ${Math.round((Date.now() - started) / 1000)} s in all.`);

const line = summaryLine(total);
fs.writeFileSync(SUMMARY, `${JSON.stringify({ ...total, line, engines }, null, 2)}\n`);
console.log(line);
process.exit(results.every((r) => r.code === 0) && total.failed === 0 ? 0 : 1);

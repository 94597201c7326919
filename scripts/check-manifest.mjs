// In `npm test`: is the committed custom-elements.json up to date with src/?
// Regenerates it with exactly `npm run analyze` (custom-elements-manifest.config.mjs)
// into a temporary folder and compares the two manifests as JSON.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { isDeepStrictEqual } from 'node:util';

const COMMITTED = 'custom-elements.json';
const STALE = 'custom-elements.json is stale: run `npm run analyze` and commit it.';

/** Regenerates the manifest in a temporary folder; returns it parsed, or null if the analyzer failed. */
function regenerate() {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'hohhot-cem-'));
  try {
    // The analyzer joins --outdir to the working directory: give it a relative path.
    const outdir = path.relative(process.cwd(), tmp) || '.';
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const result = spawnSync(npm, ['run', '--silent', 'analyze', '--', '--outdir', outdir, '--quiet'], {
      encoding: 'utf8',
    });
    const fresh = path.join(tmp, 'custom-elements.json');
    if (result.status !== 0 || !fs.existsSync(fresh)) {
      process.stderr.write(result.stdout ?? '');
      process.stderr.write(result.stderr ?? '');
      return null;
    }
    return JSON.parse(fs.readFileSync(fresh, 'utf8'));
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

function readCommitted() {
  try {
    return JSON.parse(fs.readFileSync(COMMITTED, 'utf8'));
  } catch {
    return null; // missing or not JSON: stale either way
  }
}

/**
 * Compares the committed manifest with a fresh one. Returns the problems, one
 * line each (empty when current); also used by tests/manifest.test.ts through
 * a test-runner command.
 */
export function manifestProblems() {
  const regenerated = regenerate();
  if (!regenerated) return ['Could not generate the custom elements manifest (`npm run analyze` failed, see above).'];
  const committed = readCommitted();
  if (!committed) return [STALE];
  if (isDeepStrictEqual(committed, regenerated)) return [];
  // Say where: modules added (+), changed (~) or removed (-).
  const problems = [STALE];
  const byPath = (manifest) => new Map((manifest.modules ?? []).map((m) => [m.path, m]));
  const before = byPath(committed);
  const after = byPath(regenerated);
  for (const [file, module] of after) {
    if (!before.has(file)) problems.push(`  + ${file}`);
    else if (!isDeepStrictEqual(before.get(file), module)) problems.push(`  ~ ${file}`);
  }
  for (const file of before.keys()) if (!after.has(file)) problems.push(`  - ${file}`);
  return problems;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const problems = manifestProblems();
  problems.forEach((p) => console.error(p));
  process.exitCode = problems.length ? 1 : 0;
}

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

function main() {
  const regenerated = regenerate();
  if (!regenerated) {
    console.error('Could not generate the custom elements manifest (`npm run analyze` failed, see above).');
    return 1;
  }
  const committed = readCommitted();
  if (!committed) {
    console.error(STALE);
    return 1;
  }
  if (isDeepStrictEqual(committed, regenerated)) return 0;

  console.error(STALE);
  // Say where: modules added (+), changed (~) or removed (-).
  const byPath = (manifest) => new Map((manifest.modules ?? []).map((m) => [m.path, m]));
  const before = byPath(committed);
  const after = byPath(regenerated);
  for (const [file, module] of after) {
    if (!before.has(file)) console.error(`  + ${file}`);
    else if (!isDeepStrictEqual(before.get(file), module)) console.error(`  ~ ${file}`);
  }
  for (const file of before.keys()) if (!after.has(file)) console.error(`  - ${file}`);
  return 1;
}

process.exitCode = main();

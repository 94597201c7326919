// First step of `npm test`: make sure a Chrome or Chromium is there.
// Found → exit 0 silently. Missing, as root on Debian/Ubuntu → install Debian's
// chromium with apt-get. Otherwise → say what to install and exit 1.
import fs from 'node:fs';
import { spawnSync } from 'node:child_process';
import { findBrowser } from './browser.mjs';

if (findBrowser()) process.exit(0);

const hasAptGet = ['/usr/bin/apt-get', '/bin/apt-get'].some((file) => fs.existsSync(file));
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

if (hasAptGet && isRoot) {
  console.log('No Chrome or Chromium found: installing Debian\'s chromium with apt-get (as root)…');
  const result = spawnSync('sh', ['-c', 'apt-get update && apt-get install -y chromium'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  const found = findBrowser();
  if (result.status === 0 && found) {
    console.log(`Chromium installed: ${found}`);
    process.exit(0);
  }
  console.error(
    result.status === 0
      ? 'apt-get finished, but no Chromium executable was found in the usual places.'
      : `Installing chromium with apt-get failed (exit code ${result.status ?? result.signal}, see above).`,
  );
}

console.error(
  'No Chrome or Chromium found. Install one — Debian/Ubuntu: sudo apt-get install chromium — or set CHROME_PATH=/path/to/chrome',
);
process.exit(1);

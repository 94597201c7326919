// Where Chrome/Chromium and Firefox live on this machine. One place for every
// script (tests, screenshots, benchmark, CI). Honours CHROME_PATH / FIREFOX_PATH.
import fs from 'node:fs';
import { pathToFileURL } from 'node:url';

const CHROME_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
];

const FIREFOX_CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

/**
 * Chromium switches used wherever we launch it: root needs --no-sandbox; the
 * resolver rule stops background DNS lookups of Google hosts (no request may
 * leave the machine except to localhost).
 */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost',
  '--disable-background-networking',
  '--disable-component-update',
  // Test pages run two at a time: keep background tabs rendering, so that
  // IntersectionObserver, requestAnimationFrame and media-query change events fire.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];

function isExecutableFile(file) {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

const warned = new Set();

function find(envName, candidates) {
  const fromEnv = process.env[envName];
  if (fromEnv) {
    if (isExecutableFile(fromEnv)) return fromEnv;
    if (!warned.has(envName)) {
      warned.add(envName);
      console.warn(`${envName}=${fromEnv} is not an executable file; looking in the usual places instead.`);
    }
  }
  return candidates.find(isExecutableFile) ?? null;
}

/** Path of a Chrome or Chromium executable, or null if none is installed. */
export function findBrowser() {
  return find('CHROME_PATH', CHROME_CANDIDATES);
}

/** Path of a Firefox executable, or null if none is installed. */
export function findFirefox() {
  return find('FIREFOX_PATH', FIREFOX_CANDIDATES);
}

// `node scripts/browser.mjs` prints what it found (used by .ci/run).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const which = process.argv[2] === 'firefox' ? findFirefox() : findBrowser();
  if (which) console.log(which);
  process.exit(which ? 0 : 1);
}

// Where Chrome/Chromium, Firefox and WebKit live on this machine. One place for
// every script (tests, screenshots, benchmark, CI). Honours CHROME_PATH /
// FIREFOX_PATH / WEBKIT_DRIVER_PATH / MINIBROWSER_PATH.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const CHROME_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
];

const FIREFOX_CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

/** Debian's webkit2gtk-driver: the W3C WebDriver server that drives WebKitGTK's MiniBrowser. */
const WEBKIT_DRIVER_CANDIDATES = ['/usr/bin/WebKitWebDriver'];

/** WebKitGTK's MiniBrowser (Debian: libwebkit2gtk-4.1-0 or -4.0, 6.0), newest API first. */
function miniBrowserCandidates() {
  const dirs = ['/usr/lib/x86_64-linux-gnu', '/usr/lib/aarch64-linux-gnu', '/usr/lib'];
  const found = [];
  for (const dir of dirs) {
    let entries = [];
    try {
      entries = fs.readdirSync(dir).filter((name) => /^webkit(2)?gtk-[\d.]+$/.test(name)).sort().reverse();
    } catch {
      continue;
    }
    for (const entry of entries) found.push(path.join(dir, entry, 'MiniBrowser'));
  }
  return found;
}

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

/** Path of WebKitWebDriver, or null if webkit2gtk-driver is not installed. */
export function findWebKitDriver() {
  return find('WEBKIT_DRIVER_PATH', WEBKIT_DRIVER_CANDIDATES);
}

/** Path of WebKitGTK's MiniBrowser, or null. */
export function findMiniBrowser() {
  return find('MINIBROWSER_PATH', miniBrowserCandidates());
}

/** Path of an X server for WebKit (MiniBrowser has no headless mode), or null. */
/** The W3C WebDriver capabilities that make WebKitWebDriver start WebKitGTK's MiniBrowser at `binary`. */
export function webkitCapabilities(binary) {
  return {
    browserName: 'MiniBrowser',
    'wdio:enforceWebDriverClassic': true,
    'webkitgtk:browserOptions': { binary, args: ['--automation'] },
  };
}

export function findXvfb() {
  return ['/usr/bin/Xvfb'].find(isExecutableFile) ?? null;
}

/**
 * The engines that can run here, in test order: 'chromium' (always listed,
 * `npm test` fails clearly without it), 'firefox', 'webkit' (driver,
 * MiniBrowser and, without a DISPLAY, Xvfb).
 */
export function installedEngines() {
  const engines = ['chromium'];
  if (findFirefox()) engines.push('firefox');
  if (findWebKitDriver() && findMiniBrowser() && (process.env.DISPLAY || findXvfb())) engines.push('webkit');
  return engines;
}

// `node scripts/browser.mjs [chromium|firefox|webkit]` prints what it found (used by .ci/run).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const which =
    process.argv[2] === 'firefox'
      ? findFirefox()
      : process.argv[2] === 'webkit'
        ? findWebKitDriver() && findMiniBrowser()
        : findBrowser();
  if (which) console.log(which);
  process.exit(which ? 0 : 1);
}

// @web/test-runner: tests/**/*.test.ts in one engine per run, chosen by
// WTR_ENGINE: `chromium` (default), `firefox` (Firefox ESR through WebDriver
// BiDi) or `webkit` (WebKitGTK's MiniBrowser through WebKitWebDriver, under an
// Xvfb this config starts when there is no DISPLAY). `npm test` runs every
// installed engine in turn (scripts/test-engines.mjs).
// Browsers are the ones installed on the machine (scripts/browser.mjs);
// puppeteer's and playwright's own downloads are never used.
import { spawn } from 'node:child_process';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import fs from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { unzipSync } from 'fflate';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { CHROME_ARGS, findBrowser, findFirefox, findMiniBrowser, findWebKitDriver, findXvfb, webkitCapabilities } from './scripts/browser.mjs';
import { summaryReporter } from './scripts/summary-reporter.mjs';
import { manifestProblems } from './scripts/check-manifest.mjs';
import { engineCommandsPlugin } from './scripts/webdriver-commands.mjs';
import { STRICT_CSP } from './scripts/strict-csp.mjs';

/** Fixture pages under this path are served with the strict policy of widget contract §5. */
const CSP_PREFIX = '/tests/fixtures/csp';
const CSP = STRICT_CSP;

/**
 * Pages where another copy of Lit shares the page (the host's own Lit, or
 * the one-file bundle beside the loader): the README's policy for them.
 */
const SHARED_LIT_PREFIX = '/tests/fixtures/csp-shared-lit';
const SHARED_LIT_CSP = CSP.replace('trusted-types lit-html', "trusted-types lit-html 'allow-duplicates'");

const ENGINES = ['chromium', 'firefox', 'webkit'];
const engine = (process.env.WTR_ENGINE || 'chromium').toLowerCase();
if (!ENGINES.includes(engine)) {
  throw new Error(`WTR_ENGINE=${process.env.WTR_ENGINE}: expected one of ${ENGINES.join(', ')}`);
}

/** Processes this config started (Xvfb, WebKitWebDriver): stopped when the runner exits. */
const children = [];
process.once('exit', () => {
  for (const child of children.reverse()) child.kill();
});

/** A TCP port nobody listens on. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, 'localhost', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Resolves once something accepts connections on `port` (or rejects after `ms`). */
async function waitForPort(port, what, ms = 20_000) {
  const until = Date.now() + ms;
  for (;;) {
    const open = await new Promise((resolve) => {
      const socket = net.connect(port, 'localhost', () => resolve(socket.end() && true));
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    if (Date.now() > until) throw new Error(`${what} did not start listening on port ${port}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** An X display for MiniBrowser: $DISPLAY if set, else an Xvfb started here. */
async function display() {
  if (process.env.DISPLAY) return process.env.DISPLAY;
  const xvfb = findXvfb();
  if (!xvfb) throw new Error('WebKit needs an X display: Debian/Ubuntu: sudo apt-get install xvfb');
  for (let n = 99; n < 120; n++) {
    const child = spawn(xvfb, [`:${n}`, '-screen', '0', '1600x1200x24', '-nolisten', 'tcp'], { stdio: 'ignore' });
    const exited = new Promise((resolve) => child.once('exit', () => resolve(true)));
    // Xvfb exits at once when the display is taken; otherwise it keeps running.
    const failed = await Promise.race([exited, new Promise((r) => setTimeout(() => r(false), 700))]);
    if (!failed) {
      children.push(child);
      return `:${n}`;
    }
  }
  throw new Error('Xvfb could not start on any display from :99 to :119');
}

function chromiumLauncher() {
  const chromePath = findBrowser();
  if (!chromePath) {
    throw new Error(
      'No Chrome or Chromium found. Install one — Debian/Ubuntu: sudo apt-get install chromium — or set CHROME_PATH=/path/to/chrome',
    );
  }
  return chromeLauncher({
    puppeteer: puppeteerCore,
    launchOptions: { executablePath: chromePath, args: CHROME_ARGS },
    // Each test file in its own browser context (its own window): a second tab
    // of one window is hidden and stops rendering, which stalls charts that
    // wait for IntersectionObserver and media-query change events.
    createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
  });
}

function firefoxLauncher() {
  const firefoxPath = findFirefox();
  if (!firefoxPath) {
    throw new Error(
      'WTR_ENGINE=firefox but no Firefox was found. Debian/Ubuntu: sudo apt-get install firefox-esr — or set FIREFOX_PATH=/path/to/firefox',
    );
  }
  // Firefox through WebDriver BiDi with the same launcher (playwright's cannot drive Debian's Firefox).
  return chromeLauncher({
    puppeteer: puppeteerCore,
    launchOptions: {
      browser: 'firefox',
      executablePath: firefoxPath,
      // Tests that click "Download CSV" really download. Firefox would open its
      // downloads panel, which keeps the keyboard focus from the pages of every
      // later file (Enter and Space on their buttons then do nothing): save
      // downloads quietly to a temporary folder instead.
      extraPrefsFirefox: {
        'browser.download.alwaysOpenPanel': false,
        'browser.download.folderList': 2,
        'browser.download.dir': path.join(os.tmpdir(), 'hohhot-widgets-test-downloads'),
        'browser.download.useDownloadDir': true,
      },
    },
    // One file at a time (concurrency below), each in a tab of the first
    // window, selected: the page renders at full rate and has the focus. (A
    // window of its own per file lost the focus after a while in full runs:
    // Enter and Space on a button then did nothing.)
    createPage: async ({ browser }) => {
      const page = await browser.newPage();
      await page.bringToFront();
      return page;
    },
  });
}

async function webkitLauncher() {
  const driverPath = findWebKitDriver();
  const miniBrowser = findMiniBrowser();
  if (!driverPath || !miniBrowser) {
    throw new Error(
      'WTR_ENGINE=webkit but WebKitWebDriver or MiniBrowser was not found. Debian/Ubuntu: sudo apt-get install webkit2gtk-driver xvfb',
    );
  }
  const { webdriverLauncher } = await import('@web/test-runner-webdriver');
  const DISPLAY = await display();
  const port = await freePort();
  const driver = spawn(driverPath, [`--port=${port}`], { stdio: 'ignore', env: { ...process.env, DISPLAY } });
  children.push(driver);
  await waitForPort(port, 'WebKitWebDriver');
  return webdriverLauncher({
    automationProtocol: 'webdriver',
    hostname: 'localhost',
    port,
    logLevel: 'error',
    capabilities: webkitCapabilities(miniBrowser),
  });
}

const browsers = [
  engine === 'webkit' ? await webkitLauncher() : engine === 'firefox' ? firefoxLauncher() : chromiumLauncher(),
];

/** Adds the Content-Security-Policy header to everything under CSP_PREFIX. */
async function cspHeader(context, next) {
  await next();
  if (context.path.startsWith(`${SHARED_LIT_PREFIX}/`)) {
    context.set('Content-Security-Policy', SHARED_LIT_CSP);
  } else if (context.path.startsWith(`${CSP_PREFIX}/`)) {
    context.set('Content-Security-Policy', CSP);
  }
}

/**
 * Module scripts in a sandboxed iframe (origin "null") are fetched with CORS:
 * serve the built bundle as a static host for course pages would.
 */
async function corsForBundle(context, next) {
  await next();
  if (context.path.startsWith('/dist/')) context.set('Access-Control-Allow-Origin', '*');
}

/**
 * `/no-cors/…` serves the repository as `/…` without the CORS header: a host
 * that serves dist/cdn/ as plain files, which a sandboxed iframe (origin
 * "null") cannot load module scripts from.
 */
async function noCors(context, next) {
  if (!context.path.startsWith('/no-cors/')) return next();
  context.url = context.url.slice('/no-cors'.length);
  await next();
  context.remove('Access-Control-Allow-Origin');
}

/**
 * `/broken-chart/…` serves the repository as `/…`, except that the chart.js
 * chunk answers 404 while `executeServerCommand('chart-chunk', { available:
 * false })` says so, and the chunk that checks given data while
 * `executeServerCommand('validate-chunk', { available: false })` does: a CMS
 * that copied only part of dist/cdn, a flaky network.
 */
/** `/broken-chart/` and `/broken-check/`: two prefixes, so a URL that failed under one is fresh under the other. */
const BROKEN_PREFIX = /^\/broken-(?:chart|check)(?=\/)/;
/** The chunks (`chart`, `validate`) that answer 404 under BROKEN_PREFIX. */
const unavailableChunks = new Set();
async function brokenChart(context, next) {
  const prefix = BROKEN_PREFIX.exec(context.path)?.[0];
  if (prefix) {
    const path = context.path.slice(prefix.length);
    const chunk = /^\/dist\/cdn\/chunks\/(chart|validate)-[\w-]{8}\.js$/.exec(path)?.[1];
    if (chunk && unavailableChunks.has(chunk)) {
      context.status = 404;
      context.body = 'not found';
      return;
    }
    context.url = path + context.search;
  }
  await next();
}

/**
 * `/__stall__` never answers; `/__stall__/body` sends its headers and the
 * start of a JSON body, then nothing more. Both end only when the browser
 * closes the request: a `src` that stalls.
 */
async function stall(context, next) {
  if (!context.path.startsWith('/__stall__')) return next();
  const closed = new Promise((resolve) => context.req.once('close', resolve));
  if (context.path === '/__stall__/body') {
    const body = new PassThrough();
    body.write('{"year": 20');
    closed.then(() => body.destroy());
    context.type = 'application/json';
    context.body = body;
    return;
  }
  await closed;
  context.status = 204;
}

/**
 * Pages a test writes (an embed code pasted into a fresh page, as an editor
 * would): `executeServerCommand('paste-page', { html })` keeps the page and
 * answers its path, `/__pasted__/N.html`, served from this origin. A real
 * URL rather than an iframe's srcdoc, whose 'self' Firefox does not match.
 */
const pastedPages = new Map();
async function pastedPage(context, next) {
  const id = /^\/__pasted__\/(\d+)\.html$/.exec(context.path)?.[1];
  if (id && pastedPages.has(id)) {
    context.type = 'text/html';
    context.body = pastedPages.get(id);
    return;
  }
  await next();
}

/**
 * Datasets a test serves (a bundled dataset with a few edits, as a `src`):
 * `executeServerCommand('serve-json', { name, json })` keeps the JSON and
 * answers its path, `/__datasets__/<name>.json`, served from this origin.
 */
const servedJson = new Map();
async function servedDataset(context, next) {
  const name = /^\/__datasets__\/([\w-]+)\.json$/.exec(context.path)?.[1];
  if (name && servedJson.has(name)) {
    context.type = 'application/json';
    context.body = servedJson.get(name);
    return;
  }
  await next();
}

/**
 * `/scorm/<name>/<path>` serves `<path>` from inside dist/scorm/<name>.zip
 * (unzipped with fflate, again whenever the zip changes): tests/scorm.test.ts
 * launches the SCORM packages from the zips themselves, so a file missing
 * from a zip is a 404 there.
 */
const SCORM_TYPES = { html: 'text/html', js: 'text/javascript', css: 'text/css', xml: 'application/xml', json: 'application/json' };
const scormZips = new Map();
async function scormPackage(context, next) {
  const match = /^\/scorm\/([\w-]+)\/(.+)$/.exec(context.path);
  if (!match) return next();
  const [, name, file] = match;
  const zip = `dist/scorm/${name}.zip`;
  const stat = fs.statSync(zip, { throwIfNoEntry: false });
  if (!stat) {
    context.status = 404;
    context.body = `${zip} is missing: run npm run build`;
    return;
  }
  let entry = scormZips.get(name);
  if (!entry || entry.mtimeMs !== stat.mtimeMs) {
    entry = { mtimeMs: stat.mtimeMs, files: unzipSync(fs.readFileSync(zip)) };
    scormZips.set(name, entry);
  }
  const bytes = entry.files[decodeURIComponent(file)];
  if (!bytes) {
    context.status = 404;
    context.body = `${file} is not in ${zip}`;
    return;
  }
  context.type = SCORM_TYPES[file.split('.').pop()] ?? 'application/octet-stream';
  context.body = Buffer.from(bytes);
}

/**
 * `executeServerCommand('manifest-problems')`: what makes custom-elements.json stale, if anything.
 * `executeServerCommand('paste-page', { html })`: see pastedPage.
 * `executeServerCommand('serve-json', { name, json })`: see servedDataset.
 * `executeServerCommand('chart-chunk' | 'validate-chunk', { available })`: see brokenChart.
 */
function serverCommands() {
  return {
    name: 'hohhot-server-commands',
    executeCommand({ command, payload }) {
      if (command === 'manifest-problems') return manifestProblems();
      if (command === 'paste-page') {
        const id = String(pastedPages.size + 1);
        pastedPages.set(id, String(payload?.html ?? ''));
        return `/__pasted__/${id}.html`;
      }
      if (command === 'serve-json') {
        const name = String(payload?.name ?? '');
        if (!/^[\w-]+$/.test(name)) throw new Error(`serve-json: "${name}" is not a file name`);
        servedJson.set(name, String(payload?.json ?? ''));
        return `/__datasets__/${name}.json`;
      }
      if (command === 'chart-chunk' || command === 'validate-chunk') {
        const chunk = command.replace('-chunk', '');
        if (payload?.available) unavailableChunks.delete(chunk);
        else unavailableChunks.add(chunk);
        return true;
      }
      return undefined;
    },
  };
}

export default {
  files: 'tests/**/*.test.ts',
  nodeResolve: true,
  plugins: [
    // target esnext: every engine here is current. Left at 'auto', esbuild
    // down-levels for a user agent it does not know as the latest (MiniBrowser
    // says "Version/60.5 Safari") and rewrites the inline scripts of HTML
    // pages, which breaks the hashes in their Content-Security-Policy.
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'esnext' }),
    serverCommands(),
    engineCommandsPlugin(engine),
  ],
  middleware: [noCors, stall, brokenChart, cspHeader, corsForBundle, pastedPage, servedDataset, scormPackage],
  browsers,
  // Two cores: one page at a time in every engine (two Chromium pages at a
  // time made a test miss its moment once in a loaded CI run), generous
  // timeouts for a cold browser start. Firefox one at a time, in the selected tab: a page in a
  // background tab renders at ~1 fps, and one in another window loses the
  // keyboard focus to a window opening for the next file. WebKit one at a
  // time: above 1 the WebDriver launcher runs files in iframes of one page.
  concurrency: 1,
  concurrentBrowsers: 1,
  browserStartTimeout: 120_000,
  testsStartTimeout: 60_000,
  testsFinishTimeout: 300_000,
  testFramework: { config: { timeout: 10_000 } },
  reporters: [defaultReporter(), summaryReporter({ outFile: process.env.WTR_SUMMARY_FILE || '.wtr-summary.json', engine })],
};

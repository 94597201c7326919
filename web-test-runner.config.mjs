// @web/test-runner: tests/**/*.test.ts in Chromium (always) and Firefox ESR
// (when BROWSERS contains "firefox", e.g. `BROWSERS=chromium,firefox npm test`).
// Browsers are the ones installed on the machine (scripts/browser.mjs);
// puppeteer's and playwright's own downloads are never used.
import { PassThrough } from 'node:stream';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { CHROME_ARGS, findBrowser, findFirefox } from './scripts/browser.mjs';
import { summaryReporter } from './scripts/summary-reporter.mjs';
import { manifestProblems } from './scripts/check-manifest.mjs';

/** Fixture pages under this path are served with the strict policy of widget contract §5. */
const CSP_PREFIX = '/tests/fixtures/csp';
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

/**
 * Pages where another copy of Lit shares the page (the host's own Lit, or
 * the one-file bundle beside the loader): the README's policy for them.
 */
const SHARED_LIT_PREFIX = '/tests/fixtures/csp-shared-lit';
const SHARED_LIT_CSP = CSP.replace('trusted-types lit-html', "trusted-types lit-html 'allow-duplicates'");

const chromePath = findBrowser();
if (!chromePath) {
  throw new Error(
    'No Chrome or Chromium found. Install one — Debian/Ubuntu: sudo apt-get install chromium — or set CHROME_PATH=/path/to/chrome',
  );
}

const browsers = [
  chromeLauncher({
    puppeteer: puppeteerCore,
    launchOptions: { executablePath: chromePath, args: CHROME_ARGS },
    // Each test file in its own browser context (its own window): a second tab
    // of one window is hidden and stops rendering, which stalls charts that
    // wait for IntersectionObserver and media-query change events.
    createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
  }),
];

const wanted = (process.env.BROWSERS ?? '').toLowerCase();
if (wanted.includes('firefox')) {
  const firefoxPath = findFirefox();
  if (!firefoxPath) {
    throw new Error(
      'BROWSERS asks for firefox but none was found. Debian/Ubuntu: sudo apt-get install firefox-esr — or set FIREFOX_PATH=/path/to/firefox',
    );
  }
  // Firefox through WebDriver BiDi with the same launcher (playwright's cannot drive Debian's Firefox).
  browsers.push(
    chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: { browser: 'firefox', executablePath: firefoxPath },
      // Firefox hides a page of a new browser context too (rAF at ~1 fps):
      // only a page in its own window keeps rendering while another file runs.
      createPage: ({ context }) => context.newPage({ type: 'window' }),
    }),
  );
}

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
 * `executeServerCommand('manifest-problems')`: what makes custom-elements.json stale, if anything.
 * `executeServerCommand('chart-chunk' | 'validate-chunk', { available })`: see brokenChart.
 */
function serverCommands() {
  return {
    name: 'hohhot-server-commands',
    executeCommand({ command, payload }) {
      if (command === 'manifest-problems') return manifestProblems();
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
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json' }), serverCommands()],
  middleware: [stall, brokenChart, cspHeader, corsForBundle],
  browsers,
  // Two cores: two pages at a time, generous timeouts for a cold browser start.
  concurrency: 2,
  concurrentBrowsers: 2,
  browserStartTimeout: 120_000,
  testsStartTimeout: 60_000,
  testsFinishTimeout: 300_000,
  testFramework: { config: { timeout: 10_000 } },
  reporters: [defaultReporter(), summaryReporter()],
};

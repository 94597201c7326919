// Full-page (or one-element) PNG screenshots of pages of this repository, in
// headless Chromium, at several widths and colour schemes. It serves the
// repository itself (same static server as `npm start`, on a free port), so
// run `npm run build` first for pages that load dist/cdn/hohhot-widgets.js.
// The options are in HELP below (`node scripts/screenshot.mjs --help`).
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findBrowser } from './browser.mjs';
import { startStaticServer } from './dev-server.mjs';

const USAGE =
  'usage: node scripts/screenshot.mjs PAGE... [--width N]... [--scheme light|dark|no-preference]... [--out PREFIX] [--selector CSS] [--height N] [--wait MS] [--motion]';
const HELP = `${USAGE}

  node scripts/screenshot.mjs demo/index.html --width 320 --width 1280 \\
    --scheme light --scheme dark --out screenshots/demo
  → screenshots/demo-320-light.png, screenshots/demo-320-dark.png, …

Options (repeatable ones marked *):
  --width N *        viewport width in CSS px (default 1280)
  --scheme S *       light | dark | no-preference (default light)
  --out PREFIX       file prefix (default screenshots/<page name>); with several
                     pages the page name is added to the prefix
  --selector CSS     screenshot only the first element matching CSS
  --height N         viewport height (default 800; full-page shots grow past it)
  --wait MS          extra settle time after load (default 500)
  --motion           keep animations (default: prefers-reduced-motion: reduce)
  -h, --help         this text
A PAGE may also be a full http(s):// URL.`;

let args;
try {
  args = parseArgs({
    allowPositionals: true,
    options: {
      width: { type: 'string', multiple: true },
      scheme: { type: 'string', multiple: true },
      out: { type: 'string' },
      selector: { type: 'string' },
      height: { type: 'string' },
      wait: { type: 'string' },
      motion: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
} catch (error) {
  console.error(`${error.message}\n${USAGE}`);
  process.exit(2);
}
const { values, positionals: pages } = args;
if (values.help || pages.length === 0) {
  console.log(values.help ? HELP : USAGE);
  process.exit(values.help ? 0 : 2);
}

const toInt = (value, name) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) {
    console.error(`--${name} must be a positive integer, got "${value}"`);
    process.exit(2);
  }
  return n;
};
const widths = (values.width ?? ['1280']).map((w) => toInt(w, 'width'));
const schemes = values.scheme ?? ['light'];
for (const scheme of schemes) {
  if (!['light', 'dark', 'no-preference'].includes(scheme)) {
    console.error(`--scheme must be light, dark or no-preference, got "${scheme}"`);
    process.exit(2);
  }
}
const height = values.height ? toInt(values.height, 'height') : 800;
const settleMs = values.wait !== undefined ? Number(values.wait) : 500;

const executablePath = findBrowser();
if (!executablePath) {
  console.error('No Chrome or Chromium found. Install one — Debian/Ubuntu: sudo apt-get install chromium — or set CHROME_PATH=/path/to/chrome');
  process.exit(1);
}

/** demo/index.html → demo; docs/a/b.html → docs-a-b; URLs → host-path. */
function pageName(page) {
  let name = /^https?:\/\//.test(page) ? new URL(page).host + new URL(page).pathname : page;
  name = name.replace(/\.html?$/, '').replace(/(^|\/)index$/, '').replace(/[^A-Za-z0-9._-]+/g, '-');
  return name.replace(/^-+|-+$/g, '') || 'page';
}

function prefixFor(page) {
  if (!values.out) return path.join('screenshots', pageName(page));
  return pages.length > 1 ? `${values.out}-${pageName(page)}` : values.out;
}

const needsServer = pages.some((page) => !/^https?:\/\//.test(page));
for (const page of pages) {
  if (!/^https?:\/\//.test(page) && !fs.existsSync(page.split(/[?#]/)[0])) {
    console.error(`${page} does not exist (pages are paths relative to the repository root).`);
    process.exit(2);
  }
}
const served = needsServer ? await startStaticServer() : null;
const browser = await chromium.launch({ executablePath, args: CHROME_ARGS, headless: true });

/** Wait for every custom element in the page (shadow roots included) to be defined and rendered. */
async function settle(page) {
  await page.evaluate(async () => {
    const all = [];
    const walk = (root) => {
      for (const el of root.querySelectorAll('*')) {
        all.push(el);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document);
    const tags = [...new Set(all.filter((el) => el.localName.includes('-')).map((el) => el.localName))];
    const timeout = new Promise((resolve) => setTimeout(resolve, 5000));
    await Promise.race([Promise.all(tags.map((tag) => customElements.whenDefined(tag))), timeout]);
    await Promise.race([
      Promise.all(all.map((el) => (el.updateComplete instanceof Promise ? el.updateComplete : null))),
      timeout,
    ]);
    await document.fonts?.ready;
  });
}

/** Scroll through the page so that lazily drawn (below-the-fold) charts render, then back to the top. */
async function scrollThrough(page) {
  await page.evaluate(async () => {
    const step = Math.max(200, Math.floor(window.innerHeight * 0.8));
    for (let y = 0; y < document.documentElement.scrollHeight; y += step) {
      window.scrollTo(0, y);
      await new Promise((resolve) => setTimeout(resolve, 60));
    }
    window.scrollTo(0, 0);
  });
}

const written = [];
let failed = false;
try {
  for (const pagePath of pages) {
    const url = /^https?:\/\//.test(pagePath) ? pagePath : `${served.origin}/${pagePath.replace(/^\.?\//, '')}`;
    const prefix = prefixFor(pagePath);
    fs.mkdirSync(path.dirname(prefix) || '.', { recursive: true });
    for (const width of widths) {
      for (const scheme of schemes) {
        const context = await browser.newContext({
          viewport: { width, height },
          deviceScaleFactor: 1,
          colorScheme: scheme,
          reducedMotion: values.motion ? 'no-preference' : 'reduce',
        });
        const page = await context.newPage();
        page.on('pageerror', (error) => console.warn(`  [${width} ${scheme}] page error: ${error.message}`));
        page.on('response', (response) => {
          if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) {
            console.warn(`  [${width} ${scheme}] HTTP ${response.status()} ${response.url()}`);
          }
        });
        page.on('requestfailed', (request) => {
          console.warn(`  [${width} ${scheme}] request failed: ${request.url()} (${request.failure()?.errorText})`);
        });
        page.on('console', (message) => {
          if (message.text().startsWith('Failed to load resource')) return; // reported by 'response' above
          if (message.type() === 'error' || message.type() === 'warning') {
            console.warn(`  [${width} ${scheme}] console.${message.type()}: ${message.text()}`);
          }
        });
        try {
          await page.goto(url, { waitUntil: 'networkidle', timeout: 30_000 });
          await settle(page);
          await scrollThrough(page);
          await page.waitForLoadState('networkidle');
          await settle(page);
          await page.waitForTimeout(settleMs);
          const file = `${prefix}-${width}-${scheme}.png`;
          if (values.selector) {
            const element = page.locator(values.selector).first();
            if ((await element.count()) === 0) throw new Error(`no element matches ${values.selector}`);
            await element.scrollIntoViewIfNeeded();
            await page.waitForTimeout(Math.min(settleMs, 300));
            await element.screenshot({ path: file });
          } else {
            await page.screenshot({ path: file, fullPage: true });
          }
          written.push(file);
          console.log(file);
        } catch (error) {
          failed = true;
          console.error(`${url} at ${width}px ${scheme}: ${error.message}`);
        } finally {
          await context.close();
        }
      }
    }
  }
} finally {
  await browser.close();
  await served?.server.stop();
}

if (written.length === 0 || failed) process.exit(1);

// Screenshots of the demo (demo/index.html, which loads the built
// dist/cdn bundle: run `npm run build` first) in Chromium, Firefox and WebKit,
// in both languages and both themes, set through the demo's own switches.
// Chromium and Firefox through puppeteer (a viewport as tall as the page, cut
// into segments); WebKit through WebKitWebDriver (under an Xvfb started here
// when there is no DISPLAY), scrolled one segment at a time.
//
//   node scripts/engine-screenshots.mjs [--engine chromium|firefox|webkit]... [--width N]
//   → screenshots/engines/<engine>-<lang>-<theme>-NN.png, the page in 1500 px segments
import fs from 'node:fs';
import net from 'node:net';
import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';
import { puppeteerCore } from '@web/test-runner-chrome';
import { CHROME_ARGS, findBrowser, findFirefox, findMiniBrowser, findWebKitDriver, findXvfb, webkitCapabilities } from './browser.mjs';
import { startStaticServer } from './dev-server.mjs';

const { values } = parseArgs({
  options: { engine: { type: 'string', multiple: true }, width: { type: 'string' }, out: { type: 'string' } },
});
const engines = values.engine ?? ['chromium', 'firefox', 'webkit'];
const width = Number(values.width ?? 1280);
const outDir = values.out ?? 'screenshots/engines';
fs.mkdirSync(outDir, { recursive: true });

const LANGS = ['zh-CN', 'en'];
/** Height of one screenshot: the page is cut into segments of this many CSS px. */
const SEGMENT = 1500;
const THEMES = ['light', 'dark'];

/** In the page: pick the demo's language and theme, scroll through so that every chart draws, say the page's height. */
const PREPARE = `
  const [wantLang, wantTheme] = [arguments[0], arguments[1]];
  const pick = (name, value) => {
    const input = document.querySelector('input[name="' + name + '"][value="' + value + '"]');
    input.checked = true;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  };
  pick('lang', wantLang);
  pick('theme', wantTheme);
  return document.documentElement.scrollHeight;
`;
const SCROLL = `
  return (async () => {
    for (let y = 0; y < document.documentElement.scrollHeight; y += 400) {
      window.scrollTo(0, y);
      await new Promise((r) => setTimeout(r, 60));
    }
    window.scrollTo(0, 0);
    await new Promise((r) => setTimeout(r, 800));
    return document.documentElement.scrollHeight;
  })();
`;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function withPuppeteer(engine, origin) {
  const browser = await puppeteerCore.launch(
    engine === 'firefox'
      ? { browser: 'firefox', executablePath: findFirefox(), headless: true }
      : { executablePath: findBrowser(), headless: true, args: CHROME_ARGS },
  );
  try {
    for (const lang of LANGS) {
      for (const theme of THEMES) {
        const page = await browser.newPage();
        await page.setViewport({ width, height: 900 });
        await page.goto(`${origin}/demo/index.html`, { waitUntil: 'load' });
        await page.evaluate(new Function(PREPARE), lang, theme);
        const height = await page.evaluate(new Function(SCROLL));
        // One viewport as tall as the page (Firefox's fullPage over BiDi stops short).
        await page.setViewport({ width, height });
        await sleep(1000);
        for (let i = 0, y = 0; y < height; i++, y += SEGMENT) {
          const file = `${outDir}/${engine}-${lang}-${theme}-${String(i).padStart(2, '0')}.png`;
          await page.screenshot({ path: file, clip: { x: 0, y, width, height: Math.min(SEGMENT, height - y) } });
        }
        console.log(`${outDir}/${engine}-${lang}-${theme}-*.png`);
        await page.close();
      }
    }
  } finally {
    await browser.close();
  }
}

function freePort() {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, 'localhost', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

async function withWebKit(origin) {
  const { remote } = await import('webdriverio');
  const children = [];
  try {
    let display = process.env.DISPLAY;
    if (!display) {
      display = ':97';
      children.push(spawn(findXvfb(), [display, '-screen', '0', `${width + 200}x16000x24`, '-nolisten', 'tcp'], { stdio: 'ignore' }));
      await sleep(800);
    }
    const port = await freePort();
    children.push(spawn(findWebKitDriver(), [`--port=${port}`], { stdio: 'ignore', env: { ...process.env, DISPLAY: display } }));
    await sleep(800);
    const driver = await remote({
      hostname: 'localhost',
      port,
      logLevel: 'error',
      capabilities: webkitCapabilities(findMiniBrowser()),
    });
    console.log(`WebKit: ${driver.capabilities.browserName} ${driver.capabilities.browserVersion}`);
    try {
      for (const lang of LANGS) {
        for (const theme of THEMES) {
          await driver.setWindowSize(width, 900);
          await driver.navigateTo(`${origin}/demo/index.html`);
          await sleep(1000);
          await driver.execute(PREPARE, lang, theme);
          await driver.executeAsync(`const done = arguments[arguments.length - 1]; (async () => { ${SCROLL} })().then(done);`);
          const height = await driver.execute('return document.documentElement.scrollHeight');
          // A viewport SEGMENT px tall (the window's frame is added on top), scrolled one segment at a time.
          const [innerW, innerH] = await driver.execute('return [innerWidth, innerHeight]');
          const rect = await driver.getWindowSize();
          await driver.setWindowSize(rect.width + (width - innerW), rect.height + (SEGMENT - innerH));
          for (let i = 0, y = 0; y < height; i++, y += SEGMENT) {
            await driver.execute('window.scrollTo(0, arguments[0])', y);
            await sleep(400);
            await driver.saveScreenshot(`${outDir}/webkit-${lang}-${theme}-${String(i).padStart(2, '0')}.png`);
          }
          console.log(`${outDir}/webkit-${lang}-${theme}-*.png`);
        }
      }
    } finally {
      await driver.deleteSession();
    }
  } finally {
    for (const child of children.reverse()) child.kill();
  }
}

const { server, origin } = await startStaticServer();
try {
  for (const engine of engines) {
    if (engine === 'webkit') await withWebKit(origin);
    else await withPuppeteer(engine, origin);
  }
} finally {
  await server.stop();
}

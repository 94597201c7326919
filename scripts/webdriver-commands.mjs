// Server commands the tests use in every engine: `hw-send-keys`,
// `hw-set-viewport`, `hw-emulate-media` and `hw-default-font-size`
// (tests/commands.ts calls them). `hw-default-font-size` is the reader's text
// size setting (the browser's default font size): Chromium sets it over the
// DevTools protocol (Page.setFontSizes); Firefox over BiDi and WebKit over
// WebDriver have no such command, and it says so.
//
// Chromium and Firefox run through puppeteer: these delegate to the stock
// plugins of @web/test-runner-commands. WebKit runs through
// @web/test-runner-webdriver, whose browser type "webdriver" the stock plugins
// do not handle (no emulateMedia, no setViewport, sendKeys without down/up):
// here keys become W3C WebDriver key actions and the viewport a window size.
// WebDriver has no media emulation at all: `hw-emulate-media` says so, and the
// tests that need it say by name that they cannot run in that engine.
import { emulateMediaPlugin, sendKeysPlugin, setViewportPlugin } from '@web/test-runner-commands/plugins';

/** W3C WebDriver's code points for the named keys the tests press (§17.4.2 of the spec). */
const WEBDRIVER_KEYS = {
  Backspace: '\uE003',
  Tab: '\uE004',
  Enter: '\uE007',
  Shift: '\uE008',
  Control: '\uE009',
  Alt: '\uE00A',
  Escape: '\uE00C',
  ' ': ' ',
  Space: ' ',
  PageUp: '\uE00E',
  PageDown: '\uE00F',
  End: '\uE010',
  Home: '\uE011',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
  Delete: '\uE017',
  Meta: '\uE03D',
};

/** `'Shift+Tab'` → the WebDriver values of Shift and Tab; a single character stands for itself. */
function keyValues(combo) {
  const names = combo.length > 1 && combo.includes('+') ? combo.split('+') : [combo];
  return names.map((name) => {
    if (name in WEBDRIVER_KEYS) return WEBDRIVER_KEYS[name];
    if ([...name].length === 1) return name;
    throw new Error(`hw-send-keys: no WebDriver key for "${name}"`);
  });
}

function keyActions(payload) {
  if (typeof payload?.type === 'string') {
    return [...payload.type].flatMap((value) => [
      { type: 'keyDown', value },
      { type: 'keyUp', value },
    ]);
  }
  if (typeof payload?.press === 'string') {
    const values = keyValues(payload.press);
    return [
      ...values.map((value) => ({ type: 'keyDown', value })),
      ...values.reverse().map((value) => ({ type: 'keyUp', value })),
    ];
  }
  if (typeof payload?.down === 'string') return keyValues(payload.down).map((value) => ({ type: 'keyDown', value }));
  if (typeof payload?.up === 'string') return keyValues(payload.up).map((value) => ({ type: 'keyUp', value }));
  throw new Error('hw-send-keys: give one of type, press, down, up');
}

/** Sets the size of the page's viewport (not the window's) to width × height CSS pixels. */
async function setWebdriverViewport(driver, { width, height }) {
  const inner = () => driver.execute('return [window.innerWidth, window.innerHeight]');
  /** The viewport once the window manager has applied a new size (it may answer before it has). */
  const settled = async (before) => {
    let now = await inner();
    for (let k = 0; k < 10 && now[0] === before[0] && now[1] === before[1]; k++) {
      await new Promise((r) => setTimeout(r, 50));
      now = await inner();
    }
    return now;
  };
  // The window may have a frame and toolbars (whose height can change between two
  // calls): size it, measure what the page got, and correct by the difference.
  let [w, h] = await inner();
  if (w === width && h === height) return true;
  await driver.setWindowSize(width, height);
  [w, h] = await settled([w, h]);
  for (let i = 0; i < 6 && (w !== width || h !== height); i++) {
    const rect = await driver.getWindowSize();
    await driver.setWindowSize(rect.width + (width - w), rect.height + (height - h));
    [w, h] = await settled([w, h]);
  }
  if (w !== width || h !== height) {
    throw new Error(`hw-set-viewport: asked for ${width}×${height}, the page has ${w}×${h}`);
  }
  return true;
}

/** The DevTools sessions that emulate forced colours, by page. */
const forcedColorSessions = new WeakMap();

/** The DevTools sessions that set the default font size, by page. */
const fontSizeSessions = new WeakMap();

/** @param {string} engine the engine of this run: chromium, firefox or webkit. */
export function engineCommandsPlugin(engine) {
  const stock = {
    'hw-send-keys': ['send-keys', sendKeysPlugin()],
    'hw-set-viewport': ['set-viewport', setViewportPlugin()],
    'hw-emulate-media': ['emulate-media', emulateMediaPlugin()],
  };
  return {
    name: 'hohhot-engine-commands',
    async executeCommand({ command, payload, session }) {
      if (command === 'hw-default-font-size') {
        if (engine !== 'chromium' || session.browser.type === 'webdriver') {
          throw new Error(`hw-default-font-size is not available in ${engine}: no command sets the default font size`);
        }
        const page = session.browser.getPage(session.id);
        if (!fontSizeSessions.has(page)) fontSizeSessions.set(page, await page.createCDPSession());
        const standard = Number(payload?.px ?? 16);
        await fontSizeSessions.get(page).send('Page.setFontSizes', { fontSizes: { standard, fixed: Math.round((standard * 13) / 16) } });
        return true;
      }
      if (!(command in stock)) return undefined;
      if (session.browser.type !== 'webdriver') {
        const [name, plugin] = stock[command];
        // Keys go to the selected tab: make sure it is the test's.
        if (command === 'hw-send-keys' && engine === 'firefox') await session.browser.getPage(session.id).bringToFront();
        if (command === 'hw-emulate-media' && payload?.forcedColors && engine === 'chromium') {
          // The stock plugin leaves forced-colors out: set it over the DevTools protocol.
          const { forcedColors, ...rest } = payload;
          // One session per page, kept: its emulation ends when it detaches.
          const page = session.browser.getPage(session.id);
          if (!forcedColorSessions.has(page)) forcedColorSessions.set(page, await page.createCDPSession());
          await forcedColorSessions.get(page).send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: forcedColors }] });
          return Object.keys(rest).length ? plugin.executeCommand({ command: name, payload: rest, session }) : true;
        }
        return plugin.executeCommand({ command: name, payload, session });
      }
      const { driver } = session.browser;
      if (command === 'hw-send-keys') {
        // One input source id for every call, so that a key held `down` stays held until its `up`.
        await driver.performActions([{ type: 'key', id: 'keyboard', actions: keyActions(payload) }]);
        return true;
      }
      if (command === 'hw-set-viewport') return setWebdriverViewport(driver, payload);
      throw new Error(`emulateMedia is not available in ${session.browser.name}: WebDriver has no media emulation`);
    },
  };
}

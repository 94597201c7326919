// The browser commands the tests use, in every engine (Chromium and Firefox
// through puppeteer, WebKit through WebDriver): they go to the server commands
// of scripts/webdriver-commands.mjs, which map them onto what each engine has.
// And what an engine cannot do: `ENGINE`, `canEmulateMedia` and `itEmulating`,
// so that a test an engine cannot run is pending with the reason in its title.
import { executeServerCommand } from '@web/test-runner-commands';

export type Engine = 'chromium' | 'firefox' | 'webkit';

/** The engine running this file. */
export const ENGINE: Engine = /\bFirefox\//.test(navigator.userAgent)
  ? 'firefox'
  : /\b(Chrome|Chromium|HeadlessChrome)\//.test(navigator.userAgent)
    ? 'chromium'
    : 'webkit';

export interface MediaOptions {
  media?: 'screen' | 'print';
  colorScheme?: 'light' | 'dark' | 'no-preference';
  reducedMotion?: 'reduce' | 'no-preference';
  forcedColors?: 'active' | 'none';
}

/**
 * Media emulation exists only over the Chrome DevTools Protocol: Firefox over
 * WebDriver BiDi and WebKit over WebDriver have none.
 */
export const canEmulateMedia = ENGINE === 'chromium';

/** Why this engine cannot run a test that needs media emulation, for the test's title. */
export const NO_MEDIA_EMULATION = `not testable in ${ENGINE}: no media emulation`;

/**
 * The reader's text size setting (the browser's default font size) can be set
 * only over the Chrome DevTools Protocol (Page.setFontSizes).
 */
export const canSetDefaultFontSize = ENGINE === 'chromium';

/** Why this engine cannot run a test that changes the default font size, for the test's title. */
export const NO_FONT_SIZE_SETTING = `not testable in ${ENGINE}: no command sets the default font size`;

/** Sets the browser's default font size (the reader's text size setting) to `px`; 16 is the browsers' own. */
export async function setDefaultFontSize(px: number): Promise<void> {
  await executeServerCommand('hw-default-font-size', { px });
}

/** Presses, types, holds (`down`) or releases (`up`) keys. Use `' '` for the space bar. */
export async function sendKeys(payload: { press: string } | { type: string } | { down: string } | { up: string }): Promise<void> {
  await executeServerCommand('hw-send-keys', payload);
}

/** Sets the page's viewport to width × height CSS pixels. */
export async function setViewport(payload: { width: number; height: number }): Promise<void> {
  await executeServerCommand('hw-set-viewport', payload);
}

/** Emulates media features; throws in an engine that cannot (see `canEmulateMedia`). */
export async function emulateMedia(options: MediaOptions): Promise<void> {
  await executeServerCommand('hw-emulate-media', options);
}

/**
 * Resets the media features the tests emulate to the defaults, where the
 * engine emulates media at all (elsewhere they are the defaults already).
 */
export async function resetMedia(options: MediaOptions = { colorScheme: 'light', reducedMotion: 'no-preference' }): Promise<void> {
  if (canEmulateMedia) await emulateMedia(options);
}

/**
 * `it(title, fn)` in an engine that emulates media; elsewhere a pending test
 * whose title says why it cannot run there.
 */
export function itEmulating(title: string, fn: Mocha.Func | Mocha.AsyncFunc): Mocha.Test {
  return canEmulateMedia ? it(title, fn) : it(`${title} (${NO_MEDIA_EMULATION})`);
}

/** The rules of `sheet` (and its nested media blocks) that apply under a media list `matches` accepts. */
function rulesUnder(rules: CSSRuleList, matches: (media: string) => boolean, inside = false): string[] {
  const found: string[] = [];
  for (const rule of rules) {
    if (rule instanceof CSSMediaRule) {
      const hit = matches(rule.media.mediaText);
      found.push(...rulesUnder(rule.cssRules, matches, inside || hit));
    } else if (inside) {
      found.push(rule.cssText);
    }
  }
  return found;
}

/**
 * Runs `fn` with the rules of the widget's own `@media` blocks whose media list
 * `matches` accepts applied as if those media were on: they are copied,
 * unwrapped, into one more style sheet of its shadow root, and taken out again
 * afterwards. `what` names the media in the error when the widget has none.
 */
export async function withMediaRules<T>(el: Element, what: string, matches: (media: string) => boolean, fn: () => T | Promise<T>): Promise<T> {
  const root = el.shadowRoot!;
  const sheets = [...root.adoptedStyleSheets, ...[...root.querySelectorAll('style')].map((s) => s.sheet!).filter(Boolean)];
  const css = sheets.flatMap((sheet) => rulesUnder(sheet.cssRules, matches));
  if (css.length === 0) throw new Error(`<${el.localName}> has no ${what} rules`);
  const added = new CSSStyleSheet();
  added.replaceSync(css.join('\n'));
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, added];
  try {
    return await fn();
  } finally {
    root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== added);
  }
}

/**
 * Runs `fn` with the rules of the widget's own `@media print` blocks applied
 * as if the page were printed (`withMediaRules`). The print stylesheet checked
 * in every engine, emulated print media or not.
 */
export function withPrintRules<T>(el: Element, fn: () => T | Promise<T>): Promise<T> {
  return withMediaRules(el, '@media print', (media) => /(^|[\s,])print\b/.test(media), fn);
}

/**
 * Runs `fn` while `matchMedia('(prefers-reduced-motion: reduce)')` matches, in
 * every engine: the page's `matchMedia` answers that one query as a reader's
 * setting would, and every other query as the engine does. For what the
 * widgets decide in script from that query; CSS is checked where media is emulated.
 */
export async function withReducedMotion<T>(fn: () => T | Promise<T>): Promise<T> {
  const original = window.matchMedia;
  const query = /^\s*\(\s*prefers-reduced-motion\s*:\s*reduce\s*\)\s*$/;
  window.matchMedia = function matchMedia(this: Window, text: string): MediaQueryList {
    const real = original.call(window, text);
    if (!query.test(text)) return real;
    return Object.defineProperty(Object.create(real) as MediaQueryList, 'matches', { value: true });
  };
  try {
    return await fn();
  } finally {
    window.matchMedia = original;
  }
}

/**
 * Whether this engine can give the page a viewport of width × height (a
 * WebKitGTK window, for one, cannot be narrower than its toolbar): tried, then
 * put back to 800 × 600. For `await` at the top of a test file.
 */
export async function viewportCanBe(width: number, height: number): Promise<boolean> {
  try {
    await setViewport({ width, height });
    return true;
  } catch {
    return false;
  } finally {
    await setViewport({ width: 800, height: 600 }).catch(() => undefined);
  }
}

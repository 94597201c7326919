import { fixture, html, oneEvent } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { HwElement } from '../src/core/base/base.js';

/** All text a widget renders, its shadow root included, with white space folded. */
export function textOf(el: Element): string {
  const root = el.shadowRoot ?? el;
  return (root.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Queries inside a widget's shadow root. */
export function $(el: Element, selector: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(selector);
}
export function $$(el: Element, selector: string): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
}

/** Waits until the widget has drawn its chart (at once if it has already: the event may have fired before the call). */
export async function chartReady(el: HTMLElement): Promise<void> {
  const ready = oneEvent(el, 'hw-chart-ready');
  // The chart may have been drawn before this was called (chart.js already loaded, the
  // element already in view): then the event has fired already.
  const { Chart } = await import('chart.js');
  const canvas = el.shadowRoot?.querySelector('canvas');
  if (canvas && Chart.getChart(canvas)) return;
  await ready;
}

/** Mounts markup and waits for the element to render (and its `src` to load). */
export async function mount<T extends HwElement<unknown>>(template: ReturnType<typeof html>): Promise<T> {
  const el = await fixture<T>(template);
  await el.whenLoaded();
  return el;
}

/** The library's languages (src/core/controllers/lang.ts) and themes, for the accessibility matrix. */
export { LANGS } from '../src/core/controllers/lang.js';
export const THEMES = ['light', 'dark'] as const;

/** The button of a shadow root whose text is `label`. */
export function button(el: Element, label: string): HTMLButtonElement {
  const b = $$(el, 'button').find((x) => x.textContent?.trim() === label);
  if (!b) throw new Error(`no button "${label}" in <${el.localName}>`);
  return b as HTMLButtonElement;
}

/** Captures console.warn calls while `fn` runs. */
export async function captureWarnings(fn: () => Promise<void> | void): Promise<string[]> {
  const original = console.warn;
  const seen: string[] = [];
  console.warn = (...args: unknown[]) => {
    seen.push(args.map(String).join(' '));
  };
  try {
    await fn();
  } finally {
    console.warn = original;
  }
  return seen;
}

/** Polls `fn` every 25 ms until it returns something truthy (or fails after `tries`), for pages in iframes. */
export async function until<T>(fn: () => T | null | undefined | false, what: string, tries = 300): Promise<T> {
  for (let i = 0; i < tries; i++) {
    const v = fn();
    if (v) return v;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** The last line of a widget's CSV: its rendered source line, as one CSV cell. */
export function csvSource(el: Element): string {
  const text = ($(el, '[part="source"]')?.textContent ?? '').replace(/\s+/g, ' ').trim();
  return `${/[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text}\r\n`;
}

/** The text of a widget's polite live region, trimmed: what a screen reader was last told. */
export function live(el: Element): string {
  return $(el, '[aria-live="polite"]')!.textContent.trim();
}

/**
 * Clicks the widget's button `label` ("Download CSV") and returns the text of
 * the file it downloads (the Blob given to `URL.createObjectURL`), BOM kept.
 */
export async function csvDownload(el: Element, label = 'Download CSV'): Promise<string> {
  const original = URL.createObjectURL;
  let blob: Blob | undefined;
  URL.createObjectURL = (b: Blob | MediaSource) => {
    blob = b as Blob;
    return original.call(URL, b);
  };
  try {
    button(el, label).click();
  } finally {
    URL.createObjectURL = original;
  }
  if (!blob) throw new Error(`"${label}" of <${el.localName}> downloaded nothing`);
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await blob.arrayBuffer());
}

/**
 * Serves `value` as JSON from the test server at `/__datasets__/<name>.json`
 * (web-test-runner.config.mjs) and returns that path: a `src` for a widget,
 * built from a bundled dataset with a few edits (tests/fixtures/datasets.ts).
 */
export async function servedJson(name: string, value: unknown): Promise<string> {
  return executeServerCommand<string, { name: string; json: string }>('serve-json', { name, json: JSON.stringify(value) });
}

/** Opens `url` in an iframe of the given size, appended to the test page, and resolves once it has loaded. */
export async function openFrame(url: string, width: number, height: number): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.width = String(width);
  frame.height = String(height);
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  frame.src = url;
  document.body.append(frame);
  await loaded;
  return frame;
}

/** The chart's one tab stop among its points' proxies (roving tabindex), focused as Tab would. */
export function enterChart(el: Element): HTMLElement {
  const stops = $$(el, '.chart-point').filter((p) => p.tabIndex === 0);
  if (stops.length !== 1) throw new Error(`<${el.localName}> has ${stops.length} tab stops among its chart's points, not one`);
  stops[0]!.focus();
  return stops[0]!;
}

/**
 * What a screen reader says for the focus in a chart: the accessible name of the focused point
 * proxy. Throws if the focus is not on a proxy, or if a live region of the widget says it as well
 * (the same words twice).
 */
export function spoken(el: Element): string {
  const active = el.shadowRoot!.activeElement;
  if (!(active instanceof HTMLElement) || !active.classList.contains('chart-point')) {
    throw new Error(`the focus in <${el.localName}> is on ${active ? active.localName + '.' + active.className : 'nothing'}, not a point of its chart`);
  }
  const name = active.getAttribute('aria-label') ?? '';
  for (const region of $$(el, '[aria-live]')) {
    if (name && region.textContent.includes(name)) throw new Error(`a live region says "${name}" as well`);
  }
  return name;
}

/**
 * For a test of what focus draws: gives the page's window the focus, and skips the test,
 * saying so in its title, when the window still has none (WebKitGTK's MiniBrowser loses it in
 * a full run; without it no engine draws a focus ring or matches :focus-visible).
 */
export function needsWindowFocus(context: Mocha.Context): void {
  window.focus();
  if (document.hasFocus()) return;
  context.test!.title += ' (not testable now: the browser window has no focus)';
  context.skip();
}

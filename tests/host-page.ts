// What a host page can do to an embedded widget, and how the tests measure a
// widget mounted in it: shared by tests/isolation.test.ts and
// tests/text-size.test.ts.
import { fixture } from '@open-wc/testing';
import { html, unsafeStatic } from 'lit/static-html.js';
import { $ } from './helpers.js';

export type Widget = HTMLElement & { updateComplete: Promise<unknown>; whenLoaded(): Promise<void> };

/** What article templates put on the column around embedded content (all inherited). */
export const HOSTILE = `
  .hostile {
    white-space: nowrap; text-align: right; letter-spacing: 0.3em; word-spacing: 1em;
    line-height: 3; text-transform: uppercase; text-indent: 4em; font-style: italic;
    font-variant: small-caps; font-weight: 900; font-size: 28px; color: #c0c; direction: rtl;
    font-family: 'Courier New', monospace; hyphens: auto; word-break: break-all;
  }`;

/** The "rem trick" of many sites: 1rem = 10 px on a page of the default 16 px. */
export const ROOT_62_5 = 'html { font-size: 62.5%; }';

/** Bootstrap 5's CSS, a devDependency served by the test runner. */
export const BOOTSTRAP = '/node_modules/bootstrap/dist/css/bootstrap.min.css';

export function addStyle(text: string): HTMLStyleElement {
  const style = document.createElement('style');
  style.textContent = text;
  document.head.append(style);
  return style;
}

export async function addStylesheet(href: string): Promise<HTMLLinkElement> {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  const loaded = new Promise((r, j) => {
    link.addEventListener('load', r, { once: true });
    link.addEventListener('error', () => j(new Error(`could not load ${href}`)), { once: true });
  });
  document.head.append(link);
  await loaded;
  return link;
}

const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

/** The computed font-size (px) of a widget's main text: its first paragraph, else its heading. */
export function mainTextSize(el: Element): number {
  const text = $(el, '[part="base"] p') ?? $(el, '[part="base"] h2');
  if (!text) throw new Error(`<${el.localName}> has no paragraph or heading`);
  return parseFloat(getComputedStyle(text).fontSize);
}

export interface Measured {
  height: number;
  width: number;
  scrollWidth: number;
  textSize: number;
  el: Widget;
}

/**
 * Mounts a widget in a 360 px column with the given class, lays it out in
 * view (the loader gives defined widgets `content-visibility: auto`, so a
 * widget off screen is not laid out) and returns its size and text size.
 */
export async function measure(tag: string, columnClass = ''): Promise<Measured> {
  const t = unsafeStatic(tag);
  // eslint-disable-next-line lit/binding-positions, lit/no-invalid-html -- the tag is an unsafeStatic value of lit/static-html, which may stand for a tag name
  const column = await fixture<HTMLDivElement>(html`<div class=${columnClass} style="width: 360px"><${t} lang="en" theme="light" seed="7"></${t}></div>`);
  const el = column.firstElementChild as Widget;
  await el.whenLoaded();
  el.scrollIntoView({ block: 'start' });
  await frames();
  const rect = el.getBoundingClientRect();
  return { height: rect.height, width: rect.width, scrollWidth: Math.max(el.scrollWidth, column.scrollWidth), textSize: mainTextSize(el), el };
}

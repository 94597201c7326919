import { MEASURED_WIDTHS } from '../registry.js';
import { reservedHeights } from '../reserved-heights.js';
import type { FallbackText } from './fallback-text.js';

/**
 * The embed codes of one widget with one set of options, as text.
 * `attrs` are the attributes the preview element has, in order (booleans as
 * ''), and `props` the same options as typed property values for the npm code.
 */
export interface SnippetInput {
  tag: string;
  /** The define module: `hohhot-widgets/<module>.js`. */
  module: string;
  attrs: readonly (readonly [string, string])[];
  props: readonly (readonly [string, string | number | boolean])[];
  /** Absolute URL of the folder holding hohhot-widgets.js and embed.html (ends with `/`). */
  base: string;
  /** The iframe's title (the widget's heading). */
  title: string;
  /** The iframe's height in CSS pixels. */
  height: number;
  /** The widget's language (its `lang`, or the page's). */
  lang: 'zh-CN' | 'en';
  /** The script: `one`, the widget's own file (one request); `loader`, hohhot-widgets.js for every widget of a page. */
  delivery: 'one' | 'loader';
  /** What a reader sees when the script never runs; none: the element alone. */
  fallback?: FallbackText;
  /** The link's text to the widget's static page, in the widget's language. */
  fallbackLink?: string;
}

/** Escapes text for HTML content. */
function escapeText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A number for CSS: at most 4 decimals, no trailing zeros. */
const num = (n: number) => String(Math.round(n * 1e4) / 1e4);

/**
 * The widget's height at the width it is given, as CSS: the measured heights
 * (src/reserved-heights.ts, one per 80 px from 320 to 1280 px) joined by
 * straight lines, written as a sum of hinges on the width, so that a
 * percentage padding (which follows the containing block's width) reserves the
 * height the widget will have in any column, without script. Below 320 px the
 * height at 320 px, above 1280 px the height at 1280 px.
 */
export function reservedHeightCss(tag: string, lang: 'zh-CN' | 'en'): string {
  const heights = (reservedHeights as Record<string, { zh: readonly number[]; en: readonly number[] }>)[tag]?.[lang === 'en' ? 'en' : 'zh'];
  if (!heights || heights.length !== MEASURED_WIDTHS.length) return `${heights?.[0] ?? 480}px`;
  const last = MEASURED_WIDTHS.at(-1)!;
  const terms = [`${heights[0]!}px`];
  let slope = 0;
  for (let i = 0; i < heights.length - 1; i++) {
    const next = (heights[i + 1]! - heights[i]!) / (MEASURED_WIDTHS[i + 1]! - MEASURED_WIDTHS[i]!);
    const change = next - slope;
    slope = next;
    if (Math.abs(change) < 1e-4) continue;
    const w = MEASURED_WIDTHS[i]!;
    terms.push(`${num(change)}*clamp(0px,100% - ${w}px,${last - w}px)`);
  }
  return terms.length === 1 ? terms[0]! : `calc(${terms.join(' + ').replace(/\+ -/g, '- ')})`;
}

/**
 * What stands inside the element until its code runs: the widget's title, the
 * figures or sentence that sum it up, its source and a link to its static
 * page, in the widget's language; beside them an empty box of the widget's
 * height (a float with a percentage padding), so the article does not move
 * when the widget arrives. Once the element is defined, its shadow root (which
 * has no slot) takes its place: the fallback is neither shown nor read.
 * Under a CSP without 'unsafe-inline' for styles the box has no height: the
 * text stays, and the article moves once.
 */
export function fallbackMarkup(input: Pick<SnippetInput, 'tag' | 'lang' | 'base' | 'fallback' | 'fallbackLink'>): string {
  const f = input.fallback;
  if (!f) return '';
  const page = new URL(`../static/pages/${input.tag}.${input.lang}.html`, input.base).href;
  const lines = [
    `  <div style="display:flow-root"><div aria-hidden="true" style="float:left;padding-top:${reservedHeightCss(input.tag, input.lang)}"></div>`,
    `    <p><strong>${escapeText(f.title)}</strong></p>`,
    ...(f.summary ? [`    <p>${escapeText(f.summary)}</p>`] : []),
    ...(f.items.length ? [`    <ul>${f.items.map((i) => `<li>${escapeText(i)}</li>`).join('')}</ul>`] : []),
    `    <p><small>${escapeText(f.source)}</small></p>`,
    `    <p><a href="${escapeAttr(page)}">${escapeText(input.fallbackLink ?? page)}</a></p>`,
    '  </div>',
  ];
  return `\n${lines.join('\n')}\n`;
}

/** Escapes text for an HTML attribute value in double quotes. */
export function escapeAttr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The element's markup, e.g. `<hohhot-trade-breakdown lang="en" flow="imports"></hohhot-trade-breakdown>`, with `content` inside. */
export function elementMarkup(tag: string, attrs: SnippetInput['attrs'], content = ''): string {
  const list = attrs.map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeAttr(value)}"`)).join('');
  return `<${tag}${list}>${content}</${tag}>`;
}

/** The script's address: the widget's own file, or the loader of every widget. */
export function scriptUrl(input: Pick<SnippetInput, 'tag' | 'base' | 'delivery'>): string {
  return `${input.base}${input.delivery === 'one' ? input.tag : 'hohhot-widgets'}.js`;
}

/**
 * The script tag and the element, as the README shows them. The script is an
 * async module: it never holds back the article's parsing, first paint or
 * DOMContentLoaded, wherever it is pasted, even when its host never answers.
 */
export function scriptSnippet(input: SnippetInput): string {
  return `<script type="module" async src="${escapeAttr(scriptUrl(input))}"></script>\n\n${elementMarkup(input.tag, input.attrs, fallbackMarkup(input))}`;
}

/** The address of the embed page showing the widget: every attribute a query parameter. */
export function embedUrl(input: Pick<SnippetInput, 'tag' | 'attrs' | 'base'>): string {
  const query = new URLSearchParams([['widget', input.tag], ...input.attrs.map(([n, v]) => [n, v] as [string, string])]);
  return `${input.base}embed.html?${query}`;
}

/** An iframe of the embed page with the same options, a title and a height. */
export function iframeSnippet(input: SnippetInput): string {
  return `<iframe src="${escapeAttr(embedUrl(input))}"\n        title="${escapeAttr(input.title)}" width="100%" height="${input.height}"></iframe>`;
}

/** A TypeScript (and JavaScript) literal for a property value. */
function literal(value: string | number | boolean): string {
  return typeof value === 'string' ? `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\r/g, '\\r').replace(/\n/g, '\\n').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029')}'` : String(value);
}

/** A property name as TypeScript accepts it after a dot, or in brackets. */
function access(name: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(name) ? `.${name}` : `[${literal(name)}]`;
}

/** The npm code: import the element's module, create it, set its typed properties, add it to the page. */
export function npmSnippet(input: SnippetInput): string {
  const lines = [
    `import 'hohhot-widgets/${input.module}.js'; // registers <${input.tag}>`,
    '',
    `const el = document.createElement('${input.tag}');`,
    ...input.props.map(([name, value]) => `el${access(name)} = ${literal(value)};`),
    'document.body.append(el);',
  ];
  return lines.join('\n');
}

/** A word as a POSIX shell reads it: bare when safe, else in single quotes. */
function shellWord(value: string): string {
  return /^[\w@%+=:,./-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}

/**
 * The command that makes a SCORM 1.2 package of the widget with the same
 * options (scripts/scorm.mjs, in a clone of the repository after `npm run build`).
 */
export function scormSnippet(input: Pick<SnippetInput, 'tag' | 'attrs'>): string {
  const words = ['node scripts/scorm.mjs', `--widget ${input.tag}`];
  for (const [name, value] of input.attrs) words.push(`--attr ${shellWord(value === '' ? name : `${name}=${value}`)}`);
  words.push(`--out ${shellWord(`dist/scorm/${input.tag}.zip`)}`);
  return words.join(' \\\n    ');
}

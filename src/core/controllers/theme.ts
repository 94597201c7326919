import { css, unsafeCSS } from 'lit';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { luminance } from '../util/colour.js';

export const THEMES = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];
export type ResolvedTheme = 'light' | 'dark';

const darkQuery = () => window.matchMedia('(prefers-color-scheme: dark)');

/** The element around `el`, crossing out of a shadow root. */
const around = (el: Element): Element | null => el.parentElement ?? ((el.getRootNode() as ShadowRoot).host ?? null);

/**
 * Whether the first opaque background behind `el` (its ancestors', up to the
 * root) is dark, or `null` when every one is transparent.
 */
function backgroundIsDark(el: Element): boolean | null {
  for (let n = around(el); n; n = around(n)) {
    const rgba = /rgba?\(([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:[,\s/]+([\d.]+%?))?\)/.exec(getComputedStyle(n).backgroundColor);
    if (!rgba) continue;
    const alpha = rgba[4] === undefined ? 1 : rgba[4].endsWith('%') ? parseFloat(rgba[4]) / 100 : parseFloat(rgba[4]);
    if (alpha < 0.5) continue;
    // Relative luminance (WCAG) below that of mid grey: a dark background.
    return luminance([rgba[1], rgba[2], rgba[3]].map((c) => parseFloat(c!))) < 0.18;
  }
  return null;
}

/**
 * `auto` follows what the widget sits on: the host page's `color-scheme`
 * where it declares one (read from the computed style, so a page's `:root {
 * color-scheme: dark }` counts), else the background behind the element (a
 * white article stays light on a dark OS), else the reader's
 * `prefers-color-scheme`.
 */
export function resolveTheme(el: Element, theme: Theme): ResolvedTheme {
  if (theme !== 'auto') return theme;
  const parent = around(el) ?? document.documentElement;
  const scheme = getComputedStyle(parent).colorScheme.split(/\s+/).filter((w) => w !== 'only');
  if (scheme.length === 1 && (scheme[0] === 'dark' || scheme[0] === 'light')) return scheme[0];
  const dark = backgroundIsDark(el);
  if (dark !== null) return dark ? 'dark' : 'light';
  return darkQuery().matches ? 'dark' : 'light';
}

// One MutationObserver and one prefers-color-scheme listener for every widget
// of the document (like lang.ts). A page switches its scheme by a class, style
// or data-theme on <html>, <body> or any element around a widget: only the
// widgets inside a changed element resolve their theme again.
type Watcher = { host: Element; refresh: () => void };
const watchers = new Set<Watcher>();
let pageObserver: MutationObserver | undefined;
let schemeQuery: MediaQueryList | undefined;

const refreshAll = () => watchers.forEach((w) => w.refresh());

/** Whether `node` is `host` or encloses it, crossing shadow roots. */
function encloses(node: Node, host: Element): boolean {
  for (let n: Node | null = host; n; n = n instanceof ShadowRoot ? n.host : n.parentNode) {
    if (n === node) return true;
  }
  return false;
}

function onPageMutation(records: MutationRecord[]): void {
  const targets = [...new Set(records.map((r) => r.target))];
  watchers.forEach((w) => {
    if (targets.some((t) => encloses(t, w.host))) w.refresh();
  });
}

function watchPage(watcher: Watcher): void {
  if (watchers.size === 0) {
    schemeQuery = darkQuery();
    schemeQuery.addEventListener('change', refreshAll);
    pageObserver = new MutationObserver(onPageMutation);
    pageObserver.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['class', 'style', 'data-theme'],
      subtree: true,
    });
  }
  watchers.add(watcher);
}

function unwatchPage(watcher: Watcher): void {
  watchers.delete(watcher);
  if (watchers.size === 0) {
    schemeQuery?.removeEventListener('change', refreshAll);
    pageObserver?.disconnect();
    schemeQuery = undefined;
    pageObserver = undefined;
  }
}

/**
 * Resolves the host's theme, reflects it as `data-hw-theme` on the host for
 * the styles, and re-renders the host when the page or the reader changes it.
 * The computed style is read only when the host connects, its `theme`
 * changes, or the page or the reader's preference changes, not on every update.
 */
export class ThemeController implements ReactiveController {
  value: ResolvedTheme = 'light';
  /** The `theme` last resolved, so an update that leaves it alone costs nothing. */
  private resolvedFor?: Theme;
  private readonly watcher: Watcher;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & { theme: Theme },
  ) {
    host.addController(this);
    this.watcher = { host, refresh: () => this.refresh() };
  }

  hostConnected(): void {
    watchPage(this.watcher);
    // Connected somewhere new (another parent, another page scheme): resolve again.
    this.refresh();
  }

  hostDisconnected(): void {
    unwatchPage(this.watcher);
  }

  hostUpdate(): void {
    if (this.host.theme !== this.resolvedFor) this.refresh();
  }

  private refresh(): void {
    this.resolvedFor = this.host.theme;
    const next = resolveTheme(this.host, this.host.theme);
    if (this.host.getAttribute('data-hw-theme') !== next) this.host.setAttribute('data-hw-theme', next);
    if (next !== this.value) {
      this.value = next;
      this.host.requestUpdate();
    }
  }
}

/**
 * The light theme's tokens: the default, and what a dark widget prints with.
 * A list of declarations, not a stylesheet: written into two rules below.
 *
 * Latin fonts before the CJK ones: an engine that skips system-ui
 * (WebKitGTK) would otherwise set English in the CJK font (narrower, with
 * full-width quotes). The Linux desktop fonts come before Arial, so that
 * WebKitGTK sets text as a Linux system-ui does (the heights the loader
 * reserves are measured so). Chinese text falls through to the CJK fonts,
 * glyph by glyph. Only fonts of the reader's system: nothing is downloaded.
 */
const lightTokens = unsafeCSS(`
  --_hw-accent: var(--hw-accent, #0a5bb5);
  --_hw-font-family: var(--hw-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'DejaVu Sans', 'Helvetica Neue', Arial, 'Liberation Sans', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif);
  --_hw-bg: var(--hw-bg, #ffffff);
  --_hw-surface: var(--hw-surface, #f4f6f8);
  --_hw-text: var(--hw-text, #1b1f24);
  --_hw-muted: var(--hw-muted, #4d5763);
  --_hw-border: var(--hw-border, #c4ccd4);
  --_hw-accent-text: var(--hw-accent-text, #ffffff);
  --_hw-focus: var(--hw-focus, #0a5bb5);
  --_hw-error-bg: var(--hw-error-bg, #fdecea);
  --_hw-error-text: var(--hw-error-text, #8a1c12);
  --_hw-grid: var(--hw-grid, #d9dee3);
  --_hw-series-1: var(--hw-series-1, #0072b2);
  --_hw-series-2: var(--hw-series-2, #d55e00);
  --_hw-series-3: var(--hw-series-3, #009e73);
  --_hw-series-4: var(--hw-series-4, #cc79a7);
  --_hw-series-5: var(--hw-series-5, #56b4e9);
  --_hw-series-6: var(--hw-series-6, #e69f00);
  --_hw-radius: var(--hw-radius, 6px);
  color-scheme: light;
`);

/**
 * Theme tokens. Each public `--hw-*` property is read with a default into a
 * private `--_hw-*` one, which the styles use: a page may set a public token
 * on any ancestor, `:root` included (`:root { --hw-accent: #8a2be2 }`), or on
 * the element itself, and it applies in both themes. Nothing is declared
 * under the public names, so an ancestor's value is never shadowed. Text
 * colours meet 4.5:1 on their background; series colours are the Okabe–Ito
 * palette, safe for colour-blind readers, chosen for 3:1 against each
 * background.
 */
export const themeTokens = css`
  :host {
    ${lightTokens}
  }
  :host([data-hw-theme='dark']) {
    --_hw-bg: var(--hw-bg, #15191e);
    --_hw-surface: var(--hw-surface, #1f252c);
    --_hw-text: var(--hw-text, #eef1f4);
    --_hw-muted: var(--hw-muted, #b3bcc6);
    --_hw-border: var(--hw-border, #4a5561);
    --_hw-accent: var(--hw-accent, #7cb8ff);
    --_hw-accent-text: var(--hw-accent-text, #0b1a2b);
    --_hw-focus: var(--hw-focus, #9ccaff);
    --_hw-error-bg: var(--hw-error-bg, #3d1c1a);
    --_hw-error-text: var(--hw-error-text, #ffb4ab);
    --_hw-grid: var(--hw-grid, #3a434d);
    --_hw-series-1: var(--hw-series-1, #56b4e9);
    --_hw-series-2: var(--hw-series-2, #e69f00);
    --_hw-series-3: var(--hw-series-3, #2ec4a0);
    --_hw-series-4: var(--hw-series-4, #e49ac4);
    --_hw-series-5: var(--hw-series-5, #f0e442);
    --_hw-series-6: var(--hw-series-6, #ff8a5c);
    color-scheme: dark;
  }
  @media print {
    /* Paper is white whatever the screen theme: a dark widget prints with the light tokens. */
    :host([data-hw-theme='dark']) {
      ${lightTokens}
    }
  }
`;

/**
 * The script-tag loader, `dist/cdn/hohhot-widgets.js`: the one tag a web
 * editor pastes. It registers only the elements that are on the page, and
 * those added later: each element's module is imported the first time its
 * tag is seen, with the chunks it needs (lit, the core, its data) fetched in
 * parallel, and chart.js fetched beside a chart element's own code, so that a
 * chart is ready to draw when it scrolls into view.
 *
 * Before an element's code has run, the loader reserves its height (a
 * `:not(:defined)` rule in a constructable stylesheet, which a strict CSP
 * allows), so the page does not shift as widgets arrive.
 *
 * Loading this file twice, or two versions of it, is harmless: the first
 * loader on the page does the work; a different version warns once.
 *
 * A module script may also use it: `import { define } from '.../hohhot-widgets.js'`.
 */
import { expectedHeight, widgets, type WidgetEntry } from './registry.js';

/**
 * The library's version, written here rather than imported from
 * core/util/version.ts: that module lives in the shared chunk, which the loader
 * must not wait for. A test keeps the two equal.
 */
export const LOADER_VERSION = '0.1.0';
const VERSION = LOADER_VERSION;

interface Loader {
  version: string;
  define(tag: string): Promise<boolean>;
  discover(root: ParentNode): void;
}

/** The build replaces this string with the chunks each define module needs (rollup.config.mjs). */
function preloadMap(): Record<string, string[]> {
  try {
    return JSON.parse('__HW_PRELOAD__') as Record<string, string[]>;
  } catch {
    return {}; // not built (tests import the source): nothing to preload
  }
}

/**
 * Rules for every known tag: before it is defined it is a block of its
 * expected height (`--hw-reserved-height`, set per element by the loader, or
 * its height in a 720 px column); once defined, it is laid out only
 * when near the viewport, with that height as its placeholder.
 */
function reserveRules(): string {
  return widgets
    .map(({ tag }) => {
      const zh = expectedHeight(tag, 'zh', 720);
      const en = expectedHeight(tag, 'en', 720);
      return (
        `${tag}:not(:defined){display:block;min-height:var(--hw-reserved-height,${zh}px)}` +
        `${tag}:not(:defined):lang(en){min-height:var(--hw-reserved-height,${en}px)}` +
        `${tag}{content-visibility:auto;contain-intrinsic-size:auto var(--hw-reserved-height,${zh}px)}`
      );
    })
    .join('\n')
    .concat(`\n@media print{${widgets.map((w) => w.tag).join(',')}{content-visibility:visible}}`);
}

function reserveSpace(): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(reserveRules());
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  } catch {
    // No constructable stylesheets (very old engines): widgets still work, the page may shift.
  }
}

/** Gives each not yet defined widget the height it will have at its width (all reads, then all writes). */
function reserveHeights(elements: Element[]): void {
  const todo = elements.filter((el): el is HTMLElement => el instanceof HTMLElement && !customElements.get(el.localName));
  const sized = todo.map((el) => {
    const lang = /^zh\b/i.test(el.closest('[lang]')?.getAttribute('lang') ?? 'zh') ? 'zh' : 'en';
    return [el, expectedHeight(el.localName, lang, el.getBoundingClientRect().width)] as const;
  });
  for (const [el, height] of sized) {
    // CSSOM, which a strict style-src allows; a custom property only, read by the rules above.
    if (!el.style.getPropertyValue('--hw-reserved-height')) el.style.setProperty('--hw-reserved-height', `${height}px`);
  }
}

function createLoader(): Loader {
  const preload = preloadMap();
  const byTag = new Map(widgets.map((w) => [w.tag, w]));
  const pending = new Map<string, Promise<boolean>>();

  /** Starts fetching the chunks `name` needs, all at once instead of one import level at a time. */
  const prefetch = (name: string) => {
    for (const file of preload[name] ?? []) {
      import(/* @vite-ignore */ new URL(file, import.meta.url).href).catch(() => {
        /* the define module's own import reports the failure */
      });
    }
  };

  let chartFetched = false;
  /** chart.js, fetched beside the first chart element's own code, unless it shows its table only. */
  const prefetchChart = (elements: Element[]) => {
    if (chartFetched) return;
    if (elements.some((el) => byTag.get(el.localName)?.chart && el.getAttribute('view') !== 'table')) {
      chartFetched = true;
      prefetch('chart');
    }
  };

  const load = (w: WidgetEntry): Promise<boolean> => {
    let p = pending.get(w.tag);
    if (!p) {
      prefetch(w.module);
      p = w.load().then(
        () => true,
        (error: unknown) => {
          pending.delete(w.tag); // seen again later (a new element, a new discover()), it is tried again
          console.error(`hohhot-widgets: the code of <${w.tag}> could not be loaded (${String(error)}).`);
          return false;
        },
      );
      pending.set(w.tag, p);
    }
    return p;
  };

  const waiting = () => widgets.filter((w) => !pending.has(w.tag) && !customElements.get(w.tag));

  const selector = widgets.map((w) => w.tag).join(',');
  const discover = (root: ParentNode) => {
    const found = [...root.querySelectorAll(selector)];
    if (root instanceof Element && byTag.has(root.localName)) found.unshift(root);
    if (!found.length) return;
    // Fetches first: measuring the widths below lays the page out, which the requests need not wait for.
    prefetchChart(found);
    const tagsFound = new Set(found.map((el) => el.localName));
    for (const w of waiting()) if (tagsFound.has(w.tag)) void load(w);
    reserveHeights(found);
  };

  const observer = new MutationObserver((records) => {
    for (const r of records) {
      for (const node of r.addedNodes) if (node instanceof Element) discover(node);
    }
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });

  return {
    version: VERSION,
    define: (tag) => {
      const w = byTag.get(tag);
      if (!w) return Promise.resolve(false);
      return customElements.get(tag) ? Promise.resolve(true) : load(w);
    },
    discover,
  };
}

const KEY = Symbol.for('hohhot-widgets.loader');
const scope = globalThis as typeof globalThis & { [KEY]?: Loader };
let loader = scope[KEY];
if (!loader) {
  reserveSpace();
  loader = scope[KEY] = createLoader();
  loader.discover(document);
} else if (loader.version !== VERSION) {
  console.warn(`hohhot-widgets: version ${loader.version} is already loading the widgets of this page; version ${VERSION} is not used.`);
}
const active = loader;

/** The tags this loader knows. */
export const tags: readonly string[] = widgets.map((w) => w.tag);

/**
 * Registers one element now, whether or not it is on the page. Resolves to
 * `true` once it is defined, `false` for an unknown tag or code that could not
 * be loaded.
 */
export function define(tag: string): Promise<boolean> {
  return active.define(tag);
}

/** Looks for widgets in a root the loader cannot observe (another element's shadow root). */
export function discover(root: ParentNode): void {
  active.discover(root);
}

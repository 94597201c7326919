import { expect, fixture } from '@open-wc/testing';
import * as data from '../src/data/index.js';
import { paperAuthor, paperReferences, paperTitle } from '../src/data/paper-source.js';
import { coreStrings } from '../src/core/i18n/strings.js';
import { widgets } from '../src/registry.js';
import '../src/define/all.js';

/**
 * A test-only pseudo-locale: every message of the English catalogs, the
 * core's and every widget's (`src/components/<w>/<w>.strings.ts`, export
 * `messages`), is rewritten in place as accented text in brackets,
 * `⟦Ímpórts⟧`. A widget rendered in English must then show nothing but
 * pseudo text, the paper's data (whose English is the data's, not the
 * widget's), numbers and punctuation: any other word is a string written
 * outside the catalogs, which a new language would miss.
 */

type Catalogs = Record<string, unknown> & { en: Record<string, unknown> };

const ACCENTS: Record<string, string> = { a: 'á', e: 'é', i: 'í', o: 'ó', u: 'ú', A: 'Á', E: 'É', I: 'Í', O: 'Ó', U: 'Ú' };
const pseudoText = (s: string) => `⟦${s.replace(/[aeiouAEIOU]/g, (c) => ACCENTS[c]!)}⟧`;

function pseudo(value: unknown): unknown {
  if (typeof value === 'string') return pseudoText(value);
  if (typeof value === 'function') {
    return (...args: unknown[]) => pseudo((value as (...a: unknown[]) => unknown)(...args));
  }
  if (Array.isArray(value)) return value.map(pseudo);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, pseudo(v)]));
  return value;
}

/** The `messages` of a widget's strings module, if it has one. */
async function catalogsOf(module: string): Promise<Catalogs | undefined> {
  try {
    return ((await import(`../src/components/${module}/${module}.strings.ts`)) as { messages?: Catalogs }).messages;
  } catch {
    return undefined;
  }
}

/** Rewrites `catalogs.en` in place; returns a function that puts it back. */
function pseudoize(catalogs: Catalogs): () => void {
  const original = { ...catalogs.en };
  for (const [key, value] of Object.entries(original)) catalogs.en[key] = pseudo(value);
  return () => {
    for (const key of Object.keys(catalogs.en)) delete catalogs.en[key];
    Object.assign(catalogs.en, original);
  };
}

/** The English (and untranslated) text of the paper's data: shown as the data gives it. */
function dataTexts(): string[] {
  const out = new Set<string>();
  const walk = (v: unknown, seen: Set<unknown>) => {
    if (!v || typeof v !== 'object' || seen.has(v)) return;
    seen.add(v);
    const o = v as Record<string, unknown>;
    if (typeof o.zh === 'string' && typeof o.en === 'string') out.add(o.en);
    for (const [k, x] of Object.entries(o)) {
      if (typeof x === 'string' && k !== 'zh' && /\p{L}/u.test(x)) out.add(x);
      else walk(x, seen);
    }
  };
  // The figures the data layer derives (src/data/derive.ts) carry their own labels too.
  const derived = [data.tradeOutsideBeltAndRoad(data.trade2024), data.regionTradeGrowth(data.trade2024), data.projectBands(data.investment2024)];
  walk([data, derived, paperTitle, paperAuthor, paperReferences], new Set());
  return [...out].filter((s) => s.trim().length > 1).sort((a, b) => b.length - a.length);
}

interface ManifestAttribute {
  name: string;
  type?: { text: string };
}
let manifest: Promise<{ modules: { declarations?: { tagName?: string; attributes?: ManifestAttribute[] }[] }[] }> | undefined;

/** [attribute, value] for each value of each enumerated or boolean attribute of `tag`, but language, theme and data. */
async function variants(tag: string): Promise<[string, string][]> {
  manifest ??= fetch('/custom-elements.json').then((r) => r.json());
  const declaration = (await manifest).modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tag);
  const out: [string, string][] = [];
  for (const a of declaration?.attributes ?? []) {
    if (['lang', 'theme', 'src'].includes(a.name)) continue;
    const type = a.type?.text ?? '';
    if (type === 'boolean') out.push([a.name, '']);
    for (const m of type.matchAll(/'([^']+)'/g)) out.push([a.name, m[1]!]);
  }
  return out;
}

const ATTRIBUTES = ['aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'title', 'alt', 'placeholder'];

/**
 * Every text a reader can meet in a widget: text nodes and the attributes read
 * aloud, through nested shadow roots.
 */
function readerTexts(root: ShadowRoot | Element): string[] {
  const texts: string[] = [];
  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const parent = node.parentElement?.localName;
      if (parent !== 'style' && parent !== 'script' && node.textContent!.trim()) texts.push(node.textContent!);
      return;
    }
    if (node instanceof Element) {
      // Text marked as another language (the paper's Chinese title, lang="zh-CN") or as not to be
      // translated (a citation in its own style) is content, not the widget's interface.
      const lang = node.getAttribute('lang');
      if (node.getAttribute('translate') === 'no' || (lang !== null && !/^en\b/i.test(lang))) return;
      // An SVG label wrapped into lines (<tspan>s) is one text: "China–Mongolia–Russia Economic" + "Corridor".
      if (node.localName === 'text' && node instanceof SVGElement) {
        const lines = [...node.querySelectorAll('tspan')].map((t) => t.textContent ?? '');
        const joined = lines.length ? lines.reduce((a, line) => a + (/[–—-]$/.test(a) ? '' : ' ') + line) : (node.textContent ?? '');
        if (joined.trim()) texts.push(joined);
        return;
      }
      for (const a of ATTRIBUTES) {
        const v = node.getAttribute(a);
        if (v?.trim()) texts.push(v);
      }
      if (node.shadowRoot) visit(node.shadowRoot);
    }
    node.childNodes.forEach(visit);
  };
  visit(root);
  return texts;
}

/** What is left of a text once pseudo text, the data's own text, numbers and punctuation are taken out. */
function untranslated(text: string, allowed: string[]): string {
  let rest = text;
  while (/⟦[^⟦⟧]*⟧/.test(rest)) rest = rest.replace(/⟦[^⟦⟧]*⟧/g, ' ');
  let lower = rest.toLowerCase();
  for (const d of allowed) {
    const needle = d.toLowerCase();
    if (lower.includes(needle)) {
      lower = lower.split(needle).join(' ');
    }
  }
  return lower.replace(/[\d\s\p{P}\p{S}]+/gu, ' ').trim();
}

describe('a pseudo-locale: every word a widget shows comes from a catalog or from the data', () => {
  const allowed = dataTexts();
  let restore: (() => void)[] = [];

  afterEach(() => {
    restore.forEach((r) => r());
    restore = [];
  });

  for (const w of widgets) {
    it(`<${w.tag}> in pseudo-English shows no untranslated string`, async () => {
      const own = await catalogsOf(w.module);
      expect(own, `src/components/${w.module}/${w.module}.strings.ts exports \`messages\``).to.have.keys(['zh-CN', 'en']);
      // Every catalog, the core's and all widgets': a widget may show another's words (the
      // pilot zone's cards are the same in two widgets).
      const all = await Promise.all(widgets.map((x) => catalogsOf(x.module)));
      restore.push(pseudoize(coreStrings as unknown as Catalogs), ...all.filter((c): c is Catalogs => !!c).map(pseudoize));
      const offenders: string[] = [];
      let pseudoSeen = false;
      // The element as it first renders, then with each value of each of its attributes
      // (custom-elements.json): every view, mode and topic has its own words.
      const cases: [string, string][] = [['', ''], ...(await variants(w.tag))];
      for (const [name, value] of cases) {
        const el = document.createElement(w.tag) as HTMLElement & { updateComplete: Promise<unknown> };
        el.setAttribute('lang', 'en');
        if (name) el.setAttribute(name, value);
        const shown = await fixture<typeof el>(el);
        await shown.updateComplete;
        const texts = readerTexts(shown.shadowRoot!);
        pseudoSeen ||= texts.some((t) => t.includes('⟦'));
        for (const t of texts) {
          const rest = untranslated(t, allowed);
          if (/\p{L}/u.test(rest)) offenders.push(`${name ? `[${name}=${value}] ` : ''}${JSON.stringify(t.trim().slice(0, 120))} → ${JSON.stringify(rest)}`);
        }
      }
      expect(pseudoSeen, 'renders pseudo text at all').to.equal(true);
      expect([...new Set(offenders)]).to.deep.equal([]);
    });
  }
});

import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { Text } from '../../data/schema.js';
import { coreStrings } from '../i18n/strings.js';

/** The languages of the library. */
export const LANGS = ['zh-CN', 'en'] as const;
/** The two languages of the library. */
export type Lang = (typeof LANGS)[number];

/** The paper's language: a widget's language when nothing says otherwise. */
export const DEFAULT_LANG: Lang = 'zh-CN';

/** Which language tags each language answers (`zh`, `zh-CN`, `zh-Hans`, `zh-TW`…); `null`: every other tag. */
const TAGS: { readonly [L in Lang]: RegExp | null } = { 'zh-CN': /^zh(-|_|$)/i, en: null };
/** Where each language keeps its text in the data's `{ zh, en }`. */
const TEXT_KEY: { readonly [L in Lang]: keyof Text } = { 'zh-CN': 'zh', en: 'en' };

/** Any Chinese tag (zh, zh-CN, zh-Hans, zh-TW…) is Chinese; every other tag is English. */
export function normalizeLang(tag: string | null | undefined): Lang | null {
  if (!tag || !tag.trim()) return null;
  const t = tag.trim();
  return LANGS.find((l) => TAGS[l]?.test(t)) ?? LANGS.find((l) => TAGS[l] === null) ?? null;
}

// Node types, not `instanceof`: an element adopted into a same-origin iframe
// belongs to a document whose Element and ShadowRoot are another window's.
const isElement = (node: Node): node is Element => node.nodeType === 1;
const isShadowRoot = (node: Node | null): node is ShadowRoot => !!node && node.nodeType === 11 && 'host' in node;
const isDocument = (node: Node): node is Document => node.nodeType === 9;

/** Parent of a node, stepping from a shadow root to its host. */
function parentAcrossShadow(node: Node): Node | null {
  if (isShadowRoot(node.parentNode)) return node.parentNode.host;
  return node.parentNode;
}

/**
 * The language of an element: its own `lang`, else the nearest ancestor's
 * (crossing shadow roots), else the document's, else Chinese, the paper's.
 */
export function resolveLang(el: Element): Lang {
  for (let node: Node | null = el; node; node = parentAcrossShadow(node)) {
    if (isElement(node)) {
      const lang = normalizeLang(node.getAttribute('lang'));
      if (lang) return lang;
    }
  }
  return normalizeLang(el.ownerDocument.documentElement?.lang) ?? DEFAULT_LANG;
}

/** Picks the string of a bilingual text for a language. */
export function pick(text: Text, lang: Lang): string {
  return text[TEXT_KEY[lang]];
}

// One MutationObserver per root (document or shadow root) for every widget
// below it: a `lang` change anywhere above a widget re-resolves its language.
const listeners = new WeakMap<Node, Set<() => void>>();
const observers = new WeakMap<Node, MutationObserver>();

function watchRoot(root: Node, listener: () => void): void {
  let set = listeners.get(root);
  if (!set) {
    set = new Set();
    listeners.set(root, set);
    const observer = new MutationObserver(() => set!.forEach((fn) => fn()));
    observer.observe(isDocument(root) ? root.documentElement : root, {
      attributes: true,
      attributeFilter: ['lang'],
      subtree: true,
    });
    observers.set(root, observer);
  }
  set.add(listener);
}

function unwatchRoot(root: Node, listener: () => void): void {
  const set = listeners.get(root);
  if (!set) return;
  set.delete(listener);
  if (set.size === 0) {
    observers.get(root)?.disconnect();
    observers.delete(root);
    listeners.delete(root);
  }
}

/** Keeps `lang` of its host resolved, and re-renders the host when it changes. */
export class LangController implements ReactiveController {
  private resolved: Lang = DEFAULT_LANG;
  private roots: Node[] = [];
  private readonly onChange = () => this.refresh();

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.roots = [];
    for (let root = this.host.getRootNode(); ; ) {
      this.roots.push(root);
      if (!isShadowRoot(root)) break;
      root = root.host.getRootNode();
    }
    const doc = this.host.ownerDocument;
    if (!this.roots.includes(doc)) this.roots.push(doc);
    this.roots.forEach((r) => watchRoot(r, this.onChange));
    this.refresh();
  }

  hostDisconnected(): void {
    this.roots.forEach((r) => unwatchRoot(r, this.onChange));
    this.roots = [];
  }

  /**
   * The resolved language. A server render (@lit-labs/ssr) never connects the
   * host: there it is the element's own `lang`, else Chinese.
   */
  get value(): Lang {
    // The server's DOM shim has attributes but no node types or parents.
    return isServer ? (normalizeLang(this.host.getAttribute('lang')) ?? DEFAULT_LANG) : this.resolved;
  }

  private refresh(): void {
    const next = resolveLang(this.host);
    if (next !== this.resolved) {
      this.resolved = next;
      this.host.requestUpdate();
    }
  }
}

/** A list as running text: `a、b、c` in Chinese, `a, b and c` in English (`CoreMessages.list`). */
export function joinList(items: readonly string[], lang: Lang): string {
  return coreStrings[lang].list(items);
}

/** English words that keep their capital inside a sentence: the names of the paper's places and the words made from them. */
export const PROPER_WORDS: ReadonlySet<string> = new Set(['Hohhot', 'Inner', 'Mongolia', 'Mongolian', 'China', 'Chinese', 'Baotou', 'Ordos', 'Ulanqab', 'Russia', 'Russian', 'Belt', 'Road', 'Saihan', 'Horinger']);

/**
 * Lower-cases the first letter of an English label used inside a sentence, unless its first word
 * is a name (`Chinese medicinal materials`) or an abbreviation (`CNY 1 billion`).
 */
export function lowerFirst(text: string): string {
  const first = /^[A-Za-z]+/.exec(text)?.[0] ?? '';
  const keep = PROPER_WORDS.has(first) || (first.length > 1 && first === first.toUpperCase());
  return keep ? text : text.charAt(0).toLowerCase() + text.slice(1);
}

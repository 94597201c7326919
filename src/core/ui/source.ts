import { html, type TemplateResult } from 'lit';
import { paperAuthor, paperTitle } from '../../data/paper-source.js';
import { noteId, openReference } from './reference-note.js';
import type { Provenance, SectionId, Text } from '../../data/schema.js';
import { type Lang, pick } from '../controllers/lang.js';
import { coreStrings } from '../i18n/strings.js';

/** A section as readers of each language cite it: `二（一）`, `2.1` (`CoreMessages.sectionNumber`). */
export function sectionLabel(id: SectionId, lang: Lang): string {
  const s = coreStrings[lang];
  if (id === 'abstract') return s.abstract;
  const [major, minor] = id.split('.').map(Number);
  return s.sectionNumber(id, major!, minor);
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}

/**
 * A reference mark, `[4]`: a button that opens the reference itself in a note
 * beside it (see reference-note.ts), with a link to the entry of
 * `<hohhot-paper-citation>` when that is on the page.
 */
export function refLink(n: number, lang: Lang) {
  return html`<button type="button" class="ref" data-ref=${n} popovertarget=${noteId(n)} aria-label=${coreStrings[lang].reference(n)} @click=${openReference}>[${n}]</button>`;
}

/** The reference marks after a text, `…[2] [7]`, spaced as the language spaces them. */
export function refMarks(refs: readonly number[], lang: Lang): TemplateResult[] {
  return refs.map((n, i) => html`${i ? ' ' : coreStrings[lang].beforeRefs}${refLink(n, lang)}`);
}

/** The sections of some provenance, as readers cite them: `一（二）、三（一）`, `sections 1.2 and 3.1`. */
function sectionsText(provenance: Provenance[], lang: Lang): string {
  const ids = unique(provenance.map((p) => p.section));
  return ids.length ? coreStrings[lang].sections(ids.map((id) => sectionLabel(id, lang))) : '';
}

function refsOf(provenance: Provenance[]): number[] {
  return unique(provenance.flatMap((p) => p.refs)).sort((a, b) => a - b);
}

/**
 * `参考文献 [6] [9]` / `references [6] [9]`, each number rendered by `ref`. Where the numbers are
 * marks named `Reference 6` (`refLink`), the word before them is hidden from screen readers, which
 * would say it twice ("references Reference 6").
 */
function refsParts<R>(refs: number[], lang: Lang, ref: (n: number) => R): (string | R | TemplateResult)[] {
  const word = `${coreStrings[lang].references(refs.length)} `;
  const marks = refs.map(ref);
  const named = marks.some((m) => typeof m !== 'string');
  return [named ? html`<span aria-hidden="true">${word}</span>` : word, ...marks.flatMap((m, i) => (i ? [' ', m] : [m]))];
}

const refText = (n: number) => `[${n}]`;

/** Parts made with `refText` as one string (they are all strings: no mark, so no hidden word). */
const plain = (parts: unknown[]): string => parts.filter((p): p is string => typeof p === 'string').join('');

/** A Chinese section mark, `二（一）`: a line never breaks inside it. */
const CHINESE_SECTION = /([一二三四五六七八九十]+（[一二三四五六七八九十]+）)/;

/** Parts of a line for HTML: the section marks in strings kept on one line each. */
function keepSectionsWhole<R>(parts: (string | R)[]): (string | R | TemplateResult)[] {
  return parts.flatMap((p): (string | R | TemplateResult)[] =>
    typeof p === 'string' && CHINESE_SECTION.test(p)
      ? p.split(CHINESE_SECTION).map((piece, i) => (i % 2 ? html`<span class="keep">${piece}</span>` : piece))
      : [p],
  );
}

/** Sections, then references: `三（一）；参考文献 [6]`, `section 3.1; reference [6]`. */
function markParts<R>(provenance: Provenance[], lang: Lang, ref: (n: number) => R): (string | R | TemplateResult)[] {
  const sections = sectionsText(provenance, lang);
  const refs = refsOf(provenance);
  return [
    ...(sections ? [sections] : []),
    ...(refs.length ? [...(sections ? [coreStrings[lang].clauseSep] : []), ...refsParts(refs, lang, ref)] : []),
  ];
}

/**
 * Where an item stands in the paper, as plain text without brackets:
 * `一（二）；参考文献 [2]`, `section 1.2; reference [2]`. Empty without
 * sections or references.
 */
export function inlineSourceText(provenance: Provenance[], lang: Lang): string {
  return plain(markParts(provenance, lang, refText));
}

/**
 * Where an item stands in the paper, as a mark after its text: sections, then
 * the references as marks that open them (`refLink`): `（一（二）；参考文献 [2]）`,
 * ` (section 1.2; reference [2])`. With `bare`, without the brackets (for a
 * line of its own: `出处：三（一）；参考文献 [6]`). With `links: false`, the
 * references as text: for text that is hidden on screen, which must hold
 * nothing a keyboard can reach.
 */
export function inlineSource(provenance: Provenance[], lang: Lang, { bare = false, links = true } = {}): TemplateResult {
  const parts = keepSectionsWhole(links ? markParts(provenance, lang, (n) => refLink(n, lang)) : markParts(provenance, lang, refText));
  if (!parts.length) return html``;
  if (bare) return html`${parts}`;
  const s = coreStrings[lang];
  return html`<span class="sec">${s.bracketOpen}${parts}${s.bracketClose}</span>`;
}

/** The source line after its label, each reference rendered by `ref`; `paperName` replaces author and title. */
function sourceParts<R>(
  lang: Lang,
  provenance: Provenance[],
  extraOrigins: Text[],
  paperName: string | undefined,
  ref: (n: number) => R,
): (string | R | TemplateResult)[] {
  const s = coreStrings[lang];
  const sections = sectionsText(provenance, lang);
  const refs = refsOf(provenance);
  const origins = unique([...extraOrigins, ...provenance.flatMap((p) => (p.origin ? [p.origin] : []))].map((o) => pick(o, lang)));
  return [
    paperName ?? s.paperBy(pick(paperAuthor, lang), pick(paperTitle, lang)),
    ...(sections ? [s.comma, sections] : []),
    ...(origins.length ? [s.clauseSep, origins.map((o) => s.compiledBy(o)).join(s.listSep)] : []),
    ...(refs.length ? [s.clauseSep, ...refsParts(refs, lang, ref)] : []),
    s.fullStop,
  ];
}

/**
 * The source line as plain text (for exports): `来源：李建宏《…》，三；参考文献 [6]。`.
 * `paperName` (e.g. `论文`) replaces the author and title.
 */
export function sourceText(lang: Lang, provenance: Provenance[], extraOrigins: Text[] = [], paperName?: string): string {
  const s = coreStrings[lang];
  return `${s.source}${s.colon}${plain(sourceParts(lang, provenance, extraOrigins, paperName, refText))}`;
}

/** The content of a source line, references linked; for a line of a widget's own (`paperName` as in `sourceText`). */
export function sourceContent(lang: Lang, provenance: Provenance[], extraOrigins: Text[] = [], paperName?: string): TemplateResult {
  const s = coreStrings[lang];
  return html`<span class="source-label">${s.source}${s.colon}</span>${keepSectionsWhole(sourceParts(lang, provenance, extraOrigins, paperName, (n) => refLink(n, lang)))}`;
}

/**
 * The line every widget ends with: the paper (author, title), the sections
 * its content comes from, who compiled the figures where the paper says, and
 * the references the paper cites there (the words of `sourceText`, with links).
 */
export function sourceLine(lang: Lang, provenance: Provenance[], extraOrigins: Text[] = []) {
  return html`<p class="source" part="source">${sourceContent(lang, provenance, extraOrigins)}</p>`;
}

/**
 * The paper's citation in three styles, as pure functions of the paper's
 * metadata. The paper gives its author, title (Chinese and English),
 * affiliation and fund project, and nothing else: no journal, year, volume,
 * pages or DOI. None is invented here.
 */
import { type Lang, pick, PROPER_WORDS } from '../../core/controllers/lang.js';
import type { PaperDataset } from '../../data/schema.js';
import { type BibtexMessages, messages } from './paper-citation.strings.js';
import { bib } from './tex.js';

/** The citation styles offered, and `all`. */
export const CITATION_FORMATS = ['gbt', 'apa', 'bibtex', 'all'] as const;
export type CitationFormat = (typeof CITATION_FORMATS)[number];
/** One style. */
export type CitationStyle = Exclude<CitationFormat, 'all'>;
export const CITATION_STYLES: readonly CitationStyle[] = ['gbt', 'apa', 'bibtex'];

/** An English name in the paper's order, family name first: "Li Jianhong". */
function nameParts(en: string): { family: string; given: string[] } {
  const [family = en, ...given] = en.trim().split(/\s+/);
  return { family, given };
}

/**
 * GB/T 7714-2015. The paper names no journal, publisher or year, so it cannot
 * be typed [J] (journal article) or [M] (book), and [R] (report) would claim a
 * report series it does not give. The standard's code for other, unidentified
 * documents is [Z]; with no publication facts the entry is author and title
 * only. GB/T 7714 cites a work in its original language.
 */
export function gbtCitation(p: PaperDataset): string {
  return `${p.author.zh}. ${p.title.zh}[Z].`;
}

/** APA wants titles in sentence case: first word and proper nouns capitalised. */
function sentenceCase(title: string): string {
  return title
    .split(' ')
    .map((w, i) => (i === 0 || PROPER_WORDS.has(w) ? w : w.toLowerCase()))
    .join(' ');
}

/** The pieces of the APA reference, for a page that sets the title in italics. */
export interface ApaParts {
  /** `Li, J. (n.d.). ` */
  lead: string;
  /** The title in Latin letters: the Chinese title in pinyin (italic). */
  title: string;
  /** ` [English title] [Research paper]. Department, University.` */
  tail: string;
}

/**
 * APA 7. No date: "(n.d.)". A title in a non-Latin script is transliterated
 * (the Chinese title in pinyin, `titlePinyin`) and followed by its English
 * translation in square brackets; the Chinese characters stay in the GB/T
 * entry and the widget's metadata. The paper has no venue, so a
 * bracketed description says what it is; "[Research paper]" claims no more
 * (not "unpublished", not a journal). The source is the affiliation the paper
 * gives, department and university (APA leaves out street and postcode).
 */
export function apaParts(p: PaperDataset): ApaParts {
  const { family, given } = nameParts(p.author.en);
  const initials = given.map((g) => g.split('-').map((x) => `${x.charAt(0).toUpperCase()}.`).join('-')).join(' ');
  const source = p.affiliation.en.split(',').slice(0, 2).map((s) => s.trim()).join(', ');
  return {
    lead: `${family}, ${initials} (n.d.). `,
    title: p.titlePinyin ?? p.title.zh,
    tail: ` [${sentenceCase(p.title.en)}] [Research paper]. ${source}.`,
  };
}

export function apaCitation(p: PaperDataset): string {
  const a = apaParts(p);
  return `${a.lead}${a.title}${a.tail}`;
}

/**
 * BibTeX. An @misc entry: it needs no journal or year. The fund project goes
 * in `note`. The fields that follow the reader's language are messages
 * (`BibtexMessages`): for Chinese readers the paper's Chinese ones; for
 * English readers the author is romanised and the English title is given in
 * `titleaddon` (biblatex prints it after the title; `titleaddon` and
 * `language` are biblatex fields, which classic BibTeX styles ignore). The key is built from the
 * author's family name and the fund project number.
 */
export function bibtexCitation(p: PaperDataset, lang: Lang, m: BibtexMessages = messages[lang].bibtex): string {
  const { family, given } = nameParts(p.author.en);
  const key = `${family}-${p.fund.number}`.toLowerCase().replace(/[^a-z0-9-]/g, '');
  const addon = m.titleAddon(p.title.en);
  const fields: [string, string][] = [
    ['author', m.author(p.author.zh, family, given.join(' '))],
    ['title', p.title.zh],
    ...(addon ? [['titleaddon', addon] as [string, string]] : []),
    ['note', m.note(pick(p.fund.name, lang), p.fund.number)],
    ['language', 'chinese'],
  ];
  const width = Math.max(...fields.map(([k]) => k.length));
  return `@misc{${key},\n${fields.map(([k, v]) => `  ${k.padEnd(width)} = {${bib(v)}}`).join(',\n')}\n}`;
}

/** The citation of the paper in one style, as text to copy. */
export function citation(p: PaperDataset, style: CitationStyle, lang: Lang): string {
  switch (style) {
    case 'gbt':
      return gbtCitation(p);
    case 'apa':
      return apaCitation(p);
    case 'bibtex':
      return bibtexCitation(p, lang);
  }
}

import type { Measure, Provenance, SectionId, StrategiesDataset, Strategy } from '../../data/schema.js';
import { type Lang, pick } from '../../core/controllers/lang.js';
import { coreStrings } from '../../core/i18n/strings.js';
import { formatNumber } from '../../core/i18n/format.js';
import { inlineSourceText, sectionLabel } from '../../core/ui/source.js';
import type { TableModel } from '../../core/ui/table.js';
import { messages } from './strategy-checklist.strings.js';

/** What is kept under `storage-key`: ticked measure ids and the notes by measure id. */
/** How long typing in a note may pause before the note is stored. */
export const NOTE_SAVE_DELAY = 500;

export interface Saved {
  done: string[];
  notes: Record<string, string>;
}

export function withNote(notes: Readonly<Record<string, string>>, id: string, text: string): Record<string, string> {
  const next = { ...notes };
  if (text) next[id] = text;
  else delete next[id];
  return next;
}

/**
 * Text from the dataset or a reader's note, made inert in Markdown: the
 * characters that open emphasis, code, links, images, autolinks (`<javascript:…>`)
 * or raw HTML are backslash-escaped, and line breaks fold to spaces.
 */
export function md(text: string): string {
  return text.replace(/\r\n?|\n/g, ' ').replace(/[\\`*_[\]<>|~]/g, '\\$&');
}

/** A reader's note over several lines: each line inline-escaped, none able to start a block (heading, quote, list). */
export function mdLines(text: string): string[] {
  return text.split(/\r\n?|\n/).map((l) => md(l).replace(/^(\s*)([#>+\-=]|\d+[.)])/, '$1\\$2'));
}

export function isSaved(x: unknown): x is Saved {
  if (!x || typeof x !== 'object') return false;
  const s = x as Partial<Saved>;
  return Array.isArray(s.done) && s.done.every((d) => typeof d === 'string') && !!s.notes && typeof s.notes === 'object';
}


/** What a stored text holds, or `null` when it is not a list (unreadable JSON, another shape); notes that are not text are dropped. */
export function parseSaved(raw: string): Saved | null {
  try {
    const parsed: unknown = JSON.parse(raw);
    if (!isSaved(parsed)) return null;
    const notes = Object.fromEntries(Object.entries(parsed.notes).filter(([, v]) => typeof v === 'string')) as Record<string, string>;
    return { done: [...parsed.done], notes };
  } catch {
    return null;
  }
}

/** Every measure of the list, strategy by strategy. */
export function measuresOf(data: StrategiesDataset): Measure[] {
  return data.strategies.flatMap((s) => s.measures);
}

/** Measures ticked among `measures`, and how many there are. */
export function progressOf(measures: readonly Measure[], ticks: ReadonlySet<string>): { done: number; total: number } {
  return { done: measures.filter((m) => ticks.has(m.id)).length, total: measures.length };
}

/** Measures the paper gives without a number of their own (三(四) has one). */
export function unnumberedCount(data: StrategiesDataset): number {
  return measuresOf(data).filter((m) => m.unnumbered).length;
}

/** Reference numbers as the paper prints them: `[6] [9]`. */
export function refsText(refs: readonly number[]): string {
  return refs.map((n) => `[${n}]`).join(' ');
}

/** What the Markdown and the CSV of a list show. */
export interface ChecklistView {
  lang: Lang;
  data: StrategiesDataset;
  ticks: ReadonlySet<string>;
  /** The reader's notes by measure id, or `null` when the list has no notes. */
  notes: Readonly<Record<string, string>> | null;
  /** Whether the list can be ticked (not `readonly`): then it shows the ticks and progress. */
  editable: boolean;
}

/** A strategy's heading: its section and its name. */
export function strategyHeading(st: Strategy, lang: Lang): string {
  return messages[lang].heading(sectionLabel(st.section, lang), pick(st.label, lang));
}

/** The list as Markdown, ending with `source` (the source line as text). */
export function checklistMarkdown({ lang, data, ticks, notes, editable }: ChecklistView, source: string): string {
  const s = messages[lang];
  const c = coreStrings[lang];
  const n = (v: number) => formatNumber(v, lang, 0);
  const lines = [`# ${s.title}`, ''];
  if (editable) {
    const all = progressOf(measuresOf(data), ticks);
    lines.push(s.overall(n(all.done), n(all.total)), '');
  }
  for (const st of data.strategies) {
    lines.push(`## ${md(strategyHeading(st, lang))}`, '');
    if (editable) {
      const p = progressOf(st.measures, ticks);
      lines.push(s.progress(n(p.done), n(p.total)), '');
    }
    for (const m of st.measures) {
      const box = editable ? (ticks.has(m.id) ? '[x] ' : '[ ] ') : '';
      let line = `- ${box}**${md(pick(m.label, lang))}**`;
      if (m.description) line += `${c.colon}${md(pick(m.description, lang))}`;
      if (m.examples) line += `${m.description ? c.sentenceGap : c.colon}${s.examples}${md(pick(m.examples, lang))}`;
      line += c.note(inlineSourceText([m], lang));
      lines.push(line);
      if (m.note) lines.push(`  ${s.paperNote}${c.colon}${md(pick(m.note, lang))}`);
      const note = notes && editable ? notes[m.id]?.trim() : '';
      if (note) lines.push(`  ${s.notes}${c.colon}${mdLines(note).join('\n  ')}`);
    }
    lines.push('');
  }
  lines.push(source);
  return lines.join('\n') + '\n';
}

/** The list as a table (one row per measure: id, strategy, measure, section, references, status, notes), for the CSV. */
export function checklistTable({ lang, data, ticks, notes, editable }: ChecklistView, source: string): TableModel {
  const s = messages[lang];
  const withNotes = editable && notes !== null;
  return {
    caption: s.csvCaption,
    source,
    head: [...s.head, ...(editable ? [s.status] : []), ...(withNotes ? [s.notes] : [])],
    rows: data.strategies.flatMap((st) =>
      st.measures.map((m) => [
        { text: m.id },
        { text: pick(st.label, lang) },
        { text: pick(m.label, lang) },
        { text: sectionLabel(m.section, lang) },
        { text: refsText(m.refs) },
        ...(editable ? [{ text: ticks.has(m.id) ? s.done : s.open }] : []),
        ...(withNotes ? [{ text: notes[m.id] ?? '' }] : []),
      ]),
    ),
  };
}

/** Where a checklist stands in the paper: section 三 as a whole (or the sections of a given list), with every reference its measures cite. */
export function checklistProvenance(data: StrategiesDataset): Provenance[] {
  const items: Provenance[] = data.strategies.flatMap((st) => [st, ...st.measures]);
  const refs = [...new Set(items.flatMap((p) => p.refs))].sort((a, b) => a - b);
  const inThree = items.every((p) => p.section === '3' || p.section.startsWith('3.'));
  const sections: SectionId[] = inThree ? ['3'] : [...new Set(items.map((p) => p.section))];
  return sections.map((section, i) => ({ section, refs: i === 0 ? refs : [] }));
}

import type { Measure, StrategiesDataset } from '../../data/schema.js';

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

import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Measure, Strategy } from '../../data/schema.js';
import { type Lang, pick } from '../../core/controllers/lang.js';
import { coreStrings } from '../../core/i18n/strings.js';
import { inlineSource } from '../../core/ui/source.js';
import { messages } from './strategy-checklist.strings.js';

/** What a strategy's section reads from `<strategy-checklist>`, and what it calls back. */
export interface MeasureContext {
  lang: Lang;
  editable: boolean;
  notes: boolean;
  ticks: ReadonlySet<string>;
  noteTexts: Readonly<Record<string, string>>;
  n: (value: number) => string;
  heading: (st: Strategy) => string;
  progress: (measures: Measure[]) => { done: number; total: number };
  toggle: (id: string, checked: boolean) => void;
  typeNote: (id: string, text: string) => void;
  commitNote: (id: string, text: string) => void;
}

/** One strategy: its heading, its progress (when editable) and its measures. */
export function strategySection(st: Strategy, si: number, x: MeasureContext): TemplateResult {
  const lang = x.lang;
  const s = messages[lang];
  const p = x.progress(st.measures);
  const editable = x.editable;
  // The bars are drawings of the counts written beside them: hidden from screen readers, which
  // would otherwise speak a bar's new percentage before the status at every tick.
  return html`<section class="strategy" part="strategy" aria-labelledby="s${si}">
    <h3 id="s${si}">${x.heading(st)}</h3>
    ${editable
      ? html`<div class="strategy-progress">
          <span id="s${si}-p">${s.progress(x.n(p.done), x.n(p.total))}</span>
          <progress max=${p.total} .value=${p.done} aria-hidden="true"></progress>
        </div>`
      : nothing}
    <ol class="measures">
      ${st.measures.map((m, mi) => measureItem(m, `m${si}-${mi}`, x))}
    </ol>
  </section>`;
}

/** One measure: its checkbox (or heading), text, source and note field. */
function measureItem(m: Measure, id: string, x: MeasureContext): TemplateResult {
  const lang = x.lang;
  const s = messages[lang];
  const c = coreStrings[lang];
  const editable = x.editable;
  const checked = x.ticks.has(m.id);
  const label = pick(m.label, lang);
  const note = x.noteTexts[m.id] ?? '';
  const indent = editable ? 'indent' : '';
  return html`<li class="measure ${editable && checked ? 'done' : ''}" part="measure" data-id=${m.id}>
    <div class="measure-head">
      ${editable
        ? html`<input
              type="checkbox"
              id=${id}
              .checked=${live(checked)}
              aria-describedby="${id}-d"
              @change=${(e: Event) => x.toggle(m.id, (e.target as HTMLInputElement).checked)}
            /><label class="measure-title" for=${id}>${label}</label>`
        : html`<h4 class="measure-title">${label}</h4>`}
    </div>
    <div class="measure-body ${indent}">
      ${editable ? html`<p class="print-only mark">${checked ? `☑ ${s.done}` : `☐ ${s.open}`}</p>` : nothing}
      <p class="description" id="${id}-d">${m.description ? pick(m.description, lang) : nothing}</p>
      ${m.examples ? html`<p class="examples"><span class="examples-label">${s.examples}</span>${pick(m.examples, lang)}</p>` : nothing}
      ${m.note ? html`<p class="note">${s.paperNote}${c.colon}${pick(m.note, lang)}</p>` : nothing}
      <p class="meta">${s.where}${c.colon}${inlineSource([m], lang, { bare: true })}</p>
    </div>
    ${editable && x.notes
      ? html`<div class="note-field ${indent}">
          <label for="${id}-n">${s.notes}<span class="visually-hidden">${s.notesOn(label)}</span></label>
          <textarea id="${id}-n" rows="2" .value=${live(note)} @input=${(e: Event) => x.typeNote(m.id, (e.target as HTMLTextAreaElement).value)}
            @change=${(e: Event) => x.commitNote(m.id, (e.target as HTMLTextAreaElement).value)}></textarea>
          ${note ? html`<p class="print-only note-print"><strong>${s.notes}${c.colon}</strong>${note}</p>` : nothing}
        </div>`
      : nothing}
  </li>`;
}

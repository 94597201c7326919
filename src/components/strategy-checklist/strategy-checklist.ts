import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Measure, Provenance, StrategiesDataset, Strategy } from '../../data/schema.js';
import { strategies } from '../../data/strategies.js';
import { lazyValidator } from '../../core/util/check.js';
import { HwElement } from '../../core/base/base.js';
import { copyText } from '../../core/util/clipboard.js';
import { downloadText, tableToCsv } from '../../core/util/csv.js';
import { emit } from '../../core/util/events.js';
import { formatNumber } from '../../core/i18n/format.js';
import type { Lang } from '../../core/controllers/lang.js';
import { sourceText } from '../../core/ui/source.js';
import { coreStrings } from '../../core/i18n/strings.js';
import type { TableModel } from '../../core/ui/table.js';
import { Announcer } from '../../core/controllers/announcer.js';
import { activityIri } from '../../core/util/xapi.js';
import { progressStatement } from './record.js';
import { styles } from './strategy-checklist.styles.js';
import { messages } from './strategy-checklist.strings.js';
import { type ChecklistView, checklistMarkdown, checklistTable, strategyHeading } from './model.js';
import { NOTE_SAVE_DELAY, type Saved, checklistProvenance, measuresOf, progressOf, unnumberedCount, withNote } from './model.js';
import { ChecklistStore, STRATEGY_CHECKLIST_STORAGE_KEY } from './store.js';
import { strategySection, type MeasureContext } from './templates.js';

export { STRATEGY_CHECKLIST_STORAGE_KEY } from './store.js';

/** Detail of the `hw-change` event: the measure just (un)ticked and the overall progress. */
export interface StrategyChecklistChangeDetail {
  /** The measure's id (as in `value`). */
  id: string;
  /** Whether it is ticked now. */
  checked: boolean;
  /** Measures ticked, over the whole list. */
  done: number;
  /** Measures in the list. */
  total: number;
}

/** Detail of the `hw-note` event: the measure whose note the reader just changed, and its text now. */
export interface StrategyChecklistNoteDetail {
  /** The measure's id (as in `value` and `noteValues`). */
  id: string;
  /** The note's text; empty when the reader cleared it. */
  note: string;
}

/** Detail of the `hw-reset` event. */
export interface StrategyChecklistResetDetail {
  done: number;
  total: number;
}

type Status = 'copied' | 'fallback' | 'cleared' | null;


/**
 * The five strategies of the paper's section 三 with all their measures, as a
 * checklist for a course page or a policy workshop: tick what has been
 * covered, see progress per strategy and overall, keep notes per measure,
 * copy the list as Markdown, download it as CSV, or print it. Ticks and notes
 * are kept in `localStorage` under `storage-key` (in memory where the browser
 * forbids storage). With `readonly` it is a reading list without checkboxes.
 *
 * @summary Checklist of the paper's five strategies and their measures.
 * @tag strategy-checklist
 *
 * @fires hw-change - A measure was ticked or unticked by the reader. `detail: { id, checked, done, total }`
 * @fires hw-note - The reader changed a measure's note (when the field loses focus). `detail: { id, note }`
 * @fires hw-reset - The reader cleared all ticks and notes (after confirming). `detail: { done, total }`
 * @fires hw-xapi - An xAPI statement without `actor`, one per tick or untick: `progressed` on the list, with the measure in `context.contextActivities.other`, `result.completion` (all ticked) and cmi5's progress extension (per cent). `detail: XapiStatement`
 * @fires error - `data` or `src` could not be used (does not bubble). `detail: { kind, message, path?, status? }`
 * @fires hw-error - The same event as `error`, under a name typed in `HTMLElementEventMap`. Does not bubble.
 *
 * @csspart base - The widget's frame.
 * @csspart toolbar - The copy, CSV and reset buttons.
 * @csspart strategy - One strategy with its measures.
 * @csspart measure - One measure.
 * @csspart source - The source line.
 * @csspart error - The alert shown when data cannot be used.
 *
 * @cssprop --hw-font-family - Font stack.
 * @cssprop --hw-bg - Background colour.
 * @cssprop --hw-surface - Background of buttons and the confirmation box.
 * @cssprop --hw-text - Text colour.
 * @cssprop --hw-muted - Secondary text colour.
 * @cssprop --hw-border - Border colour.
 * @cssprop --hw-accent - Checkboxes, progress bars, links and the mark of done measures.
 * @cssprop --hw-focus - Focus ring colour.
 * @cssprop --hw-radius - Corner radius.
 */
export class StrategyChecklist extends HwElement<StrategiesDataset> {
  static override styles = [...HwElement.styles, styles];

  /**
   * The key under which ticks and notes are kept in `localStorage`, always
   * behind the prefix `hohhot-widgets:` (added unless the key has it). Give
   * each list of a page (or of a course) its own key to keep their ticks
   * apart; lists with one key, on a page or in several tabs, show the same ticks.
   */
  @property({ attribute: 'storage-key' })
  storageKey: string = STRATEGY_CHECKLIST_STORAGE_KEY;

  /** A reading list: no checkboxes, no progress, no notes, no reset. */
  @property({ type: Boolean, attribute: 'readonly' })
  readOnly = false;

  /** A note field under each measure, kept with the ticks. */
  @property({ type: Boolean })
  notes = false;

  /**
   * The list's activity IRI in its xAPI statements (`hw-xapi`), e.g. your
   * course's `https://lms.example.edu/course/7/checklist`; measures are
   * `<activity-id>/measures/<id>`. Default `urn:hohhot-widgets:strategy-checklist`.
   */
  @property({ attribute: 'activity-id' })
  activityId?: string;

  @state() private ticks: ReadonlySet<string> = new Set();
  /** Not reactive: typing a note must not re-render the list (see `typeNote`). */
  private noteTexts: Readonly<Record<string, string>> = {};
  @state() private confirming = false;
  @state() private fallbackOpen = false;
  /** The Markdown shown for copying by hand, built once when the clipboard failed. */
  @state() private fallbackText = '';
  private saveTimer?: ReturnType<typeof setTimeout>;
  @state() private status: Status = null;
  private announcer = new Announcer(this);
  @state() private persistent = true;
  private loadedKey: string | null = null;
  /** Notes typed here and not yet stored. */
  private dirtyNotes = new Set<string>();
  private unsubscribe?: () => void;

  protected readonly defaultData = strategies;
  protected readonly validator = lazyValidator('validateStrategiesDataset');

  private readonly store = new ChecklistStore(() => this.storageKey);

  /** The `localStorage` key: `storage-key` with the library's prefix. */
  private get key(): string {
    return this.store.key;
  }

  /** Read-modify-write of the stored list (ChecklistStore.write), then shows it if it is this list's. */
  private write(key: string, change: (saved: Saved) => void): void {
    const saved = this.store.write(key, change);
    if (key === this.loadedKey) this.show(saved);
    this.persistent = this.store.persistent;
  }

  /** Shows a stored state, keeping the notes still being typed here. */
  private show(saved: Saved): void {
    this.ticks = new Set(saved.done);
    const notes = { ...saved.notes };
    for (const id of this.dirtyNotes) {
      const text = this.noteTexts[id];
      if (text) notes[id] = text;
      else delete notes[id];
    }
    this.noteTexts = notes;
    this.requestUpdate();
  }

  /** Another list with this key (on this page or in another tab) changed it. */
  private readonly onStored = (key: string | null): void => {
    if (this.loadedKey === null || (key !== null && key !== this.loadedKey)) return;
    this.show(this.store.read(this.loadedKey));
  };

  override connectedCallback(): void {
    super.connectedCallback();
    this.unsubscribe ??= this.store.subscribe(this.onStored);
  }

  /**
   * The ids of the ticked measures, in the order of the list. Setting it ticks
   * exactly those measures (checkboxes, progress and storage follow); ids that
   * are not in the list are ignored with one warning. No `hw-change` event fires.
   */
  @property({ attribute: false })
  get value(): string[] {
    this.ensureLoaded();
    return measuresOf(this.data)
      .filter((m) => this.ticks.has(m.id))
      .map((m) => m.id);
  }
  set value(ids: readonly string[] | null | undefined) {
    this.ensureLoaded();
    const list: unknown[] = ids === null || ids === undefined ? [] : Array.isArray(ids) ? ids : [ids];
    const known = new Set(measuresOf(this.data).map((m) => m.id));
    const unknown = list.filter((id) => typeof id !== 'string' || !known.has(id));
    if (unknown.length) {
      console.warn(
        `hohhot-widgets: <${this.localName}> value: ${unknown.map((u) => JSON.stringify(u)).join(', ')} ${unknown.length === 1 ? 'is not a measure' : 'are not measures'} of the list; ignored.`,
      );
    }
    // Ticks of measures outside the current dataset (another `data`) are kept.
    this.write(this.key, (saved) => {
      const next = new Set(saved.done.filter((id) => !known.has(id)));
      for (const id of list) if (typeof id === 'string' && known.has(id)) next.add(id);
      saved.done = [...next];
    });
  }

  /**
   * The reader's notes by measure id (`{ "<id>": "text" }`), of the measures
   * of the list that have one: what the note fields hold, typed text
   * included. Setting it replaces the notes of the list's measures (fields
   * and storage follow; `null` clears them); ids that are not in the list and
   * values that are not text are ignored with one warning, and so is a value
   * that is not an object. No `hw-note` event fires.
   */
  @property({ attribute: false })
  get noteValues(): Record<string, string> {
    this.ensureLoaded();
    return Object.fromEntries(
      measuresOf(this.data).flatMap((m) => (this.noteTexts[m.id] ? [[m.id, this.noteTexts[m.id]!] as const] : [])),
    );
  }
  set noteValues(notes: Readonly<Record<string, string>> | null | undefined) {
    this.ensureLoaded();
    const isRecord = typeof notes === 'object' && notes !== null && !Array.isArray(notes);
    if (notes !== null && notes !== undefined && !isRecord) {
      console.warn(`hohhot-widgets: <${this.localName}> noteValues must be an object of texts by measure id; ${JSON.stringify(notes)} is ignored.`);
      return;
    }
    const known = new Set(measuresOf(this.data).map((m) => m.id));
    const given: [string, unknown][] = isRecord ? Object.entries(notes) : [];
    const accepted = given.filter((entry): entry is [string, string] => known.has(entry[0]) && typeof entry[1] === 'string');
    const ignored = given.filter((entry) => !accepted.includes(entry as [string, string]));
    if (ignored.length) {
      console.warn(
        `hohhot-widgets: <${this.localName}> noteValues: ${ignored.map(([id]) => JSON.stringify(id)).join(', ')} ${ignored.length === 1 ? 'is not a measure of the list with a text note' : 'are not measures of the list with text notes'}; ignored.`,
      );
    }
    // What is set replaces what was being typed; notes of measures outside the current dataset are kept.
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    this.dirtyNotes.clear();
    this.write(this.key, (saved) => {
      let next: Record<string, string> = Object.fromEntries(Object.entries(saved.notes).filter(([id]) => !known.has(id)));
      for (const [id, text] of accepted) next = withNote(next, id, text);
      saved.notes = next;
    });
  }

  /** Clears every tick and note of this list and its storage, without asking. */
  reset(): void {
    this.ensureLoaded();
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    this.ticks = new Set();
    this.noteTexts = {};
    this.dirtyNotes.clear();
    this.store.clear(this.key);
    this.persistent = this.store.persistent;
    const { total } = this.progress(measuresOf(this.data));
    emit(this, 'hw-reset', { done: 0, total });
  }

  private ensureLoaded(): void {
    const key = this.key;
    if (this.loadedKey === key) return;
    // A note still being typed belongs to the list it was typed in.
    if (this.saveTimer !== undefined && this.loadedKey !== null) this.save(this.loadedKey);
    this.loadedKey = key;
    this.dirtyNotes.clear();
    const saved = this.store.read(key);
    this.ticks = new Set(saved.done);
    this.noteTexts = saved.notes;
    this.persistent = this.store.persistent;
  }

  /** Stores the notes typed here since the last save. */
  private save(key = this.key): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    const typed = [...this.dirtyNotes].map((id) => [id, this.noteTexts[id] ?? ''] as const);
    this.dirtyNotes.clear();
    this.write(key, (saved) => {
      for (const [id, text] of typed) saved.notes = withNote(saved.notes, id, text);
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    // Leaving the page while typing: store the note now.
    if (this.saveTimer !== undefined) this.save();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.ensureLoaded();
  }

  private progress(measures: Measure[]): { done: number; total: number } {
    return progressOf(measures, this.ticks);
  }

  private n(value: number): string {
    return formatNumber(value, this.locale, 0);
  }

  private toggle(id: string, checked: boolean): void {
    this.write(this.key, (saved) => {
      const next = new Set(saved.done);
      if (checked) next.add(id);
      else next.delete(id);
      saved.done = [...next];
    });
    const { done, total } = this.progress(measuresOf(this.data));
    this.announcer.say(messages[this.locale].overall(this.n(done), this.n(total)));
    emit(this, 'hw-change', { id, checked, done, total });
    this.record(id, done, total);
  }

  /** The `hw-xapi` statement of a tick. */
  private record(id: string, done: number, total: number): void {
    const lang = this.locale;
    const list = { id: activityIri(this.activityId, this.localName), title: messages[lang].title };
    emit(this, 'hw-xapi', progressStatement(list, measuresOf(this.data).find((m) => m.id === id) ?? { id }, done, total, lang));
  }

  /**
   * Typing keeps the note (for `markdown`, `csv`) without re-rendering the
   * list, and stores it after a pause; leaving the field (`change`) stores it
   * at once and shows it where it is printed.
   */
  private typeNote(id: string, text: string): void {
    this.noteTexts = withNote(this.noteTexts, id, text);
    this.dirtyNotes.add(id);
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => this.save(), NOTE_SAVE_DELAY);
  }

  private commitNote(id: string, text: string): void {
    this.noteTexts = withNote(this.noteTexts, id, text);
    this.dirtyNotes.add(id);
    this.save();
    this.requestUpdate();
    emit(this, 'hw-note', { id, note: text });
  }

  private heading(st: Strategy, lang: Lang): string {
    return strategyHeading(st, lang);
  }

  /**
   * The list as Markdown, in the resolved language: every strategy and
   * measure with its examples, section and references, the ticks (`[x]`) and
   * the notes; what "Copy as Markdown" puts on the clipboard.
   */
  get markdown(): string {
    this.ensureLoaded();
    const data = this.data;
    return checklistMarkdown(this.view(data), sourceText(this.locale, this.provenance(data), this.origins(data)));
  }

  /** What the Markdown and the CSV show: the language, the data, the ticks and the notes. */
  private view(data = this.data): ChecklistView {
    const editable = !this.readOnly;
    return { lang: this.locale, data, ticks: this.ticks, notes: this.notes && editable ? this.noteTexts : null, editable };
  }

  private table(): TableModel {
    return checklistTable(this.view(), sourceText(this.locale, this.provenance(this.data), this.origins(this.data)));
  }

  /** The list as CSV (one row per measure: id, strategy, measure, section, references, status, notes). */
  get csv(): string {
    if (this.hasProblem) return '';
    this.ensureLoaded();
    return tableToCsv(this.table());
  }

  /** Downloads the list as CSV (nothing while the list shows an alert). */
  downloadCsv(): void {
    const csv = this.csv;
    if (csv) downloadText('strategy-checklist.csv', csv);
  }

  /**
   * Copies `markdown` to the clipboard and says so. Where the clipboard is not
   * available, shows the text selected in a box for the reader to copy.
   * Resolves to whether the clipboard took it.
   */
  async copyMarkdown(): Promise<boolean> {
    const text = this.markdown;
    this.confirming = false;
    const copied = await copyText(text, async () => {
      this.fallbackText = text;
      this.fallbackOpen = true;
      this.status = 'fallback';
      await this.updateComplete;
      return this.renderRoot.querySelector('#fallback-text');
    });
    if (copied) {
      this.fallbackOpen = false;
      this.status = 'copied';
    }
    return copied;
  }

  private async askReset(): Promise<void> {
    this.confirming = true;
    this.fallbackOpen = false;
    this.status = null;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>('.confirm .cancel')?.focus();
  }

  private async answerReset(clear: boolean): Promise<void> {
    this.confirming = false;
    if (clear) {
      this.reset();
      this.status = 'cleared';
      this.announcer.say('');
    }
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>('.reset')?.focus();
  }

  private async closeFallback(): Promise<void> {
    this.fallbackOpen = false;
    this.status = null;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>('.copy')?.focus();
  }

  protected override renderBody(data: StrategiesDataset) {
    const lang = this.locale;
    const s = messages[lang];
    const c = coreStrings[lang];
    const editable = !this.readOnly;
    const all = this.progress(measuresOf(data));
    return html`<h2>${s.title}</h2>
      <p class="intro">${s.intro(this.n(data.strategies.length), this.n(all.total - unnumberedCount(data)), unnumberedCount(data))}${editable ? html`${c.sentenceGap}${s.howTo}` : nothing}</p>
      ${editable && !this.persistent ? html`<p class="note">${s.memoryOnly}</p>` : nothing}
      ${editable
        ? html`<div class="overall">
            <span id="overall-text">${s.overall(this.n(all.done), this.n(all.total))}</span>
            <progress max=${all.total} .value=${all.done} aria-hidden="true"></progress>
          </div>`
        : nothing}
      <div class="toolbar" part="toolbar" role="group" aria-label=${s.actions}>
        <button type="button" class="copy" @click=${() => void this.copyMarkdown()}>${s.copy}</button>
        <button type="button" class="csv" @click=${() => this.downloadCsv()}>${c.downloadCsv}</button>
        ${editable
          ? html`<button type="button" class="reset" aria-expanded=${this.confirming ? 'true' : 'false'} @click=${() => void this.askReset()}>${s.reset}</button>`
          : nothing}
      </div>
      ${this.confirming
        ? html`<div class="confirm" role="group" aria-labelledby="confirm-text" @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && void this.answerReset(false)}>
            <p id="confirm-text">${s.confirm}</p>
            <div class="buttons">
              <button type="button" class="clear" @click=${() => void this.answerReset(true)}>${s.confirmYes}</button>
              <button type="button" class="cancel" @click=${() => void this.answerReset(false)}>${s.confirmNo}</button>
            </div>
          </div>`
        : nothing}
      <p class="status" role="status">${this.status ? s[this.status] : ''}</p>
      ${this.fallbackOpen
        ? html`<div class="fallback">
            <label for="fallback-text">${s.fallbackLabel}</label>
            <textarea id="fallback-text" readonly rows="8" .value=${this.fallbackText}></textarea>
            <button type="button" @click=${() => void this.closeFallback()}>${s.close}</button>
          </div>`
        : nothing}
      ${this.announcer.region()}
      ${data.strategies.map((st, si) => strategySection(st, si, this.measureContext(lang)))}`;
  }

  /** What the strategies' sections need from the element (templates.ts). */
  private measureContext(lang: Lang): MeasureContext {
    return {
      lang,
      editable: !this.readOnly,
      notes: this.notes,
      ticks: this.ticks,
      noteTexts: this.noteTexts,
      n: (v) => this.n(v),
      heading: (st) => this.heading(st, lang),
      progress: (measures) => this.progress(measures),
      toggle: (id, checked) => this.toggle(id, checked),
      typeNote: (id, text) => this.typeNote(id, text),
      commitNote: (id, text) => this.commitNote(id, text),
    };
  }

  /** Section 三 as a whole, with the references its measures cite. */
  protected provenance(data: StrategiesDataset): Provenance[] {
    return checklistProvenance(data);
  }

}

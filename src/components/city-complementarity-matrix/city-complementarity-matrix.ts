import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { cities } from '../../data/cities.js';
import { paper } from '../../data/paper.js';
import type { CityId, SectionId } from '../../data/ids.js';
import type { CitiesDataset, Provenance } from '../../data/schema.js';
import { lazyValidator } from '../../core/util/check.js';
import { oneOf } from '../../core/util/attributes.js';
import { HwElement } from '../../core/base/base.js';
import { KeysHint } from '../../core/util/keys-hint.js';
import { emit } from '../../core/util/events.js';
import { type Lang, pick } from '../../core/controllers/lang.js';
import { refLink, refMarks, sectionLabel } from '../../core/ui/source.js';
import { coreStrings } from '../../core/i18n/strings.js';
import {
  type GridPosition,
  type MatrixCell,
  type MatrixRow,
  type MatrixHighlight,
  type MatrixLayout,
  type MatrixMark,
  type MatrixModel,
  type MatrixSelection,
  type MatrixStatement,
  MARK_SYMBOLS,
  MATRIX_HIGHLIGHTS,
  MATRIX_LAYOUTS,
  MATRIX_MARKS,
  autoLayout,
  complementarityModel,
  gridMove,
  transposedGridMove,
} from './model.js';
import { styles } from './city-complementarity-matrix.styles.js';
import { messages } from './city-complementarity-matrix.strings.js';

// Part of the package's API since before the model had a file of its own.
export { MATRIX_HIGHLIGHTS, MATRIX_LAYOUTS, MATRIX_MARKS, complementarityModel } from './model.js';
export type { MatrixHighlight, MatrixLayout, MatrixMark, MatrixSelection, MatrixStatement } from './model.js';

/** Detail of the `hw-complementarity-select` event. */
export interface ComplementaritySelectDetail {
  /** The city whose row was selected. */
  city: CityId;
  /** The industry of the selected cell, or `null` when the city itself was selected. */
  industry: string | null;
  /** The marks of the selected cell (empty for a city, or for a cell without marks). */
  marks: MatrixMark[];
  /** The paper's sentences shown for the selection, with section and references. */
  statements: MatrixStatement[];
}

/**
 * How Hohhot and its neighbours Baotou, Ordos and Ulanqab complement one
 * another: an accessible grid of the four cities and the industries the paper
 * names for them (section 一(一), with the measures of section 三(一)). Every
 * mark stands for a sentence of the paper; selecting a city or a cell shows
 * that sentence with its section and references. The problems the paper
 * names in section 一(三) are shown alongside as context.
 *
 * Keyboard: the grid is one tab stop; arrow keys move between cells, Home and
 * End to the start and end of a row (with Ctrl, of the grid), Enter or Space
 * selects. Below 48rem of width each city becomes a block of its marked
 * industries, with the same content and keys.
 *
 * From 48rem the matrix has two layouts (`layout`): industries as columns,
 * their names set vertically, or cities as columns with the industries down
 * the side. `auto` keeps the industries as columns in Chinese, where
 * vertical names stand upright, and puts the cities on top in English,
 * where they would be turned on their side. The arrow keys move on screen
 * in either layout; cells, selection, explanations and accessible names are
 * the same.
 *
 * @summary Which city leads in which industry, and where the paper sees cooperation with Hohhot.
 *
 * @fires hw-complementarity-select - A city or a cell was selected. `detail: { city, industry, marks, statements }`
 * @fires error - `data` or `src` could not be used (does not bubble). `detail: { kind, message, path?, status? }`
 * @fires hw-error - The same event as `error`, under a name typed in `HTMLElementEventMap`. Does not bubble.
 *
 * @csspart base - The widget's frame.
 * @csspart key - The key of the marks.
 * @csspart grid - The matrix (role="grid").
 * @csspart details - The panel with the paper's sentences for the selection.
 * @csspart caveats - The problems the paper names, as context.
 * @csspart source - The source line.
 * @csspart error - The alert shown when data cannot be used.
 *
 * @cssprop --hw-font-family - Font stack.
 * @cssprop --hw-bg - Background colour.
 * @cssprop --hw-surface - Background of the selection panel and selected cell.
 * @cssprop --hw-text - Text colour, and the mark of a leading industry.
 * @cssprop --hw-muted - Secondary text colour, and the mark of a complement.
 * @cssprop --hw-border - Border colour.
 * @cssprop --hw-grid - Lines between the columns of the matrix.
 * @cssprop --hw-accent - Links, the cooperation mark, the selection and the highlighted city.
 * @cssprop --hw-focus - Focus ring colour.
 * @cssprop --hw-radius - Corner radius.
 * @tag city-complementarity-matrix
 */
export class CityComplementarityMatrix extends HwElement<CitiesDataset> {
  static override styles = [...HwElement.styles, styles];

  /** A city to emphasise (`hohhot`, `baotou`, `ordos`, `ulanqab`); its statement is shown until the reader selects another. Default `none`. */
  @property({ converter: oneOf<MatrixHighlight>('highlight', MATRIX_HIGHLIGHTS, 'none') })
  highlight: MatrixHighlight = 'none';

  /**
   * The layout of the wide matrix (from 48rem): `industries-as-columns`
   * (cities down the side, industry names set vertically on top),
   * `cities-as-columns` (industries down the side, no vertical text), or
   * `auto` (default): industries as columns in Chinese, cities as columns
   * in English. Below 48rem both are the same blocks, one per city.
   */
  @property({ converter: oneOf<MatrixLayout>('layout', MATRIX_LAYOUTS, 'auto') })
  layout: MatrixLayout = 'auto';

  protected readonly defaultData = cities;
  protected readonly validator = lazyValidator('validateCitiesDataset');

  /** What the reader selected; until then the highlighted city, if any. */
  @state() private chosen: MatrixSelection | null = null;
  /** The cell that holds the grid's one tab stop: row (city) and column (0 = the city's header). */
  @state() private active: GridPosition | null = null;
  /** The keyboard hint (the visible note under the grid), described on the tab stop once a visit. */
  private readonly keysHint = new KeysHint(this, 'matrix-help');

  private model: MatrixModel = { columns: [], rows: [] };
  /** The dataset `model` was built from: the model is rebuilt only when the data changes, not on every keypress. */
  private modelData?: CitiesDataset;
  /** The column count last written to `--hw-matrix-cols`. */
  private cols = 0;
  /** The row count last written to `--hw-matrix-rows`. */
  private rowCount = 0;
  private resize?: ResizeObserver;
  /** The pending measure after a resize. */
  private frame?: number;
  /** Whether the widget is wide enough for the matrix (48rem; the narrow layout hides the header row). */
  @state() private wide = false;
  /** Whether the grid held the focus when its layout was about to change. */
  private refocus = false;
  private measured?: () => void;
  private readonly firstMeasure = new Promise<void>((resolve) => (this.measured = resolve));

  /**
   * The layout the matrix takes from 48rem: `layout`, with `auto` resolved
   * for the widget's language.
   */
  get resolvedLayout(): Exclude<MatrixLayout, 'auto'> {
    return this.layout === 'auto' ? autoLayout(this.locale) : this.layout;
  }

  /** Whether the matrix is drawn now with the cities as its columns. */
  private get transposed(): boolean {
    return this.wide && this.resolvedLayout === 'cities-as-columns';
  }

  /** The current selection: a city (`industry: null`) or a cell; until the reader selects, the highlighted city, else `null`. */
  get selection(): MatrixSelection | null {
    if (this.chosen) return this.chosen;
    return this.highlight !== 'none' && this.model.rows.some((r) => r.city.id === this.highlight)
      ? { city: this.highlight, industry: null }
      : null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A cell hidden by the narrow layout (one without marks) cannot keep the tab stop.
    // In the next frame, not inside the observer's callback: the other layout
    // changes the widget's height, which would be observed again in the same
    // loop ("ResizeObserver loop completed with undelivered notifications").
    this.resize = new ResizeObserver(() => {
      this.keepTabStopVisible();
      if (this.frame !== undefined) cancelAnimationFrame(this.frame);
      this.frame = requestAnimationFrame(() => {
        this.frame = undefined;
        this.measureWidth();
        void this.updateComplete.then(() => this.measured?.());
      });
    });
    this.resize.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resize?.disconnect();
    this.resize = undefined;
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
    this.frame = undefined;
  }

  /** Resolves once `src` has been applied and the matrix has been laid out for its width. */
  override async whenLoaded(): Promise<void> {
    await super.whenLoaded();
    await Promise.race([this.firstMeasure, new Promise((r) => setTimeout(r, 500))]);
    await this.updateComplete;
  }

  /** The wide layout shows the header row: the same container query decides both. */
  private measureWidth(): void {
    const head = this.renderRoot.querySelector('.row.head');
    if (!head) return;
    const wide = head.getClientRects().length > 0;
    if (wide !== this.wide) this.wide = wide;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Not before the first render (nor on a server, which has no render root).
    const grid = this.hasUpdated ? this.renderRoot.querySelector('[role="grid"]') : null;
    this.refocus = !!grid && !!this.shadowRoot?.activeElement && grid.contains(this.shadowRoot.activeElement);
    if (this.modelData !== this.data) {
      this.modelData = this.data;
      this.model = complementarityModel(this.data);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const cols = Math.max(1, this.model.columns.length);
    if (cols !== this.cols) {
      this.cols = cols;
      this.style.setProperty('--hw-matrix-cols', String(cols));
    }
    const rowCount = Math.max(1, this.model.rows.length);
    if (rowCount !== this.rowCount) {
      this.rowCount = rowCount;
      this.style.setProperty('--hw-matrix-rows', String(rowCount));
    }
    // A new layout (the widget resized, `layout` or `lang` changed) replaces the cells: keep the focus on the active one.
    if (this.refocus && !this.renderRoot.querySelector('[role="grid"]')?.contains(this.shadowRoot!.activeElement)) {
      const { r, c } = this.activeCell();
      this.cellEl(r, c)?.focus();
    }
    this.refocus = false;
  }

  private activeCell(): GridPosition {
    const rows = this.model.rows;
    const cols = this.model.columns.length;
    if (this.active && this.active.r < rows.length && this.active.c <= cols) return this.active;
    const h = rows.findIndex((r) => r.city.id === this.highlight);
    return { r: Math.max(0, h), c: 0 };
  }

  private cellEl(r: number, c: number): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`[data-r="${r}"][data-c="${c}"]`);
  }

  private visible(r: number, c: number): boolean {
    const el = this.cellEl(r, c);
    return !!el && el.getClientRects().length > 0;
  }

  private keepTabStopVisible(): void {
    const { r, c } = this.activeCell();
    if (c > 0 && this.cellEl(r, c) && !this.visible(r, c)) this.active = { r, c: 0 };
  }

  private onKeydown(e: KeyboardEvent): void {
    const target = (e.target as HTMLElement).closest<HTMLElement>('[data-r]');
    if (!target) return;
    const r = Number(target.dataset.r);
    const c = Number(target.dataset.c);
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      this.choose(r, c);
      return;
    }
    const size = { rows: this.model.rows.length, last: this.model.columns.length };
    const move = this.transposed ? transposedGridMove : gridMove;
    const next = move(e.key, { r, c }, size, (row, col) => this.visible(row, col), e.ctrlKey);
    if (!next) return;
    e.preventDefault();
    this.keysHint.moved();
    void this.moveTo(next);
  }

  private async moveTo(to: GridPosition): Promise<void> {
    this.active = to;
    await this.updateComplete;
    this.cellEl(to.r, to.c)?.focus();
  }

  private onClick(e: MouseEvent): void {
    const target = (e.target as HTMLElement).closest<HTMLElement>('[data-r]');
    if (!target) return;
    const r = Number(target.dataset.r);
    const c = Number(target.dataset.c);
    this.active = { r, c };
    this.choose(r, c);
  }

  private choose(r: number, c: number): void {
    const row = this.model.rows[r];
    if (!row) return;
    const cell = c > 0 ? row.cells[c - 1] : undefined;
    this.chosen = { city: row.city.id, industry: cell ? cell.industry.id : null };
    this.active = { r, c };
    emit(this, 'hw-complementarity-select', {
      city: row.city.id,
      industry: cell ? cell.industry.id : null,
      marks: cell ? [...cell.marks] : [],
      statements: (cell ? cell.statements : row.statements).map((s) => ({ ...s, refs: [...s.refs] })),
    });
  }

  private isSelected(city: CityId, industry: string | null): boolean {
    const sel = this.selection;
    return !!sel && sel.city === city && sel.industry === industry;
  }

  private renderSymbols(marks: MatrixMark[]) {
    return marks.map((m) => html`<span class="sym ${m}">${MARK_SYMBOLS[m]}</span>`);
  }

  /** A cell of the matrix, the same in both layouts: its industry and marks are its accessible text. */
  private renderCell(row: MatrixRow, cell: MatrixCell, r: number, c: number, stop: (r: number, c: number) => boolean): TemplateResult {
    const lang = this.locale;
    const s = messages[lang];
    const core = coreStrings[lang];
    const label = pick(cell.industry.label, lang);
    const marks = cell.marks.length ? cell.marks.map((m) => s.mark[m]).join(core.clauseSep) : s.noMark;
    const inHighlight = this.transposed && this.highlight === row.city.id ? ' in-highlighted' : '';
    // Its name says the city and the industry in both layouts: a screen reader moving down a
    // column (or along a row) does not say the header that changed.
    return html`<div
      role="gridcell"
      aria-label=${`${s.cellHeading(pick(row.city.name, lang), label)}${core.colon}${marks}`}
      aria-describedby=${this.keysHint.of(stop(r, c))}
      class="cell ${cell.marks.length ? 'marked' : 'empty'}${inHighlight}"
      data-r=${r}
      data-c=${c}
      data-industry=${cell.industry.id}
      data-marks=${cell.marks.join(' ')}
      tabindex=${stop(r, c) ? 0 : -1}
      aria-selected=${this.isSelected(row.city.id, cell.industry.id) ? 'true' : 'false'}
    >
      <span class="syms" aria-hidden="true">${this.renderSymbols(cell.marks)}</span>
      <span class="cell-label">${label}</span>
    </div>`;
  }

  /** A city's header (row header, or column header when the cities are the columns): selecting it selects the city. */
  private renderCityHeader(row: MatrixRow, r: number, stop: (r: number, c: number) => boolean): TemplateResult {
    const lang = this.locale;
    const s = messages[lang];
    const core = coreStrings[lang];
    const highlighted = this.highlight === row.city.id;
    return html`<div
      role=${this.transposed ? 'columnheader' : 'rowheader'}
      class="cell rowhead ${this.transposed ? 'cityhead' : ''} ${this.transposed && highlighted ? 'in-highlighted' : ''}"
      data-r=${r}
      data-c="0"
      tabindex=${stop(r, 0) ? 0 : -1}
      aria-selected=${this.isSelected(row.city.id, null) ? 'true' : 'false'}
      aria-describedby=${this.keysHint.of(stop(r, 0))}
    >
      ${pick(row.city.name, lang)}${highlighted ? html`<span class="visually-hidden">${core.note(s.highlighted)}</span>` : nothing}
    </div>`;
  }

  private renderGrid(): TemplateResult {
    const lang = this.locale;
    const s = messages[lang];
    const { columns, rows } = this.model;
    const active = this.activeCell();
    // The grid's one tab stop, which also carries the keyboard hint.
    const stop = (r: number, c: number) => active.r === r && active.c === c;
    // One grid, two layouts: the cities as rows (industries across), or as columns.
    const body = this.transposed
      ? html`<div role="row" class="row head">
            <div role="columnheader" class="corner">${s.industry}</div>
            ${rows.map((row, r) => this.renderCityHeader(row, r, stop))}
          </div>
          ${columns.map(
            (ind, i) => html`<div role="row" class="row">
              <div role="rowheader" class="indhead">${pick(ind.label, lang)}</div>
              ${rows.map((row, r) => this.renderCell(row, row.cells[i]!, r, i + 1, stop))}
            </div>`,
          )}`
      : html`<div role="row" class="row head">
            <div role="columnheader" class="corner">${s.city}</div>
            ${columns.map((ind) => html`<div role="columnheader"><span class="colhead-text">${pick(ind.label, lang)}</span></div>`)}
          </div>
          ${rows.map(
            (row, r) => html`<div role="row" class="row ${this.highlight === row.city.id ? 'highlighted' : ''}">
              ${this.renderCityHeader(row, r, stop)} ${row.cells.map((cell, i) => this.renderCell(row, cell, r, i + 1, stop))}
            </div>`,
          )}`;
    return html`<div
      role="grid"
      class="grid ${this.transposed ? 'transposed' : ''}"
      part="grid"
      data-layout=${this.transposed ? 'cities-as-columns' : 'industries-as-columns'}
      aria-label=${s.gridLabel}
      @keydown=${this.onKeydown}
      @focusout=${(e: FocusEvent) => this.keysHint.left(e.currentTarget as Element, e.relatedTarget)}
      @click=${this.onClick}
    >
      ${body}
    </div>`;
  }

  /** Where in the paper some content stands, as a reader cites it: `一（一）、三（一）`, `sections 1.1 and 3.1`. */
  private sections(items: Provenance[]): string {
    const lang = this.locale;
    return coreStrings[lang].sections([...new Set(items.map((p) => p.section))].map((id) => sectionLabel(id, lang)));
  }

  private sectionTitle(id: SectionId, lang: Lang): string {
    return paper.sections[id] ? pick(paper.sections[id], lang) : sectionLabel(id, lang);
  }

  private renderStatement(st: MatrixStatement) {
    const lang = this.locale;
    const s = messages[lang];
    const shown = pick(st.text, lang);
    // The Chinese original, wherever the sentence is shown in translation.
    return html`<figure class="quote">
      <blockquote>
        <p>${shown}</p>
      </blockquote>
      ${shown !== st.text.zh
        ? html`<p class="original"><span class="original-label">${s.original}${coreStrings[lang].colon}</span><span lang="zh-CN">${st.text.zh}</span></p>`
        : nothing}
      <figcaption>— ${this.sectionTitle(st.section, lang)}${st.refs.map((n) => html` ${refLink(n, lang)}`)}</figcaption>
    </figure>`;
  }

  private renderDetails(): TemplateResult {
    const lang = this.locale;
    const s = messages[lang];
    const sel = this.selection;
    const row = sel ? this.model.rows.find((r) => r.city.id === sel.city) : undefined;
    const cell = sel?.industry ? row?.cells.find((c) => c.industry.id === sel.industry) : undefined;
    let body: TemplateResult;
    if (!sel || !row) {
      body = html`<p class="muted">${s.hint}</p>`;
    } else if (!sel.industry) {
      body = html`<h3>${s.cityHeading(pick(row.city.name, lang))}</h3>
        ${row.statements.map((st) => this.renderStatement(st))}`;
    } else if (cell) {
      const city = pick(row.city.name, lang);
      const industry = pick(cell.industry.label, lang);
      body = html`<h3>${s.cellHeading(city, industry)}</h3>
        ${cell.marks.length
          ? html`<p class="marks-line">${cell.marks.map((m) => html`<span><span class="sym ${m}" aria-hidden="true">${MARK_SYMBOLS[m]}</span> ${s.mark[m]}</span>`)}</p>
              ${cell.statements.map((st) => this.renderStatement(st))}`
          : html`<p>${s.none(this.sections([...this.data.cities, ...this.data.opportunities]), city, industry)}</p>`}`;
    } else {
      body = html`<p class="muted">${s.hint}</p>`;
    }
    return html`<div class="details" part="details" aria-live="polite" aria-atomic="true">${body}</div>`;
  }

  private renderCaveats(data: CitiesDataset) {
    if (!data.caveats.length) return nothing;
    const lang = this.locale;
    const s = messages[lang];
    const core = coreStrings[lang];
    return html`<section class="caveats" part="caveats" aria-labelledby="caveats-title">
      <h3 id="caveats-title">${s.caveatsTitle}</h3>
      <p>${s.caveatsIntro(this.sections(data.caveats))}</p>
      <ul>
        ${data.caveats.map(
          (c) => html`<li>
            <strong>${pick(c.label, lang)}</strong>${c.description ? html`${core.colon}${pick(c.description, lang)}` : nothing}${refMarks(c.refs, lang)}
          </li>`,
        )}
      </ul>
    </section>`;
  }

  /** Every sentence behind the matrix, for print, where nothing can be selected. */
  private renderPrintStatements() {
    const lang = this.locale;
    const s = messages[lang];
    return html`<div class="print-only">
      <h3>${s.allStatements}</h3>
      ${this.model.rows.map(
        (row) => html`<section>
          <h4>${pick(row.city.name, lang)}</h4>
          ${row.statements.map((st) => this.renderStatement(st))}
        </section>`,
      )}
    </div>`;
  }

  protected renderBody(data: CitiesDataset): TemplateResult {
    const lang = this.locale;
    const s = messages[lang];
    return html`<h2>${s.title}</h2>
      <p>${s.intro}</p>
      <ul class="key" part="key" aria-label=${s.keyTitle}>
        ${MATRIX_MARKS.map((m) => html`<li><span class="sym ${m}" aria-hidden="true">${MARK_SYMBOLS[m]}</span><span>${s.mark[m]}</span></li>`)}
      </ul>
      ${this.renderGrid()}
      <p class="note help" id=${this.keysHint.id}>${s.keys}</p>
      ${this.renderDetails()} ${this.renderCaveats(data)} ${this.renderPrintStatements()}`;
  }

  protected provenance(data: CitiesDataset): Provenance[] {
    return [...data.cities, ...data.opportunities, ...data.caveats];
  }
}

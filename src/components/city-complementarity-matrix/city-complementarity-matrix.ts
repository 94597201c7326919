import { css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { cities } from '../../data/cities.js';
import { paper } from '../../data/paper.js';
import { CITY_IDS, type CityId, type SectionId } from '../../data/ids.js';
import type { CitiesDataset, City, Item, Provenance, Text } from '../../data/schema.js';
import { lazyValidator } from '../../core/util/check.js';
import { oneOf } from '../../core/util/attributes.js';
import { HwElement } from '../../core/base/base.js';
import { emit } from '../../core/util/events.js';
import { type Lang, pick } from '../../core/controllers/lang.js';
import { refLink, sectionLabel } from '../../core/ui/source.js';
import { coreStrings } from '../../core/i18n/strings.js';

/** Values of the `highlight` attribute: a city of the paper, or `none`. */
export const MATRIX_HIGHLIGHTS = ['none', ...CITY_IDS] as const;
export type MatrixHighlight = (typeof MATRIX_HIGHLIGHTS)[number];

/**
 * What a mark of the matrix says, each backed by a sentence of the paper:
 * - `lead`: the paper names the industry as one of the city's own (一(一));
 * - `complement`: the paper says the city's industries complement this
 *   industry of Hohhot (一(一));
 * - `opportunity`: the paper names this industry as a field of cooperation
 *   between Hohhot and the city (一(一), 三(一)).
 */
export const MATRIX_MARKS = ['lead', 'complement', 'opportunity'] as const;
export type MatrixMark = (typeof MATRIX_MARKS)[number];

/** One sentence of the paper behind a mark, with where it stands. */
export interface MatrixStatement extends Provenance {
  text: Text;
}

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

const SYMBOLS: Record<MatrixMark, string> = { lead: '●', complement: '◆', opportunity: '★' };

const strings = {
  'zh-CN': {
    title: '呼和浩特与包头、鄂尔多斯、乌兰察布的产业互补',
    intro: '每个标记都对应论文中的一句原文。选择城市或单元格，即可阅读论文的表述及其出处。',
    keyTitle: '图例',
    mark: {
      lead: '该市的优势或主导产业',
      complement: '该市产业与呼和浩特此产业形成互补',
      opportunity: '与呼和浩特的合作机会',
    } satisfies Record<MatrixMark, string>,
    city: '城市',
    gridLabel: '城市与产业互补矩阵',
    keys: '用方向键在单元格之间移动，Home 和 End 跳到行首和行尾，按 Enter 或空格键显示论文原文。',
    colon: '：',
    markSep: '；',
    noMark: '无标记',
    highlighted: '（突出显示）',
    hint: '尚未选择。选择一个城市或单元格，这里会显示论文的原文。',
    cellHeading: (city: string, industry: string) => `${city} · ${industry}`,
    cityHeading: (city: string) => `${city}：论文的表述`,
    none: (where: string, city: string, industry: string) => `论文在${where}中没有把“${industry}”与${city}联系起来，因此此处没有标记。`,
    original: '原文',
    caveatsTitle: '论文同时指出的问题',
    caveatsIntro: (where: string) => `论文在${where}中指出，这些互补关系的实现仍面临以下问题：`,
    allStatements: '矩阵所依据的论文原文',
  },
  en: {
    title: 'How Hohhot complements Baotou, Ordos and Ulanqab',
    intro: 'Every mark stands for a sentence of the paper. Select a city or a cell to read what the paper says and where.',
    keyTitle: 'Key',
    mark: {
      lead: 'Leading industry of the city',
      complement: "The city's industries complement this industry of Hohhot",
      opportunity: 'Field of cooperation with Hohhot',
    } satisfies Record<MatrixMark, string>,
    city: 'City',
    gridLabel: 'Matrix of cities and complementary industries',
    keys: 'Use the arrow keys to move between cells, Home and End to jump to the start or end of a row, and Enter or Space to show the paper’s sentence.',
    colon: ': ',
    markSep: '; ',
    noMark: 'no mark',
    highlighted: ' (highlighted)',
    hint: 'Nothing selected yet. Select a city or a cell to show the paper’s own sentence here.',
    cellHeading: (city: string, industry: string) => `${city} · ${industry}`,
    cityHeading: (city: string) => `${city}: what the paper says`,
    none: (where: string, city: string, industry: string) => `In ${where} the paper does not link ${industry.toLowerCase()} with ${city}, so this cell has no mark.`,
    original: 'Original Chinese',
    caveatsTitle: 'Problems the paper also names',
    caveatsIntro: (where: string) => `In ${where} the paper notes what still stands in the way of this complementarity:`,
    allStatements: 'The sentences of the paper behind the matrix',
  },
} satisfies Record<Lang, unknown>;

interface Cell {
  industry: Item;
  marks: MatrixMark[];
  statements: MatrixStatement[];
}
interface Row {
  city: City;
  cells: Cell[];
  statements: MatrixStatement[];
}
interface Model {
  columns: Item[];
  rows: Row[];
}

function statementOf(x: { statement: Text } & Provenance): MatrixStatement {
  return { text: x.statement, section: x.section, refs: [...x.refs], ...(x.origin ? { origin: x.origin } : {}) };
}

function uniqueStatements(list: MatrixStatement[]): MatrixStatement[] {
  const seen = new Set<string>();
  return list.filter((s) => (seen.has(s.text.zh) ? false : (seen.add(s.text.zh), true)));
}

/**
 * The matrix as the paper supports it: a column for every industry that
 * carries at least one mark, and for every mark the sentences behind it.
 */
export function complementarityModel(data: CitiesDataset): Model {
  const marksOf = (city: City, id: string): { marks: MatrixMark[]; statements: MatrixStatement[] } => {
    const marks: MatrixMark[] = [];
    const statements: MatrixStatement[] = [];
    if (city.leads.includes(id)) marks.push('lead');
    if (city.complements?.includes(id)) marks.push('complement');
    if (marks.length) statements.push(statementOf(city));
    const opps = data.opportunities.filter((o) => o.city === city.id && o.industry === id);
    if (opps.length) {
      marks.push('opportunity');
      statements.push(...opps.map(statementOf));
    }
    return { marks, statements: uniqueStatements(statements) };
  };
  const columns = data.industries.filter((ind) => data.cities.some((c) => marksOf(c, ind.id).marks.length > 0));
  const rows = data.cities.map((city) => ({
    city,
    cells: columns.map((industry) => ({ industry, ...marksOf(city, industry.id) })),
    statements: uniqueStatements([statementOf(city), ...data.opportunities.filter((o) => o.city === city.id).map(statementOf)]),
  }));
  return { columns, rows };
}

/** A selected city (`industry: null`) or cell of the matrix. */
export interface MatrixSelection {
  city: CityId;
  industry: string | null;
}

const matrixStyles = css`
  .key {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1.25rem;
    list-style: none;
    padding: 0;
    margin: 0 0 0.75rem;
    font-size: 0.9rem;
  }
  .key li {
    display: inline-flex;
    gap: 0.4rem;
    align-items: baseline;
  }
  .sym {
    font-family: 'DejaVu Sans', 'Segoe UI Symbol', var(--_hw-font-family);
    font-style: normal;
    line-height: 1;
  }
  .sym.lead {
    color: var(--_hw-text);
  }
  .sym.complement {
    color: var(--_hw-muted);
  }
  .sym.opportunity {
    color: var(--_hw-accent);
  }

  /* Narrow (the default): one block per city, with its marked industries. */
  .grid {
    display: block;
    margin: 0 0 0.5rem;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem;
    padding: 0.6rem;
    margin-bottom: 0.5rem;
    border: 1px solid var(--_hw-border);
    border-radius: var(--_hw-radius);
  }
  .row.head {
    display: none;
  }
  .row.highlighted {
    border-width: 3px;
    border-color: var(--_hw-accent);
    background: var(--_hw-surface);
  }
  .cell {
    display: inline-flex;
    align-items: center;
    gap: 0.35rem;
    min-height: 2.25rem;
    min-width: 2.25rem;
    padding: 0.2rem 0.5rem;
    border: 1px solid var(--_hw-border);
    border-radius: var(--_hw-radius);
    background: var(--_hw-bg);
    cursor: pointer;
    font-size: 0.95rem;
  }
  .cell.empty {
    display: none;
  }
  .rowhead {
    flex: 1 0 100%;
    font-weight: 700;
    font-size: 1.05rem;
    border-style: none;
    padding-inline: 0.25rem;
    background: transparent;
  }
  .cell[aria-selected='true'] {
    border: 2px solid var(--_hw-accent);
    box-shadow: inset 0 0 0 1px var(--_hw-accent);
    background: var(--_hw-surface);
  }
  .rowhead[aria-selected='true'] {
    text-decoration: underline;
    text-decoration-thickness: 2px;
    text-underline-offset: 0.2em;
  }
  .syms {
    white-space: nowrap;
    letter-spacing: 0.1em;
  }

  /* Wide: the matrix, cities down the side and industries along the top. */
  @container (min-width: 48rem) {
    .grid {
      border-top: 1px solid var(--_hw-border);
    }
    .row,
    .row.head {
      display: grid;
      grid-template-columns: minmax(5.5rem, 8rem) repeat(var(--hw-matrix-cols, 12), minmax(min-content, 1fr));
      gap: 0;
      padding: 0;
      margin: 0;
      border: none;
      border-bottom: 1px solid var(--_hw-border);
      border-radius: 0;
    }
    .row.highlighted {
      border: none;
      border-bottom: 1px solid var(--_hw-border);
      outline: 3px solid var(--_hw-accent);
      outline-offset: -3px;
    }
    [role='columnheader'] {
      display: flex;
      align-items: flex-end;
      justify-content: center;
      padding: 0.4rem 0.15rem;
      font-size: 0.85rem;
      font-weight: 600;
      border-inline-start: 1px solid var(--_hw-grid);
    }
    [role='columnheader'].corner {
      justify-content: flex-start;
      border-inline-start: none;
    }
    .colhead-text {
      writing-mode: vertical-rl;
      max-height: 12.5rem;
      line-height: 1.2;
    }
    .cell,
    .cell.empty {
      display: flex;
      justify-content: center;
      min-height: 2.75rem;
      min-width: 0;
      padding: 0.2rem;
      border: none;
      border-inline-start: 1px solid var(--_hw-grid);
      border-radius: 0;
      background: transparent;
    }
    .rowhead {
      justify-content: flex-start;
      border-inline-start: none;
      font-size: 0.95rem;
      padding-inline: 0.5rem;
    }
    .cell[aria-selected='true'] {
      border: none;
      box-shadow: inset 0 0 0 3px var(--_hw-accent);
      background: var(--_hw-surface);
    }
    .cell-label {
      position: absolute !important;
      width: 1px !important;
      height: 1px !important;
      margin: -1px !important;
      overflow: hidden !important;
      clip: rect(0 0 0 0) !important;
      white-space: nowrap !important;
    }
    .syms {
      font-size: 1.15rem;
      letter-spacing: 0;
      display: flex;
      flex-direction: column;
      align-items: center;
      gap: 0.1rem;
    }
  }

  .help {
    margin: 0 0 0.75rem;
  }
  .details {
    border: 1px solid var(--_hw-border);
    border-radius: var(--_hw-radius);
    background: var(--_hw-surface);
    padding: 0.75rem;
    margin: 0 0 0.75rem;
  }
  .details h3 {
    margin-bottom: 0.4rem;
  }
  .marks-line {
    margin: 0 0 0.5rem;
    font-size: 0.9rem;
  }
  .marks-line span + span::before {
    content: ' · ';
  }
  .quote {
    margin: 0 0 0.75rem;
  }
  .quote:last-child {
    margin-bottom: 0;
  }
  blockquote {
    margin: 0;
    padding-inline-start: 0.75rem;
    border-inline-start: 3px solid var(--_hw-accent);
  }
  blockquote p {
    margin: 0;
  }
  .original {
    margin: 0.3rem 0 0;
    padding-inline-start: 0.75rem;
    font-size: 0.9rem;
    color: var(--_hw-muted);
  }
  figcaption {
    margin-top: 0.25rem;
    font-size: 0.85rem;
    color: var(--_hw-muted);
  }
  .caveats {
    border-inline-start: 3px solid var(--_hw-muted);
    padding: 0.25rem 0 0.25rem 0.75rem;
    margin: 0 0 0.5rem;
  }
  .caveats ul {
    margin: 0;
    padding-inline-start: 1.1rem;
  }
  .caveats li {
    margin-bottom: 0.35rem;
  }
  .print-only {
    display: none;
  }
  @media (forced-colors: active) {
    .cell[aria-selected='true'],
    .row.highlighted {
      outline: 3px solid Highlight;
      outline-offset: -3px;
    }
  }
  @media print {
    .help,
    .details {
      display: none;
    }
    .print-only {
      display: block;
    }
    .print-only section {
      break-inside: avoid;
      margin-bottom: 0.5rem;
    }
  }
`;

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
  static override styles = [...HwElement.styles, matrixStyles];

  /** A city to emphasise (`hohhot`, `baotou`, `ordos`, `ulanqab`); its statement is shown until the reader selects another. Default `none`. */
  @property({ converter: oneOf<MatrixHighlight>('highlight', MATRIX_HIGHLIGHTS, 'none') })
  highlight: MatrixHighlight = 'none';

  protected readonly defaultData = cities;
  protected readonly validator = lazyValidator('validateCitiesDataset');

  /** What the reader selected; until then the highlighted city, if any. */
  @state() private chosen: MatrixSelection | null = null;
  /** The cell that holds the grid's one tab stop: row (city) and column (0 = the city's header). */
  @state() private active: { r: number; c: number } | null = null;

  private model: Model = { columns: [], rows: [] };
  /** The dataset `model` was built from: the model is rebuilt only when the data changes, not on every keypress. */
  private modelData?: CitiesDataset;
  /** The column count last written to `--hw-matrix-cols`. */
  private cols = 0;
  private resize?: ResizeObserver;

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
    this.resize = new ResizeObserver(() => this.keepTabStopVisible());
    this.resize.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resize?.disconnect();
    this.resize = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
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
  }

  private activeCell(): { r: number; c: number } {
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

  /** The visible cell of row `r` nearest to column `c` (the row header is always visible). */
  private nearest(r: number, c: number): number {
    const last = this.model.columns.length;
    for (let d = 0; d <= last; d++) {
      if (c - d >= 0 && this.visible(r, c - d)) return c - d;
      if (c + d <= last && this.visible(r, c + d)) return c + d;
    }
    return 0;
  }

  private onKeydown(e: KeyboardEvent): void {
    const target = (e.target as HTMLElement).closest<HTMLElement>('[data-r]');
    if (!target) return;
    const r = Number(target.dataset.r);
    const c = Number(target.dataset.c);
    const rows = this.model.rows.length;
    const last = this.model.columns.length;
    let next: { r: number; c: number } | null = null;
    switch (e.key) {
      case 'ArrowRight':
        for (let x = c + 1; x <= last && !next; x++) if (this.visible(r, x)) next = { r, c: x };
        next ??= { r, c };
        break;
      case 'ArrowLeft':
        for (let x = c - 1; x >= 0 && !next; x--) if (this.visible(r, x)) next = { r, c: x };
        next ??= { r, c };
        break;
      case 'ArrowDown':
        next = r + 1 < rows ? { r: r + 1, c: this.nearest(r + 1, c) } : { r, c };
        break;
      case 'ArrowUp':
        next = r > 0 ? { r: r - 1, c: this.nearest(r - 1, c) } : { r, c };
        break;
      case 'Home':
        next = e.ctrlKey ? { r: 0, c: 0 } : { r, c: 0 };
        break;
      case 'End': {
        const row = e.ctrlKey ? rows - 1 : r;
        next = { r: row, c: this.nearest(row, last) };
        break;
      }
      case 'Enter':
      case ' ':
        e.preventDefault();
        this.choose(r, c);
        return;
      default:
        return;
    }
    e.preventDefault();
    this.moveTo(next);
  }

  private async moveTo(to: { r: number; c: number }): Promise<void> {
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
    return marks.map((m) => html`<span class="sym ${m}">${SYMBOLS[m]}</span>`);
  }

  private renderGrid(): TemplateResult {
    const lang = this.locale;
    const s = strings[lang];
    const { columns, rows } = this.model;
    const active = this.activeCell();
    const tab = (r: number, c: number) => (active.r === r && active.c === c ? '0' : '-1');
    return html`<div
      role="grid"
      class="grid"
      part="grid"
      aria-label=${s.gridLabel}
      aria-describedby="matrix-help"
      @keydown=${this.onKeydown}
      @click=${this.onClick}
    >
      <div role="row" class="row head">
        <div role="columnheader" class="corner">${s.city}</div>
        ${columns.map((ind) => html`<div role="columnheader"><span class="colhead-text">${pick(ind.label, lang)}</span></div>`)}
      </div>
      ${rows.map(
        (row, r) => html`<div role="row" class="row ${this.highlight === row.city.id ? 'highlighted' : ''}">
          <div
            role="rowheader"
            class="cell rowhead"
            data-r=${r}
            data-c="0"
            tabindex=${tab(r, 0)}
            aria-selected=${this.isSelected(row.city.id, null) ? 'true' : 'false'}
          >
            ${pick(row.city.name, lang)}${this.highlight === row.city.id ? html`<span class="visually-hidden">${s.highlighted}</span>` : nothing}
          </div>
          ${row.cells.map((cell, i) => {
            const label = pick(cell.industry.label, lang);
            const marks = cell.marks.length ? cell.marks.map((m) => s.mark[m]).join(s.markSep) : s.noMark;
            return html`<div
              role="gridcell"
              class="cell ${cell.marks.length ? 'marked' : 'empty'}"
              data-r=${r}
              data-c=${i + 1}
              data-industry=${cell.industry.id}
              data-marks=${cell.marks.join(' ')}
              tabindex=${tab(r, i + 1)}
              aria-selected=${this.isSelected(row.city.id, cell.industry.id) ? 'true' : 'false'}
            >
              <span class="syms" aria-hidden="true">${this.renderSymbols(cell.marks)}</span>
              <span class="cell-label">${label}</span><span class="visually-hidden">${s.colon}${marks}</span>
            </div>`;
          })}
        </div>`,
      )}
    </div>`;
  }

  /** Where in the paper some content stands, as a reader cites it: `一（一）、三（一）`, `sections 1.1 and 3.1`. */
  private sections(items: Provenance[]): string {
    const lang = this.locale;
    return coreStrings[lang].sections([...new Set(items.map((p) => p.section))].map((id) => sectionLabel(id, lang)));
  }

  private sectionTitle(id: SectionId, lang: Lang): string {
    return paper.sections[id] ? pick(paper.sections[id]!, lang) : sectionLabel(id, lang);
  }

  private renderStatement(st: MatrixStatement) {
    const lang = this.locale;
    const s = strings[lang];
    return html`<figure class="quote">
      <blockquote>
        <p>${pick(st.text, lang)}</p>
      </blockquote>
      ${lang === 'en' ? html`<p class="original"><span class="original-label">${s.original}: </span><span lang="zh-CN">${st.text.zh}</span></p>` : nothing}
      <figcaption>— ${this.sectionTitle(st.section, lang)}${st.refs.map((n) => html` ${refLink(n, lang)}`)}</figcaption>
    </figure>`;
  }

  private renderDetails(): TemplateResult {
    const lang = this.locale;
    const s = strings[lang];
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
          ? html`<p class="marks-line">${cell.marks.map((m) => html`<span><span class="sym ${m}" aria-hidden="true">${SYMBOLS[m]}</span> ${s.mark[m]}</span>`)}</p>
              ${cell.statements.map((st) => this.renderStatement(st))}`
          : html`<p>${s.none(this.sections([...this.data.cities, ...this.data.opportunities]), city, industry)}</p>`}`;
    } else {
      body = html`<p class="muted">${s.hint}</p>`;
    }
    return html`<div class="details" part="details" aria-live="polite">${body}</div>`;
  }

  private renderCaveats(data: CitiesDataset) {
    if (!data.caveats.length) return nothing;
    const lang = this.locale;
    const s = strings[lang];
    return html`<section class="caveats" part="caveats" aria-labelledby="caveats-title">
      <h3 id="caveats-title">${s.caveatsTitle}</h3>
      <p>${s.caveatsIntro(this.sections(data.caveats))}</p>
      <ul>
        ${data.caveats.map(
          (c) => html`<li>
            <strong>${pick(c.label, lang)}</strong>${c.description ? html`${lang === 'zh-CN' ? '：' : ': '}${pick(c.description, lang)}` : nothing}${c.refs.map((n, i) => html`${i || lang !== 'zh-CN' ? ' ' : ''}${refLink(n, lang)}`)}
          </li>`,
        )}
      </ul>
    </section>`;
  }

  /** Every sentence behind the matrix, for print, where nothing can be selected. */
  private renderPrintStatements() {
    const lang = this.locale;
    const s = strings[lang];
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
    const s = strings[lang];
    return html`<h2>${s.title}</h2>
      <p>${s.intro}</p>
      <ul class="key" part="key" aria-label=${s.keyTitle}>
        ${MATRIX_MARKS.map((m) => html`<li><span class="sym ${m}" aria-hidden="true">${SYMBOLS[m]}</span><span>${s.mark[m]}</span></li>`)}
      </ul>
      ${this.renderGrid()}
      <p class="note help" id="matrix-help">${s.keys}</p>
      ${this.renderDetails()} ${this.renderCaveats(data)} ${this.renderPrintStatements()}`;
  }

  protected provenance(data: CitiesDataset): Provenance[] {
    return [...data.cities, ...data.opportunities, ...data.caveats];
  }
}

import { css, html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { oneOf } from '../util/attributes.js';
import { HwElement } from './base.js';
import { ChartController, type ChartModel } from '../controllers/chart.js';
import { downloadText, tableToCsv } from '../util/csv.js';
import { emit } from '../util/events.js';
import { sourceText } from '../ui/source.js';
import { coreStrings } from '../i18n/strings.js';
import { dataTable } from '../ui/table.js';
import { errorAlert } from '../ui/alert.js';

export const VIEWS = ['chart', 'table'] as const;
export type View = (typeof VIEWS)[number];

/** An entry of a chart's legend: its text, and the colour slot (and tint) of its swatch. */
export interface LegendEntry {
  label: string;
  series: number;
  tint?: 1 | 2;
}

/** Detail of the `hw-view-change` event. */
export interface ViewChangeDetail {
  view: View;
}

const chartStyles = css`
  .chart-box {
    position: relative;
  }
  .chart-canvas {
    position: relative;
    width: 100%;
    min-height: 160px;
  }
  .chart-canvas canvas {
    display: block;
    max-width: 100%;
  }
  .chart-error {
    margin-bottom: 0.75em;
  }
  .chart-error button {
    margin-top: 0.5em;
  }
  .chart-tip {
    position: absolute;
    z-index: 1;
    /* Its own width, not what is left to the right of its point (placeTip() keeps it inside). */
    width: max-content;
    max-width: min(calc(16em / 0.875), 90%);
    padding: 0.4em calc(0.5em / 0.875);
    border: 1px solid var(--_hw-muted);
    border-radius: 4px;
    background: var(--_hw-bg);
    color: var(--_hw-text);
    font-size: 0.875em;
    line-height: 1.35;
    pointer-events: none;
    transform: translate(-50%, calc(-100% - 8px));
  }
  .chart-tip.below {
    transform: translate(-50%, 8px);
  }
  .chart-tip-label {
    display: block;
  }
  /* The points' proxies (ChartController.render()): a list over the canvas that pointer events
     pass through (the hover tooltip is the canvas's). Each proxy is laid over its mark through
     CSSOM; until the chart is drawn, each covers the whole chart. */
  .chart-points {
    position: absolute;
    inset: 0;
    margin: 0;
    padding: 0;
    list-style: none;
    pointer-events: none;
    /* A proxy never reaches past the chart (say, placed before a resize it has not seen yet),
       so it cannot widen the page; the margin leaves room for the focus outline. */
    overflow: clip;
    overflow-clip-margin: 8px;
  }
  .chart-point {
    position: absolute;
    inset: 0;
    outline: none;
  }
  .chart-point.placed {
    inset: auto;
  }
  /* The focused proxy's outline is the focus mark of the active bar or segment. */
  .chart-point:focus {
    outline: 3px solid var(--_hw-focus);
    outline-offset: 3px;
  }
  /* Before the chart: out of sight until it has the focus. */
  .skip-link:not(:focus) {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  /* Focused, it lies over the top of the chart where it stands: nothing below it moves. */
  .skip-link:focus {
    position: absolute;
    z-index: 2;
    /* Its focus ring inside the widget's box. */
    max-width: calc(100% - 1em);
  }
  .table-wrap table:focus {
    outline: 3px solid var(--_hw-focus);
    outline-offset: 2px;
  }
  @media print {
    /* The data table, visually hidden in chart view, is printed instead (baseStyles). */
    .chart-box,
    .chart-tip,
    .legend {
      display: none;
    }
  }
`;

/**
 * A widget that draws its dataset as a chart: the view switch (chart or
 * table), the chart with keyboard navigation and text summary, the real data
 * table (visually hidden in chart view), and the CSV download of exactly the
 * table shown. A chart widget supplies one `ChartModel` and its own header.
 *
 * @fires hw-view-change - The reader switched between chart and table. `detail: { view }`
 * @fires error - The dataset from `data` or `src` could not be used, or chart.js could not be loaded (`kind: 'chart'`; the table is shown instead) (does not bubble). `detail: { kind, message, path?, status? }`
 * @fires hw-error - The same event as `error`, under a name typed in `HTMLElementEventMap`. Does not bubble.
 */
export abstract class HwChartElement<T> extends HwElement<T, T> {
  static override styles = [...HwElement.styles, chartStyles];

  /** `chart` (default) or `table`. */
  @property({ converter: oneOf<View>('view', VIEWS, 'chart'), reflect: true })
  view: View = 'chart';

  protected readonly chartCtl = new ChartController(
    this,
    () => (this.view === 'chart' ? this.currentModel : null),
    () => this.dispatchError({ kind: 'chart', message: coreStrings[this.locale].chartFailed }),
  );
  private currentModel: ChartModel | null = null;

  /** The chart, table and CSV of the widget, for a valid dataset in the resolved language. */
  protected abstract chartModel(data: T): ChartModel;
  /** What comes above the chart: title, context figures, notes. */
  protected abstract renderHeader(data: T, model: ChartModel): TemplateResult;
  /** What comes below the chart and table: notes, legend. */
  protected renderFooter(_data: T, _model: ChartModel): TemplateResult | typeof nothing {
    return nothing;
  }
  /**
   * A legend entry per point (for a doughnut, whose segments carry no text):
   * its label with its note (e.g. the flow) in the language's brackets, and
   * its value as the table writes it.
   */
  protected pointLegend(model: ChartModel): LegendEntry[] {
    const s = coreStrings[this.locale];
    return model.points.map((p) => ({ label: `${p.note ? `${p.label}${s.note(p.note)}` : p.label}${s.colon}${p.text}`, series: p.series, tint: p.tint }));
  }
  /** A legend for charts whose colours carry meaning. */
  protected legend(_model: ChartModel): LegendEntry[] {
    return [];
  }

  /**
   * The skip link before the chart: the data table, shown (a reader who asks for the table
   * expects to see where the focus lands; in chart view it is only visually hidden), then focused.
   */
  private async skipToTable(): Promise<void> {
    this.setView('table');
    await this.updateComplete;
    const table = this.renderRoot.querySelector<HTMLTableElement>('[part="table"] table');
    if (!table) return;
    table.tabIndex = -1;
    table.focus();
  }

  private setView(view: View): void {
    if (view === this.view) return;
    this.view = view;
    emit(this, 'hw-view-change', { view });
  }

  /** Downloads the table, exactly as shown, as CSV. */
  downloadCsv(): void {
    const model = this.hasProblem ? null : this.currentModel;
    if (model) downloadText(`${model.filename}.csv`, tableToCsv(model.table));
  }

  /** The CSV text of the table as shown, for pages that want it without a download. */
  get csv(): string {
    return this.currentModel && !this.hasProblem ? tableToCsv(this.currentModel.table) : '';
  }

  protected override renderBody(data: T): TemplateResult {
    const s = coreStrings[this.locale];
    const model = this.chartModel(data);
    // The CSV ends with the same source line as the widget.
    model.table.source ??= sourceText(this.locale, this.provenance(data), this.origins(data));
    this.currentModel = model;
    const legend = this.legend(model);
    const failed = this.chartCtl.failed;
    return html`${this.renderHeader(data, model)}
      <div class="toolbar" part="toolbar">
        <div class="segmented" role="group" aria-label=${s.view}>
          ${(['chart', 'table'] as const).map(
            (v) => html`<button type="button" aria-pressed=${this.view === v ? 'true' : 'false'} @click=${() => this.setView(v)}>${s[v]}</button>`,
          )}
        </div>
        <button type="button" @click=${() => this.downloadCsv()}>${s.downloadCsv}</button>
      </div>
      ${this.view !== 'chart'
        ? nothing
        : failed
          ? errorAlert({ className: 'chart-error', message: s.chartFailed, action: { label: s.retry, run: () => this.chartCtl.retry() } })
          : html`${legend.length
              ? html`<ul class="legend" aria-hidden="true">${legend.map((l) => html`<li><span class="swatch s${l.series}${l.tint ? ` tint${l.tint}` : ''}"></span>${l.label}</li>`)}</ul>`
              : nothing}<button type="button" class="skip-link" @click=${() => void this.skipToTable()}>${s.skipChart}</button>${this.chartCtl.render(
                model,
                s.chartKeys,
              )}`}
      ${dataTable(model.table, this.view === 'chart' && !failed)} ${this.renderFooter(data, model)}`;
  }
}

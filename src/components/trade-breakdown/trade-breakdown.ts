import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { trade2024 } from '../../data/trade.js';
import type { Provenance, TradeDataset } from '../../data/schema.js';
import { lazyValidator } from '../../core/util/check.js';
import { oneOf } from '../../core/util/attributes.js';
import { HwChartElement } from '../../core/base/chart-element.js';
import type { ChartModel } from '../../core/controllers/chart.js';
import { formatFigure } from '../../core/i18n/format.js';
import { messages } from './trade-breakdown.strings.js';
import { BREAKDOWN_CHARTS, FLOWS, type BreakdownChart, type Flow, breakdownModel, breakdownNote, flowGroups, flowLegend } from './model.js';

export { BREAKDOWN_CHARTS, FLOWS } from './model.js';
export type { BreakdownChart, Flow } from './model.js';

/**
 * Hohhot's 2024 imports and exports by main commodity (those the paper
 * names for each flow), with total trade and its growth as context, from
 * Saihan Customs via the paper, section 二(一).
 *
 * @summary Hohhot's 2024 main imports and exports by commodity.
 * @tag hohhot-trade-breakdown
 *
 * @fires hw-view-change - The reader switched between chart and table. `detail: { view: 'chart' | 'table' }`
 * @fires error - `data` or `src` could not be used (does not bubble). `detail: { kind, message, path?, status? }`
 * @fires hw-error - The same event as `error`, under a name typed in `HTMLElementEventMap`. Does not bubble.
 * @fires hw-chart-ready - The chart has been drawn (not bubbling).
 *
 * @csspart base - The widget's frame.
 * @csspart toolbar - The view switch and CSV button.
 * @csspart chart - The chart box.
 * @csspart table - The data table.
 * @csspart source - The source line.
 * @csspart error - The alert shown when data cannot be used.
 *
 * @cssprop --hw-font-family - Font stack.
 * @cssprop --hw-bg - Background colour.
 * @cssprop --hw-text - Text colour.
 * @cssprop --hw-muted - Secondary text colour.
 * @cssprop --hw-border - Border colour.
 * @cssprop --hw-accent - Links and the pressed view button.
 * @cssprop --hw-focus - Focus ring colour.
 * @cssprop --hw-series-1 - Colour of imports (in the doughnut, with lighter tints for the second and third import).
 * @cssprop --hw-series-2 - Colour of exports (in the doughnut, with lighter tints for the second and third export).
 * @cssprop --hw-radius - Corner radius.
 */
export class HohhotTradeBreakdown extends HwChartElement<TradeDataset> {
  /** Which flow to show: `imports`, `exports` or `both` (default). */
  @property({ converter: oneOf<Flow>('flow', FLOWS, 'both') })
  flow: Flow = 'both';

  /** Chart type: `bar` (default) or `doughnut`. */
  @property({ converter: oneOf<BreakdownChart>('chart', BREAKDOWN_CHARTS, 'bar') })
  chart: BreakdownChart = 'bar';

  protected readonly defaultData = trade2024;
  protected readonly validator = lazyValidator('validateTradeDataset');

  protected chartModel(data: TradeDataset): ChartModel {
    return breakdownModel(data, this.flow, this.chart, this.locale, messages[this.locale]);
  }

  protected override legend(model: ChartModel) {
    if (model.kind === 'doughnut') return this.pointLegend(model);
    return flowLegend(this.data, this.flow, messages[this.locale]);
  }

  protected renderHeader(data: TradeDataset, model: ChartModel) {
    const lang = this.locale;
    const m = messages[lang];
    return html`<h2>${m.title[this.flow](data.year)}</h2>
      <p>${m.context(data.year, formatFigure(data.total, lang), formatFigure(data.growth, lang))}</p>
      <p class="note">${breakdownNote(data, model.kind, m)}</p>`;
  }

  protected provenance(data: TradeDataset): Provenance[] {
    return [data.total, data.growth, ...flowGroups(data, this.flow).flatMap((g) => g.items)];
  }
}

import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { trade2024 } from '../../data/trade.js';
import type { Figure, Provenance, TradeDataset } from '../../data/schema.js';
import { lazyValidator } from '../../core/util/check.js';
import { oneOf } from '../../core/util/attributes.js';
import { HwChartElement } from '../../core/base/chart-element.js';
import type { ChartModel, ChartPoint } from '../../core/controllers/chart.js';
import { countWord, formatBare, formatFigure, plotValue, unitTitle } from '../../core/i18n/format.js';
import { type Lang, lowerFirst, pick } from '../../core/controllers/lang.js';

export const FLOWS = ['imports', 'exports', 'both'] as const;
export type Flow = (typeof FLOWS)[number];
export const BREAKDOWN_CHARTS = ['bar', 'doughnut'] as const;
export type BreakdownChart = (typeof BREAKDOWN_CHARTS)[number];

/** The bar colour of each flow, in the chart and its legend alike. */
const FLOW_SERIES = { imports: 1, exports: 2 } as const;

const strings = {
  'zh-CN': {
    title: { both: (year: number) => `${year}年呼和浩特主要进出口商品`, imports: (year: number) => `${year}年呼和浩特主要进口商品`, exports: (year: number) => `${year}年呼和浩特主要出口商品` },
    context: (year: number, total: string, growth: string) => `${year}年呼和浩特市进出口贸易值${total}，同比增长${growth}。`,
    imports: '进口',
    exports: '出口',
    flow: '类别',
    commodity: '商品',
    value: (unit: string) => `金额（${unit}）`,
    notWhole: (imports: number, exports: number) =>
      `论文只列出进口${imports === exports ? `、出口各${countWord(imports, 'zh-CN')}类` : `${countWord(imports, 'zh-CN')}类、出口${countWord(exports, 'zh-CN')}类`}主要商品，未给出进口总额或出口总额：下列各项并非呼和浩特的全部贸易。`,
    doughnutNote: '圆环图只比较所列商品之间的大小，不表示它们在进口或出口总额中的占比。',
    caption: (year: number, flows: string) => `${year}年呼和浩特主要${flows}商品（论文所列）`,
    summary: (kind: string, parts: string) => `${kind}：${parts}。论文未给出进口或出口总额。`,
    bar: '条形图',
    doughnut: '圆环图',
    group: (flow: string, items: string) => `主要${flow}商品为${items}`,
    itemSep: '、',
    groupSep: '；',
    both: '进出口',
  },
  en: {
    title: {
      both: (year: number) => `Hohhot's main imports and exports by commodity, ${year}`,
      imports: (year: number) => `Hohhot's main imports by commodity, ${year}`,
      exports: (year: number) => `Hohhot's main exports by commodity, ${year}`,
    },
    context: (year: number, total: string, growth: string) => `Hohhot's total trade in ${year} was ${total}, up ${growth} year on year.`,
    imports: 'Imports',
    exports: 'Exports',
    flow: 'Flow',
    commodity: 'Commodity',
    value: (unit: string) => `Value (${unit})`,
    notWhole: (imports: number, exports: number) =>
      `The paper names ${imports === exports ? `${countWord(imports, 'en')} main commodities each for imports and exports` : `${countWord(imports, 'en')} main commodities for imports and ${countWord(exports, 'en')} for exports`} and gives no import or export totals: these items are not the whole of Hohhot’s trade.`,
    doughnutNote: 'The doughnut compares the named commodities with one another only; it does not show their share of all imports or exports.',
    caption: (year: number, flows: string) => `Hohhot's main ${flows} by commodity, ${year} (as named in the paper)`,
    summary: (kind: string, parts: string) => `${kind}: ${parts}. The paper gives no import or export totals.`,
    bar: 'Bar chart',
    doughnut: 'Doughnut chart',
    group: (flow: string, items: string) => `main ${flow.toLowerCase()}: ${items}`,
    itemSep: ', ',
    groupSep: '; ',
    both: 'imports and exports',
  },
} satisfies Record<Lang, unknown>;

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
 * @cssprop --hw-series-1 - Colour of imports (and the first doughnut segment).
 * @cssprop --hw-series-2 - Colour of exports (and the second doughnut segment).
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

  private groups(data: TradeDataset): { flow: 'imports' | 'exports'; items: Figure[] }[] {
    const all = [
      { flow: 'imports' as const, items: data.imports },
      { flow: 'exports' as const, items: data.exports },
    ];
    return this.flow === 'both' ? all : all.filter((g) => g.flow === this.flow);
  }

  protected chartModel(data: TradeDataset): ChartModel {
    const lang = this.locale;
    const s = strings[lang];
    const groups = this.groups(data);
    const both = this.flow === 'both';
    const points: ChartPoint[] = [];
    groups.forEach((g) =>
      g.items.forEach((f) =>
        points.push({
          label: pick(f.label, lang),
          value: plotValue(f.value, f.unit, lang),
          text: formatFigure(f, lang),
          series: this.chart === 'doughnut' ? (points.length % 6) + 1 : FLOW_SERIES[g.flow],
          note: both ? s[g.flow] : undefined,
        }),
      ),
    );
    const unit = unitTitle('yi-yuan', lang);
    const flowsText = this.flow === 'both' ? s.both : this.flow === 'imports' ? s.imports : s.exports;
    return {
      kind: this.chart,
      summary: s.summary(
        s[this.chart],
        groups
          .map((g) => s.group(s[g.flow], g.items.map((f) => `${lang === 'en' ? lowerFirst(pick(f.label, lang)) : pick(f.label, lang)} ${formatFigure(f, lang)}`).join(s.itemSep)))
          .join(s.groupSep),
      ),
      axisTitle: unit,
      points,
      table: {
        caption: s.caption(data.year, lang === 'en' ? flowsText.toLowerCase() : flowsText),
        head: [s.commodity, ...(both ? [s.flow] : []), s.value(unit)],
        rows: groups.flatMap((g) =>
          g.items.map((f) => [
            { text: pick(f.label, lang) },
            ...(both ? [{ text: s[g.flow] }] : []),
            { text: formatBare(f.value, f.unit, lang), numeric: true },
          ]),
        ),
      },
      filename: `hohhot-trade-${this.flow}-${data.year}`,
    };
  }

  protected override legend(model: ChartModel) {
    const s = strings[this.locale];
    if (model.kind === 'doughnut') return this.pointLegend(model);
    return this.groups(this.data).map((g) => ({ label: s[g.flow], series: FLOW_SERIES[g.flow] }));
  }

  protected renderHeader(data: TradeDataset, model: ChartModel) {
    const lang = this.locale;
    const s = strings[lang];
    return html`<h2>${s.title[this.flow](data.year)}</h2>
      <p>${s.context(data.year, formatFigure(data.total, lang), formatFigure(data.growth, lang))}</p>
      <p class="note">${s.notWhole(data.imports.length, data.exports.length)}${model.kind === 'doughnut' ? `${lang === 'en' ? ' ' : ''}${s.doughnutNote}` : nothing}</p>`;
  }

  protected provenance(data: TradeDataset): Provenance[] {
    return [data.total, data.growth, ...this.groups(data).flatMap((g) => g.items)];
  }
}

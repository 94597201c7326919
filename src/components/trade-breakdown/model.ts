/**
 * What `<hohhot-trade-breakdown>` shows, as pure functions of the dataset,
 * the options, the language and the messages: no DOM, no Lit.
 */
import type { Figure, TradeDataset } from '../../data/schema.js';
import type { ChartModel, ChartPoint } from '../../core/controllers/chart.js';
import { formatBare, formatFigure, plotValue, unitTitle } from '../../core/i18n/format.js';
import { type Lang, pick } from '../../core/controllers/lang.js';
import { coreStrings } from '../../core/i18n/strings.js';
import type { TradeBreakdownMessages } from './trade-breakdown.strings.js';

export const FLOWS = ['imports', 'exports', 'both'] as const;
export type Flow = (typeof FLOWS)[number];
export const BREAKDOWN_CHARTS = ['bar', 'doughnut'] as const;
export type BreakdownChart = (typeof BREAKDOWN_CHARTS)[number];

/** The bar colour of each flow, in the chart and its legend alike. */
export const FLOW_SERIES = { imports: 1, exports: 2 } as const;

/** The commodities of one flow, as the paper lists them. */
export interface FlowGroup {
  flow: 'imports' | 'exports';
  items: Figure[];
}

/** The flows shown: imports then exports for `both`, else the one asked for. */
export function flowGroups(data: TradeDataset, flow: Flow): FlowGroup[] {
  const all: FlowGroup[] = [
    { flow: 'imports', items: data.imports },
    { flow: 'exports', items: data.exports },
  ];
  return flow === 'both' ? all : all.filter((g) => g.flow === flow);
}

/** The chart, its summary, the table and the CSV name. */
export function breakdownModel(data: TradeDataset, flow: Flow, chart: BreakdownChart, lang: Lang, m: TradeBreakdownMessages): ChartModel {
  const c = coreStrings[lang];
  const groups = flowGroups(data, flow);
  const both = flow === 'both';
  const points: ChartPoint[] = [];
  // One colour meaning in both charts: the flow's colour (imports blue, exports orange); a
  // doughnut tells the segments of one flow apart by tints of that colour.
  groups.forEach((g) =>
    g.items.forEach((f, k) =>
      points.push({
        label: pick(f.label, lang),
        value: plotValue(f.value, f.unit, lang),
        text: formatFigure(f, lang),
        bare: formatBare(f.value, f.unit, lang),
        series: FLOW_SERIES[g.flow],
        ...(chart === 'doughnut' && k % 3 ? { tint: (k % 3) as 1 | 2 } : {}),
        note: both ? m[g.flow] : undefined,
      }),
    ),
  );
  const unit = unitTitle('yi-yuan', lang);
  const groupText = (g: FlowGroup) => m.group(m[g.flow], g.items.map((f) => m.item(pick(f.label, lang), formatFigure(f, lang))).join(c.listSep));
  return {
    kind: chart,
    summary: m.summary(m[chart], groups.map(groupText).join(c.clauseSep)),
    axisTitle: unit,
    points,
    table: {
      caption: m.caption[flow](data.year),
      head: [m.commodity, ...(both ? [m.flow] : []), m.value(unit)],
      rows: groups.flatMap((g) =>
        g.items.map((f) => [
          { text: pick(f.label, lang) },
          ...(both ? [{ text: m[g.flow] }] : []),
          { text: formatBare(f.value, f.unit, lang), numeric: true },
        ]),
      ),
    },
    filename: `hohhot-trade-${flow}-${data.year}`,
  };
}

/** The bar chart's legend: one entry per flow shown, in its colour. */
export function flowLegend(data: TradeDataset, flow: Flow, m: TradeBreakdownMessages): { label: string; series: number }[] {
  return flowGroups(data, flow).map((g) => ({ label: m[g.flow], series: FLOW_SERIES[g.flow] }));
}

/** The note under the title: the items are not the whole of the trade (and, for the doughnut, not shares of it). */
export function breakdownNote(data: TradeDataset, chart: BreakdownChart, m: TradeBreakdownMessages): string {
  const notWhole = m.notWhole(data.imports.length, data.exports.length);
  return chart === 'doughnut' ? m.addSentence(notWhole, m.doughnutNote) : notWhole;
}

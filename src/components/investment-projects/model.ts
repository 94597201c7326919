/**
 * What `<hohhot-investment-projects>` shows, as pure functions of the
 * dataset, the language and the messages: no DOM, no Lit.
 */
import { projectBands, type ProjectBand } from '../../data/derive.js';
import type { InvestmentDataset, Threshold } from '../../data/schema.js';
import type { ChartModel, ChartPoint } from '../../core/controllers/chart.js';
import { formatBare, formatFigure, formatNumber, yuanSize } from '../../core/i18n/format.js';
import { type Lang, pick } from '../../core/controllers/lang.js';
import { coreStrings } from '../../core/i18n/strings.js';
import type { InvestmentProjectsMessages } from './investment-projects.strings.js';

/** How project counts are shown: the paper's cumulative `thresholds`, or disjoint size `bands` derived from them. */
export const PROJECT_MODES = ['thresholds', 'bands'] as const;
export type ProjectMode = (typeof PROJECT_MODES)[number];

/** The thresholds, smallest first. */
export function sortedThresholds(data: InvestmentDataset): Threshold[] {
  return [...data.thresholds].sort((a, b) => a.atLeastYiYuan - b.atLeastYiYuan);
}

/** A threshold as a label: `10亿元以上`, `At least CNY 1 billion`. */
export function thresholdLabel(t: Threshold, lang: Lang, m: InvestmentProjectsMessages): string {
  return m.atLeast(yuanSize(t.atLeastYiYuan, lang));
}

/** The projects of a threshold with their count: `亿元以上项目430个`. */
function projectsPhrase(t: Threshold, lang: Lang, m: InvestmentProjectsMessages): string {
  return m.projectsOf(thresholdLabel(t, lang, m), formatFigure(t.count, lang));
}

/** The count of the lowest threshold: all projects the paper counts. `sorted` is `sortedThresholds(data)`. */
export function allProjects(sorted: readonly Threshold[], lang: Lang, m: InvestmentProjectsMessages): string {
  return projectsPhrase(sorted[0]!, lang, m);
}

/** Each threshold inside the one below it, for the note on cumulative counts. `sorted` is `sortedThresholds(data)`. */
export function cumulativePairs(sorted: readonly Threshold[], lang: Lang, m: InvestmentProjectsMessages): string[] {
  return sorted.slice(1).map((t, i) => m.within(projectsPhrase(t, lang, m), projectsPhrase(sorted[i]!, lang, m)));
}

/** The paper's cumulative counts by size threshold, as bars. */
export function thresholdsModel(data: InvestmentDataset, lang: Lang, m: InvestmentProjectsMessages, sorted = sortedThresholds(data)): ChartModel {
  const c = coreStrings[lang];
  const points: ChartPoint[] = sorted.map((t) => ({
    label: thresholdLabel(t, lang, m),
    value: t.count.value,
    text: formatFigure(t.count, lang),
    bare: formatBare(t.count.value, t.count.unit, lang),
    series: 1,
  }));
  return {
    kind: 'bar',
    summary: m.summaryThresholds(points.map((p) => m.summaryItem(p.label, p.text)).join(c.listSep)),
    axisTitle: m.count,
    points,
    table: {
      caption: m.captionThresholds(data.year),
      head: [m.size, m.count],
      rows: sorted.map((t) => [{ text: thresholdLabel(t, lang, m) }, { text: formatBare(t.count.value, t.count.unit, lang), numeric: true }]),
    },
    filename: `hohhot-investment-projects-thresholds-${data.year}`,
  };
}

/** A band as a label, the same on the axis, in the table and the summary: `1–10亿元`, `100亿元以上`. */
export function bandLabel(b: ProjectBand, lang: Lang, m: InvestmentProjectsMessages): string {
  if (b.to === undefined) return m.atLeast(yuanSize(b.from, lang));
  return m.band(formatNumber(b.from, lang), formatNumber(b.to, lang), yuanSize(b.from, lang), yuanSize(b.to, lang));
}

/** Disjoint size bands derived from the thresholds, the derived ones marked. */
export function bandsModel(data: InvestmentDataset, lang: Lang, m: InvestmentProjectsMessages, sorted = sortedThresholds(data)): ChartModel {
  const c = coreStrings[lang];
  const bands = projectBands(data);
  const points: ChartPoint[] = bands.map((b) => ({
    label: bandLabel(b, lang, m),
    value: b.count.value,
    text: formatFigure(b.count, lang),
    bare: formatBare(b.count.value, b.count.unit, lang),
    series: b.count.derived ? 2 : 1,
    ...(b.count.derived ? { note: c.derived } : {}),
  }));
  const rowLabel = (b: ProjectBand) => (b.count.derived ? `${bandLabel(b, lang, m)}${c.note(c.derived)}` : bandLabel(b, lang, m));
  return {
    kind: 'bar',
    summary: m.summaryBands(
      bands.map((b, i) => m.summaryItem(rowLabel(b), points[i]!.text)).join(c.listSep),
      allProjects(sorted, lang, m),
    ),
    axisTitle: m.count,
    points,
    table: {
      caption: m.captionBands(data.year),
      head: [m.size, m.count],
      rows: bands.map((b) => [{ text: rowLabel(b) }, { text: formatBare(b.count.value, b.count.unit, lang), numeric: true }]),
    },
    filename: `hohhot-investment-projects-bands-${data.year}`,
  };
}

/** The model of the mode shown. */
export function projectsModel(data: InvestmentDataset, mode: ProjectMode, lang: Lang, m: InvestmentProjectsMessages, sorted = sortedThresholds(data)): ChartModel {
  return mode === 'bands' ? bandsModel(data, lang, m, sorted) : thresholdsModel(data, lang, m, sorted);
}

/** The bands' legend: stated and derived counts, as far as the chart has them; the thresholds need none. */
export function projectsLegend(model: ChartModel, mode: ProjectMode, lang: Lang, m: InvestmentProjectsMessages): { label: string; series: number }[] {
  if (mode !== 'bands') return [];
  const seen = new Set(model.points.map((p) => p.series));
  return [
    ...(seen.has(1) ? [{ label: m.stated, series: 1 }] : []),
    ...(seen.has(2) ? [{ label: coreStrings[lang].derived, series: 2 }] : []),
  ];
}

/** The key figures above the chart: new projects, agreed investment, funds-in-place rate. */
export function keyFigures(data: InvestmentDataset, lang: Lang, m: InvestmentProjectsMessages, sorted = sortedThresholds(data)): { label: string; value: string }[] {
  const lowest = sorted[0]!;
  return [
    { label: m.newProjects(data.year, yuanSize(lowest.atLeastYiYuan, lang)), value: formatFigure(lowest.count, lang) },
    { label: pick(data.agreedInvestment.label, lang), value: formatFigure(data.agreedInvestment, lang) },
    { label: pick(data.fundsInPlaceRate.label, lang), value: formatFigure(data.fundsInPlaceRate, lang) },
  ];
}

/** The Horinger New Area signing as one sentence. */
export function horingerText(data: InvestmentDataset, lang: Lang, m: InvestmentProjectsMessages): string {
  const h = data.horinger2025;
  return m.horinger(pick(h.period, lang), formatFigure(h.projects, lang), yuanSize(h.projectThresholdYiYuan, lang), formatFigure(h.investment, lang));
}

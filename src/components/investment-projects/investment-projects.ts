import { css, html } from 'lit';
import { property } from 'lit/decorators.js';
import { investment2024 } from '../../data/investment.js';
import { projectBands } from '../../data/derive.js';
import type { InvestmentDataset, Provenance, Threshold } from '../../data/schema.js';
import { lazyValidator } from '../../core/util/check.js';
import { oneOf } from '../../core/util/attributes.js';
import { HwChartElement } from '../../core/base/chart-element.js';
import type { ChartModel, ChartPoint } from '../../core/controllers/chart.js';
import { formatBare, formatFigure, formatNumber, yuanSize } from '../../core/i18n/format.js';
import { type Lang, pick } from '../../core/controllers/lang.js';
import { coreStrings } from '../../core/i18n/strings.js';
import { figureList, figureListStyles } from '../../core/ui/figure-list.js';

/** How project counts are shown: the paper's cumulative `thresholds`, or disjoint size `bands` derived from them. */
export const PROJECT_MODES = ['thresholds', 'bands'] as const;
export type ProjectMode = (typeof PROJECT_MODES)[number];

/** A band as a short axis label (the table gives it exactly): `1–10亿元`; in English as in the table. */
function bandAxisText(from: number, to: number, lang: Lang): string {
  if (lang === 'zh-CN') return `${formatNumber(from, lang)}–${formatNumber(to, lang)}亿元`;
  return strings.en.band(yuanSize(from, lang), yuanSize(to, lang));
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

const strings = {
  'zh-CN': {
    title: (year: number) => `${year}年呼和浩特招商引资`,
    atLeast: (size: string) => `${size}以上`,
    band: (from: string, to: string) => `${from}以上、不足${to}`,
    projectsOf: (label: string, count: string) => `${label}项目${count}`,
    newProjects: (year: number, size: string) => `${year}年新引进${size}以上项目`,
    size: '项目规模',
    count: '项目数（个）',
    cumulative: (pairs: string[]) => `各档为累计数：${pairs.join('，')}。各档之间是包含关系，不能相加。`,
    within: (inner: string, outer: string) => `${inner}已计入${outer}之中`,
    bandsNote: (total: string) =>
      `标“${coreStrings['zh-CN'].derived}”的区间为推算值：相邻两档累计数之差，论文未直接给出。各区间互不重叠，合计即${total}。`,
    captionThresholds: (year: number) => `${year}年呼和浩特新引进项目数，按规模门槛（累计：大项目也计入较小门槛）`,
    captionBands: (year: number) => `${year}年呼和浩特新引进项目数，按规模区间（由论文的累计数推算）`,
    summaryThresholds: (items: string) => `条形图，按规模门槛的累计项目数：${items}。大项目也计入较小门槛，各数不能相加。`,
    summaryBands: (items: string, total: string) => `条形图，按规模区间的项目数：${items}。各区间合计即${total}。`,
    derivedItem: (label: string, derived: string) => `${label}（${derived}）`,
    stated: '论文数据',
    fieldsTitle: '项目涵盖的领域',
    fieldsNote: '论文列举的领域（“等多个领域”），并非全部。',
    horingerTitle: (period: string) => `和林格尔新区：${period}签约`,
    horinger: (period: string, count: string, size: string, investment: string) =>
      `${period}，和林格尔新区成功签约${size}以上项目${count}，协议投资金额${investment}。`,
    examples: '论文举出的签约项目：',
  },
  en: {
    title: (year: number) => `Attracting investment to Hohhot, ${year}`,
    atLeast: (size: string) => `At least ${size}`,
    band: (from: string, to: string) => `${from} to under ${to.replace(/^CNY /, '')}`,
    projectsOf: (label: string, count: string) => `${count} of ${lowerFirst(label)}`,
    newProjects: (year: number, size: string) => `New projects of at least ${size}, ${year}`,
    size: 'Project size',
    count: 'Number of projects',
    cumulative: (pairs: string[]) =>
      `The counts are cumulative: ${pairs.join('; ')}. Each class contains the larger ones, so the counts must not be added up.`,
    within: (inner: string, outer: string) => `the ${inner} are among the ${outer}`,
    bandsNote: (total: string) =>
      `Bands marked “${coreStrings.en.derived}” are derived: the difference of two of the paper's cumulative counts, which the paper does not state. The bands do not overlap; together they make up the ${total}.`,
    captionThresholds: (year: number) => `New projects in Hohhot in ${year} by size threshold (cumulative: larger projects also count towards the lower thresholds)`,
    captionBands: (year: number) => `New projects in Hohhot in ${year} by size band (derived from the paper's cumulative counts)`,
    summaryThresholds: (items: string) =>
      `Bar chart of cumulative project counts by size threshold: ${items}. Larger projects also count towards the lower thresholds, so the counts must not be added up.`,
    summaryBands: (items: string, total: string) => `Bar chart of project counts by size band: ${items}. Together the bands make up the ${total}.`,
    derivedItem: (label: string, derived: string) => `${label} (${derived})`,
    stated: 'stated in the paper',
    fieldsTitle: 'Fields the projects cover',
    fieldsNote: 'Fields named by the paper as examples (“and other fields”), not a complete list.',
    horingerTitle: (period: string) => `Horinger New Area: signings in ${period}`,
    horinger: (period: string, count: string, size: string, investment: string) =>
      `In ${period} Horinger New Area signed ${count} of at least ${size} each, with agreed investment of ${investment}.`,
    examples: 'Projects the paper names among them:',
  },
} satisfies Record<Lang, unknown>;

const investmentStyles = css`
  .more {
    margin-top: 1rem;
  }
  .more ul {
    margin: 0 0 0.75rem;
    padding-inline-start: 1.25rem;
  }
  .fields {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
    list-style: none;
    padding: 0 !important;
  }
  .fields li {
    border: 1px solid var(--_hw-border);
    border-radius: 999px;
    padding: 0.1rem 0.65rem;
    font-size: 0.9rem;
  }
`;

/**
 * Attracting investment in 2024 (section 二(二)): projects introduced by size
 * threshold, shown as the paper gives them, cumulative (the 10亿元 class is
 * inside the 亿元 class), never as parts of a whole; or as disjoint size bands
 * derived from those thresholds and marked derived. With the agreed
 * investment, the funds-in-place rate, the fields the projects cover and the
 * early-2025 Horinger New Area signing.
 *
 * @summary Hohhot's 2024 investment projects by size threshold, and the Horinger New Area signing.
 *
 * @fires hw-view-change - The reader switched between chart and table. `detail: { view: 'chart' | 'table' }`
 * @fires error - `data` or `src` could not be used (does not bubble). `detail: { kind, message, path?, status? }`
 * @fires hw-error - The same event as `error`, under a name typed in `HTMLElementEventMap`. Does not bubble.
 * @fires hw-chart-ready - The chart has been drawn (not bubbling).
 *
 * @csspart base - The widget's frame.
 * @csspart figures - The key figures (agreed investment, funds-in-place rate).
 * @csspart toolbar - The view switch and CSV button.
 * @csspart chart - The chart box.
 * @csspart table - The data table.
 * @csspart details - The fields and the Horinger New Area signing.
 * @csspart source - The source line.
 * @csspart error - The alert shown when data cannot be used.
 *
 * @cssprop --hw-font-family - Font stack.
 * @cssprop --hw-bg - Background colour.
 * @cssprop --hw-surface - Background of the key-figure cards.
 * @cssprop --hw-text - Text colour.
 * @cssprop --hw-muted - Secondary text colour.
 * @cssprop --hw-border - Border colour.
 * @cssprop --hw-accent - Links and the pressed view button.
 * @cssprop --hw-focus - Focus ring colour.
 * @cssprop --hw-series-1 - Colour of the bars of stated counts.
 * @cssprop --hw-series-2 - Colour of the bars of derived bands.
 * @cssprop --hw-radius - Corner radius.
 * @tag hohhot-investment-projects
 */
export class HohhotInvestmentProjects extends HwChartElement<InvestmentDataset> {
  static override styles = [...HwChartElement.styles, figureListStyles, investmentStyles];

  /** `thresholds` (default): the paper's cumulative counts; `bands`: disjoint size bands derived from them. */
  @property({ converter: oneOf<ProjectMode>('mode', PROJECT_MODES, 'thresholds'), reflect: true })
  mode: ProjectMode = 'thresholds';

  protected readonly defaultData = investment2024;
  protected readonly validator = lazyValidator('validateInvestmentDataset');

  private sortedFor?: { data: InvestmentDataset; thresholds: Threshold[] };

  /** The thresholds, smallest first: sorted once per dataset, not on every render. */
  private sorted(data: InvestmentDataset): Threshold[] {
    if (this.sortedFor?.data !== data) {
      this.sortedFor = { data, thresholds: [...data.thresholds].sort((a, b) => a.atLeastYiYuan - b.atLeastYiYuan) };
    }
    return this.sortedFor.thresholds;
  }

  private thresholdLabel(t: Threshold): string {
    return strings[this.locale].atLeast(yuanSize(t.atLeastYiYuan, this.locale));
  }

  /** The count of the lowest threshold: all projects the paper counts, e.g. `亿元以上项目430个`. */
  private allProjects(data: InvestmentDataset): string {
    const lowest = this.sorted(data)[0]!;
    return strings[this.locale].projectsOf(this.thresholdLabel(lowest), formatFigure(lowest.count, this.locale));
  }

  protected chartModel(data: InvestmentDataset): ChartModel {
    return this.mode === 'bands' ? this.bandsModel(data) : this.thresholdsModel(data);
  }

  private thresholdsModel(data: InvestmentDataset): ChartModel {
    const lang = this.locale;
    const s = strings[lang];
    const thresholds = this.sorted(data);
    const points: ChartPoint[] = thresholds.map((t) => ({
      label: this.thresholdLabel(t),
      value: t.count.value,
      text: formatFigure(t.count, lang),
      series: 1,
    }));
    return {
      kind: 'bar',
      summary: s.summaryThresholds(points.map((p) => `${p.label}${coreStrings[lang].colon}${p.text}`).join(coreStrings[lang].listSep)),
      axisTitle: s.count,
      points,
      table: {
        caption: s.captionThresholds(data.year),
        head: [s.size, s.count],
        rows: thresholds.map((t) => [{ text: this.thresholdLabel(t) }, { text: formatBare(t.count.value, t.count.unit, lang), numeric: true }]),
      },
      filename: `hohhot-investment-projects-thresholds-${data.year}`,
    };
  }

  private bandsModel(data: InvestmentDataset): ChartModel {
    const lang = this.locale;
    const s = strings[lang];
    const derivedWord = coreStrings[lang].derived;
    const bands = projectBands(data);
    type Band = (typeof bands)[number];
    const label = (b: Band) => (b.to === undefined ? s.atLeast(yuanSize(b.from, lang)) : s.band(yuanSize(b.from, lang), yuanSize(b.to, lang)));
    const points: ChartPoint[] = bands.map((b) => ({
      label: b.to === undefined ? label(b) : bandAxisText(b.from, b.to, lang),
      value: b.count.value,
      text: formatFigure(b.count, lang),
      series: b.count.derived ? 2 : 1,
      ...(b.count.derived ? { note: derivedWord } : {}),
    }));
    const rowLabel = (b: Band) => (b.count.derived ? s.derivedItem(label(b), derivedWord) : label(b));
    return {
      kind: 'bar',
      summary: s.summaryBands(
        bands.map((b, i) => `${rowLabel(b)}${coreStrings[lang].colon}${points[i]!.text}`).join(coreStrings[lang].listSep),
        this.allProjects(data),
      ),
      axisTitle: s.count,
      points,
      table: {
        caption: s.captionBands(data.year),
        head: [s.size, s.count],
        rows: bands.map((b) => [{ text: rowLabel(b) }, { text: formatBare(b.count.value, b.count.unit, lang), numeric: true }]),
      },
      filename: `hohhot-investment-projects-bands-${data.year}`,
    };
  }

  protected override legend(model: ChartModel) {
    if (this.mode !== 'bands') return [];
    const s = strings[this.locale];
    const seen = new Set(model.points.map((p) => p.series));
    return [
      ...(seen.has(1) ? [{ label: s.stated, series: 1 }] : []),
      ...(seen.has(2) ? [{ label: coreStrings[this.locale].derived, series: 2 }] : []),
    ];
  }

  protected renderHeader(data: InvestmentDataset) {
    const lang = this.locale;
    const s = strings[lang];
    const thresholds = this.sorted(data);
    const pairs = thresholds.slice(1).map((t, i) => {
      const outer = thresholds[i]!;
      const phrase = (x: Threshold) => s.projectsOf(this.thresholdLabel(x), formatFigure(x.count, lang));
      return s.within(phrase(t), phrase(outer));
    });
    return html`<h2>${s.title(data.year)}</h2>
      ${figureList([
        { label: s.newProjects(data.year, yuanSize(thresholds[0]!.atLeastYiYuan, lang)), value: formatFigure(thresholds[0]!.count, lang) },
        { label: pick(data.agreedInvestment.label, lang), value: formatFigure(data.agreedInvestment, lang) },
        { label: pick(data.fundsInPlaceRate.label, lang), value: formatFigure(data.fundsInPlaceRate, lang) },
      ])}
      ${pairs.length ? html`<p class="note" data-note="cumulative">${s.cumulative(pairs)}</p>` : ''}
      ${this.mode === 'bands' ? html`<p class="note" data-note="derived">${s.bandsNote(this.allProjects(data))}</p>` : ''}`;
  }

  protected override renderFooter(data: InvestmentDataset) {
    const lang = this.locale;
    const s = strings[lang];
    const h = data.horinger2025;
    return html`<div class="more" part="details">
      ${data.fields.length
        ? html`<h3>${s.fieldsTitle}</h3>
            <ul class="fields">${data.fields.map((f) => html`<li>${pick(f.label, lang)}</li>`)}</ul>
            <p class="note">${s.fieldsNote}</p>`
        : ''}
      <h3>${s.horingerTitle(pick(h.period, lang))}</h3>
      <p>${s.horinger(pick(h.period, lang), formatFigure(h.projects, lang), yuanSize(h.projectThresholdYiYuan, lang), formatFigure(h.investment, lang))}</p>
      ${h.examples.length
        ? html`<p class="examples-intro">${s.examples}</p>
            <ul>${h.examples.map((e) => html`<li>${pick(e.label, lang)}</li>`)}</ul>`
        : ''}
    </div>`;
  }

  protected provenance(data: InvestmentDataset): Provenance[] {
    const h = data.horinger2025;
    return [
      ...data.thresholds.map((t) => t.count),
      data.agreedInvestment,
      data.fundsInPlaceRate,
      ...data.fields,
      h.projects,
      h.investment,
      ...h.examples,
    ];
  }
}

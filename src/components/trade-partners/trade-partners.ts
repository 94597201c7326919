import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { trade2024 } from '../../data/trade.js';
import { shareOfTotal, tradeOutsideBeltAndRoad } from '../../data/derive.js';
import type { Figure, Provenance, TradeDataset } from '../../data/schema.js';
import { lazyValidator } from '../../core/util/check.js';
import { oneOf } from '../../core/util/attributes.js';
import { HwChartElement } from '../../core/base/chart-element.js';
import type { ChartModel, ChartPoint } from '../../core/controllers/chart.js';
import { formatBare, formatFigure, formatNumber, plotValue, unitTitle } from '../../core/i18n/format.js';
import { type Lang, pick } from '../../core/controllers/lang.js';
import { coreStrings } from '../../core/i18n/strings.js';
import { figureList, figureListStyles } from '../../core/ui/figure-list.js';

/** What the widget shows: the named partner countries, ranked, or the Belt and Road share of all trade. */
export const PARTNER_VIEWS = ['countries', 'belt-and-road'] as const;
export type PartnerView = (typeof PARTNER_VIEWS)[number];

const strings = {
  'zh-CN': {
    titleCountries: (year: number) => `${year}年呼和浩特主要贸易国家`,
    titleBri: (year: number) => `${year}年呼和浩特与共建“一带一路”国家的贸易`,
    total: (year: number, total: string) => `${year}年呼和浩特市进出口贸易值${total}。`,
    notWhole: (total: string) =>
      `论文只列出以下主要贸易国家，未给出其他国家的数值：它们并非呼和浩特的全部贸易（全市进出口贸易值${total}），条形只比较这几个国家彼此的大小。`,
    country: '国家',
    rank: '排名',
    value: (unit: string) => `进出口贸易值（${unit}）`,
    captionCountries: (year: number) => `${year}年呼和浩特主要贸易国家（论文所列，并非全部贸易伙伴），按进出口贸易值排序`,
    summaryCountries: (items: string, total: string) =>
      `条形图，按进出口贸易值排序：${items}。这些是论文所列的主要贸易国家，并非全部贸易；全市进出口贸易值为${total}。`,
    bri: '共建“一带一路”国家',
    briValue: '与共建“一带一路”国家贸易值',
    briShare: '占全市进出口贸易值',
    briGrowth: '同比增长',
    group: '贸易伙伴',
    share: '占全市比重（%）',
    growth: '同比增长（%）',
    totalRow: '全市合计',
    notGiven: '未给出',
    remainderNote: (other: string, total: string, bri: string) =>
      `“${other}”为推算值：全市进出口贸易值${total}减去与共建“一带一路”国家的贸易值${bri}，论文未直接给出，也未说明其构成。`,
    captionBri: (year: number) => `${year}年呼和浩特与共建“一带一路”国家及其他贸易伙伴的进出口贸易值`,
    summaryBri: (total: string, bri: string, share: string, growth: string, other: string, otherShare: string, derived: string) =>
      `圆环图：全市进出口贸易值${total}中，与共建“一带一路”国家${bri}，占${share}，同比增长${growth}；其他贸易伙伴（${derived}）${other}，占${otherShare}。`,
    ofTotal: (v: string, share: string) => `${v}，占${share}`,
  },
  en: {
    titleCountries: (year: number) => `Hohhot's main trading partners, ${year}`,
    titleBri: (year: number) => `Hohhot's trade with Belt and Road partner countries, ${year}`,
    total: (year: number, total: string) => `Hohhot's total imports and exports in ${year} came to ${total}.`,
    notWhole: (total: string) =>
      `The paper names only these main trading partners and gives no figures for any other country: they are not the whole of Hohhot's trade (total: ${total}). The bars compare these countries with one another only.`,
    country: 'Country',
    rank: 'Rank',
    value: (unit: string) => `Trade (${unit})`,
    captionCountries: (year: number) => `Hohhot's main trading partners in ${year} (as named in the paper, not all partners), ranked by trade`,
    summaryCountries: (items: string, total: string) =>
      `Bar chart, ranked by trade: ${items}. These are the main partners the paper names, not all of Hohhot's trade; total trade was ${total}.`,
    bri: 'Belt and Road partner countries',
    briValue: 'Trade with Belt and Road partner countries',
    briShare: "Share of Hohhot's total trade",
    briGrowth: 'Year-on-year growth',
    group: 'Partners',
    share: 'Share of total (%)',
    growth: 'Year-on-year growth (%)',
    totalRow: 'Total trade',
    notGiven: 'not given',
    remainderNote: (other: string, total: string, bri: string) =>
      `“${other}” is derived: total trade (${total}) minus trade with Belt and Road partner countries (${bri}). The paper does not state it or say who these partners are.`,
    captionBri: (year: number) => `Hohhot's trade with Belt and Road partner countries and with other partners, ${year}`,
    summaryBri: (total: string, bri: string, share: string, growth: string, other: string, otherShare: string, derived: string) =>
      `Doughnut chart: of total trade of ${total}, trade with Belt and Road partner countries was ${bri}, ${share} of the total, up ${growth} year on year; other partners (${derived}) accounted for ${other}, ${otherShare}.`,
    ofTotal: (v: string, share: string) => `${v}, ${share} of the total`,
  },
} satisfies Record<Lang, unknown>;

/**
 * Who Hohhot traded with in 2024 (section 二(一), Saihan Customs via the
 * paper): the main partner countries the paper names, ranked, or the Belt and
 * Road partner countries as a share of all trade, with the remainder ("other
 * partners") derived as total minus Belt and Road and marked as such. The
 * named countries are never shown as parts of a whole: the paper gives no
 * figures for any other country.
 *
 * @summary Hohhot's main trading partners and its Belt and Road trade, 2024.
 *
 * @fires hw-view-change - The reader switched between chart and table. `detail: { view: 'chart' | 'table' }`
 * @fires error - `data` or `src` could not be used (does not bubble). `detail: { kind, message, path?, status? }`
 * @fires hw-error - The same event as `error`, under a name typed in `HTMLElementEventMap`. Does not bubble.
 * @fires hw-chart-ready - The chart has been drawn (not bubbling).
 *
 * @csspart base - The widget's frame.
 * @csspart figures - The key figures of the Belt and Road view.
 * @csspart toolbar - The view switch and CSV button.
 * @csspart chart - The chart box.
 * @csspart table - The data table.
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
 * @cssprop --hw-series-1 - Colour of the country bars and of the Belt and Road segment.
 * @cssprop --hw-series-2 - Colour of the derived "other partners" segment.
 * @cssprop --hw-radius - Corner radius.
 * @tag hohhot-trade-partners
 */
export class HohhotTradePartners extends HwChartElement<TradeDataset> {
  static override styles = [...HwChartElement.styles, figureListStyles];

  /** What to show: `countries` (default), the named partner countries ranked, or `belt-and-road`, the Belt and Road share of all trade. */
  @property({ converter: oneOf<PartnerView>('show', PARTNER_VIEWS, 'countries') })
  show: PartnerView = 'countries';

  protected readonly defaultData = trade2024;
  protected readonly validator = lazyValidator('validateTradeDataset');

  private outsideFor?: { data: TradeDataset; other: Figure };

  /** Trade outside the Belt and Road group (derived), computed once per dataset for the chart and the header. */
  private outside(data: TradeDataset): Figure {
    if (this.outsideFor?.data !== data) this.outsideFor = { data, other: tradeOutsideBeltAndRoad(data) };
    return this.outsideFor.other;
  }

  /** The named countries, largest first. */
  private ranked(data: TradeDataset): Figure[] {
    return [...data.partners].sort((a, b) => b.value - a.value);
  }

  protected chartModel(data: TradeDataset): ChartModel {
    return this.show === 'belt-and-road' ? this.beltAndRoadModel(data) : this.countriesModel(data);
  }

  private countriesModel(data: TradeDataset): ChartModel {
    const lang = this.locale;
    const s = strings[lang];
    const ranked = this.ranked(data);
    const unit = unitTitle('yi-yuan', lang);
    const points: ChartPoint[] = ranked.map((f) => ({
      label: pick(f.label, lang),
      value: plotValue(f.value, f.unit, lang),
      text: formatFigure(f, lang),
      series: 1,
    }));
    return {
      kind: 'bar',
      summary: s.summaryCountries(
        ranked.map((f) => `${pick(f.label, lang)} ${formatFigure(f, lang)}`).join(coreStrings[lang].listSep),
        formatFigure(data.total, lang),
      ),
      axisTitle: unit,
      points,
      table: {
        caption: s.captionCountries(data.year),
        head: [s.country, s.rank, s.value(unit)],
        rows: ranked.map((f, i) => [
          { text: pick(f.label, lang) },
          { text: formatNumber(i + 1, lang), numeric: true },
          { text: formatBare(f.value, f.unit, lang), numeric: true },
        ]),
      },
      filename: `hohhot-trade-partners-${data.year}`,
    };
  }

  private beltAndRoadModel(data: TradeDataset): ChartModel {
    const lang = this.locale;
    const s = strings[lang];
    const derivedWord = coreStrings[lang].derived;
    const bri = data.beltAndRoad;
    const other = this.outside(data);
    const otherShare = shareOfTotal(other, data);
    const unit = unitTitle('yi-yuan', lang);
    const otherLabel = pick(other.label, lang);
    const marked = (text: string) => (lang === 'zh-CN' ? `${text}（${derivedWord}）` : `${text} (${derivedWord})`);
    const points: ChartPoint[] = [
      {
        label: s.bri,
        value: plotValue(bri.value.value, bri.value.unit, lang),
        text: s.ofTotal(formatFigure(bri.value, lang), formatFigure(bri.share, lang)),
        series: 1,
      },
      {
        label: otherLabel,
        // A dataset whose Belt and Road value exceeds its total has no remainder to draw.
        value: Math.max(0, plotValue(other.value, other.unit, lang)),
        text: s.ofTotal(formatFigure(other, lang), formatFigure(otherShare, lang)),
        series: 2,
        note: derivedWord,
      },
    ];
    return {
      kind: 'doughnut',
      summary: s.summaryBri(
        formatFigure(data.total, lang),
        formatFigure(bri.value, lang),
        formatFigure(bri.share, lang),
        formatFigure(bri.growth, lang),
        formatFigure(other, lang),
        formatFigure(otherShare, lang),
        derivedWord,
      ),
      axisTitle: unit,
      points,
      table: {
        caption: s.captionBri(data.year),
        head: [s.group, s.value(unit), s.share, s.growth],
        rows: [
          [
            { text: s.bri },
            { text: formatBare(bri.value.value, bri.value.unit, lang), numeric: true },
            { text: formatBare(bri.share.value, bri.share.unit, lang), numeric: true },
            { text: formatBare(bri.growth.value, bri.growth.unit, lang), numeric: true },
          ],
          [
            { text: marked(otherLabel) },
            { text: formatBare(other.value, other.unit, lang), numeric: true },
            { text: formatBare(otherShare.value, otherShare.unit, lang), numeric: true },
            { text: s.notGiven, numeric: true },
          ],
          [
            { text: s.totalRow },
            { text: formatBare(data.total.value, data.total.unit, lang), numeric: true },
            { text: '', numeric: true },
            { text: formatBare(data.growth.value, data.growth.unit, lang), numeric: true },
          ],
        ],
      },
      filename: `hohhot-trade-belt-and-road-${data.year}`,
    };
  }

  protected override legend(model: ChartModel) {
    return model.kind === 'doughnut' ? this.pointLegend(model) : [];
  }

  protected renderHeader(data: TradeDataset) {
    const lang = this.locale;
    const s = strings[lang];
    const total = formatFigure(data.total, lang);
    if (this.show === 'countries') {
      return html`<h2>${s.titleCountries(data.year)}</h2>
        <p>${s.total(data.year, total)}</p>
        <p class="note" data-note="not-whole">${s.notWhole(total)}</p>`;
    }
    const bri = data.beltAndRoad;
    const other = this.outside(data);
    return html`<h2>${s.titleBri(data.year)}</h2>
      <p>${s.total(data.year, total)}</p>
      ${figureList([
        { label: s.briValue, value: formatFigure(bri.value, lang) },
        { label: s.briShare, value: formatFigure(bri.share, lang) },
        { label: s.briGrowth, value: formatFigure(bri.growth, lang) },
      ])}
      <p class="note" data-note="derived">${s.remainderNote(pick(other.label, lang), total, formatFigure(bri.value, lang))}</p>`;
  }

  protected provenance(data: TradeDataset): Provenance[] {
    return this.show === 'countries'
      ? [data.total, ...data.partners]
      : [data.total, data.growth, data.beltAndRoad.value, data.beltAndRoad.share, data.beltAndRoad.growth];
  }
}

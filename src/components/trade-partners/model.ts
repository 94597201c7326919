/**
 * What `<hohhot-trade-partners>` shows, as pure functions of the dataset, the
 * language and the messages: no DOM, no Lit.
 */
import { shareOfTotal, tradeOutsideBeltAndRoad } from '../../data/derive.js';
import type { Figure, TradeDataset } from '../../data/schema.js';
import type { ChartModel, ChartPoint } from '../../core/controllers/chart.js';
import { formatBare, formatFigure, formatNumber, plotValue, unitTitle } from '../../core/i18n/format.js';
import { type Lang, pick } from '../../core/controllers/lang.js';
import { coreStrings } from '../../core/i18n/strings.js';
import type { TradePartnersMessages } from './trade-partners.strings.js';

/** What the widget shows: the named partner countries, ranked, or the Belt and Road share of all trade. */
export const PARTNER_VIEWS = ['countries', 'belt-and-road'] as const;
export type PartnerView = (typeof PARTNER_VIEWS)[number];

/** The named countries, largest first. */
export function rankedPartners(data: TradeDataset): Figure[] {
  return [...data.partners].sort((a, b) => b.value - a.value);
}

/** The named countries as a ranked bar chart; never as parts of a whole. */
export function countriesModel(data: TradeDataset, lang: Lang, m: TradePartnersMessages): ChartModel {
  const ranked = rankedPartners(data);
  const unit = unitTitle('yi-yuan', lang);
  const points: ChartPoint[] = ranked.map((f) => ({
    label: pick(f.label, lang),
    value: plotValue(f.value, f.unit, lang),
    text: formatFigure(f, lang),
    bare: formatBare(f.value, f.unit, lang),
    series: 1,
  }));
  return {
    kind: 'bar',
    summary: m.summaryCountries(
      ranked.map((f) => m.item(pick(f.label, lang), formatFigure(f, lang))).join(coreStrings[lang].listSep),
      formatFigure(data.total, lang),
    ),
    axisTitle: unit,
    points,
    table: {
      caption: m.captionCountries(data.year),
      head: [m.country, m.rank, m.value(unit)],
      rows: ranked.map((f, i) => [
        { text: pick(f.label, lang) },
        { text: formatNumber(i + 1, lang), numeric: true },
        { text: formatBare(f.value, f.unit, lang), numeric: true },
      ]),
    },
    filename: `hohhot-trade-partners-${data.year}`,
  };
}

/**
 * Belt and Road trade and the rest of all trade as a doughnut. `other` is the
 * derived remainder (`tradeOutsideBeltAndRoad`), passed in when the caller
 * has it already.
 */
export function beltAndRoadModel(data: TradeDataset, lang: Lang, m: TradePartnersMessages, other: Figure = tradeOutsideBeltAndRoad(data)): ChartModel {
  const c = coreStrings[lang];
  const bri = data.beltAndRoad;
  const otherShare = shareOfTotal(other, data);
  const unit = unitTitle('yi-yuan', lang);
  const otherLabel = pick(other.label, lang);
  const points: ChartPoint[] = [
    {
      label: m.bri,
      value: plotValue(bri.value.value, bri.value.unit, lang),
      text: m.ofTotal(formatFigure(bri.value, lang), formatFigure(bri.share, lang)),
      series: 1,
    },
    {
      label: otherLabel,
      // A dataset whose Belt and Road value exceeds its total has no remainder to draw.
      value: Math.max(0, plotValue(other.value, other.unit, lang)),
      text: m.ofTotal(formatFigure(other, lang), formatFigure(otherShare, lang)),
      series: 2,
      note: c.derived,
    },
  ];
  return {
    kind: 'doughnut',
    summary: m.summaryBri(
      formatFigure(data.total, lang),
      formatFigure(bri.value, lang),
      formatFigure(bri.share, lang),
      formatFigure(bri.growth, lang),
      formatFigure(other, lang),
      formatFigure(otherShare, lang),
      c.derived,
    ),
    axisTitle: unit,
    points,
    table: {
      caption: m.captionBri(data.year),
      head: [m.group, m.value(unit), m.share, m.growth],
      rows: [
        [
          { text: m.bri },
          { text: formatBare(bri.value.value, bri.value.unit, lang), numeric: true },
          { text: formatBare(bri.share.value, bri.share.unit, lang), numeric: true },
          { text: formatBare(bri.growth.value, bri.growth.unit, lang), numeric: true },
        ],
        [
          { text: `${otherLabel}${c.note(c.derived)}` },
          { text: formatBare(other.value, other.unit, lang), numeric: true },
          { text: formatBare(otherShare.value, otherShare.unit, lang), numeric: true },
          { text: m.notGiven, numeric: true },
        ],
        [
          { text: m.totalRow },
          { text: formatBare(data.total.value, data.total.unit, lang), numeric: true },
          // The whole is 100 % of itself: no cell of the share column is left empty.
          { text: formatBare(100, 'percent', lang), numeric: true },
          { text: formatBare(data.growth.value, data.growth.unit, lang), numeric: true },
        ],
      ],
    },
    filename: `hohhot-trade-belt-and-road-${data.year}`,
  };
}

/** The model of the view shown. */
export function partnersModel(data: TradeDataset, show: PartnerView, lang: Lang, m: TradePartnersMessages, other?: Figure): ChartModel {
  return show === 'belt-and-road' ? beltAndRoadModel(data, lang, m, other) : countriesModel(data, lang, m);
}

/** The key figures of the Belt and Road view, label and value. */
export function beltAndRoadFigures(data: TradeDataset, lang: Lang, m: TradePartnersMessages): { label: string; value: string }[] {
  const bri = data.beltAndRoad;
  return [
    { label: m.briValue, value: formatFigure(bri.value, lang) },
    { label: m.briShare, value: formatFigure(bri.share, lang) },
    { label: m.briGrowth, value: formatFigure(bri.growth, lang) },
  ];
}

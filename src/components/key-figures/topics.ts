/**
 * The headline cards of each topic, built from the topic's dataset. Their
 * words are `TopicMessages` (key-figures.strings.ts), read when the cards are
 * built. The e-commerce cards are `<hohhot-cross-border-ecommerce>`'s own
 * (its model and captions), so that a figure reads the same in both widgets.
 */
import type { EcommerceDataset, InvestmentDataset, TradeDataset } from '../../data/schema.js';
import { regionTradeGrowth } from '../../data/derive.js';
import type { FigureCardModel } from '../../core/ui/figure-card.js';
import { formatFigure, yuanSize } from '../../core/i18n/format.js';
import { pick, type Lang } from '../../core/controllers/lang.js';
import { messages, type TopicMessages } from './key-figures.strings.js';
import { ecommerceCards as pilotZoneCards } from '../cross-border-ecommerce/model.js';
import { messages as pilotZoneMessages } from '../cross-border-ecommerce/cross-border-ecommerce.strings.js';

/** Trade: total, growth, growth above the region's, share of the region's trade, Belt and Road share. */
export function tradeCards(data: TradeDataset, lang: Lang, s: TopicMessages = messages[lang]): FigureCardModel[] {
  const bri = data.beltAndRoad;
  return [
    { figure: data.total, caption: s.total(data.year), comparison: { text: s.up(formatFigure(data.growth, lang)) } },
    {
      figure: data.growth,
      caption: s.growth,
      comparison: { text: s.regionGrowth(formatFigure(regionTradeGrowth(data), lang)), derived: true },
    },
    { figure: data.growthAboveRegion, caption: s.aboveRegion },
    { figure: data.shareOfRegion, caption: s.shareOfRegion },
    {
      figure: bri.share,
      caption: s.beltAndRoad,
      comparison: { text: s.beltAndRoadValue(formatFigure(bri.value, lang), formatFigure(bri.growth, lang)) },
    },
  ];
}

/** Investment: projects by size class, agreed investment, funds-in-place rate, the early-2025 Horinger New Area signing. */
export function investmentCards(data: InvestmentDataset, lang: Lang, s: TopicMessages = messages[lang]): FigureCardModel[] {
  const [smallest, ...larger] = [...data.thresholds].sort((a, b) => a.atLeastYiYuan - b.atLeastYiYuan);
  const h = data.horinger2025;
  return [
    {
      figure: smallest!.count,
      caption: s.projects(data.year, yuanSize(smallest!.atLeastYiYuan, lang)),
      ...(larger.length
        ? { comparison: { text: s.ofWhich(larger.map((t) => s.projectsPart(yuanSize(t.atLeastYiYuan, lang), formatFigure(t.count, lang)))) } }
        : {}),
    },
    { figure: data.agreedInvestment, caption: s.agreed(data.year) },
    { figure: data.fundsInPlaceRate, caption: s.fundsInPlace },
    {
      figure: h.investment,
      caption: s.horinger(pick(h.period, lang)),
      comparison: { text: s.horingerProjects(yuanSize(h.projectThresholdYiYuan, lang), formatFigure(h.projects, lang)) },
    },
  ];
}

/** E-commerce: the pilot zone's cards, as `<hohhot-cross-border-ecommerce>` shows them. */
export function ecommerceCards(data: EcommerceDataset, lang: Lang): FigureCardModel[] {
  return pilotZoneCards(data, pilotZoneMessages[lang].cards);
}

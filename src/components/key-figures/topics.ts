/**
 * The headline cards of each topic, built from the topic's dataset: shared by
 * `<hohhot-key-figures>` and `<hohhot-cross-border-ecommerce>` so that a
 * figure reads the same wherever it is shown.
 */
import type { EcommerceDataset, InvestmentDataset, TradeDataset } from '../../data/schema.js';
import { regionTradeGrowth } from '../../data/derive.js';
import type { FigureCardModel } from '../../core/ui/figure-card.js';
import { formatFigure, yuanSize } from '../../core/i18n/format.js';
import { pick, type Lang } from '../../core/controllers/lang.js';

const strings = {
  'zh-CN': {
    total: (year: number) => `${year}年呼和浩特市进出口贸易值`,
    up: (growth: string) => `同比增长${growth}`,
    growth: '进出口贸易值同比增长',
    regionGrowth: (rate: string) => `内蒙古自治区增速${rate}`,
    aboveRegion: '增速高于内蒙古自治区',
    shareOfRegion: '占内蒙古自治区进出口贸易值的比重',
    beltAndRoad: '与共建“一带一路”国家的进出口占全市比重',
    beltAndRoadValue: (value: string, growth: string) => `${value}，同比增长${growth}`,
    projects: (year: number, size: string) => `${year}年新引进${size}以上项目`,
    ofWhich: (parts: string[]) => `其中${parts.join('，')}`,
    projectsPart: (size: string, count: string) => `${size}以上${count}`,
    agreed: (year: number) => `${year}年招商引资协议投资额`,
    fundsInPlace: '已开工项目资金到位率',
    horinger: (period: string) => `${period}和林格尔新区签约项目协议投资金额`,
    horingerProjects: (size: string, count: string) => `签约${size}以上项目${count}`,
    ecommerceTrade: '综试区跨境电商进出口贸易额',
    enterprisesInZone: '入驻综试区的跨境电商企业',
    platformEnterprises: '线上公共服务平台吸引的企业',
  },
  en: {
    total: (year: number) => `Hohhot's total imports and exports, ${year}`,
    up: (growth: string) => `up ${growth} year on year`,
    growth: 'Year-on-year growth in total trade',
    regionGrowth: (rate: string) => `Inner Mongolia as a whole grew ${rate}`,
    aboveRegion: "How far Hohhot's trade growth outpaced Inner Mongolia's",
    shareOfRegion: "Share of Inner Mongolia's total trade",
    beltAndRoad: 'Share of trade with Belt and Road partner countries',
    beltAndRoadValue: (value: string, growth: string) => `${value}, up ${growth} year on year`,
    projects: (year: number, size: string) => `New projects of ${size} or more attracted in ${year}`,
    ofWhich: (parts: string[]) => `of which ${parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : parts[0]}`,
    projectsPart: (size: string, count: string) => `${count} of ${size} or more`,
    agreed: (year: number) => `Agreed investment, ${year}`,
    fundsInPlace: 'Funds-in-place rate of projects under construction',
    horinger: (period: string) => `Agreed investment signed by Horinger New Area, ${period}`,
    horingerProjects: (size: string, count: string) => `${count} of ${size} or more`,
    ecommerceTrade: "Cross-border e-commerce imports and exports of Hohhot's pilot zone",
    enterprisesInZone: 'Cross-border e-commerce enterprises settled in the pilot zone',
    platformEnterprises: "Enterprises on the zone's online public service platform",
  },
} satisfies Record<Lang, unknown>;

/** Trade: total, growth, growth above the region's, share of the region's trade, Belt and Road share. */
export function tradeCards(data: TradeDataset, lang: Lang): FigureCardModel[] {
  const s = strings[lang];
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
export function investmentCards(data: InvestmentDataset, lang: Lang): FigureCardModel[] {
  const s = strings[lang];
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

/** E-commerce: the pilot zone's trade (a lower bound), enterprises in the zone, enterprises on the platform. */
export function ecommerceCards(data: EcommerceDataset, lang: Lang): FigureCardModel[] {
  const s = strings[lang];
  return [
    { figure: data.trade, caption: s.ecommerceTrade },
    { figure: data.enterprisesInZone, caption: s.enterprisesInZone },
    { figure: data.platformEnterprises, caption: s.platformEnterprises },
  ];
}

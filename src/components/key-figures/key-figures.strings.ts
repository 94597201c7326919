import type { TradeDataset } from '../../data/schema.js';
import type { Catalogs } from '../../core/i18n/messages.js';
import { coreStrings } from '../../core/i18n/strings.js';

/** The captions and comparisons of the headline cards (topics.ts). */
export interface TopicMessages {
  total: (year: number) => string;
  up: (growth: string) => string;
  growth: string;
  regionGrowth: (rate: string) => string;
  aboveRegion: string;
  shareOfRegion: string;
  beltAndRoad: string;
  beltAndRoadValue: (value: string, growth: string) => string;
  projects: (year: number, size: string) => string;
  /** The larger size classes after the smallest, each a `projectsPart`. */
  ofWhich: (parts: string[]) => string;
  projectsPart: (size: string, count: string) => string;
  agreed: (year: number) => string;
  fundsInPlace: string;
  horinger: (period: string) => string;
  horingerProjects: (size: string, count: string) => string;
}

/** The messages of `<hohhot-key-figures>`. */
export interface KeyFiguresMessages extends TopicMessages {
  titleTrade: (d: TradeDataset) => string;
  titleInvestment: string;
  titleEcommerce: string;
}

const zhCN: KeyFiguresMessages = {
  titleTrade: (d) => `${d.year}年呼和浩特对外贸易关键数据`,
  titleInvestment: '呼和浩特招商引资关键数据',
  titleEcommerce: '呼和浩特跨境电商综试区关键数据',
  total: (year) => `${year}年呼和浩特市进出口贸易值`,
  up: (growth) => `同比增长${growth}`,
  growth: '进出口贸易值同比增长',
  regionGrowth: (rate) => `内蒙古自治区增速${rate}`,
  aboveRegion: '增速高于内蒙古自治区',
  shareOfRegion: '占内蒙古自治区进出口贸易值的比重',
  beltAndRoad: '与共建“一带一路”国家的进出口占全市比重',
  beltAndRoadValue: (value, growth) => `${value}，同比增长${growth}`,
  projects: (year, size) => `${year}年新引进${size}以上项目`,
  ofWhich: (parts) => `其中${parts.join(coreStrings['zh-CN'].comma)}`,
  projectsPart: (size, count) => `${size}以上${count}`,
  agreed: (year) => `${year}年招商引资协议投资额`,
  fundsInPlace: '已开工项目资金到位率',
  horinger: (period) => `${period}和林格尔新区签约项目协议投资金额`,
  horingerProjects: (size, count) => `签约${size}以上项目${count}`,
};

const en: KeyFiguresMessages = {
  titleTrade: (d) => `Hohhot's foreign trade in ${d.year}: key figures`,
  titleInvestment: 'Attracting investment to Hohhot: key figures',
  titleEcommerce: "Hohhot's cross-border e-commerce pilot zone: key figures",
  total: (year) => `Hohhot's total imports and exports, ${year}`,
  up: (growth) => `up ${growth} year on year`,
  growth: 'Year-on-year growth in total trade',
  regionGrowth: (rate) => `Inner Mongolia as a whole grew ${rate}`,
  aboveRegion: "How far Hohhot's trade growth outpaced Inner Mongolia's",
  shareOfRegion: "Share of Inner Mongolia's total trade",
  beltAndRoad: 'Share of trade with Belt and Road partner countries',
  beltAndRoadValue: (value, growth) => `${value}, up ${growth} year on year`,
  projects: (year, size) => `New projects of ${size} or more attracted in ${year}`,
  ofWhich: (parts) => `of which ${coreStrings.en.list(parts)}`,
  projectsPart: (size, count) => `${count} of ${size} or more`,
  agreed: (year) => `Agreed investment, ${year}`,
  fundsInPlace: 'Funds-in-place rate of projects under construction',
  horinger: (period) => `Agreed investment signed by Horinger New Area, ${period}`,
  horingerProjects: (size, count) => `${count} of ${size} or more`,
};

/** The messages of `<hohhot-key-figures>`, one catalog per language. */
export const messages: Catalogs<KeyFiguresMessages> = { 'zh-CN': zhCN, en };

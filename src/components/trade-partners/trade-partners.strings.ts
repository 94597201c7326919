import type { Catalogs } from '../../core/i18n/messages.js';

/** The interface text of `<hohhot-trade-partners>`. */
export interface TradePartnersMessages {
  titleCountries: (year: number) => string;
  titleBri: (year: number) => string;
  /** Total trade, as context. */
  total: (year: number, total: string) => string;
  /** The named countries are not the whole of the trade. */
  notWhole: (total: string) => string;
  country: string;
  rank: string;
  /** Column head of the values, with the unit. */
  value: (unit: string) => string;
  captionCountries: (year: number) => string;
  summaryCountries: (items: string, total: string) => string;
  /** The Belt and Road partner countries, as a group. */
  bri: string;
  briValue: string;
  briShare: string;
  briGrowth: string;
  group: string;
  share: string;
  growth: string;
  totalRow: string;
  notGiven: string;
  /** How the remainder ("other partners") is derived. */
  remainderNote: (other: string, total: string, bri: string) => string;
  captionBri: (year: number) => string;
  summaryBri: (total: string, bri: string, share: string, growth: string, other: string, otherShare: string, derived: string) => string;
  /** A value with its share of the total. */
  ofTotal: (value: string, share: string) => string;
  /** One country in the summary: its name and its trade. */
  item: (label: string, value: string) => string;
}

const zhCN: TradePartnersMessages = {
  titleCountries: (year) => `${year}年呼和浩特主要贸易国家`,
  titleBri: (year) => `${year}年呼和浩特与共建“一带一路”国家的贸易`,
  total: (year, total) => `${year}年呼和浩特市进出口贸易值${total}。`,
  notWhole: (total) =>
    `论文只列出以下主要贸易国家，未给出其他国家的数值：它们并非呼和浩特的全部贸易（全市进出口贸易值${total}），这些数值只宜在这几个国家之间相互比较。`,
  country: '国家',
  rank: '排名',
  value: (unit) => `进出口贸易值（${unit}）`,
  captionCountries: (year) => `${year}年呼和浩特主要贸易国家（论文所列，并非全部贸易伙伴），按进出口贸易值排序`,
  summaryCountries: (items, total) =>
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
  remainderNote: (other, total, bri) =>
    `“${other}”为推算值：全市进出口贸易值${total}减去与共建“一带一路”国家的贸易值${bri}，论文未直接给出，也未说明其构成。`,
  captionBri: (year) => `${year}年呼和浩特与共建“一带一路”国家及其他贸易伙伴的进出口贸易值`,
  summaryBri: (total, bri, share, growth, other, otherShare, derived) =>
    `圆环图：全市进出口贸易值${total}中，与共建“一带一路”国家${bri}，占${share}，同比增长${growth}；其他贸易伙伴（${derived}）${other}，占${otherShare}。`,
  ofTotal: (value, share) => `${value}，占${share}`,
  item: (label, value) => `${label} ${value}`,
};

const en: TradePartnersMessages = {
  titleCountries: (year) => `Hohhot's main trading partners, ${year}`,
  titleBri: (year) => `Hohhot's trade with Belt and Road partner countries, ${year}`,
  total: (year, total) => `Hohhot's total imports and exports in ${year} came to ${total}.`,
  notWhole: (total) =>
    `The paper names only these main trading partners and gives no figures for any other country: they are not the whole of Hohhot's trade (total: ${total}). The figures compare these countries with one another only.`,
  country: 'Country',
  rank: 'Rank',
  value: (unit) => `Trade (${unit})`,
  captionCountries: (year) => `Hohhot's main trading partners in ${year} (as named in the paper, not all partners), ranked by trade`,
  summaryCountries: (items, total) =>
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
  remainderNote: (other, total, bri) =>
    `“${other}” is derived: total trade (${total}) minus trade with Belt and Road partner countries (${bri}). The paper does not state it or say who these partners are.`,
  captionBri: (year) => `Hohhot's trade with Belt and Road partner countries and with other partners, ${year}`,
  summaryBri: (total, bri, share, growth, other, otherShare, derived) =>
    `Doughnut chart: of total trade of ${total}, trade with Belt and Road partner countries was ${bri}, ${share} of the total, up ${growth} year on year; other partners (${derived}) accounted for ${other}, ${otherShare}.`,
  ofTotal: (value, share) => `${value}, ${share} of the total`,
  item: (label, value) => `${label} ${value}`,
};

export const messages: Catalogs<TradePartnersMessages> = { 'zh-CN': zhCN, en };

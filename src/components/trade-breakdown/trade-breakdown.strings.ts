import { countWord } from '../../core/i18n/format.js';
import { lowerFirst } from '../../core/controllers/lang.js';
import type { Catalogs } from '../../core/i18n/messages.js';

/** One text per flow shown: both flows, imports only, exports only. */
type PerFlow<T> = { both: T; imports: T; exports: T };

/** The interface text of `<hohhot-trade-breakdown>`. */
export interface TradeBreakdownMessages {
  /** The heading, for the flow shown. */
  title: PerFlow<(year: number) => string>;
  /** Total trade and its growth, as context. */
  context: (year: number, total: string, growth: string) => string;
  imports: string;
  exports: string;
  /** Column head of the flow (both flows shown). */
  flow: string;
  commodity: string;
  /** Column head of the values, with the unit. */
  value: (unit: string) => string;
  /** The paper names some commodities only: the items are not the whole of the trade. */
  notWhole: (imports: number, exports: number) => string;
  doughnutNote: string;
  /** Two notes in one paragraph, the second after the first. */
  addSentence: (first: string, second: string) => string;
  /** The table caption, for the flow shown. */
  caption: PerFlow<(year: number) => string>;
  /** The chart's text summary: its kind, then the groups. */
  summary: (kind: string, groups: string) => string;
  bar: string;
  doughnut: string;
  /** One flow's items in the summary. */
  group: (flow: string, items: string) => string;
  /** One commodity in the summary: its label as the data gives it, and its value. */
  item: (label: string, value: string) => string;
}

const zhCN: TradeBreakdownMessages = {
  title: {
    both: (year) => `${year}年呼和浩特主要进出口商品`,
    imports: (year) => `${year}年呼和浩特主要进口商品`,
    exports: (year) => `${year}年呼和浩特主要出口商品`,
  },
  context: (year, total, growth) => `${year}年呼和浩特市进出口贸易值${total}，同比增长${growth}。`,
  imports: '进口',
  exports: '出口',
  flow: '类别',
  commodity: '商品',
  value: (unit) => `金额（${unit}）`,
  notWhole: (imports, exports) =>
    `论文只列出进口${imports === exports ? `、出口各${countWord(imports, 'zh-CN')}类` : `${countWord(imports, 'zh-CN')}类、出口${countWord(exports, 'zh-CN')}类`}主要商品，未给出进口总额或出口总额：下列各项并非呼和浩特的全部贸易。`,
  doughnutNote: '圆环图只比较所列商品之间的大小，不表示它们在进口或出口总额中的占比。',
  addSentence: (first, second) => `${first}${second}`,
  caption: {
    both: (year) => `${year}年呼和浩特主要进出口商品（论文所列）`,
    imports: (year) => `${year}年呼和浩特主要进口商品（论文所列）`,
    exports: (year) => `${year}年呼和浩特主要出口商品（论文所列）`,
  },
  summary: (kind, groups) => `${kind}：${groups}。论文未给出进口或出口总额。`,
  bar: '条形图',
  doughnut: '圆环图',
  group: (flow, items) => `主要${flow}商品为${items}`,
  item: (label, value) => `${label} ${value}`,
};

const en: TradeBreakdownMessages = {
  title: {
    both: (year) => `Hohhot's main imports and exports by commodity, ${year}`,
    imports: (year) => `Hohhot's main imports by commodity, ${year}`,
    exports: (year) => `Hohhot's main exports by commodity, ${year}`,
  },
  context: (year, total, growth) => `Hohhot's total trade in ${year} was ${total}, up ${growth} year on year.`,
  imports: 'Imports',
  exports: 'Exports',
  flow: 'Flow',
  commodity: 'Commodity',
  value: (unit) => `Value (${unit})`,
  notWhole: (imports, exports) =>
    `The paper names ${imports === exports ? `${countWord(imports, 'en')} main commodities each for imports and exports` : `${countWord(imports, 'en')} main commodities for imports and ${countWord(exports, 'en')} for exports`} and gives no import or export totals: these items are not the whole of Hohhot’s trade.`,
  doughnutNote: 'The doughnut compares the named commodities with one another only; it does not show their share of all imports or exports.',
  addSentence: (first, second) => `${first} ${second}`,
  caption: {
    both: (year) => `Hohhot's main imports and exports by commodity, ${year} (as named in the paper)`,
    imports: (year) => `Hohhot's main imports by commodity, ${year} (as named in the paper)`,
    exports: (year) => `Hohhot's main exports by commodity, ${year} (as named in the paper)`,
  },
  summary: (kind, groups) => `${kind}: ${groups}. The paper gives no import or export totals.`,
  bar: 'Bar chart',
  doughnut: 'Doughnut chart',
  group: (flow, items) => `main ${flow.toLowerCase()}: ${items}`,
  // Inside a sentence: "refined oil products CNY 3.51 billion".
  item: (label, value) => `${lowerFirst(label)} ${value}`,
};

export const messages: Catalogs<TradeBreakdownMessages> = { 'zh-CN': zhCN, en };

import { lowerFirst } from '../../core/controllers/lang.js';
import type { Catalogs } from '../../core/i18n/messages.js';

/** The interface text of `<hohhot-investment-projects>`. */
export interface InvestmentProjectsMessages {
  title: (year: number) => string;
  /** A size threshold, from a size (`yuanSize`): `10亿元以上`, `At least CNY 1 billion`. */
  atLeast: (size: string) => string;
  /**
   * A size band, one name on the axis, in the table, the summary and the
   * announcement. `fromNumber` and `toNumber` are the bounds in 亿元 as bare
   * numbers, `from` and `to` the same as sizes (`yuanSize`).
   */
  band: (fromNumber: string, toNumber: string, from: string, to: string) => string;
  /** The projects of a threshold, with their count: `亿元以上项目430个`. */
  projectsOf: (label: string, count: string) => string;
  /** Label of the key figure of all new projects. */
  newProjects: (year: number, size: string) => string;
  size: string;
  count: string;
  /** The thresholds are cumulative: each pair (`within`) in one sentence. */
  cumulative: (pairs: string[]) => string;
  within: (inner: string, outer: string) => string;
  /** How the bands are derived, with the word that marks them and the count of all projects. */
  bandsNote: (total: string, derived: string) => string;
  captionThresholds: (year: number) => string;
  captionBands: (year: number) => string;
  /** A point inside a summary sentence: `10亿元以上：120个`, `at least CNY 1 billion: 120 projects`. */
  summaryItem: (label: string, text: string) => string;
  summaryThresholds: (items: string) => string;
  summaryBands: (items: string, total: string) => string;
  /** Legend entry of the bars of stated counts. */
  stated: string;
  fieldsTitle: string;
  fieldsNote: string;
  horingerTitle: (period: string) => string;
  horinger: (period: string, count: string, size: string, investment: string) => string;
  examples: string;
}

const zhCN: InvestmentProjectsMessages = {
  title: (year) => `${year}年呼和浩特招商引资`,
  atLeast: (size) => `${size}以上`,
  band: (fromNumber, toNumber) => `${fromNumber}–${toNumber}亿元`,
  projectsOf: (label, count) => `${label}项目${count}`,
  newProjects: (year, size) => `${year}年新引进${size}以上项目`,
  size: '项目规模',
  count: '项目数（个）',
  cumulative: (pairs) => `各档为累计数：${pairs.join('，')}。各档之间是包含关系，不能相加。`,
  within: (inner, outer) => `${inner}已计入${outer}之中`,
  bandsNote: (total, derived) =>
    `标“${derived}”的区间为推算值：相邻两档累计数之差，论文未直接给出。各区间含下限而不含上限（“1–10亿元”即1亿元以上而不足10亿元），互不重叠，合计即${total}。`,
  captionThresholds: (year) => `${year}年呼和浩特新引进项目数，按规模门槛（累计：大项目也计入较小门槛）`,
  captionBands: (year) => `${year}年呼和浩特新引进项目数，按规模区间（由论文的累计数推算）`,
  summaryItem: (label, text) => `${label}：${text}`,
  summaryThresholds: (items) => `条形图，按规模门槛的累计项目数：${items}。大项目也计入较小门槛，各数不能相加。`,
  summaryBands: (items, total) => `条形图，按规模区间的项目数：${items}。各区间合计即${total}。`,
  stated: '论文数据',
  fieldsTitle: '项目涵盖的领域',
  fieldsNote: '论文列举的领域（“等多个领域”），并非全部。',
  horingerTitle: (period) => `和林格尔新区：${period}签约`,
  horinger: (period, count, size, investment) => `${period}，和林格尔新区成功签约${size}以上项目${count}，协议投资金额${investment}。`,
  examples: '论文举出的签约项目：',
};

const en: InvestmentProjectsMessages = {
  title: (year) => `Attracting investment to Hohhot, ${year}`,
  atLeast: (size) => `At least ${size}`,
  band: (_fromNumber, _toNumber, from, to) => `${from} to under ${to.replace(/^CNY /, '')}`,
  projectsOf: (label, count) => `${count} of ${lowerFirst(label)}`,
  newProjects: (year, size) => `New projects of at least ${size}, ${year}`,
  size: 'Project size',
  count: 'Number of projects',
  cumulative: (pairs) =>
    `The counts are cumulative: ${pairs.join('; ')}. Each class contains the larger ones, so the counts must not be added up.`,
  within: (inner, outer) => `the ${inner} are among the ${outer}`,
  bandsNote: (total, derived) =>
    `Bands marked “${derived}” are derived: the difference of two of the paper's cumulative counts, which the paper does not state. The bands do not overlap; together they make up the ${total}.`,
  captionThresholds: (year) => `New projects in Hohhot in ${year} by size threshold (cumulative: larger projects also count towards the lower thresholds)`,
  captionBands: (year) => `New projects in Hohhot in ${year} by size band (derived from the paper's cumulative counts)`,
  summaryItem: (label, text) => `${lowerFirst(label)}: ${text}`,
  summaryThresholds: (items) =>
    `Bar chart of cumulative project counts by size threshold: ${items}. Larger projects also count towards the lower thresholds, so the counts must not be added up.`,
  summaryBands: (items, total) => `Bar chart of project counts by size band: ${items}. Together the bands make up the ${total}.`,
  stated: 'stated in the paper',
  fieldsTitle: 'Fields the projects cover',
  fieldsNote: 'Fields named by the paper as examples (“and other fields”), not a complete list.',
  horingerTitle: (period) => `Horinger New Area: signings in ${period}`,
  horinger: (period, count, size, investment) =>
    `In ${period} Horinger New Area signed ${count} of at least ${size} each, with agreed investment of ${investment}.`,
  examples: 'Projects the paper names among them:',
};

export const messages: Catalogs<InvestmentProjectsMessages> = { 'zh-CN': zhCN, en };

import type { Bound, Unit } from '../../data/ids.js';
import type { Catalogs } from './messages.js';

/**
 * One scale an amount of money given in 亿元 (10^8 yuan) is written in:
 * Chinese keeps 亿元; English counts in billions, and in millions below one.
 */
export interface YuanScale {
  /** One unit of the scale is 10^exponent 亿元: 0 for 亿元, 1 for billions, -2 for millions. */
  exponent: number;
  /** The smallest amount in 亿元 written in this scale (the first scale also takes 0). */
  from: number;
  /** Before the number: `CNY ` (empty in Chinese). */
  before: string;
  /** After the number: `亿元`, ` billion`. */
  unit: string;
  /** An amount as a size class, `n` already formatted: `10亿元`, `亿元` for 1, `CNY 1 billion`. */
  size: (value: number, n: string) => string;
}

/** The interface text every widget shares (source line, alerts, view switch, units), one catalog per language. */
export interface CoreMessages {
  source: string;
  paperBy: (author: string, title: string) => string;
  section: (s: string) => string;
  /** Section labels (`sectionLabel`) as a list: `一、三（一）`, `sections 1 and 3.1`. */
  sections: (ids: string[]) => string;
  /** How the language cites the abstract. */
  abstract: string;
  /** A numbered section as readers cite it: `二（一）`, `2.1` (`id` as the paper numbers it). */
  sectionNumber: (id: string, major: number, minor: number | undefined) => string;
  compiledBy: (origin: string) => string;
  references: (count: number) => string;
  reference: (n: number) => string;
  /** In a reference's note: the link to its entry in `<hohhot-paper-citation>`. */
  inReferenceList: string;
  derived: string;
  derivedNote: string;
  view: string;
  chart: string;
  table: string;
  downloadCsv: string;
  chartKeys: string;
  /** The link before a chart that takes the reader past it, to the data table. */
  skipChart: string;
  /** The accessible name of a chart's points (a listbox), from the chart's caption. */
  chartPoints: (caption: string) => string;
  loading: string;
  networkError: (url: string) => string;
  checkFailed: string;
  httpError: (url: string, status: number) => string;
  jsonError: (url: string) => string;
  timeoutError: (url: string, seconds: number) => string;
  errorTitle: string;
  chartFailed: string;
  retry: string;
  listSep: string;
  colon: string;
  /** Between the clauses of a source line or mark: `三（一）；参考文献 [6]`. */
  clauseSep: string;
  /** Between a text and its first reference mark: none after Chinese, a space after English. */
  beforeRefs: string;
  /** Between two sentences: none after a Chinese full stop, a space after an English one. */
  sentenceGap: string;
  /** Before the sections of a source line, after the paper. */
  comma: string;
  fullStop: string;
  /** A remark in brackets after a label: `成品油（推算）`. */
  bracketOpen: string;
  bracketClose: string;
  note: (text: string) => string;
  /** A list as running text: `a、b、c`, `a, b and c`. */
  list: (items: readonly string[]) => string;
  /** What the chart announces for the point reached with the keyboard. */
  point: (label: string, text: string, position: number, count: number, note?: string) => string;
  /** A figure card's note on a lower bound. */
  boundNote: string;
  /** A figure card's source: the paper's section. */
  cardSource: (section: string) => string;
  /** Amounts given in 亿元, in the scales readers of the language count in, largest first. */
  yuan: readonly YuanScale[];
  /** The unit after a number other than money (`value` for the plural): `%`, `个百分点`, ` percentage points`. */
  units: { readonly [U in Exclude<Unit, 'yi-yuan'>]: (value: number) => string };
  /** A unit as a column or axis title (money in the first scale of `yuan`): `亿元`, `CNY billion`. */
  unitTitles: { readonly [U in Unit]: string };
  /** The words around a bounded figure: `超过12亿元`, `10亿元以上`, `more than CNY 1.2 billion`. */
  bounds: { readonly [B in Exclude<Bound, 'exact'>]: { before: string; after: string } };
  /** Small counts as words, 0 to 10 (`三类`, `three commodities`). */
  countWords: readonly string[];
}

const zhNumerals = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
/** A section number in Chinese numerals (1–10), or in digits beyond them. */
const zhNumeral = (n: number) => zhNumerals[n] ?? String(n);

const zhCN: CoreMessages = {
  source: '来源',
  paperBy: (author, title) => `${author}《${title}》`,
  section: (s) => s,
  sections: (ids) => ids.join('、'),
  abstract: '摘要',
  sectionNumber: (_id, major, minor) => (minor ? `${zhNumeral(major)}（${zhNumeral(minor)}）` : zhNumeral(major)),
  compiledBy: (origin) => `${origin}统计`,
  references: () => '参考文献',
  reference: (n) => `参考文献 ${n}`,
  inReferenceList: '在本页参考文献列表中查看',
  derived: '推算',
  derivedNote: '标“推算”的数值由论文数据计算得出，并非论文直接给出。',
  view: '视图',
  chart: '图表',
  table: '表格',
  downloadCsv: '下载 CSV',
  chartKeys: '使用方向键逐项浏览数据，Home 和 End 跳到首项和末项。',
  skipChart: '跳过图表，查看数据表格',
  chartPoints: (caption) => `图表数据点：${caption}`,
  loading: '正在加载数据…',
  networkError: (url) => `无法加载数据文件 ${url}：网络请求失败。`,
  checkFailed: '无法检查所给的数据：本组件库的校验代码未能加载。请刷新页面重试。',
  httpError: (url, status) => `无法加载数据文件 ${url}：服务器返回 HTTP ${status}。`,
  jsonError: (url) => `数据文件 ${url} 不是有效的 JSON。`,
  timeoutError: (url, seconds) => `无法加载数据文件 ${url}：${seconds} 秒内没有完成，已停止等待。`,
  errorTitle: '无法显示此组件',
  chartFailed: '图表未能加载，现以表格显示数据。',
  retry: '重试',
  listSep: '、',
  colon: '：',
  clauseSep: '；',
  beforeRefs: '',
  sentenceGap: '',
  comma: '，',
  fullStop: '。',
  bracketOpen: '（',
  bracketClose: '）',
  note: (text) => `（${text}）`,
  list: (items) => items.join('、'),
  point: (label, text, position, count, note) => `${label}${note ? `（${note}）` : ''}：${text}。第${position}项，共${count}项`,
  boundNote: '此为下限：论文未给出确切数值。',
  cardSource: (section) => `出处：论文${section}`,
  // The paper writes "亿元以上项目" for projects of 1亿元 or more.
  yuan: [{ exponent: 0, from: 0, before: '', unit: '亿元', size: (value, n) => (value === 1 ? '亿元' : `${n}亿元`) }],
  units: { percent: () => '%', pp: () => '个百分点', projects: () => '个', enterprises: () => '家' },
  unitTitles: { 'yi-yuan': '亿元', percent: '%', pp: '百分点', projects: '个', enterprises: '家' },
  bounds: { 'more-than': { before: '超过', after: '' }, 'at-least': { before: '', after: '以上' } },
  countWords: ['零', '一', '两', '三', '四', '五', '六', '七', '八', '九', '十'],
};

/** `a`, `a and b`, `a, b and c`. */
const andList = (items: readonly string[]) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`);
const plural = (one: string, many: string) => (value: number) => (value === 1 ? one : many);

const en: CoreMessages = {
  source: 'Source',
  paperBy: (author, title) => `${author}, “${title}”`,
  section: (s) => `section ${s}`,
  sections: (ids) => {
    const abstract = ids.includes('abstract') ? ['the abstract'] : [];
    const numbered = ids.filter((id) => id !== 'abstract');
    const list = numbered.length ? `${numbered.length > 1 ? 'sections' : 'section'} ${andList(numbered)}` : '';
    return [...abstract, ...(list ? [list] : [])].join(', ');
  },
  abstract: 'abstract',
  // English keeps the id; `sections` words it ("sections 1.1 and 1.2").
  sectionNumber: (id) => id,
  compiledBy: (origin) => `compiled by ${origin}`,
  references: plural('reference', 'references'),
  reference: (n) => `Reference ${n}`,
  inReferenceList: 'See it in the reference list on this page',
  derived: 'derived',
  derivedNote: 'Values marked “derived” are calculated from the paper’s figures; the paper does not state them.',
  view: 'View',
  chart: 'Chart',
  table: 'Table',
  downloadCsv: 'Download CSV',
  chartKeys: 'Use the arrow keys to move through the data; Home and End jump to the first and last item.',
  skipChart: 'Skip the chart, go to the data table',
  chartPoints: (caption) => `Chart data points: ${caption}`,
  loading: 'Loading data…',
  networkError: (url) => `Could not load the data file ${url}: the network request failed.`,
  checkFailed: "The given data could not be checked: the library's validation code could not be loaded. Reload the page to try again.",
  httpError: (url, status) => `Could not load the data file ${url}: the server answered HTTP ${status}.`,
  jsonError: (url) => `The data file ${url} is not valid JSON.`,
  timeoutError: (url, seconds) => `Could not load the data file ${url}: it did not arrive within ${seconds} seconds, so the widget stopped waiting.`,
  errorTitle: 'This widget cannot be shown',
  chartFailed: 'The chart could not be loaded, so the figures are shown as a table.',
  retry: 'Try again',
  listSep: ', ',
  colon: ': ',
  clauseSep: '; ',
  beforeRefs: ' ',
  sentenceGap: ' ',
  comma: ', ',
  fullStop: '.',
  bracketOpen: ' (',
  bracketClose: ')',
  note: (text) => ` (${text})`,
  list: andList,
  point: (label, text, position, count, note) => `${label}${note ? ` (${note})` : ''}: ${text}. ${position} of ${count}`,
  boundNote: 'A lower bound: the paper gives no exact figure.',
  cardSource: (section) => `Paper, section ${section}`,
  yuan: [
    { exponent: 1, from: 10, before: 'CNY ', unit: ' billion', size: (_value, n) => `CNY ${n} billion` },
    { exponent: -2, from: 0, before: 'CNY ', unit: ' million', size: (_value, n) => `CNY ${n} million` },
  ],
  units: {
    percent: () => '%',
    pp: plural(' percentage point', ' percentage points'),
    projects: plural(' project', ' projects'),
    enterprises: plural(' enterprise', ' enterprises'),
  },
  unitTitles: { 'yi-yuan': 'CNY billion', percent: '%', pp: 'percentage points', projects: 'projects', enterprises: 'enterprises' },
  bounds: { 'more-than': { before: 'more than ', after: '' }, 'at-least': { before: 'at least ', after: '' } },
  countWords: ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'],
};

/** The shared interface text of every widget, one catalog per language. Read at render time: `coreStrings[this.locale]`. */
export const coreStrings: Catalogs<CoreMessages> = { 'zh-CN': zhCN, en };

/** @deprecated The old name of `CoreMessages`. */
export type CoreStrings = CoreMessages;

import { joinList, type Lang } from '../controllers/lang.js';

/** The shared interface text of every widget, in both languages. */
export const coreStrings = {
  'zh-CN': {
    source: '来源',
    paperBy: (author: string, title: string) => `${author}《${title}》`,
    section: (s: string) => s,
    sections: (ids: string[]) => ids.join('、'),
    compiledBy: (origin: string) => `${origin}统计`,
    references: (_count: number) => '参考文献',
    reference: (n: number) => `参考文献 ${n}`,
    derived: '推算',
    derivedNote: '标“推算”的数值由论文数据计算得出，并非论文直接给出。',
    view: '视图',
    chart: '图表',
    table: '表格',
    downloadCsv: '下载 CSV',
    chartKeys: '使用方向键逐项浏览数据，Home 和 End 跳到首项和末项。',
    loading: '正在加载数据…',
    networkError: (url: string) => `无法加载数据文件 ${url}：网络请求失败。`,
    checkFailed: '无法检查所给的数据：本组件库的校验代码未能加载。请刷新页面重试。',
    httpError: (url: string, status: number) => `无法加载数据文件 ${url}：服务器返回 HTTP ${status}。`,
    jsonError: (url: string) => `数据文件 ${url} 不是有效的 JSON。`,
    timeoutError: (url: string, seconds: number) => `无法加载数据文件 ${url}：${seconds} 秒内没有完成，已停止等待。`,
    errorTitle: '无法显示此组件',
    chartFailed: '图表未能加载，现以表格显示数据。',
    retry: '重试',
    listSep: '、',
    colon: '：',
    /** Between the clauses of a source line or mark: `三（一）；参考文献 [6]`. */
    clauseSep: '；',
    /** Before the sections of a source line, after the paper. */
    comma: '，',
    fullStop: '。',
    /** A remark in brackets after a label: `成品油（推算）`. */
    bracketOpen: '（',
    bracketClose: '）',
    note: (text: string) => `（${text}）`,
    /** What the chart announces for the point reached with the keyboard. */
    point: (label: string, text: string, position: number, count: number, note?: string) =>
      `${label}${note ? `（${note}）` : ''}：${text}。${position}/${count}`,
  },
  en: {
    source: 'Source',
    paperBy: (author: string, title: string) => `${author}, “${title}”`,
    section: (s: string) => `section ${s}`,
    sections: (ids: string[]) => {
      const abstract = ids.includes('abstract') ? ['the abstract'] : [];
      const numbered = ids.filter((id) => id !== 'abstract');
      const list = numbered.length ? `${numbered.length > 1 ? 'sections' : 'section'} ${joinList(numbered, 'en')}` : '';
      return [...abstract, ...(list ? [list] : [])].join(', ');
    },
    compiledBy: (origin: string) => `compiled by ${origin}`,
    references: (count: number) => (count === 1 ? 'reference' : 'references'),
    reference: (n: number) => `Reference ${n}`,
    derived: 'derived',
    derivedNote: 'Values marked “derived” are calculated from the paper’s figures; the paper does not state them.',
    view: 'View',
    chart: 'Chart',
    table: 'Table',
    downloadCsv: 'Download CSV',
    chartKeys: 'Use the arrow keys to move through the data; Home and End jump to the first and last item.',
    loading: 'Loading data…',
    networkError: (url: string) => `Could not load the data file ${url}: the network request failed.`,
    checkFailed: 'The given data could not be checked: the library\'s validation code could not be loaded. Reload the page to try again.',
    httpError: (url: string, status: number) => `Could not load the data file ${url}: the server answered HTTP ${status}.`,
    jsonError: (url: string) => `The data file ${url} is not valid JSON.`,
    timeoutError: (url: string, seconds: number) =>
      `Could not load the data file ${url}: it did not arrive within ${seconds} seconds, so the widget stopped waiting.`,
    errorTitle: 'This widget cannot be shown',
    chartFailed: 'The chart could not be loaded, so the figures are shown as a table.',
    retry: 'Try again',
    listSep: ', ',
    colon: ': ',
    clauseSep: '; ',
    comma: ', ',
    fullStop: '.',
    bracketOpen: ' (',
    bracketClose: ')',
    note: (text: string) => ` (${text})`,
    point: (label: string, text: string, position: number, count: number, note?: string) =>
      `${label}${note ? ` (${note})` : ''}: ${text}. ${position}/${count}`,
  },
} satisfies Record<Lang, unknown>;

export type CoreStrings = (typeof coreStrings)['en'];

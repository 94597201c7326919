import type { Catalogs } from '../../core/i18n/messages.js';

/** The interface text of `<strategy-checklist>`. */
export interface StrategyChecklistMessages {
  title: string;
  intro: (n: string, m: string, extra: number) => string;
  howTo: string;
  memoryOnly: string;
  overall: (d: string, t: string) => string;
  progress: (d: string, t: string) => string;
  heading: (section: string, label: string) => string;
  examples: string;
  where: string;
  paperNote: string;
  notes: string;
  notesOn: (label: string) => string;
  done: string;
  open: string;
  actions: string;
  copy: string;
  reset: string;
  confirm: string;
  confirmYes: string;
  confirmNo: string;
  copied: string;
  fallback: string;
  fallbackLabel: string;
  close: string;
  cleared: string;
  head: readonly string[];
  status: string;
  csvCaption: string;
}

const zhCN: StrategyChecklistMessages = {
  title: '呼和浩特区域互补合作与开放经济新格局构建策略清单',
  intro: (n, m, extra) =>
    extra ? `论文第三部分提出${n}项策略、${m}项编号措施，另有${extra}项未编号的措施。` : `论文第三部分提出${n}项策略、${m}项具体措施。`,
  howTo: '勾选已讨论或已落实的措施；勾选和笔记保存在本浏览器中。',
  memoryOnly: '此浏览器不允许本页保存数据：勾选和笔记只保留到离开本页为止。',
  overall: (d, t) => `总进度：已完成 ${d}/${t} 项措施`,
  progress: (d, t) => `已完成 ${d}/${t}`,
  heading: (section, label) => `${section}${label}`,
  examples: '例如：',
  where: '出处',
  paperNote: '注',
  notes: '笔记',
  notesOn: (label) => `（${label}）`,
  done: '已完成',
  open: '未完成',
  actions: '导出与重置',
  copy: '复制为 Markdown',
  reset: '重置…',
  confirm: '清除此清单的全部勾选和笔记？此操作无法撤销。',
  confirmYes: '全部清除',
  confirmNo: '取消',
  copied: '清单已复制到剪贴板（Markdown 格式）。',
  fallback: '无法访问剪贴板。下面的文本已全部选中，请按 Ctrl+C（Mac 上为 ⌘C）复制。',
  fallbackLabel: '清单文本（Markdown）',
  close: '关闭',
  cleared: '已清除全部勾选和笔记。',
  head: ['编号', '策略', '措施', '章节', '参考文献'],
  status: '状态',
  csvCaption: '构建策略清单',
  };

const en: StrategyChecklistMessages = {
  title: "Checklist: Hohhot's strategies for regional cooperation and an open economy",
  intro: (n, m, extra) =>
    `Section 3 of the paper proposes ${n} strategies with ${m} ${extra ? `numbered measures and ${extra === 1 ? 'one more' : `${extra} more`} without a number` : 'concrete measures'}.`,
  howTo: 'Tick the measures you have discussed or put into practice; your ticks and notes are kept in this browser.',
  memoryOnly: "This browser does not let the page save anything: your ticks and notes last only until you leave the page.",
  overall: (d, t) => `Overall: ${d} of ${t} measures done`,
  progress: (d, t) => `${d} of ${t} done`,
  heading: (section, label) => `${section} ${label}`,
  examples: 'For example: ',
  where: 'Source',
  paperNote: 'Note',
  notes: 'Notes',
  notesOn: (label) => ` on “${label}”`,
  done: 'done',
  open: 'not done',
  actions: 'Export and reset',
  copy: 'Copy as Markdown',
  reset: 'Reset…',
  confirm: 'Clear all ticks and notes of this checklist? This cannot be undone.',
  confirmYes: 'Clear all',
  confirmNo: 'Cancel',
  copied: 'The checklist has been copied to the clipboard as Markdown.',
  fallback: 'The clipboard is not available here. The text below is selected: press Ctrl+C (⌘C on a Mac) to copy it.',
  fallbackLabel: 'Checklist text (Markdown)',
  close: 'Close',
  cleared: 'All ticks and notes have been cleared.',
  head: ['ID', 'Strategy', 'Measure', 'Section', 'References'],
  status: 'Status',
  csvCaption: 'Strategy checklist',
  };

export const messages: Catalogs<StrategyChecklistMessages> = { 'zh-CN': zhCN, en };

import type { Catalogs } from '../../core/i18n/messages.js';

/** The interface text of `<hohhot-challenges>`. */
export interface ChallengesMessages {
  title: string;
  /** Before the list: where in the paper it comes from (`where` is the sections, as the core names them). */
  intro: (where: string) => string;
  expandAll: string;
  collapseAll: string;
  /** The number before each challenge. */
  number: (n: number) => string;
}

const zhCN: ChallengesMessages = {
  title: '呼和浩特区域互补合作存在的问题与挑战',
  intro: (where) => `论文在${where}中列出以下问题。展开每一项可阅读论文的说明。`,
  expandAll: '全部展开',
  collapseAll: '全部收起',
  number: (n) => `${n}.`,
};

const en: ChallengesMessages = {
  title: 'Problems and challenges of regional cooperation',
  intro: (where) => `The paper lists these problems in ${where}. Open each one to read how the paper explains it.`,
  expandAll: 'Expand all',
  collapseAll: 'Collapse all',
  number: (n) => `${n}.`,
};

export const messages: Catalogs<ChallengesMessages> = { 'zh-CN': zhCN, en };

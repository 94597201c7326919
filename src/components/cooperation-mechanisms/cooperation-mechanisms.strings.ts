import type { Catalogs } from '../../core/i18n/messages.js';

/** The interface text of `<hohhot-cooperation-mechanisms>`. */
export interface CooperationMechanismsMessages {
  title: string;
  intro: string;
  /** After the intro, the example mechanism and the number of its result areas (as a count word); begins with what separates it from the intro. */
  example: (mechanism: string, n: string) => string;
  mechanisms: string;
  results: string;
  resultsOf: (mechanism: string) => string;
  examples: string;
}

const zhCN: CooperationMechanismsMessages = {
  title: '呼和浩特区域合作机制与成效',
  intro: '呼和浩特与周边城市建立了多种形式的区域合作机制，为区域合作提供了制度保障。',
  example: (mechanism, n) => `论文以${mechanism}为例，列出了它在${n}个方面取得的成效。`,
  mechanisms: '合作机制',
  results: '成效',
  resultsOf: (mechanism) => `${mechanism}的成效`,
  examples: '例如',
};

const en: CooperationMechanismsMessages = {
  title: 'How Hohhot cooperates with its neighbours, and the results',
  intro: 'Hohhot and its neighbouring cities have set up several forms of regional cooperation mechanism, giving cooperation an institutional footing.',
  example: (mechanism, n) => ` Taking the ${mechanism} as its example, the paper sets out its results in ${n} areas.`,
  mechanisms: 'Cooperation mechanisms',
  results: 'Results',
  resultsOf: (mechanism) => `Results of the ${mechanism}`,
  examples: 'For example',
};

export const messages: Catalogs<CooperationMechanismsMessages> = { 'zh-CN': zhCN, en };

import { lowerFirst } from '../../core/controllers/lang.js';
import type { Catalogs } from '../../core/i18n/messages.js';
import type { MatrixMark } from './model.js';

/** The messages of `<city-complementarity-matrix>`. Punctuation comes from `coreStrings`. */
export interface CityComplementarityMatrixMessages {
  title: string;
  intro: string;
  keyTitle: string;
  /** What each mark means, in the key, the details and a cell's accessible text. */
  mark: Record<MatrixMark, string>;
  /** The corner of the header row. */
  city: string;
  /** The corner of the header row when the cities are the columns. */
  industry: string;
  gridLabel: string;
  /** How to use the grid from the keyboard. */
  keys: string;
  /** A cell's accessible text when it has no mark. */
  noMark: string;
  /** After the highlighted city's name, for screen readers (in the core's brackets). */
  highlighted: string;
  hint: string;
  cellHeading: (city: string, industry: string) => string;
  cityHeading: (city: string) => string;
  /** A cell without marks: `where` is the sections of the paper the matrix draws on. */
  none: (where: string, city: string, industry: string) => string;
  /** Before the Chinese original of a sentence shown in translation. */
  original: string;
  caveatsTitle: string;
  caveatsIntro: (where: string) => string;
  /** The heading of every sentence behind the matrix, in print. */
  allStatements: string;
}

const zhCN: CityComplementarityMatrixMessages = {
  title: '呼和浩特与包头、鄂尔多斯、乌兰察布的产业互补',
  intro: '每个标记都对应论文中的一句原文。选择城市或单元格，即可阅读论文的表述及其出处。',
  keyTitle: '图例',
  mark: {
    lead: '该市的优势或主导产业',
    complement: '该市产业与呼和浩特此产业形成互补',
    opportunity: '与呼和浩特的合作机会',
  },
  city: '城市',
  industry: '产业',
  gridLabel: '城市与产业互补矩阵',
  keys: '用方向键在单元格之间移动，Home 和 End 跳到行首和行尾，按 Enter 或空格键显示论文原文。',
  noMark: '无标记',
  highlighted: '突出显示',
  hint: '尚未选择。选择一个城市或单元格，这里会显示论文的原文。',
  cellHeading: (city, industry) => `${city} · ${industry}`,
  cityHeading: (city) => `${city}：论文的表述`,
  none: (where, city, industry) => `论文在${where}中没有把“${industry}”与${city}联系起来，因此此处没有标记。`,
  original: '原文',
  caveatsTitle: '论文同时指出的问题',
  caveatsIntro: (where) => `论文在${where}中指出，这些互补关系的实现仍面临以下问题：`,
  allStatements: '矩阵所依据的论文原文',
};

const en: CityComplementarityMatrixMessages = {
  title: 'How Hohhot complements Baotou, Ordos and Ulanqab',
  intro: 'Every mark stands for a sentence of the paper. Select a city or a cell to read what the paper says and where.',
  keyTitle: 'Key',
  mark: {
    lead: 'Leading industry of the city',
    complement: "The city's industries complement this industry of Hohhot",
    opportunity: 'Field of cooperation with Hohhot',
  },
  city: 'City',
  industry: 'Industry',
  gridLabel: 'Matrix of cities and complementary industries',
  keys: 'Use the arrow keys to move between cells, Home and End to jump to the start or end of a row, and Enter or Space to show the paper’s sentence.',
  noMark: 'no mark',
  highlighted: 'highlighted',
  hint: 'Nothing selected yet. Select a city or a cell to show the paper’s own sentence here.',
  cellHeading: (city, industry) => `${city} · ${industry}`,
  cityHeading: (city) => `${city}: what the paper says`,
  none: (where, city, industry) => `In ${where} the paper does not link ${lowerFirst(industry)} with ${city}, so this cell has no mark.`,
  original: 'Original Chinese',
  caveatsTitle: 'Problems the paper also names',
  caveatsIntro: (where) => `In ${where} the paper notes what still stands in the way of this complementarity:`,
  allStatements: 'The sentences of the paper behind the matrix',
};

export const messages: Catalogs<CityComplementarityMatrixMessages> = { 'zh-CN': zhCN, en };

import { paperAuthor, paperReferences, paperTitle } from './paper-source.js';
import type { PaperDataset } from './schema.js';

/** The paper's own metadata, section titles and reference list. */
/** The English title of each reference, for readers of the citation: the paper prints them in Chinese only. */
const REFERENCE_TITLES_EN: Record<number, string> = {
  1: "Hohhot's imports and exports rose last year in total, increment and quality",
  2: "Hohhot's trade value exceeds 20 billion yuan for the first time",
  3: "Hohhot's trade value exceeds 20 billion yuan in January–November this year",
  4: 'A regular coordination mechanism keeps city integration on track',
  5: "Resolution of the Fourth Session of the 16th Hohhot People's Congress on the implementation of Hohhot's 2024 economic and social development plan and on the 2025 plan",
  6: "Report of the Hohhot Municipal People's Government on the implementation of the economic and social development plan in the first half of 2024",
  7: 'Hohhot Economic and Technological Development Zone: gathering strength for the new, climbing towards quality',
  8: 'The international inland port system in hinterland sub-regional cooperation: the case of Hohhot',
  9: "The influence of urban road transport on Hohhot's regional economic development",
  10: "On the regional geographical significance of Hohhot's modernisation",
};

export const paper: PaperDataset = {
  title: paperTitle,
  // The library's romanisation of title.zh (Hanyu Pinyin, words joined, no tone marks), for APA 7.
  titlePinyin: 'Huhehaote quyu hubu hezuo yu kaifang jingji xin geju goujian celüe yanjiu',
  author: paperAuthor,
  affiliation: {
    zh: '内蒙古师范大学 马克思主义学院, 内蒙古 呼和浩特 010022',
    en: 'School of Marxism, Inner Mongolia Normal University, Hohhot, Inner Mongolia 010022',
  },
  keywords: [
    { zh: '呼和浩特', en: 'Hohhot' },
    { zh: '区域互补合作', en: 'regional complementary cooperation' },
    { zh: '开放经济', en: 'open economy' },
    { zh: '新格局', en: 'new pattern' },
  ],
  abstract: {
    zh: '呼和浩特作为内蒙古自治区的首府，地处中国北部边疆，是连接华北和西北地区的重要枢纽。近年来，呼和浩特市积极响应国家政策，加强与周边城市的区域互补合作，推动区域经济社会协调发展。文章将从地理位置与交通优势、产业互补情况、区域合作机制与成效、存在问题与挑战等方面，对呼和浩特区域互补合作的现状进行全面分析。构建呼和浩特开放合作的区域政策环境，为区域经济发展提供良好保障，推动呼和浩特开放经济新格局的形成。',
    en: 'As the capital of Inner Mongolia Autonomous Region, Hohhot is located in the northern border area of China, and is an important hub connecting north China and northwest China. In recent years, Hohhot city has actively responded to national policies, strengthened regional complementary cooperation with surrounding cities, and promoted the coordinated development of regional economy. The paper will make a comprehensive analysis of the current situation of regional complementary cooperation in Hohhot from the aspects of geographical location and transportation advantages, industrial complementarity, regional cooperation mechanism and effectiveness, existing problems and challenges. To build a regional policy environment for opening up and cooperation in Hohhot, provide a good guarantee for regional economic development, and promote the formation of a new pattern of open economy in Hohhot.',
  },
  fund: {
    name: {
      zh: '呼和浩特市社会科学项目“呼和浩特区域互补合作与开放经济新格局构建策略研究”',
      en: 'Hohhot Social Science Project “Research on the Construction Strategy of Regional Complementary Cooperation and Open Economy in Hohhot”',
    },
    number: '2025BX10',
  },
  authorNote: {
    zh: '李建宏（2001—），女，天津人，内蒙古师范大学马克思主义学院在读硕士研究生，从事马克思主义中国化研究。',
    en: "Li Jianhong (born 2001), female, from Tianjin, is a master's student at the School of Marxism, Inner Mongolia Normal University, researching the Sinicization of Marxism.",
  },
  references: paperReferences.map((r) => ({ ...r, titleEn: REFERENCE_TITLES_EN[r.n] })),
  sections: {
    abstract: { zh: '摘要', en: 'Abstract' },
    '1': { zh: '一、呼和浩特区域互补合作现状分析', en: "1. Hohhot's regional complementary cooperation today" },
    '1.1': { zh: '一（一）与周边城市的产业互补情况', en: '1.1 Industrial complementarity with neighbouring cities' },
    '1.2': { zh: '一（二）呼和浩特区域合作机制与成效', en: '1.2 Cooperation mechanisms and results' },
    '1.3': { zh: '一（三）呼和浩特区域互补合作存在的问题与挑战', en: '1.3 Problems and challenges' },
    '2': { zh: '二、呼和浩特开放经济发展现状', en: "2. Hohhot's open economy today" },
    '2.1': { zh: '二（一）对外贸易情况', en: '2.1 Foreign trade' },
    '2.2': { zh: '二（二）招商引资成果', en: '2.2 Attracting investment' },
    '2.3': { zh: '二（三）跨境电商发展', en: '2.3 Cross-border e-commerce' },
    '3': { zh: '三、呼和浩特区域互补合作与开放经济新格局构建策略', en: '3. Strategies' },
    '3.1': { zh: '三（一）深化与周边城市的产业合作', en: '3.1 Deepen industrial cooperation with neighbouring cities' },
    '3.2': { zh: '三（二）加强区域交通与物流体系建设', en: '3.2 Build up regional transport and logistics' },
    '3.3': { zh: '三（三）推动跨境电商与国际贸易发展', en: '3.3 Develop cross-border e-commerce and international trade' },
    '3.4': { zh: '三（四）积极参与“一带一路”及中蒙俄经济走廊建设', en: '3.4 Belt and Road Initiative and China–Mongolia–Russia Economic Corridor' },
    '3.5': { zh: '三（五）构建开放合作的区域政策环境', en: '3.5 A regional policy environment for openness and cooperation' },
    '4': { zh: '四、结论', en: '4. Conclusion' },
  },
};

import type { PaperDataset } from './schema.js';

/**
 * The parts of the paper's metadata every widget's source line names (title,
 * author, reference list), apart, so that a widget's code carries them without
 * the abstract, keywords and section titles that only some widgets show.
 */
export const paperTitle: PaperDataset['title'] = {
  zh: '呼和浩特区域互补合作与开放经济新格局构建策略研究',
  en: 'Research on the Construction Strategy of Regional Complementary Cooperation and Open Economy in Hohhot',
};

export const paperAuthor: PaperDataset['author'] = { zh: '李建宏', en: 'Li Jianhong' };

export const paperReferences: PaperDataset['references'] = [
  { n: 1, text: '祁晓燕. 去年呼和浩特市进出口贸易实现总量、增量、质量“三量”齐升 [N]. 呼和浩特日报 (汉), 2025-02-12 (001).', titleEn: "Hohhot's imports and exports rose last year in total, increment and quality" },
  { n: 2, text: '郑学良, 张云飞. 呼和浩特市进出口贸易值首次突破200亿元 [N]. 内蒙古日报 (汉), 2024-12-25 (001).', titleEn: "Hohhot's trade value exceeds 20 billion yuan for the first time" },
  { n: 3, text: '祁晓燕. 今年1—11月呼和浩特市进出口贸易值突破200亿元 [N]. 呼和浩特日报 (汉), 2024-12-20 (001).', titleEn: "Hohhot's trade value exceeds 20 billion yuan in January–November this year" },
  { n: 4, text: '耿欣. 常态化协同机制保障同城化发展工作有序推进 [N]. 呼和浩特日报 (汉), 2023-12-27 (003).', titleEn: 'A regular coordination mechanism keeps city integration on track' },
  { n: 5, text: '呼和浩特市第十六届人民代表大会第四次会议关于呼和浩特市2024年国民经济和社会发展计划执行情况与2025年国民经济和社会发展计划的决议 [N]. 呼和浩特日报 (汉), 2025-01-08 (002).', titleEn: "Resolution of the Fourth Session of the 16th Hohhot People's Congress on the implementation of Hohhot's 2024 economic and social development plan and on the 2025 plan" },
  { n: 6, text: '呼和浩特市人民政府关于呼和浩特市2024年上半年国民经济和社会发展计划执行情况的报告 [N]. 呼和浩特日报 (汉), 2024-10-10 (006).', titleEn: "Report of the Hohhot Municipal People's Government on the implementation of the economic and social development plan in the first half of 2024" },
  { n: 7, text: '宋向华, 邢睿婧. 呼和浩特经济技术开发区: 向“新”聚能发力向“质”攀高跃升 [N]. 呼和浩特日报 (汉), 2024-09-21 (005).', titleEn: 'Hohhot Economic and Technological Development Zone: gathering strength for the new, climbing towards quality' },
  { n: 8, text: '范志忠. 腹地次区域合作国际陆港制度研究——以呼和浩特为例 [J]. 中国市场, 2017 (12): 21-28.', titleEn: 'The international inland port system in hinterland sub-regional cooperation: the case of Hohhot' },
  { n: 9, text: '康国英. 浅析城市道路运输对呼和浩特市区域经济发展的影响 [J]. 内蒙古科技与经济, 2012 (09): 26-27.', titleEn: "The influence of urban road transport on Hohhot's regional economic development" },
  { n: 10, text: '刘红旗. 试论呼和浩特市现代化的区域地理意义 [J]. 纳税, 2018 (29): 143-144.', titleEn: "On the regional geographical significance of Hohhot's modernisation" },
];

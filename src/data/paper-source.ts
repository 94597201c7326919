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

/** The reference list as the paper prints it (its English titles are in paper.ts, which only the citation shows). */
export const paperReferences: readonly { n: number; text: string }[] = [
  { n: 1, text: '祁晓燕. 去年呼和浩特市进出口贸易实现总量、增量、质量“三量”齐升 [N]. 呼和浩特日报 (汉), 2025-02-12 (001).' },
  { n: 2, text: '郑学良, 张云飞. 呼和浩特市进出口贸易值首次突破200亿元 [N]. 内蒙古日报 (汉), 2024-12-25 (001).' },
  { n: 3, text: '祁晓燕. 今年1—11月呼和浩特市进出口贸易值突破200亿元 [N]. 呼和浩特日报 (汉), 2024-12-20 (001).' },
  { n: 4, text: '耿欣. 常态化协同机制保障同城化发展工作有序推进 [N]. 呼和浩特日报 (汉), 2023-12-27 (003).' },
  { n: 5, text: '呼和浩特市第十六届人民代表大会第四次会议关于呼和浩特市2024年国民经济和社会发展计划执行情况与2025年国民经济和社会发展计划的决议 [N]. 呼和浩特日报 (汉), 2025-01-08 (002).' },
  { n: 6, text: '呼和浩特市人民政府关于呼和浩特市2024年上半年国民经济和社会发展计划执行情况的报告 [N]. 呼和浩特日报 (汉), 2024-10-10 (006).' },
  { n: 7, text: '宋向华, 邢睿婧. 呼和浩特经济技术开发区: 向“新”聚能发力向“质”攀高跃升 [N]. 呼和浩特日报 (汉), 2024-09-21 (005).' },
  { n: 8, text: '范志忠. 腹地次区域合作国际陆港制度研究——以呼和浩特为例 [J]. 中国市场, 2017 (12): 21-28.' },
  { n: 9, text: '康国英. 浅析城市道路运输对呼和浩特市区域经济发展的影响 [J]. 内蒙古科技与经济, 2012 (09): 26-27.' },
  { n: 10, text: '刘红旗. 试论呼和浩特市现代化的区域地理意义 [J]. 纳税, 2018 (29): 143-144.' },
];

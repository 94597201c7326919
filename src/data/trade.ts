import { figure } from './build.js';
import type { Provenance, TradeDataset } from './schema.js';

const saihanCustoms = { zh: '赛罕海关', en: 'Saihan Customs' };
// Section 二(一) gives Saihan Customs as the source of the 2024 statistics.
// The paper cites [4] after the import figures and no reference for the
// totals, the exports or the partners.
const stated: Provenance = { section: '2.1', refs: [], origin: saihanCustoms };
const imports: Provenance = { ...stated, refs: [4] };

/** Hohhot's foreign trade in 2024, as the paper reports it (section 二(一)). */
export const trade2024: TradeDataset = {
  year: 2024,
  origin: saihanCustoms,
  total: figure('total', { zh: '进出口贸易值', en: 'Total imports and exports' }, 226.7, 'yi-yuan', stated),
  growth: figure('growth', { zh: '同比增长', en: 'Year-on-year growth' }, 17.3, 'percent', stated),
  growthAboveRegion: figure(
    'growth-above-region',
    { zh: '增速高于内蒙古自治区', en: 'Growth above the Inner Mongolia rate' },
    11.5, 'pp', stated,
  ),
  shareOfRegion: figure(
    'share-of-region',
    { zh: '占全区进出口贸易值', en: "Share of Inner Mongolia's total trade" },
    10.9, 'percent', stated,
  ),
  imports: [
    figure('refined-oil', { zh: '成品油', en: 'Refined oil products' }, 35.1, 'yi-yuan', imports),
    figure('agricultural-products', { zh: '农产品', en: 'Agricultural products' }, 24.7, 'yi-yuan', imports),
    figure('food', { zh: '食品', en: 'Food' }, 16.2, 'yi-yuan', imports),
  ],
  exports: [
    figure('mechanical-electrical', { zh: '机电产品', en: 'Mechanical and electrical products' }, 30.7, 'yi-yuan', stated),
    figure('high-tech', { zh: '高新技术产品', en: 'High-tech products' }, 19, 'yi-yuan', stated),
    figure('tcm', { zh: '中药材及药品', en: 'Chinese medicinal materials and medicines' }, 16.6, 'yi-yuan', stated),
  ],
  beltAndRoad: {
    value: figure(
      'belt-and-road',
      { zh: '与共建“一带一路”国家进出口贸易值', en: 'Trade with Belt and Road partner countries' },
      141.9, 'yi-yuan', stated,
    ),
    growth: figure(
      'belt-and-road-growth',
      { zh: '与共建“一带一路”国家贸易同比增长', en: 'Growth of trade with Belt and Road partner countries' },
      34, 'percent', stated,
    ),
    share: figure(
      'belt-and-road-share',
      { zh: '占全市进出口贸易值', en: "Share of Hohhot's total trade" },
      62.6, 'percent', stated,
    ),
  },
  partners: [
    figure('malaysia', { zh: '马来西亚', en: 'Malaysia' }, 36.8, 'yi-yuan', stated),
    figure('united-states', { zh: '美国', en: 'United States' }, 30.9, 'yi-yuan', stated),
    figure('mongolia', { zh: '蒙古', en: 'Mongolia' }, 23.1, 'yi-yuan', stated),
    figure('russia', { zh: '俄罗斯', en: 'Russia' }, 17.5, 'yi-yuan', stated),
  ],
};

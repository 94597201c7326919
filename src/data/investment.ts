import { figure, item } from './build.js';
import type { InvestmentDataset, Provenance } from './schema.js';

// Section 二(二). The paper cites [5] after the list of fields.
const stated: Provenance = { section: '2.2', refs: [] };
const fieldsAt: Provenance = { section: '2.2', refs: [5] };

/** Attracting investment in 2024 and early 2025 (section 二(二)). */
export const investment2024: InvestmentDataset = {
  year: 2024,
  thresholds: [
    { atLeastYiYuan: 1, count: figure('projects-1', { zh: '亿元以上项目', en: 'Projects of CNY 100 million or more' }, 430, 'projects', stated) },
    { atLeastYiYuan: 10, count: figure('projects-10', { zh: '10亿元以上项目', en: 'Projects of CNY 1 billion or more' }, 110, 'projects', stated) },
    { atLeastYiYuan: 100, count: figure('projects-100', { zh: '100亿元以上项目', en: 'Projects of CNY 10 billion or more' }, 15, 'projects', stated) },
  ],
  agreedInvestment: figure('agreed-investment', { zh: '协议投资额', en: 'Agreed investment' }, 8546, 'yi-yuan', stated),
  fundsInPlaceRate: figure(
    'funds-in-place-rate',
    { zh: '已开工项目资金到位率', en: 'Funds-in-place rate of projects under construction' },
    46.6, 'percent', stated,
  ),
  fields: [
    item('new-energy', { zh: '新能源', en: 'New energy' }, fieldsAt),
    item('new-materials', { zh: '新材料', en: 'New materials' }, fieldsAt),
    item('electronic-information', { zh: '电子信息技术', en: 'Electronic information technology' }, fieldsAt),
    item('modern-equipment', { zh: '现代装备制造', en: 'Modern equipment manufacturing' }, fieldsAt),
  ],
  horinger2025: {
    period: { zh: '2025年初', en: 'early 2025' },
    projects: figure(
      'horinger-projects',
      { zh: '和林格尔新区2025年初签约亿元以上项目', en: 'Projects of CNY 100 million or more signed by Horinger New Area, early 2025' },
      10, 'projects', stated,
    ),
    projectThresholdYiYuan: 1,
    investment: figure(
      'horinger-investment',
      { zh: '和林格尔新区签约项目协议投资金额', en: 'Agreed investment of the Horinger New Area signings' },
      85.55, 'yi-yuan', stated,
    ),
    examples: [
      item('cnpc-data-center', { zh: '中国石油数据中心', en: 'PetroChina data centre' }, stated),
      item('qianxihe-park', { zh: '千喜鹤农畜产品深加工产业园', en: 'Qianxihe agricultural and livestock products deep-processing industrial park' }, stated),
      item('huazhu-base', { zh: '华著新质生产力产业基地', en: 'Huazhu new quality productive forces industrial base' }, stated),
    ],
  },
};

/**
 * The facts and figures of Li Jianhong, "呼和浩特区域互补合作与开放经济新格局构建策略研究"
 * (Research on the Construction Strategy of Regional Complementary Cooperation
 * and Open Economy in Hohhot), typed, bilingual and traceable to the paper.
 *
 * @packageDocumentation
 */
export * from './schema.js';
export { trade2024 } from './trade.js';
export { investment2024 } from './investment.js';
export { ecommerce } from './ecommerce.js';
export { cities } from './cities.js';
export { mechanisms } from './mechanisms.js';
export { challenges } from './challenges.js';
export { strategies } from './strategies.js';
export { paper } from './paper.js';
export * from './derive.js';
export * from './validate.js';
export * from './geography.js';
export * from './geography-schema.js';

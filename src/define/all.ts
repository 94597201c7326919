/**
 * `hohhot-widgets/all.js`: registers every element of the library, for
 * bundler users who want them all. It imports the per-element define modules
 * (`hohhot-widgets/trade-breakdown.js`, …), so the classes are the same ones
 * whichever way a page imports them, and lit and chart.js stay shared
 * dependencies of the app (unlike the self-contained script-tag bundle).
 * The list is written from `src/registry.ts` by `node scripts/registry.mjs`.
 */
// registry:start (generated from src/registry.ts by `node scripts/registry.mjs`: do not edit by hand)
export * from './trade-breakdown.js';
export * from './trade-partners.js';
export * from './investment-projects.js';
export * from './key-figures.js';
export * from './cross-border-ecommerce.js';
export * from './city-complementarity-matrix.js';
export * from './region-map.js';
export * from './cooperation-mechanisms.js';
export * from './challenges.js';
export * from './strategy-checklist.js';
export * from './quiz.js';
export * from './paper-citation.js';
// registry:end

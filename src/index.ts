/**
 * hohhot-widgets: the classes and the data, without registering any element.
 * Register an element with `import 'hohhot-widgets/trade-breakdown.js'`, or
 * every element with the script-tag bundle.
 */
export * from './data/index.js';
export type { Lang } from './core/controllers/lang.js';
export type { Theme } from './core/controllers/theme.js';
export type { View, ViewChangeDetail } from './core/base/chart-element.js';
export type { WidgetErrorDetail, HwEventMap, HwEventName, HwEventDetail } from './core/util/events.js';
export type { XapiStatement, XapiActivity, XapiResult, XapiVerb } from './core/util/xapi.js';
export { VERSION } from './core/util/version.js';
// One line per widget of src/registry.ts (its class and its closed value lists):
// registry:start (generated from src/registry.ts by `node scripts/registry.mjs`: do not edit by hand)
export * from './components/trade-breakdown/trade-breakdown.js';
export * from './components/trade-partners/trade-partners.js';
export * from './components/investment-projects/investment-projects.js';
export * from './components/key-figures/key-figures.js';
export * from './components/cross-border-ecommerce/cross-border-ecommerce.js';
export * from './components/city-complementarity-matrix/city-complementarity-matrix.js';
export * from './components/region-map/region-map.js';
export * from './components/cooperation-mechanisms/cooperation-mechanisms.js';
export * from './components/challenges/challenges.js';
export * from './components/strategy-checklist/strategy-checklist.js';
export * from './components/quiz/quiz.js';
export * from './components/paper-citation/paper-citation.js';
// registry:end
export { validateQuizDataset } from './components/quiz/validate.js';

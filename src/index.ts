/**
 * hohhot-widgets: the classes and the data, without registering any element.
 * Register an element with `import 'hohhot-widgets/trade-breakdown.js'`, or
 * every element with the script-tag bundle.
 */
export * from './data/index.js';
export type { Lang } from './core/lang.js';
export type { Theme } from './core/theme.js';
export type { View, ViewChangeDetail } from './core/chart-element.js';
export type { WidgetErrorDetail } from './core/events.js';
export { VERSION } from './core/version.js';
// One line per widget (its class and its closed value lists):
export * from './components/trade-breakdown/trade-breakdown.js';

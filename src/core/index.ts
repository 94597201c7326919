/** The shared core every widget is built from, for developers who build their own. */
export * from './util/attributes.js';
export * from './base/base.js';
export * from './controllers/chart.js';
export * from './base/chart-element.js';
export * from './util/csv.js';
export * from './util/define.js';
export * from './util/events.js';
export * from './i18n/format.js';
export * from './controllers/lang.js';
export * from './ui/source.js';
export * from './util/storage.js';
export * from './ui/table.js';
export * from './controllers/theme.js';
export { VERSION } from './util/version.js';
export * from './ui/figure-card.js';
export * from './ui/figure-list.js';
export * from './util/clipboard.js';

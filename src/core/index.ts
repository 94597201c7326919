/** The shared core every widget is built from, for developers who build their own. */
export * from './attributes.js';
export * from './base.js';
export * from './chart.js';
export * from './chart-element.js';
export * from './csv.js';
export * from './define.js';
export * from './events.js';
export * from './format.js';
export * from './lang.js';
export * from './source.js';
export * from './storage.js';
export * from './table.js';
export * from './theme.js';
export { VERSION } from './version.js';
export * from './figure-card.js';
export * from './figure-list.js';
export * from './clipboard.js';

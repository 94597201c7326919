/**
 * Every element of the library, one line each: its tag, its define module
 * (`src/define/<module>.ts`), whether it draws a chart, and the height it
 * reserves before its code has run (no layout shift while the page loads).
 *
 * Everything that lists the elements is derived from this list: the
 * script-tag loader (`src/cdn.ts`) and the tests read it at run time;
 * `node scripts/registry.mjs` writes the lists that must be static
 * (`src/index.ts`, `src/define/all.ts`, `src/cdn-all.ts`, the demo index), and
 * `npm test` fails when one of them is stale. Add a widget with
 * `npm run new-widget <tag>` (CONTRIBUTING.md), which writes its line here.
 * One entry a line, in the form of the others: the script reads them as text.
 */
import { reservedHeights } from './reserved-heights.js';

/** Heights in CSS pixels measured by `npm run measure-heights`, in Chinese and English, one per width of `MEASURED_WIDTHS`. */
export interface ReservedHeight {
  zh: readonly number[];
  en: readonly number[];
}

export interface WidgetEntry {
  tag: string;
  /** File name of the define module, without extension. */
  module: string;
  /** Draws a chart with chart.js: the loader fetches chart.js beside it. */
  chart: boolean;
  /** Imports the define module, which registers the element. */
  load: () => Promise<unknown>;
}

export const widgets: readonly WidgetEntry[] = [
  { tag: 'hohhot-trade-breakdown', module: 'trade-breakdown', chart: true, load: () => import('./define/trade-breakdown.js') },
  { tag: 'hohhot-trade-partners', module: 'trade-partners', chart: true, load: () => import('./define/trade-partners.js') },
  { tag: 'hohhot-investment-projects', module: 'investment-projects', chart: true, load: () => import('./define/investment-projects.js') },
  { tag: 'hohhot-key-figures', module: 'key-figures', chart: false, load: () => import('./define/key-figures.js') },
  { tag: 'hohhot-cross-border-ecommerce', module: 'cross-border-ecommerce', chart: false, load: () => import('./define/cross-border-ecommerce.js') },
  { tag: 'city-complementarity-matrix', module: 'city-complementarity-matrix', chart: false, load: () => import('./define/city-complementarity-matrix.js') },
  { tag: 'hohhot-region-map', module: 'region-map', chart: false, load: () => import('./define/region-map.js') },
  { tag: 'hohhot-cooperation-mechanisms', module: 'cooperation-mechanisms', chart: false, load: () => import('./define/cooperation-mechanisms.js') },
  { tag: 'hohhot-challenges', module: 'challenges', chart: false, load: () => import('./define/challenges.js') },
  { tag: 'strategy-checklist', module: 'strategy-checklist', chart: false, load: () => import('./define/strategy-checklist.js') },
  { tag: 'hohhot-quiz', module: 'quiz', chart: false, load: () => import('./define/quiz.js') },
  { tag: 'hohhot-paper-citation', module: 'paper-citation', chart: false, load: () => import('./define/paper-citation.js') },
];

/** The measured heights of a tag (a fallback for a tag not measured yet). */
function reservedHeight(tag: string): ReservedHeight {
  return (reservedHeights as Record<string, ReservedHeight>)[tag] ?? { zh: [480], en: [500] };
}

/** Column widths at which `reservedHeight()` was measured (scripts/measure-heights.mjs): every 80 px from 320 to 1280. */
export const MEASURED_WIDTHS: readonly number[] = Array.from({ length: 13 }, (_, i) => 320 + 80 * i);

/** The height a widget will have at `width`: between two measured widths, on the line between their heights. */
export function expectedHeight(tag: string, lang: 'zh' | 'en', width: number): number {
  const h = reservedHeight(tag)[lang];
  if (h.length < MEASURED_WIDTHS.length) return h[0] ?? 480;
  const step = MEASURED_WIDTHS[1]! - MEASURED_WIDTHS[0]!;
  const x = (Math.min(MEASURED_WIDTHS.at(-1)!, Math.max(MEASURED_WIDTHS[0]!, width)) - MEASURED_WIDTHS[0]!) / step;
  const i = Math.min(h.length - 2, Math.floor(x));
  return Math.round(h[i]! + (h[i + 1]! - h[i]!) * (x - i));
}

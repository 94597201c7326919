import { decimalsOf } from '../../data/number.js';
import type { Bound, Figure, Unit } from '../../data/schema.js';
import type { Lang } from '../controllers/lang.js';
import { coreStrings, type YuanScale } from './strings.js';

/** Decimal places written in a number as the paper gives it (19 → 0, 35.1 → 1); one implementation, owned by the data layer (`src/data/number.ts`). */
export { decimalsOf };

const formatters = new Map<string, Intl.NumberFormat>();

/** Formats a plain number for a language with a fixed number of decimals. */
export function formatNumber(value: number, lang: Lang, decimals = decimalsOf(value)): string {
  const key = `${lang}|${decimals}`;
  let nf = formatters.get(key);
  if (!nf) {
    // 'min2': group from five digits on, so 8546亿元 stays as the paper writes it.
    const options = { minimumFractionDigits: decimals, maximumFractionDigits: decimals, useGrouping: 'min2' };
    nf = new Intl.NumberFormat(lang, options as unknown as Intl.NumberFormatOptions);
    formatters.set(key, nf);
  }
  return nf.format(value);
}

/** A figure split for display: the number, its unit, and how it is bounded. */
export interface FigureParts {
  /** The number as written for the language, e.g. `22.67` or `226.7`. */
  number: string;
  /** The unit around the number, e.g. `亿元`, `billion yuan`, `%`. */
  unit: string;
  /** Text before the number (`CNY`, `more than CNY`…), empty when none. */
  before: string;
  /** Text after the number and unit (`以上`), empty when none. */
  after: string;
}

/** The scale an amount of `value` 亿元 is written in, for a language (see `CoreMessages.yuan`). */
function scaleFor(value: number, lang: Lang): YuanScale {
  const scales = coreStrings[lang].yuan;
  if (value === 0) return scales[0]!;
  return scales.find((s) => Math.abs(value) >= s.from) ?? scales[scales.length - 1]!;
}

/** An amount in 亿元 in a scale: divided by 10^exponent, without float noise for a negative exponent. */
function inScale(value: number, scale: YuanScale): number {
  return scale.exponent > 0 ? value / 10 ** scale.exponent : value * 10 ** -scale.exponent;
}

/**
 * The value in the unit a reader of the language expects: 亿元 (10^8 yuan)
 * stay 亿元 in Chinese and become billions (10^9) in English, with one more
 * decimal so no precision is lost or invented (millions below one billion).
 * `scale` is the scale of money (`CoreMessages.yuan`), `null` for other units.
 */
export function displayValue(value: number, unit: Unit, lang: Lang): { value: number; decimals: number; scale: YuanScale | null } {
  const decimals = decimalsOf(value);
  if (unit !== 'yi-yuan') return { value, decimals, scale: null };
  const scale = scaleFor(value, lang);
  return { value: inScale(value, scale), decimals: Math.max(0, decimals + scale.exponent), scale };
}

/**
 * An amount in 亿元 as a size, the way readers say it, with no trailing zeros:
 * `亿元` for 1 (as the paper writes "亿元以上项目"), `10亿元`; `CNY 100
 * million`, `CNY 1 billion`, `CNY 1.5 billion`. For size classes and bands
 * ("10亿元以上", "at least CNY 1 billion"); a figure of the paper keeps its
 * precision with `formatValue`.
 */
export function yuanSize(yi: number, lang: Lang): string {
  const d = displayValue(yi, 'yi-yuan', lang);
  // Rounding to the scale's decimals drops float noise (1.1 × 100); then drop trailing zeros (1.0 → 1).
  const value = Number(d.value.toFixed(d.decimals));
  return d.scale!.size(yi, formatNumber(value, lang));
}

/**
 * A small count as a word, the way prose writes how many items a list has
 * ("各三类", "three main commodities"); from 11 on, digits.
 */
export function countWord(n: number, lang: Lang): string {
  const words = coreStrings[lang].countWords;
  return Number.isInteger(n) && n >= 0 && n < words.length ? words[n]! : formatNumber(n, lang);
}

/** Splits a figure into the pieces a card or a label shows. */
export function figureParts(value: number, unit: Unit, lang: Lang, bound: Bound = 'exact'): FigureParts {
  const s = coreStrings[lang];
  const d = displayValue(value, unit, lang);
  const number = formatNumber(d.value, lang, d.decimals);
  const words = bound === 'exact' ? { before: '', after: '' } : s.bounds[bound];
  if (unit === 'yi-yuan') return { number, unit: d.scale!.unit, before: `${words.before}${d.scale!.before}`, after: words.after };
  return { number, unit: s.units[unit](value), before: words.before, after: words.after };
}

/** A value with its unit and bound as one string: `35.1亿元`, `CNY 3.51 billion`, `11.5 percentage points`. */
export function formatValue(value: number, unit: Unit, lang: Lang, bound: Bound = 'exact'): string {
  const p = figureParts(value, unit, lang, bound);
  return `${p.before}${p.number}${p.unit}${p.after}`;
}

/** A figure of the paper as one string, with its unit and bound. */
export function formatFigure(fig: Figure, lang: Lang): string {
  return formatValue(fig.value, fig.unit, lang, fig.bound);
}

/** The unit as a column or axis title: `亿元`, `CNY billion`, `%`. */
export function unitTitle(unit: Unit, lang: Lang): string {
  return coreStrings[lang].unitTitles[unit];
}

/** A value in the unit of `unitTitle`, without the unit: for table cells and axes. */
export function formatBare(value: number, unit: Unit, lang: Lang): string {
  if (unit !== 'yi-yuan') return formatNumber(value, lang);
  const scale = coreStrings[lang].yuan[0]!;
  return formatNumber(inScale(value, scale), lang, Math.max(0, decimalsOf(value) + scale.exponent));
}

/** The number a chart plots for a figure in a language (亿元 → billions in English). */
export function plotValue(value: number, unit: Unit, lang: Lang): number {
  return unit === 'yi-yuan' ? inScale(value, coreStrings[lang].yuan[0]!) : value;
}

import { decimalsOf } from '../../data/number.js';
import type { Bound, Figure, Unit } from '../../data/schema.js';
import type { Lang } from '../controllers/lang.js';

// One implementation for data and core: the data layer owns it (it imports nothing from the core).
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

/**
 * The value in the unit a reader of the language expects: 亿元 (10^8 yuan)
 * stay 亿元 in Chinese and become billions (10^9) in English, with one more
 * decimal so no precision is lost or invented.
 */
export function displayValue(value: number, unit: Unit, lang: Lang): { value: number; decimals: number; scale: 'billion' | 'million' | null } {
  const decimals = decimalsOf(value);
  if (unit !== 'yi-yuan' || lang === 'zh-CN') return { value, decimals, scale: null };
  if (Math.abs(value) >= 10 || value === 0) {
    return { value: value / 10, decimals: decimals + 1, scale: 'billion' };
  }
  return { value: value * 100, decimals: Math.max(0, decimals - 2), scale: 'million' };
}

/**
 * An amount in 亿元 as a size, the way readers say it, with no trailing zeros:
 * `亿元` for 1 (as the paper writes "亿元以上项目"), `10亿元`; `CNY 100
 * million`, `CNY 1 billion`, `CNY 1.5 billion`. For size classes and bands
 * ("10亿元以上", "at least CNY 1 billion"); a figure of the paper keeps its
 * precision with `formatValue`.
 */
export function yuanSize(yi: number, lang: Lang): string {
  if (lang === 'zh-CN' && yi === 1) return '亿元';
  const d = displayValue(yi, 'yi-yuan', lang);
  // Rounding to the scale's decimals drops float noise (1.1 × 100); then drop trailing zeros (1.0 → 1).
  const value = Number(d.value.toFixed(d.decimals));
  const number = formatNumber(value, lang);
  return lang === 'zh-CN' ? `${number}亿元` : `CNY ${number} ${d.scale}`;
}

const boundText: Record<Lang, Record<Bound, [string, string]>> = {
  'zh-CN': { exact: ['', ''], 'more-than': ['超过', ''], 'at-least': ['', '以上'] },
  en: { exact: ['', ''], 'more-than': ['more than ', ''], 'at-least': ['at least ', ''] },
};

const countWords: Record<Lang, string[]> = {
  'zh-CN': ['零', '一', '两', '三', '四', '五', '六', '七', '八', '九', '十'],
  en: ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'],
};

/**
 * A small count as a word, the way prose writes how many items a list has
 * ("各三类", "three main commodities"); from 11 on, digits.
 */
export function countWord(n: number, lang: Lang): string {
  return Number.isInteger(n) && n >= 0 && n <= 10 ? countWords[lang][n]! : formatNumber(n, lang);
}

/** Splits a figure into the pieces a card or a label shows. */
export function figureParts(value: number, unit: Unit, lang: Lang, bound: Bound = 'exact'): FigureParts {
  const d = displayValue(value, unit, lang);
  const number = formatNumber(d.value, lang, d.decimals);
  const [boundBefore, boundAfter] = boundText[lang][bound];
  let before = boundBefore;
  let unitText = '';
  if (lang === 'zh-CN') {
    unitText = { 'yi-yuan': '亿元', percent: '%', pp: '个百分点', projects: '个', enterprises: '家' }[unit];
  } else {
    switch (unit) {
      case 'yi-yuan':
        before += 'CNY ';
        unitText = ` ${d.scale}`;
        break;
      case 'percent':
        unitText = '%';
        break;
      case 'pp':
        unitText = value === 1 ? ' percentage point' : ' percentage points';
        break;
      case 'projects':
        unitText = value === 1 ? ' project' : ' projects';
        break;
      case 'enterprises':
        unitText = value === 1 ? ' enterprise' : ' enterprises';
        break;
    }
  }
  return { number, unit: unitText, before, after: boundAfter };
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
  const zh = { 'yi-yuan': '亿元', percent: '%', pp: '百分点', projects: '个', enterprises: '家' };
  const en = { 'yi-yuan': 'CNY billion', percent: '%', pp: 'percentage points', projects: 'projects', enterprises: 'enterprises' };
  return (lang === 'zh-CN' ? zh : en)[unit];
}

/** A value in the unit of `unitTitle`, without the unit: for table cells and axes. */
export function formatBare(value: number, unit: Unit, lang: Lang): string {
  if (unit === 'yi-yuan' && lang === 'en') return formatNumber(value / 10, lang, decimalsOf(value) + 1);
  return formatNumber(value, lang);
}

/** The number a chart plots for a figure in a language (亿元 → billions in English). */
export function plotValue(value: number, unit: Unit, lang: Lang): number {
  return unit === 'yi-yuan' && lang === 'en' ? value / 10 : value;
}

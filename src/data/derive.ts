/**
 * Figures the paper implies but does not state, computed from the stated ones
 * (so they follow any dataset given through `data` or `src`) and marked
 * `derived: true`.
 */
import { decimalsOf, roundLike } from './number.js';
import type { Figure, InvestmentDataset, Text, TradeDataset } from './schema.js';

function derived(id: string, label: Text, value: number, unit: Figure['unit'], from: Figure): Figure {
  return {
    id, label, value, unit, bound: 'exact', derived: true,
    section: from.section, refs: [...from.refs], ...(from.origin ? { origin: from.origin } : {}),
  };
}

/** Trade with partners outside the Belt and Road group: total minus the Belt and Road value. */
export function tradeOutsideBeltAndRoad(trade: TradeDataset): Figure {
  const { total } = trade;
  const bri = trade.beltAndRoad.value;
  return derived(
    'outside-belt-and-road',
    { zh: '其他贸易伙伴', en: 'Other partners' },
    roundLike(total.value - bri.value, total.value, bri.value),
    'yi-yuan',
    total,
  );
}

/** Inner Mongolia's 2024 trade growth: Hohhot's growth less the stated gap. */
export function regionTradeGrowth(trade: TradeDataset): Figure {
  const { growth, growthAboveRegion } = trade;
  return derived(
    'region-growth',
    { zh: '内蒙古自治区进出口增速', en: "Inner Mongolia's trade growth" },
    roundLike(growth.value - growthAboveRegion.value, growth.value, growthAboveRegion.value),
    'percent',
    growth,
  );
}

/** One partner's share of Hohhot's total trade, in percent. */
export function shareOfTotal(part: Figure, trade: TradeDataset): Figure {
  return derived(
    `${part.id}-share`,
    { zh: `${part.label.zh}占全市进出口比重`, en: `${part.label.en}: share of total trade` },
    Number(((part.value / trade.total.value) * 100).toFixed(1)),
    'percent',
    part,
  );
}

/**
 * A project size in 亿元 as the labels of the data write it, the same words as
 * `yuanSize` of core/i18n/format.ts gives (the data does not import the core):
 * `亿元` for 1 as the paper writes it ("亿元以上项目"), `10亿元`;
 * `CNY 100 million`, `CNY 1 billion`.
 */
function yuanLabel(yi: number, lang: 'zh' | 'en'): string {
  if (lang === 'zh') return yi === 1 ? '亿元' : `${yi}亿元`;
  const d = decimalsOf(yi);
  return yi < 10 && yi !== 0 ? `CNY ${Number((yi * 100).toFixed(d))} million` : `CNY ${Number((yi / 10).toFixed(d + 1))} billion`;
}

export interface ProjectBand {
  /** Lower bound in 亿元, inclusive. */
  from: number;
  /** Upper bound in 亿元, exclusive; undefined for the open top band. */
  to?: number;
  count: Figure;
}

/**
 * Disjoint size bands from the paper's cumulative thresholds: the projects of
 * at least 1亿 less those of at least 10亿, and so on.
 */
export function projectBands(investment: InvestmentDataset): ProjectBand[] {
  const sorted = [...investment.thresholds].sort((a, b) => a.atLeastYiYuan - b.atLeastYiYuan);
  return sorted.map((t, i) => {
    const next = sorted[i + 1];
    const value = next ? t.count.value - next.count.value : t.count.value;
    const label: Text = next
      ? {
          // One name per band, as the widget's axis, table and summary write it: `1–10亿元`
          // (each band holds its lower bound, not its upper one).
          zh: `${t.atLeastYiYuan}–${next.atLeastYiYuan}亿元的项目`,
          en: `Projects of at least ${yuanLabel(t.atLeastYiYuan, 'en')} and under ${yuanLabel(next.atLeastYiYuan, 'en')}`,
        }
      : t.count.label;
    const count = next ? derived(`band-${t.atLeastYiYuan}`, label, value, 'projects', t.count) : t.count;
    return next ? { from: t.atLeastYiYuan, to: next.atLeastYiYuan, count } : { from: t.atLeastYiYuan, count };
  });
}

import { expect } from '@open-wc/testing';
import * as data from '../src/data/index.js';
import type { Figure, Provenance } from '../src/data/index.js';
import { yuanSize } from '../src/core/i18n/format.js';

/** Every object with a section and refs in a dataset: figures, items, statements. */
function provenances(value: unknown, out: Provenance[] = []): Provenance[] {
  if (Array.isArray(value)) value.forEach((v) => provenances(v, out));
  else if (value && typeof value === 'object') {
    if ('section' in value && 'refs' in value) out.push(value as Provenance);
    Object.values(value).forEach((v) => provenances(v, out));
  }
  return out;
}

function figures(value: unknown, out: Figure[] = []): Figure[] {
  if (Array.isArray(value)) value.forEach((v) => figures(v, out));
  else if (value && typeof value === 'object') {
    if ('value' in value && 'unit' in value && 'bound' in value) out.push(value as Figure);
    Object.values(value).forEach((v) => figures(v, out));
  }
  return out;
}

/** Every bilingual text `{ zh, en }` in a dataset. */
function texts(value: unknown, out: { zh: string; en: string }[] = []): { zh: string; en: string }[] {
  if (Array.isArray(value)) value.forEach((v) => texts(v, out));
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.zh === 'string' && typeof o.en === 'string') out.push(o as { zh: string; en: string });
    Object.values(value).forEach((v) => texts(v, out));
  }
  return out;
}

const bundled = {
  trade: [data.trade2024, data.validateTradeDataset],
  investment: [data.investment2024, data.validateInvestmentDataset],
  ecommerce: [data.ecommerce, data.validateEcommerceDataset],
  cities: [data.cities, data.validateCitiesDataset],
  mechanisms: [data.mechanisms, data.validateMechanismsDataset],
  challenges: [data.challenges, data.validateChallengesDataset],
  strategies: [data.strategies, data.validateStrategiesDataset],
  paper: [data.paper, data.validatePaperDataset],
} as const;

describe('the paper\'s data', () => {
  for (const [name, [dataset, validate]] of Object.entries(bundled)) {
    it(`${name}: passes its own validator`, () => {
      const result = (validate as (x: unknown) => data.Validation<unknown>)(dataset);
      expect(result.ok, JSON.stringify(!result.ok && result.problem)).to.equal(true);
    });
  }

  it('says "could" in English where the paper says 可以, and "the paper proposes" where the library says 论文建议', () => {
    const all = [...Object.values(bundled).flatMap(([d]) => texts(d)), ...texts(data.geography)];
    const could = all.filter((t) => t.zh.includes('可以'));
    expect(could.length).to.be.greaterThan(3);
    for (const t of could) expect(t.en, t.zh).to.match(/\bcould\b/);
    const proposed = all.filter((t) => t.zh.startsWith('论文建议'));
    expect(proposed.length).to.be.greaterThan(1);
    for (const t of proposed) expect(t.en, t.zh).to.match(/^The paper (proposes|calls)/);
    // 三(一)'s examples are proposals, not what happens.
    const examples = data.strategies.strategies.flatMap((s) => s.measures).flatMap((m) => (m.examples ? [m.examples] : []));
    for (const t of examples) expect(t.en, t.zh).not.to.match(/^Hohhot (concentrates|cooperates)|^Hohhot and Baotou cooperate/);
  });

  it('uses curly quotes in English texts', () => {
    const all = [...Object.values(bundled).flatMap(([d]) => texts(d)), ...texts(data.geography)];
    for (const t of all) expect(t.en, t.en).not.to.contain('"');
  });

  it('records a known section and only references [1]–[10] for every fact', () => {
    const all = Object.values(bundled).flatMap(([d]) => provenances(d));
    expect(all.length).to.be.greaterThan(60);
    for (const p of all) {
      expect(Object.keys(data.paper.sections)).to.include(p.section);
      for (const r of p.refs) expect(r).to.be.within(1, 10);
    }
  });

  it('has the 2024 trade figures of section 二(一) in their canonical units', () => {
    const t = data.trade2024;
    expect([t.total.value, t.total.unit]).to.deep.equal([226.7, 'yi-yuan']);
    expect([t.growth.value, t.growth.unit]).to.deep.equal([17.3, 'percent']);
    expect([t.growthAboveRegion.value, t.growthAboveRegion.unit]).to.deep.equal([11.5, 'pp']);
    expect(t.shareOfRegion.value).to.equal(10.9);
    expect(t.imports.map((f) => f.value)).to.deep.equal([35.1, 24.7, 16.2]);
    expect(t.exports.map((f) => f.value)).to.deep.equal([30.7, 19, 16.6]);
    expect(t.partners.map((f) => [f.label.en, f.value])).to.deep.equal([
      ['Malaysia', 36.8], ['United States', 30.9], ['Mongolia', 23.1], ['Russia', 17.5],
    ]);
    expect([t.beltAndRoad.value.value, t.beltAndRoad.growth.value, t.beltAndRoad.share.value]).to.deep.equal([141.9, 34, 62.6]);
    expect(t.imports.every((f) => f.refs.includes(4))).to.equal(true);
    expect(t.origin.en).to.equal('Saihan Customs');
  });

  it('keeps bounds as bounds', () => {
    expect(data.ecommerce.trade).to.include({ value: 12, bound: 'more-than' });
    const stated = Object.values(bundled).flatMap(([d]) => figures(d));
    expect(stated.filter((f) => f.bound !== 'exact').map((f) => f.id)).to.deep.equal(['ecommerce-trade']);
    expect(data.investment2024.thresholds.map((t) => [t.atLeastYiYuan, t.count.value])).to.deep.equal([[1, 430], [10, 110], [100, 15]]);
  });

  it('marks no stated figure as derived, and derives in code', () => {
    const stated = Object.values(bundled).flatMap(([d]) => figures(d));
    expect(stated.some((f) => f.derived)).to.equal(false);
    const other = data.tradeOutsideBeltAndRoad(data.trade2024);
    expect(other).to.include({ value: 84.8, unit: 'yi-yuan', derived: true });
    expect(data.regionTradeGrowth(data.trade2024)).to.include({ value: 5.8, unit: 'percent', derived: true });
    expect(data.shareOfTotal(data.trade2024.beltAndRoad.value, data.trade2024).value).to.equal(62.6);
    const bands = data.projectBands(data.investment2024);
    expect(bands.map((b) => [b.from, b.to, b.count.value, !!b.count.derived])).to.deep.equal([
      [1, 10, 320, true], [10, 100, 95, true], [100, undefined, 15, false],
    ]);
    expect(bands.reduce((n, b) => n + b.count.value, 0)).to.equal(430);
    // The band labels word sizes as yuanSize() of core/i18n/format.ts does.
    expect(bands[0]!.count.label).to.deep.equal({
      zh: '1–10亿元的项目',
      en: 'Projects of at least CNY 100 million and under CNY 1 billion',
    });
    expect(bands.map((b) => [yuanSize(b.from, 'zh-CN'), yuanSize(b.from, 'en')])).to.deep.equal([
      ['亿元', 'CNY 100 million'], ['10亿元', 'CNY 1 billion'], ['100亿元', 'CNY 10 billion'],
    ]);
  });

  it('names the caveats of section 一(三) by what they say, the mechanisms as part of item 3', () => {
    expect(data.cities.caveats.map((c) => c.id)).to.deep.equal(['uneven-development', 'low-industrial-coordination', 'weak-cooperation-mechanisms']);
    const mechanisms = data.cities.caveats[2]!;
    expect(mechanisms.label.zh).to.contain('科技创新动力不足');
    const innovation = data.challenges.challenges.find((c) => c.id === 'weak-innovation')!;
    expect(innovation.description!.zh).to.contain(mechanisms.description!.zh);
  });

  it('gives the period of the Horinger New Area signings in both languages', () => {
    expect(data.investment2024.horinger2025.period).to.deep.equal({ zh: '2025年初', en: 'early 2025' });
  });

  it('has all five strategies with their measures, and the references [1]–[10]', () => {
    expect(data.strategies.strategies.map((s) => s.section)).to.deep.equal(['3.1', '3.2', '3.3', '3.4', '3.5']);
    expect(data.strategies.strategies.map((s) => s.measures.length)).to.deep.equal([3, 3, 3, 3, 2]);
    expect(data.paper.references.map((r) => r.n)).to.deep.equal([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(data.paper.fund.number).to.equal('2025BX10');
    expect(data.paper.author).to.deep.equal({ zh: '李建宏', en: 'Li Jianhong' });
  });

  it('names the field and what was expected when data is wrong', () => {
    const bad = structuredClone(data.trade2024) as unknown as { partners: { unit: string }[] };
    bad.partners[2]!.unit = 'dollars';
    const result = data.validateTradeDataset(bad);
    expect(result.ok).to.equal(false);
    if (!result.ok) {
      expect(result.problem.path).to.equal('partners.2.unit');
      expect(result.problem.expected).to.contain('"yi-yuan"');
      expect(result.problem.received).to.equal('"dollars"');
    }
    const missing = data.validateEcommerceDataset({});
    expect(missing.ok).to.equal(false);
    if (!missing.ok) expect(missing.problem.path).to.equal('trade');
  });
});

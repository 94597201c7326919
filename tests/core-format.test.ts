import { expect } from '@open-wc/testing';
import { coreStrings, countWord, figureParts, formatBare, formatValue, joinList, plotValue, sectionLabel, unitTitle, yuanSize, LANGS } from '../src/core/index.js';
import { decimalsOf } from '../src/core/i18n/format.js';
import { decimalsOf as dataDecimalsOf } from '../src/data/number.js';

/** The core's formatting reads every word and scale from the core catalogs. */
describe('core formatting from the catalogs', () => {
  it('has one catalog per language, each with every message', () => {
    expect(Object.keys(coreStrings)).to.deep.equal([...LANGS]);
    expect(Object.keys(coreStrings.en).sort()).to.deep.equal(Object.keys(coreStrings['zh-CN']).sort());
  });

  it('writes money in the scales of each language', () => {
    expect(formatValue(226.7, 'yi-yuan', 'zh-CN')).to.equal('226.7亿元');
    expect(formatValue(226.7, 'yi-yuan', 'en')).to.equal('CNY 22.67 billion');
    expect(formatValue(1.2, 'yi-yuan', 'en', 'more-than')).to.equal('more than CNY 120 million');
    expect(formatValue(12, 'yi-yuan', 'zh-CN', 'more-than')).to.equal('超过12亿元');
    expect(formatValue(0, 'yi-yuan', 'en')).to.equal('CNY 0.0 billion');
    expect(figureParts(35.1, 'yi-yuan', 'en', 'at-least')).to.deep.equal({ number: '3.51', unit: ' billion', before: 'at least CNY ', after: '' });
    expect(figureParts(10, 'yi-yuan', 'zh-CN', 'at-least')).to.deep.equal({ number: '10', unit: '亿元', before: '', after: '以上' });
  });

  it('gives sizes, axis values and titles in the first scale', () => {
    expect(yuanSize(1, 'zh-CN')).to.equal('亿元');
    expect(yuanSize(10, 'zh-CN')).to.equal('10亿元');
    expect(yuanSize(1, 'en')).to.equal('CNY 100 million');
    expect(yuanSize(15, 'en')).to.equal('CNY 1.5 billion');
    expect(plotValue(226.7, 'yi-yuan', 'en')).to.equal(226.7 / 10);
    expect(plotValue(226.7, 'yi-yuan', 'zh-CN')).to.equal(226.7);
    expect(formatBare(35.1, 'yi-yuan', 'en')).to.equal('3.51');
    expect(unitTitle('yi-yuan', 'en')).to.equal('CNY billion');
    expect(unitTitle('pp', 'zh-CN')).to.equal('百分点');
  });

  it('words units, counts, lists and sections from the catalogs', () => {
    expect(formatValue(1, 'pp', 'en')).to.equal('1 percentage point');
    expect(formatValue(2, 'projects', 'en')).to.equal('2 projects');
    expect(formatValue(2, 'enterprises', 'zh-CN')).to.equal('2家');
    expect(countWord(2, 'zh-CN')).to.equal('两');
    expect(countWord(11, 'en')).to.equal('11');
    expect(joinList(['a', 'b', 'c'], 'en')).to.equal('a, b and c');
    expect(joinList(['a', 'b'], 'zh-CN')).to.equal('a、b');
    expect(sectionLabel('2.1', 'zh-CN')).to.equal('二（一）');
    expect(sectionLabel('2.1', 'en')).to.equal('2.1');
    expect(sectionLabel('abstract', 'zh-CN')).to.equal('摘要');
  });

  it('follows a changed catalog: no word is written outside it', () => {
    const en = coreStrings.en;
    const saved = { countWords: en.countWords, units: en.units };
    try {
      en.countWords = ['zero', 'uno'];
      en.units = { ...en.units, pp: () => ' pts' };
      expect(countWord(1, 'en')).to.equal('uno');
      expect(countWord(2, 'en')).to.equal('2');
      expect(formatValue(3, 'pp', 'en')).to.equal('3 pts');
    } finally {
      Object.assign(en, saved);
    }
  });

  it('has one decimalsOf, the data layer’s', () => {
    expect(decimalsOf).to.equal(dataDecimalsOf);
  });
});

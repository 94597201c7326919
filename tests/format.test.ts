import { expect } from '@open-wc/testing';
import { countWord, decimalsOf, formatBare, formatFigure, formatValue, figureParts, yuanSize } from '../src/core/i18n/format.js';
import { decimalsOf as dataDecimalsOf, roundLike } from '../src/data/number.js';
import { trade2024, investment2024, ecommerce } from '../src/data/index.js';

describe('format: the paper\'s figures in both languages', () => {
  it('shows 亿元 in Chinese and billions of yuan in English, keeping the paper\'s precision', () => {
    expect(formatFigure(trade2024.total, 'zh-CN')).to.equal('226.7亿元');
    expect(formatFigure(trade2024.total, 'en')).to.equal('CNY 22.67 billion');
    expect(formatFigure(trade2024.imports[0]!, 'zh-CN')).to.equal('35.1亿元');
    expect(formatFigure(trade2024.imports[0]!, 'en')).to.equal('CNY 3.51 billion');
    // 19亿元 has no decimals in the paper: one decimal in billions, no more.
    expect(formatFigure(trade2024.exports[1]!, 'en')).to.equal('CNY 1.9 billion');
    expect(formatFigure(investment2024.agreedInvestment, 'zh-CN')).to.equal('8546亿元');
    expect(formatValue(12345, 'yi-yuan', 'zh-CN')).to.equal('12,345亿元');
    expect(formatFigure(investment2024.agreedInvestment, 'en')).to.equal('CNY 854.6 billion');
    expect(formatFigure(investment2024.horinger2025.investment, 'en')).to.equal('CNY 8.555 billion');
  });

  it('writes amounts under 10亿元 in millions in English', () => {
    expect(formatValue(1, 'yi-yuan', 'en')).to.equal('CNY 100 million');
    expect(formatValue(1, 'yi-yuan', 'zh-CN')).to.equal('1亿元');
  });

  it('words a size in 亿元 without trailing zeros, as the paper and English readers say it', () => {
    expect(yuanSize(1, 'zh-CN')).to.equal('亿元');
    expect(yuanSize(10, 'zh-CN')).to.equal('10亿元');
    expect(yuanSize(1, 'en')).to.equal('CNY 100 million');
    expect(yuanSize(10, 'en')).to.equal('CNY 1 billion');
    expect(yuanSize(15, 'en')).to.equal('CNY 1.5 billion');
    expect(yuanSize(1.1, 'en')).to.equal('CNY 110 million');
    expect(yuanSize(100, 'en')).to.equal('CNY 10 billion');
  });

  it('has one rounding implementation, in the data layer', () => {
    expect(decimalsOf).to.equal(dataDecimalsOf);
    expect(decimalsOf(19)).to.equal(0);
    expect(decimalsOf(35.1)).to.equal(1);
    expect(roundLike(226.7 - 141.9, 226.7, 141.9)).to.equal(84.8);
  });

  it('writes small counts as words', () => {
    expect(countWord(3, 'zh-CN')).to.equal('三');
    expect(countWord(2, 'zh-CN')).to.equal('两');
    expect(countWord(3, 'en')).to.equal('three');
    expect(countWord(12, 'en')).to.equal('12');
  });

  it('keeps percent and percentage points apart', () => {
    expect(formatFigure(trade2024.growth, 'zh-CN')).to.equal('17.3%');
    expect(formatFigure(trade2024.growth, 'en')).to.equal('17.3%');
    expect(formatFigure(trade2024.growthAboveRegion, 'zh-CN')).to.equal('11.5个百分点');
    expect(formatFigure(trade2024.growthAboveRegion, 'en')).to.equal('11.5 percentage points');
    expect(formatValue(1, 'pp', 'en')).to.equal('1 percentage point');
  });

  it('shows a bound as a bound', () => {
    expect(formatFigure(ecommerce.trade, 'zh-CN')).to.equal('超过12亿元');
    expect(formatFigure(ecommerce.trade, 'en')).to.equal('more than CNY 1.2 billion');
    expect(formatValue(430, 'projects', 'zh-CN', 'at-least')).to.equal('430个以上');
    expect(figureParts(12, 'yi-yuan', 'en', 'more-than')).to.deep.equal({ before: 'more than CNY ', number: '1.2', unit: ' billion', after: '' });
  });

  it('formats counts with their noun', () => {
    expect(formatFigure(ecommerce.enterprisesInZone, 'zh-CN')).to.equal('184家');
    expect(formatFigure(ecommerce.enterprisesInZone, 'en')).to.equal('184 enterprises');
    expect(formatFigure(investment2024.thresholds[0]!.count, 'en')).to.equal('430 projects');
  });

  it('gives bare table values in the column unit', () => {
    expect(formatBare(35.1, 'yi-yuan', 'zh-CN')).to.equal('35.1');
    expect(formatBare(35.1, 'yi-yuan', 'en')).to.equal('3.51');
    expect(formatBare(8546, 'yi-yuan', 'en')).to.equal('854.6');
  });
});

import { expect, fixture, html } from '@open-wc/testing';
import { lowerFirst, normalizeLang, resolveLang } from '../src/core/controllers/lang.js';
import '../src/define/trade-breakdown.js';
import type { HohhotTradeBreakdown } from '../src/components/trade-breakdown/trade-breakdown.js';
import { textOf } from './helpers.js';

describe('language resolution', () => {
  const docLang = document.documentElement.lang;
  afterEach(() => {
    document.documentElement.lang = docLang;
  });

  it('maps every Chinese tag to Chinese and every other tag to English', () => {
    for (const tag of ['zh', 'zh-CN', 'zh-Hans', 'zh-TW', 'ZH-hk']) expect(normalizeLang(tag)).to.equal('zh-CN');
    for (const tag of ['en', 'en-GB', 'fr', 'mn', 'ru']) expect(normalizeLang(tag)).to.equal('en');
    expect(normalizeLang('')).to.equal(null);
    expect(normalizeLang(null)).to.equal(null);
  });

  it('uses the element\'s own lang first', async () => {
    const el = await fixture<HohhotTradeBreakdown>(html`<div lang="zh-CN"><hohhot-trade-breakdown lang="en"></hohhot-trade-breakdown></div>`);
    const widget = el.querySelector('hohhot-trade-breakdown')!;
    await widget.updateComplete;
    expect(widget.locale).to.equal('en');
    expect(textOf(widget)).to.contain("Hohhot's main imports and exports");
  });

  it('falls back to the nearest ancestor, across shadow roots', async () => {
    const outer = await fixture<HTMLDivElement>(html`<div lang="en"><div></div></div>`);
    const host = outer.querySelector('div')!;
    const shadow = host.attachShadow({ mode: 'open' });
    const widget = document.createElement('hohhot-trade-breakdown');
    shadow.append(widget);
    await widget.updateComplete;
    expect(resolveLang(widget)).to.equal('en');
    expect(widget.locale).to.equal('en');
  });

  it('falls back to the document, then to Chinese', async () => {
    document.documentElement.lang = 'en-US';
    const el = await fixture<HohhotTradeBreakdown>(html`<hohhot-trade-breakdown></hohhot-trade-breakdown>`);
    expect(el.locale).to.equal('en');
    document.documentElement.removeAttribute('lang');
    const el2 = await fixture<HohhotTradeBreakdown>(html`<hohhot-trade-breakdown></hohhot-trade-breakdown>`);
    expect(el2.locale).to.equal('zh-CN');
  });

  it('switches live when the element\'s, an ancestor\'s or the document\'s lang changes', async () => {
    document.documentElement.lang = 'zh-CN';
    const wrap = await fixture<HTMLDivElement>(html`<div><hohhot-trade-breakdown></hohhot-trade-breakdown></div>`);
    const el = wrap.querySelector('hohhot-trade-breakdown')!;
    await el.updateComplete;
    expect(textOf(el)).to.contain('2024年呼和浩特主要进出口商品');

    document.documentElement.lang = 'en';
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(textOf(el)).to.contain("Hohhot's main imports and exports");

    wrap.setAttribute('lang', 'zh-Hans');
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(textOf(el)).to.contain('2024年呼和浩特主要进出口商品');

    el.setAttribute('lang', 'en');
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(el.locale).to.equal('en');
    expect(textOf(el)).to.contain('CNY 22.67 billion');
  });

  it('follows the language of a same-origin iframe the element is adopted into', async () => {
    document.documentElement.lang = 'zh-CN';
    const el = await fixture<HohhotTradeBreakdown>(html`<hohhot-trade-breakdown></hohhot-trade-breakdown>`);
    expect(el.locale).to.equal('zh-CN');
    const frame = await fixture<HTMLIFrameElement>(html`<iframe></iframe>`);
    const doc = frame.contentDocument!;
    doc.documentElement.lang = 'en';
    doc.body.append(el);
    await el.updateComplete;
    expect(el.locale).to.equal('en');
    expect(textOf(el)).to.contain('Refined oil products');
    doc.documentElement.lang = 'zh-CN';
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(el.locale).to.equal('zh-CN');
    frame.remove();
  });
});

describe('lowerFirst', () => {
  it('lower-cases a label inside a sentence, but not a name or an abbreviation', () => {
    expect(lowerFirst('Food processing')).to.equal('food processing');
    expect(lowerFirst('At least CNY 1 billion')).to.equal('at least CNY 1 billion');
    expect(lowerFirst('Chinese medicinal materials and medicines')).to.equal('Chinese medicinal materials and medicines');
    expect(lowerFirst('Hohhot–Baotou high-speed railway')).to.equal('Hohhot–Baotou high-speed railway');
    expect(lowerFirst('CNY 100 million to under 1 billion')).to.equal('CNY 100 million to under 1 billion');
    expect(lowerFirst('')).to.equal('');
  });
});

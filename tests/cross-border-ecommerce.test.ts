import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, itEmulating, resetMedia, sendKeys, setViewport } from './commands.js';
import '../src/define/cross-border-ecommerce.js';
import type { HohhotCrossBorderEcommerce } from '../src/components/cross-border-ecommerce/cross-border-ecommerce.js';
import { ecommerce } from '../src/data/index.js';
import type { WidgetErrorDetail } from '../src/core/util/events.js';
import { $, $$, mount, textOf, servedJson } from './helpers.js';
import { ecommerceRevised, tradeRevised } from './fixtures/datasets.js';
import {
  expectAlertFollowsLang,
  expectInvalidData,
  itHasNoAxeViolations,
  itHasNoAxeViolationsShowingAnError,
  itReportsBadSrc,
  mountWarnedOnce,
  expectAutoFollowsPageScheme,
} from './contract.js';

const tag = (lang = 'zh-CN') => html`<hohhot-cross-border-ecommerce lang=${lang}></hohhot-cross-border-ecommerce>`;
const settle = async (el: HohhotCrossBorderEcommerce) => {
  await new Promise((r) => setTimeout(r));
  await el.whenLoaded();
};
const cardTexts = (el: HohhotCrossBorderEcommerce) =>
  $$(el, 'ul.fc-list > li').map((li) => (li.textContent ?? '').replace(/\s+/g, ' ').trim());

describe('<hohhot-cross-border-ecommerce>', () => {
  afterEach(async () => {
    await resetMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
    await setViewport({ width: 800, height: 600 });
  });

  describe('content', () => {
    it('shows the pilot zone’s figures, policies and events in Chinese', async () => {
      const el = await mount<HohhotCrossBorderEcommerce>(tag('zh-CN'));
      const text = textOf(el);
      expect($(el, 'h2')!.textContent).to.equal('呼和浩特跨境电子商务综合试验区');
      expect(text).to.contain('超过12亿元');
      expect(text).to.contain('184家');
      expect(text).to.contain('69家');
      for (const s of ['资金扶持', '税收优惠', '通关便利化', '跨境电子商务综合试验区经贸对接会', '促进了政企交流合作']) {
        expect(text).to.contain(s);
      }
      expect($$(el, '.policies li').map((li) => li.textContent)).to.deep.equal(['资金扶持', '税收优惠', '通关便利化']);
      expect($(el, '[part="source"]')!.textContent).to.contain('二（三）');
    });

    it('shows them in English, with 亿元 converted to yuan', async () => {
      const el = await mount<HohhotCrossBorderEcommerce>(tag('en'));
      const text = textOf(el);
      expect(text).to.contain('more than CNY 1.2 billion');
      expect(text).to.contain('184 enterprises');
      expect(text).to.contain('69 enterprises');
      for (const s of ['Funding support', 'Tax incentives', 'Customs facilitation', 'trade matchmaking conference', 'Supporting policies']) {
        expect(text).to.contain(s);
      }
      expect(text).not.to.match(/[亿元]/);
      expect($(el, '[part="source"]')!.textContent).to.contain('section 2.3');
    });

    it('shows the trade as a bound, never as an exact value', async () => {
      const zh = await mount<HohhotCrossBorderEcommerce>(tag('zh-CN'));
      expect(textOf(zh)).not.to.match(/(?<!超过)12亿元/);
      expect(cardTexts(zh)[0]).to.equal('超过12亿元 综试区跨境电商进出口贸易额 此为下限：论文未给出确切数值。 出处：论文二（三）');
      const en = await mount<HohhotCrossBorderEcommerce>(tag('en'));
      expect(textOf(en)).not.to.match(/(?<!more than )CNY 1\.2 billion/);
      expect(cardTexts(en)[0]).to.contain('more than CNY 1.2 billion');
      expect(cardTexts(en)[0]).to.contain('A lower bound: the paper gives no exact figure.');
      // The bound words sit on the value line itself, not only in a note.
      expect($(en, '.fc-value')!.textContent).to.equal('more than CNY 1.2 billion');
      expect($(zh, '.fc-value')!.textContent).to.equal('超过12亿元');
    });

    it('has the figure cards as a list in reading order', async () => {
      const el = await mount<HohhotCrossBorderEcommerce>(tag('zh-CN'));
      const list = $(el, 'ul.fc-list')!;
      const labelledBy = list.getAttribute('aria-labelledby')!;
      expect($(el, `#${labelledBy}`)!.textContent).to.equal('主要数据');
      expect(cardTexts(el)).to.deep.equal([
        '超过12亿元 综试区跨境电商进出口贸易额 此为下限：论文未给出确切数值。 出处：论文二（三）',
        '184家 入驻综试区的跨境电商企业 出处：论文二（三）',
        '69家 线上公共服务平台吸引的企业 出处：论文二（三）',
      ]);
    });

    it('lays the cards out by its own width', async () => {
      await setViewport({ width: 1400, height: 900 });
      const el = await mount<HohhotCrossBorderEcommerce>(tag('en'));
      const columns = async (width: string) => {
        el.style.width = width;
        await new Promise((r) => requestAnimationFrame(r));
        return getComputedStyle($(el, 'ul.fc-list')!).gridTemplateColumns.split(' ').length;
      };
      expect(await columns('320px')).to.equal(1);
      expect(await columns('600px')).to.equal(2);
      expect(await columns('1200px')).to.equal(3);
      el.style.width = '320px';
      await new Promise((r) => requestAnimationFrame(r));
      const base = $(el, '.hw')!;
      expect(base.scrollWidth).to.be.at.most(base.clientWidth);
    });

    it('falls back with one warning on an unknown theme', async () => {
      const { el, warnings } = await mountWarnedOnce<HohhotCrossBorderEcommerce>(
        html`<hohhot-cross-border-ecommerce theme="neon"></hohhot-cross-border-ecommerce>`,
        'theme="neon"',
      );
      expect(el.theme).to.equal('auto');
      expect(warnings).to.have.length(1);
    });
  });

  describe('language and theme', () => {
    it('follows its own lang and the document lang', async () => {
      const el = await mount<HohhotCrossBorderEcommerce>(tag('zh-CN'));
      el.lang = 'en';
      await settle(el);
      expect(textOf(el)).to.contain('more than CNY 1.2 billion');
      const before = document.documentElement.lang;
      try {
        el.removeAttribute('lang');
        document.documentElement.lang = 'zh-Hans';
        await settle(el);
        expect(textOf(el)).to.contain('超过12亿元');
        document.documentElement.lang = 'en-US';
        await settle(el);
        expect(textOf(el)).to.contain('184 enterprises');
      } finally {
        document.documentElement.lang = before;
      }
    });

    it('applies light, dark and auto', async () => {
      const el = await mount<HohhotCrossBorderEcommerce>(html`<hohhot-cross-border-ecommerce theme="light"></hohhot-cross-border-ecommerce>`);
      expect(el.getAttribute('data-hw-theme')).to.equal('light');
      const bg = getComputedStyle(el).backgroundColor;
      el.theme = 'dark';
      await el.updateComplete;
      expect(el.getAttribute('data-hw-theme')).to.equal('dark');
      expect(getComputedStyle(el).backgroundColor).not.to.equal(bg);
      await expectAutoFollowsPageScheme(() => html`<hohhot-cross-border-ecommerce></hohhot-cross-border-ecommerce>`);
    });

    itEmulating('auto follows prefers-color-scheme where the page sets no color-scheme', async () => {
      const el = await mount<HohhotCrossBorderEcommerce>(html`<hohhot-cross-border-ecommerce theme="light"></hohhot-cross-border-ecommerce>`);
      await emulateMedia({ colorScheme: 'dark' });
      el.theme = 'auto';
      await el.updateComplete;
      expect(el.getAttribute('data-hw-theme')).to.equal('dark');
    });
  });

  describe('data and src', () => {
    it('accepts a valid dataset through `data`, bounds included', async () => {
      const el = await mount<HohhotCrossBorderEcommerce>(tag('en'));
      const revised = structuredClone(ecommerce);
      revised.trade.value = 15;
      revised.trade.bound = 'exact';
      revised.enterprisesInZone.value = 1;
      revised.policies = revised.policies.slice(0, 1);
      el.data = revised;
      await el.updateComplete;
      expect(textOf(el)).to.contain('CNY 1.5 billion');
      expect(textOf(el)).not.to.contain('more than');
      expect(textOf(el)).not.to.contain('A lower bound');
      expect(textOf(el)).to.contain('1 enterprise ');
      expect($$(el, '.policies li')).to.have.length(1);
      el.data = undefined;
      await el.updateComplete;
      expect(textOf(el)).to.contain('more than CNY 1.2 billion');
    });

    it('rejects invalid data with a localised alert naming the field, and an error event', async () => {
      const el = await mount<HohhotCrossBorderEcommerce>(tag('en'));
      const bad = structuredClone(ecommerce) as unknown as { enterprisesInZone: { value: unknown } };
      bad.enterprisesInZone.value = '184';
      await expectInvalidData(el, bad, 'enterprisesInZone.value');
      await expectAlertFollowsLang(el, settle);
    });

    it('renders text from data as text', async () => {
      const el = await mount<HohhotCrossBorderEcommerce>(tag('en'));
      const revised = structuredClone(ecommerce);
      revised.events[0]!.label.en = '<img src=x onerror="alert(1)">';
      el.data = revised;
      await el.updateComplete;
      expect($(el, 'img')).to.equal(null);
      expect(textOf(el)).to.contain('<img src=x');
    });

    it('loads a dataset from `src`', async () => {
      const el = await mount<HohhotCrossBorderEcommerce>(
        html`<hohhot-cross-border-ecommerce lang="zh-CN" src=${await servedJson('cross-border-ecommerce-revised', ecommerceRevised())}></hohhot-cross-border-ecommerce>`,
      );
      expect(textOf(el)).to.contain('超过15亿元');
      expect(textOf(el)).to.contain('201家');
      expect($(el, '[role="alert"]')).to.equal(null);
    });

    itReportsBadSrc((lang, src) => html`<hohhot-cross-border-ecommerce lang=${lang} src=${src}></hohhot-cross-border-ecommerce>`, {
      missing: { lang: 'en', src: '/tests/fixtures/missing.json' },
      malformed: { lang: 'en' },
    });

    it('says when `src` is a dataset of another shape', async () => {
      const el = await fixture<HohhotCrossBorderEcommerce>(
        html`<hohhot-cross-border-ecommerce lang="en" src=${await servedJson('trade-2024-revised', tradeRevised())}></hohhot-cross-border-ecommerce>`,
      );
      const { detail } = await oneEvent<CustomEvent<WidgetErrorDetail>>(el, 'error');
      await el.whenLoaded();
      expect(detail.kind).to.equal('invalid-data');
      expect($(el, '[role="alert"]')!.textContent).to.contain('trade');
    });
  });

  describe('keyboard', () => {
    it('puts nothing in the tab order when nothing cites a reference', async () => {
      const wrap = await fixture<HTMLDivElement>(
        html`<div><button id="before">before</button><hohhot-cross-border-ecommerce></hohhot-cross-border-ecommerce><button id="after">after</button></div>`,
      );
      const el = wrap.querySelector('hohhot-cross-border-ecommerce')!;
      await el.whenLoaded();
      wrap.querySelector<HTMLButtonElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement!.id).to.equal('after');
    });

    it('reaches every reference mark in order with Tab', async () => {
      const data = structuredClone(ecommerce);
      data.enterprisesInZone.refs = [2];
      data.policies[0]!.refs = [6];
      const wrap = await fixture<HTMLDivElement>(
        html`<div><button id="before">before</button><hohhot-cross-border-ecommerce lang="en" .data=${data}></hohhot-cross-border-ecommerce><button id="after">after</button></div>`,
      );
      const el = wrap.querySelector('hohhot-cross-border-ecommerce')!;
      await el.whenLoaded();
      wrap.querySelector<HTMLButtonElement>('#before')!.focus();
      const visited: string[] = [];
      for (let i = 0; i < 4; i++) {
        await sendKeys({ press: 'Tab' });
        const active = el.shadowRoot!.activeElement ?? document.activeElement;
        visited.push(active?.getAttribute('data-ref') ?? active?.id ?? '');
        if (active?.id === 'after') break;
      }
      // The card's mark, then the source line's two marks, then out.
      expect(visited).to.deep.equal(['2', '2', '6', 'after']);
    });
  });

  describe('accessibility', () => {
    itHasNoAxeViolations((lang, theme) => html`<hohhot-cross-border-ecommerce lang=${lang} theme=${theme}></hohhot-cross-border-ecommerce>`);
    itHasNoAxeViolationsShowingAnError(() => tag('en'));
  });
});

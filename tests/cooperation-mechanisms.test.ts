import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, itEmulating, resetMedia, sendKeys } from './commands.js';
import '../src/define/cooperation-mechanisms.js';
import type { HohhotCooperationMechanisms } from '../src/components/cooperation-mechanisms/cooperation-mechanisms.js';
import { mechanisms } from '../src/data/index.js';
import { $, $$, mount, textOf, servedJson } from './helpers.js';
import { mechanismsRevised } from './fixtures/datasets.js';
import {
  expectAlertFollowsLang,
  expectInvalidData,
  itHasNoAxeViolations,
  itHasNoAxeViolationsShowingAnError,
  itReportsBadSrc,
  mountWarnedOnce,
  expectAutoFollowsPageScheme,
} from './contract.js';

const tag = (lang = 'zh-CN') => html`<hohhot-cooperation-mechanisms lang=${lang}></hohhot-cooperation-mechanisms>`;

describe('<hohhot-cooperation-mechanisms>', () => {
  afterEach(async () => {
    await resetMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
  });

  describe('content', () => {
    it('shows both mechanisms and the three result areas with their examples, in Chinese', async () => {
      const el = await mount<HohhotCooperationMechanisms>(tag('zh-CN'));
      const text = textOf(el);
      for (const s of [
        '呼包鄂乌一体化发展机制',
        '京蒙协作机制',
        '交通互联互通',
        '产业协同发展',
        '民生共享',
        '呼包高铁开通运营',
        '极大地缩短了两地之间的时空距离',
        '呼和浩特与包头市在新能源领域的合作',
        '医疗卫生、教育、就业',
        '一（二）',
      ]) {
        expect(text).to.contain(s);
      }
      // Mechanisms and areas are headed; the areas are a list of three.
      expect($$(el, '[part="mechanisms"] h4').map((h) => h.textContent.trim())).to.deep.equal(['呼包鄂乌一体化发展机制', '京蒙协作机制']);
      expect($$(el, '[part="results"] > li')).to.have.length(3);
      expect($$(el, '[part="results"] h4').map((h) => h.textContent.trim())).to.deep.equal(['1. 交通互联互通', '2. 产业协同发展', '3. 民生共享']);
    });

    it('cites reference [2] for transport, and only there', async () => {
      const el = await mount<HohhotCooperationMechanisms>(tag('zh-CN'));
      const transport = $(el, '[part="results"] > li[data-id="transport"]')!;
      expect(transport.querySelectorAll('button.ref[data-ref="2"]').length).to.be.at.least(1);
      for (const id of ['industry', 'public-services']) {
        expect($(el, `[part="results"] > li[data-id="${id}"]`)!.querySelector('button.ref')).to.equal(null);
      }
      const source = $(el, '[part="source"]')!;
      expect(source.textContent).to.contain('李建宏');
      expect(source.textContent).to.contain('一（二）');
      expect(source.querySelector('button.ref[data-ref="2"]')).to.exist;
    });

    it('reads as English for readers abroad', async () => {
      const el = await mount<HohhotCooperationMechanisms>(tag('en'));
      const text = textOf(el);
      for (const s of [
        'Hohhot–Baotou–Ordos–Ulanqab integrated development mechanism',
        'Beijing–Inner Mongolia cooperation mechanism',
        'Transport links',
        'Industrial coordination',
        'Shared public services',
        'The Hohhot–Baotou high-speed railway in service',
        'Hohhot–Baotou cooperation in new energy',
        'healthcare, education and employment',
        'For example',
        'section 1.2',
        'Li Jianhong',
      ]) {
        expect(text).to.contain(s);
      }
      expect(text).not.to.match(/[\u4e00-\u9fff]/);
    });

    it('falls back with one warning on unknown attribute values', async () => {
      const { el } = await mountWarnedOnce<HohhotCooperationMechanisms>(
        html`<hohhot-cooperation-mechanisms theme="sepia"></hohhot-cooperation-mechanisms>`,
        'theme="sepia"',
      );
      expect(el.theme).to.equal('auto');
    });
  });

  describe('language, theme and keyboard', () => {
    it('follows its own lang and the document lang', async () => {
      const el = await mount<HohhotCooperationMechanisms>(html`<hohhot-cooperation-mechanisms></hohhot-cooperation-mechanisms>`);
      const before = document.documentElement.lang;
      try {
        document.documentElement.lang = 'en-GB';
        await new Promise((r) => setTimeout(r));
        await el.updateComplete;
        expect(textOf(el)).to.contain('Transport links');
        el.lang = 'zh';
        await new Promise((r) => setTimeout(r));
        await el.updateComplete;
        expect(textOf(el)).to.contain('交通互联互通');
      } finally {
        document.documentElement.lang = before;
      }
    });

    it('applies light, dark and auto', async () => {
      const el = await mount<HohhotCooperationMechanisms>(html`<hohhot-cooperation-mechanisms theme="light"></hohhot-cooperation-mechanisms>`);
      expect(el.getAttribute('data-hw-theme')).to.equal('light');
      const light = getComputedStyle(el).backgroundColor;
      el.theme = 'dark';
      await el.updateComplete;
      expect(el.getAttribute('data-hw-theme')).to.equal('dark');
      expect(getComputedStyle(el).backgroundColor).not.to.equal(light);
      await expectAutoFollowsPageScheme(() => html`<hohhot-cooperation-mechanisms></hohhot-cooperation-mechanisms>`);
    });

    itEmulating('auto follows prefers-color-scheme where the page sets no color-scheme', async () => {
      const el = await mount<HohhotCooperationMechanisms>(html`<hohhot-cooperation-mechanisms theme="light"></hohhot-cooperation-mechanisms>`);
      await emulateMedia({ colorScheme: 'dark' });
      el.theme = 'auto';
      await el.updateComplete;
      expect(el.getAttribute('data-hw-theme')).to.equal('dark');
    });

    it('lets the keyboard reach every reference mark', async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div><button id="before">before</button>${tag('en')}</div>`);
      const el = wrap.querySelector('hohhot-cooperation-mechanisms')!;
      await el.whenLoaded();
      wrap.querySelector<HTMLButtonElement>('#before')!.focus();
      const links = $$(el, 'button.ref');
      expect(links.length).to.be.at.least(2);
      for (const link of links) {
        await sendKeys({ press: 'Tab' });
        expect(el.shadowRoot!.activeElement).to.equal(link);
      }
    });
  });

  describe('data and src', () => {
    it('accepts a valid dataset through `data`', async () => {
      const el = await mount<HohhotCooperationMechanisms>(tag('en'));
      const revised = structuredClone(mechanisms);
      revised.results[2]!.examples = [];
      revised.mechanisms[1]!.label.en = 'Beijing–Inner Mongolia partnership';
      el.data = revised;
      await el.updateComplete;
      expect(textOf(el)).to.contain('Beijing–Inner Mongolia partnership');
      expect($(el, 'li[data-id="public-services"] ul')).to.equal(null);
      expect($(el, '[role="alert"]')).to.equal(null);
    });

    it('rejects invalid data with an alert naming the field, and an error event', async () => {
      const el = await mount<HohhotCooperationMechanisms>(tag('en'));
      const bad = structuredClone(mechanisms) as unknown as { results: { examples: unknown }[] };
      bad.results[0]!.examples = 'none';
      await expectInvalidData(el, bad, 'results.0.examples');
      await expectAlertFollowsLang(el);
    });

    it('loads a dataset from `src`', async () => {
      const el = await mount<HohhotCooperationMechanisms>(html`<hohhot-cooperation-mechanisms lang="zh-CN" src=${await servedJson('cooperation-mechanisms-revised', mechanismsRevised())}></hohhot-cooperation-mechanisms>`);
      expect($(el, '[role="alert"]')).to.equal(null);
      expect(textOf(el)).to.contain('修订示例');
    });

    itReportsBadSrc((lang, src) => html`<hohhot-cooperation-mechanisms lang=${lang} src=${src}></hohhot-cooperation-mechanisms>`, {
      missing: { lang: 'en', src: '/tests/fixtures/missing.json' },
      malformed: { lang: 'en' },
    });
  });

  describe('accessibility', () => {
    itHasNoAxeViolations((lang, theme) => html`<hohhot-cooperation-mechanisms lang=${lang} theme=${theme}></hohhot-cooperation-mechanisms>`);
    itHasNoAxeViolationsShowingAnError(() => tag('en'));
  });
});

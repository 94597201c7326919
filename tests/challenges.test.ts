import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, itEmulating, resetMedia, sendKeys, withPrintRules } from './commands.js';
import '../src/define/challenges.js';
import type { ChallengeToggleDetail, HohhotChallenges } from '../src/components/challenges/challenges.js';
import { challenges } from '../src/data/index.js';
import { $, $$, button, mount, textOf, servedJson } from './helpers.js';
import { challengesRevised } from './fixtures/datasets.js';
import { expectAlertFollowsLang, expectInvalidData, itHasNoAxeViolations, itReportsBadSrc, nextRender as settle } from './contract.js';

const tag = (lang = 'zh-CN') => html`<hohhot-challenges lang=${lang}></hohhot-challenges>`;
const disclosures = (el: Element) => $$(el, 'details') as HTMLDetailsElement[];
const openStates = (el: Element) => disclosures(el).map((d) => d.open);
const focused = (el: Element) => el.shadowRoot!.activeElement as HTMLElement | null;
const squash = (s: string) => s.replace(/\^\[\d+\]/g, '').replace(/\s+/g, '');

describe('<hohhot-challenges>', () => {
  afterEach(async () => {
    await resetMedia({ colorScheme: 'light', reducedMotion: 'no-preference', media: 'screen' });
  });

  describe('content', () => {
    it('lists the problems of section 一(三) with the paper’s explanations, in Chinese', async () => {
      const el = await mount<HohhotChallenges>(tag('zh-CN'));
      const summaries = $$(el, 'summary').map((s) => s.textContent.replace(/\s+/g, ''));
      expect(summaries).to.deep.equal(['1.内部经济发展不平衡', '2.产业协同程度不高', '3.科技创新动力不足']);
      const text = textOf(el);
      expect(text).to.contain('呼和浩特与周边城市在经济发展水平上存在较大差异');
      expect(text).to.contain('各城市在产业发展上仍存在一定的同质化竞争');
      expect(text).to.contain('R&D投入强度偏低');
      expect(text).to.contain('合作机制缺乏长期性和稳定性');
      expect(text).to.contain('论文在一（三）中列出以下问题');
      // Reference [3] stands where the paper cites it: after the second problem.
      const refs = disclosures(el).map((d) => [...d.querySelectorAll('button.ref')].map((a) => a.getAttribute('data-ref')));
      expect(refs).to.deep.equal([[], ['3'], []]);
    });

    it('quotes the paper verbatim', async () => {
      const paper = squash(await (await fetch('/tests/fixtures/paper.zh.txt')).text());
      for (const c of challenges.challenges) {
        expect(paper, c.label.zh).to.contain(squash(c.label.zh));
        expect(paper, c.description!.zh).to.contain(squash(c.description!.zh));
      }
    });

    it('reads as English for readers abroad', async () => {
      const el = await mount<HohhotChallenges>(tag('en'));
      const text = textOf(el);
      for (const s of ['Problems and challenges of regional cooperation', 'Uneven economic development within the region', 'Low industrial coordination', 'Weak drive for scientific and technological innovation', 'cities such as Ulanqab lag behind', 'The paper lists these problems in section 1.3.']) {
        expect(text).to.contain(s);
      }
    });

    it('ends with a source line: the paper, section 一(三) and reference [3]', async () => {
      const el = await mount<HohhotChallenges>(tag('zh-CN'));
      const source = $(el, '[part="source"]')!;
      expect(source.textContent).to.contain('李建宏');
      expect(source.textContent).to.contain('一（三）');
      expect(source.querySelector('button.ref[data-ref="3"]')).to.exist;
      const en = await mount<HohhotChallenges>(tag('en'));
      expect($(en, '[part="source"]')!.textContent).to.contain('section 1.3');
    });
  });

  describe('disclosures', () => {
    it('are native details/summary, closed by default, all open with `open`', async () => {
      const el = await mount<HohhotChallenges>(tag('zh-CN'));
      expect(disclosures(el)).to.have.length(3);
      expect(openStates(el)).to.deep.equal([false, false, false]);
      const open = await mount<HohhotChallenges>(html`<hohhot-challenges open></hohhot-challenges>`);
      expect(open.open).to.equal(true);
      expect(openStates(open)).to.deep.equal([true, true, true]);
      open.open = false;
      await open.updateComplete;
      expect(openStates(open)).to.deep.equal([false, false, false]);
      open.open = true;
      await open.updateComplete;
      expect(openStates(open)).to.deep.equal([true, true, true]);
      expect(open.hasAttribute('open')).to.equal(true);
    });

    it('says with aria-expanded whether Expand all has opened every explanation', async () => {
      const el = await mount<HohhotChallenges>(tag('en'));
      const all = button(el, 'Expand all');
      expect(all.getAttribute('aria-expanded')).to.equal('false');
      expect($(el, `#${all.getAttribute('aria-controls') ?? 'none'}`)).to.equal($(el, '[part="list"]'));
      all.click();
      await el.updateComplete;
      expect(openStates(el)).to.deep.equal([true, true, true]);
      expect(all.getAttribute('aria-expanded')).to.equal('true');
      expect(all.textContent.trim()).to.equal('Collapse all');
    });

    it('toggles with Enter and Space on a summary and fires challenge-toggle', async () => {
      const el = await mount<HohhotChallenges>(tag('en'));
      button(el, 'Expand all').focus();
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal($$(el, 'summary')[0]);
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal($$(el, 'summary')[1]);
      const event = oneEvent(el, 'hw-challenge-toggle');
      await sendKeys({ press: 'Enter' });
      const e = (await event) as CustomEvent<ChallengeToggleDetail>;
      expect(e.detail).to.deep.equal({ id: 'low-industrial-coordination', open: true });
      expect(e.bubbles && e.composed).to.equal(true);
      expect(openStates(el)).to.deep.equal([false, true, false]);
      expect(disclosures(el)[1]!.querySelector('.explanation')!.checkVisibility()).to.equal(true);
      await sendKeys({ press: ' ' });
      await settle(el);
      expect(openStates(el)).to.deep.equal([false, false, false]);
    });

    it('fires no challenge-toggle for the initial `open`', async () => {
      const seen: string[] = [];
      const wrap = await fixture<HTMLDivElement>(html`<div @hw-challenge-toggle=${(e: CustomEvent<ChallengeToggleDetail>) => seen.push(e.detail.id)}>
        <hohhot-challenges open></hohhot-challenges>
      </div>`);
      await wrap.querySelector('hohhot-challenges')!.whenLoaded();
      await new Promise((r) => setTimeout(r, 50));
      expect(seen).to.deep.equal([]);
    });

    it('expands and collapses all with a button', async () => {
      const el = await mount<HohhotChallenges>(tag('zh-CN'));
      button(el, '全部展开').click();
      await settle(el);
      expect(openStates(el)).to.deep.equal([true, true, true]);
      button(el, '全部收起').click();
      await settle(el);
      expect(openStates(el)).to.deep.equal([false, false, false]);
    });

    it('prints every explanation expanded and restores the reader’s choice afterwards', async () => {
      const el = await mount<HohhotChallenges>(tag('zh-CN'));
      disclosures(el)[0]!.open = true;
      await settle(el);
      window.dispatchEvent(new Event('beforeprint'));
      expect(openStates(el)).to.deep.equal([true, true, true]);
      window.dispatchEvent(new Event('afterprint'));
      expect(openStates(el)).to.deep.equal([true, false, false]);
      // Even without the print events, print styles show closed explanations.
      const closed = disclosures(el)[2]!.querySelector('.explanation')!;
      expect(closed.checkVisibility()).to.equal(false);
      await withPrintRules(el, () => {
        expect(closed.checkVisibility()).to.equal(true);
        expect(getComputedStyle($(el, '[part="toolbar"]')!).display).to.equal('none');
      });
      expect(closed.checkVisibility()).to.equal(false);
    });

    itEmulating('shows closed explanations and hides the toolbar under emulated print media', async () => {
      const el = await mount<HohhotChallenges>(tag('zh-CN'));
      const closed = disclosures(el)[2]!.querySelector('.explanation')!;
      expect(closed.checkVisibility()).to.equal(false);
      await emulateMedia({ media: 'print' });
      expect(closed.checkVisibility()).to.equal(true);
      expect(getComputedStyle($(el, '[part="toolbar"]')!).display).to.equal('none');
    });
  });

  describe('language and theme', () => {
    it('follows its own lang and the document lang', async () => {
      const el = await mount<HohhotChallenges>(html`<hohhot-challenges></hohhot-challenges>`);
      const original = document.documentElement.lang;
      try {
        document.documentElement.lang = 'en';
        await settle(el);
        expect(textOf(el)).to.contain('Low industrial coordination');
        document.documentElement.lang = 'zh-TW';
        await settle(el);
        expect(textOf(el)).to.contain('产业协同程度不高');
        el.lang = 'en';
        await settle(el);
        expect(textOf(el)).to.contain('Expand all');
        el.removeAttribute('lang');
        await settle(el);
        expect(textOf(el)).to.contain('全部展开');
      } finally {
        document.documentElement.lang = original;
      }
    });

    it('applies light, dark and auto', async () => {
      const el = await mount<HohhotChallenges>(html`<hohhot-challenges theme="dark"></hohhot-challenges>`);
      expect(el.getAttribute('data-hw-theme')).to.equal('dark');
      const dark = getComputedStyle(el).backgroundColor;
      el.theme = 'light';
      await el.updateComplete;
      expect(getComputedStyle(el).backgroundColor).not.to.equal(dark);
      const darkPage = await fixture<HTMLDivElement>(html`<div class="dark-page"><hohhot-challenges></hohhot-challenges></div>`);
      darkPage.style.setProperty('color-scheme', 'dark');
      const onDark = darkPage.querySelector('hohhot-challenges')!;
      onDark.requestUpdate();
      await onDark.updateComplete;
      expect(onDark.getAttribute('data-hw-theme')).to.equal('dark');
      const page = await fixture<HTMLDivElement>(html`<div><hohhot-challenges></hohhot-challenges></div>`);
      page.style.setProperty('color-scheme', 'light');
      const inner = page.querySelector('hohhot-challenges')!;
      inner.requestUpdate();
      await inner.updateComplete;
      expect(inner.getAttribute('data-hw-theme')).to.equal('light');
    });

    itEmulating('auto follows prefers-color-scheme: dark where the page sets no color-scheme', async () => {
      await emulateMedia({ colorScheme: 'dark' });
      const auto = await mount<HohhotChallenges>(html`<hohhot-challenges></hohhot-challenges>`);
      expect(auto.getAttribute('data-hw-theme')).to.equal('dark');
    });
  });

  describe('data and src', () => {
    it('accepts a valid dataset through `data`, as text', async () => {
      const el = await mount<HohhotChallenges>(tag('en'));
      const revised = structuredClone(challenges);
      revised.challenges = revised.challenges.slice(0, 2);
      revised.challenges[0]!.label = { zh: '甲', en: '<img src=x onerror=alert(1)>' };
      el.data = revised;
      await el.updateComplete;
      expect(disclosures(el)).to.have.length(2);
      expect($$(el, 'summary')[0]!.textContent).to.contain('<img src=x onerror=alert(1)>');
      expect($(el, 'summary img')).to.equal(null);
      el.data = null;
      await el.updateComplete;
      expect(disclosures(el)).to.have.length(3);
    });

    it('rejects invalid data with a localised alert naming the field, and an error event', async () => {
      const el = await mount<HohhotChallenges>(tag('en'));
      await expectInvalidData(el, { challenges: [{ ...challenges.challenges[0], section: '9.9' }] }, 'challenges.0.section');
      el.data = { challenges: [] };
      await el.updateComplete;
      expect($(el, '[role="alert"]')!.textContent).to.contain('challenges');
      await expectAlertFollowsLang(el, settle);
    });

    it('loads a dataset from `src`', async () => {
      const el = await mount<HohhotChallenges>(html`<hohhot-challenges lang="zh-CN" src=${await servedJson('challenges-revised', challengesRevised())}></hohhot-challenges>`);
      expect($(el, '[role="alert"]')).to.equal(null);
      expect($$(el, 'summary')[0]!.textContent).to.contain('内部经济发展不平衡（修订）');
    });

    itReportsBadSrc((lang, src) => html`<hohhot-challenges lang=${lang} src=${src}></hohhot-challenges>`, {
      missing: { lang: 'en', src: '/tests/fixtures/missing-challenges.json' },
      malformed: { lang: 'en' },
    });
  });

  describe('accessibility', () => {
    itHasNoAxeViolations<HohhotChallenges>((lang, theme) => html`<hohhot-challenges lang=${lang} theme=${theme}></hohhot-challenges>`, {
      steps: [
        async (el) => {
          el.open = true;
          await el.updateComplete;
        },
      ],
    });
  });
});

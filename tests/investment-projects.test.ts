import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, itEmulating, resetMedia, sendKeys } from './commands.js';
import '../src/define/investment-projects.js';
import type { HohhotInvestmentProjects } from '../src/components/investment-projects/investment-projects.js';
import { investment2024, projectBands } from '../src/data/index.js';
import type { WidgetErrorDetail } from '../src/core/util/events.js';
import { $, $$, LANGS, button, chartReady, mount, textOf, csvSource, csvDownload, enterChart, spoken, servedJson } from './helpers.js';
import { investmentRevised, investmentWrongShape } from './fixtures/datasets.js';
import {
  cross,
  expectAlertFollowsLang,
  expectInvalidData,
  expectRemoveReAdd,
  itHasNoAxeViolations,
  itHasNoAxeViolationsShowingAnError,
  itReportsBadSrc,
  mountWarnedOnce,
  expectAutoFollowsPageScheme,
} from './contract.js';

const tag = (lang = 'zh-CN', mode = 'thresholds') =>
  html`<hohhot-investment-projects lang=${lang} mode=${mode}></hohhot-investment-projects>`;

/** The rows of the data table as text, header cell first. */
const rows = (el: Element) => $$(el, 'tbody tr').map((tr) => [...tr.children].map((c) => c.textContent.trim()));
const summary = (el: Element) => $(el, '[role="img"]')!.getAttribute('aria-label')!;

async function chartOf(el: HohhotInvestmentProjects) {
  const { Chart } = await import('chart.js');
  return Chart.getChart($(el, 'canvas') as HTMLCanvasElement)!;
}

describe('<hohhot-investment-projects>', () => {
  const pageLang = document.documentElement.lang;
  afterEach(async () => {
    await resetMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
    document.documentElement.lang = pageLang;
  });

  describe('content', () => {
    it('shows the paper’s figures in Chinese', async () => {
      const el = await mount<HohhotInvestmentProjects>(tag('zh-CN'));
      const text = textOf(el);
      for (const s of ['430个', '8546亿元', '46.6%', '已开工项目资金到位率', '85.55亿元', '和林格尔新区']) expect(text).to.contain(s);
      expect(summary(el)).to.contain('亿元以上：430个、10亿元以上：110个、100亿元以上：15个');
      for (const s of ['新能源', '新材料', '电子信息技术', '现代装备制造']) expect(text).to.contain(s);
      for (const s of ['中国石油数据中心', '千喜鹤农畜产品深加工产业园', '华著新质生产力产业基地']) expect(text).to.contain(s);
      expect(text).to.contain('成功签约亿元以上项目10个，协议投资金额85.55亿元');
    });

    it('converts 亿元 to billions of yuan in English', async () => {
      const el = await mount<HohhotInvestmentProjects>(tag('en'));
      const text = textOf(el);
      for (const s of ['CNY 854.6 billion', '46.6%', '430 projects', 'CNY 8.555 billion', 'Horinger New Area']) expect(text).to.contain(s);
      expect(text).to.contain('signed 10 projects of at least CNY 100 million each, with agreed investment of CNY 8.555 billion');
      expect(summary(el)).to.contain(
        ': at least CNY 100 million: 430 projects, at least CNY 1 billion: 110 projects, at least CNY 10 billion: 15 projects.',
      );
      for (const s of ['New energy', 'New materials', 'Electronic information technology', 'Modern equipment manufacturing']) {
        expect(text).to.contain(s);
      }
    });

    it('ends with a source line naming the paper, section 二（二） and reference [5]', async () => {
      const el = await mount<HohhotInvestmentProjects>(tag('zh-CN'));
      const source = $(el, '[part="source"]')!;
      expect(source.textContent).to.contain('李建宏');
      expect(source.textContent).to.contain('二（二）');
      expect(source.querySelector('button.ref[data-ref="5"]')).to.exist;
      const en = await mount<HohhotInvestmentProjects>(tag('en'));
      expect($(en, '[part="source"]')!.textContent).to.contain('section 2.2');
    });

    it('falls back with one warning on unknown attribute values', async () => {
      const { el } = await mountWarnedOnce<HohhotInvestmentProjects>(
        html`<hohhot-investment-projects mode="doughnut" view="grid"></hohhot-investment-projects>`,
        'mode="doughnut"',
        'view="grid"',
      );
      expect(el.mode).to.equal('thresholds');
      expect(el.view).to.equal('chart');
    });
  });

  describe('cumulative thresholds', () => {
    it('labels the classes as thresholds and shows the counts as given', async () => {
      const zh = await mount<HohhotInvestmentProjects>(tag('zh-CN', 'thresholds'));
      expect(rows(zh)).to.deep.equal([
        ['亿元以上', '430'],
        ['10亿元以上', '110'],
        ['100亿元以上', '15'],
      ]);
      expect(rows(zh).every(([label]) => label!.includes('以上'))).to.equal(true);
      const en = await mount<HohhotInvestmentProjects>(tag('en', 'thresholds'));
      expect(rows(en)).to.deep.equal([
        ['At least CNY 100 million', '430'],
        ['At least CNY 1 billion', '110'],
        ['At least CNY 10 billion', '15'],
      ]);
    });

    it('says they are cumulative and never adds them up', async () => {
      const zh = await mount<HohhotInvestmentProjects>(tag('zh-CN'));
      const note = $(zh, '[data-note="cumulative"]')!;
      expect(note.textContent).to.contain('10亿元以上项目110个已计入亿元以上项目430个之中');
      expect(note.textContent).to.contain('100亿元以上项目15个已计入10亿元以上项目110个之中');
      expect(note.textContent).to.contain('不能相加');
      expect(note.getBoundingClientRect().height).to.be.greaterThan(0);
      const en = await mount<HohhotInvestmentProjects>(tag('en'));
      expect($(en, '[data-note="cumulative"]')!.textContent).to.contain(
        'the 110 projects of at least CNY 1 billion are among the 430 projects of at least CNY 100 million',
      );
      for (const el of [zh, en]) {
        // 430 + 110 + 15 = 555 is never shown, nor any share of a whole.
        expect(textOf(el)).not.to.match(/(^|[^.\d])555(?!\d)/);
        expect(textOf(el)).not.to.contain('100%');
      }
    });

    it('draws thresholds as bars, never as a doughnut', async () => {
      for (const mode of ['thresholds', 'bands']) {
        const el = await fixture<HohhotInvestmentProjects>(tag('en', mode));
        await chartReady(el);
        expect((((await chartOf(el)).config) as { type: string }).type).to.equal('bar');
        el.remove();
      }
    });

    it('derives bands from projectBands(), marks them derived everywhere, and they sum to 430', async () => {
      for (const lang of LANGS) {
        const el = await fixture<HohhotInvestmentProjects>(tag(lang, 'bands'));
        await chartReady(el);
        const derived = lang === 'zh-CN' ? '推算' : 'derived';
        const r = rows(el);
        expect(r.map((x) => Number(x[1])).reduce((a, b) => a + b, 0)).to.equal(430);
        expect(r.map((x) => Number(x[1]))).to.deep.equal(projectBands(investment2024).map((b) => b.count.value));
        expect(r.map((x) => x[0]!.includes(derived))).to.deep.equal([true, true, false]);
        const chart = await chartOf(el);
        const labels = chart.data.labels as string[][];
        expect(labels.map((l) => l.includes(derived))).to.deep.equal([true, true, false]);
        expect($(el, '.legend')!.textContent).to.contain(derived);
        expect($(el, '[data-note="derived"]')!.textContent).to.contain(derived);
        expect(summary(el)).to.contain(derived);
        enterChart(el);
        await el.updateComplete;
        expect(spoken(el)).to.contain(lang === 'zh-CN' ? `（${derived}）` : `(${derived})`);
        el.remove();
      }
      const en = await mount<HohhotInvestmentProjects>(tag('en', 'bands'));
      expect(rows(en)).to.deep.equal([
        ['CNY 100 million to under 1 billion (derived)', '320'],
        ['CNY 1 billion to under 10 billion (derived)', '95'],
        ['At least CNY 10 billion', '15'],
      ]);
      expect($(en, '[data-note="derived"]')!.textContent).to.contain('430 projects of at least CNY 100 million');
    });
  });

  describe('language', () => {
    it('follows its own lang and the document lang, re-rendering at once', async () => {
      document.documentElement.lang = 'en';
      const el = await mount<HohhotInvestmentProjects>(html`<hohhot-investment-projects></hohhot-investment-projects>`);
      expect(textOf(el)).to.contain('CNY 854.6 billion');
      el.lang = 'zh';
      await new Promise((r) => setTimeout(r));
      await el.updateComplete;
      expect(textOf(el)).to.contain('8546亿元');
      el.removeAttribute('lang');
      document.documentElement.lang = 'zh-CN';
      await new Promise((r) => setTimeout(r));
      await el.updateComplete;
      expect(el.locale).to.equal('zh-CN');
      document.documentElement.lang = 'fr';
      await new Promise((r) => setTimeout(r));
      await el.updateComplete;
      expect(el.locale).to.equal('en');
      expect(textOf(el)).to.contain('At least CNY 100 million');
    });
  });

  describe('theme', () => {
    it('applies light and dark explicitly', async () => {
      const el = await fixture<HohhotInvestmentProjects>(html`<hohhot-investment-projects theme="dark"></hohhot-investment-projects>`);
      expect(el.getAttribute('data-hw-theme')).to.equal('dark');
      const darkBg = getComputedStyle(el).backgroundColor;
      el.theme = 'light';
      await el.updateComplete;
      expect(el.getAttribute('data-hw-theme')).to.equal('light');
      expect(getComputedStyle(el).backgroundColor).not.to.equal(darkBg);
    });

    it('auto follows the page color-scheme', async () => {
      await expectAutoFollowsPageScheme(() => html`<hohhot-investment-projects></hohhot-investment-projects>`);
    });

    itEmulating('auto follows prefers-color-scheme', async () => {
      await emulateMedia({ colorScheme: 'dark' });
      const el = await fixture<HohhotInvestmentProjects>(html`<hohhot-investment-projects></hohhot-investment-projects>`);
      expect(el.getAttribute('data-hw-theme')).to.equal('dark');
      await emulateMedia({ colorScheme: 'light' });
      await new Promise((r) => setTimeout(r, 50));
      expect(el.getAttribute('data-hw-theme')).to.equal('light');
    });
  });

  describe('data and src', () => {
    it('accepts a valid dataset through `data`', async () => {
      const el = await mount<HohhotInvestmentProjects>(tag('zh-CN', 'bands'));
      const revised = structuredClone(investment2024);
      revised.thresholds[1]!.count.value = 120;
      el.data = revised;
      await el.updateComplete;
      expect(rows(el).map((r) => r[1])).to.deep.equal(['310', '105', '15']);
      expect($(el, '[role="alert"]')).to.equal(null);
      el.data = undefined;
      await el.updateComplete;
      expect(rows(el).map((r) => r[1])).to.deep.equal(['320', '95', '15']);
    });

    it('rejects invalid data with a localised alert naming the field, and an error event', async () => {
      const el = await mount<HohhotInvestmentProjects>(tag('en'));
      const bad = structuredClone(investment2024) as unknown as { thresholds: { count: { unit: unknown } }[] };
      bad.thresholds[2]!.count.unit = 'items';
      await expectInvalidData(el, bad, 'thresholds.2.count.unit');
      await expectAlertFollowsLang(el);
    });

    it('loads a dataset from `src`', async () => {
      const el = await mount<HohhotInvestmentProjects>(
        html`<hohhot-investment-projects lang="en" src=${await servedJson('investment-projects-revised', investmentRevised())}></hohhot-investment-projects>`,
      );
      expect($(el, '[role="alert"]')).to.equal(null);
      expect(rows(el)[0]).to.deep.equal(['At least CNY 100 million', '440']);
      expect(textOf(el)).to.contain('CNY 900.0 billion');
    });

    itReportsBadSrc((lang, src) => html`<hohhot-investment-projects lang=${lang} src=${src}></hohhot-investment-projects>`, {
      missing: { lang: 'zh-CN', src: '/tests/fixtures/missing.json' },
      malformed: { lang: 'en' },
    });

    it('says when `src` is JSON of the wrong shape', async () => {
      const el = await fixture<HohhotInvestmentProjects>(
        html`<hohhot-investment-projects lang="en" src=${await servedJson('investment-projects-wrong-shape', investmentWrongShape())}></hohhot-investment-projects>`,
      );
      const { detail } = await oneEvent<CustomEvent<WidgetErrorDetail>>(el, 'error');
      await el.whenLoaded();
      expect(detail).to.include({ kind: 'invalid-data', path: 'thresholds' });
    });
  });

  describe('chart, table and CSV', () => {
    it('switches between chart and table with the visible buttons', async () => {
      const el = await mount<HohhotInvestmentProjects>(tag('zh-CN'));
      const change = oneEvent(el, 'hw-view-change');
      button(el, '表格').click();
      expect(((await change)).detail).to.deep.equal({ view: 'table' });
      await el.updateComplete;
      expect($(el, 'canvas')).to.equal(null);
      expect($(el, '.table-wrap')!.classList.contains('visually-hidden')).to.equal(false);
      expect(button(el, '表格').getAttribute('aria-pressed')).to.equal('true');
      button(el, '图表').click();
      await el.updateComplete;
      expect($(el, 'canvas')).to.exist;
    });

    it('downloads exactly the table shown as CSV', async () => {
      const el = await mount<HohhotInvestmentProjects>(tag('en'));
      const text = await csvDownload(el);
      expect(text).to.equal(
        '\ufeffProject size,Number of projects\r\nAt least CNY 100 million,430\r\nAt least CNY 1 billion,110\r\nAt least CNY 10 billion,15\r\n' + csvSource(el),
      );
      expect(el.csv).to.equal(text);
      el.mode = 'bands';
      await el.updateComplete;
      expect(el.csv).to.equal(
        '\ufeffProject size,Number of projects\r\nCNY 100 million to under 1 billion (derived),320\r\nCNY 1 billion to under 10 billion (derived),95\r\nAt least CNY 10 billion,15\r\n' + csvSource(el),
      );
      el.lang = 'zh-CN';
      await new Promise((r) => setTimeout(r));
      await el.updateComplete;
      expect(el.csv).to.equal(
        '\ufeff项目规模,项目数（个）\r\n1–10亿元（推算）,320\r\n10–100亿元（推算）,95\r\n100亿元以上,15\r\n' + csvSource(el),
      );
      el.mode = 'thresholds';
      await el.updateComplete;
      expect(el.csv).to.equal('\ufeff项目规模,项目数（个）\r\n亿元以上,430\r\n10亿元以上,110\r\n100亿元以上,15\r\n' + csvSource(el));
    });

    it('moves the focus between bar proxies with the arrow keys, each speaking its point once', async () => {
      const el = await fixture<HohhotInvestmentProjects>(tag('en'));
      await chartReady(el);
      enterChart(el);
      await el.updateComplete;
      expect(spoken(el)).to.equal('At least CNY 100 million: 430 projects. 1 of 3');
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(spoken(el)).to.equal('At least CNY 1 billion: 110 projects. 2 of 3');
      await sendKeys({ press: 'End' });
      await el.updateComplete;
      expect(spoken(el)).to.equal('At least CNY 10 billion: 15 projects. 3 of 3');
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      expect(spoken(el)).to.contain('2 of 3');
      await sendKeys({ press: 'Home' });
      await el.updateComplete;
      expect(spoken(el)).to.contain('1 of 3');
      el.lang = 'zh-CN';
      await new Promise((r) => setTimeout(r));
      await el.updateComplete;
      enterChart(el);
      await sendKeys({ press: 'End' });
      await el.updateComplete;
      expect(spoken(el)).to.equal('100亿元以上：15个。第3项，共3项');
    });
  });

  describe('lifecycle', () => {
    it('survives 20 remove/re-add cycles with one chart at a time', async () => {
      const el = await fixture<HohhotInvestmentProjects>(tag('zh-CN'));
      await chartReady(el);
      await expectRemoveReAdd(el, 20);
    });
  });

  describe('accessibility', () => {
    itHasNoAxeViolations(
      (lang, theme, [view, mode]) =>
        html`<hohhot-investment-projects lang=${lang} theme=${theme} view=${view} mode=${mode}></hohhot-investment-projects>`,
      { variants: cross(['chart', 'table'], ['thresholds', 'bands']) },
    );
    itHasNoAxeViolationsShowingAnError(() => tag('en'));
  });
});

import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, itEmulating, resetMedia, sendKeys } from './commands.js';
import '../src/define/trade-partners.js';
import type { HohhotTradePartners } from '../src/components/trade-partners/trade-partners.js';
import { trade2024 } from '../src/data/index.js';
import type { WidgetErrorDetail } from '../src/core/util/events.js';
import { $, $$, LANGS, button, chartReady, mount, textOf, csvSource, csvDownload, enterChart, spoken, servedJson, until } from './helpers.js';
import { tradePartnersRevised, tradeWrongShape } from './fixtures/datasets.js';
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

const tag = (lang = 'zh-CN', show = 'countries') =>
  html`<hohhot-trade-partners lang=${lang} show=${show}></hohhot-trade-partners>`;

/** The rows of the data table as text, header cell first. */
const rows = (el: Element) => $$(el, 'tbody tr').map((tr) => [...tr.children].map((c) => c.textContent.trim()));

async function chartOf(el: HohhotTradePartners) {
  const { Chart } = await import('chart.js');
  return Chart.getChart($(el, 'canvas') as HTMLCanvasElement)!;
}


describe('<hohhot-trade-partners>', () => {
  const pageLang = document.documentElement.lang;
  afterEach(async () => {
    await resetMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
    document.documentElement.lang = pageLang;
  });

  describe('content', () => {
    it('shows the four named countries, ranked, with the total as context, in Chinese', async () => {
      const el = await mount<HohhotTradePartners>(tag('zh-CN'));
      const text = textOf(el);
      for (const s of ['马来西亚', '36.8', '美国', '30.9', '蒙古', '23.1', '俄罗斯', '17.5']) expect(text).to.contain(s);
      expect(text).to.contain('226.7亿元');
      expect(text).to.contain('赛罕海关');
      expect(rows(el)).to.deep.equal([
        ['马来西亚', '1', '36.8'],
        ['美国', '2', '30.9'],
        ['蒙古', '3', '23.1'],
        ['俄罗斯', '4', '17.5'],
      ]);
      expect($(el, '[role="img"]')!.getAttribute('aria-label')).to.contain('马来西亚 36.8亿元、美国 30.9亿元、蒙古 23.1亿元、俄罗斯 17.5亿元');
    });

    it('converts 亿元 to billions of yuan in English', async () => {
      const el = await mount<HohhotTradePartners>(tag('en'));
      const text = textOf(el);
      expect(text).to.contain('CNY 22.67 billion');
      const label = $(el, '[role="img"]')!.getAttribute('aria-label')!;
      for (const s of ['Malaysia CNY 3.68 billion', 'United States CNY 3.09 billion', 'Mongolia CNY 2.31 billion', 'Russia CNY 1.75 billion']) {
        expect(label).to.contain(s);
      }
      expect(rows(el).map((r) => r[2])).to.deep.equal(['3.68', '3.09', '2.31', '1.75']);
      expect($(el, 'thead th:last-child')!.textContent).to.contain('CNY billion');
    });

    it('shows the Belt and Road figures in both languages', async () => {
      const zh = await mount<HohhotTradePartners>(tag('zh-CN', 'belt-and-road'));
      const zhText = textOf(zh);
      for (const s of ['141.9亿元', '62.6%', '34%', '226.7亿元', '共建“一带一路”国家']) expect(zhText).to.contain(s);
      const en = await mount<HohhotTradePartners>(tag('en', 'belt-and-road'));
      const enText = textOf(en);
      for (const s of ['CNY 14.19 billion', '62.6%', '34%', 'CNY 22.67 billion', 'Belt and Road partner countries']) expect(enText).to.contain(s);
    });

    it('ends with a source line naming the paper, section 二（一） and Saihan Customs', async () => {
      const el = await mount<HohhotTradePartners>(tag('zh-CN'));
      const source = $(el, '[part="source"]')!.textContent;
      expect(source).to.contain('李建宏');
      expect(source).to.contain('呼和浩特区域互补合作与开放经济新格局构建策略研究');
      expect(source).to.contain('二（一）');
      expect(source).to.contain('赛罕海关');
      const en = await mount<HohhotTradePartners>(tag('en', 'belt-and-road'));
      expect($(en, '[part="source"]')!.textContent).to.contain('compiled by Saihan Customs');
    });

    it('falls back with one warning on unknown attribute values', async () => {
      const { el } = await mountWarnedOnce<HohhotTradePartners>(
        html`<hohhot-trade-partners show="pie" view="graph"></hohhot-trade-partners>`,
        'show="pie"',
        'view="graph"',
      );
      expect(el.show).to.equal('countries');
      expect(el.view).to.equal('chart');
    });
  });

  describe('never suggests the named countries are the whole of trade', () => {
    it('says so in a visible note, with the total, in both languages', async () => {
      const zh = await mount<HohhotTradePartners>(tag('zh-CN'));
      const zhNote = $(zh, '[data-note="not-whole"]')!;
      expect(zhNote.textContent).to.contain('并非呼和浩特的全部贸易');
      expect(zhNote.textContent).to.contain('226.7亿元');
      expect(zhNote.closest('.visually-hidden')).to.equal(null);
      expect(zhNote.getBoundingClientRect().height).to.be.greaterThan(0);
      const en = await mount<HohhotTradePartners>(tag('en'));
      const enNote = $(en, '[data-note="not-whole"]')!;
      expect(enNote.textContent).to.contain("not the whole of Hohhot's trade");
      expect(enNote.textContent).to.contain('CNY 22.67 billion');
      expect($(en, '[role="img"]')!.getAttribute('aria-label')).to.contain("not all of Hohhot's trade");
    });

    it('draws the countries as bars, never as a part-of-whole', async () => {
      const el = await fixture<HohhotTradePartners>(tag('en'));
      await chartReady(el);
      const chart = await chartOf(el);
      expect((chart.config as { type: string }).type).to.equal('bar');
      // No share of anything is computed or shown for the countries.
      expect(textOf(el)).not.to.contain('100%');
      expect(textOf(el)).not.to.match(/\b10\.83\b|108\.3/);
    });

    it('shows no country in the Belt and Road part-of-whole', async () => {
      const el = await fixture<HohhotTradePartners>(tag('zh-CN', 'belt-and-road'));
      await chartReady(el);
      const chart = await chartOf(el);
      expect((chart.config as { type: string }).type).to.equal('doughnut');
      const labels = (chart.data.labels as string[][]).flat().join(' ');
      for (const country of ['马来西亚', '美国', '蒙古', '俄罗斯']) {
        expect(labels).not.to.contain(country);
        expect(textOf(el)).not.to.contain(country);
      }
    });

    for (const lang of LANGS) {
      it(`marks the remainder derived everywhere, equal to total − Belt and Road (${lang})`, async () => {
        const el = await fixture<HohhotTradePartners>(tag(lang, 'belt-and-road'));
        await chartReady(el);
        const derived = lang === 'zh-CN' ? '推算' : 'derived';
        const r = rows(el);
        const num = (s: string) => Number(s.replace(/,/g, ''));
        const [bri, other, total] = r;
        expect(other![0]).to.equal(lang === 'zh-CN' ? '其他贸易伙伴（推算）' : 'Other partners (derived)');
        expect(num(other![1]!)).to.be.closeTo(num(total![1]!) - num(bri![1]!), 1e-9);
        expect(other![2]).to.equal('37.4');
        // Label in the chart, the legend, the note, the text summary and the CSV.
        const chart = await chartOf(el);
        expect((chart.data.labels as string[][])[1]).to.include(derived);
        expect($(el, '.legend')!.textContent).to.contain(derived);
        expect($(el, '[data-note="derived"]')!.textContent).to.contain(derived);
        expect($(el, '[role="img"]')!.getAttribute('aria-label')).to.contain(derived);
        expect(el.csv).to.contain(lang === 'zh-CN' ? '其他贸易伙伴（推算）' : 'Other partners (derived)');
        // And in the point's proxy.
        enterChart(el);
        await sendKeys({ press: 'End' });
        await el.updateComplete;
        expect(spoken(el)).to.contain(lang === 'zh-CN' ? '其他贸易伙伴（推算）' : 'Other partners (derived)');
      });
    }

    it('gives the remainder as printed: 84.8亿元, CNY 8.48 billion', async () => {
      const zh = await mount<HohhotTradePartners>(tag('zh-CN', 'belt-and-road'));
      expect(rows(zh)[1]![1]).to.equal('84.8');
      const en = await mount<HohhotTradePartners>(tag('en', 'belt-and-road'));
      expect(textOf(en)).to.contain('CNY 8.48 billion');
    });
  });

  describe('language', () => {
    it('follows its own lang and the document lang, re-rendering at once', async () => {
      document.documentElement.lang = 'zh-CN';
      const el = await mount<HohhotTradePartners>(html`<hohhot-trade-partners></hohhot-trade-partners>`);
      expect(textOf(el)).to.contain('马来西亚');
      document.documentElement.lang = 'en';
      await new Promise((r) => setTimeout(r));
      await el.updateComplete;
      expect(textOf(el)).to.contain('Malaysia');
      expect($(el, '[role="img"]')!.getAttribute('aria-label')).to.contain('Malaysia CNY 3.68 billion');
      el.lang = 'zh-Hans';
      await new Promise((r) => setTimeout(r));
      await el.updateComplete;
      expect(textOf(el)).to.contain('226.7亿元');
      expect($(el, '[role="img"]')!.getAttribute('aria-label')).to.contain('马来西亚 36.8亿元');
      expect(el.locale).to.equal('zh-CN');
    });
  });

  describe('theme', () => {
    it('applies light and dark explicitly', async () => {
      const el = await fixture<HohhotTradePartners>(html`<hohhot-trade-partners theme="light"></hohhot-trade-partners>`);
      expect(el.getAttribute('data-hw-theme')).to.equal('light');
      const lightBg = getComputedStyle(el).backgroundColor;
      el.theme = 'dark';
      await el.updateComplete;
      expect(el.getAttribute('data-hw-theme')).to.equal('dark');
      expect(getComputedStyle(el).backgroundColor).not.to.equal(lightBg);
    });

    itEmulating('auto follows prefers-color-scheme', async () => {
      await emulateMedia({ colorScheme: 'dark' });
      const el = await fixture<HohhotTradePartners>(html`<hohhot-trade-partners></hohhot-trade-partners>`);
      expect(el.theme).to.equal('auto');
      expect(el.getAttribute('data-hw-theme')).to.equal('dark');
      await emulateMedia({ colorScheme: 'light' });
      await new Promise((r) => setTimeout(r, 50));
      expect(el.getAttribute('data-hw-theme')).to.equal('light');
    });

    it('auto follows the page color-scheme', async () => {
      const el = await fixture<HohhotTradePartners>(html`<hohhot-trade-partners></hohhot-trade-partners>`);
      expect(el.theme).to.equal('auto');
      await expectAutoFollowsPageScheme(() => html`<hohhot-trade-partners></hohhot-trade-partners>`);
      const page = await fixture<HTMLDivElement>(html`<div><hohhot-trade-partners></hohhot-trade-partners></div>`);
      const inner = page.querySelector('hohhot-trade-partners')!;
      page.style.setProperty('color-scheme', 'dark');
      inner.requestUpdate();
      await inner.updateComplete;
      expect(inner.getAttribute('data-hw-theme')).to.equal('dark');
    });
  });

  describe('data and src', () => {
    it('accepts a valid dataset through `data` and ranks it', async () => {
      const el = await mount<HohhotTradePartners>(tag('zh-CN'));
      const revised = structuredClone(trade2024);
      revised.partners.find((p) => p.id === 'mongolia')!.value = 50.2;
      el.data = revised;
      await el.updateComplete;
      expect(rows(el)[0]).to.deep.equal(['蒙古', '1', '50.2']);
      expect($(el, '[role="alert"]')).to.equal(null);
      el.data = undefined;
      await el.updateComplete;
      expect(rows(el)[0]).to.deep.equal(['马来西亚', '1', '36.8']);
    });

    it('derives the remainder from the dataset given', async () => {
      const el = await mount<HohhotTradePartners>(tag('zh-CN', 'belt-and-road'));
      const revised = structuredClone(trade2024);
      revised.total.value = 250;
      el.data = revised;
      await el.updateComplete;
      expect(rows(el)[1]![1]).to.equal('108.1');
    });

    it('rejects invalid data with a localised alert naming the field, and an error event', async () => {
      const el = await mount<HohhotTradePartners>(tag('en'));
      const bad = structuredClone(trade2024) as unknown as { partners: { value: unknown }[] };
      bad.partners[1]!.value = '30.9';
      const alert = await expectInvalidData(el, bad, 'partners.1.value');
      expect(alert.textContent).to.contain('number');
      await expectAlertFollowsLang(el);
      expect($(el, 'canvas')).to.equal(null);
    });

    it('loads a dataset from `src`', async () => {
      const el = await mount<HohhotTradePartners>(html`<hohhot-trade-partners lang="zh-CN" src=${await servedJson('trade-partners-revised', tradePartnersRevised())}></hohhot-trade-partners>`);
      expect($(el, '[role="alert"]')).to.equal(null);
      expect(rows(el)[0]).to.deep.equal(['俄罗斯', '1', '45']);
    });

    itReportsBadSrc((lang, src) => html`<hohhot-trade-partners lang=${lang} src=${src}></hohhot-trade-partners>`, {
      missing: { lang: 'en', src: '/tests/fixtures/missing.json' },
      malformed: { lang: 'zh-CN' },
    });

    it('says when `src` is JSON of the wrong shape', async () => {
      const el = await fixture<HohhotTradePartners>(html`<hohhot-trade-partners lang="en" src=${await servedJson('trade-wrong-shape', tradeWrongShape())}></hohhot-trade-partners>`);
      const { detail } = await oneEvent<CustomEvent<WidgetErrorDetail>>(el, 'error');
      await el.whenLoaded();
      expect(detail.kind).to.equal('invalid-data');
      expect($(el, '[role="alert"]')!.textContent).to.contain('year');
    });
  });

  describe('chart, table and CSV', () => {
    it('switches between chart and table with the visible buttons', async () => {
      const el = await mount<HohhotTradePartners>(tag('en'));
      const change = oneEvent(el, 'hw-view-change');
      button(el, 'Table').click();
      expect(((await change)).detail).to.deep.equal({ view: 'table' });
      await el.updateComplete;
      expect(el.getAttribute('view')).to.equal('table');
      expect($(el, 'canvas')).to.equal(null);
      expect($(el, '.table-wrap')!.classList.contains('visually-hidden')).to.equal(false);
      button(el, 'Chart').click();
      await el.updateComplete;
      expect($(el, 'canvas')).to.exist;
      expect($(el, '.table-wrap')!.classList.contains('visually-hidden')).to.equal(true);
    });

    it('downloads exactly the table shown as CSV', async () => {
      const el = await mount<HohhotTradePartners>(tag('en'));
      const text = await csvDownload(el, 'Download CSV');
      expect(text).to.equal(
        '\ufeffCountry,Rank,Trade (CNY billion)\r\nMalaysia,1,3.68\r\nUnited States,2,3.09\r\nMongolia,3,2.31\r\nRussia,4,1.75\r\n' + csvSource(el),
      );
      expect(el.csv).to.equal(text);
      el.lang = 'zh-CN';
      await new Promise((r) => setTimeout(r));
      await el.updateComplete;
      expect(el.csv).to.equal('\ufeff国家,排名,进出口贸易值（亿元）\r\n马来西亚,1,36.8\r\n美国,2,30.9\r\n蒙古,3,23.1\r\n俄罗斯,4,17.5\r\n' + csvSource(el));
      el.show = 'belt-and-road';
      await el.updateComplete;
      expect(el.csv).to.equal(
        '\ufeff贸易伙伴,进出口贸易值（亿元）,占全市比重（%）,同比增长（%）\r\n共建“一带一路”国家,141.9,62.6,34\r\n其他贸易伙伴（推算）,84.8,37.4,未给出\r\n全市合计,226.7,100,17.3\r\n' + csvSource(el),
      );
      el.lang = 'en';
      await new Promise((r) => setTimeout(r));
      await el.updateComplete;
      expect(el.csv).to.equal(
        '\ufeffPartners,Trade (CNY billion),Share of total (%),Year-on-year growth (%)\r\nBelt and Road partner countries,14.19,62.6,34\r\nOther partners (derived),8.48,37.4,not given\r\nTotal trade,22.67,100,17.3\r\n' + csvSource(el),
      );
    });

    it('moves the focus between bar proxies with the arrow keys, each speaking its point once', async () => {
      const el = await fixture<HohhotTradePartners>(tag('zh-CN'));
      await chartReady(el);
      enterChart(el);
      await el.updateComplete;
      expect(spoken(el)).to.equal('马来西亚：36.8亿元。第1项，共4项');
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(spoken(el)).to.equal('美国：30.9亿元。第2项，共4项');
      await sendKeys({ press: 'End' });
      await el.updateComplete;
      expect(spoken(el)).to.equal('俄罗斯：17.5亿元。第4项，共4项');
      await sendKeys({ press: 'ArrowUp' });
      await el.updateComplete;
      expect(spoken(el)).to.equal('蒙古：23.1亿元。第3项，共4项');
      await sendKeys({ press: 'Home' });
      await el.updateComplete;
      expect(spoken(el)).to.contain('第1项，共4项');
      expect(el.shadowRoot!.activeElement).to.equal($(el, '.chart-point[data-index="0"]'));
    });

    it('draws a doughnut, its proxies over its segments, when show changes from countries to belt-and-road', async () => {
      const el = await fixture<HohhotTradePartners>(tag('en'));
      await chartReady(el);
      expect(((await chartOf(el)).config as { type: string }).type).to.equal('bar');
      el.setAttribute('show', 'belt-and-road');
      const { Chart } = await import('chart.js');
      const chart = await until(() => {
        const now = Chart.getChart($(el, 'canvas') as HTMLCanvasElement);
        return (now?.config as { type?: string } | undefined)?.type === 'doughnut' && now;
      }, 'a doughnut chart in place of the bars');
      await el.updateComplete;
      const c = ($(el, 'canvas') as HTMLCanvasElement).getBoundingClientRect();
      const proxies = $$(el, '.chart-point');
      expect(proxies.length).to.equal(2);
      chart.getDatasetMeta(0).data.forEach((seg, i) => {
        const mid = seg.tooltipPosition(true);
        const p = proxies[i]!.getBoundingClientRect();
        expect(c.left + mid.x!, `segment ${i} middle x`).to.be.within(p.left, p.right);
        expect(c.top + mid.y!, `segment ${i} middle y`).to.be.within(p.top, p.bottom);
      });
      enterChart(el);
      await el.updateComplete;
      expect(spoken(el)).to.equal('Belt and Road partner countries: CNY 14.19 billion, 62.6% of the total. 1 of 2');
    });

    it('speaks in English', async () => {
      const en = await fixture<HohhotTradePartners>(tag('en'));
      await chartReady(en);
      enterChart(en);
      await en.updateComplete;
      expect(spoken(en)).to.equal('Malaysia: CNY 3.68 billion. 1 of 4');
    });

    it('reaches both segments of the Belt and Road chart with the keyboard, each proxy over its segment', async () => {
      const el = await fixture<HohhotTradePartners>(tag('en', 'belt-and-road'));
      await chartReady(el);
      enterChart(el);
      await el.updateComplete;
      expect(spoken(el)).to.equal('Belt and Road partner countries: CNY 14.19 billion, 62.6% of the total. 1 of 2');
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(spoken(el)).to.equal('Other partners (derived): CNY 8.48 billion, 37.4% of the total. 2 of 2');
      // Each proxy's box holds its segment's middle point and lies inside the doughnut's square.
      const chart = await chartOf(el);
      const c = ($(el, 'canvas') as HTMLCanvasElement).getBoundingClientRect();
      chart.getDatasetMeta(0).data.forEach((seg, i) => {
        const a = seg.getProps(['x', 'y', 'outerRadius'], true) as unknown as Record<string, number>;
        const mid = seg.tooltipPosition(true);
        const p = $$(el, '.chart-point')[i]!.getBoundingClientRect();
        expect(c.left + mid.x!, `segment ${i} middle x`).to.be.within(p.left, p.right);
        expect(c.top + mid.y!, `segment ${i} middle y`).to.be.within(p.top, p.bottom);
        expect(p.left).to.be.at.least(c.left + a['x']! - a['outerRadius']! - 1);
        expect(p.right).to.be.at.most(c.left + a['x']! + a['outerRadius']! + 1);
        expect(p.top).to.be.at.least(c.top + a['y']! - a['outerRadius']! - 1);
        expect(p.bottom).to.be.at.most(c.top + a['y']! + a['outerRadius']! + 1);
      });
    });
  });

  describe('lifecycle', () => {
    it('survives 20 remove/re-add cycles with one chart at a time', async () => {
      const el = await fixture<HohhotTradePartners>(tag('en'));
      await chartReady(el);
      await expectRemoveReAdd(el, 20);
    });
  });

  describe('accessibility', () => {
    itHasNoAxeViolations(
      (lang, theme, [view, show]) =>
        html`<hohhot-trade-partners lang=${lang} theme=${theme} view=${view} show=${show}></hohhot-trade-partners>`,
      { variants: cross(['chart', 'table'], ['countries', 'belt-and-road']) },
    );
    itHasNoAxeViolationsShowingAnError(() => tag('en'));
  });
});

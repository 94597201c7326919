import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import { emulateMedia, itEmulating, resetMedia, sendKeys, withReducedMotion } from './commands.js';
import '../src/define/trade-breakdown.js';
import type { HohhotTradeBreakdown } from '../src/components/trade-breakdown/trade-breakdown.js';
import { trade2024 } from '../src/data/index.js';
import type { WidgetErrorDetail } from '../src/core/util/events.js';
import { $, $$, button, chartReady, mount, textOf, csvSource, csvDownload, enterChart, needsWindowFocus, spoken, until, servedJson } from './helpers.js';
import { tradeRevised, tradeWrongShape } from './fixtures/datasets.js';
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

const tag = (lang = 'zh-CN') => html`<hohhot-trade-breakdown lang=${lang}></hohhot-trade-breakdown>`;

describe('<hohhot-trade-breakdown>', () => {
  afterEach(async () => {
    await resetMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
  });

  describe('content', () => {
    it('shows the six named commodities, the total and the growth in Chinese', async () => {
      const el = await mount<HohhotTradeBreakdown>(tag('zh-CN'));
      const text = textOf(el);
      for (const s of ['成品油', '35.1', '农产品', '24.7', '食品', '16.2', '机电产品', '30.7', '高新技术产品', '19', '中药材及药品', '16.6']) {
        expect(text).to.contain(s);
      }
      expect(text).to.contain('226.7亿元');
      expect(text).to.contain('17.3%');
      expect(text).to.contain('赛罕海关');
    });

    it('converts 亿元 to billions of yuan in English', async () => {
      const el = await mount<HohhotTradeBreakdown>(tag('en'));
      const text = textOf(el);
      expect(text).to.contain('CNY 22.67 billion');
      expect(text).to.contain('Refined oil products');
      const cells = $$(el, 'td.num').map((td) => td.textContent.trim());
      expect(cells).to.deep.equal(['3.51', '2.47', '1.62', '3.07', '1.9', '1.66']);
      expect($(el, 'th.num, thead th:last-child')!.textContent).to.contain('CNY billion');
    });

    it('never suggests the named commodities are the whole of trade', async () => {
      for (const chart of ['bar', 'doughnut']) {
        const el = await mount<HohhotTradeBreakdown>(html`<hohhot-trade-breakdown lang="en" chart=${chart}></hohhot-trade-breakdown>`);
        expect(textOf(el)).to.contain('gives no import or export totals');
        // No total of the three is computed or shown, and nothing claims 100%.
        expect(textOf(el)).not.to.contain('100%');
        expect(textOf(el)).not.to.match(/\b7\.6\b|76\.0|7\.73\b/);
        expect($(el, '[role="img"]')!.getAttribute('aria-label')).to.contain('gives no import or export totals');
      }
      const doughnut = await mount<HohhotTradeBreakdown>(html`<hohhot-trade-breakdown lang="zh-CN" chart="doughnut"></hohhot-trade-breakdown>`);
      expect(textOf(doughnut)).to.contain('不表示它们在进口或出口总额中的占比');
    });

    it('takes the year and the number of commodities from the data', async () => {
      const zh = await mount<HohhotTradeBreakdown>(tag('zh-CN'));
      expect($(zh, 'h2')!.textContent).to.equal('2024年呼和浩特主要进出口商品');
      expect(textOf(zh)).to.contain('论文只列出进口、出口各三类主要商品');
      const en = await mount<HohhotTradeBreakdown>(tag('en'));
      expect(textOf(en)).to.contain('The paper names three main commodities each for imports and exports');
      const revised = structuredClone(trade2024);
      revised.year = 2025;
      revised.exports = revised.exports.slice(0, 2);
      zh.data = revised;
      await zh.updateComplete;
      expect($(zh, 'h2')!.textContent).to.equal('2025年呼和浩特主要进出口商品');
      expect(textOf(zh)).to.contain('2025年呼和浩特市进出口贸易值');
      expect(textOf(zh)).to.contain('论文只列出进口三类、出口两类主要商品');
    });

    it('shows one flow with flow="imports" or "exports"', async () => {
      const el = await mount<HohhotTradeBreakdown>(html`<hohhot-trade-breakdown lang="zh-CN" flow="imports" view="table"></hohhot-trade-breakdown>`);
      expect($$(el, 'tbody tr')).to.have.length(3);
      expect($(el, 'h2')!.textContent).to.equal('2024年呼和浩特主要进口商品');
      expect(textOf(el)).to.contain('成品油');
      expect(textOf(el)).not.to.contain('机电产品');
      el.flow = 'exports';
      await el.updateComplete;
      expect(textOf(el)).to.contain('机电产品');
      expect(textOf(el)).not.to.contain('成品油');
      expect($(el, 'h2')!.textContent).to.equal('2024年呼和浩特主要出口商品');
    });

    it('ends with a source line naming the paper, the section, Saihan Customs and reference [4]', async () => {
      const el = await mount<HohhotTradeBreakdown>(tag('zh-CN'));
      const source = $(el, '[part="source"]')!;
      expect(source.textContent).to.contain('李建宏');
      expect(source.textContent).to.contain('呼和浩特区域互补合作与开放经济新格局构建策略研究');
      expect(source.textContent).to.contain('二（一）');
      expect(source.textContent).to.contain('赛罕海关');
      expect(source.querySelector('button.ref[data-ref="4"]')).to.exist;
    });

    it('falls back with one warning on unknown attribute values', async () => {
      const { el } = await mountWarnedOnce<HohhotTradeBreakdown>(
        html`<hohhot-trade-breakdown flow="sideways" chart="pie"></hohhot-trade-breakdown>`,
        'flow="sideways"',
        'chart="pie"',
      );
      expect(el.flow).to.equal('both');
      expect(el.chart).to.equal('bar');
    });
  });

  describe('theme', () => {
    it('applies light and dark explicitly and redraws the chart in the theme colours', async () => {
      const el = await fixture<HohhotTradeBreakdown>(html`<hohhot-trade-breakdown theme="light"></hohhot-trade-breakdown>`);
      await chartReady(el);
      const { Chart } = await import('chart.js');
      const chart = Chart.getChart($(el, 'canvas') as HTMLCanvasElement)!;
      const colours = () => chart.data.datasets[0]!.backgroundColor as string[];
      expect(el.getAttribute('data-hw-theme')).to.equal('light');
      expect(colours()[0]).to.equal('#0072b2');
      const lightBg = getComputedStyle(el).backgroundColor;
      el.theme = 'dark';
      await el.updateComplete;
      expect(el.getAttribute('data-hw-theme')).to.equal('dark');
      expect(getComputedStyle(el).backgroundColor).not.to.equal(lightBg);
      // The same chart, re-coloured with the dark theme's series colours.
      expect(Chart.getChart($(el, 'canvas') as HTMLCanvasElement)).to.equal(chart);
      expect(colours()[0]).to.equal('#56b4e9');
      expect(colours()[5]).to.equal('#e69f00');
    });

    itEmulating('auto follows prefers-color-scheme where the page sets no color-scheme', async () => {
      await emulateMedia({ colorScheme: 'dark' });
      const el = await fixture<HohhotTradeBreakdown>(html`<hohhot-trade-breakdown></hohhot-trade-breakdown>`);
      expect(el.getAttribute('data-hw-theme')).to.equal('dark');
      await emulateMedia({ colorScheme: 'light' });
      await new Promise((r) => setTimeout(r, 50));
      expect(el.getAttribute('data-hw-theme')).to.equal('light');
    });

    it('auto follows the page color-scheme', async () => {
      await expectAutoFollowsPageScheme(() => html`<hohhot-trade-breakdown></hohhot-trade-breakdown>`);
      const page = await fixture<HTMLDivElement>(html`<div class="page"><hohhot-trade-breakdown></hohhot-trade-breakdown></div>`);
      const inner = page.querySelector('hohhot-trade-breakdown')!;
      page.style.setProperty('color-scheme', 'dark');
      inner.requestUpdate();
      await inner.updateComplete;
      expect(inner.getAttribute('data-hw-theme')).to.equal('dark');
    });
  });

  describe('data and src', () => {
    it('accepts a valid dataset through `data`', async () => {
      const el = await mount<HohhotTradeBreakdown>(tag('zh-CN'));
      const revised = structuredClone(trade2024);
      revised.imports[0]!.value = 40.5;
      el.data = revised;
      await el.updateComplete;
      expect(textOf(el)).to.contain('40.5');
      expect($(el, '[role="alert"]')).to.equal(null);
      el.data = undefined;
      await el.updateComplete;
      expect(textOf(el)).to.contain('35.1');
    });

    it('rejects invalid data with a localised alert naming the field, and an error event', async () => {
      const el = await mount<HohhotTradeBreakdown>(tag('en'));
      const bad = structuredClone(trade2024) as unknown as { imports: { value: unknown }[] };
      bad.imports[0]!.value = '35.1';
      const alert = await expectInvalidData(el, bad, 'imports.0.value');
      expect(alert.textContent).to.contain('number');

      await expectAlertFollowsLang(el);

      // @ts-expect-error `data` is typed TradeDataset: a page in TypeScript cannot give a number.
      el.data = 42;
      await el.updateComplete;
      expect($(el, '[role="alert"]')!.textContent).to.contain('数据应为对象，实际为42');
    });

    it('loads a dataset from `src`', async () => {
      const el = await mount<HohhotTradeBreakdown>(html`<hohhot-trade-breakdown lang="zh-CN" src=${await servedJson('trade-2024-revised', tradeRevised())}></hohhot-trade-breakdown>`);
      expect(textOf(el)).to.contain('40.5');
      expect($(el, '[role="alert"]')).to.equal(null);
    });

    itReportsBadSrc((lang, src) => html`<hohhot-trade-breakdown lang=${lang} src=${src}></hohhot-trade-breakdown>`, {
      missing: { lang: 'en', src: '/tests/fixtures/missing.json' },
      malformed: { lang: 'en' },
    });

    it('says when `src` is JSON of the wrong shape', async () => {
      const el = await fixture<HohhotTradeBreakdown>(html`<hohhot-trade-breakdown lang="en" src=${await servedJson('trade-wrong-shape', tradeWrongShape())}></hohhot-trade-breakdown>`);
      const { detail } = await oneEvent<CustomEvent<WidgetErrorDetail>>(el, 'error');
      await el.whenLoaded();
      expect(detail.kind).to.equal('invalid-data');
      expect($(el, '[role="alert"]')!.textContent).to.contain('year');
    });

    it('says when the network fails', async () => {
      const el = await fixture<HohhotTradeBreakdown>(html`<hohhot-trade-breakdown lang="en" src="http://127.0.0.1:9/trade.json"></hohhot-trade-breakdown>`);
      const { detail } = await oneEvent<CustomEvent<WidgetErrorDetail>>(el, 'error');
      await el.whenLoaded();
      expect(detail.kind).to.equal('network');
      expect($(el, '[role="alert"]')!.textContent).to.contain('network request failed');
    });
  });

  describe('chart, table and CSV', () => {
    it('draws a chart with a text summary and keeps the table in the DOM', async () => {
      const el = await fixture<HohhotTradeBreakdown>(tag('zh-CN'));
      await chartReady(el);
      const img = $(el, '[role="img"]')!;
      expect(img.getAttribute('aria-label')).to.contain('成品油 35.1亿元');
      expect($(el, 'canvas')).to.exist;
      expect($(el, 'table')).to.exist;
      expect($(el, '.table-wrap')!.classList.contains('visually-hidden')).to.equal(true);
    });

    it('writes the English summary’s list items in lower case mid-sentence', async () => {
      const el = await fixture<HohhotTradeBreakdown>(tag('en'));
      await chartReady(el);
      const label = $(el, '[role="img"]')!.getAttribute('aria-label')!;
      expect(label).to.contain('mechanical and electrical products CNY 3.07 billion');
      // A name keeps its capital: "Chinese medicinal materials", never "chinese".
      expect(label).to.contain(', Chinese medicinal materials and medicines CNY 1.66 billion');
      expect(label).not.to.match(/: [A-Z]|, (?!Chinese )[A-Z][a-z]+ (and|products|medicinal)/);
    });

    it('switches between chart and table with the visible buttons', async () => {
      const el = await mount<HohhotTradeBreakdown>(tag('en'));
      const change = oneEvent(el, 'hw-view-change');
      button(el, 'Table').click();
      expect(((await change)).detail).to.deep.equal({ view: 'table' });
      await el.updateComplete;
      expect(el.view).to.equal('table');
      expect(el.getAttribute('view')).to.equal('table');
      expect($(el, 'canvas')).to.equal(null);
      expect($(el, '.table-wrap')!.classList.contains('visually-hidden')).to.equal(false);
      expect(button(el, 'Table').getAttribute('aria-pressed')).to.equal('true');
      button(el, 'Chart').click();
      await el.updateComplete;
      expect($(el, 'canvas')).to.exist;
    });

    it('downloads exactly the table shown as CSV', async () => {
      const el = await mount<HohhotTradeBreakdown>(html`<hohhot-trade-breakdown lang="en" flow="exports"></hohhot-trade-breakdown>`);
      const text = await csvDownload(el);
      expect(text).to.equal(
        '\ufeffCommodity,Value (CNY billion)\r\nMechanical and electrical products,3.07\r\nHigh-tech products,1.9\r\nChinese medicinal materials and medicines,1.66\r\n' + csvSource(el),
      );
      expect(el.csv).to.equal(text);
      el.lang = 'zh-CN';
      el.flow = 'both';
      await new Promise((r) => setTimeout(r));
      await el.updateComplete;
      expect(el.csv.split('\r\n')[0]).to.equal('\ufeff商品,类别,金额（亿元）');
      expect(el.csv).to.contain('成品油,进口,35.1');
    });

    it('moves the focus between bar proxies with the arrow keys, each speaking its point once', async () => {
      const el = await fixture<HohhotTradeBreakdown>(tag('zh-CN'));
      await chartReady(el);
      enterChart(el);
      await el.updateComplete;
      expect(spoken(el)).to.equal('成品油（进口）：35.1亿元。第1项，共6项');
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(spoken(el)).to.contain('农产品');
      await sendKeys({ press: 'End' });
      await el.updateComplete;
      expect(spoken(el)).to.contain('中药材及药品（出口）：16.6亿元。第6项，共6项');
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(spoken(el)).to.contain('第6项，共6项');
      await sendKeys({ press: 'Home' });
      await el.updateComplete;
      expect(spoken(el)).to.contain('第1项，共6项');
      expect(el.shadowRoot!.activeElement).to.equal($(el, '.chart-point[data-index="0"]'));
    });

    it('offers every bar as an option of a listbox named by the chart, one tab stop that follows the active bar', async () => {
      const el = await fixture<HohhotTradeBreakdown>(tag('en'));
      await chartReady(el);
      const list = $(el, '.chart-points')!;
      // A listbox: a screen reader switches to its focus mode there, so the arrow keys reach the chart.
      expect(list.getAttribute('role')).to.equal('listbox');
      expect(list.getAttribute('aria-label')).to.equal(`Chart data points: ${$(el, 'caption')!.textContent.trim()}`);
      const items = $$(el, '.chart-points > .chart-point');
      expect(items.map((p) => p.getAttribute('aria-label'))).to.deep.equal([
        'Refined oil products (Imports): CNY 3.51 billion. 1 of 6',
        'Agricultural products (Imports): CNY 2.47 billion. 2 of 6',
        'Food (Imports): CNY 1.62 billion. 3 of 6',
        'Mechanical and electrical products (Exports): CNY 3.07 billion. 4 of 6',
        'High-tech products (Exports): CNY 1.9 billion. 5 of 6',
        'Chinese medicinal materials and medicines (Exports): CNY 1.66 billion. 6 of 6',
      ]);
      expect(items.map((p) => p.getAttribute('role'))).to.deep.equal(Array(6).fill('option'));
      expect(items.map((p) => p.getAttribute('aria-selected'))).to.deep.equal(['true', 'false', 'false', 'false', 'false', 'false']);
      const stops = () => items.map((p) => p.tabIndex);
      const described = () => items.map((p) => p.getAttribute('aria-describedby'));
      const hint = $(el, '#chart-keys')!.textContent;
      expect(hint).to.contain('arrow keys');
      expect(stops()).to.deep.equal([0, -1, -1, -1, -1, -1]);
      // The keyboard hint is heard on arriving, on the tab stop, and not again at each move.
      expect(described()).to.deep.equal(['chart-keys', null, null, null, null, null]);
      enterChart(el);
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(stops()).to.deep.equal([-1, -1, 0, -1, -1, -1]);
      expect(described()).to.deep.equal([null, null, null, null, null, null]);
      expect(items.map((p) => p.getAttribute('aria-selected'))).to.deep.equal(['false', 'false', 'true', 'false', 'false', 'false']);
      // Escape hides the tooltip; the focus stays on its bar.
      expect($(el, '.chart-tip')).to.exist;
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect($(el, '.chart-tip')).to.equal(null);
      expect(el.shadowRoot!.activeElement).to.equal(items[2]);
      // Leaving and coming back lands on the bar last reached, with the hint again.
      items[2]!.blur();
      await el.updateComplete;
      expect($(el, '.chart-tip')).to.equal(null);
      expect(described()).to.deep.equal([null, null, 'chart-keys', null, null, null]);
      enterChart(el);
      await el.updateComplete;
      expect(spoken(el)).to.equal('Food (Imports): CNY 1.62 billion. 3 of 6');
      // Other keys are left to the page.
      const tab = new KeyboardEvent('keydown', { key: 'a', bubbles: true, cancelable: true, composed: true });
      items[2]!.dispatchEvent(tab);
      expect(tab.defaultPrevented).to.equal(false);
    });

    it('shows a hovered bar\'s label and value in the widget\'s own tooltip, and hides it when the pointer leaves', async () => {
      const el = await fixture<HohhotTradeBreakdown>(tag('en'));
      await chartReady(el);
      const canvas = $(el, 'canvas') as HTMLCanvasElement;
      const { Chart, animator } = await import('chart.js');
      const chart = Chart.getChart(canvas)!;
      await until(() => !animator.running(chart), 'the bars to finish growing');
      const bar = chart.getDatasetMeta(0).data[1]!.tooltipPosition(true);
      const box = canvas.getBoundingClientRect();
      // A real pointer: chart.js reads a synthetic event's offsets wrongly inside a shadow root.
      await sendMouse({ type: 'move', position: [Math.round(box.left + bar.x! - 4), Math.round(box.top + bar.y!)] });
      const tip = await until(() => $(el, '.chart-tip'), 'the tooltip');
      expect(tip.textContent).to.contain('Agricultural products').and.contain('mports').and.contain('CNY 2.47 billion');
      expect(tip.getAttribute('aria-hidden')).to.equal('true');
      const { fontFamily } = getComputedStyle(tip);
      expect(fontFamily).to.equal(getComputedStyle($(el, '.hw')!).fontFamily);
      const tipBox = tip.getBoundingClientRect();
      const chartBox = $(el, '.chart-canvas')!.getBoundingClientRect();
      expect(tipBox.left).to.be.at.least(chartBox.left - 1);
      expect(tipBox.right).to.be.at.most(chartBox.right + 1);
      await sendMouse({ type: 'move', position: [0, 0] });
      await until(() => !$(el, '.chart-tip'), 'the tooltip to go');
      await resetMouse();
    });

    it('lays each bar\'s proxy over its bar, so that the focused one\'s outline rings that bar in the focus colour', async function () {
      needsWindowFocus(this);
      const el = await fixture<HohhotTradeBreakdown>(tag('en'));
      await chartReady(el);
      const canvas = $(el, 'canvas') as HTMLCanvasElement;
      const { Chart } = await import('chart.js');
      const chart = Chart.getChart(canvas)!;
      await el.updateComplete;
      const c = canvas.getBoundingClientRect();
      const proxies = $$(el, '.chart-point');
      chart.getDatasetMeta(0).data.forEach((bar, i) => {
        const b = bar.getProps(['x', 'y', 'base', 'height'], true) as unknown as Record<string, number>;
        const p = proxies[i]!.getBoundingClientRect();
        expect(p.left, `proxy ${i} left`).to.be.closeTo(c.left + Math.min(b['x']!, b['base']!), 1);
        expect(p.right, `proxy ${i} right`).to.be.closeTo(c.left + Math.max(b['x']!, b['base']!), 1);
        expect(p.top, `proxy ${i} top`).to.be.closeTo(c.top + b['y']! - b['height']! / 2, 1);
        expect(p.height, `proxy ${i} height`).to.be.closeTo(b['height']!, 1);
      });
      const probe = document.createElement('span');
      probe.style.color = getComputedStyle(el).getPropertyValue('--_hw-focus');
      document.body.append(probe);
      const focus = getComputedStyle(probe).color;
      probe.remove();
      const ring = (p: HTMLElement) => {
        const s = getComputedStyle(p);
        return s.outlineStyle === 'none' ? 'none' : `${s.outlineWidth} ${s.outlineStyle} ${s.outlineColor}`;
      };
      expect(ring(proxies[1]!), 'no ring before').to.equal('none');
      enterChart(el);
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(ring(proxies[1]!), 'the second bar ringed').to.equal(`3px solid ${focus}`);
      expect(ring(proxies[0]!), 'the first bar not').to.equal('none');
      proxies[1]!.blur();
      expect(ring(proxies[1]!), 'no ring after').to.equal('none');
      // Pointer events pass through the proxies to the canvas (the hover tooltip is the canvas's).
      expect(proxies.map((p) => getComputedStyle(p).pointerEvents)).to.deep.equal(Array(6).fill('none'));
    });

    it('follows a resize: the proxies move with their bars', async () => {
      const el = await fixture<HohhotTradeBreakdown>(html`<div style="width: 700px"><hohhot-trade-breakdown lang="en"></hohhot-trade-breakdown></div>`).then((d) => d.firstElementChild as HohhotTradeBreakdown);
      await chartReady(el);
      const { Chart } = await import('chart.js');
      const chart = Chart.getChart($(el, 'canvas') as HTMLCanvasElement)!;
      const right = () => $$(el, '.chart-point')[0]!.getBoundingClientRect().width;
      const before = right();
      el.parentElement!.style.width = '450px';
      await until(() => Math.abs(right() - before) > 20, 'the proxy to follow the narrower bar');
      const b = chart.getDatasetMeta(0).data[0]!.getProps(['x', 'base'], true) as unknown as Record<string, number>;
      expect(right()).to.be.closeTo(Math.abs(b['x']! - b['base']!), 1);
    });

    it('puts a skip link before the chart, visible when focused, that shows the data table and focuses it', async function () {
      needsWindowFocus(this);
      const el = await mount<HohhotTradeBreakdown>(tag('en'));
      const skip = $(el, '.skip-link')!;
      expect(skip.localName).to.equal('button');
      expect(skip.textContent.trim()).to.equal('Skip the chart, go to the data table');
      expect(skip.compareDocumentPosition($(el, '.chart-box')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
      expect(skip.getBoundingClientRect().width, 'hidden when not focused').to.be.at.most(1);
      const canvasTop = $(el, 'canvas')!.getBoundingClientRect().top;
      skip.focus();
      expect(skip.getBoundingClientRect().width, 'visible when focused').to.be.greaterThan(40);
      expect($(el, 'canvas')!.getBoundingClientRect().top, 'the chart does not move').to.be.closeTo(canvasTop, 0.5);
      const change = oneEvent(el, 'hw-view-change');
      skip.click();
      expect((await change).detail).to.deep.equal({ view: 'table' });
      await el.updateComplete;
      const table = $(el, 'table')!;
      expect(el.shadowRoot!.activeElement).to.equal(table);
      expect($(el, '.table-wrap')!.classList.contains('visually-hidden')).to.equal(false);
      expect(getComputedStyle(table).outlineStyle).to.equal('solid');
      expect($(el, '.skip-link'), 'no skip link in table view').to.equal(null);
      const zh = await mount<HohhotTradeBreakdown>(tag('zh-CN'));
      expect($(zh, '.skip-link')!.textContent.trim()).to.equal('跳过图表，查看数据表格');
    });

    it('shows the tooltip of the bar reached with the keyboard, until focus leaves', async () => {
      const el = await fixture<HohhotTradeBreakdown>(tag('zh-CN'));
      await chartReady(el);
      enterChart(el);
      await el.updateComplete;
      expect($(el, '.chart-tip')!.textContent).to.contain('成品油').and.contain('35.1亿元');
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect($(el, '.chart-tip')!.textContent).to.contain('农产品').and.contain('24.7亿元');
      $(el, '.chart-point[data-index="1"]')!.blur();
      await el.updateComplete;
      expect($(el, '.chart-tip')).to.equal(null);
    });

    it('draws its text in proportion to the reader\'s text size, with room for it', async () => {
      const { Chart } = await import('chart.js');
      const drawn = async (fontSize?: string) => {
        const el = await fixture<HohhotTradeBreakdown>(tag('en'));
        if (fontSize) el.style.setProperty('font-size', fontSize);
        el.requestUpdate();
        await el.updateComplete;
        // Twice the text is twice the widget: its chart, drawn when in view, may now start below the fold.
        ($(el, '.chart-canvas') ?? el).scrollIntoView({ block: 'center' });
        await chartReady(el);
        await el.updateComplete;
        const chart = Chart.getChart($(el, 'canvas') as HTMLCanvasElement)!;
        const ticks = chart.options.scales!.y!.ticks as { font: { size: number } };
        const measured = { size: ticks.font.size, height: $(el, '.chart-canvas')!.getBoundingClientRect().height };
        el.remove(); // the next one is drawn in view
        return measured;
      };
      const normal = await drawn();
      const large = await drawn('32px');
      expect(normal.size).to.equal(13);
      expect(large.size).to.equal(26);
      expect(large.height).to.be.greaterThan(normal.height * 1.5);
    });

    it('writes each bar\'s value beside it, as the table writes it, inside the canvas', async () => {
      const drawn: { text: string; x: number }[] = [];
      const fillText = CanvasRenderingContext2D.prototype.fillText;
      CanvasRenderingContext2D.prototype.fillText = function (this: CanvasRenderingContext2D, text: string, x: number, y: number, max?: number) {
        drawn.push({ text, x });
        return fillText.call(this, text, x, y, max);
      };
      try {
        const el = await fixture<HohhotTradeBreakdown>(tag('en'));
        await chartReady(el);
        await until(() => drawn.some((d) => d.text === 'CNY 3.51 billion'), 'the value labels');
        const canvas = $(el, 'canvas') as HTMLCanvasElement;
        for (const value of ['CNY 3.51 billion', 'CNY 2.47 billion', 'CNY 1.66 billion']) {
          const label = drawn.filter((d) => d.text === value).pop()!;
          expect(label, value).to.exist;
          expect(label.x).to.be.lessThan(canvas.clientWidth);
        }
      } finally {
        CanvasRenderingContext2D.prototype.fillText = fillText;
      }
    });

    it('gives each doughnut segment its value in the legend', async () => {
      const el = await fixture<HohhotTradeBreakdown>(html`<hohhot-trade-breakdown lang="en" chart="doughnut"></hohhot-trade-breakdown>`);
      await el.updateComplete;
      const legend = $$(el, '.legend li').map((li) => li.textContent.replace(/\s+/g, ' ').trim());
      expect(legend).to.include('Refined oil products (Imports): CNY 3.51 billion');
    });

    it('keeps one colour per flow in the doughnut: six distinct segments, three tints of each flow\'s colour, as its legend shows', async () => {
      const el = await fixture<HohhotTradeBreakdown>(html`<hohhot-trade-breakdown lang="en" chart="doughnut"></hohhot-trade-breakdown>`);
      await chartReady(el);
      const { Chart } = await import('chart.js');
      const fills = Chart.getChart($(el, 'canvas') as HTMLCanvasElement)!.data.datasets[0]!.backgroundColor as string[];
      expect(new Set(fills).size, fills.join(' ')).to.equal(6);
      const style = getComputedStyle(el);
      expect(fills[0]).to.equal(style.getPropertyValue('--_hw-series-1').trim());
      expect(fills[3]).to.equal(style.getPropertyValue('--_hw-series-2').trim());
      // The swatches: the flow's colour, tinted as the segment is.
      const swatches = $$(el, '.legend .swatch').map((s) => s.className);
      expect(swatches).to.deep.equal(['swatch s1', 'swatch s1 tint1', 'swatch s1 tint2', 'swatch s2', 'swatch s2 tint1', 'swatch s2 tint2']);
      const backgrounds = $$(el, '.legend .swatch').map((s) => getComputedStyle(s).backgroundImage);
      expect(backgrounds[0]).to.equal('none');
      expect(backgrounds[1]).to.not.equal('none');
      expect(backgrounds[1]).to.not.equal(backgrounds[2]);
    });

    itEmulating('draws axis text and lines in the system colours under forced colours, and back when they end', async () => {
      const el = await fixture<HohhotTradeBreakdown>(html`<hohhot-trade-breakdown lang="en" theme="dark"></hohhot-trade-breakdown>`);
      await chartReady(el);
      const { Chart } = await import('chart.js');
      const ticks = () => (Chart.getChart($(el, 'canvas') as HTMLCanvasElement)!.options.scales!.x!.ticks as { color: string }).color;
      const themed = ticks();
      await emulateMedia({ forcedColors: 'active' });
      await until(() => ticks() !== themed, 'the chart to take the system colours');
      // The host's own text colour is forced to CanvasText: the canvas text matches it.
      expect(ticks()).to.equal(getComputedStyle(el).color);
      await emulateMedia({ forcedColors: 'none' });
      await until(() => ticks() === themed, 'the theme colours to return');
    });

    it('turns chart animation off when the reader asks for reduced motion (as matchMedia reports it)', async () => {
      const el = await withReducedMotion(async () => {
        const widget = await fixture<HohhotTradeBreakdown>(tag('en'));
        await chartReady(widget);
        return widget;
      });
      const { Chart } = await import('chart.js');
      expect(Chart.getChart($(el, 'canvas') as HTMLCanvasElement)!.options.animation).to.equal(false);
    });

    itEmulating('turns chart animation off under emulated reduced motion', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const el = await fixture<HohhotTradeBreakdown>(tag('en'));
      await chartReady(el);
      const canvas = $(el, 'canvas') as HTMLCanvasElement & { $chartjs?: unknown };
      const { Chart } = await import('chart.js');
      expect(Chart.getChart(canvas)!.options.animation).to.equal(false);
    });
  });

  describe('lifecycle', () => {
    it('survives 20 remove/re-add cycles with one chart at a time', async () => {
      const el = await fixture<HohhotTradeBreakdown>(tag('en'));
      await chartReady(el);
      await expectRemoveReAdd(el, 20);
    });
  });

  describe('accessibility', () => {
    itHasNoAxeViolations(
      (lang, theme, [view]) => html`<hohhot-trade-breakdown lang=${lang} theme=${theme} view=${view}></hohhot-trade-breakdown>`,
      { variants: cross(['chart', 'table']) },
    );
    itHasNoAxeViolationsShowingAnError(() => tag('en'));
  });
});

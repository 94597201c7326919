import { expect, fixture, html } from '@open-wc/testing';
import { setViewport, viewportCanBe } from './commands.js';
import '../src/define/trade-breakdown.js';
import '../src/define/trade-partners.js';
import '../src/define/investment-projects.js';
import { $, LANGS, chartReady, until } from './helpers.js';
import { contrast } from './colour.js';

/**
 * The bar charts at 320 px (a phone held upright), measured from chart.js's own scale
 * geometry: the category labels' boxes do not overlap and stay inside the chart, the value
 * axis keeps at least four ticks, and there is little empty space above the bars.
 */

/** The bar charts of the library, each variant that draws bars. */
const CHARTS = [
  ['hohhot-trade-breakdown', 'flow="both"'],
  ['hohhot-trade-breakdown', 'flow="imports"'],
  ['hohhot-trade-partners', 'show="countries"'],
  ['hohhot-investment-projects', 'mode="thresholds"'],
  ['hohhot-investment-projects', 'mode="bands"'],
] as const;

interface LabelItem {
  label: string | string[];
  font: { lineHeight: number };
  textOffset: number;
  options: { translation: [number, number] };
}

const canSet320 = await viewportCanBe(320, 700);


describe('bar charts at 320 px', function () {
  this.timeout(30_000);
  before(async () => {
    if (canSet320) await setViewport({ width: 320, height: 700 });
  });
  after(async () => {
    if (canSet320) await setViewport({ width: 800, height: 600 });
  });

  for (const [tag, attr] of CHARTS) {
    for (const lang of LANGS) {
      it(`<${tag} ${attr}> (${lang}): labels apart, at least 4 ticks, little space above the bars`, async () => {
        // Where the engine's window cannot be 320 px wide, a 304 px box: the widget's width in a
        // 320 px viewport with the page's 8 px margins.
        const wrap = await fixture<HTMLElement>(html`<div></div>`);
        if (!canSet320) wrap.style.width = '304px';
        wrap.innerHTML = `<${tag} lang="${lang}" ${attr}></${tag}>`;
        const el = wrap.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
        await el.updateComplete;
        expect(el.clientWidth, 'the widget is as wide as a 320 px screen allows').to.be.within(280, 320);
        // The chart is drawn once it scrolls into view.
        $(el, 'canvas')!.scrollIntoView();
        await chartReady(el);
        const { Chart } = await import('chart.js');
        const chart = Chart.getChart($(el, 'canvas') as HTMLCanvasElement)!;
        const y = chart.scales['y']!;
        const x = chart.scales['x']!;
        const items = (y as unknown as { getLabelItems(): LabelItem[] }).getLabelItems();
        expect(items.length, 'one label a bar').to.equal(chart.getDatasetMeta(0).data.length);
        const boxes = items.map((item) => {
          const lines = Array.isArray(item.label) ? item.label.length : 1;
          // A vertical axis's label is drawn centred on its tick: textOffset moves it up by its extra lines.
          const top = item.options.translation[1] + item.textOffset - item.font.lineHeight / 2;
          return { text: [item.label].flat().join(' '), top, bottom: top + lines * item.font.lineHeight };
        });
        boxes.slice(1).forEach((b, i) => {
          const prev = boxes[i]!;
          expect(b.top - prev.bottom, `gap between “${prev.text}” and “${b.text}”`).to.be.at.least(0);
        });
        expect(boxes[0]!.top, 'the first label inside the canvas').to.be.at.least(0);
        expect(boxes.at(-1)!.bottom, 'the last label above the value axis').to.be.at.most(chart.chartArea.bottom + 0.5);
        // The value axis's labels as drawn (chart.js skips those that would collide).
        const ticks = (x as unknown as { getLabelItems(): LabelItem[] }).getLabelItems();
        expect(ticks.length, `labels on the value axis (${ticks.map((t) => t.label).join(', ')})`).to.be.at.least(4);
        const firstBar = chart.getDatasetMeta(0).data[0]!.getProps(['y', 'height'], true) as unknown as { y: number; height: number };
        expect(chart.chartArea.top, 'empty space above the plot').to.be.at.most(12);
        expect(firstBar.y - firstBar.height / 2, 'empty space above the first bar').to.be.at.most(Math.max(24, firstBar.height));
        // Every bar carries its value, whole and inside the chart: after the bar where it fits,
        // else inside the bar's end in an ink that stands out on the bar (4.5:1).
        const drawn: { text: string; x: number; align: CanvasTextAlign; ink: string }[] = [];
        const ctx = chart.ctx;
        const fillText = ctx.fillText;
        ctx.fillText = function (text: string, x: number, y: number, max?: number) {
          drawn.push({ text, x, align: this.textAlign, ink: typeof this.fillStyle === 'string' ? this.fillStyle : '' });
          fillText.call(this, text, x, y, max);
        };
        try {
          chart.draw();
        } finally {
          ctx.fillText = fillText;
        }
        const table = [...el.shadowRoot!.querySelectorAll('.chart-point')].map((p) => p.getAttribute('aria-label')!);
        const fills = chart.data.datasets[0]!.backgroundColor as string[];
        chart.getDatasetMeta(0).data.forEach((bar, i) => {
          const value = drawn.find((d) => table[i]!.includes(d.text) && Math.abs(d.x - bar.x) <= 8);
          expect(value, `the value of bar ${i + 1} (${table[i] ?? ''}) on the chart`).to.exist;
          const width = ctx.measureText(value!.text).width;
          const [left, right] = value!.align === 'right' ? [value!.x - width, value!.x] : [value!.x, value!.x + width];
          expect(left, `“${value!.text}” inside the chart`).to.be.at.least(chart.chartArea.left - 0.5);
          expect(right, `“${value!.text}” inside the chart`).to.be.at.most(chart.chartArea.right + 0.5);
          if (value!.align === 'right') {
            expect(contrast(value!.ink, fills[i]!), `“${value!.text}” on its bar`).to.be.at.least(4.5);
          }
        });
      });
    }
  }

  it('keeps four labels on the value axis when a wide chart is narrowed to 320 px', async () => {
    const wrap = await fixture<HTMLElement>(html`<div></div>`);
    wrap.style.width = '700px';
    wrap.innerHTML = '<hohhot-investment-projects lang="en" mode="bands"></hohhot-investment-projects>';
    const el = wrap.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
    await el.updateComplete;
    $(el, 'canvas')!.scrollIntoView();
    await chartReady(el);
    const { Chart } = await import('chart.js');
    const chart = Chart.getChart($(el, 'canvas') as HTMLCanvasElement)!;
    const x = chart.scales['x'] as unknown as { width: number; getLabelItems(): LabelItem[] };
    const wide = x.width;
    const longest = () => Math.max(...(chart.data.labels as string[][]).flat().map((l) => l.length));
    expect(longest(), 'lines of the wide chart').to.be.greaterThan(16);
    wrap.style.width = '304px';
    await until(() => x.width < wide / 2, 'the chart to follow its narrower box');
    // The labels wrap again for the narrow width (lines of at most 16 characters), then the chart is laid out again.
    await until(() => longest() <= 16, 'the labels to wrap for the narrow chart');
    await new Promise((r) => requestAnimationFrame(r));
    expect(x.getLabelItems().length, 'labels on the narrowed value axis').to.be.at.least(4);
  });

  it('gives the tooltip of a bar near the right edge its own width, inside the chart', async () => {
    const wrap = await fixture<HTMLElement>(html`<div></div>`);
    if (!canSet320) wrap.style.width = '304px';
    wrap.innerHTML = '<hohhot-trade-breakdown lang="en"></hohhot-trade-breakdown>';
    const el = wrap.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
    await el.updateComplete;
    $(el, 'canvas')!.scrollIntoView();
    await chartReady(el);
    $(el, '.chart-point[data-index="3"]')!.focus();
    await el.updateComplete;
    const tip = $(el, '.chart-tip')!;
    expect(tip.textContent).to.contain('Mechanical and electrical products');
    const box = tip.getBoundingClientRect();
    const chart = $(el, '.chart-canvas')!.getBoundingClientRect();
    // Squeezed into what was left right of the bar's middle, it was 125 px wide at most (55 px by the right edge).
    expect(box.width, 'tooltip width').to.be.at.least(150);
    expect(box.left).to.be.at.least(chart.left - 1);
    expect(box.right).to.be.at.most(chart.right + 1);
  });
});

import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, itEmulating, resetMedia, sendKeys } from './commands.js';
import '../src/define/city-complementarity-matrix.js';
import type { CityComplementarityMatrix, ComplementaritySelectDetail } from '../src/components/city-complementarity-matrix/city-complementarity-matrix.js';
import { cities } from '../src/data/index.js';
import { $, $$, mount, needsWindowFocus, textOf, servedJson } from './helpers.js';
import { apart } from './colour.js';
import { citiesOrdosCity } from './fixtures/datasets.js';
import { expectAlertFollowsLang, expectInvalidData, itHasNoAxeViolations, itReportsBadSrc, mountWarnedOnce, expectAutoFollowsPageScheme, nextRender as settle } from './contract.js';

const tag = (lang = 'zh-CN') => html`<city-complementarity-matrix lang=${lang}></city-complementarity-matrix>`;

/** The paper without white space and citation marks (`^[1]`): statements are quoted without them. */
let paperText = '';
const squash = (s: string) => s.replace(/\^\[\d+\]/g, '').replace(/\s+/g, '');

const grid = (el: Element) => $(el, '[role="grid"]')!;
const tabbable = (el: Element) => $$(el, '[role="grid"] [tabindex="0"]');
const focused = (el: Element) => el.shadowRoot!.activeElement as HTMLElement | null;
const cellAt = (el: Element, city: string, industry: string) => {
  const r = cities.cities.findIndex((c) => c.id === city);
  return $$(el, `[role="gridcell"][data-r="${r}"]`).find((c) => c.dataset.industry === industry)!;
};
/** A city's header: the row header, or the column header when the cities are the columns. */
const rowHeader = (el: Element, city: string) => $(el, `[data-r="${cities.cities.findIndex((c) => c.id === city)}"][data-c="0"]`)!;
const cityHeads = (el: Element) => $$(el, '[role="grid"] [data-c="0"]');
const quotes = (el: Element) => $$(el, '.details blockquote p').map((p) => p.textContent.trim());

/** Gives the widget a width and waits until it has laid itself out for it (a frame to observe, one to measure, one to render). */
async function resized(el: CityComplementarityMatrix, width: string): Promise<void> {
  el.style.width = width;
  for (let i = 0; i < 3; i++) await new Promise((r) => requestAnimationFrame(r));
  await el.updateComplete;
}

async function withModifier(modifier: string, key: string): Promise<void> {
  await sendKeys({ down: modifier });
  await sendKeys({ press: key });
  await sendKeys({ up: modifier });
}
const withCtrl = (key: string) => withModifier('Control', key);

/** Focuses the grid the way a reader does: Tab from a control placed before the widget. */
async function tabIntoGrid(): Promise<CityComplementarityMatrix> {
  const wrap = await fixture<HTMLDivElement>(html`<div>
    <button>before</button>
    <city-complementarity-matrix lang="zh-CN"></city-complementarity-matrix>
  </div>`);
  const el = wrap.querySelector('city-complementarity-matrix')!;
  await el.whenLoaded();
  wrap.querySelector('button')!.focus();
  await sendKeys({ press: 'Tab' });
  return el;
}

describe('<city-complementarity-matrix>', () => {
  before(async () => {
    const res = await fetch('/tests/fixtures/paper.zh.txt');
    paperText = squash(await res.text());
    expect(paperText).to.contain('呼和浩特在食品加工');
  });

  afterEach(async () => {
    await resetMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
  });

  describe('content', () => {
    it('shows the four cities and the industries the paper names for them, in Chinese', async () => {
      const el = await mount<CityComplementarityMatrix>(tag('zh-CN'));
      expect($$(el, '[role="rowheader"]').map((h) => h.textContent.trim())).to.deep.equal(['呼和浩特', '包头', '鄂尔多斯', '乌兰察布']);
      const heads = $$(el, '[role="columnheader"]').map((h) => h.textContent.trim());
      for (const s of ['食品加工', '电子信息技术', '新材料', '现代装备制造', '装备制造', '商贸物流', '钢铁', '铝业', '煤炭', '化工', '羊绒', '农畜产品生产', '新能源', '现代农牧业', '农畜产品加工', '物流运输']) {
        expect(heads).to.include(s);
      }
      const text = textOf(el);
      expect(text).to.contain('该市的优势或主导产业');
      expect(text).to.contain('与呼和浩特的合作机会');
    });

    it('uses the established English names', async () => {
      const el = await mount<CityComplementarityMatrix>(tag('en'));
      expect(cityHeads(el).map((h) => h.textContent.trim())).to.deep.equal(['Hohhot', 'Baotou', 'Ordos', 'Ulanqab']);
      const text = textOf(el);
      for (const s of ['How Hohhot complements Baotou, Ordos and Ulanqab', 'New energy', 'Cashmere', 'Leading industry of the city', 'Field of cooperation with Hohhot']) {
        expect(text).to.contain(s);
      }
    });

    it('marks who leads where and where the paper names cooperation, with symbols and text', async () => {
      const el = await mount<CityComplementarityMatrix>(tag('zh-CN'));
      const food = cellAt(el, 'hohhot', 'food-processing');
      expect(food.dataset.marks).to.equal('lead');
      expect(food.querySelector('[aria-hidden="true"]')!.textContent).to.contain('●');
      // Its name says the city, the industry and the marks, whichever way the reader moved to it.
      expect(food.getAttribute('aria-label')).to.equal('呼和浩特 · 食品加工：该市的优势或主导产业');
      const energy = cellAt(el, 'baotou', 'new-energy');
      expect(energy.dataset.marks).to.equal('opportunity');
      expect(energy.textContent).to.contain('★');
      expect(energy.getAttribute('aria-label')).to.equal('包头 · 新能源：与呼和浩特的合作机会');
      expect(cellAt(el, 'baotou', 'steel').dataset.marks).to.equal('lead opportunity');
      expect(cellAt(el, 'ordos', 'new-materials').dataset.marks).to.equal('complement opportunity');
      expect(cellAt(el, 'ulanqab', 'commerce-logistics').dataset.marks).to.equal('complement');
      expect(cellAt(el, 'hohhot', 'steel').dataset.marks).to.equal('');
      expect(cellAt(el, 'hohhot', 'steel').getAttribute('aria-label')).to.match(/^呼和浩特 · .+：无标记$/);
      // Hohhot's own sentence names four fields; commerce and logistics is only named as what Ulanqab complements.
      expect(cellAt(el, 'hohhot', 'commerce-logistics').dataset.marks).to.equal('');
      // The key is visible and pairs each symbol with its meaning.
      const key = $(el, '[part="key"]')!;
      expect(key.getClientRects().length).to.be.greaterThan(0);
      expect(key.textContent).to.contain('●');
      expect(key.textContent).to.contain('◆');
      expect(key.textContent).to.contain('★');
    });

    it('shows the paper’s caveats of section 一(三) as context', async () => {
      const el = await mount<CityComplementarityMatrix>(tag('zh-CN'));
      const caveats = $(el, '[part="caveats"]')!;
      expect(caveats.getClientRects().length).to.be.greaterThan(0);
      expect(caveats.textContent).to.contain('内部经济发展不平衡');
      expect(caveats.textContent).to.contain('同质化竞争');
      expect(caveats.textContent).to.contain('合作机制缺乏长期性和稳定性');
      expect(caveats.querySelector('button.ref[data-ref="3"]')).to.exist;
      const en = await mount<CityComplementarityMatrix>(tag('en'));
      expect($(en, '[part="caveats"]')!.textContent).to.contain('Uneven economic development within the region');
    });

    it('ends with a source line: the paper, sections 一(一), 三(一), 一(三) and references [1] [3] [6]', async () => {
      const el = await mount<CityComplementarityMatrix>(tag('zh-CN'));
      const source = $(el, '[part="source"]')!;
      expect(source.textContent).to.contain('李建宏');
      expect(source.textContent).to.contain('呼和浩特区域互补合作与开放经济新格局构建策略研究');
      for (const s of ['一（一）', '三（一）', '一（三）']) expect(source.textContent).to.contain(s);
      for (const n of [1, 3, 6]) expect(source.querySelector(`button.ref[data-ref="${n}"]`)).to.exist;
    });
  });

  describe('every mark is a sentence of the paper', () => {
    it('the bundled statements are quoted verbatim from the paper', () => {
      const all = [
        ...cities.cities.map((c) => c.statement.zh),
        ...cities.opportunities.map((o) => o.statement.zh),
        ...cities.caveats.map((c) => c.description!.zh),
      ];
      for (const s of all) expect(paperText, s).to.contain(squash(s));
    });

    it('selecting any marked cell shows sentences of the paper that name its industry', async () => {
      const el = await mount<CityComplementarityMatrix>(tag('zh-CN'));
      const marked = $$(el, '[role="gridcell"].marked');
      expect(marked.length).to.be.greaterThan(15);
      for (const cell of marked) {
        cell.click();
        await el.updateComplete;
        const label = $$(el, '[role="columnheader"]')[Number(cell.dataset.c)]!.textContent.trim();
        const shown = quotes(el);
        expect(shown.length, label).to.be.greaterThan(0);
        for (const q of shown) expect(paperText, q).to.contain(squash(q));
        // The column's industry is named in at least one of them.
        expect(shown.some((q) => q.includes(label)), `${label}: ${shown.join(' | ')}`).to.equal(true);
        // Each statement says where it stands in the paper.
        expect($$(el, '.details figcaption').every((f) => /一（一）|三（一）/.test(f.textContent))).to.equal(true);
      }
    });

    it('selecting a city shows its statements, with the Chinese original beside the English', async () => {
      const el = await mount<CityComplementarityMatrix>(tag('en'));
      for (const h of cityHeads(el)) {
        h.click();
        await el.updateComplete;
        const originals = $$(el, '.details .original [lang="zh-CN"]').map((s) => s.textContent.trim());
        expect(originals.length).to.be.greaterThan(0);
        for (const o of originals) expect(paperText, o).to.contain(squash(o));
      }
      rowHeader(el, 'baotou').click();
      await el.updateComplete;
      expect(textOf($(el, '.details')!)).to.contain("Baotou's economy rests on steel, aluminium and equipment manufacturing");
      expect($(el, '.details button.ref[data-ref="1"]')).to.exist;
    });

    it('says so when a cell has no mark, adding nothing', async () => {
      const el = await mount<CityComplementarityMatrix>(tag('zh-CN'));
      cellAt(el, 'hohhot', 'steel').click();
      await el.updateComplete;
      expect(quotes(el)).to.deep.equal([]);
      expect($(el, '.details')!.textContent).to.contain('论文在一（一）、三（一）中没有把“钢铁”与呼和浩特联系起来');
      // Announced whole, its heading first: not piece by piece as its parts change.
      expect($(el, '.details')!.getAttribute('aria-live')).to.equal('polite');
      expect($(el, '.details')!.getAttribute('aria-atomic')).to.equal('true');
      expect($(el, '[part="caveats"]')!.textContent).to.contain('论文在一（三）中指出');
      const en = await mount<CityComplementarityMatrix>(tag('en'));
      cellAt(en, 'hohhot', 'steel').click();
      await en.updateComplete;
      expect($(en, '.details')!.textContent).to.contain('In sections 1.1 and 3.1 the paper does not link steel with Hohhot');
      expect($(en, '[part="caveats"]')!.textContent).to.contain('In section 1.3 the paper notes');
    });
  });

  describe('keyboard', () => {
    it('is one tab stop with a roving tabindex moved by the arrow keys, Home and End', async () => {
      const el = await tabIntoGrid();
      expect(tabbable(el)).to.have.length(1);
      expect(focused(el)).to.equal(rowHeader(el, 'hohhot'));
      const cols = $$(el, '[role="columnheader"]').length - 1;

      await sendKeys({ press: 'ArrowRight' });
      expect(focused(el)).to.equal(cellAt(el, 'hohhot', 'food-processing'));
      expect(tabbable(el)).to.deep.equal([focused(el)]);
      await sendKeys({ press: 'ArrowDown' });
      expect(focused(el)).to.equal(cellAt(el, 'baotou', 'food-processing'));
      await sendKeys({ press: 'End' });
      expect(focused(el)!.dataset.c).to.equal(String(cols));
      expect(focused(el)!.dataset.r).to.equal('1');
      await sendKeys({ press: 'ArrowRight' });
      expect(focused(el)!.dataset.c).to.equal(String(cols));
      await sendKeys({ press: 'Home' });
      expect(focused(el)).to.equal(rowHeader(el, 'baotou'));
      await sendKeys({ press: 'ArrowLeft' });
      expect(focused(el)).to.equal(rowHeader(el, 'baotou'));
      await sendKeys({ press: 'ArrowUp' });
      await sendKeys({ press: 'ArrowUp' });
      expect(focused(el)).to.equal(rowHeader(el, 'hohhot'));
      await withCtrl('End');
      expect(focused(el)!.dataset.r).to.equal('3');
      expect(focused(el)!.dataset.c).to.equal(String(cols));
      await withCtrl('Home');
      expect(focused(el)).to.equal(rowHeader(el, 'hohhot'));
      expect(tabbable(el)).to.have.length(1);

      // Tab leaves the grid in one step: the next stop is after it.
      await sendKeys({ press: 'Tab' });
      expect(grid(el).contains(focused(el))).to.equal(false);
      await withModifier('Shift', 'Tab');
      expect(focused(el)).to.equal(rowHeader(el, 'hohhot'));
    });

    it('selects with Enter and Space, shows the statement and fires complementarity-select', async () => {
      const el = await tabIntoGrid();
      expect($(el, '.details')!.textContent).to.contain('尚未选择');
      // To Baotou × new energy.
      await sendKeys({ press: 'ArrowDown' });
      const target = cellAt(el, 'baotou', 'new-energy');
      while (focused(el) !== target) {
        await sendKeys({ press: 'ArrowRight' });
        if (focused(el)!.dataset.c === String($$(el, '[role="columnheader"]').length - 1)) break;
      }
      expect(focused(el)).to.equal(target);
      const event = oneEvent(el, 'hw-complementarity-select');
      await sendKeys({ press: 'Enter' });
      const { detail, bubbles, composed } = (await event) as CustomEvent<ComplementaritySelectDetail>;
      expect(bubbles).to.equal(true);
      expect(composed).to.equal(true);
      expect(detail.city).to.equal('baotou');
      expect(detail.industry).to.equal('new-energy');
      expect(detail.marks).to.deep.equal(['opportunity']);
      expect(detail.statements.map((s) => s.section)).to.deep.equal(['1.1', '3.1']);
      await el.updateComplete;
      expect(target.getAttribute('aria-selected')).to.equal('true');
      expect($$(el, '[aria-selected="true"]')).to.have.length(1);
      const details = $(el, '.details')!;
      expect(details.getAttribute('aria-live')).to.equal('polite');
      expect(details.textContent).to.contain('两地在新能源领域可以开展产业链上下游的合作');
      expect(details.textContent).to.contain('呼和浩特可以加强与包头在新能源领域的合作');
      expect(details.textContent).to.contain('一（一）与周边城市的产业互补情况');
      expect(details.textContent).to.contain('三（一）深化与周边城市的产业合作');

      await sendKeys({ press: 'Home' });
      const cityEvent = oneEvent(el, 'hw-complementarity-select');
      await sendKeys({ press: ' ' });
      const city = ((await cityEvent) as CustomEvent<ComplementaritySelectDetail>).detail;
      expect(city).to.include({ city: 'baotou', industry: null });
      await el.updateComplete;
      expect(details.textContent).to.contain('包头市以钢铁、铝业、装备制造等产业为主');
      expect(rowHeader(el, 'baotou').getAttribute('aria-selected')).to.equal('true');
    });

    it('stays usable at 320 px: one block per city, same cells, arrows skip the hidden empty cells', async () => {
      const el = await tabIntoGrid();
      // Put the tab stop on an empty cell, then narrow the widget.
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'End' });
      expect(focused(el)!.dataset.marks).to.equal('');
      el.style.width = '320px';
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      await el.updateComplete;
      expect(el.scrollWidth).to.be.at.most(el.clientWidth + 2);
      expect(($(el, '.row.head') as HTMLElement).getClientRects().length).to.equal(0);
      // The same marked cells, each with its industry visible.
      const marked = $$(el, '[role="gridcell"].marked');
      expect(marked.every((c) => c.getClientRects().length > 0)).to.equal(true);
      expect(cellAt(el, 'baotou', 'new-energy').innerText).to.contain('新能源');
      expect($$(el, '[role="gridcell"].empty').every((c) => c.getClientRects().length === 0)).to.equal(true);
      // The tab stop moved back to a visible cell.
      const stop = tabbable(el);
      expect(stop).to.have.length(1);
      expect(stop[0]!.getClientRects().length).to.be.greaterThan(0);
      stop[0]!.focus();
      await withCtrl('Home');
      await sendKeys({ press: 'ArrowDown' });
      const seen: string[] = [];
      for (let i = 0; i < 8; i++) {
        await sendKeys({ press: 'ArrowRight' });
        seen.push(focused(el)!.dataset.industry!);
      }
      expect(seen).to.deep.equal(['food-processing', 'electronic-information', 'equipment-manufacturing', 'steel', 'aluminium', 'new-energy', 'new-energy', 'new-energy']);
      await sendKeys({ press: 'ArrowDown' });
      expect(focused(el)!.getClientRects().length).to.be.greaterThan(0);
      expect(focused(el)!.dataset.r).to.equal('2');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(quotes(el).length).to.be.greaterThan(0);
    });
  });

  describe('layout', () => {
    const industriesOf = (el: Element) => cities.industries.filter((i) => $$(el, `[role="gridcell"][data-industry="${i.id}"]`).length > 0);
    const texts = (els: Element[]) => els.map((e) => e.textContent.trim());
    const matrix = (lang: string, layout?: string) =>
      html`<city-complementarity-matrix lang=${lang} layout=${layout ?? 'auto'}></city-complementarity-matrix>`;
    async function wide(lang: string, layout?: string): Promise<CityComplementarityMatrix> {
      const el = await mount<CityComplementarityMatrix>(matrix(lang, layout));
      await resized(el, '1000px');
      return el;
    }
    /** No header of the grid sets its text sideways. */
    const noVerticalText = (el: Element) =>
      $$(el, '[role="columnheader"], [role="columnheader"] *').every((h) => getComputedStyle(h).writingMode === 'horizontal-tb');

    it('auto: industries along the top in Chinese, cities along the top in English, and it follows a change of lang', async () => {
      const el = await wide('zh-CN');
      expect(el.layout).to.equal('auto');
      expect(el.resolvedLayout).to.equal('industries-as-columns');
      expect(grid(el).dataset.layout).to.equal('industries-as-columns');
      expect(texts($$(el, '[role="rowheader"]'))).to.deep.equal(['呼和浩特', '包头', '鄂尔多斯', '乌兰察布']);
      expect($$(el, '[role="columnheader"]')).to.have.length(industriesOf(el).length + 1);
      // Chinese industry names stand upright in their vertical headers.
      expect(getComputedStyle($(el, '.colhead-text')!).writingMode).to.equal('vertical-rl');

      el.lang = 'en';
      await settle(el);
      expect(el.resolvedLayout).to.equal('cities-as-columns');
      expect(grid(el).dataset.layout).to.equal('cities-as-columns');
      expect(texts($$(el, '[role="columnheader"]'))).to.deep.equal(['Industry', 'Hohhot', 'Baotou', 'Ordos', 'Ulanqab']);
      expect(texts($$(el, '[role="rowheader"]'))).to.deep.equal(industriesOf(el).map((i) => i.label.en));
      expect(noVerticalText(el)).to.equal(true);
      expect(el.scrollWidth).to.be.at.most(el.clientWidth + 2);
    });

    it('layout= forces either layout in either language', async () => {
      const zh = await wide('zh-CN', 'cities-as-columns');
      expect(texts($$(zh, '[role="columnheader"]'))).to.deep.equal(['产业', '呼和浩特', '包头', '鄂尔多斯', '乌兰察布']);
      expect(noVerticalText(zh)).to.equal(true);
      const en = await wide('en', 'industries-as-columns');
      expect(texts($$(en, '[role="rowheader"]'))).to.deep.equal(['Hohhot', 'Baotou', 'Ordos', 'Ulanqab']);
      expect(getComputedStyle($(en, '.colhead-text')!).writingMode).to.equal('vertical-rl');
    });

    it('falls back to auto with one warning for an unknown layout', async () => {
      const { el } = await mountWarnedOnce<CityComplementarityMatrix>(
        html`<city-complementarity-matrix lang="en" layout="sideways"></city-complementarity-matrix>`,
        'layout="sideways"',
      );
      expect(el.layout).to.equal('auto');
      expect(el.resolvedLayout).to.equal('cities-as-columns');
    });

    it('has the same cells, accessible text, selection and explanations in both layouts', async () => {
      const a = await wide('en', 'industries-as-columns');
      const b = await wide('en', 'cities-as-columns');
      const cellsOf = (el: Element) =>
        Object.fromEntries($$(el, '[role="gridcell"]').map((c) => [`${c.dataset.r ?? '?'}/${c.dataset.industry ?? '?'}`, { text: c.textContent.replace(/\s+/g, ' ').trim(), marks: c.dataset.marks }]));
      expect(Object.keys(cellsOf(a))).to.have.length(4 * industriesOf(a).length);
      expect(cellsOf(b)).to.deep.equal(cellsOf(a));
      expect(texts(cityHeads(b))).to.deep.equal(texts(cityHeads(a)));
      for (const el of [a, b]) {
        const picked = oneEvent(el, 'hw-complementarity-select');
        cellAt(el, 'ordos', 'new-materials').click();
        const ev = (await picked) as CustomEvent<ComplementaritySelectDetail>;
        expect(ev.detail.city).to.equal('ordos');
        expect(ev.detail.industry).to.equal('new-materials');
        expect(ev.detail.marks.length).to.be.greaterThan(0);
        await el.updateComplete;
        expect(cellAt(el, 'ordos', 'new-materials').getAttribute('aria-selected')).to.equal('true');
        expect($$(el, '[aria-selected="true"]')).to.have.length(1);
      }
      expect(textOf($(b, '.details')!)).to.equal(textOf($(a, '.details')!));
      rowHeader(b, 'baotou').click();
      await b.updateComplete;
      expect(rowHeader(b, 'baotou').getAttribute('role')).to.equal('columnheader');
      expect(rowHeader(b, 'baotou').getAttribute('aria-selected')).to.equal('true');
      expect(textOf($(b, '.details')!)).to.contain("Baotou's economy rests on steel");
    });

    it('moves the keyboard on screen when the cities are the columns: Right to the next city, Down to the next industry', async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div>
        <button>before</button>
        <city-complementarity-matrix lang="en"></city-complementarity-matrix>
      </div>`);
      const el = wrap.querySelector<CityComplementarityMatrix>('city-complementarity-matrix')!;
      await el.whenLoaded();
      await resized(el, '1000px');
      expect(el.resolvedLayout).to.equal('cities-as-columns');
      wrap.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      const at = () => `${focused(el)!.dataset.r ?? '?'}/${focused(el)!.dataset.c ?? '?'}`;
      const box = () => focused(el)!.getBoundingClientRect();
      expect(at()).to.equal('0/0');
      const last = industriesOf(el).length;
      let before = box();
      await sendKeys({ press: 'ArrowRight' });
      expect(at()).to.equal('1/0');
      expect(box().left).to.be.greaterThan(before.left);
      expect(box().top).to.be.closeTo(before.top, 1);
      before = box();
      await sendKeys({ press: 'ArrowDown' });
      expect(at()).to.equal('1/1');
      expect(box().top).to.be.greaterThan(before.top);
      expect(box().left).to.be.closeTo(before.left, 1);
      await sendKeys({ press: 'End' });
      expect(at()).to.equal('3/1');
      await sendKeys({ press: 'ArrowRight' });
      expect(at()).to.equal('3/1');
      await sendKeys({ press: 'Home' });
      expect(at()).to.equal('0/1');
      await sendKeys({ press: 'ArrowUp' });
      await sendKeys({ press: 'ArrowUp' });
      expect(at()).to.equal('0/0');
      await withCtrl('End');
      expect(at()).to.equal(`3/${last}`);
      await withCtrl('Home');
      expect(at()).to.equal('0/0');
      expect(tabbable(el)).to.have.length(1);
      await sendKeys({ press: 'ArrowDown' });
      const picked = oneEvent(el, 'hw-complementarity-select');
      await sendKeys({ press: 'Enter' });
      const ev = (await picked) as CustomEvent<ComplementaritySelectDetail>;
      expect(ev.detail.city).to.equal('hohhot');
      expect(ev.detail.industry).to.equal(industriesOf(el)[0]!.id);
      // Narrowed with the focus inside: the city blocks, the focus on the same cell.
      await resized(el, '320px');
      expect(cityHeads(el).every((h) => h.getAttribute('role') === 'rowheader')).to.equal(true);
      expect(at()).to.equal('0/1');
    });

    it('below 48rem is the same blocks of cities in either layout', async () => {
      for (const layout of ['industries-as-columns', 'cities-as-columns']) {
        const el = await mount<CityComplementarityMatrix>(matrix('en', layout));
        await resized(el, '320px');
        expect(el.resolvedLayout).to.equal(layout);
        expect(($(el, '.row.head') as HTMLElement).getClientRects().length).to.equal(0);
        expect(texts($$(el, '[role="rowheader"]'))).to.deep.equal(['Hohhot', 'Baotou', 'Ordos', 'Ulanqab']);
        expect(el.scrollWidth).to.be.at.most(el.clientWidth + 2);
      }
    });

    it('shows the highlighted city as a column with dashed sides when the cities are the columns', async () => {
      const el = await mount<CityComplementarityMatrix>(html`<city-complementarity-matrix lang="en" highlight="ulanqab"></city-complementarity-matrix>`);
      await resized(el, '1000px');
      expect(rowHeader(el, 'ulanqab').textContent).to.contain('(highlighted)');
      const column = $$(el, '[role="gridcell"][data-r="3"]');
      expect(column.length).to.equal(industriesOf(el).length);
      for (const c of [rowHeader(el, 'ulanqab'), ...column]) expect(getComputedStyle(c).borderInlineStartStyle).to.equal('dashed');
      expect(getComputedStyle(cellAt(el, 'ordos', 'coal')).borderInlineStartStyle).to.equal('solid');
      expect(textOf($(el, '.details')!)).to.contain('Ulanqab');
    });
  });

  describe('focus and selection look different', () => {
    /** The railway's colour on the map, in the same theme. */
    async function railColour(theme: string): Promise<string> {
      await import('../src/define/region-map.js');
      const map = await fixture<HTMLElement & { whenLoaded(): Promise<void> }>(html`<hohhot-region-map theme=${theme}></hohhot-region-map>`);
      await map.whenLoaded();
      return getComputedStyle(map.shadowRoot!.querySelector('.link.rail')!).stroke;
    }
    /** Selects a cell, then moves the focus one cell on: one cell selected, the next focused. */
    async function selectedAndFocused(theme: string, width: string, layout = 'auto'): Promise<{ el: CityComplementarityMatrix; sel: HTMLElement; foc: HTMLElement }> {
      const wrap = await fixture<HTMLDivElement>(html`<div>
        <button>before</button>
        <city-complementarity-matrix lang="en" theme=${theme} layout=${layout}></city-complementarity-matrix>
      </div>`);
      const el = wrap.querySelector<CityComplementarityMatrix>('city-complementarity-matrix')!;
      await el.whenLoaded();
      await resized(el, width);
      wrap.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      const sel = focused(el)!;
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      const foc = focused(el)!;
      expect(sel.getAttribute('aria-selected')).to.equal('true');
      expect(foc.getAttribute('aria-selected')).to.equal('false');
      expect(foc).not.to.equal(sel);
      return { el, sel, foc };
    }
    const after = (e: Element) => getComputedStyle(e, '::after');

    for (const theme of ['light', 'dark']) {
      for (const [width, layout] of [['1000px', 'industries-as-columns'], ['1000px', 'cities-as-columns'], ['320px', 'auto']] as const) {
        it(`${theme}, ${width}, ${layout}: the focus is an outer ring, the selection an ink border inside, hatched and bold, neither in the railway's colour`, async function () {
          needsWindowFocus(this);
          const { sel, foc } = await selectedAndFocused(theme, width, layout);
          const f = getComputedStyle(foc);
          const sl = getComputedStyle(sel);
          // Focus: the library's outline, outside the cell; no selection border.
          expect(f.outlineStyle).to.equal('solid');
          expect(parseFloat(f.outlineWidth)).to.be.at.least(2);
          expect(parseFloat(f.outlineOffset)).to.be.at.least(0);
          expect(after(foc).borderTopStyle).to.equal('none');
          expect(f.backgroundImage).to.equal('none');
          // Selected: no outline, a thick border inside, a hatched background, bold.
          expect(sl.outlineStyle).to.equal('none');
          expect(after(sel).borderTopStyle).to.equal('solid');
          expect(parseFloat(after(sel).borderTopWidth)).to.be.at.least(3);
          expect(sl.backgroundImage).to.contain('repeating-linear-gradient');
          expect(Number(sl.fontWeight)).to.be.at.least(700);
          // And in colour too: the selection is not the focus colour, and neither is the railway's.
          const rail = await railColour(theme);
          expect(apart(after(sel).borderTopColor, f.outlineColor), `selection ${after(sel).borderTopColor} vs focus ${f.outlineColor}`).to.equal(true);
          expect(apart(f.outlineColor, rail), `focus ${f.outlineColor} vs railway ${rail}`).to.equal(true);
          expect(apart(after(sel).borderTopColor, rail), `selection vs railway ${rail}`).to.equal(true);
        });
      }
    }

    itEmulating('forced colours: a Highlight focus ring, a double border for the selection, a dashed highlighted row', async () => {
      await emulateMedia({ forcedColors: 'active' });
      try {
        const { sel, foc } = await selectedAndFocused('light', '1000px', 'industries-as-columns');
        expect(getComputedStyle(foc).outlineStyle).to.equal('solid');
        expect(after(foc).borderTopStyle).to.equal('none');
        expect(getComputedStyle(sel).outlineStyle).to.equal('none');
        expect(after(sel).borderTopStyle).to.equal('double');
        const hl = await mount<CityComplementarityMatrix>(html`<city-complementarity-matrix lang="zh-CN" highlight="baotou"></city-complementarity-matrix>`);
        await resized(hl, '1000px');
        expect(getComputedStyle($(hl, '.row.highlighted')!).outlineStyle).to.equal('dashed');
      } finally {
        await emulateMedia({ forcedColors: 'none' });
      }
    });
  });

  describe('highlight', () => {
    it('emphasises one city and shows its statement until another is chosen', async () => {
      const el = await mount<CityComplementarityMatrix>(
        html`<city-complementarity-matrix lang="en" highlight="ordos" layout="industries-as-columns"></city-complementarity-matrix>`,
      );
      const rows = $$(el, '[role="row"]').filter((r) => r.classList.contains('highlighted'));
      expect(rows).to.have.length(1);
      expect(rows[0]!.textContent).to.contain('Ordos');
      expect(rows[0]!.textContent).to.contain('(highlighted)');
      expect(rowHeader(el, 'ordos').getAttribute('tabindex')).to.equal('0');
      expect(textOf($(el, '.details')!)).to.contain('Ordos is led by coal, chemicals and cashmere');
      el.highlight = 'hohhot';
      await el.updateComplete;
      expect($$(el, '.row.highlighted')[0]!.textContent).to.contain('Hohhot');
      expect(textOf($(el, '.details')!)).to.contain('Hohhot is strong in food processing');
      cellAt(el, 'ulanqab', 'logistics-transport').click();
      await el.updateComplete;
      expect(textOf($(el, '.details')!)).to.contain('logistics and transport');
      expect($$(el, '.row.highlighted')[0]!.textContent).to.contain('Hohhot');
    });

    it('falls back to none with one warning for an unknown city', async () => {
      const { el } = await mountWarnedOnce<CityComplementarityMatrix>(
        html`<city-complementarity-matrix highlight="beijing"></city-complementarity-matrix>`,
        'highlight="beijing"',
      );
      expect(el.highlight).to.equal('none');
      expect($$(el, '.row.highlighted')).to.have.length(0);
    });
  });

  describe('language and theme', () => {
    it('follows its own lang and the document lang', async () => {
      const el = await mount<CityComplementarityMatrix>(html`<city-complementarity-matrix></city-complementarity-matrix>`);
      const original = document.documentElement.lang;
      try {
        document.documentElement.lang = 'en';
        await settle(el);
        expect(textOf(el)).to.contain('How Hohhot complements');
        document.documentElement.lang = 'zh-Hans';
        await settle(el);
        expect(textOf(el)).to.contain('呼和浩特与包头');
        el.lang = 'en-GB';
        await settle(el);
        expect(textOf(el)).to.contain('Baotou');
        el.removeAttribute('lang');
        await settle(el);
        expect(textOf(el)).to.contain('乌兰察布');
      } finally {
        document.documentElement.lang = original;
      }
    });

    it('applies light, dark and auto', async () => {
      const el = await mount<CityComplementarityMatrix>(html`<city-complementarity-matrix theme="light"></city-complementarity-matrix>`);
      expect(el.getAttribute('data-hw-theme')).to.equal('light');
      const light = getComputedStyle(el).backgroundColor;
      el.theme = 'dark';
      await el.updateComplete;
      expect(el.getAttribute('data-hw-theme')).to.equal('dark');
      expect(getComputedStyle(el).backgroundColor).not.to.equal(light);
      await expectAutoFollowsPageScheme(() => html`<city-complementarity-matrix></city-complementarity-matrix>`);
    });

    itEmulating('auto follows prefers-color-scheme where the page sets no color-scheme', async () => {
      await emulateMedia({ colorScheme: 'dark' });
      const auto = await mount<CityComplementarityMatrix>(html`<city-complementarity-matrix></city-complementarity-matrix>`);
      expect(auto.getAttribute('data-hw-theme')).to.equal('dark');
      await emulateMedia({ colorScheme: 'light' });
      await new Promise((r) => setTimeout(r, 50));
      expect(auto.getAttribute('data-hw-theme')).to.equal('light');
    });
  });

  describe('data and src', () => {
    it('accepts a valid dataset through `data` and renders its text as text', async () => {
      const el = await mount<CityComplementarityMatrix>(tag('en'));
      const revised = structuredClone(cities);
      revised.cities[1]!.name = { zh: '包头市', en: '<b>Baotou City</b>' };
      el.data = revised;
      await el.updateComplete;
      expect(rowHeader(el, 'baotou').textContent).to.contain('<b>Baotou City</b>');
      expect($(el, '[role="grid"] b')).to.equal(null);
      el.data = undefined;
      await el.updateComplete;
      expect(rowHeader(el, 'baotou').textContent.trim()).to.equal('Baotou');
    });

    it('rejects invalid data with a localised alert naming the field, and an error event', async () => {
      const el = await mount<CityComplementarityMatrix>(tag('en'));
      const bad = structuredClone(cities) as unknown as { cities: { id: string }[] };
      bad.cities[2]!.id = 'beijing';
      const alert = await expectInvalidData(el, bad, 'cities.2.id');
      expect(alert.textContent).to.contain('"hohhot"');
      expect($(el, '[role="grid"]')).to.equal(null);
      await expectAlertFollowsLang(el, settle);
    });

    it('loads a dataset from `src`', async () => {
      const el = await mount<CityComplementarityMatrix>(html`<city-complementarity-matrix lang="en" src=${await servedJson('city-complementarity-matrix-revised', citiesOrdosCity())}></city-complementarity-matrix>`);
      expect($(el, '[role="alert"]')).to.equal(null);
      expect(rowHeader(el, 'ordos').textContent).to.contain('Ordos City');
    });

    itReportsBadSrc((lang, src) => html`<city-complementarity-matrix lang=${lang} src=${src}></city-complementarity-matrix>`, {
      missing: { lang: 'en', src: '/tests/fixtures/missing-cities.json' },
      malformed: { lang: 'zh-CN' },
    });
  });

  describe('accessibility', () => {
    itHasNoAxeViolations<CityComplementarityMatrix>(
      (lang, theme) => html`<city-complementarity-matrix lang=${lang} theme=${theme} highlight="baotou"></city-complementarity-matrix>`,
      {
        steps: [
          async (el) => {
            cellAt(el, 'ordos', 'new-materials').click();
            await el.updateComplete;
          },
        ],
      },
    );

    it('has no axe violations at 320 px', async () => {
      const el = await mount<CityComplementarityMatrix>(html`<city-complementarity-matrix lang="en" theme="dark"></city-complementarity-matrix>`);
      el.style.width = '320px';
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      await expect(el).to.be.accessible();
    });

    it('exposes an ARIA grid with rows, column headers, row headers and cells', async () => {
      const el = await mount<CityComplementarityMatrix>(html`<city-complementarity-matrix lang="en" layout="industries-as-columns"></city-complementarity-matrix>`);
      await resized(el, '1000px');
      const rows = $$(el, '[role="grid"] > [role="row"]');
      expect(rows).to.have.length(5);
      const cols = $$(el, '[role="columnheader"]').length;
      expect(cols).to.be.greaterThan(10);
      for (const row of rows.slice(1)) {
        expect(row.querySelectorAll('[role="rowheader"]')).to.have.length(1);
        expect(row.querySelectorAll('[role="gridcell"]')).to.have.length(cols - 1);
      }
      // Transposed: a row per industry, a column per city.
      el.layout = 'cities-as-columns';
      await el.updateComplete;
      const trows = $$(el, '[role="grid"] > [role="row"]');
      expect(trows).to.have.length(cols);
      expect($$(el, '[role="columnheader"]')).to.have.length(5);
      for (const row of trows.slice(1)) {
        expect(row.querySelectorAll('[role="rowheader"]')).to.have.length(1);
        expect(row.querySelectorAll('[role="gridcell"]')).to.have.length(4);
      }
      expect(grid(el).getAttribute('aria-label')).to.equal('Matrix of cities and complementary industries');
      // Cities as columns, the city is still in every cell's name.
      expect(cellAt(el, 'baotou', 'steel').getAttribute('aria-label')).to.match(/^Baotou · Steel: /);
    });

    it('describes the tab stop with the keyboard hint on arrival, not at every move, and again on the next visit', async () => {
      const el = await mount<CityComplementarityMatrix>(html`<city-complementarity-matrix lang="en" layout="industries-as-columns"></city-complementarity-matrix>`);
      await resized(el, '1000px');
      const described = () => $$(el, '[role="grid"] [aria-describedby]');
      expect(described()).to.have.length(1);
      const stop = described()[0]!;
      expect(stop.tabIndex).to.equal(0);
      expect($(el, `#${stop.getAttribute('aria-describedby') ?? 'none'}`)!.textContent).to.contain('arrow keys');
      stop.focus();
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement).not.to.equal(stop);
      expect(described()).to.have.length(0);
      (el.shadowRoot!.activeElement as HTMLElement).blur();
      await el.updateComplete;
      expect(described()).to.have.length(1);
      expect(described()[0]!.tabIndex).to.equal(0);
    });
  });
});

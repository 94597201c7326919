import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, itEmulating, resetMedia, sendKeys, withMediaRules } from './commands.js';
import '../src/define/region-map.js';
import type { HohhotRegionMap, RegionMapSelectDetail } from '../src/components/region-map/region-map.js';
import { cities } from '../src/data/index.js';
import { isGeography } from '../src/data/geography-schema.js';
import { geography } from '../src/data/geography.js';
import { $, $$, LANGS, mount, needsWindowFocus, textOf, servedJson } from './helpers.js';
import { apart } from './colour.js';
import { citiesBaotouCity } from './fixtures/datasets.js';
import {
  expectAlertFollowsLang,
  expectInvalidData,
  itHasNoAxeViolations,
  itHasNoAxeViolationsShowingAnError,
  itReportsBadSrc,
  mountWarnedOnce,
  expectAutoFollowsPageScheme,
} from './contract.js';

const tag = (lang = 'zh-CN') => html`<hohhot-region-map lang=${lang}></hohhot-region-map>`;

/** Mounts the map in a box of a given width and waits for it to be laid out for that width. */
async function mountAt(width: number, lang: string): Promise<HohhotRegionMap> {
  const box = await fixture<HTMLDivElement>(html`<div class="box"><hohhot-region-map lang=${lang}></hohhot-region-map></div>`);
  box.style.setProperty('width', `${width}px`);
  const el = box.querySelector('hohhot-region-map')!;
  await el.whenLoaded();
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  await el.updateComplete;
  return el;
}

const ids = (els: Element[], attr: string) => new Set(els.map((e) => e.getAttribute(attr)!));
const dot = (el: HTMLElement, id: string) => {
  const c = $(el, `.city[data-city="${id}"] .dot`)!;
  return { x: Number(c.getAttribute('cx')), y: Number(c.getAttribute('cy')) };
};
const intersects = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('<hohhot-region-map>', () => {
  afterEach(async () => {
    await resetMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
  });

  describe('content', () => {
    it('draws the four cities, the links and the directions the paper names, in Chinese', async () => {
      const el = await mount<HohhotRegionMap>(tag('zh-CN'));
      const labels = $$(el, '.city text').map((t) => t.textContent.trim());
      expect(labels).to.have.members(['呼和浩特', '包头', '鄂尔多斯', '乌兰察布']);
      const text = textOf(el);
      for (const s of ['呼包鄂乌区域示意图', '呼包高铁', '已开通', '呼包鄂乌高铁', '呼包鄂乌高速公路', '论文建议加快建设', '北京', '京蒙协作机制', '中蒙俄经济走廊', '中欧班列', '华北', '西北', '枢纽']) {
        expect(text).to.contain(s);
      }
      expect(text).to.contain('坐标为一般地理常识，并非论文数据');
      const source = $(el, '[part="source"]')!;
      expect(source.textContent).to.contain('李建宏');
      expect(source.textContent).to.contain('一（二）');
      expect(source.textContent).to.contain('三（二）');
      expect(source.querySelector('button.ref[data-ref="2"]')).to.exist;
      expect(source.querySelector('button.ref[data-ref="7"]')).to.exist;
    });

    it('uses the established English names', async () => {
      const el = await mount<HohhotRegionMap>(tag('en'));
      const labels = $$(el, '.city text').map((t) => t.textContent.trim());
      expect(labels).to.have.members(['Hohhot', 'Baotou', 'Ordos', 'Ulanqab']);
      const text = textOf(el);
      for (const s of [
        'Hohhot–Baotou high-speed railway',
        'in service',
        'Hohhot–Baotou–Ordos–Ulanqab high-speed rail',
        'Hohhot–Baotou–Ordos–Ulanqab expressways',
        'the paper calls for speeding up construction',
        'Beijing–Inner Mongolia cooperation mechanism',
        'China–Mongolia–Russia Economic Corridor',
        'China–Europe Railway Express',
        'North China',
        'Northwest China',
        'not data from the paper',
      ]) {
        expect(text).to.contain(s);
      }
      expect($(el, '[part="source"]')!.textContent).to.contain('Li Jianhong');
    });

    it('draws with the library itself: an inline SVG, no images, no boundary lines, no requests', async () => {
      const el = await mount<HohhotRegionMap>(tag('en'));
      const svg = $(el, 'svg.region')!;
      expect(svg.getAttribute('viewBox')).to.match(/^0 0 \d+ \d+$/);
      expect(getComputedStyle(svg).width).not.to.equal('0px');
      expect($$(el, 'img, image, iframe, path')).to.have.length(0);
      expect(isGeography(geography)).to.equal(true);
    });

    it('never calls a link planned: the paper only calls to speed up construction (三(二) 加快…建设)', async () => {
      for (const lang of LANGS) {
        const el = await mount<HohhotRegionMap>(tag(lang));
        const text = textOf(el);
        expect(text, lang).not.to.match(/planned|plan to|规划/i);
      }
      const zh = textOf(await mount<HohhotRegionMap>(tag('zh-CN')));
      expect(zh).to.contain('高铁（论文建议加快建设），连接');
      const en = textOf(await mount<HohhotRegionMap>(tag('en')));
      expect(en).to.contain('expressways (the paper calls for speeding up construction), linking');
    });

    it('gives the hub’s source once, and calls the hub schematic (示意)', async () => {
      const zh = textOf($(await mount<HohhotRegionMap>(tag('zh-CN')), 'p[data-hub]')!);
      expect(zh.split('摘要').length - 1).to.equal(1);
      expect(zh).to.contain('（示意）');
      expect(zh).not.to.contain('抽象');
      const en = textOf($(await mount<HohhotRegionMap>(tag('en')), 'p[data-hub]')!);
      expect(en.split('abstract').length - 1).to.equal(1);
    });

    it('cites both 三(二) and 三(四) for the China–Europe Railway Express direction', async () => {
      const zh = await mount<HohhotRegionMap>(tag('zh-CN'));
      expect(textOf($(zh, 'li[data-direction="china-europe-railway"]')!)).to.contain('（三（二）、三（四））');
      const en = await mount<HohhotRegionMap>(tag('en'));
      expect(textOf($(en, 'li[data-direction="china-europe-railway"]')!)).to.contain('(sections 3.2 and 3.4)');
    });

    it('draws the in-service railway solid and the links to speed up dashed or dotted', async () => {
      const el = await mount<HohhotRegionMap>(tag('en'));
      const inService = $(el, 'g[data-link="hohhot-baotou-hsr"] line')!;
      expect(getComputedStyle(inService).strokeDasharray).to.equal('none');
      for (const id of ['hbou-hsr', 'hbou-expressways']) {
        const lines = $$(el, `g[data-link="${id}"] line`);
        expect(lines.length).to.equal(3);
        expect(getComputedStyle(lines[0]!).strokeDasharray).not.to.equal('none');
      }
    });

    it('places the cities at their true relative positions', async () => {
      for (const width of [320, 1200]) {
        const el = await mountAt(width, 'en');
        const h = dot(el, 'hohhot');
        const b = dot(el, 'baotou');
        const o = dot(el, 'ordos');
        const u = dot(el, 'ulanqab');
        expect(b.x, 'Baotou west of Hohhot').to.be.below(h.x);
        expect(o.y, 'Ordos south of Baotou').to.be.above(b.y);
        expect(Math.abs(o.x - b.x), 'Ordos almost due south of Baotou').to.be.below(Math.abs(o.y - b.y) / 4);
        expect(u.x, 'Ulanqab east of Hohhot').to.be.above(h.x);
        expect(u.y, 'Ulanqab a little north of Hohhot').to.be.below(h.y);
        expect(h.y, 'Hohhot north of Baotou').to.be.below(b.y);
        // Beijing's arrow points east and a little south of Hohhot.
        const shaft = $(el, 'g[data-direction="beijing"] line')!;
        const [x1, y1, x2, y2] = ['x1', 'y1', 'x2', 'y2'].map((a) => Number(shaft.getAttribute(a)));
        expect(x2! - x1!).to.be.above(0);
        expect(y2! - y1!).to.be.above(0);
        expect(y2! - y1!).to.be.below(x2! - x1!);
        // The corridor points north.
        const north = $(el, 'g[data-direction="cmrec"] line')!;
        expect(Number(north.getAttribute('y2'))).to.be.below(Number(north.getAttribute('y1')));
      }
    });

    // 320 and 1200 px boxes, and 260 px: a 320 px phone inside a padded CMS column.
    for (const width of [260, 320, 1200]) {
      for (const lang of LANGS) {
        it(`never overlaps labels, and keeps them inside the map, at ${width} px (${lang})`, async () => {
          const el = await mountAt(width, lang);
          const svg = $(el, 'svg.region')!.getBoundingClientRect();
          const texts = $$(el, 'svg.region text');
          expect(texts.length).to.be.at.least(4 + 3 + 3);
          const boxes = texts.map((t) => ({ t: t.textContent.trim(), r: t.getBoundingClientRect() }));
          for (let i = 0; i < boxes.length; i++) {
            const a = boxes[i]!;
            expect(a.r.left, `${a.t} left`).to.be.at.least(svg.left - 0.5);
            expect(a.r.right, `${a.t} right`).to.be.at.most(svg.right + 0.5);
            expect(a.r.top, `${a.t} top`).to.be.at.least(svg.top - 0.5);
            expect(a.r.bottom, `${a.t} bottom`).to.be.at.most(svg.bottom + 0.5);
            for (let j = i + 1; j < boxes.length; j++) {
              const b = boxes[j]!;
              expect(intersects(a.r, b.r), `"${a.t}" overlaps "${b.t}"`).to.equal(false);
            }
          }
          // City labels clear of every city dot but their own.
          for (const c of $$(el, '.city')) {
            const label = c.querySelector('text')!.getBoundingClientRect();
            for (const other of $$(el, '.city .dot')) {
              if (c.contains(other)) continue;
              expect(intersects(label, other.getBoundingClientRect())).to.equal(false);
            }
          }
          // No sideways scrolling.
          expect(el.scrollWidth).to.be.at.most(el.clientWidth + 1);
        });
      }
    }

    it('moves a city label to the other side of its dot rather than overlap (long names from data)', async () => {
      const el = await mountAt(320, 'en');
      const long = structuredClone(cities);
      long.cities.find((c) => c.id === 'hohhot')!.name.en = 'Hohhot Municipality';
      long.cities.find((c) => c.id === 'ulanqab')!.name.en = 'Ulanqab Municipality';
      el.data = long;
      await el.updateComplete;
      const boxes = $$(el, '.city text').map((t) => t.getBoundingClientRect());
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) expect(intersects(boxes[i]!, boxes[j]!)).to.equal(false);
      }
    });

    it('matches the text list to the map: the same cities, links and directions', async () => {
      for (const lang of LANGS) {
        const el = await mount<HohhotRegionMap>(tag(lang));
        const list = $(el, '[part="text-alternative"]')!;
        const svg = $(el, 'svg.region')!;
        for (const attr of ['data-city', 'data-link', 'data-direction']) {
          const drawn = ids([...svg.querySelectorAll(`[${attr}]`)], attr);
          const listed = ids([...list.querySelectorAll(`[${attr}]`)], attr);
          expect(drawn.size, attr).to.be.above(0);
          expect([...listed].sort(), attr).to.deep.equal([...drawn].sort());
        }
        // What the map writes, the list says: every label text appears in the list.
        for (const t of svg.querySelectorAll('text')) {
          const words = [...t.querySelectorAll('tspan')].map((s) => s.textContent.trim()).join(lang === 'en' ? ' ' : '');
          expect(list.textContent.replace(/\s+/g, ' '), words).to.contain(words.replace(/– /g, '–'));
        }
        expect(svg.querySelector('[data-hub]')).to.exist;
        expect(list.querySelector('[data-hub]')).to.exist;
      }
    });

    it('keeps map and list in step when the data has fewer cities', async () => {
      const el = await mount<HohhotRegionMap>(tag('en'));
      const three = structuredClone(cities);
      three.cities = three.cities.filter((c) => c.id !== 'ulanqab');
      three.opportunities = three.opportunities.filter((o) => o.city !== 'ulanqab');
      el.data = three;
      await el.updateComplete;
      expect($(el, '.city[data-city="ulanqab"]')).to.equal(null);
      expect($(el, 'li[data-city="ulanqab"]')).to.equal(null);
      expect($$(el, 'g[data-link="hbou-hsr"] line')).to.have.length(2);
      expect($(el, 'li[data-link="hbou-hsr"]')!.textContent).to.contain('linking Hohhot–Baotou–Ordos.');
    });
  });

  describe('selection and keyboard', () => {
    it('Tab reaches the cities, arrows move between them, Enter and Space select', async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div><button id="before">before</button>${tag('zh-CN')}</div>`);
      const el = wrap.querySelector('hohhot-region-map')!;
      await el.whenLoaded();
      wrap.querySelector<HTMLButtonElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      const focused = () => el.shadowRoot!.activeElement?.getAttribute('data-city');
      expect(focused()).to.equal('hohhot');
      expect($$(el, '.city[tabindex="0"]')).to.have.length(1);
      // Options of a listbox (a screen reader's focus mode: its arrow keys reach the map), the
      // keyboard hint on the city reached first and not again after a move.
      expect($(el, '.city[data-city="hohhot"]')!.closest('[role="listbox"]')).to.exist;
      expect($$(el, '.city').every((c) => c.getAttribute('role') === 'option')).to.equal(true);
      const hintOf = (city: string) => $(el, `.city[data-city="${city}"]`)!.getAttribute('aria-describedby');
      expect($(el, `#${hintOf('hohhot') ?? 'none'}`)!.textContent).to.contain('方向键');

      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      expect(focused()).to.equal('baotou');
      expect($$(el, '.city[aria-describedby]')).to.have.length(0);
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(focused()).to.equal('ordos');
      await sendKeys({ press: 'ArrowUp' });
      await el.updateComplete;
      expect(focused()).to.equal('baotou');
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(focused()).to.equal('hohhot');
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(focused()).to.equal('ulanqab');
      await sendKeys({ press: 'Home' });
      await el.updateComplete;
      expect(focused()).to.equal('hohhot');
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      expect(focused()).to.equal('baotou');

      const selected = oneEvent(wrap, 'hw-select');
      await sendKeys({ press: 'Enter' });
      const event = (await selected) as unknown as CustomEvent<RegionMapSelectDetail>;
      expect(event.detail).to.deep.equal({ city: 'baotou' });
      expect(event.bubbles).to.equal(true);
      expect(event.composed).to.equal(true);
      await el.updateComplete;
      expect(el.selected).to.equal('baotou');
      expect(el.getAttribute('selected')).to.equal('baotou');
      expect($(el, '.city[data-city="baotou"]')!.getAttribute('aria-selected')).to.equal('true');
      const details = $(el, '[part="details"]')!;
      expect(details.querySelector('h3')!.textContent).to.equal('包头');
      for (const s of ['钢铁', '铝业', '装备制造', '新能源', '呼包鄂乌一体化发展机制', '呼包高铁开通运营', '一（一）']) {
        expect(details.textContent).to.contain(s);
      }
      expect($(el, '[aria-live="polite"]')!.textContent).to.contain('已选择：包头');

      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(focused()).to.equal('ulanqab');
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(el.selected).to.equal('ulanqab');
      expect($(el, '[part="details"]')!.textContent).to.contain('农畜产品生产');
      expect($(el, '[part="details"]')!.textContent).to.contain('物流运输');
      // Tab leaves the map in one step (roving tabindex), to the next reference mark.
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement?.matches('button.ref')).to.equal(true);
    });

    it('calls Hohhot’s industries strengths and the others’ leading, and marks the fields of cooperation as the paper’s proposals', async () => {
      const el = await mount<HohhotRegionMap>(tag('zh-CN'));
      const headings = () => $$(el, '[part="details"] h4').map((h) => h.textContent.trim());
      el.selected = 'hohhot';
      await el.updateComplete;
      expect(headings()).to.include.members(['优势产业', '与周边城市的合作机会（论文提出）']);
      expect(textOf($(el, '[part="details"]')!)).to.contain('现代装备制造');
      expect(textOf($(el, '.text-alt li[data-city="hohhot"]')!)).to.contain('优势产业为食品加工、电子信息技术、新材料、现代装备制造');
      el.selected = 'baotou';
      await el.updateComplete;
      expect(headings()).to.include.members(['主导产业', '与呼和浩特的合作机会（论文提出）']);
      expect(textOf($(el, '.text-alt li[data-city="baotou"]')!)).to.contain('论文提出的与呼和浩特的合作机会为');
      el.lang = 'en';
      await new Promise((r) => setTimeout(r));
      await el.updateComplete;
      expect(headings()).to.include.members(['Leading industries', 'Opportunities for cooperation with Hohhot (proposed by the paper)']);
      el.selected = 'hohhot';
      await el.updateComplete;
      expect(headings()).to.include('Strengths');
      expect(textOf($(el, '.text-alt li[data-city="hohhot"]')!)).to.contain('strengths: Food processing');
    });

    it('selects with a click and shows the city’s industries and cooperation in English', async () => {
      const el = await mount<HohhotRegionMap>(tag('en'));
      expect(textOf(el)).to.contain('Select a city on the map');
      $(el, '.city[data-city="ordos"]')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      await el.updateComplete;
      const details = $(el, '[part="details"]')!;
      for (const s of ['Ordos', 'Coal', 'Chemicals', 'Cashmere', 'Opportunities for cooperation with Hohhot (proposed by the paper)', 'Modern farming and animal husbandry', 'New materials', 'section 1.1', 'section 3.1']) {
        expect(details.textContent).to.contain(s);
      }
      el.selected = 'hohhot';
      await el.updateComplete;
      for (const s of ['Beijing–Inner Mongolia cooperation mechanism', 'Baotou', 'New energy', 'Ulanqab', 'Logistics and transport']) {
        expect($(el, '[part="details"]')!.textContent).to.contain(s);
      }
    });

    it('a selection reaches `document` as `hw-select`, never as the native `select` of text selection', async () => {
      const el = await mount<HohhotRegionMap>(tag('en'));
      const seen: string[] = [];
      const record = (e: Event) => seen.push(`${e.type}: ${(e as CustomEvent<RegionMapSelectDetail>).detail?.city}`);
      document.addEventListener('select', record);
      document.addEventListener('hw-select', record);
      try {
        $(el, '.city[data-city="ordos"]')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
        await el.updateComplete;
      } finally {
        document.removeEventListener('select', record);
        document.removeEventListener('hw-select', record);
      }
      expect(seen).to.deep.equal(['hw-select: ordos']);
    });

    it('sets the selection from the attribute without firing hw-select', async () => {
      let fired = 0;
      const el = await mount<HohhotRegionMap>(html`<hohhot-region-map lang="en" selected="ulanqab" @hw-select=${() => fired++}></hohhot-region-map>`);
      expect(el.selected).to.equal('ulanqab');
      expect($(el, '[part="details"] h3')!.textContent).to.equal('Ulanqab');
      el.removeAttribute('selected');
      await el.updateComplete;
      expect(el.selected).to.equal(null);
      expect($(el, '[part="details"]')).to.equal(null);
      expect(fired).to.equal(0);
    });

    it('falls back with one warning on unknown attribute values', async () => {
      const { el } = await mountWarnedOnce<HohhotRegionMap>(
        html`<hohhot-region-map selected="shanghai" theme="purple"></hohhot-region-map>`,
        'selected="shanghai"',
        'theme="purple"',
      );
      expect(el.selected).to.equal(null);
      expect(el.theme).to.equal('auto');
    });
  });

  describe('focus, selection and lines look different', () => {
    /** Selects Hohhot from the keyboard, then moves the focus west to Baotou. */
    async function selectedAndFocused(theme: string): Promise<HohhotRegionMap> {
      const wrap = await fixture<HTMLDivElement>(html`<div>
        <button>before</button>
        <hohhot-region-map lang="en" theme=${theme}></hohhot-region-map>
      </div>`);
      const el = wrap.querySelector<HohhotRegionMap>('hohhot-region-map')!;
      await el.whenLoaded();
      wrap.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Enter' });
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      expect(el.selected).to.equal('hohhot');
      expect(el.shadowRoot!.activeElement?.getAttribute('data-city')).to.equal('baotou');
      return el;
    }
    const part = (el: HTMLElement, city: string, cls: string) => getComputedStyle($(el, `.city[data-city="${city}"] .${cls}`)!);
    const drawn = (stroke: string) => stroke !== 'none' && !/rgba\(.*,\s*0\)$|transparent/.test(stroke);

    for (const theme of ['light', 'dark']) {
      it(`${theme}: the focus is a thin ring apart from the dot, the selection a filled dot with a thick ink rim and an underlined name; railways are not blue`, async function () {
        needsWindowFocus(this);
        const el = await selectedAndFocused(theme);
        // Focused Baotou: the outer ring only.
        const focusRing = part(el, 'baotou', 'focus-ring');
        expect(drawn(focusRing.stroke)).to.equal(true);
        expect(parseFloat(focusRing.strokeWidth)).to.be.at.least(2);
        expect(drawn(part(el, 'baotou', 'ring').stroke)).to.equal(false);
        expect(part(el, 'baotou', 'label').textDecorationLine).to.equal('none');
        // Selected Hohhot: no focus ring, a thick rim, an underlined name, a dot no longer the capital's ink.
        expect(drawn(part(el, 'hohhot', 'focus-ring').stroke)).to.equal(false);
        const rim = part(el, 'hohhot', 'ring');
        expect(drawn(rim.stroke)).to.equal(true);
        expect(parseFloat(rim.strokeWidth)).to.be.at.least(4);
        expect(part(el, 'hohhot', 'label').textDecorationLine).to.equal('underline');
        expect(part(el, 'hohhot', 'dot').fill).not.to.equal(part(el, 'ordos', 'dot').fill);
        // Geometry: the focus ring stands clear of the dot and of the rim.
        const r = (city: string, cls: string) => Number($(el, `.city[data-city="${city}"] .${cls}`)!.getAttribute('r'));
        expect(r('baotou', 'focus-ring') - r('baotou', 'ring')).to.be.at.least(4);
        // Colour: the railway is neither the focus colour nor the selection's.
        const rail = getComputedStyle($(el, 'g[data-link="hohhot-baotou-hsr"] line')!).stroke;
        expect(apart(focusRing.stroke, rail), `focus ${focusRing.stroke} vs railway ${rail}`).to.equal(true);
        expect(apart(rim.stroke, focusRing.stroke), `selection ${rim.stroke} vs focus ${focusRing.stroke}`).to.equal(true);
        expect(apart(rim.stroke, rail), `selection ${rim.stroke} vs railway ${rail}`).to.equal(true);
        // The legend draws the railway as the map does.
        expect(getComputedStyle($(el, '.legend .link.rail')!).stroke).to.equal(rail);
      });
    }

    itEmulating('forced colours: every line in CanvasText (no rule for railways or roads wins over it), focus in Highlight, selection rimmed in CanvasText', async () => {
      await emulateMedia({ forcedColors: 'active' });
      try {
        const probe = document.createElement('div');
        probe.style.setProperty('color', 'CanvasText');
        document.body.append(probe);
        const canvasText = getComputedStyle(probe).color;
        probe.style.setProperty('color', 'Highlight');
        const highlight = getComputedStyle(probe).color;
        probe.remove();
        const el = await selectedAndFocused('light');
        for (const sel of ['.link.rail.in-service', '.link.rail.speed-up', '.link.road.speed-up', '.arrow', '.hub-line', '.legend .link.rail', '.legend .link.road']) {
          const line = $(el, sel);
          expect(line, sel).not.to.equal(null);
          expect(getComputedStyle(line!).stroke, sel).to.equal(canvasText);
        }
        // Lines still differ by pattern, not colour.
        expect(getComputedStyle($(el, '.link.rail.in-service')!).strokeDasharray).to.equal('none');
        expect(getComputedStyle($(el, '.link.rail.speed-up')!).strokeDasharray).not.to.equal('none');
        expect(part(el, 'baotou', 'focus-ring').stroke).to.equal(highlight);
        expect(part(el, 'hohhot', 'ring').stroke).to.equal(canvasText);
        expect(part(el, 'hohhot', 'dot').fill).to.equal(highlight);
      } finally {
        await emulateMedia({ forcedColors: 'none' });
      }
    });
  });

  describe('forced colours, in every engine', () => {
    /** Runs `fn` with the widget's own `@media (forced-colors: active)` rules applied unwrapped, as `withPrintRules` does for print. */
    const withForcedColourRules = <T>(el: HohhotRegionMap, fn: () => T | Promise<T>) =>
      withMediaRules(el, '@media (forced-colors: active)', (media) => /forced-colors\s*:\s*active/.test(media), fn);

    it('its rule for lines is as specific as the railway and road colours it replaces', async () => {
      const el = await mount<HohhotRegionMap>(tag('en'));
      const probe = document.createElement('div');
      probe.style.setProperty('color', 'CanvasText');
      document.body.append(probe);
      const canvasText = getComputedStyle(probe).color;
      probe.remove();
      const rail = $(el, '.link.rail.in-service')!;
      expect(getComputedStyle(rail).stroke).not.to.equal(canvasText);
      await withForcedColourRules(el, () => {
        for (const sel of ['.link.rail.in-service', '.link.rail.speed-up', '.link.road.speed-up', '.arrow', '.hub-line', '.legend .link.rail']) {
          expect(getComputedStyle($(el, sel)!).stroke, sel).to.equal(canvasText);
        }
      });
    });
  });

  describe('direction arrows at 320 px', () => {
    for (const lang of ['zh-CN', 'en']) {
      it(`${lang}: every arrow, its head and its label stay inside the map's box and the widget`, async () => {
        const el = await mountAt(320, lang);
        const svg = $(el, 'svg.region')!;
        const box = svg.getBoundingClientRect();
        const host = el.getBoundingClientRect();
        expect(box.width).to.be.at.most(host.width);
        const [, , vw] = svg.getAttribute('viewBox')!.split(' ').map(Number);
        for (const d of geography.directions) {
          for (const part of ['line.arrow', 'polygon.arrow-head', 'text']) {
            const b = $(el, `g[data-direction="${d.id}"] ${part}`)!.getBoundingClientRect();
            const name = `${d.id} ${part}: ${b.left.toFixed(1)}–${b.right.toFixed(1)} in ${box.left.toFixed(1)}–${box.right.toFixed(1)}`;
            expect(b.left, name).to.be.at.least(box.left - 0.5);
            expect(b.right, name).to.be.at.most(box.right + 0.5);
            expect(b.top, name).to.be.at.least(box.top - 0.5);
            expect(b.bottom, name).to.be.at.most(box.bottom + 0.5);
            expect(b.right, name).to.be.at.most(host.right);
          }
          // In the viewBox's own units: the head's points, with a margin for the stroke of the shaft.
          const pts = $(el, `g[data-direction="${d.id}"] polygon.arrow-head`)!.getAttribute('points')!.split(' ').map((p) => p.split(',').map(Number));
          for (const [x] of pts) expect(x!, `${d.id} head`).to.be.within(2, vw! - 2);
        }
        expect(el.scrollWidth).to.be.at.most(el.clientWidth + 1);
      });
    }
  });

  describe('language and theme', () => {
    it('follows its own lang and the document lang', async () => {
      const el = await mount<HohhotRegionMap>(html`<hohhot-region-map></hohhot-region-map>`);
      const before = document.documentElement.lang;
      try {
        document.documentElement.lang = 'en';
        await new Promise((r) => setTimeout(r));
        await el.updateComplete;
        expect(textOf(el)).to.contain('schematic map');
        el.lang = 'zh-Hans';
        await new Promise((r) => setTimeout(r));
        await el.updateComplete;
        expect(textOf(el)).to.contain('呼包鄂乌区域示意图');
        expect($$(el, '.city text').map((t) => t.textContent.trim())).to.include('乌兰察布');
      } finally {
        document.documentElement.lang = before;
      }
    });

    it('applies light, dark and auto', async () => {
      const el = await mount<HohhotRegionMap>(html`<hohhot-region-map theme="light"></hohhot-region-map>`);
      expect(el.getAttribute('data-hw-theme')).to.equal('light');
      const light = getComputedStyle($(el, '.frame')!).fill;
      el.theme = 'dark';
      await el.updateComplete;
      expect(el.getAttribute('data-hw-theme')).to.equal('dark');
      expect(getComputedStyle($(el, '.frame')!).fill).not.to.equal(light);
      await expectAutoFollowsPageScheme(() => html`<hohhot-region-map></hohhot-region-map>`);
    });

    itEmulating('auto follows prefers-color-scheme where the page sets no color-scheme', async () => {
      const el = await mount<HohhotRegionMap>(html`<hohhot-region-map theme="light"></hohhot-region-map>`);
      await emulateMedia({ colorScheme: 'dark' });
      el.theme = 'auto';
      await el.updateComplete;
      expect(el.getAttribute('data-hw-theme')).to.equal('dark');
      await emulateMedia({ colorScheme: 'light' });
      await new Promise((r) => setTimeout(r, 50));
      expect(el.getAttribute('data-hw-theme')).to.equal('light');
    });
  });

  describe('data and src', () => {
    it('accepts a valid CitiesDataset through `data`', async () => {
      const el = await mount<HohhotRegionMap>(tag('en'));
      const revised = structuredClone(cities);
      revised.cities.find((c) => c.id === 'ordos')!.name.en = 'Ordos City';
      el.data = revised;
      await el.updateComplete;
      expect($$(el, '.city text').map((t) => t.textContent.trim())).to.include('Ordos City');
      expect($(el, 'li[data-city="ordos"]')!.textContent).to.contain('Ordos City');
      expect($(el, '[role="alert"]')).to.equal(null);
      el.data = undefined;
      await el.updateComplete;
      expect($$(el, '.city text').map((t) => t.textContent.trim())).to.include('Ordos');
    });

    it('rejects invalid data with an alert naming the field, and an error event', async () => {
      const el = await mount<HohhotRegionMap>(tag('en'));
      const bad = structuredClone(cities) as unknown as { cities: { id: string }[] };
      bad.cities[1]!.id = 'shanghai';
      await expectInvalidData(el, bad, 'cities.1.id');
      expect($(el, 'svg.region')).to.equal(null);
      await expectAlertFollowsLang(el);
    });

    it('loads a dataset from `src`', async () => {
      const el = await mount<HohhotRegionMap>(html`<hohhot-region-map lang="en" selected="baotou" src=${await servedJson('region-map-cities', citiesBaotouCity())}></hohhot-region-map>`);
      expect($(el, '[role="alert"]')).to.equal(null);
      expect($$(el, '.city text').map((t) => t.textContent.trim())).to.include('Baotou City');
      expect($(el, '[part="details"]')!.textContent).to.contain('New energy');
    });

    itReportsBadSrc((lang, src) => html`<hohhot-region-map lang=${lang} src=${src}></hohhot-region-map>`, {
      missing: { lang: 'en', src: '/tests/fixtures/missing.json' },
      malformed: { lang: 'zh-CN' },
    });
  });

  describe('lifecycle', () => {
    it('survives remove/re-add cycles and keeps laying out', async () => {
      const el = await mountAt(320, 'en');
      const parent = el.parentElement!;
      for (let i = 0; i < 10; i++) {
        el.remove();
        parent.append(el);
      }
      const map = $(el, '.map')!;
      const before = map.getBoundingClientRect().width;
      // The widget re-lays out in the frame after its ResizeObserver sees the
      // new width (about 150 ms later in WebKit under Xvfb, sooner in Chromium):
      // wait for that delivery, then for that frame, not for a fixed time.
      const resized = new Promise<void>((resolve) => {
        const ro = new ResizeObserver((entries) => {
          if (Math.abs((entries[0]?.contentRect.width ?? before) - before) < 1) return;
          ro.disconnect();
          resolve();
        });
        ro.observe(map);
      });
      parent.style.setProperty('width', '700px');
      await resized;
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      await el.updateComplete;
      expect($(el, 'svg.region')!.getAttribute('viewBox')!.split(' ')[2]).to.equal(String(Math.round($(el, '.map')!.getBoundingClientRect().width)));
    });
  });

  describe('accessibility', () => {
    itHasNoAxeViolations<HohhotRegionMap>((lang, theme) => html`<hohhot-region-map lang=${lang} theme=${theme}></hohhot-region-map>`, {
      steps: [
        async (el) => {
          el.selected = 'baotou';
          await el.updateComplete;
        },
      ],
    });
    itHasNoAxeViolationsShowingAnError(() => tag('en'));
  });
});

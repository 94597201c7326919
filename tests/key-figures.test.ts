import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, itEmulating, resetMedia, sendKeys, setViewport } from './commands.js';
import '../src/define/key-figures.js';
import type { HohhotKeyFigures } from '../src/components/key-figures/key-figures.js';
import { ecommerce, investment2024, trade2024 } from '../src/data/index.js';
import type { WidgetErrorDetail } from '../src/core/util/events.js';
import { $, $$, LANGS, mount, textOf, servedJson, until } from './helpers.js';
import { keyFiguresInvestment } from './fixtures/datasets.js';
import {
  expectAlertFollowsLang,
  expectInvalidData,
  itHasNoAxeViolations,
  itHasNoAxeViolationsShowingAnError,
  itReportsBadSrc,
  mountWarnedOnce,
  expectAutoFollowsPageScheme,
} from './contract.js';

const tag = (topic: string, lang = 'zh-CN') => html`<hohhot-key-figures topic=${topic} lang=${lang}></hohhot-key-figures>`;
const settle = async (el: HohhotKeyFigures) => {
  await new Promise((r) => setTimeout(r));
  await el.whenLoaded();
};
const cards = (el: HohhotKeyFigures) => $$(el, 'ul.fc-list > li');
const cardText = (li: Element) => (li.textContent ?? '').replace(/\s+/g, ' ').trim();
const columns = (el: HohhotKeyFigures) => getComputedStyle($(el, 'ul.fc-list')!).gridTemplateColumns.split(' ').length;
const errors = (el: HTMLElement) => {
  const seen: CustomEvent<WidgetErrorDetail>[] = [];
  el.addEventListener('error', (e) => seen.push(e as unknown as CustomEvent<WidgetErrorDetail>));
  return seen;
};

describe('<hohhot-key-figures>', () => {
  afterEach(async () => {
    await resetMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
    await setViewport({ width: 800, height: 600 });
  });

  describe('trade (default topic)', () => {
    it('shows the paper’s five trade figures in Chinese', async () => {
      const el = await mount<HohhotKeyFigures>(html`<hohhot-key-figures lang="zh-CN"></hohhot-key-figures>`);
      expect(el.topic).to.equal('trade');
      const text = textOf(el);
      for (const s of ['226.7亿元', '同比增长17.3%', '11.5个百分点', '10.9%', '62.6%', '141.9亿元，同比增长34%', '赛罕海关']) {
        expect(text).to.contain(s);
      }
      expect(cards(el)).to.have.length(5);
      expect($(el, 'h2')!.textContent).to.equal('2024年呼和浩特对外贸易关键数据');
    });

    it('converts 亿元 to billions of yuan in English', async () => {
      const el = await mount<HohhotKeyFigures>(tag('trade', 'en'));
      const text = textOf(el);
      expect(text).to.contain('CNY 22.67 billion');
      expect(text).to.contain('up 17.3% year on year');
      expect(text).to.contain('11.5 percentage points');
      expect(text).to.contain("Share of Inner Mongolia's total trade");
      expect(text).to.contain('CNY 14.19 billion, up 34% year on year');
      expect(text).to.contain('Belt and Road');
      expect(text).not.to.contain('亿');
      expect(text).to.contain('compiled by Saihan Customs');
    });

    it('marks the derived regional growth as derived', async () => {
      const zh = await mount<HohhotKeyFigures>(tag('trade', 'zh-CN'));
      const growth = cards(zh)[1]!;
      expect(cardText(growth)).to.contain('内蒙古自治区增速5.8%（推算）');
      expect(growth.querySelector('.derived-mark')).to.exist;
      expect(textOf(zh)).to.contain('并非论文直接给出');
      const en = await mount<HohhotKeyFigures>(tag('trade', 'en'));
      expect(cardText(cards(en)[1]!)).to.contain('Inner Mongolia as a whole grew 5.8% (derived)');
    });
  });

  describe('investment', () => {
    it('shows projects by size, agreed investment, funds in place and the Horinger signing in Chinese', async () => {
      const el = await mount<HohhotKeyFigures>(tag('investment', 'zh-CN'));
      const text = textOf(el);
      expect(cardText(cards(el)[0]!)).to.contain('430个');
      expect(text).to.contain('2024年新引进亿元以上项目');
      expect(text).to.contain('其中10亿元以上110个，100亿元以上15个');
      // The paper prints 8546亿元; Intl.NumberFormat groups the thousands for zh-CN.
      expect(text).to.contain('8546亿元');
      expect(text).to.contain('46.6%');
      expect(text).to.contain('85.55亿元');
      expect(text).to.contain('签约亿元以上项目10个');
      expect(text).to.contain('和林格尔新区');
      expect(cards(el)).to.have.length(4);
    });

    it('converts 亿元 in English', async () => {
      const el = await mount<HohhotKeyFigures>(tag('investment', 'en'));
      const text = textOf(el);
      expect(text).to.contain('430 projects');
      expect(text).to.contain('of which 110 projects of CNY 1 billion or more and 15 projects of CNY 10 billion or more');
      expect(text).to.contain('CNY 854.6 billion');
      expect(text).to.contain('46.6%');
      expect(text).to.contain('CNY 8.555 billion');
      expect(text).to.contain('10 projects of CNY 100 million or more');
      expect(text).to.contain('Horinger New Area, early 2025');
    });
  });

  describe('ecommerce', () => {
    it('shows the pilot zone’s trade as a lower bound, never as an exact value', async () => {
      const zh = await mount<HohhotKeyFigures>(tag('ecommerce', 'zh-CN'));
      const text = textOf(zh);
      expect(text).to.contain('超过12亿元');
      expect(text).not.to.match(/(?<!超过)12亿元/);
      expect(text).to.contain('184家');
      expect(text).to.contain('69家');
      expect(text).to.contain('此为下限');
      const en = await mount<HohhotKeyFigures>(tag('ecommerce', 'en'));
      const enText = textOf(en);
      expect(enText).to.contain('more than CNY 1.2 billion');
      expect(enText).not.to.match(/(?<!more than )CNY 1\.2 billion/);
      expect(enText).to.contain('184 enterprises');
      expect(enText).to.contain('69 enterprises');
      expect(enText).to.contain('A lower bound');
    });
  });

  describe('topics', () => {
    it('switches topic through the attribute', async () => {
      const el = await mount<HohhotKeyFigures>(tag('trade', 'en'));
      el.setAttribute('topic', 'investment');
      await settle(el);
      expect(textOf(el)).to.contain('CNY 854.6 billion');
      el.topic = 'ecommerce';
      await settle(el);
      expect(textOf(el)).to.contain('184 enterprises');
      expect(textOf(el)).not.to.contain('CNY 854.6 billion');
    });

    it('falls back to trade with exactly one warning on an unknown topic', async () => {
      const { el, warnings } = await mountWarnedOnce<HohhotKeyFigures>(
        html`<hohhot-key-figures lang="en" topic="weather"></hohhot-key-figures>`,
        'topic="weather"',
      );
      expect(el.topic).to.equal('trade');
      expect(textOf(el)).to.contain('CNY 22.67 billion');
      expect(warnings).to.have.length(1);
    });

    it('falls back with one warning on an unknown theme', async () => {
      const { el } = await mountWarnedOnce<HohhotKeyFigures>(html`<hohhot-key-figures theme="sepia"></hohhot-key-figures>`, 'theme="sepia"');
      expect(el.theme).to.equal('auto');
    });
  });

  describe('cards', () => {
    it('are a real list, labelled by the title, each card’s text in reading order', async () => {
      const el = await mount<HohhotKeyFigures>(tag('trade', 'zh-CN'));
      const list = $(el, 'ul.fc-list')!;
      expect(list.getAttribute('aria-labelledby')).to.equal('title');
      expect($(el, '#title')!.localName).to.equal('h2');
      expect([...list.children].every((c) => c.localName === 'li')).to.equal(true);
      expect(cardText(cards(el)[0]!)).to.equal('226.7亿元 2024年呼和浩特市进出口贸易值 同比增长17.3% 出处：论文二（一）');
      const first = cards(el)[0]!;
      expect([...first.children].map((c) => c.className)).to.deep.equal(['fc-value', 'fc-caption', 'fc-comparison', 'fc-source']);
      // The visual order is the DOM order: row by row, left to right.
      el.style.width = '1200px';
      await new Promise((r) => requestAnimationFrame(r));
      const boxes = cards(el).map((li) => li.getBoundingClientRect());
      for (let i = 1; i < boxes.length; i++) {
        const [a, b] = [boxes[i - 1]!, boxes[i]!];
        expect(b.top > a.top + 1 || (Math.abs(b.top - a.top) <= 1 && b.left > a.left)).to.equal(true);
      }
      for (const li of cards(el)) expect(getComputedStyle(li).order).to.equal('0');
    });

    it('use one to four columns by the widget’s own width', async () => {
      // A page wide enough for a 1200px widget (the host is max-width: 100%).
      await setViewport({ width: 1400, height: 900 });
      const el = await mount<HohhotKeyFigures>(tag('investment', 'en'));
      const at = async (width: string) => {
        el.style.width = width;
        await new Promise((r) => requestAnimationFrame(r));
        return columns(el);
      };
      expect(await at('320px')).to.equal(1);
      expect(await at('600px')).to.equal(2);
      expect(await at('800px')).to.equal(3);
      expect(await at('1200px')).to.equal(4);
      expect(await at('320px')).to.equal(1);

      // Five trade cards balance as 3 + 2; three e-commerce cards take three columns.
      el.topic = 'trade';
      await settle(el);
      expect(await at('1200px')).to.equal(3);
      el.topic = 'ecommerce';
      await settle(el);
      expect(await at('1200px')).to.equal(3);
      expect(await at('320px')).to.equal(1);
      // The viewport does not decide: a 320px widget on a wide page has one column.
      expect(window.innerWidth).to.be.at.least(1200);
    });

    it('do not scroll sideways at 320px', async () => {
      for (const lang of LANGS) {
        for (const topic of ['trade', 'investment', 'ecommerce']) {
          const el = await mount<HohhotKeyFigures>(tag(topic, lang));
          el.style.width = '320px';
          await new Promise((r) => requestAnimationFrame(r));
          const base = $(el, '.hw')!;
          expect(base.scrollWidth, `${topic} ${lang}`).to.be.at.most(base.clientWidth);
        }
      }
    });

    it('run no animation', async () => {
      const el = await mount<HohhotKeyFigures>(tag('trade', 'en'));
      expect(el.shadowRoot!.getAnimations()).to.have.length(0);
      expect(textOf(el)).to.contain('CNY 22.67 billion');
    });

    itEmulating('run no animation under emulated reduced motion', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const el = await mount<HohhotKeyFigures>(tag('trade', 'en'));
      expect(el.shadowRoot!.getAnimations()).to.have.length(0);
      expect(textOf(el)).to.contain('CNY 22.67 billion');
    });
  });

  describe('language', () => {
    it('follows its own lang and re-renders when it changes', async () => {
      const el = await mount<HohhotKeyFigures>(tag('ecommerce', 'zh-CN'));
      expect(textOf(el)).to.contain('超过12亿元');
      el.lang = 'en-GB';
      await settle(el);
      expect(textOf(el)).to.contain('more than CNY 1.2 billion');
      el.lang = 'zh-TW';
      await settle(el);
      expect(textOf(el)).to.contain('超过12亿元');
    });

    it('follows the document lang when it has none', async () => {
      const before = document.documentElement.lang;
      try {
        document.documentElement.lang = 'en';
        const el = await mount<HohhotKeyFigures>(html`<hohhot-key-figures topic="investment"></hohhot-key-figures>`);
        expect(textOf(el)).to.contain('CNY 854.6 billion');
        document.documentElement.lang = 'zh-CN';
        await settle(el);
        expect(textOf(el)).to.contain('8546亿元');
      } finally {
        document.documentElement.lang = before;
      }
    });
  });

  describe('theme', () => {
    it('applies light, dark and auto', async () => {
      const el = await mount<HohhotKeyFigures>(html`<hohhot-key-figures theme="light"></hohhot-key-figures>`);
      expect(el.getAttribute('data-hw-theme')).to.equal('light');
      const card = cards(el)[0]!;
      const lightCard = getComputedStyle(card).backgroundColor;
      el.theme = 'dark';
      await el.updateComplete;
      expect(el.getAttribute('data-hw-theme')).to.equal('dark');
      expect(getComputedStyle(card).backgroundColor).not.to.equal(lightCard);
      await expectAutoFollowsPageScheme(() => html`<hohhot-key-figures></hohhot-key-figures>`);
    });

    itEmulating('auto follows prefers-color-scheme where the page sets no color-scheme', async () => {
      const el = await mount<HohhotKeyFigures>(html`<hohhot-key-figures theme="light"></hohhot-key-figures>`);
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
    it('accepts a valid dataset of the current topic through `data`', async () => {
      const el = await mount<HohhotKeyFigures>(tag('trade', 'zh-CN'));
      const revised = structuredClone(trade2024);
      revised.total.value = 230.5;
      el.data = revised;
      await settle(el);
      expect(textOf(el)).to.contain('230.5亿元');
      expect($(el, '[role="alert"]')).to.equal(null);
      el.data = undefined;
      await settle(el);
      expect(textOf(el)).to.contain('226.7亿元');
    });

    it('rejects invalid data with a localised alert naming the field, and an error event', async () => {
      const el = await mount<HohhotKeyFigures>(tag('ecommerce', 'en'));
      const bad = structuredClone(ecommerce) as unknown as { trade: { bound: unknown } };
      bad.trade.bound = 'about';
      const alert = await expectInvalidData(el, bad, 'trade.bound', settle);
      expect(alert.textContent).to.contain('"more-than"');
      expect($(el, 'ul.fc-list')).to.equal(null);
      await expectAlertFollowsLang(el, settle);
    });

    it('takes `topic` and `data` in either order without a spurious error', async () => {
      const el = await mount<HohhotKeyFigures>(tag('trade', 'en'));
      const seen = errors(el);
      const revised = structuredClone(investment2024);
      revised.agreedInvestment.value = 9120;
      el.data = revised;
      el.topic = 'investment';
      await settle(el);
      expect(seen).to.have.length(0);
      expect(textOf(el)).to.contain('CNY 912.0 billion');
    });

    it('checks the given data again when the topic changes', async () => {
      const el = await mount<HohhotKeyFigures>(tag('investment', 'en'));
      const revised = structuredClone(investment2024);
      revised.agreedInvestment.value = 9120;
      el.data = revised;
      await settle(el);
      expect(textOf(el)).to.contain('CNY 912.0 billion');
      const seen = errors(el);
      el.topic = 'trade';
      await settle(el);
      expect(seen).to.have.length(1);
      expect(seen[0]!.detail.kind).to.equal('invalid-data');
      expect($(el, '[role="alert"]')!.textContent).to.match(/field “(year|origin|total)”/);
      el.topic = 'investment';
      await settle(el);
      expect($(el, '[role="alert"]')).to.equal(null);
      expect(textOf(el)).to.contain('CNY 912.0 billion');
      // Without data, a topic change shows the new topic's figures from the paper.
      el.data = null;
      el.topic = 'ecommerce';
      await settle(el);
      expect(textOf(el)).to.contain('more than CNY 1.2 billion');
      expect(seen).to.have.length(1);
    });

    it('loads a dataset from `src`, and fetches it again for a new topic', async () => {
      const el = await mount<HohhotKeyFigures>(
        html`<hohhot-key-figures lang="zh-CN" topic="investment" src=${await servedJson('key-figures-investment', keyFiguresInvestment())}></hohhot-key-figures>`,
      );
      expect(textOf(el)).to.contain('9120亿元');
      expect(textOf(el)).to.contain('51.2%');
      expect($(el, '[role="alert"]')).to.equal(null);
      const event = oneEvent(el, 'error');
      el.topic = 'ecommerce';
      const { detail } = (await event) as CustomEvent<WidgetErrorDetail>;
      await settle(el);
      expect(detail.kind).to.equal('invalid-data');
      expect($(el, '[role="alert"]')!.textContent).to.contain('trade');
    });

    itReportsBadSrc((lang, src) => html`<hohhot-key-figures lang=${lang} src=${src}></hohhot-key-figures>`, {
      missing: { lang: 'en', src: '/tests/fixtures/missing.json' },
      malformed: { lang: 'zh-CN' },
    });
  });

  describe('keyboard', () => {
    const around = (inner: ReturnType<typeof html>) =>
      html`<div><button id="before">before</button>${inner}<button id="after">after</button></div>`;

    it('puts nothing in the tab order when the figures cite no reference', async () => {
      for (const topic of ['trade', 'investment', 'ecommerce']) {
        const wrap = await fixture<HTMLDivElement>(around(html`<hohhot-key-figures topic=${topic}></hohhot-key-figures>`));
        const el = wrap.querySelector('hohhot-key-figures')!;
        await el.whenLoaded();
        wrap.querySelector<HTMLButtonElement>('#before')!.focus();
        await sendKeys({ press: 'Tab' });
        expect(document.activeElement!.id, topic).to.equal('after');
        expect($$(el, 'a, button, [tabindex]')).to.have.length(0);
      }
    });

    it('reaches reference marks with Tab, and Enter opens the reference', async () => {
      const data = structuredClone(trade2024);
      data.total.refs = [1];
      const wrap = await fixture<HTMLDivElement>(around(html`<hohhot-key-figures lang="en" .data=${data}></hohhot-key-figures>`));
      const el = wrap.querySelector('hohhot-key-figures')!;
      await settle(el);
      const mark = $(el, '.fc-source button.ref')!;
      expect(mark.getAttribute('data-ref')).to.equal('1');
      expect(mark.getAttribute('aria-label')).to.equal('Reference 1');
      wrap.querySelector<HTMLButtonElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(mark);
      await sendKeys({ press: 'Enter' });
      const note = await until(() => el.shadowRoot!.getElementById('hw-ref-note-1'), 'the note of reference 1');
      expect(note.matches(':popover-open')).to.equal(true);
      expect(note.textContent).to.include('祁晓燕. 去年呼和浩特市进出口贸易实现总量');
    });
  });

  describe('accessibility', () => {
    for (const topic of ['trade', 'investment', 'ecommerce']) {
      itHasNoAxeViolations((lang, theme) => html`<hohhot-key-figures topic=${topic} lang=${lang} theme=${theme}></hohhot-key-figures>`, {
        prefix: [topic],
      });
    }
    itHasNoAxeViolationsShowingAnError(() => tag('trade', 'en'), settle);
  });
});

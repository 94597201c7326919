import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, itEmulating, resetMedia, sendKeys, withPrintRules } from './commands.js';
import '../src/define/strategy-checklist.js';
import {
  STRATEGY_CHECKLIST_STORAGE_KEY,
  type StrategyChecklist,
  type StrategyChecklistChangeDetail,
  type StrategyChecklistNoteDetail,
  type StrategyChecklistResetDetail,
} from '../src/components/strategy-checklist/strategy-checklist.js';
import { strategies, type StrategiesDataset } from '../src/data/index.js';
import type { WidgetErrorDetail } from '../src/core/util/events.js';
import { storageKeyFor } from '../src/core/util/storage.js';
import { $, $$, button, captureWarnings, mount, textOf, csvSource, csvDownload, servedJson } from './helpers.js';
import { strategiesPolicyOnly, tradeRevised } from './fixtures/datasets.js';
import {
  cross,
  expectAlertFollowsLang,
  expectInvalidData,
  itHasNoAxeViolations,
  itHasNoAxeViolationsShowingAnError,
  itReportsBadSrc,
  mountWarnedOnce,
  expectAutoFollowsPageScheme,
  nextRender as settle,
} from './contract.js';

// Every test gets its own storage key, so that ticks never leak between tests.
let counter = 0;
const freshKey = () => `test:strategy-checklist:${++counter}`;

const tag = (lang = 'zh-CN', key = freshKey()) =>
  html`<strategy-checklist lang=${lang} storage-key=${key}></strategy-checklist>`;

const checkboxes = (el: Element) => $$(el, 'input[type="checkbox"]') as HTMLInputElement[];
const checkbox = (el: Element, id: string) => $(el, `li[data-id="${id}"] input[type="checkbox"]`) as HTMLInputElement;
const noteField = (el: Element, id: string) => $(el, `li[data-id="${id}"] textarea`) as HTMLTextAreaElement;
const overall = (el: Element) => $(el, '#overall-text')!.textContent.trim();
/** What is stored for a `storage-key` (under the library's prefix). */
const stored = (key: string) => JSON.parse(localStorage.getItem(storageKeyFor(key)) ?? 'null') as { done: string[]; notes: Record<string, string> } | null;

/** A small dataset of the same shape, typed out so that the exports can be compared exactly. */
const small: StrategiesDataset = {
  strategies: [
    {
      id: 's1',
      label: { zh: '策略甲', en: 'Strategy A' },
      section: '3.1',
      refs: [],
      measures: [
        {
          id: 'a1',
          label: { zh: '措施一', en: 'Measure one' },
          description: { zh: '说明一。', en: 'First description.' },
          examples: { zh: '例子一。', en: 'First example.' },
          section: '3.1',
          refs: [6],
        },
        {
          id: 'a2',
          label: { zh: '措施二', en: 'Measure two' },
          description: { zh: '说明二，含"引号"。', en: 'Second description, with "quotes".' },
          section: '3.1',
          refs: [],
        },
      ],
    },
  ],
};

const allMeasures = strategies.strategies.flatMap((s) => s.measures);

describe('<strategy-checklist>', () => {
  beforeEach(() => {
    localStorage.clear();
  });
  afterEach(async () => {
    await resetMedia({ media: 'screen', colorScheme: 'light', reducedMotion: 'no-preference' });
  });

  describe('content', () => {
    it('shows all five strategies and every measure with its description and examples in Chinese', async () => {
      const el = await mount<StrategyChecklist>(tag('zh-CN'));
      const sections = $$(el, '[part="strategy"]');
      expect(sections).to.have.length(strategies.strategies.length);
      expect(sections).to.have.length(5);
      strategies.strategies.forEach((st, i) => {
        expect(sections[i]!.querySelector('h3')!.textContent).to.contain(st.label.zh);
        const items = [...sections[i]!.querySelectorAll('li.measure')];
        expect(items).to.have.length(st.measures.length);
        st.measures.forEach((m, j) => {
          const text = items[j]!.textContent.replace(/\s+/g, ' ');
          expect(text).to.contain(m.label.zh);
          expect(text).to.contain(m.description!.zh);
          if (m.examples) expect(text).to.contain(`例如：${m.examples.zh}`);
        });
      });
      expect($$(el, 'li.measure')).to.have.length(14);
      const text = textOf(el);
      // The paper's own words, as printed.
      for (const s of [
        '三（一）深化与周边城市的产业合作',
        '三（二）加强区域交通与物流体系建设',
        '三（三）推动跨境电商与国际贸易发展',
        '三（四）积极参与“一带一路”及中蒙俄经济走廊建设',
        '三（五）构建开放合作的区域政策环境',
        '加快呼包鄂乌高铁和高速公路的建设',
        '推动中欧班列、航空货运等多种运输方式的有机衔接',
        '推行“一网通办”、“最多跑一次”等服务',
        '论文第三部分提出5项策略、13项编号措施，另有1项未编号的措施。',
      ]) {
        expect(text).to.contain(s);
      }
      // The library's notes on how the paper states a measure are shown.
      expect(text).to.contain('原文此项未单独编号');
      expect(text).to.contain('句末似有脱字');
    });

    it('shows the same content in English', async () => {
      const el = await mount<StrategyChecklist>(tag('en'));
      const items = $$(el, 'li.measure');
      allMeasures.forEach((m, i) => {
        const text = items[i]!.textContent.replace(/\s+/g, ' ');
        expect(text).to.contain(m.label.en);
        expect(text).to.contain(m.description!.en);
        if (m.examples) expect(text).to.contain(`For example: ${m.examples.en}`);
      });
      const text = textOf(el);
      for (const s of [
        '3.1 Deepen industrial cooperation with neighbouring cities',
        '3.4 Take an active part in the Belt and Road Initiative and the China–Mongolia–Russia Economic Corridor',
        'China–Europe Railway Express',
        'Section 3 of the paper proposes 5 strategies with 13 numbered measures and one more without a number.',
        'Overall: 0 of 14 measures done',
      ]) {
        expect(text).to.contain(s);
      }
      expect(text).not.to.match(/[\u4e00-\u9fff]/);
    });

    it('gives each measure its section and reference marks, and ends with a source line for section 三', async () => {
      const el = await mount<StrategyChecklist>(tag('zh-CN'));
      const layout = $(el, 'li[data-id="optimise-layout"] .meta')!;
      expect(layout.textContent.replace(/\s+/g, ' ')).to.contain('出处：三（一）；参考文献 [6]');
      const link = layout.querySelector('button.ref')!;
      expect(link.getAttribute('data-ref')).to.equal('6');
      expect(link.getAttribute('aria-label')).to.equal('参考文献 6');
      expect($(el, 'li[data-id="transport-infrastructure"] .meta button.ref')!.getAttribute('data-ref')).to.equal('7');
      expect($(el, 'li[data-id="people-to-people"] .meta button.ref')!.getAttribute('data-ref')).to.equal('9');
      expect($(el, 'li[data-id="multimodal"] .meta')!.textContent.trim()).to.equal('出处：三（二）');
      expect($(el, 'li[data-id="multimodal"] .meta button.ref')).to.equal(null);

      const source = $(el, '[part="source"]')!;
      expect(source.textContent).to.contain('李建宏');
      expect(source.textContent).to.contain('呼和浩特区域互补合作与开放经济新格局构建策略研究');
      expect(source.textContent.replace(/\s+/g, ' ')).to.contain('，三；参考文献 [6] [7] [9]');
      expect([...source.querySelectorAll('button.ref')].map((a) => a.getAttribute('data-ref'))).to.deep.equal(['6', '7', '9']);

      el.lang = 'en';
      await settle(el);
      expect($(el, 'li[data-id="optimise-layout"] .meta')!.textContent.replace(/\s+/g, ' ')).to.contain('Source: section 3.1; reference [6]');
      expect($(el, '[part="source"]')!.textContent.replace(/\s+/g, ' ')).to.contain('section 3; references [6] [7] [9]');
    });

    it('falls back with one warning on an unknown theme', async () => {
      const { el } = await mountWarnedOnce<StrategyChecklist>(
        html`<strategy-checklist theme="sepia" storage-key=${freshKey()}></strategy-checklist>`,
        'theme="sepia"',
      );
      expect(el.theme).to.equal('auto');
    });
  });

  describe('language and theme', () => {
    it("follows the element's own lang and keeps the ticks", async () => {
      const el = await mount<StrategyChecklist>(tag('zh-CN'));
      checkbox(el, 'optimise-layout').click();
      await el.updateComplete;
      expect(overall(el)).to.equal('总进度：已完成 1/14 项措施');
      el.lang = 'en';
      await settle(el);
      expect(overall(el)).to.equal('Overall: 1 of 14 measures done');
      expect(textOf(el)).to.contain('Optimise the industrial layout');
      expect(checkbox(el, 'optimise-layout').checked).to.equal(true);
      expect(el.value).to.deep.equal(['optimise-layout']);
    });

    it("follows the document's lang", async () => {
      const original = document.documentElement.lang;
      const el = await mount<StrategyChecklist>(html`<strategy-checklist storage-key=${freshKey()}></strategy-checklist>`);
      try {
        document.documentElement.lang = 'zh-CN';
        await settle(el);
        expect(textOf(el)).to.contain('深化与周边城市的产业合作');
        checkbox(el, 'multimodal').click();
        document.documentElement.lang = 'en';
        await settle(el);
        expect(textOf(el)).to.contain('Deepen industrial cooperation with neighbouring cities');
        expect(checkbox(el, 'multimodal').checked).to.equal(true);
      } finally {
        document.documentElement.lang = original;
      }
    });

    it('applies light, dark and auto themes', async () => {
      const el = await mount<StrategyChecklist>(html`<strategy-checklist theme="light" storage-key=${freshKey()}></strategy-checklist>`);
      expect(el.getAttribute('data-hw-theme')).to.equal('light');
      const lightBg = getComputedStyle(el).backgroundColor;
      el.theme = 'dark';
      await el.updateComplete;
      expect(el.getAttribute('data-hw-theme')).to.equal('dark');
      expect(getComputedStyle(el).backgroundColor).not.to.equal(lightBg);
      await expectAutoFollowsPageScheme(() => html`<strategy-checklist storage-key=${freshKey()}></strategy-checklist>`);
    });

    itEmulating('auto follows prefers-color-scheme where the page sets no color-scheme', async () => {
      const el = await mount<StrategyChecklist>(html`<strategy-checklist theme="light" storage-key=${freshKey()}></strategy-checklist>`);
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
    it('accepts a valid dataset through `data`', async () => {
      const el = await mount<StrategyChecklist>(tag('en'));
      el.data = small;
      await el.updateComplete;
      expect($$(el, '[part="strategy"]')).to.have.length(1);
      expect(checkboxes(el)).to.have.length(2);
      expect(overall(el)).to.equal('Overall: 0 of 2 measures done');
      expect($(el, '[role="alert"]')).to.equal(null);
      el.data = undefined;
      await el.updateComplete;
      expect(checkboxes(el)).to.have.length(14);
    });

    it('rejects invalid data with a localised alert naming the field, and an error event', async () => {
      const el = await mount<StrategyChecklist>(tag('en'));
      const bad = structuredClone(strategies) as unknown as { strategies: { measures: unknown }[] };
      bad.strategies[1]!.measures = [];
      await expectInvalidData(el, bad, 'strategies.1.measures');
      expect(checkboxes(el)).to.have.length(0);

      await expectAlertFollowsLang(el, settle);
    });

    it('loads a dataset from `src`', async () => {
      const el = await mount<StrategyChecklist>(
        html`<strategy-checklist lang="zh-CN" storage-key=${freshKey()} src=${await servedJson('strategy-checklist-policy', strategiesPolicyOnly())}></strategy-checklist>`,
      );
      expect($(el, '[role="alert"]')).to.equal(null);
      expect(checkboxes(el)).to.have.length(2);
      expect(textOf(el)).to.contain('三（五）构建开放合作的区域政策环境');
      expect(overall(el)).to.equal('总进度：已完成 0/2 项措施');
    });

    itReportsBadSrc((lang, src) => html`<strategy-checklist lang=${lang} storage-key=${freshKey()} src=${src}></strategy-checklist>`, {
      missing: { lang: 'en', src: '/tests/fixtures/missing.json' },
      malformed: { lang: 'en' },
    });

    it('says when `src` is JSON of another shape', async () => {
      const el = await fixture<StrategyChecklist>(
        html`<strategy-checklist lang="en" storage-key=${freshKey()} src=${await servedJson('trade-2024-revised', tradeRevised())}></strategy-checklist>`,
      );
      const { detail } = await oneEvent<CustomEvent<WidgetErrorDetail>>(el, 'error');
      await el.whenLoaded();
      expect(detail.kind).to.equal('invalid-data');
      expect($(el, '[role="alert"]')!.textContent).to.contain('strategies');
    });
  });

  describe('ticking', () => {
    itEmulating('forced colours: the progress bars keep their fill, in Highlight on Canvas', async () => {
      const el = await mount<StrategyChecklist>(html`<strategy-checklist lang="en" storage-key=${freshKey()}></strategy-checklist>`);
      checkbox(el, 'optimise-layout').click();
      await el.updateComplete;
      await emulateMedia({ forcedColors: 'active' });
      try {
        const bar = $(el, '.overall progress')!;
        const probe = document.createElement('div');
        probe.style.setProperty('forced-color-adjust', 'none');
        document.body.append(probe);
        const system = (colour: string) => (probe.style.setProperty('background-color', colour), getComputedStyle(probe).backgroundColor);
        const highlight = system('Highlight');
        const canvas = system('Canvas');
        probe.remove();
        expect(getComputedStyle(bar).forcedColorAdjust).to.equal('none');
        expect(getComputedStyle(bar).backgroundColor, 'the track').to.equal(canvas);
        // The fill's pseudo-element has no computed style to read: its forced-colours rule instead.
        const forced = el.shadowRoot!.adoptedStyleSheets
          .flatMap((sheet) => [...sheet.cssRules])
          .filter((r): r is CSSMediaRule => r instanceof CSSMediaRule && r.media.mediaText.includes('forced-colors'))
          .flatMap((r) => [...r.cssRules].map((x) => x.cssText));
        // (This engine keeps only its own pseudo-element's rule.)
        expect(forced.some((rule) => rule.startsWith('progress::-webkit-progress-value') && /background(-color)?: highlight/i.test(rule))).to.equal(true);
        expect(highlight).not.to.equal(canvas);
      } finally {
        await emulateMedia({ forcedColors: 'none' });
      }
    });

    it('is reached with Tab and ticked with Space, and the progress follows', async () => {
      const wrap = await fixture<HTMLDivElement>(
        html`<div><button>before</button><strategy-checklist lang="en" storage-key=${freshKey()}></strategy-checklist></div>`,
      );
      const el = wrap.querySelector('strategy-checklist')!;
      await el.updateComplete;
      wrap.querySelector('button')!.focus();
      let presses = 0;
      while (!el.shadowRoot!.activeElement?.matches('input[type="checkbox"]') && presses < 10) {
        await sendKeys({ press: 'Tab' });
        presses++;
      }
      const box = el.shadowRoot!.activeElement as HTMLInputElement;
      expect(box).to.equal(checkbox(el, 'optimise-layout'));
      expect(presses).to.equal(4); // Copy, Download CSV, Reset…, then the first measure
      const change = oneEvent(el, 'hw-change');
      await sendKeys({ press: ' ' }); // Space
      const { detail } = (await change) as CustomEvent<StrategyChecklistChangeDetail>;
      await el.updateComplete;
      expect(box.checked).to.equal(true);
      expect(detail).to.deep.equal({ id: 'optimise-layout', checked: true, done: 1, total: 14 });
      expect(overall(el)).to.equal('Overall: 1 of 14 measures done');
      expect($(el, '#s0-p')!.textContent).to.equal('1 of 3 done');
      expect(($(el, '[part="strategy"] progress') as HTMLProgressElement).value).to.equal(1);
      expect(($(el, '.overall progress') as HTMLProgressElement).max).to.equal(14);
      // The status says the progress once: the bars, drawings of the counts beside them, are not
      // read (a screen reader would speak a bar's new percentage first).
      expect($$(el, 'progress').every((p) => p.getAttribute('aria-hidden') === 'true')).to.equal(true);
      expect($(el, '[aria-live="polite"]')!.textContent).to.equal('Overall: 1 of 14 measures done');
      expect($(el, 'li[data-id="optimise-layout"]')!.classList.contains('done')).to.equal(true);
      await sendKeys({ press: ' ' }); // Space
      await el.updateComplete;
      expect(box.checked).to.equal(false);
      expect($(el, '#s0-p')!.textContent).to.equal('0 of 3 done');
    });

    it('fires a bubbling, composed `hw-change` with the id, state and progress', async () => {
      const el = await mount<StrategyChecklist>(tag('zh-CN'));
      const seen: CustomEvent<StrategyChecklistChangeDetail>[] = [];
      const listener = (e: Event) => seen.push(e as CustomEvent<StrategyChecklistChangeDetail>);
      document.addEventListener('hw-change', listener);
      try {
        checkbox(el, 'multimodal').click();
        checkbox(el, 'policy-support').click();
        checkbox(el, 'multimodal').click();
      } finally {
        document.removeEventListener('hw-change', listener);
      }
      // Only the widget's own events reach the page (the inner checkbox's native change does not leave the shadow root).
      expect(seen).to.have.length(3);
      expect(seen.every((e) => e.bubbles && e.composed && e.target === el)).to.equal(true);
      expect(seen.map((e) => e.detail)).to.deep.equal([
        { id: 'multimodal', checked: true, done: 1, total: 14 },
        { id: 'policy-support', checked: true, done: 2, total: 14 },
        { id: 'multimodal', checked: false, done: 1, total: 14 },
      ]);
    });

    it('an enclosing <form> hears no `change` from the checklist: its event is `hw-change`', async () => {
      const form = await fixture<HTMLFormElement>(html`<form>${tag('en')}</form>`);
      const el = form.querySelector('strategy-checklist') as StrategyChecklist;
      await el.updateComplete;
      const seen: string[] = [];
      form.addEventListener('change', (e) => seen.push(e.type));
      form.addEventListener('hw-change', (e) => seen.push(`${e.type}: ${e.detail.id}`));
      checkbox(el, 'multimodal').click();
      await el.updateComplete;
      expect(seen).to.deep.equal(['hw-change: multimodal']);
    });

    it('exposes the ticked ids as `value`, and setting it updates checkboxes, progress and storage', async () => {
      const key = freshKey();
      const el = await mount<StrategyChecklist>(tag('en', key));
      expect(el.value).to.deep.equal([]);
      checkbox(el, 'policy-support').click();
      checkbox(el, 'optimise-layout').click();
      await el.updateComplete;
      expect(el.value).to.deep.equal(['optimise-layout', 'policy-support']); // in the order of the list

      let fired = 0;
      el.addEventListener('hw-change', () => fired++);
      const warnings = await captureWarnings(async () => {
        el.value = ['multimodal', 'no-such-measure', 'people-to-people', 'another-unknown'];
        await el.updateComplete;
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('"no-such-measure"');
      expect(warnings[0]).to.contain('"another-unknown"');
      expect(fired).to.equal(0);
      expect(el.value).to.deep.equal(['multimodal', 'people-to-people']);
      expect(checkboxes(el).filter((c) => c.checked).map((c) => c.closest('li')!.dataset.id)).to.deep.equal(['multimodal', 'people-to-people']);
      expect(checkbox(el, 'policy-support').checked).to.equal(false);
      expect(overall(el)).to.equal('Overall: 2 of 14 measures done');
      expect($(el, '#s1-p')!.textContent).to.equal('1 of 3 done');
      expect(stored(key)!.done.sort()).to.deep.equal(['multimodal', 'people-to-people']);

      const none = await captureWarnings(async () => {
        el.value = [];
        await el.updateComplete;
      });
      expect(none).to.have.length(0);
      expect(checkboxes(el).some((c) => c.checked)).to.equal(false);
      expect(overall(el)).to.equal('Overall: 0 of 14 measures done');
    });

    it('accepts `value` set before the element is connected', async () => {
      const key = freshKey();
      const el = document.createElement('strategy-checklist');
      el.storageKey = key;
      el.lang = 'en';
      el.value = ['business-environment'];
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      host.append(el);
      await el.updateComplete;
      expect(checkbox(el, 'business-environment').checked).to.equal(true);
      expect(stored(key)!.done).to.deep.equal(['business-environment']);
    });
  });

  describe('storage', () => {
    it('keeps ticks and notes across a reload (a new element with the same storage-key)', async () => {
      const key = freshKey();
      const wrap = await fixture<HTMLDivElement>(html`<div><strategy-checklist lang="zh-CN" notes storage-key=${key}></strategy-checklist></div>`);
      let el = wrap.firstElementChild as StrategyChecklist;
      await el.updateComplete;
      checkbox(el, 'extend-chains').click();
      checkbox(el, 'leading-enterprises').click();
      noteField(el, 'extend-chains').focus();
      await sendKeys({ type: '第三周讨论' });
      // The note is stored when the field is left (`change`), not on every keystroke.
      noteField(el, 'extend-chains').blur();
      await el.updateComplete;
      expect(stored(key)).to.deep.equal({ done: ['extend-chains', 'leading-enterprises'], notes: { 'extend-chains': '第三周讨论' } });

      el.remove();
      el = document.createElement('strategy-checklist');
      el.setAttribute('storage-key', key);
      el.setAttribute('notes', '');
      el.lang = 'en';
      wrap.append(el);
      await el.updateComplete;
      expect(el.value).to.deep.equal(['extend-chains', 'leading-enterprises']);
      expect(checkbox(el, 'extend-chains').checked).to.equal(true);
      expect(noteField(el, 'extend-chains').value).to.equal('第三周讨论');
      expect(overall(el)).to.equal('Overall: 2 of 14 measures done');

      // Another key is another list.
      const other = await mount<StrategyChecklist>(tag('en'));
      expect(other.value).to.deep.equal([]);
      // Switching the key of a live element loads that list.
      other.storageKey = key;
      await other.updateComplete;
      expect(other.value).to.deep.equal(['extend-chains', 'leading-enterprises']);
    });

    it('uses a stable default key', async () => {
      const el = await mount<StrategyChecklist>(html`<strategy-checklist></strategy-checklist>`);
      expect(el.storageKey).to.equal('hohhot-widgets:strategy-checklist');
      expect(STRATEGY_CHECKLIST_STORAGE_KEY).to.equal('hohhot-widgets:strategy-checklist');
      checkbox(el, 'multimodal').click();
      expect(stored('hohhot-widgets:strategy-checklist')!.done).to.deep.equal(['multimodal']);
    });

    it('ignores unreadable stored data', async () => {
      const key = freshKey();
      localStorage.setItem(key, '{not json');
      const el = await mount<StrategyChecklist>(tag('en', key));
      expect(el.value).to.deep.equal([]);
      expect($(el, '[role="alert"]')).to.equal(null);
      checkbox(el, 'multimodal').click();
      expect(stored(key)!.done).to.deep.equal(['multimodal']);
    });
  });

  describe('notes', () => {
    it('gives each measure a labelled note field whose text is stored with the ticks', async () => {
      const key = freshKey();
      const el = await mount<StrategyChecklist>(html`<strategy-checklist lang="en" notes storage-key=${key}></strategy-checklist>`);
      const fields = $$(el, 'textarea');
      expect(fields).to.have.length(14);
      const field = noteField(el, 'optimise-layout');
      const label = el.shadowRoot!.querySelector(`label[for="${field.id}"]`)!;
      expect(label.textContent.replace(/\s+/g, ' ').trim()).to.equal('Notes on “Optimise the industrial layout”');
      field.value = 'Ask the Baotou group';
      field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      field.dispatchEvent(new Event('change', { bubbles: true }));
      await el.updateComplete;
      expect(stored(key)!.notes).to.deep.equal({ 'optimise-layout': 'Ask the Baotou group' });
      field.value = '';
      field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      field.dispatchEvent(new Event('change', { bubbles: true }));
      expect(stored(key)!.notes).to.deep.equal({});
    });

    it('fires `hw-note` when the reader leaves a changed note field, not while typing', async () => {
      const el = await mount<StrategyChecklist>(html`<strategy-checklist lang="en" notes storage-key=${freshKey()}></strategy-checklist>`);
      const seen: StrategyChecklistNoteDetail[] = [];
      el.addEventListener('hw-note', (e) => seen.push(e.detail));
      const field = noteField(el, 'policy-support');
      field.focus();
      await sendKeys({ type: 'Week 4' });
      expect(seen, 'typing').to.deep.equal([]);
      expect(el.noteValues, 'typed text is readable before the field is left').to.deep.equal({ 'policy-support': 'Week 4' });
      field.blur();
      await el.updateComplete;
      expect(seen).to.deep.equal([{ id: 'policy-support', note: 'Week 4' }]);
      field.value = '';
      field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      field.dispatchEvent(new Event('change', { bubbles: true }));
      expect(seen.at(-1)).to.deep.equal({ id: 'policy-support', note: '' });
      expect(el.noteValues).to.deep.equal({});
    });

    it('exposes the notes as `noteValues`; setting it fills the fields and storage, ignoring unknown ids with one warning', async () => {
      const key = freshKey();
      const el = await mount<StrategyChecklist>(html`<strategy-checklist lang="en" notes storage-key=${key}></strategy-checklist>`);
      expect(el.noteValues).to.deep.equal({});
      let fired = 0;
      el.addEventListener('hw-note', () => fired++);
      const warnings = await captureWarnings(async () => {
        el.noteValues = { multimodal: '多式联运', 'no-such-measure': 'x', 'policy-support': 7 as unknown as string };
        await el.updateComplete;
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('"no-such-measure"').and.contain('"policy-support"');
      expect(fired).to.equal(0);
      expect(el.noteValues).to.deep.equal({ multimodal: '多式联运' });
      expect(noteField(el, 'multimodal').value).to.equal('多式联运');
      expect(noteField(el, 'policy-support').value).to.equal('');
      expect(stored(key)!.notes).to.deep.equal({ multimodal: '多式联运' });
      // Replaces, not merges; null clears; a value that is not an object is refused with a warning.
      el.noteValues = { 'policy-support': 'B' };
      await el.updateComplete;
      expect(el.noteValues).to.deep.equal({ 'policy-support': 'B' });
      expect(noteField(el, 'multimodal').value).to.equal('');
      const bad = await captureWarnings(async () => {
        el.noteValues = 'B' as unknown as Record<string, string>;
        await el.updateComplete;
      });
      expect(bad).to.have.length(1);
      expect(bad[0]).to.contain('noteValues');
      expect(el.noteValues, 'kept').to.deep.equal({ 'policy-support': 'B' });
      el.noteValues = { multimodal: 'C' };
      el.noteValues = null;
      await el.updateComplete;
      expect(el.noteValues).to.deep.equal({});
      expect(stored(key)!.notes).to.deep.equal({});
      expect(el.value, 'ticks are left alone').to.deep.equal([]);
    });

    it('has no note fields without `notes`', async () => {
      const el = await mount<StrategyChecklist>(tag('en'));
      expect($$(el, 'textarea')).to.have.length(0);
    });
  });

  describe('export', () => {
    const prepared = async (lang: string) => {
      const el = await mount<StrategyChecklist>(html`<strategy-checklist lang=${lang} notes storage-key=${freshKey()}></strategy-checklist>`);
      el.data = small;
      await el.updateComplete;
      checkbox(el, 'a1').click();
      const field = noteField(el, 'a1');
      field.value = lang === 'en' ? 'Week 3\nagain' : '第三周\n再讨论';
      field.dispatchEvent(new Event('input'));
      await el.updateComplete;
      return el;
    };

    it('writes exactly this Markdown in Chinese', async () => {
      const el = await prepared('zh-CN');
      expect(el.markdown).to.equal(
        [
          '# 呼和浩特区域互补合作与开放经济新格局构建策略清单',
          '',
          '总进度：已完成 1/2 项措施',
          '',
          '## 三（一）策略甲',
          '',
          '已完成 1/2',
          '',
          '- [x] **措施一**：说明一。例如：例子一。（三（一）；参考文献 [6]）',
          '  笔记：第三周',
          '  再讨论',
          '- [ ] **措施二**：说明二，含"引号"。（三（一））',
          '',
          '来源：李建宏《呼和浩特区域互补合作与开放经济新格局构建策略研究》，三；参考文献 [6]。',
          '',
        ].join('\n'),
      );
    });

    it('writes exactly this Markdown and CSV in English', async () => {
      const el = await prepared('en');
      expect(el.markdown).to.equal(
        [
          "# Checklist: Hohhot's strategies for regional cooperation and an open economy",
          '',
          'Overall: 1 of 2 measures done',
          '',
          '## 3.1 Strategy A',
          '',
          '1 of 2 done',
          '',
          '- [x] **Measure one**: First description. For example: First example. (section 3.1; reference [6])',
          '  Notes: Week 3',
          '  again',
          '- [ ] **Measure two**: Second description, with "quotes". (section 3.1)',
          '',
          'Source: Li Jianhong, “Research on the Construction Strategy of Regional Complementary Cooperation and Open Economy in Hohhot”, section 3; reference [6].',
          '',
        ].join('\n'),
      );
      expect(el.csv).to.equal(
        '\ufeffID,Strategy,Measure,Section,References,Status,Notes\r\n' +
          'a1,Strategy A,Measure one,3.1,[6],done,"Week 3\nagain"\r\n' +
          'a2,Strategy A,Measure two,3.1,,not done,\r\n' +
          csvSource(el),
      );
    });

    it('writes the paper’s measures, with their examples, into the Markdown of the full list', async () => {
      const el = await mount<StrategyChecklist>(tag('zh-CN'));
      el.value = ['optimise-layout'];
      const lines = el.markdown.split('\n');
      expect(lines).to.include(
        '- [x] **优化产业布局**：根据呼和浩特与周边城市的资源禀赋、产业基础和市场需求，合理规划产业布局，避免同质化竞争，实现错位发展。例如：呼和浩特可以重点发展食品加工、电子信息技术、新材料和现代装备制造等优势产业，同时与包头、鄂尔多斯等城市在钢铁、铝业、煤炭、化工等领域开展产业链上下游的合作。（三（一）；参考文献 [6]）',
      );
      expect(lines).to.include('- [ ] **加强产业协同创新**：鼓励企业、高校和科研机构开展产学研合作，共同攻克关键技术和共性技术难题。通过协同创新，提升区域产业的整体竞争力。（三（一））');
      expect(lines.filter((l) => l.startsWith('- ['))).to.have.length(14);
      expect(lines.filter((l) => l.startsWith('## '))).to.have.length(5);
      expect(lines).to.include('来源：李建宏《呼和浩特区域互补合作与开放经济新格局构建策略研究》，三；参考文献 [6] [7] [9]。');
      expect(el.csv.split('\r\n')).to.have.length(17); // header, 14 measures, source, final empty
      expect(el.csv.split('\r\n')[1]).to.equal('optimise-layout,深化与周边城市的产业合作,优化产业布局,三（一）,[6],已完成');
    });

    it('copies the Markdown to the clipboard and says so', async () => {
      const el = await prepared('en');
      let copied: string | undefined;
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: async (text: string) => void (copied = text) },
      });
      try {
        button(el, 'Copy as Markdown').click();
        await new Promise((r) => setTimeout(r, 20));
        await el.updateComplete;
      } finally {
        delete (navigator as unknown as Record<string, unknown>).clipboard;
      }
      expect(copied).to.equal(el.markdown);
      expect($(el, '[role="status"]')!.textContent).to.equal('The checklist has been copied to the clipboard as Markdown.');
      expect($(el, '#fallback-text')).to.equal(null);
    });

    it('shows the text selected for copying when the clipboard is unavailable', async () => {
      const el = await prepared('zh-CN');
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: undefined });
      let ok: boolean;
      try {
        ok = await el.copyMarkdown();
      } finally {
        delete (navigator as unknown as Record<string, unknown>).clipboard;
      }
      expect(ok).to.equal(false);
      const box = $(el, '#fallback-text') as HTMLTextAreaElement;
      expect(box.value).to.equal(el.markdown);
      expect(el.shadowRoot!.activeElement).to.equal(box);
      expect(box.selectionStart).to.equal(0);
      expect(box.selectionEnd).to.equal(box.value.length);
      expect($(el, '[role="status"]')!.textContent).to.contain('无法访问剪贴板');
      await expect(el).to.be.accessible();
      button(el, '关闭').click();
      await el.updateComplete;
      expect($(el, '#fallback-text')).to.equal(null);
    });

    it('shows the fallback when the clipboard refuses', async () => {
      const el = await prepared('en');
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
      });
      try {
        expect(await el.copyMarkdown()).to.equal(false);
      } finally {
        delete (navigator as unknown as Record<string, unknown>).clipboard;
      }
      expect(($(el, '#fallback-text') as HTMLTextAreaElement).value).to.equal(el.markdown);
    });

    it('downloads the CSV of measures, status and notes', async () => {
      const el = await prepared('en');
      const text = await csvDownload(el);
      expect(text).to.equal(el.csv);
      expect(text).to.contain('a1,Strategy A,Measure one,3.1,[6],done,"Week 3\nagain"');
    });
  });

  describe('reset', () => {
    it('asks first: cancel keeps the ticks, confirm clears them and the storage', async () => {
      const key = freshKey();
      const el = await mount<StrategyChecklist>(html`<strategy-checklist lang="en" notes storage-key=${key}></strategy-checklist>`);
      el.value = ['optimise-layout', 'multimodal'];
      const field = noteField(el, 'multimodal');
      field.value = 'Follow up';
      field.dispatchEvent(new Event('input'));
      await el.updateComplete;

      button(el, 'Reset…').click();
      await el.updateComplete;
      await new Promise((r) => setTimeout(r));
      const dialog = $(el, '.confirm')!;
      expect(dialog.getAttribute('role')).to.equal('group');
      expect(dialog.textContent).to.contain('Clear all ticks and notes of this checklist? This cannot be undone.');
      expect(button(el, 'Reset…').getAttribute('aria-expanded')).to.equal('true');
      expect(el.shadowRoot!.activeElement).to.equal(button(el, 'Cancel'));

      button(el, 'Cancel').click();
      await el.updateComplete;
      await new Promise((r) => setTimeout(r));
      expect($(el, '.confirm')).to.equal(null);
      expect(el.value).to.deep.equal(['optimise-layout', 'multimodal']);
      expect(stored(key)!.done).to.have.length(2);
      expect(el.shadowRoot!.activeElement).to.equal(button(el, 'Reset…'));

      // Escape cancels too.
      button(el, 'Reset…').click();
      await el.updateComplete;
      await new Promise((r) => setTimeout(r));
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect($(el, '.confirm')).to.equal(null);
      expect(el.value).to.have.length(2);

      button(el, 'Reset…').click();
      await el.updateComplete;
      const reset = oneEvent(el, 'hw-reset');
      button(el, 'Clear all').click();
      const { detail } = (await reset) as CustomEvent<StrategyChecklistResetDetail>;
      await el.updateComplete;
      expect(detail).to.deep.equal({ done: 0, total: 14 });
      expect(el.value).to.deep.equal([]);
      expect(checkboxes(el).some((c) => c.checked)).to.equal(false);
      expect(noteField(el, 'multimodal').value).to.equal('');
      expect(overall(el)).to.equal('Overall: 0 of 14 measures done');
      expect(localStorage.getItem(key)).to.equal(null);
      expect($(el, '[role="status"]')!.textContent).to.equal('All ticks and notes have been cleared.');
    });
  });

  describe('readonly', () => {
    it('is a reading list without checkboxes, progress, notes or reset', async () => {
      const key = freshKey();
      localStorage.setItem(key, JSON.stringify({ done: ['multimodal'], notes: { multimodal: 'x' } }));
      const el = await mount<StrategyChecklist>(html`<strategy-checklist lang="en" readonly notes storage-key=${key}></strategy-checklist>`);
      expect(el.readOnly).to.equal(true);
      expect(checkboxes(el)).to.have.length(0);
      expect($$(el, 'progress')).to.have.length(0);
      expect($$(el, 'textarea')).to.have.length(0);
      expect($$(el, 'button:not(.ref)').map((b) => b.textContent.trim())).to.deep.equal(['Copy as Markdown', 'Download CSV']);
      expect($$(el, 'li.measure h4').map((h) => h.textContent)).to.deep.equal(allMeasures.map((m) => m.label.en));
      expect(textOf(el)).not.to.contain('done');
      const md = el.markdown;
      expect(md).not.to.contain('[x]');
      expect(md).not.to.contain('[ ]');
      expect(md).to.contain('- **Promote multimodal transport**: Encourage companies');
      expect(el.csv.split('\r\n')[0]).to.equal('\ufeffID,Strategy,Measure,Section,References');
      el.readOnly = false;
      await el.updateComplete;
      expect(checkboxes(el)).to.have.length(14);
      expect(checkbox(el, 'multimodal').checked).to.equal(true);
    });
  });

  describe('print', () => {
    /** A checklist in English with notes, one measure ticked and noted. */
    const printed = async () => {
      const el = await mount<StrategyChecklist>(html`<strategy-checklist lang="en" notes storage-key=${freshKey()}></strategy-checklist>`);
      el.value = ['multimodal'];
      const field = noteField(el, 'multimodal');
      field.value = 'Rail and air';
      field.dispatchEvent(new Event('input'));
      field.dispatchEvent(new Event('change'));
      await el.updateComplete;
      return el;
    };
    const shown = (node: Element | null) => !!node && getComputedStyle(node).display !== 'none';
    const expectPrinted = (el: StrategyChecklist) => {
      expect(shown($(el, '.toolbar'))).to.equal(false);
      expect(shown(checkbox(el, 'multimodal'))).to.equal(false);
      expect(shown(noteField(el, 'multimodal'))).to.equal(false);
      expect($$(el, 'li.measure').every(shown)).to.equal(true);
      expect(shown($(el, 'li[data-id="multimodal"] .mark'))).to.equal(true);
      expect($(el, 'li[data-id="multimodal"] .mark')!.textContent).to.equal('☑ done');
      expect($(el, 'li[data-id="optimise-layout"] .mark')!.textContent).to.equal('☐ not done');
      expect(shown($(el, 'li[data-id="multimodal"] .note-print'))).to.equal(true);
      expect($(el, 'li[data-id="multimodal"] .note-print')!.textContent).to.equal('Notes: Rail and air');
      expect(shown($(el, '[part="source"]'))).to.equal(true);
    };
    const expectOnScreen = (el: StrategyChecklist) => {
      expect(shown($(el, 'li[data-id="multimodal"] .mark'))).to.equal(false);
      expect(shown($(el, '.toolbar'))).to.equal(true);
    };

    it('prints every measure with its status and notes, without the controls (its print stylesheet applied)', async () => {
      const el = await printed();
      expectOnScreen(el);
      await withPrintRules(el, () => expectPrinted(el));
      expectOnScreen(el);
    });

    itEmulating('prints every measure with its status and notes, without the controls (emulated print media)', async () => {
      const el = await printed();
      await emulateMedia({ media: 'print' });
      expectPrinted(el);
      await emulateMedia({ media: 'screen' });
      expectOnScreen(el);
    });
  });

  describe('accessibility', () => {
    itHasNoAxeViolations<StrategyChecklist>(
      (lang, theme, [mode]) =>
        html`<strategy-checklist lang=${lang} theme=${theme} storage-key=${freshKey()} ?readonly=${mode === 'readonly'} ?notes=${mode === 'notes'}></strategy-checklist>`,
      {
        variants: cross(['checklist', 'readonly', 'notes']),
        setup: async (el, [mode]) => {
          if (mode !== 'readonly') el.value = ['optimise-layout'];
          await el.updateComplete;
        },
      },
    );
    it('has no axe violations while confirming a reset', async () => {
      const el = await mount<StrategyChecklist>(tag('zh-CN'));
      button(el, '重置…').click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
    itHasNoAxeViolationsShowingAnError(() => tag('en'));
  });

  // Last: once localStorage has thrown, the library's storage stays in memory for the page's life.
  describe('a throwing localStorage', () => {
    it('keeps ticks and notes in memory, across a reload and a language switch', async () => {
      const own = Object.getOwnPropertyDescriptor(window, 'localStorage');
      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
      // WebKit's JavaScriptCore keeps reading the original window.localStorage
      // at call sites it has already optimised (those of src/core/util/storage.ts,
      // after the tests before this one), whatever defineProperty says: make
      // the storage's methods throw too, as a sandboxed frame's would.
      const methods = (['getItem', 'setItem', 'removeItem'] as const).map((name) => [name, Storage.prototype[name]] as const);
      for (const [name] of methods) {
        Storage.prototype[name] = () => {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        };
      }
      try {
        const key = freshKey();
        const wrap = await fixture<HTMLDivElement>(html`<div><strategy-checklist lang="en" notes storage-key=${key}></strategy-checklist></div>`);
        let el = wrap.firstElementChild as StrategyChecklist;
        await el.updateComplete;
        expect($(el, '[role="alert"]')).to.equal(null);
        expect(textOf(el)).to.contain('your ticks and notes last only until you leave the page');

        const change = oneEvent(el, 'hw-change');
        checkbox(el, 'modern-logistics').click();
        expect(((await change) as CustomEvent<StrategyChecklistChangeDetail>).detail).to.deep.equal({ id: 'modern-logistics', checked: true, done: 1, total: 14 });
        const field = noteField(el, 'modern-logistics');
        field.value = 'In memory';
        field.dispatchEvent(new Event('input'));
        el.value = ['modern-logistics', 'policy-support'];
        await el.updateComplete;
        expect(overall(el)).to.equal('Overall: 2 of 14 measures done');

        el.lang = 'zh-CN';
        await settle(el);
        expect(overall(el)).to.equal('总进度：已完成 2/14 项措施');

        el.remove();
        el = document.createElement('strategy-checklist');
        el.setAttribute('storage-key', key);
        el.setAttribute('notes', '');
        wrap.append(el);
        await el.updateComplete;
        expect(el.value).to.deep.equal(['modern-logistics', 'policy-support']);
        expect(noteField(el, 'modern-logistics').value).to.equal('In memory');
        expect(el.markdown).to.contain('- [x] **构建现代物流体系**');

        button(el, '重置…').click();
        await el.updateComplete;
        button(el, '全部清除').click();
        await el.updateComplete;
        expect(el.value).to.deep.equal([]);
      } finally {
        for (const [name, method] of methods) (Storage.prototype as unknown as Record<string, unknown>)[name] = method;
        if (own) Object.defineProperty(window, 'localStorage', own);
        else delete (window as unknown as Record<string, unknown>).localStorage;
      }
      expect(() => window.localStorage.getItem('x')).not.to.throw();
    });
  });
});

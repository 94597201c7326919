import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, itEmulating, resetMedia, sendKeys } from './commands.js';
import '../src/define/paper-citation.js';
import '../src/define/quiz.js';
import type { CitationCopyDetail, HohhotPaperCitation } from '../src/components/paper-citation/paper-citation.js';
import type { HohhotQuiz } from '../src/components/quiz/quiz.js';
import { paper, type PaperDataset } from '../src/data/index.js';
import type { WidgetErrorDetail } from '../src/core/util/events.js';
import { $, $$, mount, textOf, servedJson } from './helpers.js';
import { paperRevised } from './fixtures/datasets.js';
import { itHasNoAxeViolations, itReportsBadSrc, mountWarnedOnce, expectAutoFollowsPageScheme } from './contract.js';
import { APA, BIBTEX_EN, BIBTEX_ZH, GBT } from './fixtures/citations.js';

const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

const tag = (lang: string, format = 'all') => html`<hohhot-paper-citation lang=${lang} format=${format}></hohhot-paper-citation>`;
const cite = (el: HohhotPaperCitation, style: string) => $(el, `#cite-${style}`)!.textContent;
const copyButton = (el: HohhotPaperCitation, style: string) => $(el, `button.copy[data-format="${style}"]`) as HTMLButtonElement;
const status = (el: HohhotPaperCitation, style: string) => clean($(el, `#h-${style}`)!.closest('section')!.querySelector('[role="status"]')!.textContent);

/** Replaces navigator.clipboard for the duration of a test. */
function stubClipboard(value: unknown): () => void {
  Object.defineProperty(navigator, 'clipboard', { value, configurable: true });
  return () => {
    delete (navigator as unknown as Record<string, unknown>).clipboard;
  };
}

describe('<hohhot-paper-citation>', () => {
  afterEach(async () => {
    await resetMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
    history.replaceState(null, '', location.pathname + location.search);
    document.documentElement.lang = 'en';
  });

  describe('citations', () => {
    it('gives each style exactly, with nothing the paper does not give (zh)', async () => {
      const el = await mount<HohhotPaperCitation>(tag('zh-CN'));
      expect(cite(el, 'gbt')).to.equal(GBT);
      expect(clean(cite(el, 'apa'))).to.equal(APA);
      expect(cite(el, 'bibtex')).to.equal(BIBTEX_ZH);
      expect($(el, '#cite-apa i')!.textContent).to.equal(paper.titlePinyin);
      const text = textOf(el);
      expect(text).to.contain('GB/T 7714—2015');
      expect(text).to.contain('[Z] 表示“其他”文献');
      expect(text).to.contain('没有给出期刊、年份、卷期、页码或 DOI');
      expect(text).not.to.match(/doi\.org|\b(19|20)\d\d\)|vol\./i);
    });

    it('gives each style exactly (en), with the English title where the style allows', async () => {
      const el = await mount<HohhotPaperCitation>(tag('en'));
      expect(cite(el, 'gbt')).to.equal(GBT);
      expect(clean(cite(el, 'apa'))).to.equal(APA);
      expect(cite(el, 'bibtex')).to.equal(BIBTEX_EN);
      expect(textOf(el)).to.contain('APA 7th edition');
      expect(textOf(el)).to.contain('(n.d.)');
    });

    it('sets the APA title in Latin letters (pinyin), then the English translation in square brackets, and keeps the Chinese title', async () => {
      for (const lang of ['zh-CN', 'en']) {
        const el = await mount<HohhotPaperCitation>(tag(lang));
        const apa = clean(cite(el, 'apa'));
        expect(apa, lang).not.to.match(/[\u3400-\u9fff]/);
        const italic = $(el, '#cite-apa i')!;
        expect(italic.textContent, lang).to.match(/^[A-Za-z\u00c0-\u024f ]+$/);
        expect(italic.getAttribute('lang')).to.equal('zh-Latn-pinyin');
        expect(apa).to.contain(`${italic.textContent} [${paper.title.en.charAt(0)}`);
        expect(cite(el, 'gbt')).to.contain(paper.title.zh);
        expect(textOf(el)).to.contain(paper.title.zh);
      }
    });

    it('labels the English titles of the references as the library’s translation, and says which BibTeX fields need biblatex', async () => {
      const en = await mount<HohhotPaperCitation>(tag('en'));
      expect(clean($(en, '#ref-1 .ref-en')!.textContent)).to.match(/^English title \(this library’s translation\):/);
      expect(textOf(en)).to.contain('titleaddon and language fields need biblatex');
      const zh = await mount<HohhotPaperCitation>(tag('zh-CN'));
      expect(textOf(zh)).to.contain('language 字段需要 biblatex');
    });

    it('shows the paper’s metadata in both languages', async () => {
      const el = await mount<HohhotPaperCitation>(tag('zh-CN'));
      const meta = clean($(el, '.meta')!.textContent);
      expect(meta).to.contain('作者 李建宏');
      expect(meta).to.contain('内蒙古师范大学 马克思主义学院, 内蒙古 呼和浩特 010022');
      expect(meta).to.contain('（编号：2025BX10）');
      el.lang = 'en';
      await new Promise((r) => setTimeout(r));
      await el.updateComplete;
      const en = clean($(el, '.meta')!.textContent);
      expect(en).to.contain('Author Li Jianhong (李建宏)');
      expect(en).to.contain('School of Marxism, Inner Mongolia Normal University');
      expect(en).to.contain('(No. 2025BX10)');
      expect($(el, '.meta span[lang="zh-CN"]')).to.exist;
    });

    it('shows one style with format, and all by default', async () => {
      const all = await mount<HohhotPaperCitation>(tag('en'));
      expect($$(all, '[part="citation"]')).to.have.length(3);
      for (const style of ['gbt', 'apa', 'bibtex']) {
        const el = await mount<HohhotPaperCitation>(tag('en', style));
        expect($$(el, '[part="citation"]')).to.have.length(1);
        expect($(el, `#cite-${style}`)).to.exist;
      }
      all.format = 'apa';
      await all.updateComplete;
      expect($$(all, '[part="citation"]').map((s) => s.querySelector('h3')!.textContent)).to.deep.equal(['APA 7th edition']);
    });

    it('falls back with one warning on an unknown format', async () => {
      const { el } = await mountWarnedOnce<HohhotPaperCitation>(tag('en', 'mla'), 'format="mla"');
      expect(el.format).to.equal('all');
      expect($$(el, '[part="citation"]')).to.have.length(3);
    });
  });

  describe('copy', () => {
    it('writes each style to the clipboard and says so', async () => {
      const written: string[] = [];
      const restore = stubClipboard({ writeText: async (t: string) => void written.push(t) });
      try {
        const el = await mount<HohhotPaperCitation>(tag('zh-CN'));
        for (const style of ['gbt', 'apa', 'bibtex']) {
          const event = oneEvent<CustomEvent<CitationCopyDetail>>(el, 'hw-citation-copy');
          copyButton(el, style).click();
          const { detail } = await event;
          await el.updateComplete;
          expect(detail.format).to.equal(style);
          expect(detail.copied).to.equal(true);
          expect(status(el, style)).to.equal('已复制到剪贴板。');
        }
        expect(written).to.deep.equal([GBT, APA, BIBTEX_ZH]);
        el.lang = 'en';
        await new Promise((r) => setTimeout(r));
        await el.updateComplete;
        copyButton(el, 'bibtex').click();
        await oneEvent(el, 'hw-citation-copy');
        await el.updateComplete;
        expect(written[3]).to.equal(BIBTEX_EN);
        expect(status(el, 'bibtex')).to.equal('Copied to the clipboard.');
        expect(status(el, 'gbt')).to.equal('');
      } finally {
        restore();
      }
    });

    it('selects the text and says how to copy when the clipboard is missing or refuses', async () => {
      for (const clipboard of [undefined, { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) }]) {
        const restore = stubClipboard(clipboard);
        try {
          const el = await mount<HohhotPaperCitation>(tag('en'));
          const event = oneEvent<CustomEvent<CitationCopyDetail>>(el, 'hw-citation-copy');
          copyButton(el, 'gbt').click();
          const { detail } = await event;
          await el.updateComplete;
          expect(detail.copied).to.equal(false);
          expect(detail.text).to.equal(GBT);
          expect(status(el, 'gbt')).to.contain('press Ctrl+C');
          expect(window.getSelection()!.toString()).to.equal(GBT);
          window.getSelection()!.removeAllRanges();
        } finally {
          restore();
        }
      }
    });

    it('copies with the keyboard', async () => {
      const written: string[] = [];
      const restore = stubClipboard({ writeText: async (t: string) => void written.push(t) });
      try {
        const wrap = await fixture<HTMLDivElement>(html`<div><button>before</button><hohhot-paper-citation lang="en"></hohhot-paper-citation></div>`);
        const el = wrap.querySelector('hohhot-paper-citation')!;
        await el.updateComplete;
        wrap.querySelector('button')!.focus();
        await sendKeys({ press: 'Tab' });
        expect(el.shadowRoot!.activeElement).to.equal(copyButton(el, 'gbt'));
        expect(clean(copyButton(el, 'gbt').textContent)).to.equal('Copy GB/T 7714-2015 citation');
        await sendKeys({ press: 'Enter' });
        await sendKeys({ press: 'Tab' });
        await sendKeys({ press: ' ' });
        await el.updateComplete;
        expect(written).to.deep.equal([GBT, APA]);
      } finally {
        restore();
      }
    });
  });

  describe('references', () => {
    it('lists [1]–[10] exactly as the paper gives them, each with an anchor', async () => {
      const el = await mount<HohhotPaperCitation>(tag('zh-CN'));
      for (let n = 1; n <= 10; n++) {
        const entry = $(el, `#ref-${n}`)!;
        expect(entry, `ref-${n}`).to.exist;
        expect(entry.getAttribute('tabindex')).to.equal('-1');
        expect(clean(entry.textContent)).to.contain(`[${n}]`);
        expect(clean(entry.textContent)).to.contain(paper.references[n - 1]!.text);
      }
      expect(clean($(el, '#ref-8')!.textContent)).to.contain('范志忠. 腹地次区域合作国际陆港制度研究——以呼和浩特为例 [J]. 中国市场, 2017 (12): 21-28.');
      expect($(el, '.ref-en')).to.equal(null);
    });

    it('adds the English title after the original in English', async () => {
      const el = await mount<HohhotPaperCitation>(tag('en'));
      const four = clean($(el, '#ref-4')!.textContent);
      expect(four).to.contain('耿欣. 常态化协同机制保障同城化发展工作有序推进 [N]. 呼和浩特日报 (汉), 2023-12-27 (003).');
      expect(four).to.contain('English title (this library’s translation): “A regular coordination mechanism keeps city integration on track”');
      expect(four.indexOf('耿欣')).to.be.lessThan(four.indexOf('English title'));
      expect($(el, '#ref-4 span[lang="zh-CN"]')).to.exist;
    });

    it('focuses entry 4 on a hashchange to #ref-4', async () => {
      const el = await mount<HohhotPaperCitation>(tag('en'));
      const changed = oneEvent(window, 'hashchange');
      location.hash = '#ref-4';
      await changed;
      await el.updateComplete;
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement).to.equal($(el, '#ref-4'));
      expect($(el, '#ref-4')!.classList.contains('is-target')).to.equal(true);
      location.hash = '#ref-10';
      await oneEvent(window, 'hashchange');
      await el.updateComplete;
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement).to.equal($(el, '#ref-10'));
    });

    it('focuses the entry of a page opened at #ref-N', async () => {
      history.replaceState(null, '', '#ref-7');
      const el = await mount<HohhotPaperCitation>(tag('zh-CN'));
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement).to.equal($(el, '#ref-7'));
    });

    it('is where the source lines of other widgets lead', async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div>
        <hohhot-quiz lang="en" topic="trade" count="20" seed="refs"></hohhot-quiz>
        <hohhot-paper-citation lang="en"></hohhot-paper-citation>
      </div>`);
      const quiz = wrap.querySelector('hohhot-quiz') as HohhotQuiz;
      const citation = wrap.querySelector('hohhot-paper-citation')!;
      await quiz.updateComplete;
      await citation.updateComplete;
      const mark = $(quiz, '[part="source"] button.ref[data-ref="4"]') as HTMLButtonElement;
      mark.click();
      // The mark opens the reference; with the list on the page, its note links there.
      const link = quiz.shadowRoot!.querySelector<HTMLAnchorElement>('#hw-ref-note-4 a')!;
      expect(link.getAttribute('href')).to.equal('#ref-4');
      expect(link.parentElement!.hidden).to.equal(false);
      const changed = oneEvent(window, 'hashchange');
      link.click();
      await changed;
      await citation.updateComplete;
      await citation.updateComplete;
      expect(document.activeElement).to.equal(citation);
      expect(citation.shadowRoot!.activeElement).to.equal($(citation, '#ref-4'));
    });
  });

  describe('language and theme', () => {
    it('follows the document lang and its own lang', async () => {
      document.documentElement.lang = 'zh';
      const el = await mount<HohhotPaperCitation>(html`<hohhot-paper-citation></hohhot-paper-citation>`);
      expect($(el, 'h2')!.textContent).to.equal('引用本文');
      document.documentElement.lang = 'en-GB';
      await new Promise((r) => setTimeout(r));
      await el.updateComplete;
      expect($(el, 'h2')!.textContent).to.equal('Cite this paper');
      el.lang = 'zh-TW';
      await new Promise((r) => setTimeout(r));
      await el.updateComplete;
      expect($(el, 'h2')!.textContent).to.equal('引用本文');
    });

    it('applies light, dark and auto themes', async () => {
      const el = await mount<HohhotPaperCitation>(html`<hohhot-paper-citation theme="light"></hohhot-paper-citation>`);
      expect(el.getAttribute('data-hw-theme')).to.equal('light');
      const light = getComputedStyle(el).backgroundColor;
      el.theme = 'dark';
      await el.updateComplete;
      expect(el.getAttribute('data-hw-theme')).to.equal('dark');
      expect(getComputedStyle(el).backgroundColor).not.to.equal(light);
      await expectAutoFollowsPageScheme(() => html`<hohhot-paper-citation></hohhot-paper-citation>`);
    });

    itEmulating('auto follows prefers-color-scheme where the page sets no color-scheme', async () => {
      await emulateMedia({ colorScheme: 'dark' });
      const auto = await mount<HohhotPaperCitation>(html`<hohhot-paper-citation></hohhot-paper-citation>`);
      expect(auto.getAttribute('data-hw-theme')).to.equal('dark');
    });
  });

  describe('data and src', () => {
    it('accepts a valid dataset through `data`', async () => {
      const el = await mount<HohhotPaperCitation>(tag('en'));
      const revised = structuredClone(paper);
      revised.author = { zh: '李建宏', en: 'Li Jian-hong' };
      el.data = revised;
      await el.updateComplete;
      expect($(el, '[role="alert"]')).to.equal(null);
      expect(clean(cite(el, 'apa'))).to.match(/^Li, J\.-H\. \(n\.d\.\)\./);
      el.data = undefined;
      await el.updateComplete;
      expect(clean(cite(el, 'apa'))).to.equal(APA);
    });

    it('rejects invalid data with an alert naming the field, and an error event', async () => {
      const el = await mount<HohhotPaperCitation>(tag('en'));
      const bad = structuredClone(paper) as unknown as { references: { n: unknown }[] };
      bad.references[3]!.n = 'four';
      const event = oneEvent<CustomEvent<WidgetErrorDetail>>(el, 'error');
      el.data = bad as unknown as PaperDataset; // invalid on purpose, as from JavaScript
      const { detail } = await event;
      await el.updateComplete;
      expect(detail.path).to.equal('references.3.n');
      expect($(el, '[role="alert"]')!.textContent).to.contain('references.3.n').and.contain('number');
    });

    it('loads a dataset from `src`', async () => {
      const el = await mount<HohhotPaperCitation>(html`<hohhot-paper-citation lang="en" src=${await servedJson('paper-citation-revised', paperRevised())}></hohhot-paper-citation>`);
      expect($(el, '[role="alert"]')).to.equal(null);
      expect(clean($(el, '#ref-4')!.textContent)).to.contain('Revised English title of reference four');
    });

    itReportsBadSrc((lang, src) => html`<hohhot-paper-citation lang=${lang} src=${src}></hohhot-paper-citation>`, {
      missing: { lang: 'zh-CN', src: '/tests/fixtures/missing-paper.json' },
      malformed: { lang: 'en' },
    });
  });

  describe('accessibility', () => {
    itHasNoAxeViolations((lang, theme) => html`<hohhot-paper-citation lang=${lang} theme=${theme}></hohhot-paper-citation>`);
    it('ends with a source line naming the paper', async () => {
      const el = await mount<HohhotPaperCitation>(tag('zh-CN'));
      expect(clean($(el, '[part="source"]')!.textContent)).to.equal('来源：李建宏《呼和浩特区域互补合作与开放经济新格局构建策略研究》。');
    });
  });
});

import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { ENGINE, setViewport, viewportCanBe } from './commands.js';
import '../src/define/trade-partners.js';
import '../src/define/strategy-checklist.js';
import '../src/define/paper-citation.js';
import '../src/define/cooperation-mechanisms.js';
import '../src/define/key-figures.js';
import '../src/define/trade-breakdown.js';
import type { HohhotTradePartners } from '../src/components/trade-partners/trade-partners.js';
import type { StrategyChecklist } from '../src/components/strategy-checklist/strategy-checklist.js';
import { MAX_ITEMS, MAX_TEXT_LENGTH, mechanisms, paper, strategies, trade2024, type StrategiesDataset, type TradeDataset } from '../src/data/index.js';
import { HwElement } from '../src/core/base/base.js';
import type { WidgetErrorDetail } from '../src/core/util/events.js';
import { widgets } from '../src/registry.js';
import { $, mount, textOf, servedJson } from './helpers.js';
import { tradePartnersRevised } from './fixtures/datasets.js';

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;


/** The viewports this engine can give a page, tried before the tests are defined. */
const viewports: Record<number, boolean> = { 800: await viewportCanBe(800, 600), 320: await viewportCanBe(320, 600) };

describe('reliability', () => {
  describe('CSV formula injection', () => {
    const payloads = ['=HYPERLINK("http://example.test","x")', '+1+1', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd'];

    it('prefixes every cell a spreadsheet would evaluate with an apostrophe', async () => {
      const el = await mount<HohhotTradePartners>(html`<hohhot-trade-partners lang="en"></hohhot-trade-partners>`);
      const data = clone<TradeDataset>(trade2024);
      payloads.slice(0, 4).forEach((p, i) => {
        data.partners[i]!.label = { zh: p, en: p };
      });
      el.data = data;
      await el.updateComplete;
      const lines = el.csv.split('\r\n');
      expect(lines[1]).to.equal(`"'=HYPERLINK(""http://example.test"",""x"")",1,3.68`);
      expect(lines[2]).to.equal("'+1+1,2,3.09");
      expect(lines[3]).to.equal("'-2+3,3,2.31");
      expect(lines[4]).to.equal("'@SUM(A1),4,1.75");
    });

    it('neutralises a reader\'s own note in the checklist CSV, tab and CR included', async () => {
      localStorage.removeItem('hw-test-csv');
      const el = await fixture<StrategyChecklist>(
        html`<strategy-checklist lang="en" notes storage-key="hw-test-csv"></strategy-checklist>`,
      );
      const data = clone<StrategiesDataset>(strategies);
      const [a, b] = data.strategies[0]!.measures;
      a!.label = { zh: '\tcmd', en: '\tcmd' };
      b!.label = { zh: '\rcmd', en: '\rcmd' };
      el.data = data;
      await el.updateComplete;
      const csv = el.csv;
      expect(csv).to.contain(",'\tcmd,");
      expect(csv).to.contain(`,"'\rcmd",`);
      expect(csv).not.to.match(/,[=+@\t]/);
      localStorage.removeItem('hw-test-csv');
    });

    it('keeps a plain negative number readable as a number', async () => {
      const el = await mount<HohhotTradePartners>(
        html`<hohhot-trade-partners lang="en" show="belt-and-road"></hohhot-trade-partners>`,
      );
      const data = clone<TradeDataset>(trade2024);
      data.beltAndRoad.growth.value = -1.2;
      el.data = data;
      await el.updateComplete;
      expect(el.csv).to.contain('Belt and Road partner countries,14.19,62.6,-1.2\r\n');
    });
  });

  describe('Markdown export', () => {
    it('escapes markup and links from the data and from a note', async () => {
      localStorage.removeItem('hw-test-md');
      const el = await fixture<StrategyChecklist>(
        html`<strategy-checklist lang="en" notes storage-key="hw-test-md"></strategy-checklist>`,
      );
      const data = clone<StrategiesDataset>(strategies);
      const [a] = data.strategies[0]!.measures;
      a!.label = { zh: '[click](javascript:alert(1))', en: '[click](javascript:alert(1))' };
      a!.description = { zh: '<img src=x onerror=alert(1)> *bold* `code`', en: '<img src=x onerror=alert(1)> *bold* `code`' };
      el.data = data;
      await el.updateComplete;
      const field = el.shadowRoot!.querySelector<HTMLTextAreaElement>(`li[data-id="${a!.id}"] textarea`)!;
      field.value = 'see <javascript:alert(2)>\n# not a heading\n> not a quote';
      field.dispatchEvent(new Event('input'));
      await el.updateComplete;
      const md = el.markdown;
      expect(md).to.contain('**\\[click\\](javascript:alert(1))**');
      expect(md).to.contain('\\<img src=x onerror=alert(1)\\> \\*bold\\* \\`code\\`');
      expect(md).to.contain('see \\<javascript:alert(2)\\>\n  \\# not a heading\n  \\> not a quote');
      expect(md).not.to.match(/(^|[^\\])\[click/);
      expect(md).not.to.match(/(^|[^\\])<(img|javascript)/);
      localStorage.removeItem('hw-test-md');
    });
  });

  describe('a stalled src', () => {
    const original = HwElement.srcTimeout;
    afterEach(() => {
      HwElement.srcTimeout = original;
    });
    const alert = (el: Element) => $(el, '[role="alert"]')?.textContent ?? '';
    const partners = (lang: string, src: string) =>
      html`<hohhot-trade-partners lang=${lang} src=${src}></hohhot-trade-partners>`;

    it('gives up after the timeout with its own alert and error kind, headers never sent', async () => {
      HwElement.srcTimeout = 300;
      const el = await fixture<HohhotTradePartners>(partners('en', '/__stall__'));
      const { detail } = await oneEvent<CustomEvent<WidgetErrorDetail>>(el, 'error');
      await el.whenLoaded();
      expect(detail.kind).to.equal('timeout');
      expect(alert(el)).to.contain('/__stall__').and.to.contain('did not arrive within 0.3 seconds');
      expect(textOf(el)).not.to.contain('Loading data');
    });

    it('gives up on a body that never finishes, in Chinese', async () => {
      HwElement.srcTimeout = 300;
      const el = await fixture<HohhotTradePartners>(partners('zh-CN', '/__stall__/body'));
      const { detail } = await oneEvent<CustomEvent<WidgetErrorDetail>>(el, 'error');
      await el.whenLoaded();
      expect(detail.kind).to.equal('timeout');
      expect(alert(el)).to.contain(detail.message);
      expect(alert(el)).to.contain('0.3 秒内没有完成');
    });

    it('setting data stops the fetch and whenLoaded() resolves', async () => {
      const el = await fixture<HohhotTradePartners>(partners('en', '/__stall__'));
      expect(textOf(el)).to.contain('Loading data');
      el.data = null;
      await el.whenLoaded();
      expect(textOf(el)).not.to.contain('Loading data');
      expect(textOf(el)).to.contain('Malaysia');
    });

    it('a new src replaces the stalled one', async () => {
      const el = await fixture<HohhotTradePartners>(partners('en', '/__stall__'));
      el.src = await servedJson('trade-partners-revised', tradePartnersRevised());
      await el.whenLoaded();
      expect(alert(el)).to.equal('');
      expect(textOf(el)).not.to.contain('Loading data');
    });

    it('removing src while it is pending shows the paper\'s data', async () => {
      const el = await fixture<HohhotTradePartners>(partners('en', '/__stall__'));
      el.removeAttribute('src');
      await el.whenLoaded();
      expect(textOf(el)).not.to.contain('Loading data');
      expect(el.data).to.equal(trade2024);
    });

    it('removing src after it loaded restores the paper\'s data', async () => {
      const el = await mount<HohhotTradePartners>(partners('en', await servedJson('trade-partners-revised', tradePartnersRevised())));
      expect(el.data).not.to.equal(trade2024);
      el.removeAttribute('src');
      await el.whenLoaded();
      expect(el.data).to.equal(trade2024);
    });

    it('removing src after it failed clears its alert', async () => {
      const el = await mount<HohhotTradePartners>(partners('en', '/tests/fixtures/malformed.json'));
      expect(alert(el)).to.contain('not valid JSON');
      el.removeAttribute('src');
      await el.whenLoaded();
      expect(alert(el)).to.equal('');
    });

    it('removing the element stops the fetch; putting it back fetches again', async () => {
      HwElement.srcTimeout = 300;
      const el = await fixture<HohhotTradePartners>(partners('en', '/__stall__'));
      const parent = el.parentElement!;
      el.remove();
      await el.whenLoaded();
      const failed = oneEvent<CustomEvent<WidgetErrorDetail>>(el, 'error');
      parent.append(el);
      expect((await failed).detail.kind).to.equal('timeout');
    });
  });

  describe('data that cannot be read', () => {
    before(() => Promise.all(widgets.map((w) => w.load())));
    const throwingGetter = () =>
      Object.defineProperty({}, 'year', {
        enumerable: true,
        get() {
          throw new Error('boom');
        },
      });
    const throwingProxy = () =>
      new Proxy({}, {
        get() {
          throw new Error('trap');
        },
        has() {
          throw new Error('trap');
        },
        ownKeys() {
          throw new Error('trap');
        },
        getOwnPropertyDescriptor() {
          throw new Error('trap');
        },
      });

    for (const { tag } of widgets) {
      it(`<${tag}> reports a throwing getter and a throwing Proxy like invalid data, and has no CSV then`, async () => {
        const el = document.createElement(tag) as HwElement<unknown> & { csv?: string };
        el.lang = 'en';
        document.body.append(el);
        try {
          await el.updateComplete;
          for (const bad of [throwingGetter(), throwingProxy()]) {
            const event = oneEvent<CustomEvent<WidgetErrorDetail>>(el, 'error');
            expect(() => {
              el.data = bad;
            }).not.to.throw();
            const { detail } = await event;
            await el.updateComplete;
            expect(detail.kind).to.equal('invalid-data');
            expect($(el, '[role="alert"]')?.textContent).to.contain('Invalid data');
            if ('csv' in el) expect(el.csv).to.equal('');
            el.data = null;
            await el.updateComplete;
            if ('csv' in el) expect(el.csv).not.to.equal('');
          }
        } finally {
          el.remove();
        }
      });
    }
  });

  describe('storage', () => {
    let n = 0;
    const freshKey = () => `reliability-${++n}-${Date.now()}`;
    const checkbox = (el: Element, id: string) => $(el, `li[data-id="${id}"] input[type="checkbox"]`) as HTMLInputElement;
    const list = (key: string) => html`<strategy-checklist lang="en" storage-key=${key}></strategy-checklist>`;
    const stored = (key: string) => JSON.parse(localStorage.getItem(`hohhot-widgets:${key}`) ?? 'null') as { done: string[] } | null;

    it('two lists with one storage-key on a page keep both ticks and show the same', async () => {
      const key = freshKey();
      const wrap = await fixture<HTMLDivElement>(html`<div>${list(key)}${list(key)}</div>`);
      const [a, b] = [...wrap.children] as StrategyChecklist[];
      await a!.updateComplete;
      await b!.updateComplete;
      checkbox(a!, 'multimodal').click();
      checkbox(b!, 'policy-support').click();
      await a!.updateComplete;
      await b!.updateComplete;
      expect(stored(key)!.done.sort()).to.deep.equal(['multimodal', 'policy-support']);
      expect(a!.value).to.deep.equal(b!.value);
      expect(checkbox(a!, 'policy-support').checked).to.equal(true);
      expect(checkbox(b!, 'multimodal').checked).to.equal(true);
      b!.value = [];
      await a!.updateComplete;
      expect(checkbox(a!, 'multimodal').checked).to.equal(false);
    });

    it('follows a write from another window of the same origin (storage event)', async () => {
      const key = freshKey();
      const el = await fixture<StrategyChecklist>(list(key));
      checkbox(el, 'multimodal').click();
      const frame = await fixture<HTMLIFrameElement>(html`<iframe></iframe>`);
      const other = frame.contentWindow!.localStorage;
      const seen = new Promise((resolve) => window.addEventListener('storage', resolve, { once: true }));
      other.setItem(`hohhot-widgets:${key}`, JSON.stringify({ done: ['multimodal', 'people-to-people'], notes: {} }));
      await seen;
      await el.updateComplete;
      expect(el.value).to.deep.equal(['multimodal', 'people-to-people']);
      expect(checkbox(el, 'people-to-people').checked).to.equal(true);
      // The next tick here builds on what the other window wrote.
      checkbox(el, 'policy-support').click();
      expect(stored(key)!.done.sort()).to.deep.equal(['multimodal', 'people-to-people', 'policy-support']);
      frame.remove();
    });

    it('a full storage fails one write: other lists still read theirs, later writes are stored', async () => {
      const [k1, k2] = [freshKey(), freshKey()];
      localStorage.setItem(`hohhot-widgets:${k2}`, JSON.stringify({ done: ['policy-support'], notes: {} }));
      const a = await fixture<StrategyChecklist>(list(k1));
      const original = Storage.prototype.setItem;
      let fail = true;
      Storage.prototype.setItem = function (this: Storage, k: string, v: string) {
        if (fail) throw new DOMException('full', 'QuotaExceededError');
        original.call(this, k, v);
      };
      try {
        checkbox(a, 'multimodal').click();
        await a.updateComplete;
        expect(a.value).to.deep.equal(['multimodal']);
        const b = await fixture<StrategyChecklist>(list(k2));
        expect(b.value).to.deep.equal(['policy-support']);
        fail = false;
        checkbox(a, 'people-to-people').click();
        await a.updateComplete;
        expect(stored(k1)!.done.sort()).to.deep.equal(['multimodal', 'people-to-people']);
        expect(textOf(a)).not.to.contain('last only until you leave the page');
      } finally {
        Storage.prototype.setItem = original;
      }
    });

    it('writes every key under the library\'s prefix and still reads an old unprefixed list', async () => {
      const key = freshKey();
      localStorage.setItem(key, 'another application\'s value');
      const el = await fixture<StrategyChecklist>(list(key));
      checkbox(el, 'multimodal').click();
      expect(localStorage.getItem(key)).to.equal('another application\'s value');
      expect(stored(key)!.done).to.deep.equal(['multimodal']);
      localStorage.removeItem(key);

      const old = freshKey();
      localStorage.setItem(old, JSON.stringify({ done: ['policy-support'], notes: {} }));
      const again = await fixture<StrategyChecklist>(list(old));
      expect(again.value).to.deep.equal(['policy-support']);
      checkbox(again, 'multimodal').click();
      expect(stored(old)!.done.sort()).to.deep.equal(['multimodal', 'policy-support']);
      localStorage.removeItem(old);
    });
  });

  describe('a long unbroken string', () => {
    // Where a page sizes a widget by its content, inline-size containment made
    // its content width zero: it shrank to its borders and put one character
    // on each line. It takes a width of its own there now, within the screen.
    const contexts = ['display: flex', 'display: inline-block', 'float: left', 'display: table-cell'];
    for (const [viewport, expected] of [[800, 640], [320, 288]] as const) {
      const title = `keeps a width of its own where the page sizes it by content, at a ${viewport} px screen`;
      if (!viewports[viewport]) {
        it(`${title} (not testable in ${ENGINE}: its window cannot be ${viewport} px wide)`);
        continue;
      }
      it(title, async () => {
        await setViewport({ width: viewport, height: 600 });
        try {
          for (const context of contexts) {
            const wrap = await fixture<HTMLDivElement>(html`<div><hohhot-cooperation-mechanisms lang="en"></hohhot-cooperation-mechanisms></div>`);
            wrap.setAttribute('style', context);
            const el = wrap.firstElementChild as HwElement<unknown>;
            const d = clone(mechanisms);
            d.mechanisms[0]!.label.en = 'x'.repeat(MAX_TEXT_LENGTH);
            el.data = d;
            await el.updateComplete;
            const box = el.getBoundingClientRect();
            expect(box.width, context).to.be.closeTo(expected + 2, 1);
            expect(box.right, `${context}: within the screen`).to.be.at.most(document.documentElement.clientWidth);
            // Laid out as in a plain block of that width, not a character per line.
            const block = await fixture<HTMLDivElement>(html`<div><hohhot-cooperation-mechanisms lang="en"></hohhot-cooperation-mechanisms></div>`);
            block.style.width = `${box.width}px`;
            const same = block.firstElementChild as HwElement<unknown>;
            same.data = d;
            await same.updateComplete;
            expect(box.height, context).to.be.closeTo(same.getBoundingClientRect().height, 2);
          }
        } finally {
          await setViewport({ width: 800, height: 600 });
        }
      });
    }

    const long = 'x'.repeat(1_000_000);
    const cases: [string, () => unknown, string][] = [
      ['hohhot-paper-citation', () => { const d = clone(paper); d.references[0]!.text = long; return d; }, 'references.0.text'],
      ['hohhot-cooperation-mechanisms', () => { const d = clone(mechanisms); d.mechanisms[0]!.label.en = long; return d; }, 'mechanisms.0.label.en'],
      ['hohhot-key-figures', () => { const d = clone(trade2024); d.total.label.zh = long; return d; }, 'total.label.zh'],
    ];
    for (const [tag, make, path] of cases) {
      it(`<${tag}> refuses a 1 MB text field with a clear message (and finishes)`, async () => {
        const el = document.createElement(tag) as HwElement<unknown>;
        el.lang = 'en';
        document.body.append(el);
        try {
          await el.updateComplete;
          const event = oneEvent<CustomEvent<WidgetErrorDetail>>(el, 'error');
          el.data = make();
          const { detail } = await event;
          await el.updateComplete;
          expect(detail).to.include({ kind: 'invalid-data', path });
          expect(detail.message).to.contain(MAX_TEXT_LENGTH.toLocaleString('en'));
          expect(textOf(el)).not.to.contain('xxxxxxxxxx');
        } finally {
          el.remove();
        }
      });
    }

    it('accepts a text of MAX_TEXT_LENGTH characters and keeps the widget within 320 px', async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div class="narrow"><hohhot-cooperation-mechanisms lang="en"></hohhot-cooperation-mechanisms></div>`);
      wrap.style.width = '320px';
      const el = wrap.firstElementChild as HwElement<unknown>;
      const d = clone(mechanisms);
      d.mechanisms[0]!.label.en = 'x'.repeat(MAX_TEXT_LENGTH);
      el.data = d;
      await el.updateComplete;
      expect($(el, '[role="alert"]')).to.equal(null);
      expect(el.getBoundingClientRect().width).to.be.at.most(320);
      expect(el.shadowRoot!.querySelector('.hw')!.scrollWidth).to.be.at.most(320);
    });
  });

  describe('validation messages', () => {
    /** Sets `data` on a trade widget and returns the error detail. */
    async function problem(lang: string, make: (d: TradeDataset) => unknown, tag = 'hohhot-trade-breakdown') {
      const el = document.createElement(tag) as HwElement<unknown>;
      el.lang = lang;
      document.body.append(el);
      await el.updateComplete;
      const event = oneEvent<CustomEvent<WidgetErrorDetail>>(el, 'error');
      el.data = make(clone(trade2024));
      const { detail } = await event;
      await el.updateComplete;
      const alertText = $(el, '[role="alert"]')!.textContent;
      el.remove();
      expect(alertText).to.contain(detail.message);
      return detail;
    }
    /** Latin words in a Chinese message, once the field's path and quoted values are taken out. */
    const latin = (message: string, path: string) => message.replace(path, '').replace(/“[^”]*”/g, '').match(/[A-Za-z]{2,}/g);

    it('names a missing field, in both languages', async () => {
      const en = await problem('en', (d) => ({ ...d, total: undefined }));
      expect(en.message).to.equal('Invalid data: the field “total” is missing.');
      const zh = await problem('zh-CN', (d) => ({ ...d, total: undefined }));
      expect(zh.message).to.equal('数据无效：缺少字段“total”。');
    });

    it('says an empty list needs an item, a number is needed, with no English in Chinese', async () => {
      const en = await problem('en', (d) => ({ ...d, imports: [] }));
      expect(en.message).to.equal('Invalid data: the field “imports” should have at least 1 item but has 0.');
      const zh = await problem('zh-CN', (d) => ({ ...d, imports: [] }));
      expect(zh.message).to.equal('数据无效：字段“imports”至少应有 1 项，实际为 0 项。');
      const typeEn = await problem('en', (d) => { (d.imports[0] as { value: unknown }).value = '35.1'; return d; });
      expect(typeEn.message).to.equal('Invalid data: the field “imports.0.value” should be a number but is the text “35.1”.');
      const typeZh = await problem('zh-CN', (d) => { (d.imports[0] as { value: unknown }).value = '35.1'; return d; });
      expect(typeZh.message).to.equal('数据无效：字段“imports.0.value”应为数字，实际为文本“35.1”。');
      for (const d of [zh, typeZh]) expect(latin(d.message, d.path!)).to.equal(null);
    });

    it('rejects a negative trade value', async () => {
      const en = await problem('en', (d) => { d.imports[1]!.value = -24.7; return d; });
      expect(en).to.include({ kind: 'invalid-data', path: 'imports.1.value' });
      expect(en.message).to.equal('Invalid data: the field “imports.1.value” cannot be negative but is -24.7.');
      const zh = await problem('zh-CN', (d) => { d.imports[1]!.value = -24.7; return d; });
      expect(zh.message).to.contain('不能为负数');
    });

    it('rejects a part above its whole (Belt and Road trade above the total)', async () => {
      const en = await problem('en', (d) => { d.beltAndRoad.value.value = 500; return d; }, 'hohhot-trade-partners');
      expect(en).to.include({ kind: 'invalid-data', path: 'beltAndRoad.value.value' });
      expect(en.message).to.equal('Invalid data: the field “beltAndRoad.value.value” (500) is larger than “total.value” (226.7), which includes it.');
      const zh = await problem('zh-CN', (d) => { d.partners[0]!.value = 300; return d; }, 'hohhot-trade-partners');
      expect(zh).to.include({ path: 'partners.0.value' });
      expect(zh.message).to.equal('数据无效：字段“partners.0.value”（300）大于包含它的“total.value”（226.7）。');
    });

    it('caps the bars a chart is asked to draw', async () => {
      const detail = await problem('en', (d) => {
        d.partners = Array.from({ length: 10_000 }, (_, i) => ({ ...d.partners[0]!, id: `p${i}`, value: 1 }));
        return d;
      }, 'hohhot-trade-partners');
      expect(detail).to.include({ kind: 'invalid-data', path: 'partners' });
      expect(detail.message).to.equal(`Invalid data: the field “partners” has 10,000 items; at most ${MAX_ITEMS} can be shown.`);
    });
  });
});

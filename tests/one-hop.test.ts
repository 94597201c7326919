import { expect } from '@open-wc/testing';
import { servedJson, openFrame, until } from './helpers.js';
import { tradeRevised } from './fixtures/datasets.js';
import { widgets } from '../src/registry.js';

type PageWindow = Window &
  typeof globalThis & { __problems: string[]; __warnings: string[]; __loaded?: boolean };

/** The library's files a page has fetched (paths under /dist/), in order. */
const fetched = (win: Window) =>
  win.performance
    .getEntriesByType('resource')
    .map((e) => new URL(e.name).pathname + new URL(e.name).search)
    .filter((p) => p.startsWith('/dist/'));

const drawn = (el: Element | null) => !!el?.shadowRoot?.querySelector('canvas')?.hasAttribute('width');
/** Rendered: the widget's shadow root holds its content (`.hw`). */
const rendered = (el: Element | null) => !!el?.shadowRoot?.querySelector('.hw');

async function open(query: string) {
  const frame = await openFrame(`/tests/fixtures/one-hop/page.html?${query}`, 800, 1200);
  const win = frame.contentWindow as PageWindow;
  await until(() => win.__loaded, 'the page script');
  return { win, doc: frame.contentDocument! };
}

describe('the one-element files (dist/cdn/<tag>.js)', function () {
  this.timeout(30_000);
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  for (const w of widgets) {
    it(`<${w.tag}> registers and renders from one request${w.chart ? ', its chart drawn' : ''}`, async () => {
      const { win, doc } = await open(`tag=${w.tag}`);
      const el = doc.querySelector(w.tag);
      await until(() => rendered(el), 'the widget');
      if (w.chart) await until(() => drawn(el), 'the chart');
      // Every other element stays unregistered: the file holds one element.
      expect(widgets.filter((o) => win.customElements.get(o.tag)).map((o) => o.tag)).to.deep.equal([w.tag]);
      expect(fetched(win)).to.deep.equal([`/dist/cdn/${w.tag}.js`]);
      expect(win.__problems).to.deep.equal([]);
      expect(win.__warnings).to.deep.equal([]);
    });
  }

  const chartTag = 'hohhot-trade-breakdown';
  for (const order of ['one,loader', 'loader,one', 'one,copy', 'one,all', 'all,one']) {
    it(`is harmless beside another copy (${order})`, async () => {
      const { win, doc } = await open(`tag=${chartTag}&with=${order}`);
      const el = doc.querySelector(chartTag);
      await until(() => drawn(el), 'the chart');
      expect(win.__problems).to.deep.equal([]);
      expect(win.__warnings).to.deep.equal([]);
    });
  }

  it('leaves an element of another version in place, with one warning', async () => {
    const { win } = await open(`tag=${chartTag}&with=old,one,copy`);
    expect((win.customElements.get(chartTag) as unknown as { version?: string }).version).to.equal('0.0.1');
    expect(win.__warnings).to.have.length(1);
    expect(win.__warnings[0]).to.contain('0.0.1');
    expect(win.__problems).to.deep.equal([]);
  });

  it('fetches the check of given data only when a page gives data', async () => {
    const { win, doc } = await open(`tag=${chartTag}`);
    const el = doc.querySelector(chartTag) as HTMLElement & { data: unknown; updateComplete: Promise<boolean> };
    await until(() => drawn(el), 'the chart');
    expect(fetched(win)).to.have.length(1);
    el.data = { imports: 'none' };
    await el.updateComplete;
    await until(() => el.shadowRoot!.querySelector('[role="alert"]'), 'the alert');
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('Invalid data');
    expect(fetched(win).slice(1).every((p) => p.startsWith(`/dist/cdn/chunks/${chartTag}.`))).to.equal(true);
    expect(win.__problems).to.deep.equal([]);
  });

  it('works under a strict CSP with Trusted Types required, its chart drawn, src checked', async () => {
    await servedJson('trade-2024-revised', tradeRevised());
    const frame = await openFrame('/tests/fixtures/csp/one-hop.html', 800, 1600);
    const win = frame.contentWindow as PageWindow;
    const doc = frame.contentDocument!;
    await until(() => drawn(doc.getElementById('chart')), 'the chart');
    await until(() => doc.getElementById('remote')!.shadowRoot?.textContent?.includes('4.05'), 'the src dataset');
    expect(win.__problems).to.deep.equal([]);
    expect(fetched(win)[0]).to.equal(`/dist/cdn/${chartTag}.js`);
  });
});

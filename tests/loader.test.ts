import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { trade2024 } from '../src/data/trade.js';
import { widgets } from '../src/registry.js';
import { openFrame, until } from './helpers.js';

type FixtureWindow = Window &
  typeof globalThis & {
    __problems: string[];
    __errors?: { kind: string; message: string }[];
    __warnings?: string[];
    __reserve?: { defined: boolean; before: number };
  };

/** Opens a fixture page (which loads the built script-tag loader) in an iframe of the given size. */
async function open(url: string, width = 800, height = 1200) {
  const frame = await openFrame(url, width, height);
  return { frame, doc: frame.contentDocument!, win: frame.contentWindow as FixtureWindow };
}


/** The chunk files a page has fetched, by name without hash (`trade-breakdown`, `core`, `chart`…). */
const chunksOf = (win: Window) =>
  win.performance
    .getEntriesByType('resource')
    .map((e) => /\/chunks\/(.+)-[\w-]{8}\.js$/.exec(new URL(e.name).pathname)?.[1])
    .filter((n): n is string => !!n);

const drawn = (el: Element | null) => !!el?.shadowRoot?.querySelector('canvas')?.hasAttribute('width');

describe('the script-tag loader (dist/cdn/hohhot-widgets.js)', function () {
  // Pages in iframes, each loading its chunks: generous on a busy machine.
  this.timeout(30_000);
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('registers only the elements on the page, and fetches chart.js for a chart', async () => {
    const { doc, win } = await open('/tests/fixtures/loader/one-chart.html');
    const el = doc.querySelector('hohhot-trade-breakdown')!;
    await until(() => drawn(el), 'the chart');
    expect(el.shadowRoot!.textContent).to.contain('Refined oil products');
    const defined = widgets.filter((w) => win.customElements.get(w.tag)).map((w) => w.tag);
    expect(defined).to.deep.equal(['hohhot-trade-breakdown']);
    const chunks = chunksOf(win);
    expect(chunks).to.include.members(['trade-breakdown', 'core', 'chart']);
    const otherWidgets = widgets.map((w) => w.module).filter((m) => m !== 'trade-breakdown');
    expect(chunks.filter((c) => otherWidgets.includes(c))).to.deep.equal([]);
    expect(win.__problems).to.deep.equal([]);
  });

  it('gives a chart-free widget neither chart.js nor any other widget', async () => {
    const { doc, win } = await open('/tests/fixtures/loader/checklist.html');
    const el = doc.querySelector('strategy-checklist')!;
    await until(() => el.shadowRoot?.querySelector('input[type="checkbox"]'), 'the checklist');
    const chunks = chunksOf(win);
    expect(chunks).to.include('strategy-checklist');
    expect(chunks).not.to.include('chart');
    expect(chunks.filter((c) => widgets.some((w) => w.module === c && c !== 'strategy-checklist'))).to.deep.equal([]);
    expect(win.__problems).to.deep.equal([]);
  });

  it('registers elements added later, and those in a shadow root given to discover()', async () => {
    const { doc, win } = await open('/tests/fixtures/loader/one-chart.html');
    await win.customElements.whenDefined('hohhot-trade-breakdown');
    const later = doc.createElement('hohhot-challenges');
    doc.body.append(later);
    await win.customElements.whenDefined('hohhot-challenges');
    await until(() => later.shadowRoot?.textContent?.includes('Problems'), 'the challenges widget');

    const host = doc.createElement('div');
    doc.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    root.append(doc.createElement('hohhot-quiz'));
    await new Promise((r) => setTimeout(r, 100));
    // The loader cannot see into a shadow root by itself…
    expect(win.customElements.get('hohhot-quiz')).to.equal(undefined);
    // …until the page hands it over.
    // The frame's own import(), so the module loads into the frame's realm.
    const importLoader = new win.Function('return import("/dist/cdn/hohhot-widgets.js")') as () => Promise<{
      discover(root: ParentNode): void;
      define(tag: string): Promise<boolean>;
      tags: string[];
    }>;
    const loader = await importLoader();
    loader.discover(root);
    await win.customElements.whenDefined('hohhot-quiz');
    expect(loader.tags).to.deep.equal(widgets.map((w) => w.tag));
    expect(await loader.define('hohhot-nothing')).to.equal(false);
    expect(await loader.define('hohhot-region-map')).to.equal(true);
    expect(win.customElements.get('hohhot-region-map')).to.be.a('function');
    expect(win.__problems).to.deep.equal([]);
  });

  it('does not fetch chart.js for a chart widget that shows its table', async () => {
    const { doc, win } = await open('/tests/fixtures/no-chart.html');
    await until(() => doc.querySelector('hohhot-trade-breakdown')!.shadowRoot?.querySelector('table'), 'the table');
    await new Promise((r) => setTimeout(r, 200));
    expect(chunksOf(win)).not.to.include('chart');
  });

  it('leaves the work to another version that came first, with one warning', async () => {
    const { win } = await open('/tests/fixtures/loader/two-versions.html');
    await new Promise((r) => setTimeout(r, 200));
    expect(win.__warnings).to.have.length(1);
    expect(win.__warnings![0]).to.contain('0.0.1');
    expect(chunksOf(win)).to.deep.equal([]);
    expect(win.__problems).to.deep.equal([]);
  });

  describe('reserves the height each widget will have, before its code runs', () => {
    const cases = [
      { lang: 'zh-CN', width: 360 },
      { lang: 'en', width: 720 },
      { lang: 'zh-CN', width: 560 },
    ];
    for (const w of widgets) {
      for (const { lang, width } of cases) {
        it(`<${w.tag}> (${lang}, ${width} px)`, async () => {
          const { win, doc } = await open(`/tests/fixtures/loader/reserve.html?tag=${w.tag}&lang=${lang}&width=${width}`, width + 40, 900);
          const reserve = await until(() => win.__reserve, 'the probe');
          expect(reserve.defined, 'measured before the element was defined').to.equal(false);
          await win.customElements.whenDefined(w.tag);
          const el = doc.querySelector(w.tag) as HTMLElement & { updateComplete: Promise<unknown> };
          await el.updateComplete;
          await new Promise((r) => win.requestAnimationFrame(() => win.requestAnimationFrame(r)));
          const after = el.getBoundingClientRect().height;
          // Within 10 %: a stale src/reserved-heights.ts fails here (npm run measure-heights).
          expect(Math.abs(reserve.before - after), `reserved ${reserve.before} px, rendered ${after} px`).to.be.at.most(after * 0.1);
        });
      }
    }
  });
});

describe('the register-everything bundle (dist/cdn/hohhot-widgets-all.js)', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('registers every element of the registry at once, from one file', async () => {
    const { win } = await open('/tests/fixtures/loader/all.html');
    const missing = widgets.filter((w) => !win.customElements.get(w.tag)).map((w) => w.tag);
    expect(missing).to.deep.equal([]);
    expect(chunksOf(win)).to.deep.equal([]);
    expect(win.__problems).to.deep.equal([]);
  });
});

describe('a chart whose code cannot be fetched', function () {
  this.timeout(30_000);
  afterEach(async () => {
    await executeServerCommand('chart-chunk', { available: true });
    document.querySelectorAll('iframe').forEach((f) => f.remove());
  });

  const page = '/broken-chart/tests/fixtures/loader/chart-fails.html';
  const alertOf = (el: Element) => el.shadowRoot?.querySelector<HTMLElement>('[role="alert"]');

  it('says so, shows the table, fires error (kind chart), and tries again on request', async () => {
    await executeServerCommand('chart-chunk', { available: false });
    const { doc, win } = await open(page);
    const el = doc.getElementById('chart')!;
    const alert = await until(() => alertOf(el), 'the alert');
    expect(alert.textContent).to.contain('The chart could not be loaded');
    const table = el.shadowRoot!.querySelector('.table-wrap')!;
    expect(table.classList.contains('visually-hidden')).to.equal(false);
    expect(table.getBoundingClientRect().height).to.be.greaterThan(50);
    await until(() => win.__errors?.length, 'the error event');
    expect(win.__errors!.map((e) => e.kind)).to.deep.equal(['chart']);
    expect(win.__errors![0]!.message).to.contain('could not be loaded');
    expect(win.__problems, 'nothing uncaught').to.deep.equal([]);

    await executeServerCommand('chart-chunk', { available: true });
    const retry = [...alert.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Try again')!;
    retry.click();
    await until(() => drawn(el), 'the chart after trying again');
    expect(alertOf(el)).to.equal(null);
    expect(el.shadowRoot!.querySelector('.table-wrap')!.classList.contains('visually-hidden')).to.equal(true);
    expect(win.__problems).to.deep.equal([]);
  });

  it('tries again when the element is connected again', async () => {
    await executeServerCommand('chart-chunk', { available: false });
    const { doc, win } = await open(page);
    const el = doc.getElementById('chart')!;
    await until(() => alertOf(el), 'the alert');
    await executeServerCommand('chart-chunk', { available: true });
    el.remove();
    doc.body.append(el);
    await until(() => drawn(el), 'the chart after reconnecting');
    expect(win.__problems).to.deep.equal([]);
  });
});

describe('the check of given data, through the loader', function () {
  this.timeout(30_000);
  afterEach(async () => {
    await executeServerCommand('validate-chunk', { available: true });
    document.querySelectorAll('iframe').forEach((f) => f.remove());
  });

  type DataWidget = HTMLElement & { data: unknown; readonly updateComplete: Promise<boolean> };
  const alertOf = (el: Element) => el.shadowRoot?.querySelector<HTMLElement>('[role="alert"]');

  it('is fetched only when a page gives data, and reports to a listener attached after the setter', async () => {
    const { doc, win } = await open('/tests/fixtures/loader/one-chart.html');
    const el = doc.querySelector<DataWidget>('hohhot-trade-breakdown')!;
    await until(() => drawn(el), 'the chart');
    expect(chunksOf(win)).not.to.include.members(['validate']);
    expect(chunksOf(win)).not.to.include.members(['problem-text']);
    const kinds: string[] = [];
    el.data = { imports: 'none' };
    el.addEventListener('error', (e) => kinds.push((e as unknown as CustomEvent<{ kind: string }>).detail.kind));
    await el.updateComplete;
    expect(kinds).to.deep.equal(['invalid-data']);
    expect(alertOf(el)!.textContent).to.contain('Invalid data');
    expect(chunksOf(win)).to.include.members(['validate', 'problem-text']);
    expect(win.__problems).to.deep.equal([]);
  });

  it('that cannot be fetched says so, fires error (kind check), and leaves the paper\'s data a null away', async () => {
    await executeServerCommand('validate-chunk', { available: false });
    // Under /broken-check/: the chart chunk's URL is fresh (Chromium remembers a failed module fetch by URL).
    const { doc, win } = await open('/broken-check/tests/fixtures/loader/chart-fails.html');
    const el = doc.getElementById('chart') as DataWidget;
    await until(() => drawn(el), 'the chart');
    const revised = structuredClone(trade2024);
    el.data = revised;
    await el.updateComplete;
    expect(alertOf(el)!.textContent).to.contain('could not be checked');
    expect(win.__errors!.map((e) => e.kind)).to.deep.equal(['check']);
    expect(win.__problems, 'nothing uncaught').to.deep.equal([]);
    el.data = null;
    await el.updateComplete;
    expect(alertOf(el)).to.equal(null);
    expect(el.shadowRoot!.textContent).to.contain('Refined oil products');
  });
});

import { expect } from '@open-wc/testing';
import { defineElement } from '../src/core/util/define.js';
import { VERSION } from '../src/core/util/version.js';
import { captureWarnings, openFrame, servedJson, until } from './helpers.js';
import { tradeRevised } from './fixtures/datasets.js';
import { ENGINE } from './commands.js';

type ProbeWindow = Window & { __problems: string[] };

/** Loads a fixture page (which loads the built script-tag bundle) in an iframe. */
async function page(url: string): Promise<{ doc: Document; win: ProbeWindow; frame: HTMLIFrameElement }> {
  const frame = await openFrame(url, 800, 2000);
  const win = frame.contentWindow as ProbeWindow;
  await win.customElements.whenDefined('hohhot-trade-breakdown');
  return { doc: frame.contentDocument!, win, frame };
}



/**
 * Trusted Types are enforced in the page of `doc`: a string assigned to
 * innerHTML throws a TypeError and leaves the element empty. Each engine words
 * the message its own way (Chromium names TrustedHTML, Firefox a "sink type
 * mismatch"); Chromium's wording is checked too.
 */
function expectStringRefused(doc: Document, win: Window): void {
  const div = doc.createElement('div');
  let error: unknown;
  try {
    div.innerHTML = '<i>x</i>';
  } catch (e) {
    error = e;
  }
  expect(error, 'a string assigned to innerHTML is refused').to.be.instanceOf((win as Window & typeof globalThis).TypeError);
  expect(div.childNodes.length).to.equal(0);
  if (ENGINE === 'chromium') expect(String(error)).to.match(/TrustedHTML/);
}

describe('the script-tag bundle (dist/cdn/hohhot-widgets.js)', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('renders under a strict CSP with Trusted Types required, without a violation', async () => {
    // The page's #remote reads it as its src.
    await servedJson('trade-2024-revised', tradeRevised());
    const { doc, win } = await page('/tests/fixtures/csp/index.html');
    const chart = doc.getElementById('chart')!;
    // chart.js sets the canvas size attributes when it draws.
    await until(() => chart.shadowRoot?.querySelector('canvas')?.hasAttribute('width'), 'the chart');
    const remote = doc.getElementById('remote')!;
    await until(() => remote.shadowRoot?.textContent?.includes('4.05'), 'the src dataset');
    const table = doc.getElementById('table')!;
    expect(table.shadowRoot!.textContent).to.contain('成品油');
    // The chart chunk came through import() under script-src 'self'.
    const chunks = win.performance.getEntriesByType('resource').map((e) => e.name).filter((n) => n.includes('/chunks/'));
    expect(chunks.length).to.be.greaterThan(0);
    expect(win.__problems).to.deep.equal([]);
    // The policy is really in force: a string assigned to innerHTML is refused.
    expectStringRefused(doc, win);
  });

  it('is harmless when loaded twice', async () => {
    const { doc, win } = await page('/tests/fixtures/twice.html');
    await until(() => win.performance.getEntriesByType('resource').filter((e) => e.name.includes('hohhot-widgets.js')).length === 2, 'both copies');
    await new Promise((r) => setTimeout(r, 100));
    expect(win.__problems).to.deep.equal([]);
    expect(doc.querySelector('hohhot-trade-breakdown')!.shadowRoot!.textContent).to.contain('Refined oil products');
  });

  it('does not download chart.js on a page that shows no chart', async () => {
    const { doc, win } = await page('/tests/fixtures/no-chart.html');
    await until(() => doc.querySelector('hohhot-trade-breakdown')!.shadowRoot?.querySelector('table'), 'the table');
    await new Promise((r) => setTimeout(r, 200));
    const loaded = win.performance.getEntriesByType('resource').map((e) => e.name);
    expect(loaded.some((n) => n.includes('hohhot-widgets.js'))).to.equal(true);
    // The widget's own chunks, but not chart.js.
    expect(loaded.filter((n) => /\/chunks\/chart-[\w-]{8}\.js$/.test(n))).to.deep.equal([]);
    expect(win.__problems).to.deep.equal([]);
  });
});

describe('guarded registration', () => {
  it('skips a tag already registered by the same version, silently', async () => {
    class A extends HTMLElement {
      static version = VERSION;
    }
    class B extends HTMLElement {
      static version = VERSION;
    }
    const warnings = await captureWarnings(() => {
      defineElement('hw-guard-same', A);
      defineElement('hw-guard-same', B);
      defineElement('hw-guard-same', A);
    });
    expect(customElements.get('hw-guard-same')).to.equal(A);
    expect(warnings).to.deep.equal([]);
  });

  it('warns once for all the tags another version registered first', async () => {
    class Old extends HTMLElement {
      static version = '0.0.2';
    }
    const tags = ['hw-guard-a', 'hw-guard-b', 'hw-guard-c'];
    tags.forEach((tag) => defineElement(tag, class extends Old {}));
    const warnings = await captureWarnings(() => {
      tags.forEach((tag) => defineElement(tag, class extends HTMLElement {
        static version = VERSION;
      }));
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('0.0.2');
  });

  it('warns once when another version registered the tag first', async () => {
    class Old extends HTMLElement {
      static version = '0.0.1';
    }
    class New extends HTMLElement {
      static version = VERSION;
    }
    defineElement('hw-guard-other', Old);
    const warnings = await captureWarnings(() => defineElement('hw-guard-other', New));
    expect(customElements.get('hw-guard-other')).to.equal(Old);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('0.0.1');
  });
});

describe('Trusted Types with another copy of Lit on the page', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it("works with the README's policy (trusted-types lit-html 'allow-duplicates'): host Lit, loader and one-file bundle", async () => {
    const { doc, win } = await page('/tests/fixtures/csp-shared-lit/host-lit.html');
    await until(() => doc.getElementById('host-text'), "the host's own Lit");
    const chart = doc.getElementById('chart')!;
    await until(() => chart.shadowRoot?.querySelector('canvas')?.hasAttribute('width'), 'the chart');
    await win.customElements.whenDefined('hohhot-challenges');
    await until(() => doc.getElementById('text')!.shadowRoot?.textContent?.includes('Problems'), 'the challenges');
    expect(win.__problems).to.deep.equal([]);
    // The policy is really in force: a string assigned to innerHTML is refused.
    expectStringRefused(doc, win);
  });
});

import { expect, fixture, html } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { property } from 'lit/decorators.js';
import { HwElement, type Validator, type WidgetErrorDetail } from '../src/core/index.js';
import type { Provenance } from '../src/data/schema.js';
import '../src/define/key-figures.js';
import type { HohhotKeyFigures } from '../src/components/key-figures/key-figures.js';
import { investment2024 } from '../src/data/investment.js';
import { $, servedJson, textOf } from './helpers.js';
import { keyFiguresInvestment } from './fixtures/datasets.js';

/**
 * The DatasetController through real elements: a widget of its own built on
 * HwElement, whose default dataset and validator depend on a `kind`
 * property (as key-figures' depend on `topic`), and <hohhot-key-figures>.
 */

interface Count {
  kind: 'apples' | 'pears';
  count: number;
}

const defaults: Record<Count['kind'], Count> = { apples: { kind: 'apples', count: 3 }, pears: { kind: 'pears', count: 5 } };
const checked: string[] = [];

/** A validator per kind: the dataset's `kind` must be the widget's and its `count` a number. */
const validators: Record<Count['kind'], () => Promise<Validator<Count>>> = {
  apples: () => Promise.resolve(check('apples')),
  pears: () => Promise.resolve(check('pears')),
};
function check(kind: Count['kind']): Validator<Count> {
  return (input) => {
    checked.push(kind);
    const x = input as Partial<Count>;
    if (x.kind !== kind) return { ok: false, problem: { path: 'kind', expected: kind, received: String(x.kind), reason: 'one-of', options: [kind] } };
    if (typeof x.count !== 'number') return { ok: false, problem: { path: 'count', expected: 'number', received: typeof x.count, reason: 'type', expectedType: 'number' } };
    return { ok: true, data: x as Count };
  };
}

class TestCount extends HwElement<Count> {
  @property() kind: Count['kind'] = 'apples';
  /** When false, the widget does not call `kindChanged()` (the controller must still not show a stale check). */
  tellKind = true;

  protected get defaultData(): Count {
    return defaults[this.kind];
  }
  protected get validator(): () => Promise<Validator<Count>> {
    return validators[this.kind];
  }
  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed as never);
    if (changed.has('kind') && this.hasUpdated && this.tellKind) this.datasetCtl.kindChanged();
  }
  protected renderBody(data: Count) {
    return litHtml`<p class="count">${data.kind}: ${data.count}</p>`;
  }
  protected provenance(): Provenance[] {
    return [];
  }
}
customElements.define('test-count', TestCount);

const errors = (el: HTMLElement) => {
  const seen: WidgetErrorDetail[] = [];
  el.addEventListener('hw-error', (e) => seen.push(e.detail));
  return seen;
};
const shown = (el: HTMLElement) => $(el, '.count')?.textContent ?? null;
const settle = async (el: HwElement<unknown>) => {
  await el.whenLoaded();
  await el.updateComplete;
};

describe('DatasetController', () => {
  beforeEach(() => {
    checked.length = 0;
  });

  it('shows the default dataset, a given one once it passes, and the default again for null', async () => {
    const el = await fixture<TestCount>(html`<test-count lang="en"></test-count>`);
    expect(shown(el)).to.equal('apples: 3');
    el.data = { kind: 'apples', count: 7 };
    await el.updateComplete;
    expect(shown(el)).to.equal('apples: 7');
    expect(el.data).to.deep.equal({ kind: 'apples', count: 7 });
    el.data = null;
    await el.updateComplete;
    expect(shown(el)).to.equal('apples: 3');
  });

  it('fires error once for invalid data, after the setter returned, and shows the alert', async () => {
    const el = await fixture<TestCount>(html`<test-count lang="en"></test-count>`);
    const seen = errors(el);
    el.data = { kind: 'apples', count: 'many' } as unknown as Count;
    expect(seen).to.have.length(0);
    await el.updateComplete;
    expect(seen.map((d) => [d.kind, d.path])).to.deep.equal([['invalid-data', 'count']]);
    expect($(el, '[role="alert"]')!.textContent).to.contain('count');
    expect(shown(el)).to.equal(null);
  });

  it('checks the given data again when the widget says its kind changed', async () => {
    const el = await fixture<TestCount>(html`<test-count lang="en"></test-count>`);
    const seen = errors(el);
    el.data = { kind: 'apples', count: 9 };
    await el.updateComplete;
    el.kind = 'pears';
    await settle(el);
    expect(seen.map((d) => d.path)).to.deep.equal(['kind']);
    el.kind = 'apples';
    await settle(el);
    expect($(el, '[role="alert"]')).to.equal(null);
    expect(shown(el)).to.equal('apples: 9');
    expect(checked).to.deep.equal(['apples', 'pears', 'apples']);
  });

  it('shows the new default when nothing was given and the kind changes', async () => {
    const el = await fixture<TestCount>(html`<test-count lang="en"></test-count>`);
    el.kind = 'pears';
    await settle(el);
    expect(shown(el)).to.equal('pears: 5');
    expect(checked).to.deep.equal([]);
  });

  it('never shows a check made for a kind that changed while it ran', async () => {
    const el = await fixture<TestCount>(html`<test-count lang="en"></test-count>`);
    el.tellKind = false;
    const seen = errors(el);
    el.data = { kind: 'pears', count: 2 };
    el.kind = 'pears';
    await settle(el);
    expect(seen).to.have.length(0);
    expect(shown(el)).to.equal('pears: 2');
  });

  it('fetches `src` again for a new kind, and forgets it when `src` is removed', async () => {
    const el = await fixture<HohhotKeyFigures>(html`<hohhot-key-figures lang="zh-CN" topic="investment"></hohhot-key-figures>`);
    const src = await servedJson('key-figures-investment', keyFiguresInvestment());
    const original = window.fetch;
    const urls: string[] = [];
    window.fetch = (input, init) => {
      urls.push(input instanceof Request ? input.url : String(input));
      return original(input, init);
    };
    try {
      el.src = src;
      await settle(el);
      expect(textOf(el)).to.contain('9120亿元');
      const seen = errors(el);
      el.topic = 'ecommerce';
      await settle(el);
      expect(urls).to.have.length(2);
      expect(seen.map((d) => d.kind)).to.deep.equal(['invalid-data']);
      el.removeAttribute('src');
      el.src = undefined;
      await settle(el);
      expect($(el, '[role="alert"]')).to.equal(null);
      expect(textOf(el)).to.contain('超过12亿元');
    } finally {
      window.fetch = original;
    }
  });

  it('takes key-figures data and topic set together without a check against the old topic', async () => {
    const el = await fixture<HohhotKeyFigures>(html`<hohhot-key-figures lang="en"></hohhot-key-figures>`);
    const seen = errors(el);
    el.topic = 'investment';
    el.data = structuredClone(investment2024);
    await settle(el);
    el.data = structuredClone(investment2024);
    el.topic = 'trade';
    el.topic = 'investment';
    await settle(el);
    expect(seen).to.have.length(0);
    expect(textOf(el)).to.contain('Agreed investment');
  });
});

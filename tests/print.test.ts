import { expect, fixture, html } from '@open-wc/testing';
import { withPrintRules } from './commands.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { widgets } from '../src/registry.js';

const token = (el: Element, name: string) => getComputedStyle(el).getPropertyValue(name).trim();

describe('print from the dark theme', function () {
  this.timeout(30_000);
  for (const w of widgets) {
    it(`<${w.tag} theme="dark"> prints light: light tokens, series and colour scheme, no controls`, async () => {
      await w.load();
      const tag = unsafeStatic(w.tag);
      const el = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(staticHtml`<${tag} lang="en" theme="dark" seed="1"></${tag}>`);
      await el.updateComplete;
      const light = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(staticHtml`<${tag} lang="en" theme="light" seed="1"></${tag}>`);
      await light.updateComplete;
      expect(token(el, '--_hw-series-1'), 'on screen, dark').not.to.equal(token(light, '--_hw-series-1'));
      // The widget's own @media print rules, applied in every engine (tests/commands.ts).
      await withPrintRules(el, () => {
        for (const name of ['--_hw-series-1', '--_hw-series-2', '--_hw-series-5', '--_hw-accent-text', '--_hw-grid', '--_hw-focus']) {
          expect(token(el, name), name).to.equal(token(light, name));
        }
        expect(getComputedStyle(el).colorScheme).to.equal('light');
        for (const control of el.shadowRoot!.querySelectorAll('.no-print, .toolbar')) {
          expect(getComputedStyle(control).display, control.className).to.equal('none');
        }
        // No heading left alone at the foot of a page, no row split across two.
        for (const heading of el.shadowRoot!.querySelectorAll('h2, h3, caption')) {
          expect(getComputedStyle(heading).breakAfter, heading.textContent).to.equal('avoid');
        }
        for (const row of el.shadowRoot!.querySelectorAll('tr')) expect(getComputedStyle(row).breakInside).to.equal('avoid');
      });
    });
  }

  it('hides the quiz\'s "Check answer" on paper', async () => {
    await widgets.find((w) => w.tag === 'hohhot-quiz')!.load();
    const el = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(html`<hohhot-quiz lang="en" seed="1"></hohhot-quiz>`);
    await el.updateComplete;
    const check = el.shadowRoot!.querySelector('[data-action="check"]')!;
    expect(check.checkVisibility()).to.equal(true);
    await withPrintRules(el, () => expect(check.checkVisibility()).to.equal(false));
  });
});

import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit/static-html.js';
import '../src/cdn-all.js';
import { widgets } from '../src/registry.js';
import { $ } from './helpers.js';
import { BOOTSTRAP, HOSTILE, addStyle, addStylesheet, measure, type Widget } from './host-page.js';

describe('isolation from the host page', () => {
  describe('inherited text properties of the column stop at the widget', () => {
    let style: HTMLStyleElement;
    before(() => {
      style = addStyle(HOSTILE);
    });
    after(() => style.remove());
    for (const w of widgets) {
      it(`<${w.tag}> keeps its size and fits a 360 px column`, async () => {
        const plain = await measure(w.tag);
        const hostile = await measure(w.tag, 'hostile');
        expect(hostile.scrollWidth, 'no horizontal overflow').to.be.at.most(360);
        expect(Math.abs(hostile.height - plain.height), `height ${plain.height} → ${hostile.height}`).to.be.at.most(plain.height * 0.03);
        const base = $(hostile.el, '[part="base"]')!;
        const cs = getComputedStyle(base);
        expect(cs.textTransform).to.equal('none');
        expect(cs.whiteSpace).to.equal('normal');
        expect(cs.letterSpacing).to.equal('normal');
        expect(cs.direction).to.equal('ltr');
        expect(cs.fontStyle).to.equal('normal');
      });
    }
  });

  describe('Bootstrap 5 on the page', () => {
    let link: HTMLLinkElement;
    before(async () => {
      link = await addStylesheet(BOOTSTRAP);
    });
    after(() => link.remove());
    for (const w of widgets) {
      it(`<${w.tag}> keeps its size within a few percent`, async () => {
        link.disabled = true;
        const plain = await measure(w.tag);
        link.disabled = false;
        const withBootstrap = await measure(w.tag);
        expect(withBootstrap.scrollWidth).to.be.at.most(360);
        expect(Math.abs(withBootstrap.height - plain.height), `height ${plain.height} → ${withBootstrap.height}`).to.be.at.most(plain.height * 0.03);
      });
    }
  });

  describe('--hw-* tokens set by the page', () => {
    let style: HTMLStyleElement | undefined;
    afterEach(() => style?.remove());
    const pressed = (el: Element) => getComputedStyle($(el, 'button[aria-pressed="true"]')!).backgroundColor;

    it('apply from :root, in the light and the dark theme', async () => {
      style = addStyle(':root { --hw-accent: rgb(200, 0, 0); --hw-radius: 0px; }');
      for (const theme of ['light', 'dark']) {
        const el = await fixture<Widget>(html`<hohhot-trade-breakdown theme=${theme}></hohhot-trade-breakdown>`);
        await el.updateComplete;
        expect(pressed(el), theme).to.equal('rgb(200, 0, 0)');
        expect(getComputedStyle(el).borderTopLeftRadius).to.equal('0px');
      }
    });

    it('apply from any ancestor, and from the element itself', async () => {
      style = addStyle('.brand { --hw-accent: rgb(0, 120, 0); } hohhot-trade-breakdown.own { --hw-accent: rgb(0, 0, 200); }');
      const wrap = await fixture<HTMLElement>(html`<section class="brand"><div><hohhot-trade-breakdown></hohhot-trade-breakdown></div></section>`);
      const el = wrap.querySelector('hohhot-trade-breakdown') as Widget;
      await el.updateComplete;
      expect(pressed(el)).to.equal('rgb(0, 120, 0)');
      el.classList.add('own');
      expect(pressed(el)).to.equal('rgb(0, 0, 200)');
    });

    it('leave the defaults when the page sets none', async () => {
      const el = await fixture<Widget>(html`<hohhot-trade-breakdown theme="light"></hohhot-trade-breakdown>`);
      await el.updateComplete;
      expect(pressed(el)).to.equal('rgb(10, 91, 181)');
    });
  });
});

import { expect, fixture } from '@open-wc/testing';
import { html, unsafeStatic } from 'lit/static-html.js';
import '../src/cdn-all.js';
import { widgets } from '../src/registry.js';
import { $ } from './helpers.js';

type Widget = HTMLElement & { updateComplete: Promise<unknown>; whenLoaded(): Promise<void> };

/** What article templates put on the column around embedded content (all inherited). */
const HOSTILE = `
  .hostile {
    white-space: nowrap; text-align: right; letter-spacing: 0.3em; word-spacing: 1em;
    line-height: 3; text-transform: uppercase; text-indent: 4em; font-style: italic;
    font-variant: small-caps; font-weight: 900; font-size: 28px; color: #c0c; direction: rtl;
    font-family: 'Courier New', monospace; hyphens: auto; word-break: break-all;
  }`;

function addStyle(text: string): HTMLStyleElement {
  const style = document.createElement('style');
  style.textContent = text;
  document.head.append(style);
  return style;
}

async function addStylesheet(href: string): Promise<HTMLLinkElement> {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  const loaded = new Promise((r, j) => {
    link.addEventListener('load', r, { once: true });
    link.addEventListener('error', () => j(new Error(`could not load ${href}`)), { once: true });
  });
  document.head.append(link);
  await loaded;
  return link;
}

/** Mounts a widget in a 360 px column with the given class and returns its size. */
async function measure(tag: string, columnClass = ''): Promise<{ height: number; width: number; scrollWidth: number; el: Widget }> {
  const t = unsafeStatic(tag);
  // eslint-disable-next-line lit/binding-positions, lit/no-invalid-html -- the tag is an unsafeStatic value of lit/static-html, which may stand for a tag name
  const column = await fixture<HTMLDivElement>(html`<div class=${columnClass} style="width: 360px"><${t} lang="en" theme="light" seed="7"></${t}></div>`);
  const el = column.firstElementChild as Widget;
  await el.whenLoaded();
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  return { height: el.getBoundingClientRect().height, width: el.getBoundingClientRect().width, scrollWidth: Math.max(el.scrollWidth, column.scrollWidth), el };
}

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
      link = await addStylesheet('/node_modules/bootstrap/dist/css/bootstrap.min.css');
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

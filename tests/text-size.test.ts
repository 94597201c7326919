// The widget's size is the reader's, not the page's: a page that shrinks its
// root (html { font-size: 62.5% }), Bootstrap 5 or a hostile column leaves
// every widget's height and text size as on a plain page, and the reader's
// text size setting (the browser's default font size) still enlarges it.
import { expect } from '@open-wc/testing';
import '../src/cdn-all.js';
import { widgets } from '../src/registry.js';
import { NO_FONT_SIZE_SETTING, canSetDefaultFontSize, setDefaultFontSize } from './commands.js';
import { BOOTSTRAP, HOSTILE, ROOT_62_5, addStyle, addStylesheet, measure, type Measured } from './host-page.js';

/** Height within 10 %, main text within 1 px of the plain page's. */
function expectSameSize(plain: Measured, other: Measured, what: string): void {
  expect(Math.abs(other.height - plain.height), `${what}: height ${plain.height} → ${other.height}`).to.be.at.most(plain.height * 0.1);
  expect(Math.abs(other.textSize - plain.textSize), `${what}: text ${plain.textSize}px → ${other.textSize}px`).to.be.at.most(1);
}

describe('text size: the reader’s, not the page’s', () => {
  describe('a page with html { font-size: 62.5% }', () => {
    let style: HTMLStyleElement;
    before(() => {
      style = addStyle(ROOT_62_5);
      style.disabled = true;
    });
    after(() => style.remove());
    for (const w of widgets) {
      it(`<${w.tag}> keeps its height and text size`, async () => {
        style.disabled = true;
        const plain = await measure(w.tag);
        style.disabled = false;
        expect(parseFloat(getComputedStyle(document.documentElement).fontSize), 'the root is 10 px').to.equal(10);
        expectSameSize(plain, await measure(w.tag), 'html 62.5%');
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
      it(`<${w.tag}> keeps its height and text size`, async () => {
        link.disabled = true;
        const plain = await measure(w.tag);
        link.disabled = false;
        expectSameSize(plain, await measure(w.tag), 'Bootstrap 5');
      });
    }
  });

  describe('a hostile column (28 px monospace text, line-height 3, …)', () => {
    let style: HTMLStyleElement;
    before(() => {
      style = addStyle(HOSTILE);
    });
    after(() => style.remove());
    for (const w of widgets) {
      it(`<${w.tag}> keeps its height and text size`, async () => {
        const plain = await measure(w.tag);
        expectSameSize(plain, await measure(w.tag, 'hostile'), 'hostile column');
      });
    }
  });

  describe('a larger text setting in the browser (default font size 24 px)', () => {
    after(async () => {
      if (canSetDefaultFontSize) await setDefaultFontSize(16);
    });
    for (const w of widgets) {
      const title = `<${w.tag}> grows with it, even on a page with html { font-size: 62.5% }`;
      if (!canSetDefaultFontSize) {
        it(`${title} (${NO_FONT_SIZE_SETTING})`);
        continue;
      }
      it(title, async () => {
        await setDefaultFontSize(16);
        const plain = await measure(w.tag);
        await setDefaultFontSize(24);
        const larger = await measure(w.tag);
        expect(larger.textSize, `text ${plain.textSize}px → ${larger.textSize}px`).to.be.closeTo(plain.textSize * 1.5, 1);
        expect(larger.height, `height ${plain.height} → ${larger.height}`).to.be.above(plain.height * 1.2);
        const style = addStyle(ROOT_62_5);
        try {
          const shrunkRoot = await measure(w.tag);
          expect(Math.abs(shrunkRoot.textSize - larger.textSize), `text with html 62.5%: ${shrunkRoot.textSize}px`).to.be.at.most(1);
        } finally {
          style.remove();
        }
      });
    }
  });
});

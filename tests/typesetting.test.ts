import { expect, fixture, html } from '@open-wc/testing';
import '../src/define/key-figures.js';
import '../src/define/trade-breakdown.js';
import type { HohhotKeyFigures } from '../src/components/key-figures/key-figures.js';
import { $, $$ } from './helpers.js';

/** Chinese and English typesetting that the eye judges, checked where the page can measure it. */
describe('typesetting', () => {
  it('sets no synthetic italics on Chinese text, and keeps them in English', async () => {
    for (const [lang, style] of [
      ['zh-CN', 'normal'],
      ['en', 'italic'],
    ] as const) {
      const el = await fixture<HohhotKeyFigures>(html`<hohhot-key-figures topic="ecommerce" lang=${lang}></hohhot-key-figures>`);
      await el.whenLoaded();
      const note = $(el, '.fc-bound-note');
      expect(note, `${lang}: the lower-bound note`).to.exist;
      expect(getComputedStyle(note!).fontStyle, lang).to.equal(style);
      el.remove();
    }
  });

  it('never breaks a Chinese section mark such as 二（一） across lines, even in a narrow column', async () => {
    const box = await fixture<HTMLDivElement>(html`<div style="width: 200px"><hohhot-trade-breakdown lang="zh-CN" view="table"></hohhot-trade-breakdown></div>`);
    const el = box.firstElementChild as HTMLElement & { whenLoaded(): Promise<void> };
    await el.whenLoaded();
    const marks = $$(el, '.source .keep');
    expect(marks.map((m) => m.textContent)).to.include('二（一）');
    for (const mark of marks) expect(mark.getClientRects().length, mark.textContent).to.equal(1);
    // The rest of the line still wraps to the column.
    expect($(el, '.source')!.getClientRects()[0]!.height).to.be.greaterThan(40);
  });

  it('balances the lines of titles', async () => {
    const el = await fixture<HohhotKeyFigures>(html`<hohhot-key-figures topic="trade" lang="zh-CN"></hohhot-key-figures>`);
    await el.whenLoaded();
    const title = $(el, 'h2')!;
    const wrap = getComputedStyle(title).getPropertyValue('text-wrap-style') || getComputedStyle(title).getPropertyValue('text-wrap');
    expect(wrap).to.contain('balance');
  });
});

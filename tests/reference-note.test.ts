import { expect, fixture, html } from '@open-wc/testing';
import '../src/define/challenges.js';
import '../src/define/paper-citation.js';
import { paperReferences } from '../src/data/paper-source.js';
import { $, $$, until } from './helpers.js';
import { sendKeys } from './commands.js';

const noteOf = (el: Element, n: number) => el.shadowRoot!.getElementById(`hw-ref-note-${n}`);
const isOpen = (note: Element | null) => !!note && getComputedStyle(note).display !== 'none';

async function challenges(lang: string, withCitation = false): Promise<HTMLElement> {
  const wrap = await fixture<HTMLDivElement>(html`<div>
    <button id="before">before</button>
    <hohhot-challenges lang=${lang}></hohhot-challenges>
    ${withCitation ? html`<hohhot-paper-citation lang=${lang}></hohhot-paper-citation>` : ''}
  </div>`);
  const el = wrap.querySelector<HTMLElement & { updateComplete: Promise<boolean> }>('hohhot-challenges')!;
  await el.updateComplete;
  return el;
}

/** The source line's first reference mark. */
const sourceMark = (el: Element) => $(el, '[part="source"] button.ref')!;

describe('reference marks open the reference itself', () => {
  it('a click shows the reference as the paper prints it, beside its mark and inside the window', async () => {
    const el = await challenges('en');
    const mark = sourceMark(el);
    const n = Number(mark.dataset.ref);
    expect(noteOf(el, n)).to.equal(null); // made on first use
    mark.click();
    const note = await until(() => (isOpen(noteOf(el, n)) ? noteOf(el, n) : null), 'an open note');
    await new Promise(requestAnimationFrame);
    await new Promise(requestAnimationFrame);
    expect(note.textContent).to.include(paperReferences.find((r) => r.n === n)!.text);
    expect(note.querySelector('p')!.lang).to.equal('zh-CN');
    const m = mark.getBoundingClientRect();
    const r = note.getBoundingClientRect();
    expect(r.left).to.be.at.least(0);
    expect(r.right).to.be.at.most(window.innerWidth);
    expect(r.top, 'below or above its mark').to.satisfy((top: number) => Math.abs(top - m.bottom) < 12 || Math.abs(r.bottom - m.top) < 12);
    // A second click on the mark closes it.
    mark.click();
    await until(() => !isOpen(note), 'the note closed');
  });

  it('Enter opens it from the keyboard and Escape closes it', async () => {
    const el = await challenges('zh-CN');
    const mark = sourceMark(el);
    mark.focus();
    await sendKeys({ press: 'Enter' });
    const note = await until(() => (isOpen(noteOf(el, Number(mark.dataset.ref))) ? noteOf(el, Number(mark.dataset.ref)) : null), 'an open note');
    // The focus goes into the note, so that a screen reader reads what opened.
    await until(() => el.shadowRoot!.activeElement === note, 'the focus in the open note');
    await sendKeys({ press: 'Escape' });
    await until(() => !isOpen(note), 'the note closed by Escape');
    await until(() => el.shadowRoot!.activeElement === mark, 'the focus back on its mark');
  });

  it('says the word "references" once: hidden before marks that are named by their number', async () => {
    for (const lang of ['en', 'zh-CN']) {
      const el = await challenges(lang);
      const mark = sourceMark(el);
      const word = mark.previousElementSibling as HTMLElement;
      expect(word.getAttribute('aria-hidden'), lang).to.equal('true');
      expect(word.textContent.trim(), lang).to.equal(lang === 'en' ? 'reference' : '参考文献');
      expect(mark.getAttribute('aria-label'), lang).to.equal(lang === 'en' ? `Reference ${mark.dataset.ref ?? ''}` : `参考文献 ${mark.dataset.ref ?? ''}`);
    }
  });

  it('links to the reference list only when <hohhot-paper-citation> is on the page, in the widget language', async () => {
    const alone = await challenges('en');
    sourceMark(alone).click();
    const n = Number(sourceMark(alone).dataset.ref);
    const aloneLink = noteOf(alone, n)!.querySelector('a')!;
    expect(aloneLink.parentElement!.hidden).to.equal(true);
    expect(aloneLink.getClientRects().length, 'no link that leads nowhere').to.equal(0);

    const withList = await challenges('zh-CN', true);
    sourceMark(withList).click();
    const link = noteOf(withList, n)!.querySelector('a')!;
    expect(link.parentElement!.hidden).to.equal(false);
    expect(link.getAttribute('href')).to.equal(`#ref-${n}`);
    expect(link.textContent).to.equal('在本页参考文献列表中查看');
  });

  it('the marks are buttons named "Reference N", with no title that only a mouse can read', async () => {
    const el = await challenges('en');
    const marks = $$(el, 'button.ref');
    expect(marks.length).to.be.greaterThan(0);
    for (const mark of marks) {
      expect(mark.getAttribute('type')).to.equal('button');
      expect(mark.getAttribute('aria-label')).to.equal(`Reference ${mark.dataset.ref ?? ''}`);
      expect(mark.hasAttribute('title')).to.equal(false);
      expect(mark.getAttribute('popovertarget')).to.equal(`hw-ref-note-${mark.dataset.ref ?? ''}`);
    }
  });
});

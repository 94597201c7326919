import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from './commands.js';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import { widgets } from '../src/registry.js';
import { needsWindowFocus } from './helpers.js';

/** The element that has focus, looking into shadow roots. */
function deepActive(): Element | null {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

/** The hidden-text classes of the library (core/styles/styles.ts): what they hold is clipped to 1 px. */
function hiddenAncestor(el: Element): Element | null {
  for (let n: Element | null = el; n; n = n.parentElement ?? ((n.getRootNode() as ShadowRoot).host ?? null)) {
    if (n.classList.contains('visually-hidden') || n.classList.contains('print-visible')) return n;
  }
  return null;
}

/** A focus indicator a reader can see: an outline, a box shadow, or (SVG) a stroke that differs from the unfocused one. */
function focusRing(el: Element): string | null {
  const style = getComputedStyle(el);
  if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) return `outline ${style.outlineWidth} ${style.outlineStyle}`;
  if (style.boxShadow && style.boxShadow !== 'none') return `box-shadow ${style.boxShadow}`;
  // An SVG mark draws its ring as a stroke (the region map's cities: .focus-ring; .ring is the selection's rim).
  const ring = el instanceof SVGElement ? el.querySelector('.focus-ring') : null;
  if (ring) {
    const r = getComputedStyle(ring);
    if (r.stroke !== 'none' && !/rgba\(.*,\s*0\)$|transparent/.test(r.stroke) && parseFloat(r.strokeWidth) >= 2) return `stroke ${r.stroke} ${r.strokeWidth}`;
  }
  return null;
}

describe('keyboard focus in every widget', function () {
  this.timeout(60_000);

  for (const w of widgets) {
    it(`<${w.tag}>: every tab stop is visible and shows a focus ring`, async function () {
      await w.load();
      const tag = unsafeStatic(w.tag);
      const root = await fixture<HTMLElement>(html`<div>
        <button id="before">before</button>
        ${staticHtml`<${tag} lang="en" seed="1"></${tag}>`}
        <button id="after">after</button>
      </div>`);
      const el = root.querySelector<HTMLElement & { updateComplete?: Promise<unknown> }>(w.tag)!;
      await el.updateComplete;
      // The page's window takes focus first: an engine shows no focus ring in a window without focus
      // (WebKitGTK's MiniBrowser loses it during a full run; alone, this file passes there).
      needsWindowFocus(this);
      root.querySelector<HTMLButtonElement>('#before')!.focus();
      const stops: string[] = [];
      for (let i = 0; i < 120; i++) {
        await sendKeys({ press: 'Tab' });
        const active = deepActive();
        if (!active || active.id === 'after') break;
        const name = `${active.localName}${active.className && typeof active.className === 'string' ? `.${active.className.trim().split(/\s+/).join('.')}` : ''} “${(active.textContent ?? '').trim().slice(0, 30)}”`;
        stops.push(name);
        const box = active.getBoundingClientRect();
        expect(hiddenAncestor(active), `${name} is inside hidden text`).to.equal(null);
        expect(box.width * box.height, `${name} has no visible size`).to.be.greaterThan(4);
        expect(focusRing(active), `${name} shows no focus ring`).not.to.equal(null);
      }
      expect(deepActive()?.id, `Tab leaves <${w.tag}> after ${stops.length} stops`).to.equal('after');
    });
  }
});

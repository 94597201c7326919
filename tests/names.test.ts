import { expect, fixture } from '@open-wc/testing';
import '../src/define/all.js';
import { widgets } from '../src/registry.js';
import { LANGS } from './helpers.js';

/**
 * What a screen reader says for a control, heading or group: the element's
 * aria-label, or the text of its label, legend or own content, with CSS
 * line breaks between blocks read as nothing (so words must be separated in
 * the text itself).
 */
function spokenNames(root: ShadowRoot): { what: string; name: string }[] {
  const names: { what: string; name: string }[] = [];
  const squash = (t: string) => t.replace(/\s+/g, ' ').trim();
  for (const el of root.querySelectorAll<HTMLElement>('[aria-label]')) names.push({ what: `${el.localName}[aria-label]`, name: el.getAttribute('aria-label')! });
  for (const el of root.querySelectorAll<HTMLElement>('button, summary, legend, h2, h3, h4, label, caption, th')) {
    if (el.hasAttribute('aria-label')) continue;
    names.push({ what: el.localName, name: squash(el.textContent ?? '') });
  }
  return names.filter((n) => n.name);
}

describe('accessible names are punctuated as text', () => {
  for (const { tag } of widgets) {
    for (const lang of LANGS) {
      it(`<${tag}> in ${lang}: no space before a colon, and words of two blocks never run together`, async () => {
        const el = await fixture<HTMLElement & { whenLoaded?: () => Promise<void>; updateComplete: Promise<boolean> }>(
          `<${tag} lang="${lang}"></${tag}>`,
        );
        await el.whenLoaded?.();
        await el.updateComplete;
        const names = spokenNames(el.shadowRoot!);
        expect(names.length).to.be.greaterThan(0);
        for (const { what, name } of names) {
          expect(name, `${what}: “${name}”`).not.to.match(/\s[:：]/);
          // A lower-case word, a digit or a closing bracket straight before a capitalised word, or
          // a number's full stop straight before a word: two blocks' words run together
          // (`BibTeX` is one word: its lower-case run does not start a word).
          expect(name, `${what}: “${name}”`).not.to.match(/(?:[\d）)]|\b[a-z]+)[A-Z][a-z]|\d\.[A-Za-z\u3400-\u9fff]/);
        }
      });
    }
  }
});

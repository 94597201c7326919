// Hydration of a server-rendered element: tests/ssr/render.mjs (run in npm
// test before the browser tests) renders <hohhot-challenges lang="en"> with
// @lit-labs/ssr into tests/ssr/dist/challenges.html; here the page inserts
// that HTML (declarative shadow DOM), then loads Lit's hydration support and
// the element, which takes over the server's DOM instead of rendering anew.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { expect, oneEvent } from '@open-wc/testing';
import type { ChallengeToggleDetail, HohhotChallenges } from '../src/components/challenges/challenges.js';

describe('server-side rendering', () => {
  it('shows the server-rendered element before any script, then hydrates it in place', async () => {
    const res = await fetch('/tests/ssr/dist/challenges.html');
    expect(res.ok, 'run `node tests/ssr/render.mjs --write tests/ssr/dist/challenges.html` first').to.equal(true);
    const host = document.createElement('div');
    document.body.append(host);
    host.setHTMLUnsafe(await res.text());
    const el = host.querySelector('hohhot-challenges') as HohhotChallenges;
    expect(customElements.get('hohhot-challenges')).to.equal(undefined);
    // The server's markup alone: a shadow root with the content and source line, in English.
    const summary = el.shadowRoot!.querySelector('summary')!;
    const title = summary.textContent.trim();
    expect(title).to.match(/[A-Za-z]/);
    expect(el.shadowRoot!.querySelector('[part="source"]')!.textContent).to.contain('Li Jianhong');

    await import('../src/define/challenges.js');
    await el.updateComplete;
    // Hydrated: the same nodes, now live.
    expect(el.shadowRoot!.querySelector('summary')).to.equal(summary);
    expect(el.locale).to.equal('en');
    const toggled = oneEvent<CustomEvent<ChallengeToggleDetail>>(el, 'hw-challenge-toggle');
    summary.click();
    const { detail } = await toggled;
    expect(detail.open).to.equal(true);
    expect(summary.closest('details')!.open).to.equal(true);
    host.remove();
  });
});

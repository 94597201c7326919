import { expect } from '@open-wc/testing';

/** The iframe embed page (dist/cdn/embed.html), for course pages that strip scripts. */
async function embed(query: string, sandbox?: string) {
  const frame = document.createElement('iframe');
  if (sandbox !== undefined) frame.setAttribute('sandbox', sandbox);
  frame.width = '600';
  frame.height = '900';
  const heights: number[] = [];
  const onMessage = (e: MessageEvent<{ type?: unknown; height: number } | null | undefined>) => {
    if (e.source === frame.contentWindow && e.data?.type === 'hohhot-widgets:height') heights.push(e.data.height);
  };
  window.addEventListener('message', onMessage);
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  frame.src = `/dist/cdn/embed.html?${query}`;
  document.body.append(frame);
  await loaded;
  return {
    frame,
    heights,
    done: () => {
      window.removeEventListener('message', onMessage);
      frame.remove();
    },
  };
}

async function until(fn: () => unknown, what: string) {
  for (let i = 0; i < 200; i++) {
    if (fn()) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('embed.html (one widget in an iframe)', () => {
  it('renders the widget named in the query, with its attributes and language', async () => {
    const e = await embed('widget=hohhot-trade-breakdown&lang=en&view=table&flow=exports');
    const doc = e.frame.contentDocument!;
    // The loader registers the element once its code has arrived; the page adds it then.
    await until(() => doc.querySelector('hohhot-trade-breakdown')?.shadowRoot?.querySelector('table'), 'the table');
    const el = doc.querySelector('hohhot-trade-breakdown')!;
    expect(doc.documentElement.lang).to.equal('en');
    expect(el.getAttribute('view')).to.equal('table');
    expect(el.shadowRoot!.textContent).to.contain('Mechanical and electrical products');
    expect(el.shadowRoot!.textContent).not.to.contain('Refined oil products');
    await until(() => e.heights.length, 'a height message');
    // The content's height, not the iframe's (900 px): a host can shrink the frame.
    expect(e.heights.at(-1)).to.be.greaterThan(200).and.lessThan(900);
    expect(e.heights.at(-1)).to.be.closeTo(doc.body.getBoundingClientRect().height, 2);
    e.done();
  });

  it('says so for an unknown widget, and refuses a src on another site', async () => {
    const e = await embed('widget=hohhot-nothing');
    const doc = e.frame.contentDocument!;
    await until(() => doc.querySelector('[role="alert"]'), 'the message');
    expect(doc.querySelector('[role="alert"]')!.textContent).to.contain('Unknown widget');
    e.done();
    const f = await embed('widget=hohhot-challenges&src=http://127.0.0.1:9/x.json');
    const fdoc = f.frame.contentDocument!;
    await until(() => fdoc.querySelector('[role="alert"]') && fdoc.querySelector('hohhot-challenges'), 'the refusal');
    expect(fdoc.querySelector('hohhot-challenges')!.hasAttribute('src')).to.equal(false);
    f.done();
  });

  it('refuses an event handler attribute from the query with a visible message, and still shows the widget', async () => {
    const errors: string[] = [];
    const e = await embed('widget=hohhot-challenges&lang=en&onclick=alert(1)&onerror=alert(2)');
    const doc = e.frame.contentDocument!;
    e.frame.contentWindow!.addEventListener('error', (ev) => errors.push(ev.message));
    await until(() => doc.querySelector('hohhot-challenges')?.shadowRoot?.textContent, 'the widget');
    const alerts = [...doc.querySelectorAll('[role="alert"]')].map((a) => a.textContent);
    expect(alerts.some((t) => t.includes('"onclick" refused'))).to.equal(true);
    expect(alerts.some((t) => t.includes('"onerror" refused'))).to.equal(true);
    const el = doc.querySelector('hohhot-challenges')!;
    expect(el.hasAttribute('onclick')).to.equal(false);
    expect(el.hasAttribute('onerror')).to.equal(false);
    expect(errors).to.deep.equal([]);
    e.done();
  });

  it('works in a sandboxed iframe without same-origin (storage throws there)', async () => {
    const e = await embed('widget=strategy-checklist&lang=zh-CN', 'allow-scripts');
    await until(() => e.heights.length && e.heights.at(-1)! > 300, 'the rendered checklist');
    expect(e.heights.at(-1)).to.be.greaterThan(300);
    e.done();
  });
});

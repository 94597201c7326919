import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { XapiStatement } from '../src/index.js';

/** The iframe embed page (dist/cdn/embed.html), for course pages that strip scripts. */
interface EmbedMessage {
  type?: unknown;
  widget?: string;
  height?: number;
  statement?: XapiStatement;
  message?: string;
}

async function embed(query: string, sandbox?: string, base = '/') {
  const frame = document.createElement('iframe');
  if (sandbox !== undefined) frame.setAttribute('sandbox', sandbox);
  frame.width = '600';
  frame.height = '900';
  const heights: number[] = [];
  /** Every other message from the frame: statements, errors. */
  const messages: EmbedMessage[] = [];
  const onMessage = (e: MessageEvent<EmbedMessage | null | undefined>) => {
    if (e.source !== frame.contentWindow || !e.data) return;
    if (e.data.type === 'hohhot-widgets:height') heights.push(e.data.height!);
    else messages.push(e.data);
  };
  window.addEventListener('message', onMessage);
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  frame.src = `${base}dist/cdn/embed.html?${query}`;
  document.body.append(frame);
  await loaded;
  return {
    frame,
    heights,
    messages,
    done: () => {
      window.removeEventListener('message', onMessage);
      frame.remove();
    },
  };
}

/** A CSS length in px, as the style property reads it. */
const px = (height: number | undefined) => `${height ?? NaN}px`;

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

  describe('xAPI statements to the page around the frame', () => {
    /** Chooses the first option of the quiz's current question in the frame and checks it, as a reader would. */
    async function answerFirst(doc: Document) {
      await until(() => doc.querySelector('hohhot-quiz')?.shadowRoot?.querySelector('input[type="radio"]'), 'the quiz');
      const root = doc.querySelector('hohhot-quiz')!.shadowRoot!;
      root.querySelector<HTMLInputElement>('input[type="radio"]')!.click();
      await new Promise((r) => setTimeout(r, 50));
      root.querySelector<HTMLButtonElement>('button[data-action="check"]')!.click();
      await until(() => root.querySelector('.feedback'), 'the feedback');
    }

    it('posts each statement to parent-origin, with the widget it came from', async () => {
      const e = await embed(`widget=hohhot-quiz&lang=en&seed=embed&parent-origin=${encodeURIComponent(location.origin)}`);
      const doc = e.frame.contentDocument!;
      await answerFirst(doc);
      await until(() => e.messages.length, 'a statement');
      const [m] = e.messages;
      expect(m!.type).to.equal('hohhot-widgets:xapi');
      expect(m!.widget).to.equal('hohhot-quiz');
      expect(m!.statement!.verb.id).to.equal('http://adlnet.gov/expapi/verbs/answered');
      expect(m!.statement!.object.id).to.match(/^urn:hohhot-widgets:hohhot-quiz\/questions\//);
      expect(m!.statement!.result).to.have.property('success');
      // parent-origin is the page's own parameter, not an attribute of the widget.
      expect(doc.querySelector('hohhot-quiz')!.hasAttribute('parent-origin')).to.equal(false);
      e.done();
    });

    it('keeps statements in the frame without parent-origin, or when the page around it has another origin', async () => {
      for (const query of ['', `&parent-origin=${encodeURIComponent('https://lms.example.edu')}`]) {
        const e = await embed(`widget=hohhot-quiz&lang=en&seed=embed${query}`);
        const doc = e.frame.contentDocument!;
        const seen: unknown[] = [];
        doc.addEventListener('hw-xapi', (ev) => seen.push(ev));
        await answerFirst(doc);
        await until(() => seen.length, 'the statement in the frame');
        // The height still reaches this page, whatever parent-origin says; statements never do.
        await new Promise((r) => setTimeout(r, 200));
        expect(e.messages, query || 'no parent-origin').to.deep.equal([]);
        expect(e.heights.length, query || 'no parent-origin').to.be.greaterThan(0);
        e.done();
      }
    });

    it('says so for a parent-origin that is not an origin, and sends no statement', async () => {
      for (const bad of ['*', 'lms.example.edu', 'https://lms.example.edu/course/7', 'javascript:alert(1)']) {
        const e = await embed(`widget=hohhot-quiz&lang=en&seed=embed&parent-origin=${encodeURIComponent(bad)}`);
        const doc = e.frame.contentDocument!;
        await until(() => doc.querySelector('[role="alert"]'), `the message for ${bad}`);
        expect(doc.querySelector('[role="alert"]')!.textContent).to.contain('parent-origin must be an origin');
        await answerFirst(doc);
        await new Promise((r) => setTimeout(r, 200));
        expect(e.messages, bad).to.deep.equal([]);
        e.done();
      }
    });
  });

  describe('when the code cannot load', () => {
    it('explains, in a sandboxed frame whose server sends no CORS header, instead of staying blank', async () => {
      const e = await embed('widget=hohhot-challenges&lang=en', 'allow-scripts', '/no-cors/');
      await until(() => e.messages.length, 'the error message');
      expect(e.messages[0]!.type).to.equal('hohhot-widgets:error');
      expect(e.messages[0]!.message).to.contain('Access-Control-Allow-Origin');
      // The frame's content is the explanation: it has a height of its own.
      await until(() => e.heights.length, 'a height');
      expect(e.heights.at(-1)).to.be.greaterThan(20);
      e.done();
    });

    it('loads from the same server without the CORS header when the frame is not sandboxed', async () => {
      const e = await embed('widget=hohhot-challenges&lang=en', undefined, '/no-cors/');
      const doc = e.frame.contentDocument!;
      await until(() => doc.querySelector('hohhot-challenges')?.shadowRoot?.textContent, 'the widget');
      expect(doc.querySelector('[role="alert"]')).to.equal(null);
      expect(e.messages).to.deep.equal([]);
      e.done();
    });
  });

  describe('embed-resize.js (the host page script)', () => {
    before(async () => {
      const script = document.createElement('script');
      script.src = '/dist/cdn/embed-resize.js';
      const loaded = new Promise((r, j) => {
        script.onload = r;
        script.onerror = j;
      });
      document.head.append(script);
      await loaded;
    });

    it('sizes each embed iframe to its widget, sandboxed or not, as it grows and shrinks', async () => {
      for (const sandbox of [undefined, 'allow-scripts']) {
        const e = await embed('widget=hohhot-challenges&lang=en', sandbox);
        await until(() => e.heights.length && e.frame.style.height === px(e.heights.at(-1)), 'the sized frame');
        expect(e.frame.getBoundingClientRect().height).to.be.lessThan(900);
        e.done();
      }
      // Grows with a table view and shrinks back.
      const e = await embed('widget=hohhot-trade-breakdown&lang=en&view=chart');
      const doc = e.frame.contentDocument!;
      await until(() => doc.querySelector('hohhot-trade-breakdown')?.shadowRoot?.querySelector('canvas'), 'the chart');
      await until(() => e.frame.style.height === px(e.heights.at(-1)), 'the sized frame');
      const chartHeight = e.heights.at(-1)!;
      doc.querySelector('hohhot-trade-breakdown')!.setAttribute('view', 'table');
      await until(() => e.heights.at(-1) !== chartHeight && e.frame.style.height === px(e.heights.at(-1)), 'the new height');
      e.done();
    });

    it('ignores height messages that come from this page, from another iframe, or are not heights', async () => {
      const e = await embed('widget=hohhot-challenges&lang=en');
      await until(() => e.frame.style.height === px(e.heights.at(-1)), 'the sized frame');
      const sized = e.frame.style.height;
      // From this page itself: its window is no iframe's.
      window.postMessage({ type: 'hohhot-widgets:height', height: 5 }, '*');
      // From iframes of this site that post heights: one that is no embed, one marked as an
      // embed that posts things that are not heights, one marked as an embed that posts a height.
      const frames = await Promise.all(
        [
          { marked: false, heights: [77] },
          { marked: true, heights: [-1, 1e9, '300', null] },
          { marked: true, heights: [123] },
        ].map(async ({ marked, heights }) => {
          const query = heights.map((h) => `h=${encodeURIComponent(JSON.stringify(h))}`).join('&');
          const path = await executeServerCommand<string, { html: string }>('paste-page', {
            html: `<!doctype html><title>x</title><script src="/tests/fixtures/post-height.js?${query}"></script>`,
          });
          const frame = document.createElement('iframe');
          if (marked) frame.setAttribute('data-hohhot-widgets', '');
          const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
          frame.src = path;
          document.body.append(frame);
          await loaded;
          return frame;
        }),
      );
      await until(() => frames[2]!.style.height === '123px', 'the marked frame sized');
      await new Promise((r) => setTimeout(r, 300));
      expect(e.frame.style.height).to.equal(sized);
      expect(frames[0]!.style.height, 'no embed').to.equal('');
      expect(frames[1]!.style.height, 'not heights').to.equal('');
      frames.forEach((f) => f.remove());
      e.done();
    });
  });
});

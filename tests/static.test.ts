// The static snapshots of `npm run build` (scripts/static.mjs): each
// dist/static/<tag>.<lang>.html pasted into a page as an editor would, then
// checked for accessibility, for anything interactive, and against the live
// element's own table in the same language.
import { expect, fixture, html } from '@open-wc/testing';
import { widgets } from '../src/registry.js';
import type { HwElement } from '../src/core/base/base.js';
import { LANGS } from './helpers.js';

/** Attributes the snapshots were rendered with besides `lang` (scripts/static.mjs, WIDGETS). */
const RENDERED_WITH: Record<string, Record<string, string>> = {
  'hohhot-quiz': { seed: 'worksheet' },
  'strategy-checklist': { readonly: '' },
  'city-complementarity-matrix': { layout: 'industries-as-columns' },
};

/** The text of the snapshot file of `tag` in `lang`; a clear error when the build did not write it. */
async function snapshotText(tag: string, lang: string): Promise<string> {
  const url = `/dist/static/${tag}.${lang}.html`;
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}; run npm run build, which writes dist/static/`);
  return response.text();
}

/** Pastes HTML into a fresh container of the page, as a course editor's paste would: no script runs. */
async function paste(markup: string): Promise<HTMLElement> {
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  container.append(document.createRange().createContextualFragment(markup));
  return container;
}

/** Everything in a pasted snapshot that needs script, styles or a form to mean anything. */
function interactiveProblems(root: Element): string[] {
  const problems: string[] = [];
  const forbidden = 'script, style, link, template, button, input, select, textarea, form, iframe, object, embed, canvas, svg, dialog, progress, meter, output, [style], [tabindex], [contenteditable], [popover], [role]';
  for (const n of root.querySelectorAll(forbidden)) problems.push(`<${n.localName}${n.getAttributeNames().map((a) => ` ${a}`).join('')}>`);
  for (const n of [root, ...root.querySelectorAll('*')]) {
    if (n.localName.includes('-')) problems.push(`custom element <${n.localName}>`);
    if (n.shadowRoot) problems.push(`a shadow root on <${n.localName}>`);
    for (const a of n.getAttributeNames()) if (a.startsWith('on')) problems.push(`${a}= on <${n.localName}>`);
  }
  for (const a of root.querySelectorAll('a[href^="#"]')) {
    const id = a.getAttribute('href')!.slice(1);
    if (!root.querySelector(`[id="${CSS.escape(id)}"]`)) problems.push(`a link to #${id}, not in the snapshot`);
  }
  return problems;
}

/** The cells of each table, as text with white space folded: one array of rows per table. */
function tables(root: ParentNode): string[][][] {
  return [...root.querySelectorAll('table')].map((t) =>
    [...t.querySelectorAll('tr')].map((tr) => [...tr.children].map((c) => (c.textContent ?? '').replace(/\s+/g, ' ').trim())),
  );
}

/** The headers of the live element's ARIA grid (the matrix), as its snapshot's table has them. */
function gridHeaders(root: ParentNode): { cols: string[]; rows: string[] } {
  const text = (n: Element) => (n.textContent ?? '').replace(/\s+/g, ' ').trim();
  return {
    cols: [...root.querySelectorAll('[role="columnheader"]')].map(text),
    rows: [...root.querySelectorAll('[role="rowheader"]')].map(text),
  };
}
function tableHeaders(root: ParentNode): { cols: string[]; rows: string[] } {
  const text = (n: Element) => (n.textContent ?? '').replace(/\s+/g, ' ').trim();
  return { cols: [...root.querySelectorAll('th[scope="col"]')].map(text), rows: [...root.querySelectorAll('th[scope="row"]')].map(text) };
}

/** Mounts the live element as the snapshot was rendered (chart widgets in table view). */
async function live(tag: string, lang: string, chart: boolean): Promise<HwElement<unknown>> {
  const el = document.createElement(tag) as HwElement<unknown>;
  el.setAttribute('lang', lang);
  if (chart) el.setAttribute('view', 'table');
  for (const [k, v] of Object.entries(RENDERED_WITH[tag] ?? {})) el.setAttribute(k, v);
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  container.append(el);
  await el.whenLoaded();
  await el.updateComplete;
  return el;
}

describe('static snapshots (dist/static)', () => {
  before(async () => {
    await Promise.all(widgets.map((w) => w.load()));
  });

  for (const w of widgets) {
    for (const lang of LANGS) {
      describe(`<${w.tag}> ${lang}`, () => {
        it('is one <section> in its language, named by its heading, with nothing interactive inside', async () => {
          const container = await paste(await snapshotText(w.tag, lang));
          const sections = [...container.children];
          expect(sections.map((s) => s.localName)).to.deep.equal(['section']);
          const section = sections[0]!;
          expect(section.getAttribute('lang')).to.equal(lang);
          const heading = document.getElementById(section.getAttribute('aria-labelledby') ?? '');
          expect(heading, 'the heading named by aria-labelledby').to.exist;
          expect(section.contains(heading)).to.equal(true);
          expect(heading!.textContent.trim()).to.not.equal('');
          expect(interactiveProblems(section)).to.deep.equal([]);
        });

        it('has no axe violations', async () => {
          const container = await paste(await snapshotText(w.tag, lang));
          await expect(container.firstElementChild).to.be.accessible();
        });

        it("matches the live element in the same language: its table cells, its source line (the quiz: its first question)", async () => {
          const container = await paste(await snapshotText(w.tag, lang));
          const el = await live(w.tag, lang, w.chart);
          const root = el.shadowRoot!;
          const liveTables = tables(root);
          const grid = root.querySelector('[role="grid"]');
          if (liveTables.length) {
            expect(tables(container)).to.deep.equal(liveTables);
          } else if (grid) {
            const headers = gridHeaders(grid);
            expect(headers.cols.length).to.be.greaterThan(1);
            expect(tableHeaders(container)).to.deep.equal(headers);
          } else {
            expect(container.querySelectorAll('table').length, 'a snapshot of an element without a table has none').to.equal(0);
          }
          if (w.tag === 'hohhot-quiz') {
            // The worksheet starts with the question the live quiz asks first, with the same options.
            const legend = root.querySelector('legend')!.cloneNode(true) as HTMLElement;
            legend.querySelector('.qnum')?.remove();
            const first = container.querySelector('section > ol > li')!;
            expect(first.querySelector('p')!.textContent.trim()).to.equal(legend.textContent.trim());
            const options = [...root.querySelectorAll('.option-text')].map((o) => o.textContent.trim());
            expect([...first.querySelectorAll('ol > li')].map((o) => o.textContent.trim())).to.deep.equal(options);
            expect(first.querySelector('details > summary')).to.exist;
          }
          // The source line: the live element's, word for word.
          const source = (root.querySelector('[part="source"]')?.textContent ?? '').replace(/\s+/g, ' ').trim();
          expect(source).to.not.equal('');
          const paragraphs = [...container.querySelectorAll('p')].map((p) => (p.textContent ?? '').replace(/\s+/g, ' ').trim());
          expect(paragraphs).to.include(source);
        });
      });
    }
  }

  it('index.html previews every snapshot, as a page without script', async () => {
    const response = await fetch('/dist/static/index.html');
    expect(response.status).to.equal(200);
    const page = new DOMParser().parseFromString(await response.text(), 'text/html');
    expect(page.doctype?.name).to.equal('html');
    expect(page.querySelector('meta[charset]')?.getAttribute('charset')?.toLowerCase()).to.equal('utf-8');
    expect(page.title).to.not.equal('');
    const sections = [...page.querySelectorAll('main > section[lang]')];
    expect(sections.map((s) => s.getAttribute('aria-labelledby'))).to.deep.equal(
      LANGS.flatMap((lang) => widgets.map((w) => `${w.tag}-${lang}-title`)),
    );
    // The test server adds its own web-socket script to every page it serves: not part of the file.
    for (const s of page.querySelectorAll('script[src^="/__web-dev-server"]')) s.remove();
    expect(interactiveProblems(page.documentElement)).to.deep.equal([]);
  });

  describe('what the tests catch', () => {
    it('a missing snapshot is an error naming the file and the build', async () => {
      let message = '';
      try {
        await snapshotText('hohhot-no-such-widget', 'en');
      } catch (error) {
        message = (error as Error).message;
      }
      expect(message).to.contain('/dist/static/hohhot-no-such-widget.en.html: HTTP 404');
      expect(message).to.contain('npm run build');
    });

    it('malformed snapshots: controls, scripts, styles, handlers, custom elements and broken links are each named', async () => {
      const container = await paste(`<section lang="en">
        <h2 id="t">T</h2>
        <button type="button">Download CSV</button>
        <p style="color: red" onclick="void 0">x</p>
        <hohhot-key-figures></hohhot-key-figures>
        <div role="grid"></div>
        <a href="#nowhere">[4]</a>
      </section>`);
      const problems = interactiveProblems(container.firstElementChild!);
      expect(problems).to.include('<button type>');
      expect(problems.some((p) => p.startsWith('<p') && p.includes('style'))).to.equal(true);
      expect(problems).to.include('onclick= on <p>');
      expect(problems).to.include('custom element <hohhot-key-figures>');
      expect(problems).to.include('<div role>');
      expect(problems).to.include('a link to #nowhere, not in the snapshot');
    });

    it('a table that differs from the live one by one number is told apart', async () => {
      const a = await paste('<table><tr><th>Malaysia</th><td>3.68</td></tr></table>');
      const b = await paste('<table><tr><th>Malaysia</th><td>3.69</td></tr></table>');
      expect(tables(a)).to.not.deep.equal(tables(b));
      expect(tables(a)).to.deep.equal([[['Malaysia', '3.68']]]);
    });
  });
});

import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { emulateMedia, itEmulating, resetMedia, sendKeys } from './commands.js';
import { openFrame, servedJson, textOf, until } from './helpers.js';
import { tradeRevised } from './fixtures/datasets.js';

// The embed builder (demo/builder.html, dist/cdn/builder.html), driven through
// its controls with the keyboard. Each code it gives is pasted into a fresh
// frame, and the widget there is compared with the preview's.

type Widget = HTMLElement & Record<string, unknown> & { whenLoaded(): Promise<void>; updateComplete: Promise<unknown>; locale: string };
interface ManifestAttribute {
  name: string;
  fieldName?: string;
  description?: string;
  type?: { text: string };
}
type Kind = 'script' | 'iframe' | 'npm' | 'scorm';

/** The manifest's attributes of each element: what the builder must offer. */
async function manifest(): Promise<Map<string, ManifestAttribute[]>> {
  const m = (await (await fetch('/custom-elements.json')).json()) as {
    modules: { declarations?: { customElement?: boolean; tagName?: string; attributes?: ManifestAttribute[] }[] }[];
  };
  const out = new Map<string, ManifestAttribute[]>();
  for (const mod of m.modules) for (const d of mod.declarations ?? []) if (d.customElement && d.tagName) out.set(d.tagName, d.attributes ?? []);
  return out;
}

interface Builder {
  frame: HTMLIFrameElement;
  win: Window & { __problems?: string[] };
  doc: Document;
  root: ShadowRoot;
  done: () => void;
}

/** Opens a builder page in an iframe and waits for its controls and codes. */
async function openBuilder(url = '/demo/builder.html'): Promise<Builder> {
  const frame = await openFrame(url, 1200, 1400);
  const doc = frame.contentDocument!;
  const root = await until(() => doc.querySelector('hw-embed-builder')?.shadowRoot, 'the builder');
  await until(() => root.querySelector('#code-script'), 'the codes');
  return { frame, win: frame.contentWindow as Builder['win'], doc, root, done: () => frame.remove() };
}

/** The control labelled with an attribute's name. */
function control<T extends HTMLElement = HTMLInputElement>(root: ShadowRoot, name: string): T {
  const label = [...root.querySelectorAll('label')].find((l) => [...l.querySelectorAll('code')].some((c) => c.textContent === name));
  if (!label) throw new Error(`no control labelled ${name}`);
  const el = (label.htmlFor ? root.getElementById(label.htmlFor) : label.querySelector('input, select')) as T | null;
  if (!el) throw new Error(`the label ${name} names no control`);
  return el;
}

/** Chooses `value` in a select with the arrow keys. */
async function choose(select: HTMLSelectElement, value: string): Promise<void> {
  const target = [...select.options].findIndex((o) => o.value === value);
  if (target < 0) throw new Error(`${select.id} has no option ${value}`);
  select.focus();
  for (let i = 0; i < select.options.length && select.selectedIndex !== target; i++) {
    await sendKeys({ press: select.selectedIndex < target ? 'ArrowDown' : 'ArrowUp' });
  }
  expect(select.value).to.equal(value);
}

/** Replaces what a field holds with `text`, typed. */
async function typeInto(input: HTMLInputElement, text: string): Promise<void> {
  input.focus();
  input.select();
  await sendKeys({ press: 'Backspace' });
  if (text) await sendKeys({ type: text });
  expect(input.value).to.equal(text);
}

async function toggle(checkbox: HTMLInputElement): Promise<void> {
  checkbox.focus();
  await sendKeys({ press: ' ' });
}

/** Picks a widget in the builder and waits for its controls. */
async function pickWidget(b: Builder, tag: string): Promise<void> {
  await choose(b.root.getElementById('widget') as HTMLSelectElement, tag);
  await until(() => b.root.querySelector('[data-preview]')?.firstElementChild?.localName === tag && b.root.querySelector('#code-script'), `<${tag}> in the preview`);
}

/** The widget in the preview once rendered, with the codes that follow it. */
async function preview(b: Builder): Promise<Widget> {
  const el = await until(() => b.root.querySelector('[data-preview]')?.firstElementChild as Widget | undefined, 'the preview');
  await el.whenLoaded();
  await el.updateComplete;
  // The iframe code takes the preview's heading as its title once it has rendered.
  const heading = el.shadowRoot!.querySelector('h2')?.textContent?.replace(/\s+/g, ' ').trim();
  if (heading) await until(() => code(b, 'iframe').includes(heading.replace(/&/g, '&amp;').replace(/"/g, '&quot;')), 'the title in the iframe code');
  return el;
}

function code(b: Builder, kind: Kind): string {
  return (b.root.getElementById(`code-${kind}`) as HTMLTextAreaElement).value;
}

function status(b: Builder): string {
  return (b.root.querySelector('[role="status"]')!.textContent ?? '').trim();
}

/** Copies a code with its button (keyboard) into a stub clipboard; returns what the clipboard received. */
async function copy(b: Builder, kind: Kind): Promise<string> {
  const written: string[] = [];
  Object.defineProperty(b.win.navigator, 'clipboard', {
    value: { writeText: (text: string) => (written.push(text), Promise.resolve()) },
    configurable: true,
  });
  const button = b.root.querySelector<HTMLButtonElement>(`button[data-copy="${kind}"]`)!;
  button.focus();
  await sendKeys({ press: 'Enter' });
  await until(() => written.length && status(b), 'the copy');
  expect(written).to.have.length(1);
  expect(status(b)).to.match(/copied|已复制/);
  return written[0]!;
}

const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

/** A fresh page in an iframe with `body` as its content (a module script runs too); resolves to its widget once rendered. */
async function pasted(body: string, tag: string, csp = true): Promise<{ el: Widget; frame: HTMLIFrameElement }> {
  const frame = document.createElement('iframe');
  frame.width = '1000';
  frame.height = '1200';
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  // A page of this origin (web-test-runner.config.mjs, pastedPage), as the editor's page would be.
  frame.src = await executeServerCommand<string, { html: string }>('paste-page', {
    html: `<!doctype html><html><head><meta charset="utf-8">${csp ? `<meta http-equiv="Content-Security-Policy" content="${CSP}">` : ''}</head><body>${body}</body></html>`,
  });
  document.body.append(frame);
  await loaded;
  return { el: await rendered(frame, tag), frame };
}

/** The widget `tag` of a frame (or of the frame inside it, for the iframe code) once rendered. */
async function rendered(frame: HTMLIFrameElement, tag: string): Promise<Widget> {
  const el = await until(() => {
    const inner = frame.contentDocument?.querySelector('iframe');
    const doc = inner ? inner.contentDocument : frame.contentDocument;
    const found = doc?.querySelector(tag) as Widget | null;
    return found && doc!.defaultView!.customElements.get(tag) && found.shadowRoot ? found : null;
  }, `<${tag}> in the pasted page`);
  await el.whenLoaded();
  await el.updateComplete;
  return el;
}

/** What a reader gets from a widget: its attributes, its options as properties, its language and its text. */
function snapshot(el: Widget, fields: string[], { withLangAttribute = true } = {}) {
  const skip = ['style', 'data-hw-theme', ...(withLangAttribute ? [] : ['lang'])];
  return {
    attributes: [...el.attributes].filter((a) => !skip.includes(a.name)).map((a) => `${a.name}=${a.value}`).sort(),
    properties: Object.fromEntries(fields.map((f) => [f, el[f]])),
    locale: el.locale,
    text: textOf(el),
  };
}

/** Pastes each of the three codes (as copied) into a fresh frame and compares its widget with the preview's. */
async function expectCodesShowThePreview(b: Builder, tag: string): Promise<Widget> {
  const attrs = (await manifest()).get(tag)!;
  const fields = ['lang', ...attrs.map((a) => a.fieldName ?? a.name)];
  const shown = await preview(b);

  const script = await copy(b, 'script');
  expect(script).to.equal(code(b, 'script'));
  // One widget: its own file, an async module that never holds back the article.
  expect(script).to.contain(`<script type="module" async src="${location.origin}/dist/cdn/${tag}.js"></script>`);
  expect(script).not.to.contain('blocking=');
  const a = await pasted(script, tag);
  expect(snapshot(a.el, fields), 'script-tag code').to.deep.equal(snapshot(shown, fields));
  a.frame.remove();

  const iframe = await copy(b, 'iframe');
  const heading = shown.shadowRoot!.querySelector('h2')?.textContent?.replace(/\s+/g, ' ').trim();
  const c = await pasted(iframe, tag);
  const inner = c.frame.contentDocument!.querySelector('iframe')!;
  expect(inner.src.startsWith(`${location.origin}/dist/cdn/embed.html?widget=${tag}`)).to.equal(true);
  if (heading) expect(inner.title).to.equal(heading);
  else expect(inner.title).not.to.equal('');
  // The embed page sets the language on its <html>: the widget's own lang attribute is not compared, its language is.
  const notLang = fields.filter((f) => f !== 'lang');
  expect(snapshot(c.el, notLang, { withLangAttribute: false }), 'iframe code').to.deep.equal(snapshot(shown, notLang, { withLangAttribute: false }));
  c.frame.remove();

  const npm = await copy(b, 'npm');
  // What `import 'hohhot-widgets/x.js'` resolves to, by the package's own exports map.
  const pkg = (await (await fetch('/package.json')).json()) as { exports: { './*.js': { default: string } } };
  const target = pkg.exports['./*.js'].default.replace(/^\./, '');
  const module = npm.replace(/import 'hohhot-widgets\/([\w-]+)\.js'/, (_m, name: string) => `import '${target.replace('*', name)}'`);
  expect(module).not.to.equal(npm);
  const n = await pasted(`<script type="module">${module}</script>`, tag, false);
  const fieldsOnly = snapshot(n.el, fields);
  const previewFields = snapshot(shown, fields);
  expect({ ...fieldsOnly, attributes: [] }, 'npm code').to.deep.equal({ ...previewFields, attributes: [] });
  n.frame.remove();
  return shown;
}

describe('the embed builder (demo/builder.html)', function () {
  // Each test loads pages and widgets in iframes.
  this.timeout(60_000);
  let b: Builder | undefined;
  afterEach(() => {
    b?.done();
    b = undefined;
    document.querySelectorAll('iframe').forEach((f) => f.remove());
  });

  it('offers every attribute of the manifest, for every widget, as a control of its kind with its description', async () => {
    b = await openBuilder();
    const documented = await manifest();
    const picker = b.root.getElementById('widget') as HTMLSelectElement;
    const tags = [...picker.options].map((o) => o.value);
    expect(new Set(tags)).to.deep.equal(new Set(documented.keys()));
    for (const tag of tags) {
      await pickWidget(b, tag);
      const names = [...b.root.querySelectorAll<HTMLElement>('[data-attribute]')].map((c) => c.dataset.attribute);
      const attrs = documented.get(tag)!;
      // lang first (the manifest documents it too, with the element's own attributes).
      expect(names, tag).to.deep.equal(['lang', ...attrs.filter((a) => a.name !== 'lang').map((a) => a.name)]);
      for (const a of attrs) {
        const el = control<HTMLInputElement | HTMLSelectElement>(b.root, a.name);
        // Booleans are checkboxes, numbers number fields, text text fields; a named type or a union is a select.
        const type = (a.type?.text ?? '').replace(/\s*\|\s*undefined$/, '');
        const expected = type === 'boolean' ? 'checkbox' : type === 'number' ? 'number' : type === 'string' ? (a.name === 'src' ? 'url' : 'text') : 'select';
        expect(el.localName === 'select' ? 'select' : el.type, `${tag} ${a.name}`).to.equal(expected);
        if (el.localName === 'select') {
          // Each value offered is one the widget keeps (an unknown value would fall back to the default).
          for (const option of [...(el as HTMLSelectElement).options].filter((o) => o.value)) {
            const probe = b.doc.createElement(tag) as Widget;
            probe.setAttribute(a.name, option.value);
            expect(probe[a.fieldName ?? a.name], `${tag} ${a.name}=${option.value}`).to.equal(option.value);
          }
        }
        const described = el.getAttribute('aria-describedby')!.split(' ').map((id) => b!.root.getElementById(id)!);
        // In Chinese, every description has a Chinese text (none falls back to the manifest's English).
        expect(described[0]!.getAttribute('lang'), `${tag} ${a.name}`).to.equal('zh-CN');
        expect(described[0]!.textContent.trim()).not.to.equal('');
      }
    }
  });

  it('uses the manifest\'s descriptions in English, and switches its own language with its own control', async function () {
    b = await openBuilder();
    expect(b.doc.documentElement.lang).to.equal('zh-CN');
    const english = [...b.root.querySelectorAll<HTMLInputElement>('input[name="ui"]')].find((r) => r.value === 'en')!;
    const chinese = [...b.root.querySelectorAll<HTMLInputElement>('input[name="ui"]')].find((r) => r.value === 'zh-CN')!;
    if (document.hasFocus()) {
      chinese.focus();
      await sendKeys({ press: 'ArrowRight' });
    } else {
      // WebKitGTK's MiniBrowser loses window focus during a full run, and keys then go nowhere:
      // the switch is clicked instead, and the title says the keyboard was not tried.
      this.test!.title += ' (by click: the browser window has no focus for keys)';
      english.click();
    }
    await until(() => b!.doc.documentElement.lang === 'en', 'English');
    expect(english.checked).to.equal(true);
    expect(b.root.querySelector('h1')!.textContent).to.contain('Embed builder');
    const attrs = (await manifest()).get('hohhot-trade-breakdown')!;
    for (const a of attrs) {
      const el = control(b.root, a.name);
      const desc = b.root.getElementById(el.getAttribute('aria-describedby')!.split(' ')[0]!)!;
      expect(desc.getAttribute('lang')).to.equal('en');
      expect(desc.textContent.replace(/\s+/g, ' ').trim()).to.equal(a.description!.replace(/`/g, '').replace(/\s+/g, ' ').trim());
    }
    // Enumerations list their values and mark the default.
    const flow = control<HTMLSelectElement>(b.root, 'flow');
    expect([...flow.options].map((o) => o.textContent.trim())).to.deep.equal(['imports', 'exports', 'both (default)']);
  });

  it('gives codes that show exactly the preview: a chart widget with options (English, doughnut, dark)', async () => {
    b = await openBuilder();
    await pickWidget(b, 'hohhot-trade-breakdown');
    await choose(control<HTMLSelectElement>(b.root, 'lang'), 'en');
    await choose(control<HTMLSelectElement>(b.root, 'flow'), 'imports');
    await choose(control<HTMLSelectElement>(b.root, 'chart'), 'doughnut');
    await choose(control<HTMLSelectElement>(b.root, 'theme'), 'dark');
    const shown = await expectCodesShowThePreview(b, 'hohhot-trade-breakdown');
    expect(shown.getAttribute('flow')).to.equal('imports');
    expect(textOf(shown)).to.contain('Refined oil products');
    expect(textOf(shown)).not.to.contain('Mechanical and electrical products');
    // Options left at their default are not written.
    expect(code(b, 'script')).not.to.contain('view=');
  });

  it('gives codes that show exactly the preview: booleans and text (a read-only checklist with its own key, in Chinese)', async () => {
    b = await openBuilder();
    await pickWidget(b, 'strategy-checklist');
    await toggle(control(b.root, 'readonly'));
    await typeInto(control(b.root, 'storage-key'), 'course-7');
    const shown = await expectCodesShowThePreview(b, 'strategy-checklist');
    expect(shown.hasAttribute('readonly')).to.equal(true);
    expect(shown.shadowRoot!.querySelector('input[type="checkbox"]')).to.equal(null);
    expect(code(b, 'script')).to.contain('<strategy-checklist lang="zh-CN" storage-key="course-7" readonly>\n');
    expect(code(b, 'npm')).to.contain("el.readOnly = true;");
  });

  it('gives codes that show exactly the preview: a number and text that needs escaping (a quiz with a seed)', async () => {
    b = await openBuilder();
    await pickWidget(b, 'hohhot-quiz');
    await choose(control<HTMLSelectElement>(b.root, 'lang'), 'en');
    await typeInto(control(b.root, 'count'), '3');
    await choose(control<HTMLSelectElement>(b.root, 'topic'), 'trade');
    await typeInto(control(b.root, 'seed'), `class "7" <b> & 'co'`);
    const shown = await expectCodesShowThePreview(b, 'hohhot-quiz');
    expect(shown.getAttribute('seed')).to.equal(`class "7" <b> & 'co'`);
    expect(shown.count).to.equal(3);
    expect(code(b, 'npm')).to.contain('el.count = 3;');
    // The SCORM command carries the same attributes, each one shell word (quotes escaped as '\'').
    expect(code(b, 'scorm').split(' \\\n    ')).to.deep.equal([
      'node scripts/scorm.mjs',
      '--widget hohhot-quiz',
      '--attr lang=en',
      '--attr count=3',
      '--attr topic=trade',
      `--attr 'seed=class "7" <b> & '\\''co'\\'''`,
      '--out dist/scorm/hohhot-quiz.zip',
    ]);
  });

  it('gives codes that show exactly the preview: a nullable choice (a map with a city selected) and a same-site src', async () => {
    b = await openBuilder();
    await pickWidget(b, 'hohhot-region-map');
    await choose(control<HTMLSelectElement>(b.root, 'selected'), 'ordos');
    const shown = await expectCodesShowThePreview(b, 'hohhot-region-map');
    expect(shown.getAttribute('selected')).to.equal('ordos');
    await pickWidget(b, 'hohhot-trade-breakdown');
    await choose(control<HTMLSelectElement>(b.root, 'view'), 'table');
    const src = await servedJson('trade-2024-revised', tradeRevised());
    await typeInto(control(b.root, 'src'), src);
    const revised = await expectCodesShowThePreview(b, 'hohhot-trade-breakdown');
    // Written as an absolute address, so that every page reads the same file.
    expect(revised.getAttribute('src')).to.equal(`${location.origin}${src}`);
    // The revised file's figure for refined oil, not the paper's.
    expect(textOf(revised)).to.contain('40.5').and.not.contain('35.1');
  });

  it('links the static snapshot of the chosen widget in the chosen language, a file the build wrote', async () => {
    b = await openBuilder();
    await pickWidget(b, 'hohhot-trade-partners');
    await choose(control<HTMLSelectElement>(b.root, 'lang'), 'en');
    await until(() => b!.root.querySelector<HTMLAnchorElement>('a[data-static]')?.href.endsWith('/static/hohhot-trade-partners.en.html'), 'the English snapshot link');
    const link = b.root.querySelector<HTMLAnchorElement>('a[data-static]')!;
    const response = await fetch(link.href);
    expect(response.status, link.href).to.equal(200);
    const text = await response.text();
    expect(text).to.match(/^<section lang="en"/).and.contain('Malaysia').and.not.contain('<script');
  });

  it('gives the widget\'s own file for one widget, the loader for several, and the fallback text in the widget\'s language', async () => {
    b = await openBuilder();
    await pickWidget(b, 'hohhot-trade-partners');
    await choose(control<HTMLSelectElement>(b.root, 'lang'), 'en');
    await until(() => code(b!, 'script').includes('lang="en"'), 'the English code');
    let script = code(b, 'script');
    expect(script).to.contain(`<script type="module" async src="${location.origin}/dist/cdn/hohhot-trade-partners.js"></script>`);
    // What a reader sees without the script: the title, the figures, the source and the static page, in English.
    const doc = new DOMParser().parseFromString(script.replace(/<script[^>]*><\/script>/, ''), 'text/html');
    const el = doc.querySelector('hohhot-trade-partners')!;
    expect(el.querySelector('strong')!.textContent).to.equal("Hohhot's main trading partners, 2024");
    expect(el.textContent).to.contain('Malaysia — Trade (CNY billion): 3.68').and.contain('Source: Li Jianhong');
    expect(el.querySelector('a')!.href).to.equal(`${location.origin}/dist/static/pages/hohhot-trade-partners.en.html`);
    expect(el.querySelector('a')!.textContent).to.equal('Read it all as a plain web page');
    // The height it keeps: a float whose padding follows the column's width.
    expect(el.querySelector('div > div[aria-hidden="true"]')!.getAttribute('style')).to.match(/^float:left;padding-top:calc\(/);

    const radios = [...b.root.querySelectorAll<HTMLInputElement>('input[name="delivery"]')];
    expect(radios.map((r) => r.value)).to.deep.equal(['one', 'loader']);
    expect(radios[0]!.checked).to.equal(true);
    radios[0]!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await until(() => code(b!, 'script').includes('hohhot-widgets.js'), 'the loader');
    script = code(b, 'script');
    expect(script).to.contain(`<script type="module" async src="${location.origin}/dist/cdn/hohhot-widgets.js"></script>`);
    // The same fallback with either script.
    expect(script).to.contain('Malaysia — Trade (CNY billion): 3.68');

    // In Chinese, the fallback is Chinese.
    await choose(control<HTMLSelectElement>(b.root, 'lang'), 'zh-CN');
    await until(() => code(b!, 'script').includes('lang="zh-CN"'), 'the Chinese code');
    script = code(b, 'script');
    expect(script).to.contain('<strong>2024年呼和浩特主要贸易国家</strong>').and.contain('来源：李建宏').and.contain('阅读完整内容（静态网页）');
    expect(script).to.contain('/dist/static/pages/hohhot-trade-partners.zh-CN.html');
  });

  it('says clearly what it cannot use, leaves it out of the codes and the preview, and keeps working', async () => {
    b = await openBuilder('/dist/cdn/builder.html');
    await pickWidget(b, 'hohhot-quiz');
    const en = [...b.root.querySelectorAll<HTMLInputElement>('input[name="ui"]')].find((r) => r.value === 'en')!;
    en.click();
    await until(() => b!.doc.documentElement.lang === 'en', 'English');
    const count = control(b.root, 'count');
    const message = () => b!.root.getElementById(`${count.id}-msg`)!.textContent.trim();
    await typeInto(count, '2.5');
    await until(() => message(), 'the message');
    expect(message()).to.equal('The widget does not accept “2.5” for count and would use its default, 5; it is left out of the code and the preview.');
    expect(count.getAttribute('aria-invalid')).to.equal('true');
    expect(count.getAttribute('aria-describedby')).to.contain(`${count.id}-msg`);
    let shown = await preview(b);
    expect(shown.hasAttribute('count')).to.equal(false);
    expect(code(b, 'script')).not.to.contain('count');
    await typeInto(count, '0');
    await until(() => message().includes('“0”'), 'the message for 0');
    await typeInto(count, '4');
    await until(() => !message(), 'the message gone');
    expect(count.getAttribute('aria-invalid')).to.equal('false');
    shown = await preview(b);
    expect(shown.getAttribute('count')).to.equal('4');

    // A src elsewhere, or not a web address, is refused: the builder fetches nothing from outside.
    const src = control(b.root, 'src');
    const srcMessage = () => b!.root.getElementById(`${src.id}-msg`)!.textContent.trim();
    await typeInto(src, 'http://elsewhere.invalid/figures.json');
    await until(() => srcMessage(), 'the src message');
    expect(srcMessage()).to.contain('loads files of this site');
    await typeInto(src, 'javascript:alert(1)');
    await until(() => srcMessage().includes('not an http or https address'), 'the scheme message');
    shown = await preview(b);
    expect(shown.hasAttribute('src')).to.equal(false);
    expect(code(b, 'iframe')).not.to.contain('src=javascript');
    // Without a seed every page shuffles anew: with one, the pasted quiz asks what the preview asks.
    await typeInto(control(b.root, 'seed'), 'week 3');
    await expectCodesShowThePreview(b, 'hohhot-quiz');
    const outside = b.win.performance.getEntriesByType('resource').map((e) => e.name).filter((n) => !n.startsWith(location.origin));
    expect(outside).to.deep.equal([]);
  });

  it('selects the code and says how to copy it when the clipboard refuses, or is missing', async () => {
    b = await openBuilder();
    for (const clipboard of [{ writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) }, undefined]) {
      Object.defineProperty(b.win.navigator, 'clipboard', { value: clipboard, configurable: true });
      const button = b.root.querySelector<HTMLButtonElement>('button[data-copy="iframe"]')!;
      button.focus();
      await sendKeys({ press: 'Enter' });
      await until(() => status(b!).includes('Ctrl+C'), 'the fallback');
      const area = b.root.getElementById('code-iframe') as HTMLTextAreaElement;
      expect(b.root.activeElement).to.equal(area);
      expect([area.selectionStart, area.selectionEnd]).to.deep.equal([0, area.value.length]);
      expect(b.root.querySelector('[role="status"]')!.getAttribute('aria-live')).to.equal('polite');
    }
  });

  it('shows the preview at 320 px, 640 px and full width, on a light or dark page', async () => {
    b = await openBuilder();
    const stage = b.root.querySelector<HTMLElement>('[data-preview]')!;
    const radios = (name: string) => [...b!.root.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)];
    const full = stage.getBoundingClientRect().width;
    radios('width').find((r) => r.value === 'full')!.focus();
    await sendKeys({ press: 'ArrowLeft' }); // wraps round to the previous one: 640
    await until(() => radios('width').find((r) => r.value === '640')!.checked, '640');
    await until(() => Math.round(b!.root.querySelector<HTMLElement>('[data-preview]')!.getBoundingClientRect().width) === 640, 'a 640 px preview');
    await sendKeys({ press: 'ArrowLeft' });
    await until(() => Math.round(b!.root.querySelector<HTMLElement>('[data-preview]')!.getBoundingClientRect().width) === 320, 'a 320 px preview');
    expect(full).to.be.greaterThan(640);
    let shown = await preview(b);
    expect(shown.getAttribute('data-hw-theme')).to.equal('light');
    radios('surface').find((r) => r.value === 'light')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await until(() => (b!.root.querySelector('[data-preview]')!.firstElementChild as Widget | null)?.getAttribute('data-hw-theme') === 'dark', 'the dark page');
    shown = await preview(b);
    // theme="auto" follows the page it is on.
    expect(shown.hasAttribute('theme')).to.equal(false);
    expect(getComputedStyle(b.root.querySelector('[data-preview]')!).colorScheme).to.equal('dark');
  });

  it('fits a 320 px screen without scrolling sideways', async () => {
    b = await openBuilder();
    b.frame.width = '320';
    // 320 px, less a classic scrollbar where the engine draws one (Firefox).
    await until(() => b!.win.innerWidth === 320, 'the narrow frame');
    await preview(b);
    const { clientWidth, scrollWidth } = b.doc.documentElement;
    expect(clientWidth).to.be.within(300, 320);
    expect(scrollWidth).to.equal(clientWidth);
  });

  it('works under the strict CSP with Trusted Types, without a violation or an outside request', async () => {
    b = await openBuilder('/tests/fixtures/csp/builder.html');
    await pickWidget(b, 'hohhot-investment-projects');
    await choose(control<HTMLSelectElement>(b.root, 'mode'), 'bands');
    await pickWidget(b, 'hohhot-trade-partners');
    await choose(control<HTMLSelectElement>(b.root, 'show'), 'belt-and-road');
    const shown = await preview(b);
    // The chart is drawn once in view (chart.js sets the canvas size), from the page's own files only.
    shown.scrollIntoView();
    await until(() => shown.shadowRoot!.querySelector('canvas')?.hasAttribute('width'), 'the chart');
    expect(b.win.__problems).to.deep.equal([]);
    const outside = b.win.performance.getEntriesByType('resource').map((e) => e.name).filter((n) => !n.startsWith(location.origin));
    expect(outside).to.deep.equal([]);
    expect(b.root.querySelectorAll('[style]')).to.have.length(0);
  });
});

describe('the embed builder: where it is found', () => {
  it('is linked from the demo index and the README, and shipped beside the loader', async () => {
    const index = await (await fetch('/demo/index.html')).text();
    expect(index).to.contain('href="./builder.html"');
    const readme = await (await fetch('/README.md')).text();
    expect(readme).to.contain('(demo/builder.html)');
    // The copy in dist/cdn/ loads its files from beside itself, so a portal can host the folder as it is.
    const shipped = await (await fetch('/dist/cdn/builder.html')).text();
    expect(shipped).to.contain('src="./builder.js"');
    expect(shipped).not.to.contain('../dist/');
    expect((await fetch('/dist/cdn/builder.css')).ok).to.equal(true);
  });
});

describe('the embed builder: accessibility', function () {
  this.timeout(60_000);
  before(async () => {
    // The built builder in this page, for axe (the loader comes with it).
    await import(/* @vite-ignore */ `${'/dist/cdn/builder.js'}`);
  });
  afterEach(async () => {
    await resetMedia();
    document.documentElement.lang = 'en';
  });

  for (const ui of ['zh-CN', 'en'] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      // Light runs in every engine; the dark preference needs media emulation.
      (scheme === 'light' ? it : itEmulating)(`has no axe violations (${ui}, ${scheme}), nor while showing a message`, async () => {
        if (scheme === 'dark') await emulateMedia({ colorScheme: scheme });
        document.documentElement.lang = ui;
        const el = await fixture<HTMLElement>(html`<hw-embed-builder></hw-embed-builder>`);
        const root = el.shadowRoot!;
        await until(() => root.querySelector('#code-script'), 'the codes');
        await until(() => (root.querySelector('[data-preview]')?.firstElementChild as Widget | null)?.shadowRoot?.querySelector('h2'), 'the preview');
        await expect(el).to.be.accessible();
        await choose(root.getElementById('widget') as HTMLSelectElement, 'hohhot-quiz');
        await until(() => root.querySelector('#opt-count'), 'the quiz options');
        await typeInto(root.getElementById('opt-count') as HTMLInputElement, '-1');
        await until(() => root.getElementById('opt-count-msg')!.textContent, 'the message');
        await expect(el).to.be.accessible();
      });
    }
  }
});

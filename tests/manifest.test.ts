import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { VERSION } from '../src/core/util/version.js';
import { widgets } from '../src/registry.js';

/** The parts of custom-elements.json that these tests read. */
type Member = { kind: string; name: string; privacy?: string; type?: { text: string } };
type Attribute = { name: string; type?: { text: string } };
type Declaration = { kind: string; name: string; tagName?: string; customElement?: boolean; members?: Member[]; attributes?: Attribute[] };
type Export = { kind: string; name: string; declaration: { name: string; module: string } };
type Module = { path: string; declarations?: Declaration[]; exports?: Export[] };
type Manifest = { modules: Module[] };
/** The fields of package.json that these tests read. */
type PackageJson = {
  version: string;
  customElements: string;
  exports: { './*.js': { default: string } };
  'web-types': string;
  unpkg: string;
  jsdelivr: string;
};
/** An attribute of the IDE data, with its literal values. */
type Attr = { name: string; values?: { name: string }[] };
/** dist/vscode.html-custom-data.json, the parts read here. */
type VsCodeData = { tags: { name: string; attributes: Attr[] }[] };
/** dist/web-types.json, the parts read here. */
type WebTypes = {
  version: string;
  contributions: { html: { elements: { name: string; events: { name: string }[]; attributes: Attr[] }[] } };
};

describe('package metadata', function () {
  // The manifest check runs the analyzer in Node.
  this.timeout(30_000);
  it('custom-elements.json is current with the source', async () => {
    const problems = await executeServerCommand<string[], undefined>('manifest-problems');
    expect(problems).to.deep.equal([]);
  });

  it('documents every registered element in custom-elements.json and package.json exports', async () => {
    const manifest = (await (await fetch('/custom-elements.json')).json()) as Manifest;
    const tags = manifest.modules.flatMap((m) => (m.declarations ?? []).map((d) => d.tagName).filter(Boolean));
    const pkg = (await (await fetch('/package.json')).json()) as PackageJson;
    await import('../src/cdn-all.js');
    expect([...tags].sort()).to.deep.equal(widgets.map((w) => w.tag).sort());
    for (const w of widgets) {
      expect(customElements.get(w.tag), w.tag).to.exist;
      const define = `./${w.module}.js`;
      // "./*.js" maps to dist/define/*.js: the define module of each element exists in src.
      const res = await fetch(`/src/define/${w.module}.ts`, { method: 'HEAD' });
      expect(res.ok, define).to.equal(true);
    }
    expect(pkg.exports['./*.js'].default).to.equal('./dist/define/*.js');
    expect(pkg.customElements).to.equal('custom-elements.json');
  });

  it('describes the shipped package for tools: dist paths, literal unions, typed data, lang, no private members, definitions', async () => {
    const manifest = (await (await fetch('/custom-elements.json')).json()) as Manifest;
    for (const m of manifest.modules) {
      expect(m.path, m.path).to.match(/^dist\/.+\.js$/);
      // Built by `npm run build` before the tests: the manifest names files that ship.
      expect((await fetch(`/${m.path}`, { method: 'HEAD' })).ok, m.path).to.equal(true);
      for (const d of m.declarations ?? []) {
        expect((d.members ?? []).filter((x) => x.privacy === 'private' || x.privacy === 'protected').map((x) => x.name), d.name).to.deep.equal([]);
      }
    }
    const elements = manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.tagName).map((d) => ({ ...d, module: m.path })));
    expect(elements).to.have.length(widgets.length);
    for (const el of elements) {
      const attr = (name: string) => el.attributes?.find((a) => a.name === name)?.type?.text;
      expect(attr('theme'), el.tagName).to.equal("'auto' | 'light' | 'dark'");
      expect(attr('lang'), el.tagName).to.equal("'zh-CN' | 'en'");
      const data = el.members?.find((x) => x.name === 'data')?.type?.text ?? '';
      expect(data, el.tagName).to.match(/^(Partial<)?\w+Dataset>? \| null \| undefined$/);
      // The define module registers it: `hohhot-widgets/<name>.js`.
      const module = widgets.find((w) => w.tag === el.tagName)?.module;
      const define = module === undefined ? undefined : manifest.modules.find((m) => m.path === `dist/define/${module}.js`);
      expect(define?.exports, el.tagName).to.deep.include({ kind: 'custom-element-definition', name: el.tagName, declaration: { name: el.name, module: el.module } });
    }
    const breakdown = elements.find((e) => e.tagName === 'hohhot-trade-breakdown')!;
    expect(breakdown.attributes!.find((a) => a.name === 'flow')!.type!.text).to.equal("'imports' | 'exports' | 'both'");
  });

  it('ships IDE data generated from the manifest, and points package.json at it and at the CDN loader', async () => {
    const manifest = (await (await fetch('/custom-elements.json')).json()) as Manifest;
    const tags = manifest.modules
      .flatMap((m) => (m.declarations ?? []).map((d) => d.tagName))
      .filter((t): t is string => Boolean(t))
      .sort();
    const pkg = (await (await fetch('/package.json')).json()) as PackageJson;
    const vscode = (await (await fetch('/dist/vscode.html-custom-data.json')).json()) as VsCodeData;
    expect(vscode.tags.map((t) => t.name).sort()).to.deep.equal(tags);
    const breakdown = vscode.tags.find((t) => t.name === 'hohhot-trade-breakdown')!;
    expect(breakdown.attributes.find((a) => a.name === 'flow')!.values!.map((v) => v.name)).to.deep.equal(['imports', 'exports', 'both']);
    expect(pkg['web-types']).to.equal('./dist/web-types.json');
    const webTypes = (await (await fetch(`/${pkg['web-types']}`)).json()) as WebTypes;
    expect(webTypes.version).to.equal(pkg.version);
    const elements = webTypes.contributions.html.elements;
    expect(elements.map((e) => e.name).sort()).to.deep.equal(tags);
    const map = elements.find((e) => e.name === 'hohhot-region-map')!;
    expect(map.events.map((e) => e.name)).to.include('hw-select');
    expect(map.attributes.find((a) => a.name === 'selected')!.values!.map((v) => v.name)).to.deep.equal(['hohhot', 'baotou', 'ordos', 'ulanqab']);
    for (const key of ['unpkg', 'jsdelivr'] as const) {
      expect(pkg[key], key).to.equal('./dist/cdn/hohhot-widgets.js');
      expect((await fetch(`/${pkg[key]}`, { method: 'HEAD' })).ok, key).to.equal(true);
    }
  });

  it('links a demo page of every element of the registry from the demo index', async () => {
    const index = new DOMParser().parseFromString(await (await fetch('/demo/index.html')).text(), 'text/html');
    const links = [...index.querySelectorAll('nav a')].map((a) => a.getAttribute('href'));
    expect(links).to.deep.equal(widgets.map((w) => `./${w.module}.html`));
    for (const w of widgets) expect((await fetch(`/demo/${w.module}.html`, { method: 'HEAD' })).ok, w.module).to.equal(true);
  });

  it("keeps VERSION and the loader's version equal to package.json", async () => {
    const pkg = (await (await fetch('/package.json')).json()) as PackageJson;
    expect(VERSION).to.equal(pkg.version);
    const loader = await (await fetch('/src/cdn.ts')).text();
    expect(/LOADER_VERSION = ["']([^"']+)["']/.exec(loader)?.[1]).to.equal(pkg.version);
  });
});

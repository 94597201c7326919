import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { VERSION } from '../src/core/version.js';

describe('package metadata', function () {
  // The manifest check runs the analyzer in Node.
  this.timeout(30_000);
  it('custom-elements.json is current with the source', async () => {
    const problems = (await executeServerCommand('manifest-problems')) as string[];
    expect(problems).to.deep.equal([]);
  });

  it('documents every registered element in custom-elements.json and package.json exports', async () => {
    const manifest = await (await fetch('/custom-elements.json')).json();
    const tags = manifest.modules.flatMap((m: { declarations?: { tagName?: string }[] }) => (m.declarations ?? []).map((d) => d.tagName).filter(Boolean));
    const pkg = await (await fetch('/package.json')).json();
    await import('../src/cdn-all.js');
    expect(tags).to.have.length(12);
    for (const tag of tags) {
      expect(customElements.get(tag), tag).to.exist;
      const define = `./${tag.replace(/^hohhot-/, '')}.js`;
      // "./*.js" maps to dist/define/*.js: the define module of each element exists in src.
      const res = await fetch(`/src/define/${tag.replace(/^hohhot-/, '')}.ts`, { method: 'HEAD' });
      expect(res.ok, define).to.equal(true);
    }
    expect(pkg.exports['./*.js'].default).to.equal('./dist/define/*.js');
    expect(pkg.customElements).to.equal('custom-elements.json');
  });

  it("keeps VERSION and the loader's version equal to package.json", async () => {
    const pkg = await (await fetch('/package.json')).json();
    expect(VERSION).to.equal(pkg.version);
    const loader = await (await fetch('/src/cdn.ts')).text();
    expect(/LOADER_VERSION = ["']([^"']+)["']/.exec(loader)?.[1]).to.equal(pkg.version);
  });
});

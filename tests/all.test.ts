// `hohhot-widgets/all.js` (src/define/all.ts) registers every element of the
// registry, with the very classes of the per-element modules.
import { expect } from '@open-wc/testing';
import * as all from '../src/define/all.js';
import { widgets } from '../src/registry.js';

describe('hohhot-widgets/all.js', () => {
  it('registers every element of the registry with the class its own define module exports', async () => {
    for (const w of widgets) {
      const ctor = customElements.get(w.tag);
      expect(ctor, w.tag).to.exist;
      const own = (await w.load()) as Record<string, unknown>;
      const exported = Object.values(own).filter((v) => typeof v === 'function');
      expect(exported, w.module).to.deep.equal([ctor]);
      expect(Object.values(all), w.tag).to.include(ctor);
    }
    expect(Object.keys(all)).to.have.length(widgets.length);
  });
});

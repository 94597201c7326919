import { expect } from '@open-wc/testing';
import { createSafeStorage } from '../src/core/util/storage.js';

describe('safe storage', () => {
  it('uses localStorage while it works', () => {
    const s = createSafeStorage();
    s.set('hw-test-key', 'a');
    expect(localStorage.getItem('hw-test-key')).to.equal('a');
    expect(s.get('hw-test-key')).to.equal('a');
    s.remove('hw-test-key');
    expect(localStorage.getItem('hw-test-key')).to.equal(null);
    expect(s.persistent).to.equal(true);
  });

  it('falls back to memory when localStorage throws', () => {
    const s = createSafeStorage(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(() => s.set('k', 'v')).not.to.throw();
    expect(s.get('k')).to.equal('v');
    expect(s.persistent).to.equal(false);
    s.remove('k');
    expect(s.get('k')).to.equal(null);
  });

  it('keeps working when writes start throwing (quota)', () => {
    const backing = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => undefined,
    } as unknown as Storage;
    const s = createSafeStorage(() => backing);
    s.set('k', 'v');
    expect(s.get('k')).to.equal('v');
  });
});

import { expect } from '@open-wc/testing';
import { strategies } from '../src/data/strategies.js';
import { isSaved, md, mdLines, measuresOf, parseSaved, progressOf, refsText, unnumberedCount, withNote } from '../src/components/strategy-checklist/model.js';

describe('the strategy checklist model', () => {
  it('reads a stored list and rejects anything else', () => {
    expect(parseSaved('{"done":["a"],"notes":{"a":"x","b":3}}')).to.deep.equal({ done: ['a'], notes: { a: 'x' } });
    expect(parseSaved('not json')).to.equal(null);
    expect(parseSaved('{"done":[1],"notes":{}}')).to.equal(null);
    expect(isSaved({ done: [], notes: {} })).to.equal(true);
    expect(isSaved({ done: [] })).to.equal(false);
  });

  it('sets and clears a note without changing the others', () => {
    const notes = { a: 'x' };
    expect(withNote(notes, 'b', 'y')).to.deep.equal({ a: 'x', b: 'y' });
    expect(withNote(notes, 'a', '')).to.deep.equal({});
    expect(notes).to.deep.equal({ a: 'x' });
  });

  it('counts progress over the measures of the data', () => {
    const all = measuresOf(strategies);
    expect(all.length).to.equal(strategies.strategies.reduce((n, s) => n + s.measures.length, 0));
    expect(progressOf(all, new Set([all[0]!.id, 'unknown']))).to.deep.equal({ done: 1, total: all.length });
    expect(unnumberedCount(strategies)).to.equal(all.filter((m) => m.unnumbered).length);
  });

  it('escapes Markdown and prints references as the paper does', () => {
    expect(md('a *b* [c](d)\n<x>')).to.equal('a \\*b\\* \\[c\\](d) \\<x\\>');
    expect(mdLines('# h\n- l\n1. n')).to.deep.equal(['\\# h', '\\- l', '\\1. n']);
    expect(refsText([6, 9])).to.equal('[6] [9]');
  });
});

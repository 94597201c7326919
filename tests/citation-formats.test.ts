import { expect } from '@open-wc/testing';
import { paper } from '../src/data/index.js';
import { apaCitation, apaParts, bibtexCitation, citation, gbtCitation } from '../src/components/paper-citation/formats.js';
import { type BibtexMessages, messages } from '../src/components/paper-citation/paper-citation.strings.js';
import { bib, texQuotes } from '../src/components/paper-citation/tex.js';
import { APA, BIBTEX_EN, BIBTEX_ZH, GBT } from './fixtures/citations.js';

describe('paper-citation formats: pure functions of the paper’s metadata and the messages', () => {
  it('writes GB/T 7714 and APA 7 the same for every reader: each is in its style’s one language', () => {
    expect(gbtCitation(paper)).to.equal(GBT);
    expect(apaCitation(paper)).to.equal(APA);
    for (const lang of ['zh-CN', 'en'] as const) {
      expect(citation(paper, 'gbt', lang)).to.equal(GBT);
      expect(citation(paper, 'apa', lang)).to.equal(APA);
    }
    const a = apaParts(paper);
    expect(a.lead).to.equal('Li, J. (n.d.). ');
    expect(a.title).to.equal(paper.titlePinyin);
    expect(`${a.lead}${a.title}${a.tail}`).to.equal(APA);
  });

  it('writes the BibTeX fields of each language from its messages', () => {
    expect(bibtexCitation(paper, 'zh-CN')).to.equal(BIBTEX_ZH);
    expect(bibtexCitation(paper, 'en')).to.equal(BIBTEX_EN);
    expect(citation(paper, 'bibtex', 'en')).to.equal(bibtexCitation(paper, 'en', messages.en.bibtex));
  });

  it('takes every language-dependent field from the messages it is given, not from the language', () => {
    const custom: BibtexMessages = {
      author: (zh, family, given) => `${zh}|${family}|${given}`,
      titleAddon: (en) => `+${en.length}`,
      note: (fund, number) => `${number}: ${fund.slice(0, 4)}`,
    };
    const entry = bibtexCitation(paper, 'zh-CN', custom);
    expect(entry).to.contain('author     = {李建宏|Li|Jianhong}');
    expect(entry).to.contain(`titleaddon = {+${paper.title.en.length}}`);
    // The fund's name is the reader's (here Chinese), the number the paper's.
    expect(entry).to.contain('note       = {2025BX10: 呼和浩特}');
    expect(bibtexCitation(paper, 'en', { ...custom, titleAddon: () => '' })).not.to.contain('titleaddon');
  });

  it('escapes BibTeX’s special characters and writes TeX quotes', () => {
    expect(bib('R&D {50%} #1 a_b \\x')).to.equal('R\\&D 50\\% \\#1 a\\_b x');
    expect(texQuotes('a “b” and "c"')).to.equal("a ``b'' and ``c''");
  });

  it('offers a translation of a reference’s title to English readers only', () => {
    expect(messages.en.translatedTitle('Title')).to.equal('English title (this library’s translation): “Title”');
    expect(messages['zh-CN'].translatedTitle('Title')).to.equal('');
  });
});

import { expect } from '@open-wc/testing';
import { paper } from '../src/data/index.js';
import { apaCitation, apaParts, bibtexCitation, citation, gbtCitation } from '../src/components/paper-citation/formats.js';
import { type BibtexMessages, messages } from '../src/components/paper-citation/paper-citation.strings.js';
import { bib, texQuotes } from '../src/components/paper-citation/tex.js';

const GBT = '李建宏. 呼和浩特区域互补合作与开放经济新格局构建策略研究[Z].';
const APA =
  'Li, J. (n.d.). Huhehaote quyu hubu hezuo yu kaifang jingji xin geju goujian celüe yanjiu [Research on the construction strategy of regional complementary cooperation and open economy in Hohhot] [Research paper]. School of Marxism, Inner Mongolia Normal University.';

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
    expect(bibtexCitation(paper, 'zh-CN')).to.equal(
      [
        '@misc{li-2025bx10,',
        '  author   = {李建宏},',
        '  title    = {呼和浩特区域互补合作与开放经济新格局构建策略研究},',
        '  note     = {基金项目：呼和浩特市社会科学项目“呼和浩特区域互补合作与开放经济新格局构建策略研究”（编号：2025BX10）},',
        '  language = {chinese}',
        '}',
      ].join('\n'),
    );
    expect(bibtexCitation(paper, 'en')).to.equal(
      [
        '@misc{li-2025bx10,',
        '  author     = {Li, Jianhong},',
        '  title      = {呼和浩特区域互补合作与开放经济新格局构建策略研究},',
        '  titleaddon = {Research on the Construction Strategy of Regional Complementary Cooperation and Open Economy in Hohhot},',
        "  note       = {Funding: Hohhot Social Science Project ``Research on the Construction Strategy of Regional Complementary Cooperation and Open Economy in Hohhot'' (No. 2025BX10)},",
        '  language   = {chinese}',
        '}',
      ].join('\n'),
    );
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

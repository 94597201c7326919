import type { Catalogs } from '../../core/i18n/messages.js';
import type { CitationStyle } from './formats.js';
import { texQuotes } from './tex.js';

/**
 * The fields of the BibTeX entry that follow the reader's language (the
 * author, a translated title, the funding note); the title itself is always
 * the paper's own.
 */
export interface BibtexMessages {
  /** The author: `zh` as the paper writes the name, `family` and `given` romanised. */
  author: (zh: string, family: string, given: string) => string;
  /** The `titleaddon` field with the English title, or '' for none. */
  titleAddon: (en: string) => string;
  /** The `note` field: the fund project (its name for the reader) and its number. */
  note: (fund: string, number: string) => string;
}

/** The interface text of `<hohhot-paper-citation>`. */
export interface PaperCitationMessages {
  title: string;
  intro: string;
  author: string;
  paperTitle: string;
  affiliation: string;
  fund: string;
  /** After the fund project's name: its number. */
  fundNumber: (n: string) => string;
  /** The name of each citation style. */
  formats: Record<CitationStyle, string>;
  /** What each style does with what the paper does not give. */
  notes: Record<CitationStyle, string>;
  copy: string;
  /** What the copy button copies, for screen readers: from the style's name. */
  copyWhat: (format: string) => string;
  copied: string;
  selected: string;
  references: string;
  referencesNote: string;
  englishTitle: string;
  /** Below a reference: the library's English translation of its title, or '' when the reader reads the title as the paper gives it. */
  translatedTitle: (title: string) => string;
  bibtex: BibtexMessages;
}

const zhCN: PaperCitationMessages = {
  title: '引用本文',
  intro: '论文只给出作者、题名、作者单位和基金项目，没有给出期刊、年份、卷期、页码或 DOI；以下引文也不补充这些信息。',
  author: '作者',
  paperTitle: '题名',
  affiliation: '作者单位',
  fund: '基金项目',
  fundNumber: (n) => `（编号：${n}）`,
  formats: { gbt: 'GB/T 7714—2015', apa: 'APA 第7版', bibtex: 'BibTeX' },
  notes: {
    gbt: '文献类型标识 [Z] 表示“其他”文献：论文没有给出刊名和出版年，不能标为期刊论文 [J]。',
    apa: 'APA 在没有日期时写作 (n.d.)；非拉丁文字的题名用拉丁字母转写（此处为汉语拼音，由本库转写），其后在方括号中给出英文译名，并用方括号说明文献类型。中文原题见上方题名和 GB/T 格式。',
    bibtex: '使用不需要刊名和年份的 @misc 条目，基金项目写在 note 字段。language 字段需要 biblatex 才能生效。',
  },
  copy: '复制',
  copyWhat: (f) => `${f} 引文`,
  copied: '已复制到剪贴板。',
  selected: '无法使用剪贴板：引文已选中，请按 Ctrl+C（Mac 上按 ⌘C）复制。',
  references: '论文的参考文献',
  referencesNote: '按论文原样列出。',
  englishTitle: '英文题名',
  // A Chinese reader reads the references' titles as the paper gives them.
  translatedTitle: () => '',
  bibtex: {
    author: (zh) => zh,
    titleAddon: () => '',
    note: (fund, number) => `基金项目：${fund}（编号：${number}）`,
  },
};

const en: PaperCitationMessages = {
  title: 'Cite this paper',
  intro: 'The paper gives its author, title, affiliation and funding, but no journal, year, volume, pages or DOI; the citations below add none.',
  author: 'Author',
  paperTitle: 'Title',
  affiliation: 'Affiliation',
  fund: 'Funding',
  fundNumber: (n) => ` (No. ${n})`,
  formats: { gbt: 'GB/T 7714-2015', apa: 'APA 7th edition', bibtex: 'BibTeX' },
  notes: {
    gbt: 'The Chinese national standard cites a work in its original language. The document type code [Z] means “other”: the paper names no journal or year, so it cannot be typed as a journal article [J].',
    apa: 'APA writes (n.d.) when there is no date, transliterates a title in a non-Latin script (here the Chinese title in pinyin, romanised by this library) and follows it with its English translation in square brackets, then a bracketed description of the document. The Chinese title is given above and in the GB/T format.',
    bibtex: 'An @misc entry, which needs no journal or year, with the funding in the note field. The titleaddon and language fields need biblatex; classic BibTeX styles ignore them.',
  },
  copy: 'Copy',
  copyWhat: (f) => `${f} citation`,
  copied: 'Copied to the clipboard.',
  selected: 'The clipboard is not available here: the citation is selected, press Ctrl+C (⌘C on a Mac) to copy it.',
  references: 'References cited in the paper',
  referencesNote: 'As the paper gives them, each with an English translation of its title by this library.',
  englishTitle: 'English title',
  translatedTitle: (title) => `English title (this library’s translation): “${title}”`,
  bibtex: {
    author: (_zh, family, given) => `${family}, ${given}`,
    titleAddon: (title) => title,
    note: (fund, number) => texQuotes(`Funding: ${fund} (No. ${number})`),
  },
};

export const messages: Catalogs<PaperCitationMessages> = { 'zh-CN': zhCN, en };

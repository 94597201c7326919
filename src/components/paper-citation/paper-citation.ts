import { css, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { paper } from '../../data/paper.js';
import type { PaperDataset, Provenance } from '../../data/schema.js';
import { lazyValidator } from '../../core/util/check.js';
import { oneOf } from '../../core/util/attributes.js';
import { HwElement } from '../../core/base/base.js';
import { copyText } from '../../core/util/clipboard.js';
import { emit } from '../../core/util/events.js';
import type { Lang } from '../../core/controllers/lang.js';
import { pick } from '../../core/controllers/lang.js';
import { coreStrings } from '../../core/i18n/strings.js';
import { CITATION_FORMATS, CITATION_STYLES, type CitationFormat, type CitationStyle, apaParts, citation } from './formats.js';

export { CITATION_FORMATS, CITATION_STYLES, apaCitation, bibtexCitation, citation, gbtCitation } from './formats.js';
export type { CitationFormat, CitationStyle } from './formats.js';

/** Detail of the `hw-citation-copy` event. */
export interface CitationCopyDetail {
  format: CitationStyle;
  /** The citation text. */
  text: string;
  /** True when it went to the clipboard; false when the text was selected for the reader to copy. */
  copied: boolean;
}

const strings = {
  'zh-CN': {
    title: '引用本文',
    intro: '论文只给出作者、题名、作者单位和基金项目，没有给出期刊、年份、卷期、页码或 DOI；以下引文也不补充这些信息。',
    author: '作者',
    paperTitle: '题名',
    affiliation: '作者单位',
    fund: '基金项目',
    fundNumber: (n: string) => `（编号：${n}）`,
    formats: { gbt: 'GB/T 7714—2015', apa: 'APA 第7版', bibtex: 'BibTeX' },
    notes: {
      gbt: '文献类型标识 [Z] 表示“其他”文献：论文没有给出刊名和出版年，不能标为期刊论文 [J]。',
      apa: 'APA 在没有日期时写作 (n.d.)；非拉丁文字的题名用拉丁字母转写（此处为汉语拼音，由本库转写），其后在方括号中给出英文译名，并用方括号说明文献类型。中文原题见上方题名和 GB/T 格式。',
      bibtex: '使用不需要刊名和年份的 @misc 条目，基金项目写在 note 字段。language 字段需要 biblatex 才能生效。',
    },
    copy: '复制',
    copyWhat: (f: string) => `${f} 引文`,
    copied: '已复制到剪贴板。',
    selected: '无法使用剪贴板：引文已选中，请按 Ctrl+C（Mac 上按 ⌘C）复制。',
    references: '论文的参考文献',
    referencesNote: '按论文原样列出。',
    englishTitle: '英文题名',
    translatedTitle: '英文题名（本库译）',
  },
  en: {
    title: 'Cite this paper',
    intro: 'The paper gives its author, title, affiliation and funding, but no journal, year, volume, pages or DOI; the citations below add none.',
    author: 'Author',
    paperTitle: 'Title',
    affiliation: 'Affiliation',
    fund: 'Funding',
    fundNumber: (n: string) => ` (No. ${n})`,
    formats: { gbt: 'GB/T 7714-2015', apa: 'APA 7th edition', bibtex: 'BibTeX' },
    notes: {
      gbt: 'The Chinese national standard cites a work in its original language. The document type code [Z] means “other”: the paper names no journal or year, so it cannot be typed as a journal article [J].',
      apa: 'APA writes (n.d.) when there is no date, transliterates a title in a non-Latin script (here the Chinese title in pinyin, romanised by this library) and follows it with its English translation in square brackets, then a bracketed description of the document. The Chinese title is given above and in the GB/T format.',
      bibtex: 'An @misc entry, which needs no journal or year, with the funding in the note field. The titleaddon and language fields need biblatex; classic BibTeX styles ignore them.',
    },
    copy: 'Copy',
    copyWhat: (f: string) => `${f} citation`,
    copied: 'Copied to the clipboard.',
    selected: 'The clipboard is not available here: the citation is selected, press Ctrl+C (⌘C on a Mac) to copy it.',
    references: 'References cited in the paper',
    referencesNote: 'As the paper gives them, each with an English translation of its title by this library.',
    englishTitle: 'English title',
    translatedTitle: 'English title (this library’s translation)',
  },
} satisfies Record<Lang, unknown>;

const citationStyles = css`
  .meta {
    display: grid;
    grid-template-columns: minmax(0, max-content) minmax(0, 1fr);
    gap: 0.25rem 0.75rem;
    margin: 0 0 0.75rem;
  }
  .meta dt {
    font-weight: 600;
  }
  .meta dd {
    margin: 0;
  }
  @container (max-width: 480px) {
    .meta {
      grid-template-columns: minmax(0, 1fr);
      gap: 0;
    }
    .meta dd {
      margin-bottom: 0.4rem;
    }
  }
  .format {
    border: 1px solid var(--_hw-border);
    border-radius: var(--_hw-radius);
    padding: 0.75rem;
    margin: 0 0 0.75rem;
  }
  .cite {
    margin: 0 0 0.5rem;
    padding: 0.5rem 0.75rem;
    background: var(--_hw-surface);
    border-radius: var(--_hw-radius);
    overflow-wrap: anywhere;
  }
  pre.cite {
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    font-size: 0.85rem;
    white-space: pre-wrap;
    overflow-x: hidden;
  }
  @container (max-width: 420px) {
    .format {
      padding: 0.5rem;
    }
    .cite {
      padding: 0.4rem 0.5rem;
    }
    .references li {
      grid-template-columns: 2.2em minmax(0, 1fr);
    }
  }
  .copy-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  .copy-status {
    font-size: 0.9rem;
  }
  .references {
    list-style: none;
    padding: 0;
    margin: 0.5rem 0 0;
  }
  .references li {
    display: grid;
    grid-template-columns: 2.5em minmax(0, 1fr);
    gap: 0.25rem;
    padding: 0.3rem 0.25rem;
    border-radius: var(--_hw-radius);
    scroll-margin-block: 1rem;
  }
  .references li:focus {
    outline: 3px solid var(--_hw-focus);
    outline-offset: 1px;
  }
  .references li.is-target {
    background: var(--_hw-surface);
  }
  .ref-n {
    font-variant-numeric: tabular-nums;
  }
  .ref-en {
    display: block;
    color: var(--_hw-muted);
    font-size: 0.9rem;
  }
  @media (forced-colors: active) {
    .references li:focus {
      outline-color: Highlight;
    }
    .references li.is-target {
      border: 1px solid CanvasText;
    }
  }
  @media print {
    .copy-row {
      display: none;
    }
  }
`;

/**
 * How to cite the paper (GB/T 7714-2015, APA 7 and BibTeX, each with a copy
 * button) and the paper's own reference list [1]–[10]. Every widget's source
 * line links to the entries here (`#ref-4`): on such a link, or a page opened
 * at one, this widget scrolls the entry into view and focuses it.
 *
 * `data` is a `PaperDataset` (the library's `paper`): title, author,
 * affiliation, funding and references; `src` is the URL of a JSON file of
 * the same shape.
 *
 * @summary The paper's citation in three styles, and its reference list.
 *
 * @fires hw-citation-copy - A copy button was used. `detail: { format, text, copied }` (`copied` is false when the clipboard was unavailable and the text was selected instead)
 * @fires error - `data` or `src` could not be used (does not bubble). `detail: { kind, message, path?, status? }`
 * @fires hw-error - The same event as `error`, under a name typed in `HTMLElementEventMap`. Does not bubble.
 *
 * @csspart base - The widget's frame.
 * @csspart citation - Each citation block (style name, text, copy button).
 * @csspart references - The reference list.
 * @csspart source - The source line.
 * @csspart error - The alert shown when data cannot be used.
 *
 * @cssprop --hw-font-family - Font stack.
 * @cssprop --hw-bg - Background colour.
 * @cssprop --hw-surface - Background of the citation texts and of the targeted reference.
 * @cssprop --hw-text - Text colour.
 * @cssprop --hw-muted - Secondary text colour.
 * @cssprop --hw-border - Border colour.
 * @cssprop --hw-accent - Links.
 * @cssprop --hw-focus - Focus ring colour.
 * @cssprop --hw-radius - Corner radius.
 * @tag hohhot-paper-citation
 */
export class HohhotPaperCitation extends HwElement<PaperDataset> {
  static override styles = [...HwElement.styles, citationStyles];

  /** Which citation style to show: `gbt`, `apa`, `bibtex` or `all` (default). */
  @property({ converter: oneOf<CitationFormat>('format', CITATION_FORMATS, 'all') })
  format: CitationFormat = 'all';

  protected readonly defaultData = paper;
  protected readonly validator = lazyValidator('validatePaperDataset');

  @state() private status: Partial<Record<CitationStyle, string>> = {};
  private hashPending = false;

  private readonly onHash = () => {
    this.hashPending = true;
    this.requestUpdate();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHash);
    // A page opened at #ref-N: the entry is in the shadow root, so the browser cannot scroll to it.
    this.hashPending = true;
  }

  override disconnectedCallback(): void {
    window.removeEventListener('hashchange', this.onHash);
    super.disconnectedCallback();
  }

  protected override updated(): void {
    if (this.hashPending) this.followHash();
  }

  /** Scrolls to and focuses the reference named by `location.hash` (`#ref-N`), if it is shown. */
  private followHash(): void {
    const m = /^#ref-(\d+)$/.exec(window.location.hash);
    if (!m) {
      this.hashPending = false;
      return;
    }
    const entry = this.renderRoot.querySelector<HTMLElement>(`#ref-${m[1]}`);
    if (!entry) return; // not rendered yet (loading); try again after the next update
    this.hashPending = false;
    // Marked in the DOM, not through state: :target does not reach into a shadow root.
    this.renderRoot.querySelectorAll('.is-target').forEach((e) => e.classList.remove('is-target'));
    entry.classList.add('is-target');
    entry.scrollIntoView({ block: 'center', behavior: 'auto' });
    entry.focus({ preventScroll: true });
  }

  private async copy(style: CitationStyle): Promise<void> {
    const text = citation(this.data, style, this.locale);
    const s = strings[this.locale];
    // Without a clipboard (sandboxed frames, insecure pages) the citation is selected for Ctrl+C.
    const copied = await copyText(text, () => this.renderRoot.querySelector(`#cite-${style}`));
    this.status = { [style]: copied ? s.copied : s.selected };
    emit(this, 'hw-citation-copy', { format: style, text, copied });
  }

  private renderCitation(data: PaperDataset, style: CitationStyle, lang: Lang): TemplateResult {
    const s = strings[lang];
    const name = s.formats[style];
    let body: TemplateResult;
    if (style === 'apa') {
      const a = apaParts(data);
      body = html`<p class="cite" id="cite-apa">${a.lead}<i lang=${data.titlePinyin ? 'zh-Latn-pinyin' : 'zh-CN'}>${a.title}</i><span lang="en">${a.tail}</span></p>`;
    } else if (style === 'bibtex') {
      body = html`<pre class="cite" id="cite-bibtex"><code>${citation(data, 'bibtex', lang)}</code></pre>`;
    } else {
      body = html`<p class="cite" id="cite-gbt" lang="zh-CN">${citation(data, 'gbt', lang)}</p>`;
    }
    return html`<section class="format" part="citation" aria-labelledby="h-${style}">
      <h3 id="h-${style}">${name}</h3>
      ${body}
      <p class="note">${s.notes[style]}</p>
      <div class="copy-row">
        <button type="button" class="copy" data-format=${style} @click=${() => this.copy(style)}>${s.copy}<span class="visually-hidden"> ${s.copyWhat(name)}</span></button>
        <span class="copy-status" role="status">${this.status[style] ?? ''}</span>
      </div>
    </section>`;
  }

  protected renderBody(data: PaperDataset): TemplateResult {
    const lang = this.locale;
    const s = strings[lang];
    const c = coreStrings[lang];
    const zhText = (text: string) => (lang === 'zh-CN' ? text : html`<span lang="zh-CN">${text}</span>`);
    const styles = this.format === 'all' ? CITATION_STYLES : [this.format];
    return html`<h2>${s.title}</h2>
      <dl class="meta">
        <dt>${s.author}</dt>
        <dd>${lang === 'zh-CN' ? data.author.zh : html`${data.author.en} (${zhText(data.author.zh)})`}</dd>
        <dt>${s.paperTitle}</dt>
        <dd>${zhText(data.title.zh)}</dd>
        <dt>${s.englishTitle}</dt>
        <dd lang="en">${data.title.en}</dd>
        <dt>${s.affiliation}</dt>
        <dd>${pick(data.affiliation, lang)}</dd>
        <dt>${s.fund}</dt>
        <dd>${pick(data.fund.name, lang)}${s.fundNumber(data.fund.number)}</dd>
      </dl>
      <p class="note">${s.intro}</p>
      ${styles.map((style) => this.renderCitation(data, style, lang))}
      <section aria-labelledby="h-references">
        <h3 id="h-references">${s.references}</h3>
        <p class="note">${s.referencesNote}</p>
        <ol class="references" part="references">
          ${[...data.references].sort((a, b) => a.n - b.n).map(
            (r) => html`<li id="ref-${r.n}" tabindex="-1">
              <span class="ref-n" aria-hidden="true">[${r.n}]</span>
              <span><span class="visually-hidden">${c.reference(r.n)}${c.colon}</span>${zhText(r.text)}${lang === 'en' && r.titleEn
                ? html`<span class="ref-en">${s.translatedTitle}${c.colon}“${r.titleEn}”</span>`
                : nothing}</span>
            </li>`,
          )}
        </ol>
      </section>`;
  }

  protected provenance(_data: PaperDataset): Provenance[] {
    // The paper's front matter and reference list are not numbered sections.
    return [];
  }
}

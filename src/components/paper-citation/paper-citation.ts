import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { paper } from '../../data/paper.js';
import type { PaperDataset, Provenance } from '../../data/schema.js';
import { lazyValidator } from '../../core/util/check.js';
import { oneOf } from '../../core/util/attributes.js';
import { HwElement } from '../../core/base/base.js';
import { copyText } from '../../core/util/clipboard.js';
import { emit } from '../../core/util/events.js';
import { type Lang, pick } from '../../core/controllers/lang.js';
import { coreStrings } from '../../core/i18n/strings.js';
import { CITATION_FORMATS, CITATION_STYLES, type CitationFormat, type CitationStyle, apaParts, citation } from './formats.js';
import { messages } from './paper-citation.strings.js';
import { styles } from './paper-citation.styles.js';

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

/** The paper's Chinese text, marked as Chinese whatever the widget's language. */
const zhText = (text: string) => html`<span lang="zh-CN">${text}</span>`;

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
  static override styles = [...HwElement.styles, styles];

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
    const entry = this.renderRoot.querySelector<HTMLElement>(`#ref-${m[1]!}`); // the pattern requires its group
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
    const m = messages[this.locale];
    // Without a clipboard (sandboxed frames, insecure pages) the citation is selected for Ctrl+C.
    const copied = await copyText(text, () => this.renderRoot.querySelector(`#cite-${style}`));
    this.status = { [style]: copied ? m.copied : m.selected };
    emit(this, 'hw-citation-copy', { format: style, text, copied });
  }

  private renderCitation(data: PaperDataset, style: CitationStyle, lang: Lang): TemplateResult {
    const m = messages[lang];
    const name = m.formats[style];
    // A citation is copied as it stands, in its style's own language: page translators leave it alone (translate="no").
    let body: TemplateResult;
    if (style === 'apa') {
      const a = apaParts(data);
      body = html`<p class="cite" id="cite-apa" translate="no">${a.lead}<i lang=${data.titlePinyin ? 'zh-Latn-pinyin' : 'zh-CN'}>${a.title}</i><span lang="en">${a.tail}</span></p>`;
    } else if (style === 'bibtex') {
      body = html`<pre class="cite" id="cite-bibtex" translate="no"><code>${citation(data, 'bibtex', lang)}</code></pre>`;
    } else {
      body = html`<p class="cite" id="cite-gbt" lang="zh-CN" translate="no">${citation(data, 'gbt', lang)}</p>`;
    }
    return html`<section class="format" part="citation" aria-labelledby="h-${style}">
      <h3 id="h-${style}">${name}</h3>
      ${body}
      <p class="note">${m.notes[style]}</p>
      <div class="copy-row">
        <button type="button" class="copy" data-format=${style} @click=${() => this.copy(style)}>${m.copy}<span class="visually-hidden"> ${m.copyWhat(name)}</span></button>
        <span class="copy-status" role="status">${this.status[style] ?? ''}</span>
      </div>
    </section>`;
  }

  protected renderBody(data: PaperDataset): TemplateResult {
    const lang = this.locale;
    const m = messages[lang];
    const c = coreStrings[lang];
    const styles = this.format === 'all' ? CITATION_STYLES : [this.format];
    // The author's name as the reader reads it, followed by the paper's own (Chinese) in brackets when the two differ.
    const name = pick(data.author, lang);
    return html`<h2>${m.title}</h2>
      <dl class="meta">
        <dt>${m.author}</dt>
        <dd>${name === data.author.zh ? zhText(name) : html`${name}${c.bracketOpen}${zhText(data.author.zh)}${c.bracketClose}`}</dd>
        <dt>${m.paperTitle}</dt>
        <dd>${zhText(data.title.zh)}</dd>
        <dt>${m.englishTitle}</dt>
        <dd lang="en">${data.title.en}</dd>
        <dt>${m.affiliation}</dt>
        <dd>${pick(data.affiliation, lang)}</dd>
        <dt>${m.fund}</dt>
        <dd>${pick(data.fund.name, lang)}${m.fundNumber(data.fund.number)}</dd>
      </dl>
      <p class="note">${m.intro}</p>
      ${styles.map((style) => this.renderCitation(data, style, lang))}
      <section aria-labelledby="h-references">
        <h3 id="h-references">${m.references}</h3>
        <p class="note">${m.referencesNote}</p>
        <ol class="references" part="references">
          ${[...data.references].sort((a, b) => a.n - b.n).map((r) => {
            const translated = r.titleEn ? m.translatedTitle(r.titleEn) : '';
            return html`<li id="ref-${r.n}" tabindex="-1">
              <span class="ref-n" aria-hidden="true">[${r.n}]</span>
              <span><span class="visually-hidden">${c.reference(r.n)}${c.colon}</span>${zhText(r.text)}${translated
                ? html`<span class="ref-en">${translated}</span>`
                : nothing}</span>
            </li>`;
          })}
        </ol>
      </section>`;
  }

  protected provenance(_data: PaperDataset): Provenance[] {
    // The paper's front matter and reference list are not numbered sections.
    return [];
  }
}

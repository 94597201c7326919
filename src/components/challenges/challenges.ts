import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { challenges } from '../../data/challenges.js';
import type { ChallengesDataset, Provenance } from '../../data/schema.js';
import { lazyValidator } from '../../core/util/check.js';
import { HwElement } from '../../core/base/base.js';
import { emit } from '../../core/util/events.js';
import { pick } from '../../core/controllers/lang.js';
import { refMarks, sectionLabel } from '../../core/ui/source.js';
import { coreStrings } from '../../core/i18n/strings.js';
import { styles } from './challenges.styles.js';
import { messages } from './challenges.strings.js';

/** Detail of the `hw-challenge-toggle` event. */
export interface ChallengeToggleDetail {
  /** The id of the challenge, e.g. `uneven-development`. */
  id: string;
  /** Whether its explanation is now shown. */
  open: boolean;
}



/**
 * The problems and challenges of Hohhot's regional cooperation that the
 * paper lists in section 一(三) (uneven development, low industrial
 * coordination, weak innovation and the shortcomings of the cooperation
 * mechanisms), each with the paper's explanation in a native disclosure
 * (`<details>`/`<summary>`). With `open` every explanation is shown, for print
 * or a course page; printing always shows them all.
 *
 * @summary The problems and challenges of regional cooperation named in the paper.
 *
 * @fires hw-challenge-toggle - An explanation was opened or closed (by its summary, Expand all / Collapse all, or a change of `open`; not for printing). `detail: { id, open }`
 * @fires error - `data` or `src` could not be used (does not bubble). `detail: { kind, message, path?, status? }`
 * @fires hw-error - The same event as `error`, under a name typed in `HTMLElementEventMap`. Does not bubble.
 *
 * @csspart base - The widget's frame.
 * @csspart toolbar - The expand-all / collapse-all button.
 * @csspart list - The list of challenges.
 * @csspart item - One challenge (a `<details>` element).
 * @csspart summary - The title of one challenge (its `<summary>`).
 * @csspart source - The source line.
 * @csspart error - The alert shown when data cannot be used.
 *
 * @cssprop --hw-font-family - Font stack.
 * @cssprop --hw-bg - Background colour.
 * @cssprop --hw-surface - Background of an open challenge.
 * @cssprop --hw-text - Text colour.
 * @cssprop --hw-muted - Secondary text colour.
 * @cssprop --hw-border - Border colour.
 * @cssprop --hw-accent - Links and the disclosure triangles.
 * @cssprop --hw-focus - Focus ring colour.
 * @cssprop --hw-radius - Corner radius.
 * @tag hohhot-challenges
 */
export class HohhotChallenges extends HwElement<ChallengesDataset> {
  static override styles = [...HwElement.styles, styles];

  /** Shows every explanation expanded (for print and LMS pages). Readers can still close each one. */
  @property({ type: Boolean, reflect: true })
  open = false;

  protected readonly defaultData = challenges;
  protected readonly validator = lazyValidator('validateChallengesDataset');

  private printing = false;
  private readonly beforePrint = () => this.expandForPrint();
  private readonly afterPrint = () => this.restoreAfterPrint();
  private beforePrintState: boolean[] = [];

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeprint', this.beforePrint);
    window.addEventListener('afterprint', this.afterPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this.beforePrint);
    window.removeEventListener('afterprint', this.afterPrint);
  }

  private get disclosures(): HTMLDetailsElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLDetailsElement>('details')];
  }

  /** Opens (`true`) or closes (`false`) every explanation, as the Expand all / Collapse all button does. */
  setAll(open: boolean): void {
    for (const d of this.disclosures) d.open = open;
    this.requestUpdate();
  }

  private expandForPrint(): void {
    this.printing = true;
    this.beforePrintState = this.disclosures.map((d) => d.open);
    for (const d of this.disclosures) d.open = true;
  }

  private restoreAfterPrint(): void {
    if (!this.printing) return;
    this.printing = false;
    this.disclosures.forEach((d, i) => (d.open = this.beforePrintState[i] ?? d.open));
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // `open` set or removed later: apply it to every disclosure.
    if (changed.has('open') && changed.get('open') !== undefined) for (const d of this.disclosures) d.open = this.open;
  }

  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    this.disclosures.forEach((d, i) => this.known.set(this.data.challenges[i]?.id ?? '', d.open));
  }

  /** The last known state of each disclosure: `toggle` also fires when `open` is first applied. */
  private readonly known = new Map<string, boolean>();

  private onToggle(e: Event, id: string): void {
    const d = e.target as HTMLDetailsElement;
    const before = this.known.get(id) ?? this.open;
    this.known.set(id, d.open);
    this.requestUpdate();
    if (this.printing || before === d.open) return;
    emit(this, 'hw-challenge-toggle', { id, open: d.open });
  }

  protected renderBody(data: ChallengesDataset): TemplateResult {
    const lang = this.locale;
    const s = messages[lang];
    const allOpen = this.hasUpdated && this.disclosures.length > 0 ? this.disclosures.every((d) => d.open) : this.open;
    return html`<h2>${s.title}</h2>
      <p>${s.intro(coreStrings[lang].sections([...new Set(data.challenges.map((c) => sectionLabel(c.section, lang)))]))}</p>
      <div class="toolbar" part="toolbar">
        <button type="button" aria-expanded=${allOpen ? 'true' : 'false'} aria-controls="challenge-list" @click=${() => this.setAll(!allOpen)}>${allOpen ? s.collapseAll : s.expandAll}</button>
      </div>
      <ol id="challenge-list" part="list">
        ${data.challenges.map(
          (c, i) => html`<li>
            <details part="item" ?open=${this.open} @toggle=${(e: Event) => this.onToggle(e, c.id)}>
              <summary part="summary"><span class="num">${s.number(i + 1)}</span> ${pick(c.label, lang)}</summary>
              ${c.description
                ? html`<p class="explanation">${pick(c.description, lang)}${refMarks(c.refs, lang)}</p>`
                : nothing}
            </details>
          </li>`,
        )}
      </ol>`;
  }

  protected provenance(data: ChallengesDataset): Provenance[] {
    return data.challenges;
  }
}

import { html, nothing, type TemplateResult } from 'lit';
import { mechanisms as bundledMechanisms } from '../../data/mechanisms.js';
import type { Item, MechanismsDataset, Provenance } from '../../data/schema.js';
import { lazyValidator } from '../../core/util/check.js';
import { HwElement } from '../../core/base/base.js';
import { countWord } from '../../core/i18n/format.js';
import { pick } from '../../core/controllers/lang.js';
import { inlineSource } from '../../core/ui/source.js';
import { coreStrings } from '../../core/i18n/strings.js';
import { styles } from './cooperation-mechanisms.styles.js';
import { messages } from './cooperation-mechanisms.strings.js';

/** The mechanism whose results the paper sets out (一(二): "例如，呼包鄂乌一体化发展机制推动了…"). */
const EXAMPLE_MECHANISM = 'hbeu-integration';


/**
 * The cooperation mechanisms of section 一(二): the Hohhot–Baotou–Ordos–Ulanqab
 * integrated development mechanism and the Beijing–Inner Mongolia cooperation
 * mechanism; then the results the paper gives for the first of them, by area
 * (transport interconnection, industrial coordination, shared public
 * services), each with the paper's examples. Plain headings and lists, no chart.
 *
 * @summary Hohhot's regional cooperation mechanisms and their results.
 *
 * @fires error - `data` or `src` could not be used (does not bubble). `detail: { kind, message, path?, status? }`
 * @fires hw-error - The same event as `error`, under a name typed in `HTMLElementEventMap`. Does not bubble.
 *
 * @csspart base - The widget's frame.
 * @csspart mechanisms - The list of mechanisms.
 * @csspart results - The block of result areas.
 * @csspart area - One result area.
 * @csspart source - The source line.
 * @csspart error - The alert shown when data cannot be used.
 *
 * @cssprop --hw-font-family - Font stack.
 * @cssprop --hw-bg - Background colour.
 * @cssprop --hw-surface - Background of the result areas.
 * @cssprop --hw-text - Text colour.
 * @cssprop --hw-muted - Secondary text colour.
 * @cssprop --hw-border - Border colour.
 * @cssprop --hw-accent - Links.
 * @cssprop --hw-focus - Focus ring colour.
 * @cssprop --hw-radius - Corner radius.
 * @tag hohhot-cooperation-mechanisms
 */
export class HohhotCooperationMechanisms extends HwElement<MechanismsDataset> {
  static override styles = [...HwElement.styles, styles];

  protected readonly defaultData = bundledMechanisms;
  protected readonly validator = lazyValidator('validateMechanismsDataset');

  /** Where an item stands in the paper: `（一（二）；参考文献 [2]）`, ` (section 1.2; reference [2])`. */
  private where(p: Provenance) {
    return inlineSource([p], this.locale);
  }

  private describe(item: Item) {
    const lang = this.locale;
    return item.description ? html`${pick(item.description, lang)}` : nothing;
  }

  protected renderBody(data: MechanismsDataset): TemplateResult {
    const lang = this.locale;
    const s = messages[lang];
    const { colon } = coreStrings[lang];
    // The paper gives the results as those of the Hohhot–Baotou–Ordos–Ulanqab mechanism.
    const example = data.mechanisms.find((m) => m.id === EXAMPLE_MECHANISM);
    const exampleName = example ? pick(example.label, lang) : '';
    return html`<h2>${s.title}</h2>
      <p>${s.intro}${exampleName ? html`${s.example(exampleName, countWord(data.results.length, lang))}` : nothing}</p>
      <h3 id="mechanisms">${s.mechanisms}</h3>
      <ul class="plain" part="mechanisms" aria-labelledby="mechanisms">
        ${data.mechanisms.map(
          (m) => html`<li class="mechanism" data-id=${m.id}>
            <h4>${pick(m.label, lang)}</h4>
            <p>${this.describe(m)}${this.where(m)}</p>
          </li>`,
        )}
      </ul>
      <h3 id="results">${exampleName ? s.resultsOf(exampleName) : s.results}</h3>
      <ul class="areas plain" part="results" aria-labelledby="results">
        ${data.results.map(
          (r, i) => html`<li class="area" part="area" data-id=${r.id}>
            <h4>${i + 1}. ${pick(r.label, lang)}</h4>
            <p>${this.describe(r)}${this.where(r)}</p>
            ${r.examples.length
              ? html`<p class="examples-label">${s.examples}${colon}</p>
                  <ul>
                    ${r.examples.map(
                      (e) => html`<li data-id=${e.id}>
                        <strong>${pick(e.label, lang)}</strong>${e.description ? html`${colon}${pick(e.description, lang)}` : nothing}${this.where(e)}
                      </li>`,
                    )}
                  </ul>`
              : nothing}
          </li>`,
        )}
      </ul>`;
  }

  protected provenance(data: MechanismsDataset): Provenance[] {
    return [...data.mechanisms, ...data.results, ...data.results.flatMap((r) => r.examples)];
  }
}

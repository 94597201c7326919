import { css, html, nothing, type TemplateResult } from 'lit';
import { mechanisms as bundledMechanisms } from '../../data/mechanisms.js';
import type { Item, MechanismsDataset, Provenance } from '../../data/schema.js';
import { validateMechanismsDataset } from '../../data/validate.js';
import { HwElement } from '../../core/base.js';
import { type Lang, pick } from '../../core/lang.js';
import { refLink, sectionLabel } from '../../core/source.js';

const strings = {
  'zh-CN': {
    title: '呼和浩特区域合作机制与成效',
    intro: '呼和浩特与周边城市建立了多种形式的区域合作机制，为区域合作提供了制度保障。论文列举了以下机制，以及它们在三个方面取得的成效。',
    mechanisms: '合作机制',
    results: '成效',
    examples: '例如',
    section: (s: string) => `（${s}`,
    close: '）',
    sep: '、',
    colon: '：',
  },
  en: {
    title: 'How Hohhot cooperates with its neighbours, and the results',
    intro: 'Hohhot and its neighbouring cities have set up several forms of regional cooperation mechanism, giving cooperation an institutional footing. The paper names these mechanisms and their results in three areas.',
    mechanisms: 'Cooperation mechanisms',
    results: 'Results',
    examples: 'For example',
    section: (s: string) => ` (section ${s}`,
    close: ')',
    sep: ', ',
    colon: ': ',
  },
} satisfies Record<Lang, unknown>;

const styles = css`
  ul.plain {
    list-style: none;
    padding: 0;
    margin: 0 0 1rem;
  }
  .mechanism {
    margin: 0 0 0.75rem;
  }
  .mechanism h4,
  .area h4 {
    font-size: 1rem;
    margin: 0 0 0.25rem;
    line-height: 1.3;
  }
  .areas {
    display: grid;
    gap: 0.75rem;
    grid-template-columns: 1fr;
  }
  @container (min-width: 720px) {
    .areas {
      grid-template-columns: repeat(3, minmax(0, 1fr));
    }
  }
  .area {
    background: var(--hw-surface);
    border: 1px solid var(--hw-border);
    border-radius: var(--hw-radius);
    padding: 0.75rem;
  }
  .area p {
    margin: 0 0 0.5rem;
  }
  .examples-label {
    font-weight: 600;
    margin: 0.25rem 0 0.1rem;
  }
  .area ul {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .sec {
    color: var(--hw-muted);
    font-size: 0.85em;
  }
  h3 {
    margin-top: 0.75rem;
  }
  @media (forced-colors: active) {
    .area {
      border-color: CanvasText;
    }
  }
`;

/**
 * The cooperation mechanisms of section 一(二): the Hohhot–Baotou–Ordos–Ulanqab
 * integrated development mechanism and the Beijing–Inner Mongolia cooperation
 * mechanism, and their results in the three areas the paper names (transport
 * interconnection, industrial coordination, shared public services), each
 * with the paper's examples. Plain headings and lists, no chart.
 *
 * @summary Hohhot's regional cooperation mechanisms and their results.
 *
 * @fires error - `data` or `src` could not be used. `detail: { kind, message, path?, status? }`
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
  protected readonly validator = validateMechanismsDataset;

  /** Where an item stands in the paper: `（一（二） [2]）`, ` (section 1.2 [2])`. */
  private where(p: Provenance) {
    const lang = this.locale;
    const s = strings[lang];
    return html`<span class="sec">${s.section(sectionLabel(p.section, lang))}${p.refs.map((n) => html` ${refLink(n, lang)}`)}${s.close}</span>`;
  }

  private describe(item: Item) {
    const lang = this.locale;
    return item.description ? html`${pick(item.description, lang)}` : nothing;
  }

  protected renderBody(data: MechanismsDataset): TemplateResult {
    const lang = this.locale;
    const s = strings[lang];
    return html`<h2>${s.title}</h2>
      <p>${s.intro}</p>
      <h3 id="mechanisms">${s.mechanisms}</h3>
      <ul class="plain" part="mechanisms" aria-labelledby="mechanisms">
        ${data.mechanisms.map(
          (m) => html`<li class="mechanism" data-id=${m.id}>
            <h4>${pick(m.label, lang)}</h4>
            <p>${this.describe(m)}${this.where(m)}</p>
          </li>`,
        )}
      </ul>
      <h3 id="results">${s.results}</h3>
      <ul class="areas plain" part="results" aria-labelledby="results">
        ${data.results.map(
          (r, i) => html`<li class="area" part="area" data-id=${r.id}>
            <h4 id="area-${i}">${i + 1}. ${pick(r.label, lang)}</h4>
            <p>${this.describe(r)}${this.where(r)}</p>
            ${r.examples.length
              ? html`<p class="examples-label">${s.examples}${s.colon}</p>
                  <ul>
                    ${r.examples.map(
                      (e) => html`<li data-id=${e.id}>
                        <strong>${pick(e.label, lang)}</strong>${e.description ? html`${s.colon}${pick(e.description, lang)}` : nothing}${this.where(e)}
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

import { html, nothing } from 'lit';
import { ecommerce } from '../../data/ecommerce.js';
import type { EcommerceDataset, Provenance } from '../../data/schema.js';
import { lazyValidator } from '../../core/util/check.js';
import { HwElement } from '../../core/base/base.js';
import { cardProvenance, figureCards, figureCardStyles, type FigureCardModel } from '../../core/ui/figure-card.js';
import { pick } from '../../core/controllers/lang.js';
import { type EcommerceCardMessages, messages } from './cross-border-ecommerce.strings.js';
import { styles } from './cross-border-ecommerce.styles.js';
import { ecommerceCards } from './model.js';

/**
 * The Hohhot cross-border e-commerce comprehensive pilot zone, as section
 * 二(三) of the paper describes it: the zone's cross-border e-commerce trade
 * (a lower bound: "超过12亿元", "more than CNY 1.2 billion"), the
 * enterprises settled in the zone and on its online public service platform,
 * the supporting policies and the events held to promote it.
 *
 * @summary Hohhot's cross-border e-commerce pilot zone: figures, policies and events.
 *
 * @fires error - `data` or `src` could not be used (does not bubble). `detail: { kind, message, path?, status? }`
 * @fires hw-error - The same event as `error`, under a name typed in `HTMLElementEventMap`. Does not bubble.
 *
 * @csspart base - The widget's frame.
 * @csspart cards - The list of figure cards.
 * @csspart card - One figure card.
 * @csspart policies - The list of supporting policies.
 * @csspart events - The list of promotion events.
 * @csspart source - The source line.
 * @csspart error - The alert shown when data cannot be used.
 *
 * @cssprop --hw-font-family - Font stack.
 * @cssprop --hw-bg - Background colour.
 * @cssprop --hw-surface - Card and policy background.
 * @cssprop --hw-text - Text colour.
 * @cssprop --hw-muted - Secondary text colour.
 * @cssprop --hw-border - Border colour.
 * @cssprop --hw-accent - Links, and the top edge of the cards unless `--hw-card-accent` is set.
 * @cssprop --hw-card-accent - Top edge of the cards.
 * @cssprop --hw-focus - Focus ring colour.
 * @cssprop --hw-radius - Corner radius.
 * @tag hohhot-cross-border-ecommerce
 */
export class HohhotCrossBorderEcommerce extends HwElement<EcommerceDataset> {
  static override styles = [...HwElement.styles, figureCardStyles, styles];

  protected readonly defaultData = ecommerce;
  protected readonly validator = lazyValidator('validateEcommerceDataset');

  private cardsFor?: { data: EcommerceDataset; captions: EcommerceCardMessages; cards: FigureCardModel[] };

  /** The figure cards, built once per dataset and language: the body and the source line of a render share them. */
  private cards(data: EcommerceDataset): FigureCardModel[] {
    const captions = messages[this.locale].cards;
    if (this.cardsFor?.data !== data || this.cardsFor.captions !== captions) this.cardsFor = { data, captions, cards: ecommerceCards(data, captions) };
    return this.cardsFor.cards;
  }

  protected renderBody(data: EcommerceDataset) {
    const lang = this.locale;
    const m = messages[lang];
    return html`<h2>${m.title}</h2>
      <p>${m.intro}</p>
      <h3 id="figures" class="visually-hidden">${m.figures}</h3>
      ${figureCards(this.cards(data), lang, { labelledby: 'figures' })}
      ${data.policies.length
        ? html`<h3 id="policies">${m.policies}</h3>
            <p>${m.policiesIntro}</p>
            <ul class="policies tag-list" part="policies" aria-labelledby="policies">
              ${data.policies.map((p) => html`<li>${pick(p.label, lang)}</li>`)}
            </ul>`
        : nothing}
      ${data.events.length
        ? html`<h3 id="events">${m.events}</h3>
            <ul class="events" part="events" aria-labelledby="events">
              ${data.events.map(
                (e) => html`<li>
                  <span class="event-name">${pick(e.label, lang)}</span>
                  ${e.description ? html`<p class="event-description">${pick(e.description, lang)}</p>` : nothing}
                </li>`,
              )}
            </ul>`
        : nothing}`;
  }

  protected provenance(data: EcommerceDataset): Provenance[] {
    return [...cardProvenance(this.cards(data)), ...data.policies, ...data.events];
  }
}

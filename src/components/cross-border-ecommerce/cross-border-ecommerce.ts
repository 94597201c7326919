import { css, html, nothing } from 'lit';
import { ecommerce } from '../../data/ecommerce.js';
import type { EcommerceDataset, Provenance } from '../../data/schema.js';
import { lazyValidator } from '../../core/util/check.js';
import { HwElement } from '../../core/base/base.js';
import { cardProvenance, figureCards, figureCardStyles, type FigureCardModel } from '../../core/ui/figure-card.js';
import { type Lang, pick } from '../../core/controllers/lang.js';
import { ecommerceCards } from '../key-figures/topics.js';

const strings = {
  'zh-CN': {
    title: '呼和浩特跨境电子商务综合试验区',
    intro:
      '呼和浩特市是跨境电子商务综合试验区，自设立以来承担着推动贸易便利化、促进经济转型升级的任务。综试区已吸引大量企业落户注册，形成了较为完善的跨境电商生态体系。',
    figures: '主要数据',
    policies: '支持政策',
    policiesIntro: '呼和浩特市出台了多项支持跨境电商发展的政策，包括：',
    events: '促进活动',
  },
  en: {
    title: 'Hohhot’s cross-border e-commerce comprehensive pilot zone',
    intro:
      'Hohhot has been designated a comprehensive pilot zone for cross-border e-commerce, with the task of making trade easier and helping the economy restructure and upgrade. Many businesses have registered in the zone, and a fairly complete cross-border e-commerce ecosystem has taken shape.',
    figures: 'Key figures',
    policies: 'Supporting policies',
    policiesIntro: 'The city has introduced a number of policies to support cross-border e-commerce, including:',
    events: 'Promotion events',
  },
} satisfies Record<Lang, unknown>;

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
  static override styles = [
    ...HwElement.styles,
    figureCardStyles,
    css`
      h3 {
        margin-top: 1rem;
      }
      .policies {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
        list-style: none;
        margin: 0.25rem 0 1rem;
        padding: 0;
      }
      .policies li {
        background: var(--_hw-surface);
        border: 1px solid var(--_hw-border);
        border-radius: 999px;
        padding: 0.2rem 0.8rem;
      }
      .events {
        margin: 0.25rem 0 0.5rem;
        padding-inline-start: 1.25rem;
      }
      .events li + li {
        margin-top: 0.5rem;
      }
      .event-name {
        font-weight: 600;
      }
      .event-description {
        margin: 0.1rem 0 0;
      }
      @media (forced-colors: active) {
        .policies li {
          border-color: CanvasText;
        }
      }
    `,
  ];

  protected readonly defaultData = ecommerce;
  protected readonly validator = lazyValidator('validateEcommerceDataset');

  private cardsFor?: { data: EcommerceDataset; lang: Lang; cards: FigureCardModel[] };

  /** The figure cards, built once per dataset and language: the body and the source line of a render share them. */
  private cards(data: EcommerceDataset): FigureCardModel[] {
    const lang = this.locale;
    if (this.cardsFor?.data !== data || this.cardsFor.lang !== lang) this.cardsFor = { data, lang, cards: ecommerceCards(data, lang) };
    return this.cardsFor.cards;
  }

  protected renderBody(data: EcommerceDataset) {
    const lang = this.locale;
    const s = strings[lang];
    return html`<h2>${s.title}</h2>
      <p>${s.intro}</p>
      <h3 id="figures" class="visually-hidden">${s.figures}</h3>
      ${figureCards(this.cards(data), lang, { labelledby: 'figures' })}
      ${data.policies.length
        ? html`<h3 id="policies">${s.policies}</h3>
            <p>${s.policiesIntro}</p>
            <ul class="policies" part="policies" aria-labelledby="policies">
              ${data.policies.map((p) => html`<li>${pick(p.label, lang)}</li>`)}
            </ul>`
        : nothing}
      ${data.events.length
        ? html`<h3 id="events">${s.events}</h3>
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

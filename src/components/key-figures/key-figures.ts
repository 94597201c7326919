import { css, html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ecommerce } from '../../data/ecommerce.js';
import { investment2024 } from '../../data/investment.js';
import { trade2024 } from '../../data/trade.js';
import type { EcommerceDataset, InvestmentDataset, Provenance, Text, TradeDataset } from '../../data/schema.js';
import type { Validator } from '../../data/problem.js';
import { lazyValidator } from '../../core/util/check.js';
import { oneOf } from '../../core/util/attributes.js';
import { HwElement } from '../../core/base/base.js';
import { cardProvenance, figureCards, figureCardStyles, type FigureCardModel } from '../../core/ui/figure-card.js';
import type { Lang } from '../../core/controllers/lang.js';
import { ecommerceCards, investmentCards, tradeCards } from './topics.js';
import { messages } from './key-figures.strings.js';

export const KEY_FIGURE_TOPICS = ['trade', 'investment', 'ecommerce'] as const;
/** The topics of `<hohhot-key-figures>`: section 二(一), 二(二) and 二(三) of the paper. */
export type KeyFiguresTopic = (typeof KEY_FIGURE_TOPICS)[number];

/** The dataset of each topic, as the `data` property takes it. */
export interface KeyFiguresDatasets {
  trade: TradeDataset;
  investment: InvestmentDataset;
  ecommerce: EcommerceDataset;
}
/** Any dataset `<hohhot-key-figures>` can show: the one of its current `topic`. */
export type KeyFiguresDataset = KeyFiguresDatasets[KeyFiguresTopic];

const topics: { [K in KeyFiguresTopic]: { data: KeyFiguresDatasets[K]; validator: () => Promise<Validator<KeyFiguresDatasets[K]>>; cards: (d: KeyFiguresDatasets[K], lang: Lang) => FigureCardModel[]; key: string } } = {
  trade: { data: trade2024, validator: lazyValidator('validateTradeDataset'), cards: tradeCards, key: 'total' },
  investment: { data: investment2024, validator: lazyValidator('validateInvestmentDataset'), cards: investmentCards, key: 'thresholds' },
  ecommerce: { data: ecommerce, validator: lazyValidator('validateEcommerceDataset'), cards: ecommerceCards, key: 'enterprisesInZone' },
};

/**
 * Headline figures of the paper as cards, for the top of an article: Hohhot's
 * 2024 foreign trade (section 二(一)), attracting investment (二(二)) or
 * its cross-border e-commerce pilot zone (二(三)). Each card gives the value
 * with its unit (a bound stays a bound: "超过12亿元", "more than CNY 1.2
 * billion"), how it compares, a one-line caption and where it stands in the
 * paper. The cards are a list, read in order, in one to four columns by the
 * widget's own width.
 *
 * The `data` property takes the dataset of the current `topic`
 * (`TradeDataset`, `InvestmentDataset` or `EcommerceDataset`). It is checked
 * against the topic in effect, and again whenever `topic` changes, so `topic`
 * and `data` may be set in either order. Changing `topic` checks the given `data`
 * again (or fetches `src` again) against the new topic: a dataset of another
 * topic gives the usual alert and `error` event; without `data` or `src` the
 * new topic's figures from the paper are shown.
 *
 * @summary Headline figures of Hohhot's trade, investment or cross-border e-commerce, as cards.
 *
 * @fires error - `data` or `src` could not be used for the current topic (does not bubble). `detail: { kind, message, path?, status? }`
 * @fires hw-error - The same event as `error`, under a name typed in `HTMLElementEventMap`. Does not bubble.
 *
 * @csspart base - The widget's frame.
 * @csspart cards - The list of cards.
 * @csspart card - One card.
 * @csspart source - The source line.
 * @csspart error - The alert shown when data cannot be used.
 *
 * @cssprop --hw-font-family - Font stack.
 * @cssprop --hw-bg - Background colour.
 * @cssprop --hw-surface - Card background.
 * @cssprop --hw-text - Text colour.
 * @cssprop --hw-muted - Secondary text colour.
 * @cssprop --hw-border - Border colour.
 * @cssprop --hw-accent - Links, and the top edge of the cards unless `--hw-card-accent` is set.
 * @cssprop --hw-card-accent - Top edge of the cards.
 * @cssprop --hw-focus - Focus ring colour.
 * @cssprop --hw-radius - Corner radius.
 * @tag hohhot-key-figures
 */
export class HohhotKeyFigures extends HwElement<KeyFiguresDataset> {
  static override styles = [
    ...HwElement.styles,
    figureCardStyles,
    css`
      h2 {
        margin-bottom: calc(0.25em / 1.2);
      }
    `,
  ];

  /**
   * Which figures to show: `trade` (default), `investment` or `ecommerce`.
   * An unknown value falls back to `trade` with one warning.
   */
  @property({ converter: oneOf<KeyFiguresTopic>('topic', KEY_FIGURE_TOPICS, 'trade') })
  topic: KeyFiguresTopic = 'trade';

  /** The paper's dataset of the current topic. */
  protected get defaultData(): KeyFiguresDataset {
    return topics[this.topic].data;
  }

  /** The validator of the current topic's dataset. */
  protected get validator(): () => Promise<Validator<KeyFiguresDataset>> {
    return topics[this.topic].validator;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Another topic: another default and validator; the given `data` is checked again, `src` fetched again.
    if (changed.has('topic') && this.hasUpdated) this.datasetCtl.kindChanged();
  }

  private cardsFor?: { data: KeyFiguresDataset; topic: KeyFiguresTopic; lang: Lang; cards: FigureCardModel[] };

  /**
   * The cards of the current topic for a dataset; none when the dataset is not
   * of that topic. Built once per dataset, topic and language: the body and
   * the source line of a render share them.
   */
  private cards(data: KeyFiguresDataset): FigureCardModel[] {
    const lang = this.locale;
    const memo = this.cardsFor;
    if (memo && memo.data === data && memo.topic === this.topic && memo.lang === lang) return memo.cards;
    const topic = topics[this.topic];
    const cards = topic.key in data ? (topic.cards as (d: KeyFiguresDataset, lang: Lang) => FigureCardModel[])(data, lang) : [];
    this.cardsFor = { data, topic: this.topic, lang, cards };
    return cards;
  }

  protected renderBody(data: KeyFiguresDataset) {
    const lang = this.locale;
    const m = messages[lang];
    const heading =
      this.topic === 'trade' && 'total' in data ? m.titleTrade(data) : this.topic === 'investment' ? m.titleInvestment : m.titleEcommerce;
    return html`<h2 id="title">${heading}</h2>
      ${figureCards(this.cards(data), lang, { labelledby: 'title' })}`;
  }

  protected provenance(data: KeyFiguresDataset): Provenance[] {
    return cardProvenance(this.cards(data));
  }

  protected override origins(data: KeyFiguresDataset): Text[] {
    return this.topic === 'trade' && 'origin' in data ? [data.origin] : [];
  }
}

import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { trade2024 } from '../../data/trade.js';
import { tradeOutsideBeltAndRoad } from '../../data/derive.js';
import type { Figure, Provenance, TradeDataset } from '../../data/schema.js';
import { lazyValidator } from '../../core/util/check.js';
import { oneOf } from '../../core/util/attributes.js';
import { HwChartElement } from '../../core/base/chart-element.js';
import type { ChartModel } from '../../core/controllers/chart.js';
import { formatFigure } from '../../core/i18n/format.js';
import { pick } from '../../core/controllers/lang.js';
import { figureList, figureListStyles } from '../../core/ui/figure-list.js';
import { messages } from './trade-partners.strings.js';
import { PARTNER_VIEWS, type PartnerView, beltAndRoadFigures, partnersModel } from './model.js';

export { PARTNER_VIEWS } from './model.js';
export type { PartnerView } from './model.js';

/**
 * Who Hohhot traded with in 2024 (section 二(一), Saihan Customs via the
 * paper): the main partner countries the paper names, ranked, or the Belt and
 * Road partner countries as a share of all trade, with the remainder ("other
 * partners") derived as total minus Belt and Road and marked as such. The
 * named countries are never shown as parts of a whole: the paper gives no
 * figures for any other country.
 *
 * @summary Hohhot's main trading partners and its Belt and Road trade, 2024.
 *
 * @fires hw-view-change - The reader switched between chart and table. `detail: { view: 'chart' | 'table' }`
 * @fires error - `data` or `src` could not be used (does not bubble). `detail: { kind, message, path?, status? }`
 * @fires hw-error - The same event as `error`, under a name typed in `HTMLElementEventMap`. Does not bubble.
 * @fires hw-chart-ready - The chart has been drawn (not bubbling).
 *
 * @csspart base - The widget's frame.
 * @csspart figures - The key figures of the Belt and Road view.
 * @csspart toolbar - The view switch and CSV button.
 * @csspart chart - The chart box.
 * @csspart table - The data table.
 * @csspart source - The source line.
 * @csspart error - The alert shown when data cannot be used.
 *
 * @cssprop --hw-font-family - Font stack.
 * @cssprop --hw-bg - Background colour.
 * @cssprop --hw-surface - Background of the key-figure cards.
 * @cssprop --hw-text - Text colour.
 * @cssprop --hw-muted - Secondary text colour.
 * @cssprop --hw-border - Border colour.
 * @cssprop --hw-accent - Links and the pressed view button.
 * @cssprop --hw-focus - Focus ring colour.
 * @cssprop --hw-series-1 - Colour of the country bars and of the Belt and Road segment.
 * @cssprop --hw-series-2 - Colour of the derived "other partners" segment.
 * @cssprop --hw-radius - Corner radius.
 * @tag hohhot-trade-partners
 */
export class HohhotTradePartners extends HwChartElement<TradeDataset> {
  static override styles = [...HwChartElement.styles, figureListStyles];

  /** What to show: `countries` (default), the named partner countries ranked, or `belt-and-road`, the Belt and Road share of all trade. */
  @property({ converter: oneOf<PartnerView>('show', PARTNER_VIEWS, 'countries') })
  show: PartnerView = 'countries';

  protected readonly defaultData = trade2024;
  protected readonly validator = lazyValidator('validateTradeDataset');

  private outsideFor?: { data: TradeDataset; other: Figure };

  /** Trade outside the Belt and Road group (derived), computed once per dataset for the chart and the header. */
  private outside(data: TradeDataset): Figure {
    if (this.outsideFor?.data !== data) this.outsideFor = { data, other: tradeOutsideBeltAndRoad(data) };
    return this.outsideFor.other;
  }

  protected chartModel(data: TradeDataset): ChartModel {
    const other = this.show === 'belt-and-road' ? this.outside(data) : undefined;
    return partnersModel(data, this.show, this.locale, messages[this.locale], other);
  }

  protected override legend(model: ChartModel) {
    return model.kind === 'doughnut' ? this.pointLegend(model) : [];
  }

  protected renderHeader(data: TradeDataset) {
    const lang = this.locale;
    const m = messages[lang];
    const total = formatFigure(data.total, lang);
    if (this.show === 'countries') {
      return html`<h2>${m.titleCountries(data.year)}</h2>
        <p>${m.total(data.year, total)}</p>
        <p class="note" data-note="not-whole">${m.notWhole(total)}</p>`;
    }
    const other = this.outside(data);
    return html`<h2>${m.titleBri(data.year)}</h2>
      <p>${m.total(data.year, total)}</p>
      ${figureList(beltAndRoadFigures(data, lang, m))}
      <p class="note" data-note="derived">${m.remainderNote(pick(other.label, lang), total, formatFigure(data.beltAndRoad.value, lang))}</p>`;
  }

  protected provenance(data: TradeDataset): Provenance[] {
    return this.show === 'countries'
      ? [data.total, ...data.partners]
      : [data.total, data.growth, data.beltAndRoad.value, data.beltAndRoad.share, data.beltAndRoad.growth];
  }
}

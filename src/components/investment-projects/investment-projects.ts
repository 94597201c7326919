import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { investment2024 } from '../../data/investment.js';
import type { InvestmentDataset, Provenance, Threshold } from '../../data/schema.js';
import { lazyValidator } from '../../core/util/check.js';
import { oneOf } from '../../core/util/attributes.js';
import { HwChartElement } from '../../core/base/chart-element.js';
import type { ChartModel } from '../../core/controllers/chart.js';
import { pick } from '../../core/controllers/lang.js';
import { coreStrings } from '../../core/i18n/strings.js';
import { figureList, figureListStyles } from '../../core/ui/figure-list.js';
import { messages } from './investment-projects.strings.js';
import { styles } from './investment-projects.styles.js';
import {
  PROJECT_MODES,
  type ProjectMode,
  allProjects,
  cumulativePairs,
  horingerText,
  keyFigures,
  projectsLegend,
  projectsModel,
  sortedThresholds,
} from './model.js';

export { PROJECT_MODES } from './model.js';
export type { ProjectMode } from './model.js';

/**
 * Attracting investment in 2024 (section 二(二)): projects introduced by size
 * threshold, shown as the paper gives them, cumulative (the 10亿元 class is
 * inside the 亿元 class), never as parts of a whole; or as disjoint size bands
 * derived from those thresholds and marked derived. With the agreed
 * investment, the funds-in-place rate, the fields the projects cover and the
 * early-2025 Horinger New Area signing.
 *
 * @summary Hohhot's 2024 investment projects by size threshold, and the Horinger New Area signing.
 *
 * @fires hw-view-change - The reader switched between chart and table. `detail: { view: 'chart' | 'table' }`
 * @fires error - `data` or `src` could not be used (does not bubble). `detail: { kind, message, path?, status? }`
 * @fires hw-error - The same event as `error`, under a name typed in `HTMLElementEventMap`. Does not bubble.
 * @fires hw-chart-ready - The chart has been drawn (not bubbling).
 *
 * @csspart base - The widget's frame.
 * @csspart figures - The key figures (agreed investment, funds-in-place rate).
 * @csspart toolbar - The view switch and CSV button.
 * @csspart chart - The chart box.
 * @csspart table - The data table.
 * @csspart details - The fields and the Horinger New Area signing.
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
 * @cssprop --hw-series-1 - Colour of the bars of stated counts.
 * @cssprop --hw-series-2 - Colour of the bars of derived bands.
 * @cssprop --hw-radius - Corner radius.
 * @tag hohhot-investment-projects
 */
export class HohhotInvestmentProjects extends HwChartElement<InvestmentDataset> {
  static override styles = [...HwChartElement.styles, figureListStyles, styles];

  /** `thresholds` (default): the paper's cumulative counts; `bands`: disjoint size bands derived from them. */
  @property({ converter: oneOf<ProjectMode>('mode', PROJECT_MODES, 'thresholds'), reflect: true })
  mode: ProjectMode = 'thresholds';

  protected readonly defaultData = investment2024;
  protected readonly validator = lazyValidator('validateInvestmentDataset');

  private sortedFor?: { data: InvestmentDataset; thresholds: Threshold[] };

  /** The thresholds, smallest first: sorted once per dataset, not on every render. */
  private sorted(data: InvestmentDataset): Threshold[] {
    if (this.sortedFor?.data !== data) this.sortedFor = { data, thresholds: sortedThresholds(data) };
    return this.sortedFor.thresholds;
  }

  protected chartModel(data: InvestmentDataset): ChartModel {
    return projectsModel(data, this.mode, this.locale, messages[this.locale], this.sorted(data));
  }

  protected override legend(model: ChartModel) {
    return projectsLegend(model, this.mode, this.locale, messages[this.locale]);
  }

  protected renderHeader(data: InvestmentDataset) {
    const lang = this.locale;
    const m = messages[lang];
    const sorted = this.sorted(data);
    const pairs = cumulativePairs(sorted, lang, m);
    return html`<h2>${m.title(data.year)}</h2>
      ${figureList(keyFigures(data, lang, m, sorted))}
      ${pairs.length ? html`<p class="note" data-note="cumulative">${m.cumulative(pairs)}</p>` : ''}
      ${this.mode === 'bands' ? html`<p class="note" data-note="derived">${m.bandsNote(allProjects(sorted, lang, m), coreStrings[lang].derived)}</p>` : ''}`;
  }

  protected override renderFooter(data: InvestmentDataset) {
    const lang = this.locale;
    const m = messages[lang];
    const h = data.horinger2025;
    return html`<div class="more" part="details">
      ${data.fields.length
        ? html`<h3>${m.fieldsTitle}</h3>
            <ul class="fields tag-list">${data.fields.map((f) => html`<li>${pick(f.label, lang)}</li>`)}</ul>
            <p class="note">${m.fieldsNote}</p>`
        : ''}
      <h3>${m.horingerTitle(pick(h.period, lang))}</h3>
      <p>${horingerText(data, lang, m)}</p>
      ${h.examples.length
        ? html`<p class="examples-intro">${m.examples}</p>
            <ul>${h.examples.map((e) => html`<li>${pick(e.label, lang)}</li>`)}</ul>`
        : ''}
    </div>`;
  }

  protected provenance(data: InvestmentDataset): Provenance[] {
    const h = data.horinger2025;
    return [
      ...data.thresholds.map((t) => t.count),
      data.agreedInvestment,
      data.fundsInPlaceRate,
      ...data.fields,
      h.projects,
      h.investment,
      ...h.examples,
    ];
  }
}

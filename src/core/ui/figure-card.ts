import { css, html, nothing, type TemplateResult } from 'lit';
import type { Figure, Provenance } from '../../data/schema.js';
import { figureParts } from '../i18n/format.js';
import type { Lang } from '../controllers/lang.js';
import { refLink, sectionLabel } from './source.js';
import { coreStrings } from '../i18n/strings.js';

/** One headline figure as a card: the figure, what it is, how it compares, where it comes from. */
export interface FigureCardModel {
  /** The figure shown large, with its unit and bound (a bound is always written as one). */
  figure: Figure;
  /** One line saying what the figure is, in the card's language. */
  caption: string;
  /** How the figure compares (a growth, a breakdown, a gap), in the card's language. */
  comparison?: {
    text: string;
    /** True when the comparison is computed from the paper's figures, not stated in it. */
    derived?: boolean;
  };
  /** Where the card's content stands in the paper; defaults to the figure's own provenance. */
  provenance?: Provenance;
}

/**
 * How many columns a list of `count` cards may use at most: up to four, fewer
 * when that balances the rows (five cards make 3 + 2, not 4 + 1).
 */
export function maxCardColumns(count: number): 1 | 2 | 3 | 4 {
  if (count <= 4) return Math.max(1, count) as 1 | 2 | 3 | 4;
  return count % 4 === 0 || count % 4 === 3 ? 4 : 3;
}

function derivedMark(lang: Lang) {
  const s = coreStrings[lang];
  return html`<span class="derived-mark">${s.note(s.derived)}</span>`;
}

/**
 * One card as a list item. Its text is in reading order (value, caption,
 * comparison, bound note, source) and nothing in it is focusable but the
 * reference links.
 */
export function figureCard(card: FigureCardModel, lang: Lang): TemplateResult {
  const f = card.figure;
  const at = card.provenance ?? f;
  const p = figureParts(f.value, f.unit, lang, f.bound);
  const s = coreStrings[lang];
  return html`<li class="fc" part="card" data-figure=${f.id}>
    <p class="fc-value">${p.before ? html`<span class="fc-before">${p.before}</span>` : nothing}<span class="fc-number">${p.number}</span><span class="fc-unit">${p.unit}${p.after}</span>${f.derived ? derivedMark(lang) : nothing}</p>
    <p class="fc-caption">${card.caption}</p>
    ${card.comparison
      ? html`<p class="fc-comparison">${card.comparison.text}${card.comparison.derived ? derivedMark(lang) : nothing}</p>`
      : nothing}
    ${f.bound !== 'exact' ? html`<p class="fc-bound-note">${s.boundNote}</p>` : nothing}
    <p class="fc-source">${s.cardSource(sectionLabel(at.section, lang))}${at.refs.map((n) => html` ${refLink(n, lang)}`)}</p>
  </li>`;
}

/**
 * The cards as a real list (`<ul>`), read in order by screen readers, laid
 * out in one to four columns by the widget's own width (container queries on
 * `:host`). Add `figureCardStyles` to the widget's styles.
 */
export function figureCards(cards: FigureCardModel[], lang: Lang, label: { labelledby?: string; label?: string } = {}): TemplateResult {
  return html`<ul
    class="fc-list fc-max-${maxCardColumns(cards.length)}"
    part="cards"
    aria-labelledby=${label.labelledby ?? nothing}
    aria-label=${label.label ?? nothing}
  >
    ${cards.map((c) => figureCard(c, lang))}
  </ul>${cards.some((c) => c.figure.derived || c.comparison?.derived)
    ? html`<p class="note fc-derived-note">${coreStrings[lang].derivedNote}</p>`
    : nothing}`;
}

/** Where the cards' content stands in the paper, for the widget's source line. */
export function cardProvenance(cards: FigureCardModel[]): Provenance[] {
  return cards.map((c) => c.provenance ?? c.figure);
}

/** Styles of `figureCards`: the grid by container width and the card itself. */
export const figureCardStyles = css`
  .fc-list {
    list-style: none;
    margin: 0.5em 0 0.75em;
    padding: 0;
    display: grid;
    gap: 0.75em;
    grid-template-columns: minmax(0, 1fr);
  }
  @container (min-width: 30em) {
    .fc-max-2,
    .fc-max-3,
    .fc-max-4 {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }
  @container (min-width: 46em) {
    .fc-max-3,
    .fc-max-4 {
      grid-template-columns: repeat(3, minmax(0, 1fr));
    }
  }
  @container (min-width: 62em) {
    .fc-max-4 {
      grid-template-columns: repeat(4, minmax(0, 1fr));
    }
  }
  .fc {
    display: flex;
    flex-direction: column;
    gap: 0.3em;
    margin: 0;
    padding: 0.75em 0.9em;
    background: var(--_hw-surface);
    border: 1px solid var(--_hw-border);
    border-top: 4px solid var(--hw-card-accent, var(--_hw-accent));
    border-radius: var(--_hw-radius);
    min-width: 0;
  }
  .fc p {
    margin: 0;
  }
  .fc-value {
    line-height: 1.15;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .fc-number {
    font-size: 2em;
    font-weight: 700;
  }
  .fc-before,
  .fc-unit {
    font-size: 1.1em;
  }
  .fc-caption {
    font-weight: 600;
  }
  .fc-comparison,
  .fc-bound-note {
    color: var(--_hw-muted);
    font-size: 0.92em;
  }
  .fc-bound-note {
    font-style: italic;
  }
  /* Chinese has no italics (no slanted CJK glyphs, only synthetic ones). */
  .fc-bound-note:lang(zh) {
    font-style: normal;
  }
  .fc-source {
    margin-top: auto !important;
    padding-top: 0.3125em;
    color: var(--_hw-muted);
    font-size: 0.8em;
  }
  @container (max-width: 420px) {
    .fc-number {
      font-size: 1.75em;
    }
  }
  @media (forced-colors: active) {
    .fc {
      border-color: CanvasText;
    }
  }
  @media print {
    .fc {
      break-inside: avoid;
      background: none;
    }
  }
`;

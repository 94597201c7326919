import { css, html } from 'lit';

/** One compact figure: what it is and its formatted value. */
export interface FigureListItem {
  label: string;
  value: string;
}

/**
 * A compact row of key figures above a chart, as a description list (the
 * label is read before its value). For headline cards use figure-card.ts.
 */
export function figureList(items: FigureListItem[]) {
  return html`<dl class="figures" part="figures">
    ${items.map((i) => html`<div><dt>${i.label}</dt><dd>${i.value}</dd></div>`)}
  </dl>`;
}

export const figureListStyles = css`
  .figures {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 11em), 1fr));
    gap: 0.5em;
    margin: 0 0 0.75em;
  }
  .figures div {
    background: var(--_hw-surface);
    border: 1px solid var(--_hw-border);
    border-radius: var(--_hw-radius);
    padding: 0.5em 0.75em;
  }
  .figures dt {
    font-size: 0.85em;
    color: var(--_hw-muted);
  }
  .figures dd {
    margin: 0;
    font-size: 1.25em;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
`;

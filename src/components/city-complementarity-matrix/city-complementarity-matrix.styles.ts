import { css } from 'lit';

/** The styles of `<city-complementarity-matrix>`, after the shared ones: key, grid (blocks when narrow, a matrix from 48em of its text), details, caveats, print. */
export const styles = css`
  .key {
    display: flex;
    flex-wrap: wrap;
    gap: calc(0.25em / 0.9) calc(1.25em / 0.9);
    list-style: none;
    padding: 0;
    margin: 0 0 calc(0.75em / 0.9);
    font-size: 0.9em;
  }
  /* em of the key's 0.9em. */
  .key li {
    display: inline-flex;
    gap: calc(0.4em / 0.9);
    align-items: baseline;
  }
  .sym {
    font-family: 'DejaVu Sans', 'Segoe UI Symbol', var(--_hw-font-family);
    font-style: normal;
    line-height: 1;
  }
  .sym.lead {
    color: var(--_hw-text);
  }
  .sym.complement {
    color: var(--_hw-muted);
  }
  .sym.opportunity {
    color: var(--_hw-accent);
  }

  /* Narrow (the default): one block per city, with its marked industries. */
  .grid {
    display: block;
    margin: 0 0 0.5em;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
    padding: 0.6em;
    margin-bottom: 0.5em;
    border: 1px solid var(--_hw-border);
    border-radius: var(--_hw-radius);
  }
  .row.head {
    display: none;
  }
  .row.highlighted {
    border: 3px dashed var(--_hw-accent);
    background: var(--_hw-surface);
  }
  .cell {
    position: relative;
    display: inline-flex;
    align-items: center;
    gap: calc(0.35em / 0.95);
    min-height: calc(2.25em / 0.95);
    min-width: calc(2.25em / 0.95);
    padding: calc(0.2em / 0.95) calc(0.5em / 0.95);
    border: 1px solid var(--_hw-border);
    border-radius: var(--_hw-radius);
    background: var(--_hw-bg);
    cursor: pointer;
    font-size: 0.95em;
  }
  .cell.empty {
    display: none;
  }
  .rowhead {
    flex: 1 0 100%;
    font-weight: 700;
    font-size: 1.05em;
    border-style: none;
    /* The sizes of .cell, in em of this 1.05em. */
    gap: calc(0.35em / 1.05);
    min-height: calc(2.25em / 1.05);
    min-width: calc(2.25em / 1.05);
    padding-block: calc(0.2em / 1.05);
    padding-inline: calc(0.25em / 1.05);
    background: transparent;
  }
  .syms {
    white-space: nowrap;
    letter-spacing: 0.1em;
  }

  /* Wide: the matrix, cities down the side and industries along the top. */
  @container (min-width: 48em) {
    .grid {
      border-top: 1px solid var(--_hw-border);
    }
    .row,
    .row.head {
      display: grid;
      grid-template-columns: minmax(5.5em, 8em) repeat(var(--hw-matrix-cols, 12), minmax(min-content, 1fr));
      gap: 0;
      padding: 0;
      margin: 0;
      border: none;
      border-bottom: 1px solid var(--_hw-border);
      border-radius: 0;
    }
    .row.highlighted {
      border: none;
      border-bottom: 1px solid var(--_hw-border);
      outline: 3px dashed var(--_hw-accent);
      outline-offset: -3px;
    }
    [role='columnheader'] {
      display: flex;
      align-items: flex-end;
      justify-content: center;
      padding: calc(0.4em / 0.85) calc(0.15em / 0.85);
      font-size: 0.85em;
      font-weight: 600;
      border-inline-start: 1px solid var(--_hw-grid);
    }
    [role='columnheader'].corner {
      justify-content: flex-start;
      border-inline-start: none;
    }
    .colhead-text {
      writing-mode: vertical-rl;
      max-height: 12.5em;
      line-height: 1.2;
    }
    /* In em of the cell's 0.95em. */
    .cell,
    .cell.empty {
      display: flex;
      justify-content: center;
      min-height: calc(2.75em / 0.95);
      min-width: 0;
      padding: calc(0.2em / 0.95);
      border: none;
      border-inline-start: 1px solid var(--_hw-grid);
      border-radius: 0;
      background: transparent;
    }
    .rowhead {
      justify-content: flex-start;
      border-inline-start: none;
      font-size: 0.95em;
      gap: calc(0.35em / 0.95);
      padding-inline: calc(0.5em / 0.95);
    }
    .cell-label {
      position: absolute !important;
      width: 1px !important;
      height: 1px !important;
      margin: -1px !important;
      overflow: hidden !important;
      clip: rect(0 0 0 0) !important;
      white-space: nowrap !important;
    }
    /* The widget's 1.15em, inside the cell's 0.95em. */
    .syms {
      font-size: calc(1.15em / 0.95);
      letter-spacing: 0;
      display: flex;
      flex-direction: column;
      align-items: center;
      gap: calc(0.1em / 1.15);
    }

    /* Cities as columns (layout="cities-as-columns", or auto in English): industries down the side, no vertical text. */
    .transposed .row,
    .transposed .row.head {
      grid-template-columns: minmax(8em, 16em) repeat(var(--hw-matrix-rows, 4), minmax(0, 1fr));
    }
    .transposed .syms {
      flex-direction: row;
      gap: calc(0.35em / 1.15);
    }
    .transposed .cell {
      min-height: calc(2.4em / 0.95);
    }
    .transposed .cityhead {
      justify-content: center;
      align-items: flex-end;
      border-inline-start: 1px solid var(--_hw-grid);
      padding: calc(0.4em / 0.95) calc(0.3em / 0.95);
      text-align: center;
    }
    .indhead {
      display: flex;
      align-items: center;
      padding: calc(0.2em / 0.9) calc(0.5em / 0.9);
      font-size: 0.9em;
      font-weight: 600;
      line-height: 1.25;
    }
    /* The highlighted city is a column here: dashed accent lines down both its sides. */
    .transposed .in-highlighted {
      border-inline: 3px dashed var(--_hw-accent);
      background-color: var(--_hw-surface);
    }
  }

  /*
   * Three states that never look alike, in colour or without it:
   * - focus: the library's ring, a solid outline in --_hw-focus outside the
   *   cell, with a gap (the shared :focus-visible rule);
   * - selected: a thick ink border inside the cell (::after), a hatched
   *   background and bold, underlined text: no blue at all, so it is neither
   *   the focus ring nor the accent;
   * - the highlighted city: a dashed accent line around its row.
   */
  .cell[aria-selected='true'] {
    background-color: var(--_hw-surface);
    background-image: repeating-linear-gradient(135deg, transparent 0 5px, var(--_hw-grid) 5px 7px);
    font-weight: 700;
  }
  .cell[aria-selected='true']::after {
    content: '';
    position: absolute;
    inset: 0;
    border: 3px solid var(--_hw-text);
    border-radius: inherit;
    pointer-events: none;
  }
  .cell[aria-selected='true'] .cell-label,
  .rowhead[aria-selected='true'] {
    text-decoration: underline;
    text-decoration-thickness: 2px;
    text-underline-offset: 0.2em;
  }
  /* A note (0.9em): the widget's 0.75em. */
  .help {
    margin: 0 0 calc(0.75em / 0.9);
  }
  .details {
    border: 1px solid var(--_hw-border);
    border-radius: var(--_hw-radius);
    background: var(--_hw-surface);
    padding: 0.75em;
    margin: 0 0 0.75em;
  }
  .details h3 {
    margin-bottom: calc(0.4em / 1.05);
  }
  .marks-line {
    margin: 0 0 calc(0.5em / 0.9);
    font-size: 0.9em;
  }
  .marks-line span + span::before {
    content: ' · ';
  }
  .quote {
    margin: 0 0 0.75em;
  }
  .quote:last-child {
    margin-bottom: 0;
  }
  blockquote {
    margin: 0;
    padding-inline-start: 0.75em;
    border-inline-start: 3px solid var(--_hw-accent);
  }
  blockquote p {
    margin: 0;
  }
  .original {
    margin: calc(0.3em / 0.9) 0 0;
    padding-inline-start: calc(0.75em / 0.9);
    font-size: 0.9em;
    color: var(--_hw-muted);
  }
  figcaption {
    margin-top: calc(0.25em / 0.85);
    font-size: 0.85em;
    color: var(--_hw-muted);
  }
  .caveats {
    border-inline-start: 3px solid var(--_hw-muted);
    padding: 0.25em 0 0.25em 0.75em;
    margin: 0 0 0.5em;
  }
  .caveats ul {
    margin: 0;
    padding-inline-start: 1.1em;
  }
  .caveats li {
    margin-bottom: 0.35em;
  }
  .print-only {
    display: none;
  }
  @media (forced-colors: active) {
    /* Focus keeps the shared Highlight ring; the selection is a double CanvasText border, the highlighted row dashed. */
    .cell[aria-selected='true']::after {
      border: 5px double CanvasText;
    }
    .row.highlighted {
      outline: 3px dashed CanvasText;
      outline-offset: -3px;
    }
    .transposed .in-highlighted {
      border-inline-color: CanvasText;
    }
  }
  @media print {
    .help,
    .details {
      display: none;
    }
    .print-only {
      display: block;
    }
    .print-only section {
      break-inside: avoid;
      margin-bottom: 0.5em;
    }
  }
`;

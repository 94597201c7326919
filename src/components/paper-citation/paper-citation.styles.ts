import { css } from 'lit';

/** The metadata list, the citation blocks and the reference list. */
export const styles = css`
  .meta {
    display: grid;
    grid-template-columns: minmax(0, max-content) minmax(0, 1fr);
    gap: 0.25em 0.75em;
    margin: 0 0 0.75em;
  }
  .meta dt {
    font-weight: 600;
  }
  .meta dd {
    margin: 0;
  }
  @container (max-width: 480px) {
    .meta {
      grid-template-columns: minmax(0, 1fr);
      gap: 0;
    }
    .meta dd {
      margin-bottom: 0.4em;
    }
  }
  .format {
    border: 1px solid var(--_hw-border);
    border-radius: var(--_hw-radius);
    padding: 0.75em;
    margin: 0 0 0.75em;
  }
  .cite {
    margin: 0 0 0.5em;
    padding: 0.5em 0.75em;
    background: var(--_hw-surface);
    border-radius: var(--_hw-radius);
    overflow-wrap: anywhere;
  }
  pre.cite {
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    font-size: 0.85em;
    /* The margin and padding of .cite, in em of this 0.85em. */
    margin: 0 0 calc(0.5em / 0.85);
    padding: calc(0.5em / 0.85) calc(0.75em / 0.85);
    white-space: pre-wrap;
    overflow-x: hidden;
  }
  @container (max-width: 420px) {
    .format {
      padding: 0.5em;
    }
    .cite {
      padding: 0.4em 0.5em;
    }
    pre.cite {
      padding: calc(0.4em / 0.85) calc(0.5em / 0.85);
    }
    .references li {
      grid-template-columns: 2.2em minmax(0, 1fr);
    }
  }
  .copy-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }
  .copy-status {
    font-size: 0.9em;
  }
  .references {
    list-style: none;
    padding: 0;
    margin: 0.5em 0 0;
  }
  .references li {
    display: grid;
    grid-template-columns: 2.5em minmax(0, 1fr);
    gap: 0.25em;
    padding: 0.3em 0.25em;
    border-radius: var(--_hw-radius);
    scroll-margin-block: 1em;
  }
  .references li:focus {
    outline: 3px solid var(--_hw-focus);
    outline-offset: 1px;
  }
  .references li.is-target {
    background: var(--_hw-surface);
  }
  .ref-n {
    font-variant-numeric: tabular-nums;
  }
  .ref-en {
    display: block;
    color: var(--_hw-muted);
    font-size: 0.9em;
  }
  @media (forced-colors: active) {
    .references li:focus {
      outline-color: Highlight;
    }
    .references li.is-target {
      border: 1px solid CanvasText;
    }
  }
  @media print {
    .copy-row {
      display: none;
    }
  }
`;

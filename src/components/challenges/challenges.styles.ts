import { css } from 'lit';

/** The styles of `<hohhot-challenges>`: a list of disclosures, all open in print. */
export const styles = css`
  ol {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  li + li {
    margin-top: 0.5em;
  }
  details {
    border: 1px solid var(--_hw-border);
    border-radius: var(--_hw-radius);
    background: var(--_hw-bg);
  }
  details[open] {
    background: var(--_hw-surface);
  }
  summary {
    cursor: pointer;
    padding: 0.6em 0.75em;
    font-weight: 600;
    display: list-item;
  }
  summary::marker {
    color: var(--_hw-accent);
  }
  .num {
    /* The space after the number is text, so the summary's name reads "1. Uneven…". */
    margin-inline-end: 0.1em;
  }
  .explanation {
    margin: 0;
    padding: 0 0.75em 0.75em;
  }
  .toolbar {
    margin-top: 0;
  }
  @media (forced-colors: active) {
    details {
      border-color: CanvasText;
    }
  }
  @media print {
    details::details-content {
      content-visibility: visible;
      display: block;
    }
    details {
      break-inside: avoid;
    }
  }
`;

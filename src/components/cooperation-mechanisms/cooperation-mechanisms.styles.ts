import { css } from 'lit';

/** The styles of `<hohhot-cooperation-mechanisms>`. */
export const styles = css`
  ul.plain {
    list-style: none;
    padding: 0;
    margin: 0 0 1em;
  }
  .mechanism {
    margin: 0 0 0.75em;
  }
  .mechanism h4,
  .area h4 {
    font-size: 1em;
    margin: 0 0 0.25em;
    line-height: 1.3;
  }
  .areas {
    display: grid;
    gap: 0.75em;
    grid-template-columns: 1fr;
  }
  @container (min-width: 720px) {
    .areas {
      grid-template-columns: repeat(3, minmax(0, 1fr));
    }
  }
  .area {
    background: var(--_hw-surface);
    border: 1px solid var(--_hw-border);
    border-radius: var(--_hw-radius);
    padding: 0.75em;
  }
  .area p {
    margin: 0 0 0.5em;
  }
  .examples-label {
    font-weight: 600;
    margin: 0.25em 0 0.1em;
  }
  .area ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  h3 {
    margin-top: calc(0.75em / 1.05);
  }
  @media (forced-colors: active) {
    .area {
      border-color: CanvasText;
    }
  }
`;

import { css } from 'lit';

/** The styles of `<hohhot-cooperation-mechanisms>`. */
export const styles = css`
  ul.plain {
    list-style: none;
    padding: 0;
    margin: 0 0 1rem;
  }
  .mechanism {
    margin: 0 0 0.75rem;
  }
  .mechanism h4,
  .area h4 {
    font-size: 1rem;
    margin: 0 0 0.25rem;
    line-height: 1.3;
  }
  .areas {
    display: grid;
    gap: 0.75rem;
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
    padding: 0.75rem;
  }
  .area p {
    margin: 0 0 0.5rem;
  }
  .examples-label {
    font-weight: 600;
    margin: 0.25rem 0 0.1rem;
  }
  .area ul {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  h3 {
    margin-top: 0.75rem;
  }
  @media (forced-colors: active) {
    .area {
      border-color: CanvasText;
    }
  }
`;

import { css } from 'lit';

/** The fields as chips, and the Horinger New Area signing below the chart. */
export const styles = css`
  .more {
    margin-top: 1rem;
  }
  .more ul {
    margin: 0 0 0.75rem;
    padding-inline-start: 1.25rem;
  }
  .fields {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
    list-style: none;
    padding: 0 !important;
  }
  .fields li {
    border: 1px solid var(--_hw-border);
    border-radius: 999px;
    padding: 0.1rem 0.65rem;
    font-size: 0.9rem;
  }
`;

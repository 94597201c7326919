import { css } from 'lit';

/** The policies as chips and the list of promotion events. */
export const styles = css`
  h3 {
    margin-top: 1rem;
  }
  .policies {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    list-style: none;
    margin: 0.25rem 0 1rem;
    padding: 0;
  }
  .policies li {
    background: var(--_hw-surface);
    border: 1px solid var(--_hw-border);
    border-radius: 999px;
    padding: 0.2rem 0.8rem;
  }
  .events {
    margin: 0.25rem 0 0.5rem;
    padding-inline-start: 1.25rem;
  }
  .events li + li {
    margin-top: 0.5rem;
  }
  .event-name {
    font-weight: 600;
  }
  .event-description {
    margin: 0.1rem 0 0;
  }
  @media (forced-colors: active) {
    .policies li {
      border-color: CanvasText;
    }
  }
`;

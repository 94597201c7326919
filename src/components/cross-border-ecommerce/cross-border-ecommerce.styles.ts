import { css } from 'lit';

/** The list of promotion events (the policies are a core `.tag-list`). */
export const styles = css`
  h3 {
    margin-top: 1rem;
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
`;

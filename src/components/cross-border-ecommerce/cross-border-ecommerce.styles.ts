import { css } from 'lit';

/** The list of promotion events (the policies are a core `.tag-list`). */
export const styles = css`
  h3 {
    margin-top: calc(1em / 1.05);
  }
  .events {
    margin: 0.25em 0 0.5em;
    padding-inline-start: 1.25em;
  }
  .events li + li {
    margin-top: 0.5em;
  }
  .event-name {
    font-weight: 600;
  }
  .event-description {
    margin: 0.1em 0 0;
  }
`;

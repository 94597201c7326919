import { css } from 'lit';

/** The Horinger New Area signing below the chart (the fields are a core `.tag-list`). */
export const styles = css`
  .more {
    margin-top: 1em;
  }
  .more ul:not(.tag-list) {
    margin: 0 0 0.75em;
    padding-inline-start: 1.25em;
  }
`;

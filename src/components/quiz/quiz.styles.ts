import { css } from 'lit';

/** The styles of `<hohhot-quiz>`. */
export const styles = css`
  .progress {
    font-weight: 600;
    margin: 0 0 0.25em;
  }
  fieldset {
    border: none;
    margin: 0;
    padding: 0;
    min-width: 0;
  }
  legend {
    padding: 0;
    font-weight: 600;
    font-size: 1.05em;
    max-width: 100%;
  }
  .qnum {
    display: block;
    font-weight: 400;
    color: var(--_hw-muted);
    /* The widget's 0.9em, inside the legend's 1.05em. */
    font-size: calc(0.9em / 1.05);
  }
  .options {
    display: grid;
    gap: 0.5em;
    margin-top: 0.5em;
  }
  .option {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    align-items: start;
    gap: 0.1em 0.6em;
    padding: 0.5em 0.75em;
    min-height: 2.75em;
    border: 1px solid var(--_hw-border);
    border-radius: var(--_hw-radius);
    background: var(--_hw-surface);
    cursor: pointer;
  }
  .option input {
    margin: 0.2em 0 0;
    width: 1.1em;
    height: 1.1em;
    flex: none;
    accent-color: var(--_hw-accent);
  }
  .option-text {
    min-width: 0;
  }
  .option.is-answer {
    border: 2px solid var(--_hw-series-3);
  }
  .option.is-wrong {
    border: 2px dashed var(--_hw-error-text);
  }
  .option.answered {
    cursor: default;
  }
  .mark {
    grid-column: 2;
    font-weight: 600;
    font-size: 0.9em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-top: 0.75em;
  }
  button.primary {
    background: var(--_hw-accent);
    color: var(--_hw-accent-text);
    border-color: var(--_hw-accent);
  }
  .hint {
    margin: 0.5em 0 0;
    font-weight: 600;
    color: var(--_hw-error-text);
  }
  .feedback {
    margin-top: 0.75em;
    padding: 0.75em;
    border-radius: var(--_hw-radius);
    border: 1px solid var(--_hw-border);
    border-inline-start: 6px solid var(--_hw-series-3);
  }
  .feedback.wrong {
    border-inline-start-color: var(--_hw-error-text);
  }
  .verdict {
    font-weight: 600;
  }
  .q-source {
    font-size: 0.85em;
    /* A paragraph's 0.5em of the widget's text, in this 0.85em. */
    margin-bottom: calc(0.5em / 0.85);
    color: var(--_hw-muted);
  }
  .review {
    padding-inline-start: 1.5em;
    margin: 0.5em 0;
  }
  .review li {
    margin-bottom: 0.5em;
  }
  .review p {
    margin: 0;
  }
  @media (forced-colors: active) {
    .option.is-answer,
    .option.is-wrong,
    .feedback {
      border-color: CanvasText;
    }
  }
`;

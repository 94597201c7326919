import { css } from 'lit';

/** The styles of `<hohhot-quiz>`. */
export const styles = css`
  .progress {
    font-weight: 600;
    margin: 0 0 0.25rem;
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
    font-size: 1.05rem;
    max-width: 100%;
  }
  .qnum {
    display: block;
    font-weight: 400;
    color: var(--_hw-muted);
    font-size: 0.9rem;
  }
  .options {
    display: grid;
    gap: 0.5rem;
    margin-top: 0.5rem;
  }
  .option {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    align-items: start;
    gap: 0.1rem 0.6rem;
    padding: 0.5rem 0.75rem;
    min-height: 2.75rem;
    border: 1px solid var(--_hw-border);
    border-radius: var(--_hw-radius);
    background: var(--_hw-surface);
    cursor: pointer;
  }
  .option input {
    margin: 0.2rem 0 0;
    width: 1.1rem;
    height: 1.1rem;
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
    font-size: 0.9rem;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-top: 0.75rem;
  }
  button.primary {
    background: var(--_hw-accent);
    color: var(--_hw-accent-text);
    border-color: var(--_hw-accent);
  }
  .hint {
    margin: 0.5rem 0 0;
    font-weight: 600;
    color: var(--_hw-error-text);
  }
  .feedback {
    margin-top: 0.75rem;
    padding: 0.75rem;
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
    font-size: 0.85rem;
    color: var(--_hw-muted);
  }
  .review {
    padding-inline-start: 1.5rem;
    margin: 0.5rem 0;
  }
  .review li {
    margin-bottom: 0.5rem;
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

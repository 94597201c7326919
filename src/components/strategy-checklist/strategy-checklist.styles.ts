import { css } from 'lit';

/** The styles of `<strategy-checklist>`. */
export const styles = css`
  .intro {
    margin-bottom: 0.75em;
  }
  .overall {
    display: grid;
    gap: 0.25em;
    margin: 0 0 0.5em;
    font-weight: 600;
  }
  progress {
    appearance: none;
    display: block;
    width: 100%;
    height: 0.75em;
    border: 1px solid var(--_hw-muted);
    border-radius: 999px;
    background: var(--_hw-surface);
    overflow: hidden;
    accent-color: var(--_hw-accent);
  }
  /* The widget's 0.75em, in the strategy's progress line (0.9em). */
  .strategy-progress progress {
    height: calc(0.75em / 0.9);
  }
  progress::-webkit-progress-bar {
    background: var(--_hw-surface);
  }
  progress::-webkit-progress-value {
    background: var(--_hw-accent);
  }
  progress::-moz-progress-bar {
    background: var(--_hw-accent);
  }
  .toolbar .confirm-open {
    border-color: var(--_hw-accent);
  }
  .confirm,
  .fallback {
    border: 2px solid var(--_hw-accent);
    border-radius: var(--_hw-radius);
    padding: 0.75em;
    margin: 0 0 0.75em;
    background: var(--_hw-surface);
  }
  .confirm p {
    font-weight: 600;
  }
  .confirm .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .fallback textarea {
    display: block;
    width: 100%;
    margin: calc(0.25em / 0.85) 0 calc(0.5em / 0.85);
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    font-size: 0.85em;
  }
  .status:empty {
    margin: 0;
  }
  .strategy {
    margin: 1em 0 0;
    padding-top: 0.75em;
    border-top: 1px solid var(--_hw-border);
  }
  .strategy-progress {
    display: grid;
    gap: calc(0.15em / 0.9);
    margin: 0 0 calc(0.5em / 0.9);
    font-size: 0.9em;
    color: var(--_hw-muted);
  }
  .measures {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.5em;
  }
  .measure {
    border: 1px solid var(--_hw-border);
    border-inline-start: 4px solid var(--_hw-border);
    border-radius: var(--_hw-radius);
    padding: 0.5em 0.75em;
  }
  .measure.done {
    border-inline-start-color: var(--_hw-accent);
  }
  .measure-head {
    display: flex;
    gap: 0.5em;
    align-items: flex-start;
  }
  .measure-head input {
    flex: none;
    width: 1.5em;
    height: 1.5em;
    margin: 0;
    accent-color: var(--_hw-accent);
    cursor: pointer;
  }
  .measure-title {
    font-weight: 600;
    font-size: 1em;
    margin: 0;
    cursor: pointer;
  }
  h4.measure-title {
    cursor: auto;
  }
  .measure-body {
    margin: 0.25em 0 0;
  }
  .measure-body.indent,
  .note-field.indent {
    padding-inline-start: 2em;
  }
  .measure-body p {
    margin: 0 0 0.25em;
  }
  /* The same 0.25em of the widget's text, in a note's 0.9em and the meta line's 0.85em. */
  .measure-body p.note {
    margin-bottom: calc(0.25em / 0.9);
  }
  .measure-body p.meta {
    margin-bottom: calc(0.25em / 0.85);
  }
  .examples-label {
    font-weight: 600;
  }
  .meta {
    font-size: 0.85em;
    color: var(--_hw-muted);
  }
  .note-field label {
    display: block;
    font-size: 0.9em;
    font-weight: 600;
  }
  .note-field textarea {
    display: block;
    width: 100%;
    min-height: 3.5em;
    resize: vertical;
    background: var(--_hw-bg);
    border: 1px solid var(--_hw-muted);
    border-radius: var(--_hw-radius);
    padding: 0.35em 0.5em;
  }
  .print-only {
    display: none;
  }
  @container (min-width: 760px) {
    .measures {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }
  @container (max-width: 420px) {
    .measure {
      padding: 0.5em;
    }
    .measure-body.indent,
    .note-field.indent {
      padding-inline-start: 0;
    }
  }
  @media (forced-colors: active) {
    /* The system's colours, kept: forced colours would paint the fill as the background. */
    progress {
      forced-color-adjust: none;
      border-color: CanvasText;
      background: Canvas;
    }
    progress::-webkit-progress-bar {
      background: Canvas;
    }
    progress::-webkit-progress-value {
      background: Highlight;
    }
    progress::-moz-progress-bar {
      background: Highlight;
    }
    .measure.done {
      border-inline-start-color: Highlight;
    }
    .confirm,
    .fallback {
      border-color: CanvasText;
    }
  }
  @media print {
    .print-only {
      display: block !important;
    }
    span.print-only {
      display: inline !important;
    }
    .measure-head input,
    .note-field label,
    .note-field textarea,
    progress,
    .confirm,
    .fallback,
    .status {
      display: none !important;
    }
    .measure {
      break-inside: avoid;
      border-color: #000;
    }
    .measure-body.indent,
    .note-field.indent {
      padding-inline-start: 0;
    }
  }
`;

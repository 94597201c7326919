import { html, nothing, type TemplateResult } from 'lit';

/** What an alert says, and the one thing a reader can do about it. */
export interface AlertModel {
  /** A title in bold above the message, if any. */
  title?: string;
  /** The sentence saying what went wrong. */
  message: string;
  /** A button after the message (e.g. try again). */
  action?: { label: string; run: () => void };
  /** More classes for the box, beside `error`. */
  className?: string;
}

/**
 * A widget's alert (`role="alert"`, `part="error"`): the data alert of
 * `HwElement` (invalid data, a failed `src`) and the chart-failure alert of
 * `HwChartElement`, styled by `.error` of the base styles.
 */
export function errorAlert({ title, message, action, className }: AlertModel): TemplateResult {
  return html`<div class=${className ? `error ${className}` : 'error'} role="alert" part="error">${title ? html`<strong>${title}</strong>` : nothing}<p>${message}</p>${action
      ? html`<button type="button" @click=${action.run}>${action.label}</button>`
      : nothing}</div>`;
}

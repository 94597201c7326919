import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

export interface TableCell {
  text: string;
  /** Right-aligned, tabular figures. */
  numeric?: boolean;
}

/**
 * The one model of what a widget shows as numbers: rendered as the accessible
 * `<table>`, downloaded as CSV, and summarised for screen readers.
 */
export interface TableModel {
  caption: string;
  head: string[];
  /** The first cell of each row is the row header. */
  rows: TableCell[][];
  /** The source line (paper, sections, references), written as the last line of the CSV. */
  source?: string;
}

/** A real data table; visually hidden (still read by screen readers) when `hidden`. */
export function dataTable(table: TableModel, hidden = false) {
  return html`<div class="table-wrap ${hidden ? 'visually-hidden' : ''}" part="table">
    <table>
      <caption>${table.caption}</caption>
      <thead>
        <tr>${table.head.map((h, i) => html`<th scope="col" class=${ifDefined(i > 0 && table.rows[0]?.[i]?.numeric ? 'num' : undefined)}>${h}</th>`)}</tr>
      </thead>
      <tbody>
        ${table.rows.map(
          ([first, ...rest]) => html`<tr>
            <th scope="row">${first?.text}</th>
            ${rest.map((c) => html`<td class=${ifDefined(c.numeric ? 'num' : undefined)}>${c.text}</td>`)}
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

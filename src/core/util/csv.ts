import type { TableModel } from '../ui/table.js';

/** A plain negative number (`-1.2`, `-1,234`, `-3.5%`): spreadsheets read it as a number, never as a formula. */
const NEGATIVE_NUMBER = /^-\d[\d,]*(\.\d+)?%?$/;

/**
 * Formula injection (OWASP "CSV Injection"): a cell that starts with `=`, `+`,
 * `-`, `@`, tab or carriage return is evaluated by spreadsheets, so it gets a
 * leading apostrophe and is read as text. A plain negative number keeps its
 * value: no spreadsheet evaluates `-1.2` as anything but the number.
 */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) && !NEGATIVE_NUMBER.test(text) ? `'${text}` : text;
}

// RFC 4180 quoting is a few lines; a CSV library would add more to the bundle
// than it saves here.
function cell(raw: string): string {
  const text = neutraliseFormula(raw);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The table exactly as shown, as CSV text (UTF-8 with BOM so spreadsheets read
 * Chinese), ending with its source line when the table has one: a file that
 * travels alone still says where its figures come from.
 */
export function tableToCsv(table: TableModel): string {
  const lines = [table.head, ...table.rows.map((r) => r.map((c) => c.text)), ...(table.source ? [[table.source]] : [])];
  return '\ufeff' + lines.map((l) => l.map(cell).join(',')).join('\r\n') + '\r\n';
}

/** Offers a text file for download, without leaving the page. */
export function downloadText(filename: string, text: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

import type { TableModel } from './table.js';

// RFC 4180 quoting is a few lines; a CSV library would add more to the bundle
// than it saves here.
function cell(text: string): string {
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

/** TeX text helpers for the BibTeX entry: no DOM, no Lit. */

/** Escapes BibTeX's special characters in a field value. */
export function bib(value: string): string {
  return value.replace(/[\\{}]/g, '').replace(/([&%$#_])/g, '\\$1');
}

/** Double quotes, curly or straight, become TeX quotes (for English text). */
export function texQuotes(value: string): string {
  return value.replace(/“([^”]*)”/g, "``$1''").replace(/"([^"]*)"/g, "``$1''");
}

/**
 * Spreadsheet programs run a cell that starts with `=`, `+`, `-` or `@` (and, after a tab or carriage
 * return, what follows) as a formula: a name such as `=HYPERLINK("http://…")` in an export would
 * act when an analyst opens the file. OWASP's remedy is a leading single quote, which spreadsheet
 * programs read as "this is text". Values already starting with quotes and then such a character
 * get one more, so that `restoreSpreadsheetText` undoes exactly what this did.
 */
// A line feed too: an XLSX file stores a carriage return as one.
const FORMULA_START = /^'*[=+\-@\t\r\n]/;
const NEUTRALISED = /^'+[=+\-@\t\r\n]/;

export function neutraliseSpreadsheetText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Neutralises the text cells of a row; numbers, dates and empty cells are not formulas. */
export function neutraliseSpreadsheetRow<T>(row: readonly T[]): T[] {
  return row.map((cell) => (typeof cell === 'string' ? (neutraliseSpreadsheetText(cell) as T) : cell));
}

/** Reading our own exports back: drops the quote `neutraliseSpreadsheetText` added. */
export function restoreSpreadsheetText(text: string): string {
  return NEUTRALISED.test(text) ? text.slice(1) : text;
}

/**
 * Text that goes into a spreadsheet (CSV or Excel) must never run as a
 * formula. OWASP's CSV injection guidance: a cell starting with =, +, -, @,
 * a tab or a carriage return is prefixed with a single quote, so the
 * spreadsheet shows the text. Every text cell Heard writes to CSV or Excel
 * goes through escapeSpreadsheetCell; numbers stay numbers.
 */

const FORMULA_START = /^[=+\-@\t\r]/;

export function escapeSpreadsheetCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** A spreadsheet cell: text (escaped here) or a number (left as it is). */
export function spreadsheetValue(value: string | number): string | number {
  return typeof value === "number" ? value : escapeSpreadsheetCell(value);
}

/** One CSV field (RFC 4180): text escaped against formulas, then quoted when it holds a comma, quote or line break. */
export function csvField(value: string | number): string {
  if (typeof value === "number") return String(value);
  const text = escapeSpreadsheetCell(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A whole CSV file: UTF-8 with a byte order mark (so Excel reads it as UTF-8), CRLF line ends (RFC 4180). */
export function csvFile(rows: readonly (readonly (string | number)[])[]): Uint8Array {
  const text = "\uFEFF" + rows.map((row) => row.map(csvField).join(",")).join("\r\n") + "\r\n";
  return new TextEncoder().encode(text);
}

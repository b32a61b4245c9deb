/**
 * Spreadsheet cells that a program would run as a formula. A cell that begins with `=`, `+`, `-`, `@`,
 * a tab or a carriage return is read by Excel, LibreOffice and Google Sheets as a formula (OWASP "CSV
 * injection"): a member's name such as `=HYPERLINK(...)` in an export would run on the secretary's
 * machine. Such a cell is written with a leading apostrophe, which spreadsheets show as text; reading
 * the file back removes it again, so an export and an import of it change nothing.
 */

const FORMULA_START = /^[=+\-@\t\r]/;

/** The cell as it is safe to write to a CSV file. */
export function neutraliseCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** The cell as it was before {@link neutraliseCell}: a leading apostrophe before a formula start goes. */
export function restoreCell(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}

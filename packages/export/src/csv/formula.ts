/**
 * First characters that make a spreadsheet read a cell as a formula (OWASP "CSV Injection"):
 * = + - @ tab CR, and the full-width = + - @ that some spreadsheets fold to ASCII.
 */
const TRIGGER = /^'*[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * A text cell that cannot run as a formula: `=HYPERLINK(...)` is written `'=HYPERLINK(...)`.
 * Text that already starts with quotes before a trigger gets one more, so `restoreFormula`
 * gives back exactly what was written.
 */
export function neutralizeFormula(text: string): string {
  return TRIGGER.test(text) ? `'${text}` : text;
}

/** The text `neutralizeFormula` was given. */
export function restoreFormula(cell: string): string {
  return cell.startsWith("'") && TRIGGER.test(cell) ? cell.slice(1) : cell;
}

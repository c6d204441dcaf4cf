import { escapeCellText, truncateForExcel } from './text.js';
import type { XlsxCell, XlsxColumnType } from './types.js';

/** What exceljs is given for one cell; `undefined` leaves the cell out. */
export type ExcelValue = number | boolean | Date | { richText: { text: string }[] } | undefined;

/** What a cell could not keep; the sheet writer adds where the cell is. */
export type CellIssue =
  | { readonly code: 'xlsx/text_truncated'; readonly length: number; readonly kept: number }
  | { readonly code: 'xlsx/number_not_finite' | 'xlsx/date_invalid'; readonly value: string };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
// Excel's 1900 date system starts on 1900-01-01 and counts a 29 February 1900 that never was, so
// days before March 1900 do not show as themselves: those stay ISO text.
const FIRST_EXCEL_DAY = Date.UTC(1900, 2, 1);

/** The UTC midnight of an ISO `YYYY-MM-DD` date, null when it is not a real calendar day. */
export function isoDateToUtc(text: string): Date | null {
  const match = ISO_DATE.exec(text);
  if (!match) return null;
  const y = Number(match[1]);
  const m = Number(match[2]);
  const d = Number(match[3]);
  // setUTCFullYear, not Date.UTC, which reads years 0-99 as 1900-1999.
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, d);
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? date : null;
}

/**
 * A text cell as an inline string (`t="inlineStr"`): without shared strings exceljs writes a
 * plain string as `t="str"`, ECMA-376's type for the cached result of a formula; a one-run rich
 * text is the inline string spreadsheets read as typed text. Never a formula, whatever it starts
 * with ("=HYPERLINK(...)", "+84", "-5", "@x").
 */
function textCell(text: string, warn: (issue: CellIssue) => void): ExcelValue {
  const cut = truncateForExcel(text);
  if (cut !== null) warn({ code: 'xlsx/text_truncated', length: text.length, kept: cut.length });
  return { richText: [{ text: escapeCellText(cut ?? text) }] };
}

/** The exceljs value for one cell of a column of `type`, reporting what it cannot keep. */
export function toExcelValue(
  value: XlsxCell | undefined,
  type: XlsxColumnType,
  warn: (issue: CellIssue) => void,
): ExcelValue {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'number') {
    if (Number.isFinite(value)) return value;
    warn({ code: 'xlsx/number_not_finite', value: String(value) });
    return undefined;
  }
  if (typeof value === 'boolean') return value;
  if (type === 'date') {
    const date = isoDateToUtc(value);
    if (date && date.getTime() >= FIRST_EXCEL_DAY) return date;
    if (!date) warn({ code: 'xlsx/date_invalid', value });
  }
  return textCell(value, warn);
}

/** What a cell could not keep; the sheet writer adds where the cell is. */
export type CellIssue =
  | { readonly code: 'xlsx/text_truncated'; readonly length: number; readonly kept: number }
  | { readonly code: 'xlsx/number_not_finite' | 'xlsx/date_invalid'; readonly value: string };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;
// Excel's 1900 date system starts on 1900-01-01 and counts a 29 February 1900 that never was, so
// days before March 1900 do not show as themselves: those stay ISO text.
const FIRST_EXCEL_DAY = Date.UTC(1900, 2, 1);
// Serial of 1970-01-01 in that system (exceljs's utils.dateToExcel uses the same).
const UNIX_EPOCH_SERIAL = 25_569;

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
 * Excel's day number (1900 date system) of an ISO `YYYY-MM-DD` date: "2024-05-01" → 45413. Null
 * for a day Excel cannot show (before March 1900), which stays text, and for text that is no
 * calendar day ("2023-02-30"), which also stays text, with a warning.
 */
export function excelDateSerial(text: string, warn: (issue: CellIssue) => void): number | null {
  const date = isoDateToUtc(text);
  if (!date) {
    warn({ code: 'xlsx/date_invalid', value: text });
    return null;
  }
  const time = date.getTime();
  return time < FIRST_EXCEL_DAY ? null : UNIX_EPOCH_SERIAL + time / DAY_MS;
}

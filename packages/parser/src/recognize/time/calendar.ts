/** Calendar arithmetic on plain numbers; dates leave as ISO strings, never as Date objects. */

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** "31/2" and "29/2/2023" are no dates; "29/2/2024" is. */
export function isValidDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export interface Bounds {
  start: string;
  end: string;
}

/** First day of month `first` to the last day of month `last` of one year. */
export function monthBounds(year: number, first: number, last: number): Bounds {
  return { start: isoDate(year, first, 1), end: isoDate(year, last, daysInMonth(year, last)) };
}

/** Jan 1 of `first` to Dec 31 of `last`. */
export function yearBounds(first: number, last: number): Bounds {
  return { start: isoDate(first, 1, 1), end: isoDate(last, 12, 31) };
}

/**
 * Resolution against the header month: the article says "11/11" or "tháng 10"
 * and leaves the year to the reader, who knows when the article appeared.
 */
export interface HeaderMonth {
  year: number;
  month: number;
}

export function parseHeaderMonth(date: string): HeaderMonth | null {
  const match = /^(\d{4})-(\d{2})$/.exec(date);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  return month >= 1 && month <= 12 ? { year, month } : null;
}

/**
 * The year of a day written without one: near the article month, on either
 * side of it: "28/12" in a 2024-01 article is 2023-12-28, "5/1" in a 2023-12
 * article is 2024-01-05, "11/11" in a 2023-11 article is 2023-11-11. Six
 * months back and six ahead stay in the article year; across the turn of the
 * year a story looks back further than it looks ahead, so a day up to seven
 * months back stays in the year ("ngày 27/4" of a festival in a 2018-11
 * review is 2018-04-27) and one four months ahead crosses it ("15/3" in a
 * 2023-11 article is 2024-03-15).
 */
export function yearOfDay(month: number, header: HeaderMonth): number {
  const ahead = month - header.month;
  if (ahead > 6) return header.year - 1;
  if (ahead < -7) return header.year + 1;
  return header.year;
}

/**
 * The year of a month, quarter or part of a year written without one: the
 * article year, unless that would put it more than six months after the
 * article month. Reviews look back within their year ("tháng 2" in a 2023-11
 * article is February 2023, not 2024), while the turn of the year looks back
 * across it ("tháng 12" or "quý IV" in a 2024-01 article is 2023). `month` is
 * the first month the expression covers.
 */
export function yearOfMonth(month: number, header: HeaderMonth): number {
  return month - header.month > 6 ? header.year - 1 : header.year;
}

import { describe, expect, it } from 'vitest';
import { parseHeaderMonth, yearOfDay, yearOfMonth } from './header.js';

describe('parseHeaderMonth', () => {
  it('reads YYYY-MM', () => {
    expect(parseHeaderMonth('2023-11')).toEqual({ year: 2023, month: 11 });
  });
  it.each(['2023-13', '2023-00', '2023-1', '', 'Nov 2023'])('rejects %j', (date) => {
    expect(parseHeaderMonth(date)).toBeNull();
  });
});

describe('yearOfDay: near the article month, looking back further than ahead', () => {
  it.each([
    [11, '2023-11', 2023], // "11/11" in a November article
    [12, '2024-01', 2023], // "28/12" read in January: last December
    [1, '2023-12', 2024], // "5/1" read in December: next January
    [7, '2024-01', 2024], // six months ahead stays
    [8, '2024-01', 2023], // seven ahead is last year
    [5, '2023-11', 2023], // six back stays
    [4, '2023-11', 2023], // seven back stays: a review looks back to April
    [3, '2023-11', 2024], // eight back is four ahead: next March
  ])('month %i in a %s article is in %i', (month, date, year) => {
    expect(yearOfDay(month, parseHeaderMonth(date)!)).toBe(year);
  });
});

describe('yearOfMonth: the article year, looking back across the new year only', () => {
  it.each([
    [10, '2023-11', 2023],
    [2, '2023-11', 2023], // a review's "tháng 2" is this February, not next
    [1, '2023-12', 2023],
    [12, '2024-01', 2023], // "tháng 12" in January is last December
    [10, '2024-02', 2023], // "quý IV" (from October) in February is last year's
    [7, '2024-01', 2024],
    [8, '2024-01', 2023],
  ])('month %i in a %s article is in %i', (month, date, year) => {
    expect(yearOfMonth(month, parseHeaderMonth(date)!)).toBe(year);
  });
});

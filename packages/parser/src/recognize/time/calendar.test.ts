import { describe, expect, it } from 'vitest';
import { daysInMonth, isoDate, isValidDay, monthBounds, yearBounds } from './calendar.js';

describe('calendar', () => {
  it.each([
    [2024, 2, 29],
    [2023, 2, 28],
    [2000, 2, 29],
    [1900, 2, 28],
    [2023, 4, 30],
    [2023, 12, 31],
  ])('%i-%i has %i days', (y, m, days) => {
    expect(daysInMonth(y, m)).toBe(days);
  });

  it.each([
    [2024, 2, 29, true],
    [2023, 2, 29, false],
    [2023, 2, 31, false],
    [2023, 4, 31, false],
    [2023, 13, 1, false],
    [2023, 0, 1, false],
    [2023, 1, 0, false],
    [2023, 1, 31, true],
  ])('%i-%i-%i valid: %s', (y, m, d, valid) => {
    expect(isValidDay(y, m, d)).toBe(valid);
  });

  it('pads ISO dates', () => {
    expect(isoDate(2017, 1, 4)).toBe('2017-01-04');
  });

  it('bounds quarters on their last day', () => {
    expect(monthBounds(2024, 1, 3)).toEqual({ start: '2024-01-01', end: '2024-03-31' });
    expect(monthBounds(2024, 4, 6)).toEqual({ start: '2024-04-01', end: '2024-06-30' });
    expect(monthBounds(2024, 7, 9)).toEqual({ start: '2024-07-01', end: '2024-09-30' });
    expect(monthBounds(2023, 2, 2)).toEqual({ start: '2023-02-01', end: '2023-02-28' });
    expect(yearBounds(2021, 2023)).toEqual({ start: '2021-01-01', end: '2023-12-31' });
  });
});

import type { Granularity } from '@dukien/core';
import { type Bounds, isoDate, isValidDay, monthBounds, yearBounds } from './calendar.js';
import { type HeaderMonth, yearOfDay, yearOfMonth } from './header.js';

/**
 * What a calendar expression names, before its year is filled in: kept so
 * that "từ tháng 11 đến tháng 2/2024" can lend the second year to the first.
 */
export type Moment =
  | { unit: 'day'; year: number | null; month: number; day: number }
  | {
      unit: 'months';
      year: number | null;
      first: number;
      last: number;
      granularity: 'month' | 'quarter' | 'half' | 'year' | 'range';
    }
  | { unit: 'years'; first: number; last: number };

export interface Resolved extends Bounds {
  granularity: Granularity;
}

/** Fills the year from the header month; null when the result is no calendar date ("29/2" in 2023). */
export function resolveMoment(moment: Moment, header: HeaderMonth | null): Resolved | null {
  switch (moment.unit) {
    case 'day': {
      const year = moment.year ?? (header ? yearOfDay(moment.month, header) : null);
      if (year === null || !isValidDay(year, moment.month, moment.day)) return null;
      const date = isoDate(year, moment.month, moment.day);
      return { start: date, end: date, granularity: 'day' };
    }
    case 'months': {
      const year = moment.year ?? (header ? yearOfMonth(moment.first, header) : null);
      if (year === null || moment.first < 1 || moment.last > 12 || moment.first > moment.last) return null;
      return { ...monthBounds(year, moment.first, moment.last), granularity: moment.granularity };
    }
    case 'years':
      if (moment.first > moment.last) return null;
      return {
        ...yearBounds(moment.first, moment.last),
        granularity: moment.first === moment.last ? 'year' : 'range',
      };
  }
}

/** Month and day as one comparable number, to order two moments of one year. */
export function positionInYear(moment: Moment): number {
  switch (moment.unit) {
    case 'day':
      return moment.month * 32 + moment.day;
    case 'months':
      return moment.first * 32;
    case 'years':
      return 0;
  }
}

export function withYear(moment: Moment, year: number): Moment {
  return moment.unit === 'years' ? moment : { ...moment, year };
}

export function yearOf(moment: Moment): number | null {
  return moment.unit === 'years' ? moment.first : moment.year;
}

import type { TimeFact } from '@dukien/core';
import type { Span } from '../context.js';
import type { HeaderMonth } from './header.js';
import { type Moment, resolveMoment } from './moment.js';

/** The normalized fields of a time fact. */
export type TimeValue = Pick<
  TimeFact,
  'start' | 'end' | 'granularity' | 'partOfDay' | 'duration' | 'relative'
>;

/** One reading of a stretch of text; overlapping readings are settled by selectLongest. */
export interface Candidate {
  span: Span;
  value: TimeValue;
  /** The calendar content, when the expression names one, for joining "từ X đến Y". */
  moment: Moment | null;
  /** Set when the dates come from another time expression of the article. */
  reference?: Reference;
  /** Set on a holiday named by its day ("dịp 27-7"): an occasion, not the day of an event. */
  occasion?: boolean;
  /** Set on months an aim names ahead of the article ("phấn đấu 9 tháng …"): no other count reads them. */
  aim?: boolean;
}

/**
 * "cùng kỳ năm trước": mirrors the period of the nearest earlier expression.
 * "Cùng ngày": the day the nearest earlier date names.
 * "tuần trước": the seven days before the week the nearest earlier range of seven days names.
 * "Trong 9 tháng" (a bare count of months): the first nine months of the year
 * an earlier or later "9 tháng đầu năm" names.
 */
export type Reference =
  | { to: 'samePeriod' }
  | { to: 'sameDay' }
  | { to: 'weekBefore' }
  | { to: 'monthsOfYear'; months: number };

export const NO_EXTRAS = { partOfDay: null, duration: null, relative: false } as const;

/** A candidate for a calendar expression, its year filled from the header; null when no such date exists. */
export function fromMoment(
  span: Span,
  moment: Moment,
  header: HeaderMonth | null,
  extras: { partOfDay?: string | null; relative?: boolean } = {},
): Candidate | null {
  const resolved = resolveMoment(moment, header);
  if (!resolved) return null;
  return {
    span,
    moment,
    value: {
      ...NO_EXTRAS,
      ...extras,
      start: resolved.start,
      end: resolved.end,
      granularity: resolved.granularity,
    },
  };
}

import type { Candidate } from './candidate.js';

const yearOfIso = (date: string): number => Number(date.slice(0, 4));

/** A period within one calendar year, which "cùng kỳ" and "N tháng" can point back at. */
function isPeriodOfOneYear(c: Candidate): boolean {
  const { start, end, granularity } = c.value;
  return (
    start !== null &&
    end !== null &&
    ['month', 'quarter', 'half', 'year', 'range'].includes(granularity) &&
    yearOfIso(start) === yearOfIso(end) &&
    c.reference?.to !== 'samePeriod'
  );
}

/** The nearest candidate before `c` that `fits`, else the first after it. */
function nearest(c: Candidate, all: readonly Candidate[], fits: (o: Candidate) => boolean, after: boolean) {
  const before = all.filter((o) => o.span.end <= c.span.start && fits(o)).at(-1);
  return before ?? (after ? all.find((o) => o.span.start >= c.span.end && fits(o)) : undefined);
}

/**
 * Settles expressions that point at another of the article's time
 * expressions (`kept` in text order, no overlaps):
 * - "Trong 9 tháng, ..." is the "9 tháng đầu năm 2022" the article names before
 *   (or, failing that, after); with no such mention it stays a duration.
 * - "cùng kỳ năm trước" mirrors the nearest earlier period of one year and
 *   takes its granularity ("quý I năm 2024 ... cùng kỳ năm trước" is a quarter);
 *   its dates stay null, as seeds/README.md asks: the period it mirrors is not
 *   in its span. With no such period its granularity stays "range".
 */
export function resolveReferences(kept: readonly Candidate[]): Candidate[] {
  const withMonths = kept.map((c) => {
    if (c.reference?.to !== 'monthsOfYear') return c;
    const months = c.reference.months;
    const anchor = nearest(
      c,
      kept,
      (o) => o.moment?.unit === 'months' && o.moment.first === 1 && o.moment.last === months,
      true,
    );
    if (!anchor) return c;
    return { ...c, value: { ...anchor.value, partOfDay: null } };
  });
  return withMonths.map((c) => {
    if (c.reference?.to !== 'samePeriod') return c;
    const anchor = nearest(c, withMonths, isPeriodOfOneYear, false);
    return anchor ? { ...c, value: { ...c.value, granularity: anchor.value.granularity } } : c;
  });
}

import { spannedIn } from './anchored-durations.js';
import type { Candidate } from './candidate.js';
import type { HeaderMonth } from './header.js';

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

/** Whether `next` stands right after `c` and covers as many whole months as it counts. */
function spelledOutNext(c: Candidate, next: Candidate | undefined, months: number): boolean {
  if (!next || next.span.start - c.span.end > 3 || next.value.granularity !== 'range') return false;
  const { start, end } = next.value;
  return start !== null && end !== null && spannedIn('M', start, end) === months;
}

/**
 * Settles expressions that point at another of the article's time
 * expressions (`kept` in text order, no overlaps):
 * - "Trong 9 tháng, ..." is the "9 tháng đầu năm 2022" the article names before
 *   (or, failing that, after); with no such mention it stays a duration.
 * - "Cùng ngày" is the day of the nearest date before it, marked relative; with
 *   none it is dropped. "Chiều cùng ngày" is the day of the last date written with a part
 *   of the day ("Sáng 18.6"), the event's.
 * - "cùng kỳ năm trước" mirrors the nearest earlier period of one year and
 *   takes its granularity ("quý I năm 2024 ... cùng kỳ năm trước" is a quarter);
 *   its dates stay null, as seeds/README.md asks: the period it mirrors is not
 *   in its span. With no such period its granularity stays "range".
 */
export function resolveReferences(
  kept: readonly Candidate[],
  header: HeaderMonth | null = null,
): Candidate[] {
  // Where each "N tháng đầu năm" stands, by N, in text order: one pass, not one per reference.
  const firstMonths = new Map<number, number[]>();
  kept.forEach((o, i) => {
    if (o.moment?.unit !== 'months' || o.moment.first !== 1 || o.aim) return;
    const at = firstMonths.get(o.moment.last) ?? [];
    at.push(i);
    firstMonths.set(o.moment.last, at);
  });
  const withMonths = kept.map((c, i) => {
    if (c.reference?.to !== 'monthsOfYear') return c;
    // "Trong 3 tháng (1/6 - 31/8)": the dates right after it spell the months out; a length.
    if (spelledOutNext(c, kept[i + 1], c.reference.months)) return c;
    // The nearest one before, else the first after; of the report's own year when the article
    // names one ("6 tháng đầu năm 2024 ... (6 tháng đầu năm 2023 đạt 5,12%) ... 6 tháng":
    // the second is a baseline for comparison).
    const all = firstMonths.get(c.reference.months) ?? [];
    const months = c.reference.months;
    const own = header === null ? [] : all.filter((k) => yearOf(kept[k]) === reportYear(months, header));
    const at = own.length > 0 ? own : all;
    const k = firstAtOrAfter(at, i);
    const anchor = kept[at[k - 1] ?? at[at[k] === i ? k + 1 : k] ?? -1];
    if (!anchor) return c;
    return { ...c, value: { ...anchor.value, partOfDay: null } };
  });
  // "Sáng 18.6, … tính đến ngày 15-6 … Chiều cùng ngày": a part of the day names the same day
  // as the last date written with one (the event's), over a date cited in between.
  let day: Candidate | undefined;
  let dayWithPart: Candidate | undefined;
  const withDays = withMonths.flatMap((c) => {
    if (c.reference?.to !== 'sameDay') {
      // ("… không chỉ vào dịp 27-7 …". Cùng ngày, …": a holiday named in passing is no event's day.)
      if (c.value.granularity === 'day' && c.value.start !== null && !c.occasion) {
        day = c;
        if (c.value.partOfDay !== null) dayWithPart = c;
      }
      return [c];
    }
    const same = c.value.partOfDay !== null ? (dayWithPart ?? day) : day;
    // "Cùng ngày" with no date before it points at nothing the text names.
    if (!same) return [];
    const resolved = { ...c, value: { ...c.value, start: same.value.start, end: same.value.end } };
    // The day it names is the day named last.
    day = resolved;
    if (resolved.value.partOfDay !== null) dayWithPart = resolved;
    return [resolved];
  });
  // "Riêng tuần từ ngày 5 đến 11/8, … tăng 18,4% so với tuần trước": the seven days before the
  // last week the text named by its first and last day. With none, its dates stay null.
  let week: Candidate | undefined;
  const withWeeks = withDays.map((c) => {
    if (c.reference?.to !== 'weekBefore') {
      if (isWeek(c)) week = c;
      return c;
    }
    if (!week?.value.start || !week.value.end) return c;
    const [start, end] = [shiftDays(week.value.start, -7), shiftDays(week.value.end, -7)];
    return { ...c, value: { ...c.value, start, end } };
  });
  let period: Candidate | undefined;
  return withWeeks.map((c) => {
    const resolved =
      c.reference?.to === 'samePeriod' && period
        ? { ...c, value: { ...c.value, granularity: period.value.granularity } }
        : c;
    if (isPeriodOfOneYear(c)) period = c;
    return resolved;
  });
}

/** Index of the first of the ascending `sorted` that is >= `value`. */
function firstAtOrAfter(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] ?? 0) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The year a report of the first N months written in the header month covers. */
function reportYear(months: number, header: HeaderMonth): number {
  return months > header.month ? header.year - 1 : header.year;
}

/** The year a candidate's dates fall in, when they do. */
const yearOf = (c: Candidate | undefined): number | null =>
  c?.value.start ? yearOfIso(c.value.start) : null;

const DAY_MS = 86_400_000;

/** A range of seven days, Monday or not: "từ ngày 5 đến 11/8". */
function isWeek(c: Candidate): boolean {
  const { start, end, granularity } = c.value;
  if (granularity !== 'range' || start === null || end === null) return false;
  return (Date.parse(end) - Date.parse(start)) / DAY_MS === 6;
}

/** An ISO date moved by a number of days. */
const shiftDays = (iso: string, days: number): string =>
  new Date(Date.parse(iso) + days * DAY_MS).toISOString().slice(0, 10);

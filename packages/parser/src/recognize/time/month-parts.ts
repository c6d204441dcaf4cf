import type { RecognizeContext } from '../context.js';
import { daysInMonth, isoDate } from './calendar.js';
import { type Candidate, fromMoment } from './candidate.js';
import { type HeaderMonth, yearOfMonth } from './header.js';
import {
  anyOf,
  BEFORE,
  folded,
  NUMBER_GOES_ON,
  NUMBER_WORDS,
  vietnameseRegex,
  WORD_CHAR,
} from './lexicon.js';
import { scan } from './scan.js';
import { suffixYear, YEAR_SUFFIX } from './year-suffix.js';

// "10 ngày đầu tháng 7", "20 ngày đầu tháng 10/2024", "5 ngày cuối tháng 12 năm 2023": the first
// or last days of a month, one range, as "6 tháng đầu năm" is of a year. ("Tuần đầu tháng 11",
// "tuần cuối tháng 3": its first or last seven days.)
const MONTH_PART = vietnameseRegex(
  `${BEFORE}(?:(?<n>\\d{1,2}|${anyOf([...NUMBER_WORDS.keys()])}) +)?(?<unit>ngày|tuần) +(?<edge>đầu|cuối) +tháng +(?<m>\\d{1,2})${YEAR_SUFFIX}(?!${WORD_CHAR}|${NUMBER_GOES_ON})`,
);

/** What every match contains. */
const DAYS_OF_MONTH = vietnameseRegex('(?:ngày|tuần) +(?:đầu|cuối) +tháng', 'u');
const WEEK = folded('tuần');

export function findMonthParts(ctx: RecognizeContext, header: HeaderMonth | null): Candidate[] {
  const out: Candidate[] = [];
  for (const f of scan(ctx, MONTH_PART, DAYS_OF_MONTH)) {
    const week = f.groups.unit === WEEK;
    // A number of days is always written; a week goes without ("tuần đầu tháng 11"). ("trong 2
    // tuần cuối tháng 4" is read as a length and a month, as the hand-checked seeds read it.)
    const written = week ? (f.groups.n === undefined ? '1' : undefined) : f.groups.n;
    if (written === undefined) continue;
    const count = /^\d+$/.test(written) ? Number(written) : NUMBER_WORDS.get(written);
    const days = count === undefined ? undefined : week ? count * 7 : count;
    const year = suffixYear(f.groups, header);
    const month = Number(f.groups.m);
    if (days === undefined || days < 1 || days > 27 || !year) continue;
    const y = year.year ?? (header ? yearOfMonth(month, header) : null);
    if (y === null || month < 1 || month > 12) continue;
    const whole = fromMoment(
      { start: f.start, end: f.end },
      { unit: 'months', first: month, last: month, year: y, granularity: 'month' },
      header,
      { relative: year.relative },
    );
    if (!whole) continue;
    const lastDay = daysInMonth(y, month);
    const [first, last] = f.groups.edge === 'cuối' ? [lastDay - days + 1, lastDay] : [1, days];
    out.push({
      ...whole,
      moment: null,
      value: {
        ...whole.value,
        start: isoDate(y, month, first),
        end: isoDate(y, month, last),
        granularity: 'range',
      },
    });
  }
  return out;
}

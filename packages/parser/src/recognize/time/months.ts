import type { RecognizeContext } from '../context.js';
import { type Candidate, fromMoment } from './candidate.js';
import type { HeaderMonth } from './header.js';
import { anyOf, BEFORE, honoursDay, NUMBER_GOES_ON, vietnameseRegex, WORD_CHAR } from './lexicon.js';
import { scan } from './scan.js';
import { suffixYear, YEAR_SUFFIX } from './year-suffix.js';

// "tháng 10/2024", "tháng 10 năm 2024", "tháng 1.2018", "tháng 4-2016", "tháng 10";
// not the head of a month run "tháng 3-5" or a code "tháng 3/NQ", nor "mỗi tháng 7 - 8 triệu đồng"
// (each month, then an amount).
const MONTH = vietnameseRegex(
  `${BEFORE}(?<!(?:mỗi|hằng|hàng) +)tháng +(?<m>\\d{1,2})${YEAR_SUFFIX}(?!${WORD_CHAR}|${NUMBER_GOES_ON}|[/\\-]${WORD_CHAR})`,
);

const SCALE_OR_MONEY = anyOf(['triệu', 'tỷ', 'tỉ', 'nghìn', 'ngàn', 'đồng', 'usd']);

// "tháng 3-5", "vào tháng 7 - 8": a run of months, one range; not "tháng 7 - 8 triệu đồng".
const MONTH_RUN = vietnameseRegex(
  `${BEFORE}(?<!(?:mỗi|hằng|hàng) +)tháng +(?<m>\\d{1,2}) *(?:-|–) *(?<m2>\\d{1,2})${YEAR_SUFFIX}(?!${WORD_CHAR}|[/.,\\-] *\\d| *(?:%|${SCALE_OR_MONEY}))`,
);

export function findMonths(ctx: RecognizeContext, header: HeaderMonth | null): Candidate[] {
  const out: Candidate[] = [];
  for (const f of scan(ctx, MONTH_RUN)) {
    const year = suffixYear(f.groups, header);
    const [first, last] = [Number(f.groups.m), Number(f.groups.m2)];
    if (!year || first < 1 || last > 12 || first >= last) continue;
    const moment = { unit: 'months', first, last, year: year.year, granularity: 'range' } as const;
    const c = fromMoment({ start: f.start, end: f.end }, moment, header, { relative: year.relative });
    if (c) out.push(c);
  }
  for (const f of scan(ctx, MONTH)) {
    // ("Quảng trường 2 Tháng 4": the month of a name, no month.)
    if (honoursDay(ctx.text, f.start)) continue;
    const year = suffixYear(f.groups, header);
    const month = Number(f.groups.m);
    if (!year) continue;
    const moment = {
      unit: 'months',
      first: month,
      last: month,
      year: year.year,
      granularity: 'month',
    } as const;
    const c = fromMoment({ start: f.start, end: f.end }, moment, header, { relative: year.relative });
    if (c) out.push(c);
  }
  return out;
}

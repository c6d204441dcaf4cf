import { foldForMatch } from '../../text/fold.js';
import type { RecognizeContext } from '../context.js';
import { type Candidate, fromMoment } from './candidate.js';
import { AHEAD } from './dates.js';
import { type HeaderMonth, yearOfMonth } from './header.js';
import { BEFORE, NUMBER_GOES_ON, QUARTER, quarterNumber, vietnameseRegex, WORD_CHAR } from './lexicon.js';
import { scan } from './scan.js';
import { suffixYear, YEAR_SUFFIX } from './year-suffix.js';

// Pieces every match of a pattern holds: a paragraph without one is passed after one quick test.
const QUARTER_NEEDS = vietnameseRegex('quý', 'u');

// "quý III/2024", "quý I năm 2025", "quý 2/2024", "quý I-2024", "quý III"; a
// quarter is a number right after "quý", so "kinh nghiệm quý" (precious) is not one.
const QUARTER_PATTERN = vietnameseRegex(
  `${BEFORE}quý +(?<q>${QUARTER})${YEAR_SUFFIX}(?!${WORD_CHAR}|${NUMBER_GOES_ON}|[/\\-]${WORD_CHAR})`,
);

export function findQuarters(ctx: RecognizeContext, header: HeaderMonth | null): Candidate[] {
  const out: Candidate[] = [];
  for (const f of scan(ctx, QUARTER_PATTERN, QUARTER_NEEDS)) {
    const year = suffixYear(f.groups, header);
    if (!year || f.groups.q === undefined) continue;
    const last = quarterNumber(f.groups.q) * 3;
    // ("phấn đấu khởi công trong quý IV" in a March article: a quarter the words before look
    // ahead to is this year's, though a bare "quý IV" in spring is most often last year's.)
    const ahead =
      year.year === null &&
      header !== null &&
      yearOfMonth(last - 2, header) < header.year &&
      AHEAD.test(foldForMatch(ctx.text.slice(Math.max(0, f.start - 40), f.start)));
    const moment = {
      unit: 'months',
      first: last - 2,
      last,
      year: ahead ? header.year : year.year,
      granularity: 'quarter',
    } as const;
    const c = fromMoment({ start: f.start, end: f.end }, moment, header, { relative: year.relative });
    if (c) out.push(c);
  }
  return out;
}

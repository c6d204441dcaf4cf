import type { RecognizeContext } from '../context.js';
import { type Candidate, fromMoment } from './candidate.js';
import type { HeaderMonth } from './header.js';
import { anyOf, BEFORE, vietnameseRegex, WORD_CHAR, YEAR } from './lexicon.js';
import { scan } from './scan.js';

/** Words that name a span of years; the span keeps them: "giai đoạn 2021 - 2023". */
const PERIOD_WORDS = anyOf([
  'giai đoạn',
  'nhiệm kỳ',
  'thời kỳ',
  'niên khóa',
  'niên độ',
  'niên vụ',
  // "vụ đông 2024 - 2025", "vụ đông xuân 2023 - 2024": a crop season across two years.
  'vụ đông xuân',
  'vụ thu đông',
  'vụ đông',
  'kế hoạch',
  'chiến lược',
  'năm học',
  'mùa giải',
  'năm',
]);

// "giai đoạn 2021 - 2023", "nhiệm kỳ 2020-2025", "năm 2016-2020", "niên vụ 2024 - 2025", "giai đoạn từ 2021
// đến 2025", "từ năm 2020 đến năm 2023", and a bare "2021 – 2023" (dashes are folded to "-").
const YEAR_RANGE = vietnameseRegex(
  `${BEFORE}(?:(?<word>${PERIOD_WORDS}) +)?(?:(?<from>từ) +)?(?<body>(?:năm +)?(?<a>${YEAR}) *(?<conn>-|/|đến|tới) *(?:năm +)?(?<b>${YEAR}))` +
    `(?!${WORD_CHAR}|[.,]\\d| *%)`,
);

/** What every match contains: a year and the connective after it. */
const YEAR_AND_CONNECTIVE = vietnameseRegex(`${YEAR} *(?:-|/|đến|tới)`, 'u');

/**
 * Both ends look like years of a period, not a pair of other numbers; a life's years in brackets
 * may open before 1900 ("Cao Văn Lầu (1892 - 1976)").
 */
const plausiblePeriod = (a: number, b: number, bracketed = false): boolean =>
  a >= (bracketed ? 1800 : 1900) && b <= 2100 && b > a && b - a <= 100;

export function findPeriods(ctx: RecognizeContext, header: HeaderMonth | null): Candidate[] {
  const out: Candidate[] = [];
  for (const f of scan(ctx, YEAR_RANGE, YEAR_AND_CONNECTIVE)) {
    const { word, from, conn } = f.groups;
    const a = Number(f.groups.a);
    const b = Number(f.groups.b);
    // A bare pair needs a dash and two plausible years; "2021/2022" needs a word ("năm học").
    if (word === undefined && from === undefined && conn !== '-') continue;
    if (conn === '/' && word === undefined) continue;
    const bracketed =
      /\(\s*$/.test(ctx.text.slice(Math.max(0, f.start - 2), f.start)) &&
      /^\s*\)/.test(ctx.text.slice(f.end, f.end + 2));
    if (word === undefined ? !plausiblePeriod(a, b, bracketed) : a > b) continue;
    const start = f.at('word') ?? f.at('body') ?? f.start;
    const c = fromMoment({ start, end: f.end }, { unit: 'years', first: a, last: b }, header);
    if (c) out.push(c);
  }
  return out;
}

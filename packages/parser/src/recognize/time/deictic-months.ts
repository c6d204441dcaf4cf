import type { RecognizeContext } from '../context.js';
import type { Candidate } from './candidate.js';
import { fromMoment } from './candidate.js';
import type { HeaderMonth } from './header.js';
import { anyOf, BEFORE, folded, NUMBER_WORDS, quarterNumber, vietnameseRegex } from './lexicon.js';
import { scan } from './scan.js';

// "tháng trước", "so với tháng trước", "quý tới": a month or quarter counted from the article's,
// as "năm trước" counts a year (relative, its dates filled from the header). Not a count back
// ("3 tháng trước", "hai quý tới" are lengths of time), a plural ("những tháng tới"), nor a
// preposition's "trước" ("tháng trước Tết", "tháng trước đó").
const STEPS: ReadonlyMap<string, number> = new Map([
  [folded('trước'), -1],
  [folded('này'), 0],
  [folded('tới'), 1],
  [folded('sau'), 1],
]);
const DEICTIC = vietnameseRegex(
  `(?<!(?:\\d|${anyOf(['những', 'các', 'mấy', 'nhiều', 'mỗi', 'hằng', 'hàng', 'từng', 'cùng kỳ', ...NUMBER_WORDS.keys()])}) +)` +
    `${BEFORE}(?<unit>tháng|quý) +(?<step>${anyOf([...STEPS.keys()])})(?![\\p{L}\\p{M}\\p{N}])` +
    `(?! +(?:đó|khi|tết|ngày|kỳ|nữa|\\d))`,
);
const NEEDS = vietnameseRegex(`(?:tháng|quý) +${anyOf([...STEPS.keys()])}`, 'u');

export function findDeicticMonths(ctx: RecognizeContext, header: HeaderMonth | null): Candidate[] {
  if (!header) return [];
  const out: Candidate[] = [];
  for (const f of scan(ctx, DEICTIC, NEEDS)) {
    const step = STEPS.get(f.groups.step ?? '') ?? 0;
    const quarter = f.groups.unit === folded('quý');
    // Months counted from January of year 0, so that a step back from January lands in December.
    const size = quarter ? 3 : 1;
    const first0 = quarter ? Math.floor((header.month - 1) / 3) * 3 : header.month - 1;
    // "Riêng tháng 3, IIP tăng 16,1% so với tháng trước" in an April article: the month before the
    // one its sentence named, not the article's; "Riêng quý III, IIP tăng 4,7% so với quý trước" in
    // October: the quarter before the third.
    const named =
      step !== -1
        ? null
        : quarter
          ? quarterComparedBefore(ctx.text, f.start, header)
          : monthComparedBefore(ctx.text, f.start, header);
    const index = named ?? header.year * 12 + first0 + step * size;
    const year = Math.floor(index / 12);
    const first = (index % 12) + 1;
    const moment = {
      unit: 'months',
      year,
      first,
      last: first + size - 1,
      granularity: quarter ? 'quarter' : 'month',
    } as const;
    const c = fromMoment({ start: f.start, end: f.end }, moment, header, { relative: true });
    if (c) out.push(c);
  }
  return out;
}

// "so với tháng trước", "gấp 2,4 lần tháng trước", "cao hơn quý trước": a word of comparison.
const COMPARED_WITH =
  /(?:so\s+với|gấp\s+(?:hơn\s+)?[\d.,]+\s+lần|(?:cao|thấp|nhiều|ít)\s+hơn|bằng\s+[\d.,]+\s*%)\s+$/u;
// "tháng 3", "tháng 12/2025", "tháng 9.2024", "tháng 9-2024"; not "3 tháng" (a count).
const NAMED_MONTH = /(?<![\p{L}\p{N}])tháng\s+(\d{1,2})(?:[/.-](\d{4}))?(?![\p{N}/.-])/giu;

/** Where the sentence holding `at` opens: after a full stop, a line break or a semicolon. */
function sentenceOpens(text: string, at: number): number {
  return Math.max(text.lastIndexOf('. ', at), text.lastIndexOf('\n', at), text.lastIndexOf('; ', at)) + 1;
}

/** The month before the last month its sentence named before a comparison at `at`, as an index from year 0. */
function monthComparedBefore(text: string, at: number, header: HeaderMonth): number | null {
  if (!COMPARED_WITH.test(text.slice(Math.max(0, at - 24), at))) return null;
  const last = [...text.slice(sentenceOpens(text, at), at).matchAll(NAMED_MONTH)].at(-1);
  if (!last) return null;
  const month = Number(last[1]);
  if (month < 1 || month > 12) return null;
  const year = last[2] !== undefined ? Number(last[2]) : month > header.month ? header.year - 1 : header.year;
  return year * 12 + month - 2;
}

// "quý III", "quý 2/2024", "quý IV-2023"; not "3 quý" (a count).
const NAMED_QUARTER = /(?<![\p{L}\p{N}])quý\s+(iv|i{1,3}|[1-4])(?:[/.-](\d{4}))?(?![\p{L}\p{N}/.-])/giu;

/** The first month of the quarter before the last quarter its sentence named before a comparison at `at`, as an index from year 0. */
function quarterComparedBefore(text: string, at: number, header: HeaderMonth): number | null {
  if (!COMPARED_WITH.test(text.slice(Math.max(0, at - 24), at))) return null;
  const last = [...text.slice(sentenceOpens(text, at), at).matchAll(NAMED_QUARTER)].at(-1);
  if (!last) return null;
  const written = last[1]!.toLowerCase();
  const quarter = quarterNumber(written);
  const firstMonth = (quarter - 1) * 3 + 1;
  const year =
    last[2] !== undefined ? Number(last[2]) : firstMonth > header.month ? header.year - 1 : header.year;
  return year * 12 + firstMonth - 1 - 3;
}

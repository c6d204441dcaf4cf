import type { RecognizeContext } from '../context.js';
import type { Candidate } from './candidate.js';
import { fromMoment } from './candidate.js';
import type { HeaderMonth } from './header.js';
import { anyOf, BEFORE, folded, NUMBER_WORDS, vietnameseRegex } from './lexicon.js';
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
    const index = header.year * 12 + first0 + step * size;
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

import type { RecognizeContext } from '../context.js';
import type { Candidate } from './candidate.js';
import type { HeaderMonth } from './header.js';
import { START_EDGE, vietnameseRegex } from './lexicon.js';
import { type Moment, positionInYear, resolveMoment, withYear, yearOf } from './moment.js';

/** How far back from a candidate its prefix "đầu ", "cuối ", "giữa " may start. */
const LOOKBACK = 16;

function prefixBefore(ctx: RecognizeContext, c: Candidate, pattern: RegExp): number | null {
  const from = Math.max(0, c.span.start - LOOKBACK);
  const match = pattern.exec(ctx.folded.slice(from, c.span.start));
  return match ? from + match.index : null;
}

/** A month, quarter, half or year: what "đầu", "cuối", "giữa" can stand before. */
const calendarUnit = (c: Candidate): boolean =>
  c.value.start !== null && ['month', 'quarter', 'half', 'year'].includes(c.value.granularity);

// "đầu năm 2024", "cuối tháng 10", "cuối quý III/2024": the edge joins the span, the
// dates stay those of the whole (the smallest stretch of the calendar sure to hold
// it). A named period keeps its own span: "đầu nhiệm kỳ 2020 - 2025" is the fact
// "nhiệm kỳ 2020 - 2025", "đầu" being no calendar unit's edge.
const EDGE = vietnameseRegex(`(?<![\\p{L}\\p{M}\\p{N}])(?:${START_EDGE}|cuối|giữa) +$`, 'u');
// "thượng tuần", "trung tuần", "hạ tuần" (the first, middle, last ten days) edge a month only.
const DECADE = vietnameseRegex('(?<![\\p{L}\\p{M}\\p{N}])(?:thượng|trung|hạ) +tuần +$', 'u');

export function withEdges(ctx: RecognizeContext, candidates: readonly Candidate[]): Candidate[] {
  return candidates.flatMap((c) => {
    if (!calendarUnit(c)) return [];
    const start =
      prefixBefore(ctx, c, EDGE) ?? (c.value.granularity === 'month' ? prefixBefore(ctx, c, DECADE) : null);
    return start === null ? [] : [{ ...c, span: { start, end: c.span.end } }];
  });
}

/** Gives a moment without a year the year of its partner: "từ tháng 11 đến tháng 2/2024" starts in 2023. */
function shareYears(from: Moment, to: Moment, header: HeaderMonth | null): [Moment, Moment] {
  const fromYear = yearOf(from);
  const toYear = yearOf(to);
  const ordered = positionInYear(from) <= positionInYear(to);
  if (fromYear === null && toYear !== null) return [withYear(from, ordered ? toYear : toYear - 1), to];
  if (fromYear !== null && toYear === null) return [from, withYear(to, ordered ? fromYear : fromYear + 1)];
  if (fromYear === null && toYear === null) {
    const start = resolveMoment(from, header);
    if (!start) return [from, to];
    const year = Number(start.start.slice(0, 4));
    const endYear = ordered ? year : year + 1;
    // Read from its start, the range would end long after the article: "ngày 1.1 đến 31.10" in a
    // November article is this year's, reported up to; read it from its end instead.
    if (header && monthsAfter(endYear, positionMonth(to), header) > 6) {
      const back = endYear - 1;
      return [withYear(from, ordered ? back : back - 1), withYear(to, back)];
    }
    return [withYear(from, year), withYear(to, endYear)];
  }
  return [from, to];
}

/** The month a moment ends in. */
const positionMonth = (m: Moment): number => (m.unit === 'day' ? m.month : m.unit === 'months' ? m.last : 12);

/** How many months after the header month a month of a year falls. */
const monthsAfter = (year: number, month: number, header: HeaderMonth): number =>
  (year - header.year) * 12 + (month - header.month);

const JOINER = vietnameseRegex('^ *(?:-|đến hết|tới hết|đến|tới|cho đến) *$', 'u');
/** The most characters between two ends of a range: " cho đến ". */
const MAX_GAP = 10;

// "từ tháng 3 đến tháng 6/2024", "ngày 1/7 - 31/12/2024", "từ năm 2020 đến năm 2023":
// one range from the start of the first to the end of the second ("từ" stays out).
export function asRanges(
  ctx: RecognizeContext,
  candidates: readonly Candidate[],
  header: HeaderMonth | null,
): Candidate[] {
  const out: Candidate[] = [];
  const calendar = candidates.filter((c) => c.moment !== null).sort((a, b) => a.span.start - b.span.start);
  // Sorted by start: the second end of a range is looked for only within MAX_GAP of the first.
  const startsFrom = (at: number) => {
    let lo = 0;
    let hi = calendar.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((calendar[mid] as Candidate).span.start < at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  for (const first of calendar) {
    const near = calendar.slice(startsFrom(first.span.end), startsFrom(first.span.end + MAX_GAP + 1));
    for (const second of near) {
      const gap = second.span.start - first.span.end;
      if (gap < 0 || gap > MAX_GAP || !JOINER.test(ctx.folded.slice(first.span.end, second.span.start)))
        continue;
      if (!first.moment || !second.moment) continue;
      const [from, to] = shareYears(first.moment, second.moment, header);
      const a = resolveMoment(from, header);
      const b = resolveMoment(to, header);
      if (!a || !b || a.start > b.end) continue;
      out.push({
        span: { start: first.span.start, end: second.span.end },
        moment: null,
        value: {
          start: a.start,
          end: b.end,
          granularity: 'range',
          partOfDay: first.value.partOfDay,
          duration: null,
          relative: first.value.relative || second.value.relative,
        },
      });
    }
  }
  return out;
}

// "ngày 9 đến ngày 11/7", "từ 9 - 11/7", "ngày 4 và 5-9": a first day written without its month,
// which it shares with the day after the joiner.
const FIRST_DAY = vietnameseRegex(
  '(?<![\\p{L}\\p{M}\\p{N}/.-])(?:(?:ngày|mùng|mồng) +)?(\\d{1,2}) *(?:-|–|đến|tới|và) *$',
  'u',
);

export function dayRanges(ctx: RecognizeContext, candidates: readonly Candidate[]): Candidate[] {
  return candidates.flatMap((c) => {
    const { start, granularity } = c.value;
    if (granularity !== 'day' || start === null || c.value.end !== start) return [];
    const from = Math.max(0, c.span.start - LOOKBACK);
    const match = FIRST_DAY.exec(ctx.folded.slice(from, c.span.start));
    const day = Number(match?.[1]);
    if (!match || !(day >= 1 && day < Number(start.slice(8, 10)))) return [];
    return [
      {
        span: { start: from + match.index, end: c.span.end },
        moment: null,
        value: {
          ...c.value,
          start: `${start.slice(0, 8)}${String(day).padStart(2, '0')}`,
          granularity: 'range',
        },
      },
    ];
  });
}

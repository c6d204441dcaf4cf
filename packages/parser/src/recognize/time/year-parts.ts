import type { RecognizeContext } from '../context.js';
import { parseNumberWords } from '../number-words.js';
import { type Candidate, fromMoment } from './candidate.js';
import type { HeaderMonth } from './header.js';
import {
  anyOf,
  BEFORE,
  NUMBER_GOES_ON,
  NUMBER_WORDS,
  vietnameseRegex,
  WORD_CHAR,
  YEAR,
  YEAR_DEICTICS,
} from './lexicon.js';
import type { Moment } from './moment.js';
import { scan } from './scan.js';
import { suffixYear } from './year-suffix.js';

const COUNT_WORDS = ['mười một', 'mười hai', ...NUMBER_WORDS.keys(), 'bẩy'];
const COUNT = `\\d{1,2}|${anyOf(COUNT_WORDS)}`;
// Before "tháng đầu/cuối năm" a number word can only count months: "năm tháng đầu năm" is five.
const EDGE_COUNT = `\\d{1,2}|${anyOf([...COUNT_WORDS, 'năm'])}`;
const YEAR_AFTER = ` +năm(?: +(?<y>${YEAR})| +(?<rel>${anyOf([...YEAR_DEICTICS.keys()])}))?`;

// "3 quý đầu năm", "hai quý cuối năm 2024": three months to a quarter.
const QUARTER_COUNT = `[1-4]|${anyOf(['hai', 'ba', 'bốn'])}`;

// "6 tháng đầu năm", "9 tháng đầu năm 2024", "3 tháng cuối năm nay", "nửa đầu năm";
// and "11 tháng năm 2023" (the first eleven months), which needs its year, or this year or the
// last by name ("11 tháng năm nay", "so với 9 tháng năm trước"), never one ahead.
const YEAR_PART = vietnameseRegex(
  `${BEFORE}(?:(?:(?<n>${EDGE_COUNT}) +tháng +(?<edge>đầu|cuối)|nửa +(?<half>đầu|cuối)|(?<q>${QUARTER_COUNT}) +quý +(?<qedge>đầu|cuối))${YEAR_AFTER}` +
    `|(?<n2>${COUNT}) +tháng +năm +(?:(?<y3>${YEAR})|(?<rel3>${anyOf(['nay', 'trước', 'ngoái'])})))(?!${WORD_CHAR}|${NUMBER_GOES_ON})`,
);

/** What every match contains: "tháng đầu", "tháng cuối", "nửa đầu", "tháng năm", "quý đầu". */
const MONTHS_WORD = vietnameseRegex('(?:tháng|nửa|quý) +(?:đầu|cuối|năm)', 'u');

function countOf(written: string | undefined): number | null {
  if (written === undefined) return null;
  const n = /^\d+$/.test(written) ? Number(written) : parseNumberWords(written.split(/ +/));
  return n !== null && Number.isInteger(n) && n >= 1 && n <= 12 ? n : null;
}

const granularityOf = (months: number) =>
  months === 12
    ? 'year'
    : months === 6
      ? 'half'
      : months === 3
        ? 'quarter'
        : months === 1
          ? 'month'
          : 'range';

export function findYearParts(ctx: RecognizeContext, header: HeaderMonth | null): Candidate[] {
  const out: Candidate[] = [];
  for (const f of scan(ctx, YEAR_PART, MONTHS_WORD)) {
    const { half, q } = f.groups;
    const edge = f.groups.edge ?? f.groups.qedge;
    const quarters = q === undefined ? null : countOf(q);
    const count =
      half !== undefined ? 6 : quarters !== null ? 3 * quarters : countOf(f.groups.n ?? f.groups.n2);
    const year =
      f.groups.y3 !== undefined
        ? { year: Number(f.groups.y3), relative: false }
        : suffixYear(f.groups.rel3 !== undefined ? { rel: f.groups.rel3 } : f.groups, header);
    if (count === null || !year) continue;
    const fromEnd = (edge ?? half) === 'cuối';
    const first = fromEnd ? 13 - count : 1;
    const last = fromEnd ? 12 : count;
    const moment: Moment = {
      unit: 'months',
      first,
      last,
      year: year.year,
      granularity: granularityOf(count),
    };
    const c = fromMoment({ start: f.start, end: f.end }, moment, header, { relative: year.relative });
    if (c) out.push(c);
  }
  return out;
}

import type { Granularity } from '@dukien/core';
import type { RecognizeContext } from '../context.js';
import { type Candidate, NO_EXTRAS } from './candidate.js';
import { AFTER, anyOf, BEFORE, vietnameseRegex, YEAR } from './lexicon.js';
import { PART_OF_DAY, partOfDayAt } from './part-of-day.js';
import { scan } from './scan.js';

// Pieces every match of a pattern holds: a paragraph without one is passed after one quick test.
const SAME_PERIOD_NEEDS = vietnameseRegex('cùng +kỳ', 'u');
const SAME_DAY_NEEDS = vietnameseRegex('cùng +ngày', 'u');
const TERM_NEEDS = vietnameseRegex('kỳ|đoạn', 'u');

// "cùng kỳ năm trước", "cùng kỳ năm ngoái", "cùng kỳ năm 2024", "so với cùng kỳ": the
// same stretch as the period just named, in another year (see resolveReferences).
const SAME_PERIOD = vietnameseRegex(
  `${BEFORE}cùng +kỳ(?: +năm +(?:${anyOf(['trước', 'ngoái'])}|${YEAR}))?${AFTER}`,
);

// "đầu nhiệm kỳ", "cuối nhiệm kỳ", "đầu giai đoạn" (a year of the term or plan period the
// reader knows), "cuối kỳ", "nhiệm kỳ trước": no dates unless a period is written after them.
const TERM = vietnameseRegex(
  // ("3 ngày đầu kỳ nghỉ lễ": the first days of a holiday, "kỳ nghỉ", no term.)
  `${BEFORE}(?:(?<edge>đầu|cuối|giữa) +(?:(?<term>nhiệm +kỳ|giai +đoạn)|kỳ(?! +nghỉ))|nhiệm +kỳ +${anyOf(['trước', 'này', 'tới', 'sau'])})${AFTER}`,
);

// "Cùng ngày, ...", "Chiều cùng ngày": the day of the date just named (see resolveReferences),
// with the part of the day written before it.
const SAME_DAY = vietnameseRegex(`${BEFORE}(?:(?<part>${PART_OF_DAY}) +)?cùng +ngày${AFTER}`);

// "giảm 9 ca so với tuần trước": the week before the one just named (see resolveReferences). Not a
// count back ("hai tuần trước") nor a preposition's "trước" ("tuần trước Tết", "tuần trước đó").
const WEEK_BEFORE_NEEDS = vietnameseRegex('tuần +trước', 'u');
const WEEK_BEFORE = vietnameseRegex(
  `(?<!(?:\\d|${anyOf(['một', 'hai', 'ba', 'bốn', 'năm', 'vài', 'mấy', 'những', 'các', 'nhiều'])}) +)${BEFORE}tuần +trước${AFTER}(?! +(?:đó|khi|tết|ngày|\\d))`,
);

function relative(start: number, end: number, granularity: Granularity): Candidate {
  return {
    span: { start, end },
    moment: null,
    value: { ...NO_EXTRAS, start: null, end: null, granularity, relative: true },
  };
}

export function findRelatives(ctx: RecognizeContext): Candidate[] {
  const out: Candidate[] = [];
  for (const f of scan(ctx, SAME_PERIOD, SAME_PERIOD_NEEDS)) {
    out.push({ ...relative(f.start, f.end, 'range'), reference: { to: 'samePeriod' } });
  }
  for (const f of scan(ctx, SAME_DAY, SAME_DAY_NEEDS)) {
    const same = relative(f.start, f.end, 'day');
    const partOfDay = partOfDayAt(ctx, f.at('part'), f.groups.part);
    out.push({ ...same, value: { ...same.value, partOfDay }, reference: { to: 'sameDay' } });
  }
  for (const f of scan(ctx, WEEK_BEFORE, WEEK_BEFORE_NEEDS)) {
    out.push({ ...relative(f.start, f.end, 'range'), reference: { to: 'weekBefore' } });
  }
  for (const f of scan(ctx, TERM, TERM_NEEDS)) {
    // The edge of a term is one of its years; a whole other term is a range.
    const granularity = f.groups.edge !== undefined && f.groups.term !== undefined ? 'year' : 'range';
    out.push(relative(f.start, f.end, granularity));
  }
  return out;
}

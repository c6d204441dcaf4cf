import type { RecognizeContext } from '../context.js';
import { type Candidate, NO_EXTRAS } from './candidate.js';
import { AFTER, anyOf, BEFORE, vietnameseRegex, YEAR } from './lexicon.js';
import { scan } from './scan.js';

// Expressions that point at a time only the context knows: "cùng kỳ năm trước" (the
// same stretch of last year: which stretch, the sentence says), "so với cùng kỳ",
// "đầu nhiệm kỳ", "cuối kỳ", "nhiệm kỳ trước". They carry no dates.
const RELATIVE = vietnameseRegex(
  `${BEFORE}(?:cùng +kỳ(?: +(?:năm +(?:${anyOf(['trước', 'ngoái'])}|${YEAR})|${anyOf(['tháng trước', 'quý trước'])}))?` +
    `|(?:đầu|cuối|giữa) +(?:nhiệm +)?kỳ|nhiệm +kỳ +${anyOf(['trước', 'này', 'tới', 'sau'])})${AFTER}`,
);

export function findRelatives(ctx: RecognizeContext): Candidate[] {
  return [...scan(ctx, RELATIVE)].map((f) => ({
    span: { start: f.start, end: f.end },
    moment: null,
    value: { ...NO_EXTRAS, start: null, end: null, granularity: 'range', relative: true },
  }));
}

import type { QuantityFact } from '@dukien/core';
import { foldKey } from '../../text/fold.js';
import { COMPARATIVES, VERB_BEFORE_VUOT } from './context-words.js';
import { wordsBefore } from './cursor.js';

type Approx = QuantityFact['approx'];

/**
 * Words in front of a number that qualify it and belong to its span
 * ("ước đạt 6,4%", "gần 3.500 nhà ở", "trên 800 tỷ đồng"), longest first.
 */
const APPROX: ReadonlyArray<readonly [string, Approx]> = (
  [
    ['chưa đến', 'under'],
    ['chưa tới', 'under'],
    ['gần như', 'nearly'],
    ['ước đạt', 'about'],
    ['ước tính', 'about'],
    ['ước khoảng', 'about'],
    ['dự kiến', 'about'],
    ['xấp xỉ', 'about'],
    ['khoảng', 'about'],
    ['chừng', 'about'],
    ['ước', 'about'],
    ['hơn', 'over'],
    ['trên', 'over'],
    ['vượt', 'over'],
    ['dưới', 'under'],
    ['gần', 'nearly'],
  ] as const
)
  .map(([phrase, approx]) => [foldKey(phrase), approx] as const)
  .toSorted((a, b) => b[0].length - a[0].length);

/** Verbs of change just before the (qualified) number; they stay outside the span ("tăng 12%"). */
const CHANGE: ReadonlyArray<readonly [string, 'increase' | 'decrease']> = (
  [
    // "cao hơn 1,3 điểm phần trăm": higher by, a change.
    ['cao hơn', 'increase'],
    ['nhiều hơn', 'increase'],
    ['lớn hơn', 'increase'],
    ['thấp hơn', 'decrease'],
    ['ít hơn', 'decrease'],
    ['nhỏ hơn', 'decrease'],
    // "tăng trưởng âm 2,3%": growth below zero, a fall.
    ['tăng trưởng âm', 'decrease'],
    ['tăng thêm', 'increase'],
    ['tăng', 'increase'],
    ['giảm đi', 'decrease'],
    ['giảm bớt', 'decrease'],
    ['giảm', 'decrease'],
  ] as const
).map(([phrase, change]) => [foldKey(phrase), change] as const);

const HON = foldKey('hơn');
const VUOT = foldKey('vượt');

const LETTER = /[\p{L}\p{M}]/u;

/** The phrase of `list` that ends right before `at` (one space between), as its start and value. */
function phraseBefore<T>(
  folded: string,
  at: number,
  list: ReadonlyArray<readonly [string, T]>,
): [number, T] | null {
  if (folded[at - 1] !== ' ') return null;
  for (const [phrase, value] of list) {
    const start = at - 1 - phrase.length;
    if (start < 0 || folded.slice(start, at - 1) !== phrase) continue;
    if (start > 0 && LETTER.test(folded[start - 1] ?? '')) continue;
    return [start, value];
  }
  return null;
}

/** The qualifier before a number: where the span starts and how the number is qualified. */
export function approxBefore(folded: string, at: number): { start: number; approx: Approx } {
  const found = phraseBefore(folded, at, APPROX);
  if (!found) return { start: at, approx: 'exact' };
  const [start, approx] = found;
  const word = folded.slice(start, at - 1);
  const previous = wordsBefore(folded, start, 1)[0] ?? '';
  // "cao hơn 1,3 điểm": comparative, by how much; "đạt và vượt 15/21 chỉ tiêu": a verb.
  if (word === HON && COMPARATIVES.has(previous)) return { start: at, approx: 'exact' };
  if (word === VUOT && VERB_BEFORE_VUOT.has(previous)) return { start: at, approx: 'exact' };
  return { start, approx };
}

// "nhiều hơn cùng kỳ năm trước 12 doanh nghiệp", "cao hơn năm trước 10.000 đồng/kg": a comparative,
// the time compared with, then by how much.
const COMPARED_BY = new Map(
  CHANGE.filter(([phrase]) => phrase.endsWith(` ${HON}`)).map(([phrase, change]) => [phrase, change]),
);
const COMPARED_WITH = new RegExp(
  `(?:^|[^\\p{L}\\p{M}])(${[...COMPARED_BY.keys()].join('|')}) ` +
    `(?:${foldKey('so với')} )?` +
    `(?:${[
      'cùng kỳ năm trước',
      'cùng kỳ năm ngoái',
      'cùng kỳ',
      'năm trước',
      'năm ngoái',
      'tháng trước',
      'quý trước',
    ]
      .map(foldKey)
      .join('|')}|${foldKey('năm')} \\d{4}) $`,
  'u',
);

/** "tăng"/"giảm" right before the span start: the number is a change. */
export function changeBefore(folded: string, at: number): 'increase' | 'decrease' | null {
  const change = phraseBefore(folded, at, CHANGE)?.[1];
  if (change) return change;
  const compared = COMPARED_WITH.exec(folded.slice(Math.max(0, at - 48), at));
  return compared ? (COMPARED_BY.get(compared[1]!) ?? null) : null;
}

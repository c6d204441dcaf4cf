import { vietnameseRegex } from '../../text/vietnamese-regex.js';
import type { DraftOf, Span } from '../context.js';
import type { PhraseMatch } from './phrases.js';

/**
 * "lần lượt" (respectively) pairs a list of values with a list named before them, in order:
 * "GRDP và thu ngân sách lần lượt tăng 6,8% và 12,4%" gives 6,8% to GRDP and 12,4% to the
 * budget; "(năm 2024 lần lượt là 571 triệu USD và 398 triệu USD)" gives each figure of the
 * bracket to the statistic of the same rank before it.
 */
export interface RespectiveValue {
  /** Rank of the value in its list, from 0. */
  rank: number;
  /** How many values the list has. */
  count: number;
  /** Where "lần lượt" starts. */
  cue: number;
  /**
   * The name of the same rank in the list before "lần lượt", when there is one: its phrase, then
   * the phrase of the abbreviation in brackets after it ("tổng sản phẩm trên địa bàn (GRDP)").
   */
  names: readonly PhraseMatch[] | null;
}

const CUE = vietnameseRegex('(?<![\\p{L}\\p{M}])lần lượt(?![\\p{L}\\p{M}])', 'gu');
// "lần lượt tăng ", "lần lượt ước đạt ", "lần lượt giảm còn ", "lần lượt là ": a verb of a few
// words, then the first value.
const TO_FIRST_VALUE = /^\s+(?:[\p{L}\p{M}]+\s+){0,3}$/u;
// Values of a list: ", ", " và ", ", và ".
const BETWEEN_VALUES = /^\s*(?:,\s*(?:và\s+)?|và\s+)$/u;
// Names of a list, an abbreviation in brackets left aside ("tổng sản phẩm (GRDP) và thu ngân
// sách"), a few lower-case words allowed after a name ("GRDP của tỉnh và ...").
const BETWEEN_NAMES = /^(?:\s+[\p{Ll}\p{M}]+){0,3}\s*(?:,\s*(?:và\s+)?|và\s+)$/u;
// From the last name to "lần lượt": the names' complements ("nhà nước", "của tỉnh"), no figure.
const NAME_TO_CUE = /^[^\d.;:!?()]{0,40}$/u;

/**
 * The values that "lần lượt" gives out, by where each starts. `quantities` and `phrases` are
 * sorted by start; `spans` are the readable paragraphs.
 */
export function respectiveValues(
  text: string,
  folded: string,
  spans: readonly Span[],
  quantities: readonly DraftOf<'quantity'>[],
  phrases: readonly PhraseMatch[],
): Map<number, RespectiveValue> {
  const out = new Map<number, RespectiveValue>();
  for (const span of spans) {
    CUE.lastIndex = span.start;
    for (let m = CUE.exec(folded); m && m.index < span.end; m = CUE.exec(folded)) {
      const cue = m.index;
      const values = valueList(text, quantities, cue + m[0].length, span.end);
      if (values.length < 2) continue;
      const names = nameList(text, phrases, cue, span.start);
      const paired = names.length === values.length ? names : null;
      for (const [rank, q] of values.entries())
        out.set(q.evidence.start, { rank, count: values.length, cue, names: paired?.[rank] ?? null });
    }
  }
  return out;
}

/** The values listed right after the cue: "tăng 6,8% và 12,4%". */
function valueList(
  text: string,
  quantities: readonly DraftOf<'quantity'>[],
  from: number,
  end: number,
): DraftOf<'quantity'>[] {
  const list: DraftOf<'quantity'>[] = [];
  let i = firstStartingAt(quantities, from);
  for (; i < quantities.length; i++) {
    const q = quantities[i]!;
    if (q.evidence.end > end) break;
    const before = list.at(-1);
    if (!before) {
      if (!TO_FIRST_VALUE.test(text.slice(from, q.evidence.start))) break;
    } else if (q.evidence.start < before.evidence.end) {
      continue;
    } else if (!BETWEEN_VALUES.test(text.slice(before.evidence.end, q.evidence.start))) {
      break;
    }
    list.push(q);
  }
  return list;
}

/** The names listed before the cue, in text order: "GRDP và thu ngân sách nhà nước". */
function nameList(
  text: string,
  phrases: readonly PhraseMatch[],
  cue: number,
  floor: number,
): PhraseMatch[][] {
  // A phrase in the brackets right after another is that name again: "tổng sản phẩm (GRDP)".
  const isRepeat = (i: number) => i > 0 && text.slice(phrases[i - 1]!.end, phrases[i]!.start).trim() === '(';
  const list: PhraseMatch[][] = [];
  let repeat: PhraseMatch | null = null;
  for (let i = firstStartingAt(phrases, cue) - 1; i >= 0; i--) {
    const p = phrases[i]!;
    if (p.start < floor) break;
    if (isRepeat(i)) {
      repeat = p;
      continue;
    }
    const end = list[0]?.[0]?.start ?? cue;
    const gap = withoutBrackets(text.slice(p.end, end));
    if (!(list.length === 0 ? NAME_TO_CUE : BETWEEN_NAMES).test(gap)) break;
    list.unshift(repeat ? [p, repeat] : [p]);
    repeat = null;
  }
  return list;
}

/** "(GRDP) và " → " và ": a bracketed abbreviation between names is no part of the list. */
function withoutBrackets(gap: string): string {
  return gap.replace(/\s*\([^()\d]{1,40}\)/gu, '');
}

function firstStartingAt<T extends { evidence: Span } | Span>(sorted: readonly T[], at: number): number {
  const startOf = (x: T) => ('evidence' in x ? x.evidence.start : x.start);
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (startOf(sorted[mid]!) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

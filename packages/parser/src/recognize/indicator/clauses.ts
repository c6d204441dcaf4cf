import { isAbbreviation } from '../../text/sentences.js';
import type { Span } from '../context.js';

/**
 * The clause around a position: bounded by sentence ends, semicolons, line
 * breaks and parentheses. Dots and commas between digits ("1.250", "6,8")
 * are not boundaries.
 */
export function clauseAround(text: string, at: number, end: number): Span {
  return around(boundariesOf(text).clause, text.length, at, end);
}

/**
 * A short parenthesis without digits is an aside inside the clause, not a
 * boundary: "chỉ số sản xuất công nghiệp (IIP) tăng 10,2%".
 */
function isAside(text: string, i: number): boolean {
  // Only an aside of at most ASIDE characters counts, so neither search goes further than that:
  // a line of 10,000 "(" is not read to its end at every one of them.
  const open = text[i] === '(' ? i : lastWithin(text, '(', i, i - ASIDE);
  const close = open < 0 ? -1 : firstWithin(text, ')', open, open + ASIDE);
  if (open < 0 || close < 0 || (text[i] === ')' && close !== i)) return false;
  return !/\d/.test(text.slice(open, close));
}

// "(xã Đông Phú, huyện Châu Thành)": a place in parentheses runs to a few dozen characters.
const ASIDE = 48;

function lastWithin(text: string, char: string, at: number, floor: number): number {
  for (let i = at; i >= Math.max(0, floor); i--) if (text[i] === char) return i;
  return -1;
}

function firstWithin(text: string, char: string, from: number, ceiling: number): number {
  for (let i = from; i <= Math.min(text.length - 1, ceiling); i++) if (text[i] === char) return i;
  return -1;
}

function isBoundary(text: string, i: number, semicolon = true): boolean {
  const ch = text[i];
  if ((ch === '(' || ch === ')') && isAside(text, i)) return false;
  if ((semicolon && ch === ';') || ch === '\n' || ch === '(' || ch === ')' || ch === '!' || ch === '?')
    return true;
  if (ch === '.') {
    const before = text[i - 1] ?? '';
    const after = text[i + 1] ?? '';
    // ("Tỷ lệ lấp đầy KCN Hòa Bình (TP. Kon Tum) đạt khoảng 86%": nor does an abbreviation's.)
    return (
      !(/\d/.test(before) && /\d/.test(after)) &&
      (after === ' ' || after === '\n' || after === '') &&
      !(after === ' ' && isAbbreviation(text, i))
    );
  }
  return false;
}

/** The sentence around a span: bounded by sentence ends, line breaks and parentheses, not semicolons. */
export function sentenceAround(text: string, at: number, end: number): Span {
  return around(boundariesOf(text).sentence, text.length, at, end);
}

/** Every boundary of a text, in order: each statistic looks its clause up instead of walking it. */
interface Boundaries {
  text: string;
  clause: Int32Array;
  sentence: Int32Array;
}

let last: Boundaries | null = null;

function boundariesOf(text: string): Boundaries {
  if (last?.text === text) return last;
  const clause: number[] = [];
  const sentence: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!isBoundary(text, i)) continue;
    clause.push(i);
    if (text[i] !== ';') sentence.push(i);
  }
  last = { text, clause: Int32Array.from(clause), sentence: Int32Array.from(sentence) };
  return last;
}

/** From just after the last boundary before `at` to the first boundary at or after `end`. */
function around(boundaries: Int32Array, length: number, at: number, end: number): Span {
  const before = firstAtOrAfter(boundaries, at) - 1;
  const after = firstAtOrAfter(boundaries, end);
  return {
    start: before >= 0 ? (boundaries[before] as number) + 1 : 0,
    end: after < boundaries.length ? (boundaries[after] as number) : length,
  };
}

function firstAtOrAfter(sorted: Int32Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Where the paragraph holding `at` starts, of `paragraphs` (UTF-16 starts); 0 before the first. */
export function paragraphStartAt(paragraphs: readonly { readonly start: number }[], at: number): number {
  let found = 0;
  for (const p of paragraphs) if (p.start <= at && p.start > found) found = p.start;
  return found;
}

// A line that opens a list item: "- Tốc độ tăng trưởng GRDP: 10,5%.", "+ Thu ngân sách …", "• …".
const LIST_ITEM = /^[ \t]*(?:[-–+•*]|\d{1,2}[.)])[ \t]/u;

/**
 * The sentence of a list item, taken back to the heading the list hangs from: "Các chỉ tiêu chủ
 * yếu năm 2025:\n- Tốc độ tăng trưởng GRDP: 10,5%." reads its year and its aim from the heading.
 * Any other sentence is returned as it is.
 */
export function withListHeading(text: string, sentence: Span): Span {
  // The sentence opens a line (a few spaces at most before it): looking no further back keeps a
  // long paragraph of many sentences linear.
  let lineStart = sentence.start;
  while (lineStart > 0 && lineStart > sentence.start - 8 && /[ \t]/.test(text[lineStart - 1] ?? ''))
    lineStart--;
  // "1. Tốc độ tăng trưởng …": the number of an item ends a sentence of its own; the item is the line.
  const numbered = /(?:^|\n)[ \t]*\d{1,2}[.)]$/u.exec(text.slice(Math.max(0, lineStart - 6), lineStart));
  if (numbered) lineStart -= numbered[0].length - (numbered[0].startsWith('\n') ? 1 : 0);
  if (lineStart > 0 && text[lineStart - 1] !== '\n') return sentence;
  if (!LIST_ITEM.test(text.slice(lineStart, lineStart + 4))) return sentence;
  // Back over the items before this one, a line at a time: a bounded number of lines of bounded length.
  let start = lineStart;
  for (let lines = 0; lines < 24 && start > 0; lines++) {
    const floor = Math.max(0, start - 1 - MAX_LINE);
    let previous = start - 1;
    while (previous > floor && text[previous - 1] !== '\n') previous--;
    if (previous > 0 && text[previous - 1] !== '\n') return sentence;
    const line = text.slice(previous, start - 1);
    if (LIST_ITEM.test(line)) {
      start = previous;
      continue;
    }
    return /:\s*$/.test(line) ? { start: previous, end: sentence.end } : sentence;
  }
  return sentence;
}

/** The longest line a list's heading or item may be. */
const MAX_LINE = 400;

// "Kỳ họp thông qua Nghị quyết … năm 2021 với 18 chỉ tiêu. Theo đó, tốc độ tăng trưởng đạt 7%":
// a sentence opening on "Theo đó" spells out the one before it.
const ACCORDINGLY = /^Theo đó\s*,/u;

/** The sentence, with the one before it when it opens on "Theo đó" ("accordingly"). */
export function withAntecedent(text: string, sentence: Span): Span {
  let opens = sentence.start;
  while (opens < sentence.end && /\s/.test(text[opens] ?? '')) opens++;
  if (!ACCORDINGLY.test(text.slice(opens, opens + 10))) return sentence;
  let start = opens;
  while (start > 0 && /\s/.test(text[start - 1] ?? '')) start--;
  if (text[start - 1] !== '.') return sentence;
  const before = sentenceAround(text, start - 1, start - 1);
  return before.start < sentence.start && !text.slice(before.start, sentence.start).includes('\n')
    ? { start: before.start, end: sentence.end }
    : sentence;
}

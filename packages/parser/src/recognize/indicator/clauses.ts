import type { Span } from '../context.js';

/**
 * The clause around a position: bounded by sentence ends, semicolons, line
 * breaks and parentheses. Dots and commas between digits ("1.272", "7,92")
 * are not boundaries.
 */
export function clauseAround(text: string, at: number, end: number): Span {
  let start = at;
  while (start > 0 && !isBoundary(text, start - 1)) start--;
  let stop = end;
  while (stop < text.length && !isBoundary(text, stop)) stop++;
  return { start, end: stop };
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

const ASIDE = 24;

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
    return !(/\d/.test(before) && /\d/.test(after)) && (after === ' ' || after === '\n' || after === '');
  }
  return false;
}

/** The sentence around a span: bounded by sentence ends, line breaks and parentheses, not semicolons. */
export function sentenceAround(text: string, at: number, end: number): Span {
  let start = at;
  while (start > 0 && !isBoundary(text, start - 1, false)) start--;
  let stop = end;
  while (stop < text.length && !isBoundary(text, stop, false)) stop++;
  return { start, end: stop };
}

import { parseDigits } from '../number.js';
import { longestNumberWords } from '../number-words.js';
import { matchScale } from '../units.js';
import { isDigit, skipSpaces, wordAt } from './cursor.js';

/**
 * The numeric head of a quantity in the folded text: a numeral in digits or
 * words, an optional "/whole" for ratios ("11/13"), then scale words
 * ("2.345 triệu", "hai nghìn tỷ").
 */
export interface NumericHead {
  start: number;
  end: number;
  /** The numeral's value, before scale words. */
  value: number;
  /** Product of the scale words after it; 1 when there are none. */
  scale: number;
  /** End of the numeral itself, before any "/whole" or scale word. */
  numeralEnd: number;
  /** The whole of "11/13"; null otherwise. */
  whole: number | null;
  /** Written in words ("hai mươi") rather than digits. */
  words: boolean;
  /** The folded words of a numeral in words ("năm"), for context checks. */
  text: string;
}

const DIGIT_RUN = /\d+(?:[.,]\d+)*/y;

function digitsAt(folded: string, at: number): { end: number; value: number; text: string } | null {
  DIGIT_RUN.lastIndex = at;
  const m = DIGIT_RUN.exec(folded);
  if (!m) return null;
  const value = parseDigits(m[0]);
  return value === null ? null : { end: at + m[0].length, value, text: m[0] };
}

function wordsNumeralAt(folded: string, at: number): { end: number; value: number; text: string } | null {
  const words: string[] = [];
  const ends: number[] = [];
  let cursor = at;
  for (let k = 0; k < 6; k++) {
    const w = wordAt(folded, cursor);
    if (!w) break;
    words.push(folded.slice(w[0], w[1]));
    ends.push(w[1]);
    if (folded[w[1]] !== ' ') break;
    cursor = w[1] + 1;
  }
  const found = longestNumberWords(words);
  if (!found) return null;
  const end = ends[found[1] - 1] ?? at;
  return { end, value: found[0], text: folded.slice(at, end) };
}

/** The numeric head at `at` (a digit or the first letter of a number word), or null. */
export function numericHeadAt(folded: string, at: number): NumericHead | null {
  const words = !isDigit(folded[at]);
  const numeral = words ? wordsNumeralAt(folded, at) : digitsAt(folded, at);
  if (!numeral) return null;
  let end = numeral.end;
  let whole: number | null = null;
  // "11/13 huyện": part and whole; "1/2/2024" is a date and never gets here.
  if (!words && folded[end] === '/' && isDigit(folded[end + 1])) {
    const w = digitsAt(folded, end + 1);
    if (!w || folded[w.end] === '/') return null;
    whole = w.value;
    end = w.end;
  }
  let scale = 1;
  for (let k = 0; k < 3 && whole === null; k++) {
    const found = matchScale(folded, skipSpaces(folded, end));
    if (!found) break;
    scale *= found[0];
    end = found[1];
  }
  return {
    start: at,
    end,
    value: numeral.value,
    scale,
    numeralEnd: numeral.end,
    whole,
    words,
    text: numeral.text,
  };
}

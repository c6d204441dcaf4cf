import { foldKey } from '../../text/fold.js';
import { parseDigits } from '../number.js';
import { longestNumberWords } from '../number-words.js';
import { matchScale } from '../units.js';
import { isDigit, skipSpaces, wordAt } from './cursor.js';

const HALF_MORE = foldKey('rưỡi');
const ZERO_HUNDRED = `${foldKey('không')} ${foldKey('trăm')} `;
const ODD = new Set([foldKey('linh'), foldKey('lẻ')]);

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
  /**
   * What the words after the scale add, already scaled: 200 in "một nghìn hai trăm", 500 in
   * "hai nghìn rưỡi", 300,000 in "3 triệu 300 nghìn"; 0 when there are none.
   */
  extra: number;
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
  let extra = 0;
  if (scale > 1) {
    const more = belowScale(folded, end, scale, words);
    if (more) {
      extra = more.value;
      end = more.end;
    }
  }
  return {
    start: at,
    end,
    value: numeral.value,
    scale,
    extra,
    numeralEnd: numeral.end,
    whole,
    words,
    text: numeral.text,
  };
}

/**
 * The smaller part a number goes on with after a scale word, as spoken: "một nghìn hai trăm"
 * (1,200), "hai triệu ba trăm nghìn" (2,300,000), "hai nghìn không trăm hai mươi" (2,020), "một
 * nghìn lẻ năm" (1,005), "hai nghìn rưỡi" (2,500), "3 triệu 500 nghìn". A part must be below
 * the scale, and one without a scale word of its own must be spelled out to tens at least:
 * "một nghìn năm" is a thousand years.
 */
function belowScale(
  folded: string,
  at: number,
  scale: number,
  words: boolean,
): { value: number; end: number } | null {
  if (folded[at] !== ' ') return null;
  const from = skipSpaces(folded, at);
  const word = wordAt(folded, from);
  if (word && folded.slice(word[0], word[1]) === HALF_MORE) return { value: scale / 2, end: word[1] };
  if (words && word && ODD.has(folded.slice(word[0], word[1])) && folded[word[1]] === ' ') {
    const unit = wordsNumeralAt(folded, word[1] + 1);
    if (unit && unit.value >= 1 && unit.value < 10 && Number.isInteger(unit.value))
      return { value: unit.value, end: unit.end };
  }
  let zeroHundred = false;
  let groupAt = from;
  if (words && folded.startsWith(ZERO_HUNDRED, from)) {
    zeroHundred = true;
    groupAt = from + ZERO_HUNDRED.length;
  }
  const group = words
    ? wordsNumeralAt(folded, groupAt)
    : isDigit(folded[groupAt])
      ? digitsAt(folded, groupAt)
      : null;
  if (!group || !Number.isInteger(group.value) || group.value < 1) return null;
  if (zeroHundred && group.value >= 100) return null;
  const next = matchScale(folded, skipSpaces(folded, group.end));
  if (next && next[0] < scale && !zeroHundred) {
    const value = group.value * next[0];
    if (value >= scale) return null;
    const rest = belowScale(folded, next[1], next[0], words);
    return rest ? { value: value + rest.value, end: rest.end } : { value, end: next[1] };
  }
  // Digits go on only with a scale word of their own: "2 triệu, 500 hộ" is two numbers.
  if (!words || next || group.value >= scale || (group.value < 10 && !zeroHundred)) return null;
  return { value: group.value, end: group.end };
}

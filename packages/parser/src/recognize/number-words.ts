import { foldKey } from '../text/fold.js';

/**
 * Numbers written in words: "hai", "mười lăm", "ba mươi", "hai mươi mốt",
 * "một trăm linh năm", "chín trăm chín mươi chín", "một nửa". Scale words
 * (nghìn, triệu, tỷ) are not read here: they follow any number, in words or
 * digits, and the quantity recognizer applies them.
 */

const DIGIT_WORDS_AS_WRITTEN: Record<string, number> = {
  không: 0,
  một: 1,
  hai: 2,
  ba: 3,
  bốn: 4,
  năm: 5,
  sáu: 6,
  bảy: 7,
  bẩy: 7,
  tám: 8,
  chín: 9,
};

// Keys folded like the text they are looked up in (tone placement, case).
const DIGIT_WORDS: Record<string, number> = Object.fromEntries(
  Object.entries(DIGIT_WORDS_AS_WRITTEN).map(([w, v]) => [foldKey(w), v]),
);
const F = {
  muoi: foldKey('mười'),
  tens: foldKey('mươi'),
  mot: foldKey('mốt'),
  lam: foldKey('lăm'),
  nham: foldKey('nhăm'),
  tu: foldKey('tư'),
  tram: foldKey('trăm'),
  linh: foldKey('linh'),
  le: foldKey('lẻ'),
  nua: foldKey('nửa'),
  one: foldKey('một'),
  five: foldKey('năm'),
  part: foldKey('phần'),
  nghin: foldKey('nghìn'),
  ngan: foldKey('ngàn'),
};

const ZERO = foldKey('không');

/** Words that may appear in a number in words (folded forms). */
export const NUMBER_WORDS: ReadonlySet<string> = new Set([
  ...Object.keys(DIGIT_WORDS),
  F.muoi,
  F.tens,
  F.mot,
  F.lam,
  F.nham,
  F.tu,
  F.tram,
  F.linh,
  F.le,
  F.nua,
]);

/** Reads units and tens: "chín", "mười", "mười lăm", "hai mươi", "ba mươi mốt", "bốn mươi tư". */
function belowHundred(words: readonly string[]): number | null {
  const [a, b, c] = words;
  if (a === undefined) return null;
  if (a === F.muoi) {
    if (b === undefined) return 10;
    if (c !== undefined) return null;
    if (b === F.lam || b === F.nham) return 15;
    // "mười năm" is ten years: after "mười" five is spelled "lăm".
    const unit = DIGIT_WORDS[b];
    return unit !== undefined && unit > 0 && b !== F.five ? 10 + unit : null;
  }
  const tens = DIGIT_WORDS[a];
  if (tens === undefined) return null;
  if (b === undefined) return tens;
  if (b !== F.tens || tens < 2) return null;
  if (c === undefined) return tens * 10;
  if (c === F.mot) return tens * 10 + 1;
  if (c === F.lam || c === F.nham) return tens * 10 + 5;
  if (c === F.tu) return tens * 10 + 4;
  const unit = DIGIT_WORDS[c];
  return unit !== undefined && unit > 1 && c !== F.five ? tens * 10 + unit : null;
}

/**
 * The value of a whole sequence of folded number words, or null when the
 * words do not make a number ("mười năm" is not 15: the five after "mười" is
 * "lăm"; "năm" there means years).
 */
export function parseNumberWords(words: readonly string[]): number | null {
  if (words.length === 0) return null;
  if (words.length === 2 && words[0] === F.one && words[1] === F.nua) return 0.5;
  if (words.length === 1 && words[0] === F.nua) return 0.5;
  const hundred = words.indexOf(F.tram);
  if (hundred < 0) return belowHundred(words);
  if (hundred !== 1) return null;
  const h = DIGIT_WORDS[words[0] ?? ''];
  if (h === undefined || h === 0) return null;
  const rest = words.slice(2);
  if (rest.length === 0) return h * 100;
  // "một trăm linh năm" / "lẻ năm": 105
  if (rest[0] === F.linh || rest[0] === F.le) {
    const unit = DIGIT_WORDS[rest[1] ?? ''];
    return rest.length === 2 && unit !== undefined && unit > 0 ? h * 100 + unit : null;
  }
  const tail = belowHundred(rest);
  return tail !== null && tail >= 10 ? h * 100 + tail : null;
}

/**
 * The longest prefix of `words` that reads as a number, as [value, words used].
 * "hai mươi mốt dự án" gives [21, 3]; "năm 2023" gives [5, 1] and the caller
 * decides from context that "năm" meant a year.
 */
export function longestNumberWords(words: readonly string[]): [number, number] | null {
  // "không" opens no number: it is "not" ("không gian", "không có").
  if (words[0] === ZERO) return null;
  let n = 0;
  while (n < words.length && n < 6 && NUMBER_WORDS.has(words[n] ?? '')) n++;
  for (let k = n; k > 0; k--) {
    const value = parseNumberWords(words.slice(0, k));
    if (value !== null) return fractionAfter(words, value, k) ?? [value, k];
  }
  return null;
}

/**
 * "hai phần ba" (two thirds), "một phần tư", "ba phần năm": a numerator, "phần", a denominator
 * of one to three words, as the fraction rounded to four places. Not "năm phần trăm", which is
 * five per cent (the unit lexicon reads "phần trăm"), nor "phần nghìn".
 */
function fractionAfter(words: readonly string[], numerator: number, k: number): [number, number] | null {
  if (words[k] !== F.part || !Number.isInteger(numerator) || numerator < 1) return null;
  const rest = words.slice(k + 1, k + 4);
  if (rest[0] === F.tram || rest[0] === F.nghin || rest[0] === F.ngan) return null;
  if (rest[0] === F.tu) return numerator < 4 ? [Math.round((numerator / 4) * 1e4) / 1e4, k + 2] : null;
  let m = 0;
  while (m < rest.length && NUMBER_WORDS.has(rest[m] ?? '')) m++;
  for (let d = m; d > 0; d--) {
    const denominator = parseNumberWords(rest.slice(0, d));
    if (
      denominator !== null &&
      Number.isInteger(denominator) &&
      denominator > numerator &&
      denominator <= 100
    )
      return [Math.round((numerator / denominator) * 1e4) / 1e4, k + 1 + d];
  }
  return null;
}

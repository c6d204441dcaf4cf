import { foldKey } from '../../text/fold.js';

/** A letter, mark or digit: what a word boundary must not touch. */
export const WORD_CHAR = '[\\p{L}\\p{M}\\p{N}]';
/**
 * Not inside a word or number, and not the tail of "942/" or "06-" (document numbers) nor of
 * "11041-2:" (a standard's year, "TCVN 11041-2:2017").
 */
export const BEFORE = `(?<!${WORD_CHAR}|${WORD_CHAR}[/.,:\\-])`;
/** Not followed by more of the same word or number. */
export const AFTER = `(?!${WORD_CHAR})`;
/**
 * A number carried on past a time ("tháng 3 - 5", "quý I/2024/…", "tháng 3.2024"): a slash or dash
 * may stand between spaces, a dot may not, since a dot and a space end the sentence ("… trong
 * quý II/2024. 5 tháng đầu năm, …"). A decimal comma goes on too: "kỳ hạn 12 tháng 4,6 - 5,5%/năm"
 * counts months, then a rate.
 */
export const NUMBER_GOES_ON = '[/\\-] *\\d|[.,]\\d';
/**
 * "đầu" as the edge of a calendar unit, not the second syllable of a word ("mở đầu năm đầu tiên"
 * opens, "bắt đầu năm 2024" begins, "dẫn đầu", "đứng đầu", "hàng đầu", "ban đầu"): the
 * year after such a word is whole.
 */
export const START_EDGE = '(?<!(?:mở|bắt|dẫn|đứng|hàng|ban) +)đầu';
/** A four-digit year the text can plausibly mean, 1800-2199. */
export const YEAR = '(?:1[89]\\d\\d|2[01]\\d\\d)';

const DAY_BEFORE_MONTH = /(?<![\d.,])\d{1,2} +$/u;

/**
 * "Quảng trường 2 Tháng 4", "Trường THPT 19 Tháng 5": a day's number, then the month word
 * capitalized inside a sentence, is a name that honours the day; `monthAt` is where the word stands.
 */
export function honoursDay(text: string, monthAt: number): boolean {
  return (
    text.startsWith('Tháng', monthAt) && DAY_BEFORE_MONTH.test(text.slice(Math.max(0, monthAt - 4), monthAt))
  );
}

export { vietnameseRegex } from '../../text/vietnamese-regex.js';

const escapeRegex = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A regex alternation of words, folded the way ctx.folded is (so "giai đoạn"
 * matches its folded form "giai đọan"), longest first, any run of spaces
 * between words, as one group.
 */
export function anyOf(words: readonly string[]): string {
  const keys = [...new Set(words.map(foldKey))].sort((a, b) => b.length - a.length);
  return `(?:${keys.map((k) => escapeRegex(k).replace(/ /g, ' +')).join('|')})`;
}

/** Folded form of one word, for comparing a captured group. */
export const folded = (word: string): string => foldKey(word);

/** Parts of the day a time span keeps: "Sáng 11/11", "rạng sáng 6-2". */
export const PARTS_OF_DAY = [
  'rạng sáng',
  'sáng sớm',
  'sáng',
  'trưa',
  'chiều tối',
  'chiều',
  'tối',
  'đêm',
  'khuya',
];

/** Years named by their distance from the article year: "năm nay", "năm ngoái". */
export const YEAR_DEICTICS: ReadonlyMap<string, number> = new Map([
  [folded('nay'), 0],
  [folded('trước'), -1],
  [folded('ngoái'), -1],
  [folded('rồi'), -1],
  [folded('sau'), 1],
  [folded('tới'), 1],
]);

/** Quarter numbers as written: Roman ("quý III") or Arabic ("quý 2"). */
export const QUARTER = 'iv|i{1,3}|[1-4]';
export function quarterNumber(written: string): number {
  const roman: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };
  return roman[written] ?? Number(written);
}

/** Small counts written as words: "hai năm", "mười tháng". ("năm" is left out: "năm tháng" means "time".) */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  [folded('một'), 1],
  [folded('hai'), 2],
  [folded('ba'), 3],
  [folded('bốn'), 4],
  [folded('sáu'), 6],
  [folded('bảy'), 7],
  [folded('tám'), 8],
  [folded('chín'), 9],
  [folded('mười'), 10],
  [folded('nửa'), 0.5],
  ...compoundNumberWords(),
]);

/**
 * "mười lăm", "hai mươi", "ba mươi mốt", "ba chục": the counts from 11 to 99 in words ("lăm" for five after
 * a ten, as "năm" there would be the year).
 */
function compoundNumberWords(): [string, number][] {
  const digits: [string, number][] = [
    ['một', 1],
    ['hai', 2],
    ['ba', 3],
    ['bốn', 4],
    ['tư', 4],
    ['lăm', 5],
    ['sáu', 6],
    ['bảy', 7],
    ['tám', 8],
    ['chín', 9],
  ];
  const out: [string, number][] = [];
  for (const [unit, n] of digits) if (unit !== 'tư') out.push([folded(`mười ${unit}`), 10 + n]);
  // ("năm mươi ngày", "năm chục năm": five tens, whatever "năm" alone may be.)
  const tens: [string, number][] = [...digits, ['năm', 5]];
  for (const [ten, t] of tens) {
    if (t < 2 || ten === 'tư' || ten === 'lăm') continue;
    out.push([folded(`${ten} mươi`), 10 * t]);
    // "ba chục năm": tens counted in "chục" (a ten), as the spoken language does.
    out.push([folded(`${ten} chục`), 10 * t]);
    for (const [unit, n] of digits)
      out.push([folded(`${ten} mươi ${unit === 'một' ? 'mốt' : unit}`), 10 * t + n]);
  }
  return out;
}

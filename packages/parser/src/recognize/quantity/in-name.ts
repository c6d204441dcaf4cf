import { foldKey } from '../../text/fold.js';
import { wordBefore } from './cursor.js';

// Numbers that belong to a proper name, not to a measure: "nhà máy Vĩnh Hòa 2",
// "cầu Mỹ Lợi 3", "Đề án phát triển 1 triệu ha lúa" (a capitalized title).

const folded = (words: readonly string[]): ReadonlySet<string> => new Set(words.map(foldKey));

/** Capitalized words that open the title of a plan or programme when written mid-sentence. */
const TITLE_WORDS = folded([
  'chiến lược',
  'chương trình',
  'cuộc vận động',
  'dự án',
  'kế hoạch',
  'phong trào',
  'quy hoạch',
  'đề án',
  'đề tài',
]);

/**
 * Words that end a title and open what is said about it: "Dự án với tổng vốn 500 tỷ đồng",
 * "Chương trình đã hỗ trợ 200 hộ", "Đề án có quy mô 1.000 ha".
 */
const TITLE_ENDS = folded([
  'bằng',
  'bố trí',
  'chiếm',
  'có',
  'công suất',
  'của',
  'diện tích',
  'dài',
  'gần',
  'giá trị',
  'giải ngân',
  'giảm',
  'gồm',
  'hơn',
  'hỗ trợ',
  'khoảng',
  'kinh phí',
  'là',
  'mức',
  'quy mô',
  'rộng',
  'sẽ',
  'thu hút',
  'trên',
  'trị giá',
  'tăng',
  'tại',
  'tổng',
  'vốn',
  'với',
  'đang',
  'đã',
  'đạt',
  'được',
]);

/** Heads of bodies named for a field: "Sở Kế hoạch và Đầu tư", "Phòng Kế hoạch - Tài chính". */
const BODY_HEADS = folded(['sở', 'phòng', 'bộ', 'ban', 'vụ', 'cục', 'viện']);

const isUpper = (ch: string | undefined): boolean => ch !== undefined && /\p{Lu}/u.test(ch);

/** True when the word at [start, end) opens its sentence: nothing but punctuation or a paragraph start before it. */
function opensSentence(text: string, start: number, paragraphStart: number): boolean {
  const before = text.slice(paragraphStart, start).trimEnd();
  return before === '' || /[.!?:;“"(\-–—…]$/u.test(before);
}

/**
 * "cầu Mỹ Lợi 3 khởi công", "nhà máy Sông Lam 2 đưa vào vận hành": a plain number right
 * after a capitalized word that does not open the sentence is the end of a name.
 * A sentence-initial word ("Có 5 giải pháp") does not make a name.
 */
export function afterProperName(text: string, at: number, paragraphStart: number): boolean {
  const word = wordBefore(text, at);
  if (!word || !isUpper(text[word[0]])) return false;
  return !opensSentence(text, word[0], paragraphStart);
}

/**
 * "thí điểm Đề án phát triển bền vững 1 triệu ha lúa chất lượng cao": a number inside the
 * title of a plan, written with a capital mid-sentence, at most 8 words after the title word,
 * with no punctuation and no word that opens a statement about the plan in between.
 */
export function insideTitle(text: string, folded: string, at: number, paragraphStart: number): boolean {
  let cursor = at;
  const words: string[] = [];
  for (let k = 0; k < 10; k++) {
    const w = wordBefore(folded, cursor);
    if (!w) return false;
    words.unshift(folded.slice(w[0], w[1]));
    cursor = w[0];
    const phrases = [1, 2, 3].map((n) => words.slice(0, n).join(' '));
    if (TITLE_ENDS.has(phrases[0] ?? '') || TITLE_ENDS.has(phrases[1] ?? '')) return false;
    const title = phrases.findIndex((p, i) => i < words.length && TITLE_WORDS.has(p));
    if (title >= 0) {
      // ("Sở Kế hoạch và Đầu tư cấp mới 19 dự án": the field a body is named for is no plan's title.)
      const head = wordBefore(folded, w[0]);
      if (head && BODY_HEADS.has(folded.slice(head[0], head[1]))) return false;
      return isUpper(text[w[0]]) && !opensSentence(text, w[0], paragraphStart);
    }
  }
  return false;
}

import { SENTENCE_WORDS } from '../../lexicon/sentence-words.js';
import { foldKey } from '../../text/fold.js';
import { typeWordAt } from '../location/admin-place.js';
import type { Word } from '../tokens/tokenize.js';
import { closingSyllableAt, levelAfter, properNameAfter } from './complement.js';
import { headAt } from './head.js';

// Heads whose name is a field of work: "Hiệp hội Du lịch", "Trung tâm Y tế", "Viện Nông nghiệp",
// "Ban Quản lý dự án Giao thông".
const PURPOSE_HEADS = new Set(
  ['ban quản lý dự án', 'bqlda', 'ban qlda', 'ban chỉ đạo', 'bcđ', 'văn phòng điều phối', 'hội đồng'].map(
    foldKey,
  ),
);

const FIELD_HEADS = new Set(
  ['hiệp hội', 'hội', 'trung tâm', 'viện', 'quỹ', 'ban quản lý dự án', 'bqlda', 'ban qlda'].map(foldKey),
);

// Lower-case words that never close a field word: function words and verbs of the sentence.
const NOT_SYLLABLE = new Set([...SENTENCE_WORDS, 'và', 'trong', 'các', 'những'].map(foldKey));

/** True when `headKey` (folded, words joined by spaces) names a body by its field. */
export const isFieldHead = (headKey: string): boolean => FIELD_HEADS.has(headKey);

/**
 * Vietnamese capitalizes only the first syllable of each word of a name: "Hiệp hội Du lịch",
 * "Trung tâm Y tế". A capitalized run that ends at `to` takes the lower-case syllable after
 * its last capital when a level word, a function word or the end of the clause follows it
 * ("Hiệp hội Du lịch thành phố", "Trung tâm Y tế huyện Đồng Phú", "Hiệp hội Doanh nghiệp cho
 * biết"), then the level
 * and place. A syllable followed by more lower-case words is the sentence going on
 * ("Trung tâm Y tế tiêm vắc xin"): the name ends before it.
 */
export function fieldNameEnd(words: readonly Word[], nameEnd: number): number {
  const to = fieldListAfter(words, nameEnd) ?? nameEnd;
  const level = levelAfterLowerWords(words, to);
  if (level !== null) return levelAfter(words, level).to;
  const end = closingSyllableAt(words, to) ? to + 1 : to;
  return typeWordAt(words, end) ? levelAfter(words, end).to : end;
}

/** Lower-case words a field name may hold before its level: "Quỹ Đầu tư phát triển tỉnh". */
const MAX_LOWER_WORDS = 5;

/**
 * Where a level word opens after a few lower-case words of the name, or null: "Quỹ Hỗ trợ nông
 * dân tỉnh", "Trung tâm Xúc tiến đầu tư tỉnh" capitalize only the first word, and the level word
 * is what shows the name ran up to it. A function word, punctuation or a capital on the way
 * means the sentence went on.
 */
function levelAfterLowerWords(words: readonly Word[], to: number): number | null {
  if (!words[to - 1]?.upper) return null;
  for (let k = to; k < to + MAX_LOWER_WORDS; k++) {
    const word = words[k];
    if (word?.gap !== ' ' || word.upper || /\d/.test(word.text)) return null;
    if (k > to && typeWordAt(words, k) !== null) return k;
    if (NOT_SYLLABLE.has(word.key)) return null;
  }
  return null;
}

/** Lower-case syllables that may finish the field before a comma: "Xúc tiến đầu tư,". */
const MAX_LIST_SYLLABLES = 3;

/**
 * Where a list of fields closes a name, or null: "Trung tâm Xúc tiến đầu tư, Thương mại và Du
 * lịch", "Viện Khoa học, Công nghệ và Môi trường". Each item after a comma is capitalized and no
 * body's head, and "và" brings the last one; a list of bodies ("Trung tâm Y tế, Hội Chữ thập
 * đỏ và ...") or a clause ("Trung tâm Y tế, nơi ...") is none.
 */
function fieldListAfter(words: readonly Word[], to: number): number | null {
  let k = to;
  while (k < to + MAX_LIST_SYLLABLES && isSyllable(words, k)) k++;
  while (isListItem(words, k, ', ')) {
    k++;
    while (words[k]?.gap === ' ' && (words[k]!.upper || isSyllable(words, k)) && words[k]!.key !== 'và') k++;
    if (words[k]?.key === 'và' && words[k]!.gap === ' ' && isListItem(words, k + 1, ' '))
      return properNameAfter(words, k + 1, false).to;
  }
  return null;
}

function isSyllable(words: readonly Word[], at: number): boolean {
  const word = words[at];
  return (
    word?.gap === ' ' &&
    !word.upper &&
    !/\d/.test(word.text) &&
    !NOT_SYLLABLE.has(word.key) &&
    typeWordAt(words, at) === null
  );
}

function isListItem(words: readonly Word[], at: number, gap: string): boolean {
  const word = words[at];
  return word?.gap === gap && word.upper && !word.caps && !opensBody(words, at);
}

const ASSOCIATION = foldKey('hội');

/** A body's head at words[at]; a bare "Hội" only before a capital ("Hội chợ" is a field, a fair). */
function opensBody(words: readonly Word[], at: number): boolean {
  const head = headAt(words, at);
  if (head === null) return false;
  return !(head.to === at + 1 && words[at]?.key === ASSOCIATION && !words[at + 1]?.upper);
}

/** True when `headKey` names a body by what it was set up to do: "Ban Chỉ đạo", "Ban Quản lý dự án". */
export const isPurposeHead = (headKey: string): boolean => PURPOSE_HEADS.has(headKey);

/** Words a purpose may hold before its level: "đầu tư xây dựng các công trình giao thông và nông nghiệp". */
const MAX_PURPOSE_WORDS = 16;

// Verbs of a meeting that say the sentence went on: "Ban Chỉ đạo yêu cầu huyện ...".
const MEETING_VERBS = new Set(
  [
    'yêu cầu',
    'đề nghị',
    'chỉ đạo',
    'họp',
    'báo cáo',
    'làm việc',
    'phối hợp',
    'cho biết',
    'nhấn mạnh',
    'đánh giá',
    'khai mạc',
    'bế mạc',
  ].map(foldKey),
);

const CENTRE = ['trung', 'ương'].map(foldKey) as [string, string];

/**
 * Where a lower-case purpose closed by a level ends, or null: "Ban Chỉ đạo khắc phục hậu quả
 * bão số 3 tỉnh Yên Bái", "Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh Hà
 * Giang". The purpose may hold "và", "các", a "số N" and what it serves ("thực hiện Chương
 * trình mục tiêu quốc gia"), never a word of the sentence, a meeting's verb, another body or
 * punctuation; a level after "các" is the plural ("yêu cầu
 * các huyện") and closes nothing. `openCapital`: the purpose may open with a programme's
 * capitalized name ("Văn phòng Điều phối Chương trình mục tiêu quốc gia … tỉnh Quảng Nam");
 * `opensWithVerb`: it may open with what a council does ("Hội đồng đánh giá …").
 */
export function purposeNameEnd(
  words: readonly Word[],
  at: number,
  openCapital = false,
  opensWithVerb = false,
): number | null {
  for (let k = at; k < at + MAX_PURPOSE_WORDS; k++) {
    const word = words[k];
    // "phòng, chống" (prevent and fight), "đánh giá, phân hạng": verbs listed in the purpose, the
    // comma inside the name (which still has to close with its level).
    const joined =
      k > at &&
      word?.gap === ', ' &&
      !word.upper &&
      // ("Ban Chỉ huy Phòng, chống thiên tai, tìm kiếm cứu nạn … tỉnh": the purpose's own capital.)
      (!words[k - 1]!.upper || (openCapital && k - 1 === at)) &&
      !NOT_SYLLABLE.has(word.key) &&
      typeWordAt(words, k) === null;
    if (
      !word ||
      (word.gap !== ' ' && !joined) ||
      (word.upper &&
        ((k === at && !openCapital) || (headAt(words, k) !== null && !preventAndFight(words, k))))
    )
      return null;
    const pair = `${word.key} ${words[k + 1]?.key ?? ''}`;
    // ("Hội đồng đánh giá, phân hạng sản phẩm OCOP tỉnh": a council is named by what it does.)
    if (!(opensWithVerb && k === at) && (MEETING_VERBS.has(word.key) || MEETING_VERBS.has(pair))) return null;
    if (k > at && typeWordAt(words, k) !== null && words[k - 1]?.key !== 'các')
      return levelAfter(words, k).to;
    // "Văn phòng Điều phối nông thôn mới Trung ương": or by the centre, the level above them all.
    if (k > at && word.key === CENTRE[0] && words[k + 1]?.key === CENTRE[1] && words[k + 1]?.gap === ' ')
      return k + 2;
    // "Ban Quản lý dự án điện 1 Nguyễn Văn A": a number closes the purpose, before a capital or
    // the end of the clause.
    if (k > at && /^\d{1,2}$/.test(word.text) && words[k - 1]?.key !== 'số') {
      const next = words[k + 1];
      const ends =
        next === undefined ||
        next.gap.trim() !== '' ||
        (next.upper && !next.caps) ||
        SENTENCE_WORDS_FOLDED.has(next.key) ||
        MEETING_VERBS.has(`${next.key} ${words[k + 2]?.key ?? ''}`);
      return ends ? k + 1 : null;
    }
    if (/\d/.test(word.text) && words[k - 1]?.key !== 'số') return null;
    if (SENTENCE_WORDS_FOLDED.has(word.key) && !closesCompound(words, k)) return null;
  }
  return null;
}

/** "Phòng, chống" (prevent and fight): a purpose's verbs, not the head "Phòng" of a department. */
function preventAndFight(words: readonly Word[], k: number): boolean {
  return words[k]?.key === PREVENT && words[k + 1]?.key === FIGHT && words[k + 1]?.gap === ', ';
}
const PREVENT = foldKey('phòng');
const FIGHT = foldKey('chống');

// "nông thôn mới": "mới" (new; also "only just" in a sentence) closing a fixed compound.
const COMPOUND_ENDS = new Map([[foldKey('mới'), foldKey('thôn')]]);

function closesCompound(words: readonly Word[], k: number): boolean {
  const before = COMPOUND_ENDS.get(words[k]?.key ?? '');
  return before !== undefined && words[k - 1]?.key === before;
}

const SENTENCE_WORDS_FOLDED = new Set(SENTENCE_WORDS.map(foldKey));

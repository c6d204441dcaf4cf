import { SENTENCE_WORDS } from '../../lexicon/sentence-words.js';
import { foldKey } from '../../text/fold.js';
import { typeWordAt } from '../location/admin-place.js';
import type { Word } from '../tokens/tokenize.js';
import { closingSyllableAt, levelAfter } from './complement.js';

// Heads whose name is a field of work: "Hiệp hội Du lịch", "Trung tâm Y tế", "Viện Nông nghiệp",
// "Ban Quản lý dự án Giao thông".
const FIELD_HEADS = new Set(
  ['hiệp hội', 'trung tâm', 'viện', 'quỹ', 'ban quản lý dự án', 'bqlda'].map(foldKey),
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
export function fieldNameEnd(words: readonly Word[], to: number): number {
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

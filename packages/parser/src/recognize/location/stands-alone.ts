import { isSentenceGap, type Word } from '../tokens/tokenize.js';
import { surnameAt } from './admin-place.js';

// Words before a given name used as a form of address: "ông Đức", "chị Nga".
const ADDRESS_WORDS = new Set(['ông', 'bà', 'anh', 'chị', 'em', 'cô', 'chú', 'bác', 'cháu', 'cụ', 'chí']);

// Nouns whose capitalized name runs on: "lăng Tự Đức", "chùa Thiên Mụ", "cầu Mỹ Thuận".
const NAMED_STRUCTURES = new Set([
  'lăng',
  'đền',
  'chùa',
  'đình',
  'miếu',
  'tháp',
  'điện',
  'chợ',
  'cầu',
  'phố',
  'đường',
  'bến',
  'đèo',
  'núi',
  'sông',
  'hồ',
  'vua',
  'tượng',
]);

const inRun = (word: Word | undefined): word is Word => !!word && word.upper && !word.caps;

/**
 * Whether capitalized words[from, to) stand as a name of their own, not as
 * part of a person's name: "Bình Phước" is a place in "Tỉnh ủy Bình Phước" and
 * in "Bình Phước Nguyễn Văn A", not in "Nguyễn Thái Bình" nor "Điện Biên Phủ".
 */
export function standsAlone(words: readonly Word[], from: number, to: number): boolean {
  // Inside a run that opens with a surname: "Nguyễn Thái Bình".
  let start = from;
  while (start > 0 && words[start]?.gap === ' ' && inRun(words[start - 1])) start--;
  // "Ông Nguyễn Thái Bình": any surname in the run before the name.
  for (let k = start; k < from; k++) if (surnameAt(words, k) > 0) return false;
  // "lăng Tự Đức": the name of a tomb, not the country.
  const opener = words[start - 1];
  if (
    start < from &&
    opener &&
    !opener.upper &&
    words[start]?.gap === ' ' &&
    NAMED_STRUCTURES.has(opener.key)
  )
    return false;
  const before = words[from - 1];
  if (before && words[from]?.gap === ' ' && (before.key === 'y' || ADDRESS_WORDS.has(before.key)))
    return false;
  // Followed by more capitalized words that open no new name: "Điện Biên Phủ", "Mỹ Tho".
  // ("Bình Phước Nguyễn Văn A": a surname that a given name follows opens a new one; "hàu Thái
  // Bình Dương", the Pacific, has a surname with none after it.)
  const next = words[to];
  if (inRun(next) && next.gap === ' ' && !personOpensAt(words, to)) return false;
  return true;
}

/** The word opens a sentence: the paragraph's first word, or one after ". ", ": ", "; "... */
export const opensSentence = (words: readonly Word[], at: number): boolean =>
  at === 0 || isSentenceGap(words[at]?.gap ?? '');

/** A surname at words[at] with a capitalized word after it: a person's name may open there. */
function personOpensAt(words: readonly Word[], at: number): boolean {
  const length = surnameAt(words, at);
  const given = words[at + length];
  return length > 0 && inRun(given) && given.gap === ' ';
}

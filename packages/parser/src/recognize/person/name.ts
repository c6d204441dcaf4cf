import { ADMIN_NAMES, isProvinceLevel } from '../../lexicon/admin-units.js';
import { ORGANIZATION_HEADS } from '../../lexicon/organization-heads.js';
import { NAMED_PLACES } from '../../lexicon/places.js';
import { GIVEN_NAME_PREFIXES } from '../../lexicon/surnames.js';
import { foldKey } from '../../text/fold.js';
import { isNameWord, surnameAt } from '../location/admin-place.js';
import type { Word } from '../tokens/tokenize.js';
import { isDegree, openerAt } from './titles.js';

/** A full name: words[from, to). */
export interface NameMatch {
  from: number;
  to: number;
}

// A syllable of a given name: capitalized, no digits, no abbreviation.
const isSyllable = (word: Word | undefined): word is Word =>
  !!word && word.upper && !word.caps && !/\d/.test(word.text) && word.gap === ' ';

/** How many name syllables follow words[at - 1], at most `max`. */
function syllablesFrom(words: readonly Word[], at: number, max: number): number {
  let n = 0;
  while (n < max && isSyllable(words[at + n])) n++;
  return n;
}

// The middle names that mark a man's ("Văn") and a woman's ("Thị") full name.
const MIDDLE_NAMES = new Set(['văn', 'thị']);

// "H'Hen Niê", "K'Mai": a letter glued by an apostrophe to a capitalized syllable.
const APOSTROPHE_NAME = /^(?:H|K|Y|M|R|N|B|Đ|Ch)['’ʼ]\p{Lu}/u;
// Peoples whose names are written like a name with an apostrophe.
const ETHNONYMS = new Set(["h'mông", "m'nông", "h'rê", "k'ho", "h'roi", "x'tiêng"].map(foldKey));

/** Whether words[from, to) are exactly the name of a province, district or country. */
function isPlaceName(words: readonly Word[], from: number, to: number): boolean {
  const admin = ADMIN_NAMES.longestAt(words, from, (m) => m.length === to - from);
  if (admin?.values.some((u) => u.type !== 'commune')) return true;
  return NAMED_PLACES.longestAt(words, from, (m) => m.length === to - from) !== null;
}

/**
 * words[at] opens a run of capitals, or follows a place's name that ends the run before it
 * ("Chủ tịch UBND xã A Vao Căn Văn Lồng"); not a word inside a body's name ("Bộ Công Thương
 * Văn Đình Việt", where "Văn" is the surname).
 */
function opensRun(words: readonly Word[], at: number): boolean {
  const before = words[at - 1];
  if (!before?.upper || before.caps || words[at]?.gap !== ' ') return true;
  // "Bà Bố Thị Hồng Nhung": a courtesy word opening the sentence stands before the run.
  if (COURTESY.has(before.key)) return true;
  for (let from = Math.max(0, at - 4); from < at; from++) {
    if (ADMIN_NAMES.longestAt(words, from, (m) => m.length === at - from && m.every(isNameWord))) return true;
  }
  return false;
}

/**
 * A province or district name of two or more words ends at words[end - 1]: "Hải Phòng" before
 * "Nguyễn Kim Nga", "Bắc Ninh" whose "Ninh" is also a surname.
 */
function placeEndsAt(words: readonly Word[], end: number): boolean {
  for (let from = Math.max(0, end - 4); from <= end - 2; from++) {
    // ("Chủ tịch UBND xã Tà Tổng Lê Hoàng Phúc": a commune counts when its type word names it.)
    const typed = COMMUNE_TYPE_WORDS.has(words[from - 1]?.key ?? '') && words[from]?.gap === ' ';
    const place = ADMIN_NAMES.longestAt(
      words,
      from,
      (m, units) =>
        m.length === end - from && m.every(isNameWord) && (typed || units.some((u) => u.type !== 'commune')),
    );
    if (place) return true;
  }
  return false;
}

/**
 * The surname at words[at] opens a name of three or more syllables. Where it would open a shorter
 * one ("Kim Lan" in "Sở Công Thương Đỗ Kim Lan") and the surname before it a name of three, the
 * name is that one: "Kim", "Mai", "Hà" are middle names as often as surnames.
 */
function secondNameIsFull(words: readonly Word[], at: number): boolean {
  const surname = surnameAt(words, at);
  return syllablesFrom(words, at + surname, 2) >= 2;
}

/** A body's head ends right before words[at]: "Bộ" before "Nông Lâm Thủy sản", its field. */
function headEndsAt(words: readonly Word[], at: number): boolean {
  for (let from = Math.max(0, at - 3); from < at; from++) {
    if (ORGANIZATION_HEADS.longestAt(words, from, (m) => m.length === at - from)) return true;
  }
  return false;
}

// The type words of a commune-level unit, as they stand right before its name (folded, one word).
const COMMUNE_TYPE_WORDS = new Set(['xã', 'phường', 'trấn'].map(foldKey));

/** A province or district name opening the run, with a full name after it: "Quảng Bình Lê Văn Tâm". */
function placeOpens(words: readonly Word[], at: number): boolean {
  const place = ADMIN_NAMES.longestAt(
    words,
    at,
    (m, units) => m.every(isNameWord) && units.some((u) => u.type !== 'commune'),
  );
  if (!place) return false;
  // "Hà Nội Mới" (a newspaper): a province opening a run of capitals is the province.
  if (place.values.some(isProvinceLevel)) return true;
  return surnameAt(words, at + place.length) > 0 && words[at + place.length]?.gap === ' ';
}

/**
 * The full name that starts at words[at]: a surname and one to three
 * capitalized syllables ("Nguyễn Văn An", "Tôn Nữ Thị Hà", "Giàng Seo Phử"),
 * or an Ê Đê / Gia Rai name ("Y Biêr Niê", "H'Hen Niê"). Not a place that
 * looks like one ("Hà Tĩnh", "Thái Lan", "Hồ Chí Minh"), nor a name inside a
 * longer run of capitals ("Nguyễn Văn Bình Phước Long").
 * Returns `placeLike` when the words are also a commune's name ("Trần Phú").
 */
const ISLET = ['cù', 'lao'].map(foldKey);
const BAN = ['ban', 'quản', 'lý'].map(foldKey);
const FROM = foldKey('từ');
const COURTESY = new Set(['ông', 'bà', 'ngài', 'anh', 'chị', 'chí'].map(foldKey));

export function nameAt(words: readonly Word[], at: number): (NameMatch & { placeLike: boolean }) | null {
  const first = words[at];
  // "Phó Bí thư", "Đại tá": a title or rank, though "Phó" is also a surname.
  if (openerAt(words, at)) return null;
  // "Buôn Ma Thuột": the end of a place's name the word before opens, though "Ma" is a surname.
  // ("tỉnh Lai Châu Lý Trung Phong": a longer run before, where the place already ended.)
  const before = words[at - 1];
  const runBefore = words[at - 2]?.upper === true && before?.gap === ' ';
  if (
    before?.upper &&
    !runBefore &&
    words[at]?.gap === ' ' &&
    ADMIN_NAMES.longestAt(words, at - 1, (m) => m.length >= 2)
  )
    return null;
  if (!first?.upper || first.caps) return null;
  // "Giám đốc Ban Quản lý các khu di tích": "Ban" (a Dao surname) opening a body's head.
  if (first.key === BAN[0] && words[at + 1]?.key === BAN[1] && words[at + 2]?.key === BAN[2]) return null;
  // "Cù Lao Chàm", "Cù Lao Ré": "cù lao" is an islet, and the words after it its name.
  if (first.key === ISLET[0] && words[at + 1]?.key === ISLET[1] && words[at + 1]?.gap === ' ') return null;
  let to: number;
  if (GIVEN_NAME_PREFIXES.has(first.key) && first.text.length === 1) {
    const n = syllablesFrom(words, at + 1, 4);
    // "A Lưới", "A Ngo": a district or commune the gazetteer knows opens with "A" too.
    // So do "Y Tý", "Y Tịch": a commune whose name opens with "Y" before a person's name.
    const place =
      (first.key === 'a' && ADMIN_NAMES.longestAt(words, at, (m) => m.length === 1 + n) !== null) ||
      (first.key === 'y' && ADMIN_NAMES.longestAt(words, at, (m) => m.length >= 2) !== null);
    // ("Ông A Vương, Chủ tịch UBND huyện": after a courtesy word, the name of a commune is a man's.)
    const courtesy = COURTESY.has(words[at - 1]?.key ?? '') && first.gap === ' ';
    if (n === 0 || (place && !courtesy)) return null;
    to = at + 1 + n;
  } else if (APOSTROPHE_NAME.test(first.text)) {
    // "K'Brơi", "K'Sớ": a Cơ Ho name may be that one word; "H'Mông", "M'Nông" are peoples.
    const n = syllablesFrom(words, at + 1, 3);
    if (n === 0 && ETHNONYMS.has(foldKey(first.text.replace(/['’ʼ]/u, "'")))) return null;
    // ("bà H'Djuê nói": an Ê Đê or Gia Rai woman's given name alone, her clan name ("Byă", "Niê")
    // left out, is how the article speaks of her again, no full name.)
    if (n === 0 && /^H['’ʼ]/u.test(first.text)) return null;
    to = at + 1 + n;
  } else if (
    // "Bo Bo Thị Ngọc": a Raglai surname of one syllable said twice, before the middle name.
    surnameAt(words, at) === 0 &&
    words[at + 1]?.key === first.key &&
    isSyllable(words[at + 1]) &&
    MIDDLE_NAMES.has(words[at + 2]?.key ?? '') &&
    isSyllable(words[at + 2]) &&
    syllablesFrom(words, at + 3, 2) > 0
  ) {
    to = at + 3 + syllablesFrom(words, at + 3, 2);
  } else if (
    surnameAt(words, at) === 0 &&
    // ("Bà Thị Mai Hơn": a courtesy word opening the sentence is no surname.)
    !COURTESY.has(first.key) &&
    MIDDLE_NAMES.has(words[at + 1]?.key ?? '') &&
    isSyllable(words[at + 1]) &&
    opensRun(words, at)
  ) {
    // "Căn Văn Lồng", "Hồ Thị Kiều": a surname the gazetteer lacks, known by the middle name
    // "Văn" or "Thị" after it and one or two syllables after that.
    const n = syllablesFrom(words, at + 2, 2);
    if (n === 0 || isPlaceName(words, at, at + 2 + n)) return null;
    to = at + 2 + n;
  } else {
    const surname = surnameAt(words, at);
    if (surname === 0 || words.slice(at + 1, at + surname).some((w) => w.gap !== ' ')) return null;
    if (placeOpens(words, at) && !presidentNamed(words, at, at + 3)) return null;
    const n = syllablesFrom(words, at + surname, 3);
    if (n === 0) return null;
    // "Từ Thủ Dầu Một, xe chạy …": the preposition "from" before a place, though "Từ" is a surname.
    if (first.key === FROM && isPlaceName(words, at + 1, at + surname + n)) return null;
    // "Tỉnh ủy Lâm Đồng Nguyễn Hữu Phước": inside a run, a surname followed by
    // another surname is the end of a place, and the name starts at the second.
    // But a place that ends right before it has ended ("TP Hải Phòng Nguyễn Kim Nga": "Kim" is
    // a surname too), and a surname that closes a place is no name ("tỉnh Bắc Ninh Y Biêr Êban").
    const before = words[at - 1];
    if (placeEndsAt(words, at + 1)) return null;
    // ("Bà Lê Phạm Thảo Nguyên", "Ông Nguyễn Trần Minh Khoa": after a courtesy word or a degree
    // ("ThS Danh Hoàng Nhiên") the run is a person's, and two surnames open the name.)
    if (
      before?.upper &&
      !before.caps &&
      first.gap === ' ' &&
      !COURTESY.has(before.key) &&
      !isDegree(before) &&
      surnameAt(words, at + surname) > 0 &&
      !placeEndsAt(words, at) &&
      (n < 2 || secondNameIsFull(words, at + surname) || headEndsAt(words, at))
    )
      return null;
    to = at + surname + n;
    // A longer run of capitals is a place or a body, unless a new name starts there.
    if (isSyllable(words[to]) && surnameAt(words, to) === 0) return null;
  }
  if (isPlaceName(words, at, to) && !presidentNamed(words, at, to)) return null;
  const commune = ADMIN_NAMES.longestAt(words, at, (m) => m.length === to - at);
  return { from: at, to, placeLike: commune !== null };
}

/**
 * "Ngày sinh Chủ tịch Hồ Chí Minh": "Chủ tịch" alone right before a full name (a surname and two
 * syllables) that a city bears too names the person; a city's chairman is "Chủ tịch UBND TP …".
 */
function presidentNamed(words: readonly Word[], at: number, to: number): boolean {
  const [chair, title] = [words[at - 2], words[at - 1]];
  return (
    to - at === 3 &&
    surnameAt(words, at) === 1 &&
    chair?.key === CHAIR[0] &&
    title?.key === CHAIR[1] &&
    title?.gap === ' ' &&
    words[at]?.gap === ' '
  );
}

const CHAIR = ['chủ', 'tịch'].map(foldKey);

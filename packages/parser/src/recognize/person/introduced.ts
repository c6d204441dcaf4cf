import { foldKey } from '../../text/fold.js';
import { opensSentence } from '../location/stands-alone.js';
import { ZONE_ABBREVIATIONS, ZONE_FIRST_WORDS } from '../location/zone.js';
import type { Word } from '../tokens/tokenize.js';

// What stands right before a run of capitals tells a person from a place:
// "ông Park Jung-ho", "bà Tan Mei Ling" introduce people; "KKTM Vân Phong",
// "cầu Trần Thị Lý", "khu đô thị Lê Lợi" introduce places.

/** Words that introduce a person by courtesy: "ông", "bà", "ngài", "đồng chí". */
// "thầy", "cô" (teachers), "em" (pupils, children), "cụ" (the elderly) introduce people as news
// writes them: "Thầy Lữ Văn Phong", "em Vừ Thị Dợ", "cụ Hà Thị Mến".
const HONORIFICS = ['ông', 'bà', 'ngài', 'đồng chí', 'đại biểu', 'anh', 'chị', 'thầy', 'cô', 'em', 'cụ'].map(
  (p) => p.split(' '),
);

/** Type words of places named after people or looking like names: "cầu Trần Thị Lý", "đường Lê Lợi". */
const PLACE_TYPES = [
  'khu kinh tế',
  'khu kinh tế mở',
  'khu công nghiệp',
  'cụm công nghiệp',
  'khu chế xuất',
  'khu đô thị',
  'khu du lịch',
  'khu dân cư',
  'cầu',
  'đường',
  'phố',
  'sông',
  // "hồ Trà Co", "suối Nậm Mu", "mỏ Vàng Danh": a lake (in lower case, "Hồ" is a surname), a stream, a mine.
  'hồ',
  'suối',
  'mỏ',
  // "đầm Cù Mông", "phá Tam Giang", "cồn Cỏ", "bãi Dài", "mũi Điện", "đảo Lý Sơn", "động Phong
  // Nha": lagoons, islets, beaches, capes, islands and caves.
  'đầm',
  // "khách sạn ven biển Ninh Chữ": a beach, named for its place.
  'biển',
  'phá',
  'rạch',
  'cồn',
  'bãi',
  'mũi',
  'đảo',
  'động',
  // "rừng tràm Trà Sư", "rừng quốc gia Yên Tử": a forest.
  'rừng',
  'rừng tràm',
  'rừng quốc gia',
  'núi',
  'đèo',
  'cảng',
  'cảng hàng không',
  'cảng hàng không quốc tế',
  'sân bay',
  'sân bay quốc tế',
  'bến',
  // "cửa khẩu Lý Vạn", "lối mở Bản Ràng": border gates, named for their commune or village.
  'cửa khẩu',
  'cửa khẩu quốc tế',
  'cửa khẩu chính',
  'cửa khẩu phụ',
  'lối mở',
  'chợ',
  'chợ đêm',
  'làng',
  // "đền Thái Vi", "lăng Thiệu Trị", "quảng trường Lâm Viên", "Lễ hội Trà Tân Cương": sites and
  // festivals named for a person or a place.
  'đền',
  'chùa',
  'đình',
  'miếu',
  'lăng',
  'nhà thờ',
  'tượng đài',
  'quảng trường',
  'lễ hội',
  'khu lưu niệm',
  'nhà lưu niệm',
  'khu di tích',
  'nhà hát',
  // "trạm Trà Kha", "cống Cần Chông", "kênh Mười Tải": stations and waterworks named for a place.
  'trạm',
  'cống',
  'kênh',
  'đập',
  // "hang Sơn Đoòng", "thác Bản Giốc", "vịnh Lan Hạ", "vườn quốc gia Bạch Mã": sights and parks.
  'hang',
  'thác',
  'vịnh',
  'vườn quốc gia',
  'vqg',
  // "Chư B'Luk", "Chư Yang Sin": a mountain of the Central Highlands, in Jrai and Ê Đê.
  'chư',
].map((p) => p.split(' '));

// "Hồ" is a surname and "Nà Hang", "Hang Kia" are places: capitalized, these words are no type
// word but part of a name ("Chủ tịch UBND xã Nà Hang Ma Văn Hưng").
const CAPITALIZED_IN_NAMES = new Set(['hồ', 'hang', 'thác', 'vịnh'].map(foldKey));
const PARK_ABBREVIATION = foldKey('vqg');

/**
 * Words before a type word that make it part of another word: "yêu cầu", "nhu cầu", "thành phố";
 * or of a title: "già làng A Nhong", "Trưởng làng Nguyễn Văn Mến".
 */
const NOT_TYPE_BEFORE = new Set(['yêu', 'nhu', 'thành', 'khai', 'già', 'trưởng'].map(foldKey));

/**
 * Level words, which also end titles ("Chủ tịch xã Trần Văn B", "Chủ tịch UBND huyện Lê C"):
 * they make a place only after a preposition ("tại xã Trần Phú", "của huyện Trần Văn Thời").
 */
const LEVELS = ['thành phố', 'huyện', 'xã', 'phường', 'thị trấn', 'thị xã', 'quận', 'thôn', 'ấp'].map((p) =>
  p.split(' '),
);
const PREPOSITIONS = new Set([
  'tại',
  'ở',
  'của',
  'và',
  'thuộc',
  'qua',
  'đến',
  'về',
  'trên',
  'cho',
  'với',
  'từ',
  'các',
]);

/** The phrase of `phrases` that ends right before words[at], one space apart, as its first index. */
function phraseBefore(words: readonly Word[], at: number, phrases: readonly string[][]): number | null {
  if (words[at]?.gap !== ' ') return null;
  let best: number | null = null;
  for (const parts of phrases) {
    const from = at - parts.length;
    if (from < 0) continue;
    const ok = parts.every(
      (part, k) => words[from + k]?.key === part && (k === 0 || words[from + k]?.gap === ' '),
    );
    if (ok && (best === null || from < best)) best = from;
  }
  return best;
}

/** "ông Park Jung-ho", "Bà Tan Mei Ling", "đồng chí Lê Văn C": a courtesy word right before words[at]. */
const MISTER = foldKey('ông');
const MALE = foldKey('đàn');

export function honorificBefore(words: readonly Word[], at: number): boolean {
  const from = phraseBefore(words, at, HONORIFICS);
  // ("Người đàn ông Vân Kiều 41 tuổi": "ông" closing "đàn ông", a man, addresses no one.)
  if (
    from !== null &&
    words[from]?.key === MISTER &&
    words[from - 1]?.key === MALE &&
    words[from]?.gap === ' '
  )
    return false;
  // "Lễ hội vía Bà Chúa Xứ": a courtesy word capitalized inside a sentence opens a proper name
  // ("Bà Chúa Xứ", "Bà Đen"); one that addresses a person is written in lower case there.
  return from !== null && !(words[from]?.upper && !opensSentence(words, from));
}

/**
 * "KKTM Vân Phong", "KCN Đồng An", "cầu Trần Thị Lý", "khu đô thị Lê Lợi", "tại xã Trần Phú":
 * a place type right before words[at] makes the capitals after it a place, not a person.
 */
const PLURAL = foldKey('các');

export function placeTypeBefore(words: readonly Word[], at: number): boolean {
  const previous = words[at - 1];
  if (!previous || words[at]?.gap !== ' ') return false;
  // ("Trưởng Ban Quản lý KKT Nghi Sơn và các KCN Hoàng Đức Thiện": zones in the plural name none;
  // the capitals after them are the board's head.)
  if (previous.caps)
    return (
      (ZONE_ABBREVIATIONS.has(previous.key) && words[at - 2]?.key !== PLURAL) ||
      previous.key === PARK_ABBREVIATION
    );
  const type = phraseBefore(words, at, PLACE_TYPES);
  if (type !== null && words[type - 1]?.key === PLURAL && ZONE_FIRST_WORDS.has(words[type]?.key))
    return false;
  if (type !== null) {
    // ("Chủ tịch UBND thị xã Sông Cầu Lương Minh Tuấn": a type word capitalized after another
    // capital is the last word of a place's name, "Sông Cầu", no type word.)
    const inName =
      type === at - 1 && previous.upper && words[type - 1]?.upper === true && previous.gap === ' ';
    return (
      !NOT_TYPE_BEFORE.has(words[type - 1]?.key ?? '') &&
      !(previous.upper && CAPITALIZED_IN_NAMES.has(previous.key) && type === at - 1) &&
      !inName
    );
  }
  const level = phraseBefore(words, at, LEVELS);
  return level !== null && PREPOSITIONS.has(words[level - 1]?.key ?? '');
}

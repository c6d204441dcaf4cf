import {
  ADMIN_NAMES,
  type AdminUnit,
  isProvinceLevel,
  PROVINCE_NAMES,
  unitsByBareLetters,
} from '../../lexicon/admin-units.js';
import { PhraseIndex } from '../../lexicon/phrase-index.js';
import { CITY_ALIASES, type CityAlias } from '../../lexicon/places.js';
import { SENTENCE_WORDS } from '../../lexicon/sentence-words.js';
import { SURNAMES } from '../../lexicon/surnames.js';
import { foldKey } from '../../text/fold.js';
import { parseNumberWords } from '../number-words.js';
import { isNameGap, type Word } from '../tokens/tokenize.js';

export type AdminLevel = 'province' | 'city' | 'district' | 'commune';

/** A type word of an administrative unit and the level it names. */
interface TypeWord {
  /** The prefix of admin-units.json it stands for. */
  prefix: string;
  level: AdminLevel;
}

const TYPE_WORDS = new Map<string, TypeWord>([
  ['tỉnh', { prefix: 'tỉnh', level: 'province' }],
  ['thành phố', { prefix: 'thành phố', level: 'city' }],
  ['tp', { prefix: 'thành phố', level: 'city' }],
  ['huyện', { prefix: 'huyện', level: 'district' }],
  ['quận', { prefix: 'quận', level: 'district' }],
  ['thị xã', { prefix: 'thị xã', level: 'district' }],
  ['tx', { prefix: 'thị xã', level: 'district' }],
  // "Q.1", "P. Bến Nghé", "H. Cần Giờ": one letter and a dot, as city news writes them.
  ['q', { prefix: 'quận', level: 'district' }],
  ['p', { prefix: 'phường', level: 'commune' }],
  ['h', { prefix: 'huyện', level: 'district' }],
  ['xã', { prefix: 'xã', level: 'commune' }],
  ['phường', { prefix: 'phường', level: 'commune' }],
  ['thị trấn', { prefix: 'thị trấn', level: 'commune' }],
  ['đặc khu', { prefix: 'đặc khu', level: 'commune' }],
  // A party committee names its place's level: "Huyện ủy Lục Nam" is the district Lục Nam.
  [foldKey('huyện ủy'), { prefix: 'huyện', level: 'district' }],
  [foldKey('quận ủy'), { prefix: 'quận', level: 'district' }],
  [foldKey('thị ủy'), { prefix: 'thị xã', level: 'district' }],
  // So does a Youth Union committee: "Huyện đoàn Hòa Bình" is the district Hòa Bình.
  [foldKey('huyện đoàn'), { prefix: 'huyện', level: 'district' }],
  [foldKey('quận đoàn'), { prefix: 'quận', level: 'district' }],
  [foldKey('thị đoàn'), { prefix: 'thị xã', level: 'district' }],
]);

// "các huyện", "những xã", "nhiều tỉnh": a plural before a type word makes it generic.
const PLURALS = new Set(['các', 'những', 'nhiều', 'mọi', 'số'].map(foldKey));

/**
 * "các huyện Miền núi", "Các xã Vùng cao": after a plural a type word is generic, and the
 * capitals after it are no place unless the gazetteer knows them ("các huyện Lục Nam, Yên Thế").
 */
export function isGenericPlural(words: readonly Word[], place: AdminPlace): boolean {
  if (place.prefix === null || place.units.length > 0 || place.alias) return false;
  const before = words[place.from - 1];
  return !!before && words[place.from]?.gap === ' ' && PLURALS.has(before.key);
}

/** A place named after a type word or on its own: "tỉnh Bình Phước", "TP.HCM", "Hà Tĩnh". */
export interface AdminPlace {
  /** Index of the first word: the type word when there is one. */
  from: number;
  /** Index of the first word of the name. */
  nameFrom: number;
  /** Index just past the last word of the name. */
  to: number;
  /** The type word's prefix ("tỉnh", "huyện"...); null for a bare name. */
  prefix: string | null;
  /** The level the type word names; province or city for a bare name. */
  level: AdminLevel;
  /** Gazetteer units of that name (empty for a name the gazetteer lacks). */
  units: AdminUnit[];
  /** Set for another name of a city: "TP.HCM" is Hồ Chí Minh, code 79. */
  alias: CityAlias | null;
}

/** The type word at words[at], and how many words it takes: "thị xã" is two. */
export function typeWordAt(words: readonly Word[], at: number): { type: TypeWord; length: number } | null {
  const first = words[at];
  if (!first || first.caps) {
    // "TP", "TX" are capitals; any other abbreviation is no type word.
    const type = first && TYPE_WORDS.get(first.key);
    return type ? { type, length: 1 } : null;
  }
  const second = words[at + 1];
  if (second && second.gap === ' ') {
    const type = TYPE_WORDS.get(`${first.key} ${second.key}`);
    if (type) return { type, length: 2 };
  }
  const type = TYPE_WORDS.get(first.key);
  return type ? { type, length: 1 } : null;
}

/** The first words of the type words: "tỉnh", "thành" (phố), "thị" (xã, trấn), "huyện"... */
export const TYPE_FIRST_WORDS: ReadonlySet<string> = new Set(
  [...TYPE_WORDS.keys()].map((k) => k.split(' ')[0] ?? k),
);

/** A word that may stand in a place name: capitalized, not an abbreviation, or a number. */
/** A Roman numeral of one to ten, as names number their series: "Hòa Tú II", "Vành đai V". */
export const isRomanNumeral = (text: string): boolean => /^(?:I{1,3}|IV|VI{0,3}|IX|X)$/.test(text);

// ("Hòa Tú II", "Cây Trường II": a Roman numeral closes a commune's name as a number does.)
export const isNameWord = (w: Word): boolean =>
  (w.upper && !w.caps) || /^\d/.test(w.text) || isRomanNumeral(w.text);

const capitalized = (matched: readonly Word[]): boolean => matched.every(isNameWord);
const upper = (matched: readonly Word[]): boolean => matched.every((w) => w.upper);

/** A name a person's given name could start at: a surname followed by a capitalized word. */
export function surnameAt(words: readonly Word[], at: number): number {
  const match = SURNAMES.longestAt(words, at, (m) => m.every((w) => w.upper && !w.caps));
  return match?.length ?? 0;
}

const NUMBERED_PREFIXES = new Set(['quận', 'phường'].map(foldKey));
const TIME_UNITS = new Set(['tháng', 'năm', 'quý', 'ngày', 'tuần'].map(foldKey));
const SCALES = new Set(['trăm', 'nghìn', 'ngàn', 'vạn', 'triệu', 'tỷ', 'tỉ'].map(foldKey));

const INTRODUCERS = new Set(['là', 'gồm'].map(foldKey));

// "sông Thái Bình", "hồ Thác Bà", "núi Bà Đen", "Mũi Cà Mau": a river, lake, mountain or cape
// that shares a place's name is no administrative place.
export const NATURAL_FEATURES: ReadonlySet<string> = new Set(
  ['sông', 'hồ', 'núi', 'đèo', 'vịnh', 'đảo', 'suối', 'thác', 'đầm', 'phá', 'mũi'].map(foldKey),
);

// "khám phá Quảng Bình", "đột phá": the word closes a verb, no lagoon ("phá Tam Giang").
// ("Công ty TNHH MTV Khai thác thuỷ lợi Quảng Nam": "khai thác", exploit, is no waterfall.)
const FEATURE_COMPOUNDS = new Set(
  ['khám phá', 'đột phá', 'bứt phá', 'tàn phá', 'công phá', 'khai thác'].map(foldKey),
);

const DAMMED = new Set(['thủy điện', 'thuỷ điện', 'chứa nước', 'thủy lợi', 'thuỷ lợi'].map(foldKey));

/** "sông Thái Bình", "hồ Thác Bà": a natural feature's word right before words[at]. */
export function naturalFeatureBefore(words: readonly Word[], at: number): boolean {
  // "hồ thủy điện Sơn La", "hồ chứa nước Cửa Đạt": the lake a dam makes.
  if (
    NATURAL_FEATURES.has(words[at - 3]?.key ?? '') &&
    !FEATURE_COMPOUNDS.has(`${words[at - 4]?.key} ${words[at - 3]?.key}`) &&
    DAMMED.has(`${words[at - 2]?.key} ${words[at - 1]?.key}`) &&
    words[at]?.gap === ' '
  )
    return true;
  const before = words[at - 1];
  if (!before || words[at]?.gap !== ' ' || !NATURAL_FEATURES.has(before.key)) return false;
  const opener = words[at - 2];
  return !(opener && before.gap === ' ' && FEATURE_COMPOUNDS.has(`${opener.key} ${before.key}`));
}
const SENTENCE_KEYS = new Set(SENTENCE_WORDS.map(foldKey));

const EXAMPLE = foldKey('như');
// "8/13 xã, phường, nhiều nhất là Xuân Phương, Xuân Cảnh": after a comma, the words that single
// out some of the places counted.
const SINGLED_OUT = new PhraseIndex<true>();
for (const words of [
  'nhiều nhất là',
  'nhiều nhất ở',
  'lớn nhất là',
  'lớn nhất ở',
  'cao nhất là',
  'cao nhất ở',
  'dẫn đầu là',
  'chủ yếu là',
  'chủ yếu ở',
  'tập trung ở',
  'tập trung tại',
])
  SINGLED_OUT.add(words, true);
// Where a single place lies, said between its type word and its name.
const WHERE_WORDS = new PhraseIndex<true>();
for (const where of ['biên giới', 'vùng cao', 'miền núi', 'ven biển', 'đảo', 'đặc biệt khó khăn'])
  WHERE_WORDS.add(where, true);
const AREA_OF_PLACES: ReadonlySet<string> = new Set(['khu vực', 'địa bàn', 'thuộc', 'của'].map(foldKey));
/** Lower-case words that may describe the places of a plural type word: "các xã vùng cao đặc biệt khó khăn". */
const MAX_DESCRIBING = 4;

/**
 * Where the names of a plural type word start after what describes them, or null: "các xã
 * vùng cao Cà Lúi, Suối Trai", "7/18 xã, thị trấn như Sơn Vĩ, Xín Cái". Only words that describe
 * (no word of the sentence, no number) and a second type word may come between; the caller
 * reads only names the gazetteer knows there.
 */
function pluralNamesAt(words: readonly Word[], at: number, after: number): number | null {
  // "xã biên giới Y Tý": one place, after a word that describes where it lies.
  const plural = isCountBefore(words, at) || PLURALS.has(words[at - 1]?.key ?? '');
  const where = words[after]?.gap === ' ' ? WHERE_WORDS.longestAt(words, after) : null;
  const name = where ? words[after + where.length] : undefined;
  if (!plural) return name?.gap === ' ' && name.upper ? after + (where?.length ?? 0) : null;
  let k = after;
  for (let n = 0; n < MAX_DESCRIBING; n++) {
    const word = words[k];
    if (!word || word.upper || /\d/.test(word.text)) break;
    const coordinated = /^, ?$/.test(word.gap) ? typeWordAt(words, k) : null;
    if (coordinated) {
      k += coordinated.length;
      continue;
    }
    const singled = /^, ?$/.test(word.gap) ? SINGLED_OUT.longestAt(words, k) : null;
    if (singled) {
      const named = words[k + singled.length];
      return named?.gap === ' ' && named.upper ? k + singled.length : null;
    }
    if (word.gap !== ' ' || word.key === EXAMPLE || INTRODUCERS.has(word.key) || SENTENCE_KEYS.has(word.key))
      break;
    if (typeWordAt(words, k)) return null;
    // "các xã phía nam khu vực Lào Cai (cũ)", "các xã thuộc Mộc Châu": the area the places lie in.
    if (AREA_OF_PLACES.has(word.key) || AREA_OF_PLACES.has(`${word.key} ${words[k + 1]?.key}`)) return null;
    k++;
  }
  if (words[k]?.gap === ' ' && (words[k]?.key === EXAMPLE || INTRODUCERS.has(words[k]?.key ?? ''))) k++;
  return k > after && words[k]?.gap === ' ' && words[k]?.upper ? k : null;
}

/** A count right before words[at]: "2 đặc khu", "ba huyện". */
function isCountBefore(words: readonly Word[], at: number): boolean {
  const before = words[at - 1];
  if (!before || words[at]?.gap !== ' ') return false;
  return /^\d{1,3}$/.test(before.text) || (parseNumberWords([before.key]) ?? 0) >= 2;
}

// A gap a name may follow its type word across: "tỉnh Bình Phước", "TP. Hồ Chí Minh", "TP.HCM".
const TYPE_GAP = /^(?: |\. ?)$/;

function nameAfter(
  words: readonly Word[],
  at: number,
  type: TypeWord,
): Pick<AdminPlace, 'to' | 'units' | 'alias'> | null {
  // "của tỉnh 9,5 triệu USD": a number after "tỉnh" is a figure; only a district or a ward
  // is named by a number ("Quận 1", "Phường 3").
  const first = words[at];
  const next = words[at + 1];
  const decimal = next !== undefined && /^[.,]$/.test(next.gap) && /^\d/.test(next.text);
  if (first && /^\d/.test(first.text) && (type.level === 'province' || type.level === 'city' || decimal))
    return null;
  // "của huyện 10 tháng đạt …": only wards and urban districts are numbered ("Phường 6", "Quận 1").
  if (first && /^\d/.test(first.text) && !NUMBERED_PREFIXES.has(type.prefix ?? '')) return null;
  // ("chi ngân sách phường 6 tháng cuối năm", "ngân sách phường 420 triệu đồng": nor a number that
  // counts a length of time or a sum; the registry numbers no ward or district past 28.)
  if (first && /^\d/.test(first.text) && !/^\d{1,2}$/.test(first.text)) return null;
  if (
    first &&
    /^\d/.test(first.text) &&
    next?.gap === ' ' &&
    (TIME_UNITS.has(next.key) || SCALES.has(next.key))
  )
    return null;
  const alias = CITY_ALIASES.longestAt(words, at, upper);
  if (alias && (type.level === 'city' || type.level === 'province')) {
    return { to: at + alias.length, units: [], alias: alias.values[0] ?? null };
  }
  const known = ADMIN_NAMES.longestAt(words, at, capitalized);
  // "UBND tỉnh Phan Minh Tuấn": a name the gazetteer has at another level ("xã Phan") that
  // opens a person's name is the person, not a province.
  const person = surnameAt(words, at) > 0 && surnameAt(words, at + (known?.length ?? 1)) === 0;
  const ofLevel = known?.values.some((u) => u.prefix === type.prefix) === true;
  // "huyện Mù Cang Chải": the spelling of a commune of 2025, the district spelt "Mù Căng Chải".
  // ("xã Quang Châu" in 2023, a ward by March 2025: the unit of that very name stays a candidate
  // beside the marked spelling "Quảng Châu" of other provinces; the article's provinces choose.)
  if (known && !ofLevel) {
    const variant = spellingVariantAt(words, at, at + known.length, (u) => u.prefix === type.prefix, true);
    if (variant) return { ...variant, units: [...variant.units, ...known.values] };
  }
  // "Chủ tịch UBND tỉnh Hoàng Nam Sơn": a name that names no province after "tỉnh" and opens
  // with a surname is the person the title belongs to.
  const provincial = type.level === 'province' || type.level === 'city';
  if (known && !ofLevel && provincial && surnameAt(words, at) > 0 && personFollows(words, at + 1))
    return null;
  if (known && (ofLevel || !person || !personFollows(words, at + known.length)))
    return { to: at + known.length, units: known.values, alias: null };
  if (known) return null;
  // A name the gazetteer lacks (renamed, foreign, misspelled): up to three
  // capitalized words, ending before a surname that opens a person's name
  // ("UBND xã Tân Lập Mới Nguyễn Văn A").
  // "UBND huyện A Ngọc": "A" and "Y" open the names of Ba Na, Xơ Đăng and Ê Đê men and women.
  if (surnameAt(words, at) > 0 || /^[AY]$/.test(words[at]?.text ?? '') || /['’ʼ]/.test(words[at]?.text ?? ''))
    return null;
  // "UBND xã Chamaléa Thị Lý": "Thị" or "Văn" second is a person's middle name.
  if (words[at + 1]?.key === 'thị' || words[at + 1]?.key === 'văn') return null;
  let to = at;
  while (to < at + 3) {
    const word = words[to];
    if (!word || !isNameWord(word) || (to > at && !isNameGap(word.gap))) break;
    if (to > at && surnameAt(words, to) > 0) break;
    to++;
  }
  if (to === at) return null;
  // "huyện Mù Cang Chải": a unit of the level its type word says, spelt without a mark.
  const variant = spellingVariantAt(words, at, to, (u) => u.prefix === type.prefix);
  return variant ?? { to, units: [], alias: null };
}

/**
 * The units named by words[at, k) for the longest k ≤ `to`, marks aside, that `accepts` takes:
 * "Mù Cang Chải" for the gazetteer's "Mù Căng Chải". Null when none is. With `whole`, only
 * k = `to`: words the gazetteer knows at another level are not cut short to fit the type word
 * ("xã Đông Sang", a ward of 2024, is no "xã Đông").
 */
export function spellingVariantAt(
  words: readonly Word[],
  at: number,
  to: number,
  accepts: (unit: AdminUnit) => boolean,
  whole = false,
): Pick<AdminPlace, 'to' | 'units' | 'alias'> | null {
  for (let k = to; k > (whole ? to - 1 : at); k--) {
    const written = words
      .slice(at, k)
      .map((w) => w.text)
      .join(' ');
    const units = unitsByBareLetters(written).filter(accepts);
    if (units.length > 0) return { to: k, units, alias: null };
  }
  return null;
}

/** Capitalized words go on after a surname's first word: "Phan Minh Tuấn", "Hồ Thị Bích Vân". */
function personFollows(words: readonly Word[], at: number): boolean {
  const next = words[at];
  return next !== undefined && next.gap === ' ' && isNameWord(next) && !/^\d/.test(next.text);
}

/** "Hợp tác xã Nuôi trồng thủy sản": "xã" is the last syllable of "hợp tác xã", no commune. */
const inCooperative = (words: readonly Word[], at: number): boolean =>
  words[at]?.key === 'xã' && words[at - 1]?.key === 'tác' && words[at - 2]?.key === 'hợp';

/** The administrative place a type word opens at words[at]: "huyện Đồng Phú", "TP.HCM". */
export function typedPlaceAt(words: readonly Word[], at: number): AdminPlace | null {
  const first = words[at];
  if (!first || inCooperative(words, at)) return null;
  // "TP.HCM" is one word.
  const glued = first.caps && /^tp/.test(first.key) ? CITY_ALIASES.longestAt(words, at, upper) : null;
  if (glued) {
    const alias = glued.values[0] ?? null;
    return {
      from: at,
      nameFrom: at,
      to: at + glued.length,
      prefix: 'thành phố',
      level: 'city',
      units: [],
      alias,
    };
  }
  const typed = typeWordAt(words, at);
  if (!typed) return null;
  const letter = first.key.length === 1;
  // (A capital letter only: "p." in lower case is no ward.)
  if (letter && !first.upper) return null;
  let nameFrom = at + typed.length;
  // "2 đặc khu là Cát Hải, Bạch Long Vĩ", "ba huyện gồm A, B", "các xã vùng cao Cà Lúi": a
  // plural type word names its places after what introduces or describes them; only names the
  // gazetteer knows are read there.
  const introducedAt =
    isCountBefore(words, at) && INTRODUCERS.has(words[nameFrom]?.key ?? '')
      ? nameFrom + 1
      : pluralNamesAt(words, at, nameFrom);
  const introduced = introducedAt !== null;
  nameFrom = introducedAt ?? nameFrom;
  const next = words[nameFrom];
  if (!next || !TYPE_GAP.test(next.gap)) return null;
  // "TP. Hồ Chí Minh", "Tp. Hải Dương": only the abbreviation takes a dot.
  if (next.gap !== ' ' && !first.caps && first.key !== 'tp' && first.key !== 'tx' && !letter) return null;
  // A letter is a type word only with its dot, before a unit the gazetteer knows ("P. Bến Nghé")
  // or a number ("Q.1"): "Nguyễn Văn P." and "H. Yên" are initials.
  if (letter && !/^\. ?$/.test(next.gap)) return null;
  const name = nameAfter(words, nameFrom, typed.type);
  if (!name || (introduced && name.units.length === 0)) return null;
  if (letter && name.units.length === 0) return null;
  // "… cho Ủy ban MTTQ TP. Các hoạt động …": after a dot and a space, a name the gazetteer lacks
  // opens the next sentence; every city of either map is known.
  if (next.gap !== ' ' && / $/.test(next.gap) && name.units.length === 0 && !name.alias) return null;
  return { from: at, nameFrom, prefix: typed.type.prefix, level: typed.type.level, ...name };
}

/** A province or city named on its own: "Bình Phước", "TP.HCM" (as one word), "Huế". */
export function barePlaceAt(
  words: readonly Word[],
  at: number,
  // Only provinces can stand alone: their own index spares a search of 13,908 names at each capital.
  index: PhraseIndex<AdminUnit> = PROVINCE_NAMES,
): AdminPlace | null {
  // Both lookups below accept only a name word (capitalized, or a number) first.
  const first = words[at];
  if (!first || !(first.upper || isNameWord(first))) return null;
  const alias = CITY_ALIASES.longestAt(words, at, (m, values) => upper(m) && !values[0]?.afterTypeWord);
  if (alias) {
    return {
      from: at,
      nameFrom: at,
      to: at + alias.length,
      prefix: null,
      level: 'city',
      units: [],
      alias: alias.values[0] ?? null,
    };
  }
  const known = index.longestAt(words, at, (m, units) => capitalized(m) && units.some(isProvinceLevel));
  if (!known) return null;
  const units = known.values.filter(isProvinceLevel);
  return {
    from: at,
    nameFrom: at,
    to: at + known.length,
    prefix: null,
    level: units[0]?.type ?? 'province',
    units,
    alias: null,
  };
}

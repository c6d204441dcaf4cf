import { ADMIN_NAMES } from '../../lexicon/admin-units.js';
import { CITY_ALIASES, NAMED_PLACES } from '../../lexicon/places.js';
import { foldKey } from '../../text/fold.js';
import { continuesNumber, isNameGap, type Word } from '../tokens/tokenize.js';
import { matchUnit } from '../units.js';
import { isNameWord, isRomanNumeral } from './admin-place.js';
import { opensSentence } from './stands-alone.js';

/** A road mention: words[from, to) and its normalized name. */
export interface RoadMatch {
  from: number;
  to: number;
  name: string;
}

// Numbered roads and the name they are filed under: "quốc lộ 14", "QL14", "ĐT 741", "tỉnh lộ 10".
const AVENUE = ['đại', 'lộ'].map(foldKey);

const ROAD_KINDS = new Map<string, string>([
  ['quốc lộ', 'Quốc lộ'],
  ['đường tỉnh', 'Đường tỉnh'],
  ['tỉnh lộ', 'Tỉnh lộ'],
  ['đường huyện', 'Đường huyện'],
  ['ql', 'Quốc lộ'],
  ['đt', 'Đường tỉnh'],
  ['tl', 'Tỉnh lộ'],
  // "Vành đai 3": a ring road named by its number, with or without "đường" before it.
  ['vành đai', 'Vành đai'],
]);

// The first word of every key above: any other word opens no numbered road.
export const ROAD_FIRST_WORDS: ReadonlySet<string> = new Set(
  [...ROAD_KINDS.keys()].map((kind) => kind.split(' ')[0] ?? kind),
);

const ROAD_NUMBER = /^\d{1,3}[a-z]?$/i;
const GLUED = /^(ql|đt|tl)\.?(\d{1,3}[a-z]?)$/i;
// "Vành đai 3", "Vành đai V": ring roads are numbered in Arabic or Roman numerals.
const ringNumber = (text: string): boolean => /^\d{1,2}$/.test(text) || isRomanNumeral(text);

const numbered = (head: string, number: string) => `${head} ${number.toUpperCase()}`;

/**
 * Where a ring road's name ends after its number at words[to - 1]: ring roads are named with
 * the region or city they circle ("Vành đai 4 - Vùng Thủ đô", "Vành đai V vùng Thủ đô",
 * "Vành đai 3 TP.HCM").
 */
function ringRoadEnd(words: readonly Word[], to: number): number {
  const next = words[to];
  if (!next || !/^ (?:[-–] )?$/.test(next.gap)) return to;
  const [thu, do_] = [words[to + 1], words[to + 2]];
  if (next.key === 'vùng' && thu?.key === 'thủ' && thu.upper && do_?.key === 'đô' && do_.gap === ' ')
    return to + 3;
  if (next.gap === ' ' && next.caps) {
    const alias = CITY_ALIASES.longestAt(words, to);
    if (alias) return to + alias.length;
  }
  // "Vành đai phía Tây TP. Pleiku": the city it circles, written with "TP." and its name.
  if (next.gap === ' ' && next.key === 'tp' && next.caps && /^\.? $/.test(words[to + 1]?.gap ?? '')) {
    let end = to + 1;
    while (
      end < to + 4 &&
      words[end]?.upper &&
      !words[end]!.caps &&
      (end === to + 1 || words[end]!.gap === ' ')
    )
      end++;
    if (end > to + 1) return end;
  }
  return to;
}

const SIDES = new Set(['tây', 'đông', 'nam', 'bắc'].map(foldKey));
const SIDE = foldKey('phía');

/** "Vành đai phía Tây": a ring road named by the side of the city it runs on; the words after words[at - 1], or 0. */
function ringSide(words: readonly Word[], at: number): number {
  const [side, which] = [words[at], words[at + 1]];
  return side?.key === SIDE && side.gap === ' ' && which?.gap === ' ' && SIDES.has(which.key) ? 2 : 0;
}

/**
 * "Vành đai 2,5", "Vành đai 3,5": a ring road between two others takes the half; 1 when the
 * ",5" after the number at words[to - 1] is that half, not a length ("Vành đai 3,5 km").
 */
function halfRing(words: readonly Word[], to: number): number {
  const half = words[to];
  return half?.gap === ',' && half.text === '5' && !measuredAfter(words, to + 1) ? 1 : 0;
}

/** "quốc lộ 14", "Quốc lộ 1A", "QL14", "QL.1A", "QL 13", "ĐT 741", "ĐT.741", "đường tỉnh 830", "Vành đai 3". */
function numberedRoadAt(words: readonly Word[], at: number): RoadMatch | null {
  const first = words[at];
  if (!first) return null;
  // "QL14", "QL.1A": one word; the abbreviation must be written in capitals.
  const glued = first.caps || /^\p{Lu}{2}\d/u.test(first.text) ? GLUED.exec(first.key) : null;
  if (glued?.[1] && glued[2]) {
    const head = ROAD_KINDS.get(glued[1]);
    if (head) return { from: at, to: at + 1, name: numbered(head, glued[2]) };
  }
  if (!ROAD_FIRST_WORDS.has(first.key)) return null;
  for (const length of [2, 1]) {
    const headWords = words.slice(at, at + length);
    if (headWords.length < length || headWords.slice(1).some((w) => w.gap !== ' ')) continue;
    const key = headWords.map((w) => w.key).join(' ');
    const head = ROAD_KINDS.get(key);
    if (!head || (length === 1 && !first.caps)) continue;
    const side = key === 'vành đai' ? ringSide(words, at + length) : 0;
    if (side > 0 && first.upper) return { from: at, to: ringRoadEnd(words, at + length + side), name: '' };
    const number = words[at + length];
    if (number && /^\.? ?$/.test(number.gap) && number.gap !== '' && ROAD_NUMBER.test(number.text)) {
      if (key === 'vành đai') {
        const half = halfRing(words, at + length + 1);
        const to = ringRoadEnd(words, at + length + 1 + half);
        if (to > at + length + 1) return { from: at, to, name: '' };
      }
      return { from: at, to: at + length + 1, name: numbered(head, number.text) };
    }
    if (number && number.gap === '' && ROAD_NUMBER.test(number.text)) {
      return { from: at, to: at + length + 1, name: numbered(head, number.text) };
    }
  }
  return null;
}

/** Capitalized words (or numbers) joined by spaces and hyphens, from words[at]; at most `max`. */
function nameRun(
  words: readonly Word[],
  at: number,
  max: number,
  allowCaps: boolean,
  stations = false,
): number {
  let to = at;
  while (to < at + max) {
    const word = words[to];
    if (!word || (to > at && !isNameGap(word.gap))) break;
    // "Nhổn - ga Hà Nội", "Bà Quẹo - vòng xoay Phú Lâm": the station at a line's end, in lower
    // case after the dash.
    const station = stations && to > at && DASH.test(word.gap) ? stationWordsAt(words, to) : 0;
    if (station > 0) {
      to += station;
      continue;
    }
    // "cao tốc Thành phố Hồ Chí Minh - Thủ Dầu Một": a city's type word, spelt out in the name.
    const phố = words[to + 1];
    if (
      word.upper &&
      word.key === CITY_FIRST &&
      phố?.key === STREET &&
      phố.gap === ' ' &&
      words[to + 2]?.upper
    ) {
      to += 2;
      continue;
    }
    if (!(isNameWord(word) || (allowCaps && word.caps))) break;
    to++;
  }
  return to;
}

const CITY_FIRST = foldKey('thành');

// Lower-case words that name where a line ends: a station, a roundabout, a bus station, a crossroads.
const STATION_WORDS = [['ga'], ['vòng', 'xoay'], ['bến', 'xe'], ['ngã', 'tư'], ['ngã', 'sáu']].map((w) =>
  w.map(foldKey),
);

/** How many words of a station's kind open at words[at], a capitalized name after them; 0 when none. */
function stationWordsAt(words: readonly Word[], at: number): number {
  for (const phrase of STATION_WORDS) {
    const fits = phrase.every(
      (key, k) => words[at + k]?.key === key && (k === 0 || words[at + k]!.gap === ' '),
    );
    const name = words[at + phrase.length];
    if (fits && name !== undefined && name.gap === ' ' && isNameWord(name)) return phrase.length;
  }
  return 0;
}
const DASH = /^ ?[-–] ?$/;

/** Where a line's end stations, capitals a dash joins ("Bến Thành - Suối Tiên"), end; `at` when none. */
function stationEnds(words: readonly Word[], at: number, max: number, allowCaps: boolean): number {
  if (words[at]?.gap !== ' ') return at;
  const to = nameRun(words, at, max, allowCaps, true);
  return words.slice(at + 1, to).some((w) => DASH.test(w.gap)) ? to : at;
}

const FAST_CRAFT = new Set(['tàu', 'nô', 'xuồng', 'thuyền'].map(foldKey));

// Forms of investment in public works, written in capitals: public-private partnership,
// build-operate-transfer and their kin, official development assistance.
const INVESTMENT_FORMS = new Set(['ppp', 'bot', 'bt', 'boo', 'bto', 'blt', 'oda', 'epc']);

/** "cao tốc Bắc - Nam", "cao tốc TP.HCM - Long Thành - Dầu Giây". */
function expresswayAt(words: readonly Word[], at: number): RoadMatch | null {
  const [cao, toc] = [words[at], words[at + 1]];
  if (cao?.key !== 'cao' || toc?.key !== 'tốc' || toc.gap !== ' ') return null;
  // "tàu cao tốc Cửa Đại", "ca nô cao tốc": a fast boat, no expressway.
  if (words[at - 1] && cao.gap === ' ' && FAST_CRAFT.has(words[at - 1]!.key)) return null;
  const nameFrom = at + 2;
  if (words[nameFrom]?.gap !== ' ') return null;
  // ("nằm cách tuyến cao tốc 5 - 12 km": a distance, no expressway's name.)
  if (/^\d/.test(words[nameFrom]!.text)) return null;
  let to = nameRun(words, nameFrom, 10, true);
  if (to === nameFrom) return null;
  // "dự án thành phần 3 (cao tốc PPP)", "cao tốc BOT": how it is financed, no expressway's name.
  if (to === nameFrom + 1 && INVESTMENT_FORMS.has(words[nameFrom]!.key)) return null;
  // "Tổng công ty Đầu tư phát triển đường cao tốc Việt Nam": the expressways of a country.
  if (NAMED_PLACES.longestAt(words, nameFrom)?.length === to - nameFrom) return null;
  // "cao tốc Bắc - Nam phía Đông": a side of the country closes the name.
  const side = words[to + 1];
  if (words[to]?.key === 'phía' && words[to]?.gap === ' ' && side?.upper && side.gap === ' ') to += 2;
  // "cao tốc Bắc - Nam đoạn Diễn Châu - Bãi Vọt": a section, named by its ends, is a project
  // of its own.
  if (words[to]?.key === SECTION && words[to]?.gap === ' ' && words[to + 1]?.gap === ' ') {
    const ends = nameRun(words, to + 1, 8, false);
    if (words.slice(to + 2, ends).some((w) => /^ ?[-–] ?$/.test(w.gap))) to = ends;
  }
  return { from: at, to, name: '' };
}

const STREET = foldKey('phố');
const NOT_STREET_BEFORE = new Set(['thành', 'khu', 'dân', 'đường', 'hè', 'dãy', 'phường'].map(foldKey));

/** "đường Lê Lợi", "đường Hồ Chí Minh": a street named by capitalized words. */
function streetAt(words: readonly Word[], at: number): RoadMatch | null {
  // "đại lộ Nam Sông Mã": an avenue is a street too.
  if (words[at]?.key === AVENUE[0] && words[at + 1]?.key === AVENUE[1] && words[at + 1]?.gap === ' ') {
    const to = nameRun(words, at + 2, 4, false);
    return to > at + 2 && words[at + 2]?.gap === ' ' ? { from: at, to, name: '' } : null;
  }
  // "phố Kim Mã", "tuyến phố Hàng Ngang": a street of a city's old quarter or centre, where
  // "phố" after "thành", "khu", "tổ dân", "đường", "hè" is another word ("thành phố Vinh").
  if (words[at]?.key === STREET && !words[at]!.upper && words[at + 1]?.gap === ' ') {
    if (NOT_STREET_BEFORE.has(words[at - 1]?.key ?? '') && words[at]!.gap === ' ') return null;
    const to = nameRun(words, at + 1, 4, false);
    return to > at + 1 ? { from: at, to, name: '' } : null;
  }
  // "quốc lộ Quản Lộ - Phụng Hiệp": a national or provincial road named by the places it joins.
  if (JOINING_ROADS.has(`${words[at]?.key} ${words[at + 1]?.key}`) && words[at + 1]?.gap === ' ') {
    const to = words[at + 2]?.gap === ' ' ? nameRun(words, at + 2, 8, false) : at + 2;
    if (words.slice(at + 3, to).some((w) => /^ ?[-–] ?$/.test(w.gap))) return { from: at, to, name: '' };
    return null;
  }
  // "đường ven biển Dung Quất - Sa Huỳnh", "đường liên cảng Cái Mép - Thị Vải", "đường liên kết
  // vùng Thái Nguyên - Bắc Giang - Vĩnh Phúc": a road of its kind named by the places it joins.
  for (const kind of [4, 3]) {
    const kindWords = words.slice(at, at + kind);
    if (
      kindWords.length < kind ||
      !JOINING_KINDS.has(kindWords.map((w) => w.key).join(' ')) ||
      kindWords.slice(1).some((w) => w.gap !== ' ') ||
      words[at + kind]?.gap !== ' '
    )
      continue;
    const to = nameRun(words, at + kind, 8, false);
    if (words.slice(at + kind + 1, to).some((w) => /^ ?[-–] ?$/.test(w.gap)))
      return { from: at, to, name: '' };
    return null;
  }
  if (words[at]?.key !== 'đường' || words[at + 1]?.gap !== ' ') return null;
  // "Công ty Cổ phần Chè Tam Đường Xanh", "Công ty Cổ phần Mía đường Biên Thùy": "đường" right
  // after a capitalized word is a syllable of a name (sugar, in "Mía đường"), not a street.
  const before = words[at - 1];
  if (before?.upper && !before.caps && words[at]?.gap === ' ' && !opensSentence(words, at - 1)) return null;
  // "đường Vành đai 3": a ring road and its number.
  const [ring, belt, number] = [words[at + 1], words[at + 2], words[at + 3]];
  if (ring?.key === 'vành' && belt?.key === 'đai' && ringSide(words, at + 3) > 0) {
    return { from: at, to: ringRoadEnd(words, at + 5), name: '' };
  }
  if (ring?.key === 'vành' && belt?.key === 'đai' && number?.gap === ' ' && ringNumber(number.text)) {
    return { from: at, to: ringRoadEnd(words, at + 4 + halfRing(words, at + 4)), name: '' };
  }
  // ("cung đường Quốc lộ 4C", "đường Tỉnh lộ 8": a numbered road the street word names, which
  // the numbered roads' own reading takes.)
  if (JOINING_ROADS.has(`${words[at + 1]?.key} ${words[at + 2]?.key}`) && words[at + 2]?.gap === ' ')
    return null;
  let to = nameRun(words, at + 1, 4, false);
  if (to === at + 1) return null;
  // "tuyến đường 1.180 tỉ đồng", "đoạn đường 17,5 km": a number that goes on, or a unit after
  // it, is what the road costs or measures, not its name.
  if (to === at + 2 && /^\d+$/.test(words[at + 1]!.text) && measuredAfter(words, to)) return null;
  // "mỗi đường 3 chuyến/tuần": each route, then a number that counts what follows it.
  if (
    words[at - 1]?.key === EACH &&
    to === at + 2 &&
    /^\d+$/.test(words[at + 1]!.text) &&
    countsNext(words, to)
  )
    return null;
  // "đường 30/4", "đường 3/2": a street named for a day of the year, its month included.
  if (
    to === at + 2 &&
    /^\d{1,2}$/.test(words[at + 1]!.text) &&
    words[to]?.gap === '/' &&
    /^\d{1,2}$/.test(words[to]!.text)
  )
    to++;
  // "đường Hồ Chí Minh nhánh Tây": a branch of the road closes its name.
  const side = words[to + 1];
  if (words[to]?.key === 'nhánh' && words[to]?.gap === ' ' && side?.upper && side.gap === ' ') to += 2;
  return { from: at, to, name: '' };
}

const EACH = foldKey('mỗi');
const JOINING_ROADS = new Set(['quốc lộ', 'tỉnh lộ'].map(foldKey));
const JOINING_KINDS = new Set(
  [
    'đường ven biển',
    'đường liên cảng',
    'đường liên tỉnh',
    'đường liên huyện',
    'đường liên xã',
    'đường liên vùng',
    'đường liên kết vùng',
    'đường kết nối vùng',
  ].map(foldKey),
);

/** True when the number before words[to] goes on past a dot or comma, or a unit follows it. */
function measuredAfter(words: readonly Word[], to: number): boolean {
  const next = words[to];
  if (!next) return false;
  if (continuesNumber(next)) return true;
  if (next.gap !== ' ') return false;
  const unit = matchUnit(`${next.key} ${words[to + 1]?.key ?? ''}`, 0);
  return unit?.kind === 'measure' || SCALES.has(next.key);
}

/** A unit the lexicon knows at words[at], one space on: "3 chuyến", "2 km". */
function countsNext(words: readonly Word[], at: number): boolean {
  if (words[at]?.gap !== ' ') return false;
  const phrase = words
    .slice(at, at + 3)
    .map((w) => w.key)
    .join(' ');
  const unit = matchUnit(phrase, 0);
  return unit !== null && unit.kind !== 'duration';
}

// "yêu cầu", "nhu cầu", "toàn cầu", "bán cầu", "điểm cầu Hà Tĩnh" (a video-link end): "cầu"
// that is no bridge.
const NOT_BRIDGE_BEFORE = new Set(['yêu', 'nhu', 'điểm', 'toàn', 'địa', 'bán', 'khẩn'].map(foldKey));

const GATE_KINDS = new Set(['chính', 'phụ'].map(foldKey));

/** "cửa khẩu", "cửa khẩu quốc tế", "cửa khẩu chính", "khu vực" right before words[at]. */
function gateOrAreaBefore(words: readonly Word[], at: number): boolean {
  const key = (k: number) => (words[k + 1]?.gap === ' ' ? words[k]?.key : undefined);
  let k = at - 1;
  if (key(k) === foldKey('vực') && key(k - 1) === 'khu') return true;
  if (GATE_KINDS.has(key(k) ?? '')) k--;
  else if (key(k) === foldKey('tế') && key(k - 1) === foldKey('quốc')) k -= 2;
  return key(k) === foldKey('khẩu') && key(k - 1) === foldKey('cửa');
}

/** "cầu Mỹ Thuận 2", "cầu Rạch Miễu": a bridge named by capitalized words, its number included. */
function bridgeAt(words: readonly Word[], at: number): RoadMatch | null {
  const name = words[at + 1];
  if (words[at]?.key !== 'cầu' || name?.gap !== ' ' || !name.upper || name.caps) return null;
  // "huyện Cầu Kè", "Cầu Giấy": a place whose name opens with "Cầu" is no bridge.
  if (words[at]?.upper && ADMIN_NAMES.longestAt(words, at, (m) => m.length >= 2)) return null;
  const before = words[at - 1];
  if (before && words[at]?.gap === ' ' && NOT_BRIDGE_BEFORE.has(before.key)) return null;
  // ("khóm Cầu Đúc", "cảng Cầu Đá", "sông Cầu Ngà": a capitalized "Cầu" after a lower-case word
  // opens the name of a place or a product; a bridge is written "cầu" there.)
  if (words[at]?.upper && before && !before.upper && words[at]?.gap === ' ') return null;
  // "cửa khẩu quốc tế Cầu Treo", "khu vực Cầu Treo": a capitalized "Cầu" after a border gate's
  // kind or an area opens the gate's or the area's name.
  if (words[at]?.upper && gateOrAreaBefore(words, at)) return null;
  let to = nameRun(words, at + 1, 5, false);
  // ("cầu Cái Tràm 186,4 tỉ đồng": a number with a decimal or a scale after it is a sum.)
  const last = words[to - 1];
  const next = words[to];
  if (
    to > at + 2 &&
    /^\d+$/.test(last?.text ?? '') &&
    ((next?.gap === ',' && /^\d/.test(next.text)) || (next?.gap === ' ' && SCALES.has(next.key)))
  )
    to--;
  // "cầu Bắc Luân II", "cầu Thăng Long II": the second bridge of a name, numbered in Roman.
  if (to > at + 1 && words[to]?.gap === ' ' && ROMAN.test(words[to]?.text ?? '')) to++;
  return to > at + 1 ? { from: at, to, name: '' } : null;
}

const INTERCHANGE = ['nút', 'giao'].map(foldKey);
const LINKED = foldKey('liên thông');

/** "nút giao Trung Minh", "nút giao liên thông Hòa Lạc": an interchange named by capitals, a road's part. */
function interchangeAt(words: readonly Word[], at: number): RoadMatch | null {
  if (
    words[at]?.key !== INTERCHANGE[0] ||
    words[at + 1]?.key !== INTERCHANGE[1] ||
    words[at + 1]?.gap !== ' '
  )
    return null;
  let nameFrom = at + 2;
  if (`${words[nameFrom]?.key} ${words[nameFrom + 1]?.key}` === LINKED) nameFrom += 2;
  const first = words[nameFrom];
  if (first?.gap !== ' ' || !first.upper || first.caps) return null;
  // ("nút giao Vành đai 4 với quốc lộ 32": the interchange of numbered roads is theirs to name.)
  if (numberedRoadAt(words, nameFrom)) return null;
  const to = nameRun(words, nameFrom, 4, false);
  return to > nameFrom ? { from: at, to, name: '' } : null;
}

const ROMAN = /^(?:II|III|IV|V|VI|VII|VIII|IX|X)$/u;
const SCALES = new Set(['tỷ', 'tỉ', 'triệu', 'nghìn', 'ngàn', 'tấn', 'km', 'm'].map(foldKey));

const [LINE, METRO, NUMBER, SECTION] = ['tuyến', 'metro', 'số', 'đoạn'].map(foldKey);
const RAIL = ['đường', 'sắt'].map(foldKey);
const URBAN = ['đô', 'thị'].map(foldKey);

/**
 * "tuyến đường sắt Lào Cai - Hà Nội - Hải Phòng", "đường sắt Côn Minh - Hà Khẩu": a railway
 * named by the places it joins, two at least, a dash between. "tuyến" opens the name when
 * written.
 */
function railwayAt(words: readonly Word[], at: number): RoadMatch | null {
  const line = words[at]?.key === LINE && words[at + 1]?.gap === ' ' ? 1 : 0;
  const [duong, sat] = [words[at + line], words[at + line + 1]];
  if (duong?.key !== RAIL[0] || sat === undefined || sat.key !== RAIL[1] || sat.gap !== ' ') return null;
  // "tuyến đường sắt đô thị Nha Trang - Cam Ranh": an urban railway, named the same way.
  const urban = words[at + line + 2]?.key === URBAN[0] && words[at + line + 3]?.key === URBAN[1] ? 2 : 0;
  let nameFrom = at + line + 2 + urban;
  // "tuyến đường sắt đô thị số 3 Nhổn - ga Hà Nội": a line numbered in the city's network.
  if (words[nameFrom]?.key === NUMBER && /^\d{1,2}$/.test(words[nameFrom + 1]?.text ?? '')) nameFrom += 2;
  // The places it joins: a dash between two of them at least.
  const to = stationEnds(words, nameFrom, 12, true);
  return to > nameFrom ? { from: at, to, name: '' } : null;
}

/**
 * "tuyến metro số 1 Bến Thành - Suối Tiên", "tuyến metro số 2": an urban railway line, named by
 * its number and the stations that end it. It runs on its own track, as a road does.
 */
function metroLineAt(words: readonly Word[], at: number): RoadMatch | null {
  // "metro Nhổn - ga Hà Nội": a metro named by its end stations alone; "metro số 2" by its number.
  if (words[at]?.key === METRO) {
    const numbered =
      words[at + 1]?.key === NUMBER &&
      words[at + 1]?.gap === ' ' &&
      /^\d{1,2}$/.test(words[at + 2]?.text ?? '')
        ? at + 3
        : at + 1;
    const ends = stationEnds(words, numbered, 8, false);
    return ends > at + 1 ? { from: at, to: ends, name: '' } : null;
  }
  if (words[at]?.key !== LINE || words[at + 1]?.gap !== ' ') return null;
  const metro = words[at + 1]?.key === METRO;
  let k = metro ? at + 2 : at + 1;
  if (words[k]?.key === NUMBER && words[k]?.gap === ' ') k++;
  else if (!metro) return stationLineAt(words, at);
  if (words[k]?.gap !== ' ' || !/^\d{1,2}$/.test(words[k]?.text ?? '')) return null;
  k++;
  // The stations at its ends: capitals joined by a dash. ("tuyến số 5 Văn Cao - Hòa Lạc": a
  // line numbered without "metro" is one only when its ends are named.)
  const ends = stationEnds(words, k, 8, false);
  if (ends === k && !metro) return null;
  return { from: at, to: ends, name: '' };
}

/**
 * "tuyến Nhổn - ga Hà Nội": a line named by its ends alone is a railway when one end is a station
 * ("ga"); a "tuyến Rạch Giá - Phú Quốc" without one may be a ferry's or a bus's.
 */
function stationLineAt(words: readonly Word[], at: number): RoadMatch | null {
  const ends = stationEnds(words, at + 1, 8, false);
  const station = words
    .slice(at + 2, ends)
    .some((w, k) => DASH.test(w.gap) && stationWordsAt(words, at + 2 + k) > 0);
  return station ? { from: at, to: ends, name: '' } : null;
}

/** A road at words[at]; names without a number are the span's text with a capital first letter. */
export function roadAt(text: string, words: readonly Word[], at: number): RoadMatch | null {
  const match =
    numberedRoadAt(words, at) ??
    expresswayAt(words, at) ??
    streetAt(words, at) ??
    bridgeAt(words, at) ??
    interchangeAt(words, at) ??
    metroLineAt(words, at) ??
    railwayAt(words, at);
  if (!match || match.name) return match;
  const written = text.slice(words[match.from]?.start, words[match.to - 1]?.end);
  return { ...match, name: written.charAt(0).toUpperCase() + written.slice(1) };
}

import { expansionOf } from '../../lexicon/abbreviations.js';
import { ADMIN_NAMES, PROVINCE_NAMES } from '../../lexicon/admin-units.js';
import { SENTENCE_WORDS } from '../../lexicon/sentence-words.js';
import { foldKey } from '../../text/fold.js';
import { continuesNumber, isNameGap, type Word } from '../tokens/tokenize.js';
import { matchUnit } from '../units.js';
import { isNameWord, surnameAt } from './admin-place.js';

/** An industrial zone: words[from, to), its name words starting at nameFrom. */
export interface ZoneMatch {
  from: number;
  nameFrom: number;
  to: number;
}

// "khu công nghiệp", "cụm công nghiệp", "khu kinh tế (mở, cửa khẩu, ven biển)", "khu chế xuất"
// and their abbreviations, longest first: "Khu kinh tế mở Chu Lai" names "Chu Lai".
const ZONE_WORDS = [
  'khu công nghiệp',
  'cụm công nghiệp',
  'khu kinh tế',
  'khu kinh tế mở',
  'khu kinh tế cửa khẩu',
  'khu kinh tế cửa khẩu quốc tế',
  'khu kinh tế ven biển',
  'khu chế xuất',
  'khu công nghệ cao',
  // "Khu nông nghiệp ứng dụng công nghệ cao Cao Phong": a zone for high-tech farms.
  'khu nông nghiệp ứng dụng công nghệ cao',
  'khu nông nghiệp công nghệ cao',
  // Lao Bảo's and Lao Bảo-like zones: "Khu kinh tế - thương mại đặc biệt Lao Bảo".
  'khu kinh tế - thương mại đặc biệt',
  // "Khu thương mại tự do Hải Phòng": the free trade zones of the 2025 resolutions.
  'khu thương mại tự do',
]
  // A part written after "-" is joined to the one before by a dash, not a space.
  .map((phrase) => phrase.replace(/ - /gu, ' -').split(' '))
  .sort((a, b) => b.length - a.length);
export const ZONE_FIRST_WORDS: ReadonlySet<string | undefined> = new Set(ZONE_WORDS.map((parts) => parts[0]));
const DASH_GAP = /^ ?[-–] ?$/u;
// "KKTM" khu kinh tế mở, "KKTCK" khu kinh tế cửa khẩu, "KCNC" khu công nghệ cao.
export const ZONE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'kcn',
  'ccn',
  'kkt',
  'kcx',
  'kktm',
  'kktck',
  'kcnc',
]);

const OPEN = foldKey('mở');
const GATE = ['cửa', 'khẩu'].map(foldKey);
const INTERNATIONAL = ['quốc', 'tế'].map(foldKey);

/** How many words of a zone's type stand at words[at] ("khu kinh tế mở", "KCN"), 0 for none. */
export function zoneWordsAt(words: readonly Word[], at: number): number {
  const first = words[at];
  if (!first) return 0;
  // "KKT mở Chu Lai": the abbreviation, then the kind of economic zone in full.
  if (first.caps && first.key === 'kkt' && words[at + 1]?.key === OPEN && words[at + 1]?.gap === ' ')
    return 2;
  // "KKT cửa khẩu Móng Cái", "KKT cửa khẩu quốc tế Cầu Treo".
  if (first.caps && first.key === 'kkt' && words[at + 1]?.key === GATE[0] && words[at + 2]?.key === GATE[1]) {
    const international = words[at + 3]?.key === INTERNATIONAL[0] && words[at + 4]?.key === INTERNATIONAL[1];
    return international ? 5 : 3;
  }
  if (first.caps && ZONE_ABBREVIATIONS.has(first.key)) return 1;
  if (!ZONE_FIRST_WORDS.has(first.key)) return 0;
  for (const parts of ZONE_WORDS) {
    const ok = parts.every((part, k) => {
      const word = words[at + k];
      if (part.startsWith('-')) return word?.key === part.slice(1) && DASH_GAP.test(word.gap);
      return word?.key === part && (k === 0 || word.gap === ' ');
    });
    if (ok) return parts.length;
  }
  return 0;
}

/** "KCN Tân Trường", "khu công nghiệp (KCN) Minh Hưng III", "CCN Tân Khai 2". */
export function zoneAt(words: readonly Word[], at: number): ZoneMatch | null {
  const length = zoneWordsAt(words, at);
  if (length === 0) return null;
  let nameFrom = at + length;
  // "khu công nghiệp (KCN) Phú Bài": the abbreviation in brackets stays inside the span.
  const bracketed = words[nameFrom];
  if (bracketed?.caps && bracketed.gap === ' (' && /^\) ?$/.test(words[nameFrom + 1]?.gap ?? '')) {
    nameFrom++;
    if (words[nameFrom]?.gap !== ') ') return null;
  } else if (bracketed?.gap !== ' ') {
    return null;
  }
  // "KCN số 5", "Khu công nghiệp số 3": a zone numbered in the plan, not named.
  const numbered = words[nameFrom + 1];
  if (
    words[nameFrom]?.key === NUMBER_WORD &&
    numbered?.gap === ' ' &&
    /^\d{1,2}$/.test(numbered.text) &&
    !figureGoesOn(words, nameFrom + 1)
  )
    return { from: at, nameFrom, to: nameFrom + 2 };
  // "KCN phía Đông Dung Quất", "Khu kinh tế ven biển phía Nam Hải Phòng": a side or the coast
  // of a place opens the name in lower case.
  let capitalsFrom = nameFrom;
  while (capitalsFrom < nameFrom + 3 && SIDE_WORDS.has(words[capitalsFrom]?.key ?? '')) capitalsFrom++;
  if (capitalsFrom > nameFrom && (words[capitalsFrom]?.gap !== ' ' || !words[capitalsFrom]?.upper))
    return null;
  let to = capitalsFrom;
  while (to < capitalsFrom + 6) {
    const word = words[to];
    if (!word || (to > nameFrom && !isNameGap(word.gap))) break;
    // "KCN Cảng biển Hải Hà": one lower-case syllable inside the name, capitals on both sides.
    const inner =
      to > capitalsFrom &&
      word.gap === ' ' &&
      !word.upper &&
      !/\d/.test(word.text) &&
      !SENTENCE_KEYS.has(word.key) &&
      words[to + 1]?.gap === ' ' &&
      isNameWord(words[to + 1]!) &&
      !/\d/.test(words[to + 1]!.text);
    if (inner) {
      to++;
      continue;
    }
    // "KKT Vân Phong 35.000 tỉ đồng", "KCN Bắc Chu Lai 74%": a number that goes on past a dot or
    // a comma, or a percent after it, is a figure.
    if (/^\d/.test(word.text) && to > capitalsFrom && figureGoesOn(words, to)) break;
    // "KCN Cổ Chiên 10 tháng thu hút …": a number with a length of time or a unit after it;
    // not "KCN Phú Mỹ 2 lần lượt đạt …", read with the word after the unit.
    if (/^\d/.test(word.text) && to > capitalsFrom && words[to + 1]?.gap === ' ') {
      const after =
        words[to + 2]?.gap === ' ' ? `${words[to + 1]!.key} ${words[to + 2]!.key}` : words[to + 1]!.key;
      if (matchUnit(after, 0)) break;
    }
    // "KCN VSIP II": capitals count, but not another abbreviation ("KCN TP").
    if (!(isNameWord(word) || (word.caps && !expansionOf(word.text)))) break;
    // "BQL KKTM Vân Phong Trần Văn A": after a two-word name, a surname with a given name
    // after it opens a person's name.
    const next = words[to + 1];
    // Not a place's name: "KCN Tây Bắc Đồng Hới" is named for the city. (A commune's name a
    // given name goes on from, "Khu kinh tế Hải Phòng Vũ Minh Hiếu", is the head's.)
    if (
      to >= capitalsFrom + 2 &&
      word.gap === ' ' &&
      surnameAt(words, to) > 0 &&
      next?.gap === ' ' &&
      isNameWord(next) &&
      !ADMIN_NAMES.longestAt(
        words,
        to,
        (m) => m.length >= 2 && !(words[to + m.length]?.gap === ' ' && isNameWord(words[to + m.length]!)),
      )
    )
      break;
    to++;
  }
  // "các khu công nghiệp 6 tháng đầu năm": a number alone names no zone.
  if (to === capitalsFrom + 1 && /^\d/.test(words[capitalsFrom]?.text ?? '')) return null;
  if (to === capitalsFrom) return null;
  // "các KCN phía Nam", "KCN phía Đông": a side with no place after it is where zones lie, no name.
  if (words[nameFrom]?.key === SIDE && words.slice(capitalsFrom, to).every((w) => DIRECTIONS.has(w.key)))
    return null;
  // "KCN Đại An mở rộng đạt 93%": a zone's extension, named so, is a zone of its own; "KCN Đại An
  // mở rộng thêm 200 ha" extends it.
  if (extendedAt(words, to)) to += 2;
  // "các khu công nghiệp Đồng Nai": the zones of a province, in the plural, name none; the
  // province is read on its own.
  const plural = PLURAL_BEFORE.has(words[at - 1]?.key ?? '') && words[at]?.gap === ' ';
  if (plural && PROVINCE_NAMES.longestAt(words, nameFrom)?.length === to - nameFrom) return null;
  // "Trưởng Ban Quản lý … và các khu công nghiệp Lê Minh Nghĩa": after the plural, a person.
  if (plural && surnameAt(words, nameFrom) > 0 && to - nameFrom >= 3) return null;
  return to > nameFrom ? { from: at, nameFrom, to } : null;
}

/** True when the number at words[at] goes on ("35.000", "7,5") or a percent follows it. */
function figureGoesOn(words: readonly Word[], at: number): boolean {
  const next = words[at + 1];
  return continuesNumber(next) || /^\s*%/.test(next?.gap ?? '');
}

const EXTENDED = ['mở', 'rộng'].map(foldKey);
const NUMBER_WORD = foldKey('số');
// Words after "mở rộng" that show it closed a name: the sentence's verb or a joining word.
const AFTER_EXTENDED = new Set(
  ['đạt', 'có', 'đã', 'đang', 'được', 'với', 'của', 'và', 'là', 'tại', 'ở', 'thu hút', 'hiện'].map(foldKey),
);

function extendedAt(words: readonly Word[], to: number): boolean {
  const [mo, rong, next] = [words[to], words[to + 1], words[to + 2]];
  if (!mo || !rong || mo.key !== EXTENDED[0] || rong.key !== EXTENDED[1]) return false;
  if (mo.gap !== ' ' || rong.gap !== ' ') return false;
  // ("Nhà máy ở KCN Đồng An mở rộng.": at the end of the sentence it is the verb; "tại KCN Phúc
  // Điền mở rộng, tổng vốn …", "KCN Đại An mở rộng (huyện Cẩm Giàng)": a comma or a bracket after
  // it closes the name.)
  if (next !== undefined && /^(?:, | \()$/u.test(next.gap)) return true;
  if (next === undefined || next.gap !== ' ') return false;
  return AFTER_EXTENDED.has(next.key) || AFTER_EXTENDED.has(`${next.key} ${words[to + 3]?.key ?? ''}`);
}

const PLURAL_BEFORE = new Set(['các', 'những']);
const SENTENCE_KEYS = new Set([...SENTENCE_WORDS, 'và', 'các', 'những'].map(foldKey));
const SIDE_WORDS = new Set(['phía', 'ven', 'biển']);
const SIDE = 'phía';
const DIRECTIONS = new Set(['đông', 'tây', 'nam', 'bắc'].map(foldKey));

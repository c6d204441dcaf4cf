import { foldKey } from '../../text/fold.js';
import { NUMBER_WORDS } from '../number-words.js';
import { CLASSIFIERS, matchModifier, matchUnit, type UnitMatch } from '../units.js';
import { abbreviatedCountAt, acronymUnitEnd } from './acronym-unit.js';
import { LABEL_UNLESS_UNIT, LABELS, NOT_NOUN } from './context-words.js';
import { isLetter, wordAt } from './cursor.js';

/** A counted noun phrase after a number: the unit (its head) and where the span ends. */
export interface NounPhrase {
  unit: string;
  end: number;
}

const isLower = (ch: string | undefined): boolean => ch !== undefined && /\p{Ll}/u.test(ch);

/**
 * "5 giải pháp", "12 đầu mối", "8 cánh đồng", "12.500 mẫu xét nghiệm": a noun of one to three
 * syllables after a number that no lexicon names. The second word joins unless it is a function word or verb ("3 giải pháp và")
 * or a time word ("4 đợt năm 2024"); a unit form inside a compound ("đồng" of "cánh đồng") joins.
 */
function genericNounEnd(text: string, folded: string, at: number): number | null {
  const w1 = wordAt(folded, at);
  if (!w1 || !isLower(text[at])) return null;
  const first = folded.slice(w1[0], w1[1]);
  if (NOT_NOUN.has(first) || NUMBER_WORDS.has(first) || LABELS.has(first)) return null;
  if (folded[w1[1]] === ' ') {
    const w2 = wordAt(folded, w1[1] + 1);
    const second = w2 ? folded.slice(w2[0], w2[1]) : '';
    // "vị trí 2 thấp nhất", "xếp thứ 3 cao hơn", "thị trường 2 đông khách nhất": an adjective
    // compared, no noun counted.
    const w3 = folded[w2?.[1] ?? -1] === ' ' ? wordAt(folded, w2![1] + 1) : null;
    if (COMPARED.has(second) || (w3 && COMPARED.has(folded.slice(w3[0], w3[1])))) return null;
    // "2 bến dài 700 m": a word that describes the noun is no part of it.
    // ("10 cửa chính": but a main gate is a noun of its own.)
    if (DESCRIBING.has(second) && second !== MAIN) return w1[1];
    if (
      w2 &&
      isLower(text[w2[0]]) &&
      !NOT_NOUN.has(second) &&
      !NUMBER_WORDS.has(second) &&
      matchUnit(folded, w2[0])?.kind !== 'duration'
    ) {
      return thirdSyllableEnd(text, folded, w2[1]) ?? w2[1];
    }
  }
  return w1[1];
}

const COMPARED = new Set(['nhất', 'hơn'].map(foldKey));
const MAIN = foldKey('chính');

// Words that describe a noun rather than name it: "3 chuông đồng lớn", "2 nhà văn hóa mới".
const DESCRIBING = new Set(
  [
    'lớn',
    'nhỏ',
    'mới',
    'cũ',
    'chính',
    'khác',
    'đẹp',
    'cao',
    'thấp',
    'dài',
    'rộng',
    'tốt',
    'lẻ',
    'trẻ',
    'già',
  ].map(foldKey),
);

/** The sentence goes on after `at` with no more of the noun: a function word, a mark, a capital or the end. */
function closesAt(text: string, folded: string, at: number): boolean {
  if (folded[at] !== ' ') return true;
  const w = wordAt(folded, at + 1);
  if (!w || w[0] !== at + 1) return true;
  const word = folded.slice(w[0], w[1]);
  return !isLower(text[w[0]]) || NOT_NOUN.has(word) || NUMBER_WORDS.has(word) || /^\d/.test(word);
}

/**
 * "12.500 mẫu xét nghiệm", "4 chốt kiểm soát", "3 khu cách ly": a noun of one syllable and one
 * of two, whose third syllable the sentence closes after. A noun of two syllables that the
 * sentence closes after keeps two ("5 giải pháp, ..."), and so does one that runs on past a
 * third ("5 giải pháp trọng tâm": the rest is its modifier).
 */
function thirdSyllableEnd(text: string, folded: string, twoEnd: number): number | null {
  if (closesAt(text, folded, twoEnd)) return null;
  const w3 = wordAt(folded, twoEnd + 1);
  const third = w3 ? folded.slice(w3[0], w3[1]) : '';
  if (
    !w3 ||
    !isLower(text[w3[0]]) ||
    DESCRIBING.has(third) ||
    third === PEOPLE ||
    LABELS.has(third) ||
    LABEL_UNLESS_UNIT.has(third)
  )
    return null;
  return closesAt(text, folded, w3[1]) ? w3[1] : null;
}

// "14 chị em người Thái", "6 cô gái người Dao": "người" opens who they are (a people, a place
// they come from), no syllable of the noun.
const PEOPLE = foldKey('người');

/** Modifiers after the head: "dự án FDI", "cửa khẩu quốc tế", "lượt khách du lịch"; not "đại biểu HĐND". */
function modifiersEnd(folded: string, end: number): number {
  let at = end;
  for (let k = 0; k < 2 && folded[at] === ' '; k++) {
    const w = wordAt(folded, at + 1);
    if (!w) break;
    const modifier = matchModifier(folded, w[0]);
    if (modifier === null) break;
    at = modifier;
  }
  return at;
}

// Levels of the administration: counted together ("13 huyện, thị xã, thành phố"), never with
// other nouns ("2 triệu dân, huyện có 120.000 dân" is two clauses).
const ADMIN_LEVELS = new Set(
  ['xã', 'phường', 'thị trấn', 'đặc khu', 'huyện', 'quận', 'thị xã', 'thành phố', 'tỉnh', 'thành', 'thị'].map(
    foldKey,
  ),
);

/**
 * ", phường" or " và vùng lãnh thổ" after a counted noun: more nouns counted with it
 * ("45/102 xã, phường", "13 huyện, thị xã, thành phố"), each of the same kind as the first.
 */
function coordinatedEnd(text: string, folded: string, head: string, end: number): number {
  const level = ADMIN_LEVELS.has(head);
  for (let k = 0; k < 4; k++) {
    const joint = /^(?:, | và | hoặc )/u.exec(folded.slice(end, end + 7));
    if (!joint) return end;
    const at = end + joint[0].length;
    if (!isLower(text[at])) return end;
    const next = matchUnit(folded, at);
    if (next?.kind !== 'counted' || ADMIN_LEVELS.has(folded.slice(at, next.end)) !== level) return end;
    // "3.418 bị cáo, giải quyết 1.921 vụ": a verb that opens with a counted noun ("giải") is the
    // next clause.
    if (VERB_AFTER_NOUN.test(folded.slice(at, next.end + 12))) return end;
    end = next.end;
  }
  return end;
}

const VERB_AFTER_NOUN = new RegExp(
  `^(?:${['giải quyết', 'giải ngân', 'giải phóng', 'giải thể', 'giải tỏa', 'giải trình'].map(foldKey).join('|')})(?![\\p{L}\\p{M}])`,
  'u',
);
const TIMES = foldKey('lượt');
const HOUSING = foldKey('nhà ở');
/** A place right after: a type word or a capital ("ở phường …", "ở Đồng Hới"). */
const PLACE_AFTER =
  /^ (?:\p{Lu}|(?:phường|xã(?! hội)|huyện|quận|tỉnh|thị|thành phố|thôn|bản|khu|tổ|các|vùng)(?![\p{L}\p{M}]))/u;

/**
 * The counted noun after a number at `at` (folded text; `lexical` is the
 * lexicon match there, if any): its head is the unit, lower-cased as written,
 * without a classifier ("1.300 căn nhà ở" counts "nhà ở"); the span runs on
 * over modifiers ("1 cửa khẩu quốc tế") and a coordinated noun ("xã, phường").
 * `allowGeneric` lets a noun no lexicon knows count ("5 giải pháp").
 */
export function nounPhraseAt(
  text: string,
  folded: string,
  at: number,
  lexical: UnitMatch | null,
  allowGeneric: boolean,
): NounPhrase | null {
  let headStart = at;
  let headEnd: number | null = lexical?.kind === 'counted' ? lexical.end : null;
  if (headEnd !== null && CLASSIFIERS.has(folded.slice(at, headEnd)) && folded[headEnd] === ' ') {
    const noun = matchUnit(folded, headEnd + 1);
    if (noun?.kind === 'counted') {
      headStart = headEnd + 1;
      headEnd = noun.end;
    }
  }
  // "4.500 nhà ở phường Đức Ninh Đông": "ở" before a place is "in", not the "ở" of "nhà ở".
  if (
    headEnd !== null &&
    folded.slice(headStart, headEnd) === HOUSING &&
    PLACE_AFTER.test(text.slice(headEnd, headEnd + 12))
  )
    headEnd = folded.lastIndexOf(' ', headEnd - 1);
  // "8.600 lượt cán bộ", "18,6 ngàn lượt hộ": times a noun the lexicon counts, as one unit.
  if (headEnd !== null && folded.slice(headStart, headEnd) === TIMES && folded[headEnd] === ' ') {
    const noun = matchUnit(folded, headEnd + 1);
    if (noun?.kind === 'counted') headEnd = noun.end;
  }
  let asWritten = false;
  const abbreviated = headEnd === null && !lexical ? abbreviatedCountAt(text, at) : null;
  if (abbreviated) return { unit: abbreviated.unit, end: abbreviated.end };
  if (headEnd === null) {
    if (lexical || !allowGeneric || isLetter(folded[at - 1])) return null;
    const acronymEnd = acronymUnitEnd(text, at);
    asWritten = acronymEnd !== null;
    headEnd = acronymEnd ?? genericNounEnd(text, folded, at);
    if (headEnd === null) return null;
  }
  // "403.620 TEU": an acronym is the unit as written; a noun is lower-cased ("Dự án" → "dự án").
  const unit = asWritten ? text.slice(headStart, headEnd) : text.slice(headStart, headEnd).toLowerCase();
  // "45/102 xã, phường": a second noun counted with a first the lexicon knows; not after a noun
  // read from the text alone ("3 cửa xả đáy, nước sông dâng").
  const modified = modifiersEnd(folded, headEnd);
  const end =
    asWritten || lexical?.kind === 'counted'
      ? coordinatedEnd(text, folded, folded.slice(headStart, headEnd), modified)
      : modified;
  return { unit, end };
}

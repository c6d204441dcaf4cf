import { ADMIN_NAMES, isProvinceLevel } from '../../lexicon/admin-units.js';
import { NAME_WORDS_OF_BODIES, PARENT_BODIES, SECTORS } from '../../lexicon/organization-heads.js';
import { CITY_ALIASES, NAMED_PLACES } from '../../lexicon/places.js';
import { SENTENCE_WORDS } from '../../lexicon/sentence-words.js';
import { APOSTROPHE_PREFIXES, COMMON_SURNAMES } from '../../lexicon/surnames.js';
import { TITLE_HEADS } from '../../lexicon/titles.js';
import { isSyllable } from '../../read/vietnamese-plausibility.js';
import { foldKey } from '../../text/fold.js';
import {
  barePlaceAt,
  isNameWord,
  spellingVariantAt,
  surnameAt,
  typedPlaceAt,
  typeWordAt,
} from '../location/admin-place.js';
import { NUMBER_WORDS } from '../number-words.js';
import { continuesNumber, isNameGap, type Word } from '../tokens/tokenize.js';
import { matchUnit } from '../units.js';
import { bracketedRun, capitalsIn } from './bracketed.js';
import { isForeignWord } from './brand-word.js';
import { bareSchoolWord, headAt, headKeyOf, NEEDS_LEVEL } from './head.js';

/** Where an organization name that may take a level and place ends, and whether it named a place. */
export interface Reach {
  to: number;
  named: boolean;
}

/**
 * A level and place after a head: "tỉnh Bình Phước", "TP.HCM", "huyện Đồng Phú",
 * the level alone ("UBND tỉnh", "Bộ CHQS tỉnh") or "Việt Nam" ("MTTQ Việt Nam").
 */
export function levelAfter(words: readonly Word[], at: number): Reach {
  // "Ngân hàng Nhà nước chi nhánh tỉnh Lạng Sơn": the branch of a level.
  if (words[at]?.key === 'chi' && words[at + 1]?.key === 'nhánh' && words[at + 1]?.gap === ' ') {
    const branch = levelAfter(words, at + 2);
    if (branch.to > at + 2) return branch;
    // "Vietcombank Chi nhánh Vinh", "Agribank chi nhánh Nam Đắk Lắk": a branch named by capitals.
    let to = at + 2;
    while (to < at + 6 && words[to]?.upper && isNameGap(words[to]!.gap) && !headAt(words, to)) to++;
    if (to > at + 2) return { to, named: true };
  }
  const next = words[at];
  if (next?.gap !== ' ') {
    // "TP.HCM" is glued to nothing, but "UBND TP.HCM" has a space; anything else ends the name.
    return { to: at, named: false };
  }
  // "Kho bạc Nhà nước khu vực XVII", "Chi cục Thuế khu vực III", "Ngân hàng Nhà nước khu vực 5": a
  // region a body's offices were grouped into in 2025, named by its number.
  if (
    next.key === REGION[0] &&
    words[at + 1]?.key === REGION[1] &&
    words[at + 1]?.gap === ' ' &&
    words[at + 2]?.gap === ' ' &&
    /^(?:[IVXLC]+|\d{1,2})$/.test(words[at + 2]?.text ?? '')
  )
    return { to: at + 3, named: true };
  // ("Chi cục Kiểm dịch thực vật vùng VII": a region of a ministry's offices, by its number.)
  if (
    next.key === ZONE &&
    words[at + 1]?.gap === ' ' &&
    /^(?:[IVXLC]+|\d{1,2})$/.test(words[at + 1]?.text ?? '')
  )
    return { to: at + 2, named: true };
  const level = typeWordAt(words, at);
  const after = level && words[at + level.length];
  // "UBND tỉnh Nguyễn Văn A": the level alone, then a person's name.
  // ("UBND xã Chamaléa Thị Lý": a name with a middle name "Thị" or "Văn" is a person's too.)
  const middle = words[at + (level?.length ?? 0) + 1]?.key;
  // ("HĐND tỉnh H'Yâm Niê", "UBND huyện K'Mák": an Ê Đê or Cơ Ho name opening with "H'", "K'".)
  const personNext =
    level &&
    (surnameAt(words, at + level.length) > 0 ||
      after?.text === 'Y' ||
      // ("HĐND tỉnh A Giang": a Xơ Đăng or Ba Na man's name; "huyện A Lưới" is known above.)
      (after?.text === 'A' && words[at + level.length + 1]?.upper === true) ||
      middle === 'thị' ||
      middle === 'văn' ||
      APOSTROPHE_NAME.test(after?.text ?? ''));
  const typed = typedPlaceAt(words, at);
  // A place the gazetteer knows at that level wins ("tỉnh Hà Giang", though "Hà" is
  // a surname); another that opens with a surname is a person ("UBND tỉnh Phan
  // Văn Minh": there is a "xã Phan", no "tỉnh Phan").
  // ("UBND huyện Kim Bảng" in 2024: a district the gazetteer has as "thị xã" since; a unit raised
  // a rank keeps its level.)
  const known =
    typed &&
    (typed.alias !== null ||
      typed.units.some(
        (u) =>
          u.prefix === typed.prefix ||
          ((u.type === 'district' || u.type === 'commune') && u.type === typed.level),
      ));
  // ("Quỹ Cứu trợ tỉnh 500 triệu đồng": a number the gazetteer names no unit of is the sentence's.)
  const numbered = !known && /^\d/.test(after?.text ?? '');
  if (typed && (known || !personNext) && !numbered)
    return { to: pairedProvinceAfter(words, typed.to), named: true };
  // "trình HĐND tỉnh 24 chỉ tiêu": a number no place is named by is the sentence's.
  if (level && (after?.gap !== ' ' || !isNameWord(after) || /^\d/.test(after.text) || personNext)) {
    return { to: at + level.length, named: false };
  }
  // "đoàn công tác Hà Tĩnh": a province named without its level word.
  const bare = barePlaceAt(words, at);
  if (bare) return { to: bare.to, named: true };
  const country = NAMED_PLACES.longestAt(
    words,
    at,
    (m, places) => places[0]?.type === 'country' && m.every(isNameWord),
  );
  if (country) return { to: at + country.length, named: true };
  return { to: at, named: false };
}

const REGION = ['khu', 'vực'].map(foldKey);
const ZONE = foldKey('vùng');
const CENTRAL = ['trung', 'ương'].map(foldKey);

const APOSTROPHE_NAME = new RegExp(
  `^(?:${APOSTROPHE_PREFIXES.map((p) => p.slice(0, -1)).join('|')})['’ʼ]\\p{Lu}`,
  'iu',
);

/** "Cục Hải quan tỉnh Gia Lai - Kon Tum": a body of two provinces names the second after a dash. */
function pairedProvinceAfter(words: readonly Word[], at: number): number {
  const next = words[at];
  if (!next || !/^ ?[-–] ?$/.test(next.gap)) return at;
  const second = barePlaceAt(words, at);
  return second ? second.to : at;
}

/** A place name right after a committee: "Tỉnh ủy Bình Phước", "Huyện ủy Đồng Phú". */
export function placeAfter(words: readonly Word[], at: number): Reach {
  if (words[at]?.gap !== ' ') return { to: at, named: false };
  const known = ADMIN_NAMES.longestAt(
    words,
    at,
    (m, units) => m.every(isNameWord) && units.some((u) => u.type !== 'commune' || isProvinceLevel(u)),
  );
  // ("Bí thư Thành ủy Đồng Văn Thịnh": a place of a surname and a middle name, one more
  // capitalized syllable after it, is the holder's name; the body is "Thành ủy" alone.)
  const holder =
    known?.length === 2 &&
    holderByMiddleName(words, at) &&
    words[at + 2]?.gap === ' ' &&
    words[at + 2]?.upper === true &&
    !words[at + 2]!.caps &&
    surnameAt(words, at + 2) === 0;
  if (known && !holder) return { to: at + known.length, named: true };
  if (holder) return { to: at, named: false };
  // "Thành ủy TP.HCM": a city written as one word; "Tỉnh ủy Thừa Thiên Huế": a province by a
  // name the gazetteer of 2025 no longer has.
  const alias = CITY_ALIASES.longestAt(
    words,
    at,
    (m, values) =>
      m.every((w) => w.upper) && (words[at]?.caps === true || values.some((v) => !v.afterTypeWord)),
  );
  if (alias) return { to: at + alias.length, named: true };
  // "Huyện ủy Mù Cang Chải": a district the gazetteer spells "Mù Căng Chải", marks aside.
  const respelled = respelledPlaceAt(words, at);
  return respelled === null ? { to: at, named: false } : { to: respelled, named: true };
}

/** Where a place the gazetteer spells with other marks, named at words[at], ends; null if none is. */
function respelledPlaceAt(words: readonly Word[], at: number): number | null {
  // (A surname first opens the holder's name: "Bí thư Huyện ủy Lê Văn Tâm".)
  if (surnameAt(words, at) > 0) return null;
  let to = at;
  while (to < at + 3) {
    const word = words[to];
    if (!word?.upper || !isNameWord(word) || (to > at && !isNameGap(word.gap))) break;
    if (to > at && surnameAt(words, to) > 0) break;
    to++;
  }
  if (to - at < 2) return null;
  return spellingVariantAt(words, at, to, (u) => u.type !== 'commune' || isProvinceLevel(u))?.to ?? null;
}

const STREET = foldKey('phố');

/** Whether a country's name, written with its capitals, opens at words[at]: "Nhật Bản", "Hàn Quốc". */
const countryAt = (words: readonly Word[], at: number): boolean =>
  NAMED_PLACES.longestAt(
    words,
    at,
    (m, places) => places[0]?.type === 'country' && m.every((w) => w.upper),
  ) !== null;

/** "số 214/KH-UBND", "214/KH-UBND": the number of a document at words[at]. */
function documentNumberAt(words: readonly Word[], at: number): boolean {
  const number = words[at]?.key === NUMBER_WORD ? words[at + 1] : words[at];
  return number !== undefined && /^\d/.test(number.text);
}

/** A field of government after "Sở", "Bộ", "Cục": "Kế hoạch và Đầu tư", "KH&ĐT", or capitalized words. */
export function sectorAfter(words: readonly Word[], at: number): number {
  if (words[at]?.gap !== ' ') return at;
  const known = SECTORS.longestAt(words, at, (m) => m[0]?.upper === true);
  if (known) {
    // "Chi cục Chăn nuôi và Thú y", "Chi cục Trồng trọt và Bảo vệ thực vật": fields joined by "và".
    let end = at + known.length;
    while (words[end]?.key === AND_WORD && words[end]?.gap === ' ' && words[end + 1]?.gap === ' ') {
      const more = SECTORS.longestAt(words, end + 1, (m) => m[0]?.upper === true);
      // ("Phòng Cảnh sát giao thông và Công an tỉnh": a body's own head after "và" is another body;
      // "Quyết định của Bộ Y tế và Kế hoạch số 214/KH-UBND": a document numbered after it is one.)
      if (!more || headAt(words, end + 1) || documentNumberAt(words, end + 1 + more.length)) break;
      end += 1 + more.length;
    }
    // "Sở Giao thông vận tải - Xây dựng", "Sở GTVT - XD": two fields a merger joined by a dash.
    if (/^ ?[-–] ?$/.test(words[end]?.gap ?? '') && !headAt(words, end)) {
      const more = SECTORS.longestAt(words, end, (m) => m[0]?.upper === true);
      if (more) end += more.length;
    }
    return end;
  }
  // "Sở Ngoại vụ và Hợp tác quốc tế" is not listed: capitalized words, "và" between them.
  let to = at;
  // "Sở Quy hoạch - Kiến trúc": two fields joined by a dash.
  const dashed = (word: Word | undefined) => word !== undefined && /^ ?[-–] ?$/.test(word.gap) && word.upper;
  while (to < at + 5) {
    const word = words[to];
    if (!word || (to > at && word.gap !== ' ' && !dashed(word))) break;
    // ("Bộ Nông Lâm Thủy sản Nhật Bản": the country a foreign ministry belongs to closes the field.)
    if (to > at && word.upper && countryAt(words, to)) break;
    if (word.upper && !typeWordAt(words, to)) to++;
    else if (to > at && word.key === 'và') {
      // ("Đồn Biên phòng A và Công an huyện B": a body's own head after "và" is another body;
      // "… và Nguyễn Văn Nam", a surname and a capital after it, a person.)
      const person = surnameAt(words, to + 1) > 0 && words[to + 2]?.upper && words[to + 2]?.gap === ' ';
      if (words[to + 1]?.upper && !headAt(words, to + 1) && !person) to++;
      else break;
    }
    // "Tổng cục Dự trữ Nhà nước": the lower-case syllable of a word the capital opened, before
    // another capital, or closing the name in the rhythm of the words before it.
    else if (
      to > at &&
      word.gap === ' ' &&
      !ENDS_NAME.has(word.key) &&
      words[to - 1]?.upper &&
      ((words[to + 1]?.upper &&
        !words[to + 1]?.caps &&
        (words[to + 1]?.gap === ' ' || dashed(words[to + 1]))) ||
        // "Sở Quy hoạch và Kiến trúc": a field "và" joins to the next.
        (words[to + 1]?.key === 'và' &&
          words[to + 2]?.upper &&
          !words[to + 2]?.caps &&
          !headAt(words, to + 2)) ||
        (words[to - 2]?.key === 'và' && !words[to - 3]?.upper && words[to - 4]?.upper) ||
        (to - at >= 3 && !words[to - 2]?.upper && words[to - 3]?.upper))
    )
      to++;
    else break;
  }
  // "Di tích Sở Chỉ huy chiến dịch": one capital the lexicon does not know, its word going on in
  // lower case, is half a compound ("Chỉ huy"), no field of government.
  const next = words[to];
  if (to === at + 1 && next?.gap === ' ' && !next.upper && !ENDS_NAME.has(next.key) && !typeWordAt(words, to))
    return at;
  return to;
}

const DANG = foldKey('đảng');
const AND_WORD = foldKey('và');

/** The body a "Ban", "Văn phòng" or "Ban Thường vụ" belongs to: "Tỉnh ủy", "HĐND tỉnh", "Trung ương". */
export function parentAfter(words: readonly Word[], at: number): number {
  if (words[at]?.gap !== ' ') return at;
  // "Ủy ban Kinh tế của Quốc hội": the parent may come after "của".
  if (words[at]?.key === 'của' && words[at + 1]?.gap === ' ') {
    const end = parentAfter(words, at + 1);
    return end > at + 1 ? end : at;
  }
  const parent = PARENT_BODIES.longestAt(words, at, (m) => m[0]?.upper === true);
  if (!parent) return at;
  const end = at + parent.length;
  // "Tỉnh ủy Bình Phước" names its place; "Đảng ủy xã", "Đảng ủy phường Tân Phong" their level.
  const committee = /ủy$/.test(words[end - 1]?.key ?? '') && words[at]?.key !== DANG;
  return committee ? placeAfter(words, end).to : levelAfter(words, end).to;
}

// Legal forms that open a company name: "Công ty TNHH", "Công ty cổ phần", "Ngân hàng TMCP".
const LEGAL_FORMS = [
  'tnhh',
  'mtv',
  'cp',
  'tmcp',
  'cổ phần',
  'trách nhiệm hữu hạn',
  'một thành viên',
  'thương mại cổ phần',
  'hợp danh',
  'tư nhân',
];

/**
 * The head of a body at words[at], unless it names a body only with a level and none follows:
 * "Viễn thông Lạng Sơn" is a body, the "Viễn thông Quân đội" of "Tập đoàn Công nghiệp - Viễn
 * thông Quân đội" part of a name.
 */
function bodyHeadAt(words: readonly Word[], at: number): ReturnType<typeof headAt> {
  const head = headAt(words, at);
  if (head && NEEDS_LEVEL.has(headKeyOf(head, at)) && levelAfter(words, head.to).to === head.to) return null;
  // ("Công ty TNHH Vật liệu xây dựng Trường Long Hòa": a commune's name, no school.)
  if (head && bareSchoolWord(head, at)) return null;
  return head;
}

/** A body's head at words[at] followed by a capitalized name (past its legal forms). */
function opensNamedBody(words: readonly Word[], at: number): boolean {
  const head = bodyHeadAt(words, at);
  if (!head) return false;
  const k = pastLegalForms(words, head.to);
  const next = words[k];
  return k > head.to ? next?.gap === ' ' && next.upper : next?.gap === ' ' && next.upper && !next.caps;
}

/** Where "Công ty CP", "Công ty TNHH" at words[at] ends, when no name follows its legal form. */
function bareLegalBodyEnd(words: readonly Word[], at: number): number | null {
  const head = headAt(words, at);
  if (head?.head.type !== 'company') return null;
  const k = pastLegalForms(words, head.to);
  const next = words[k];
  return k > head.to && !(next?.gap === ' ' && next.upper) ? k : null;
}

/** Where the legal forms from words[at] end ("TNHH MTV", "Cổ phần"), or `at` when none opens there. */
export function pastLegalForms(words: readonly Word[], at: number): number {
  let k = at;
  for (let n = legalFormAt(words, k); n > 0; n = legalFormAt(words, k)) k += n;
  return k;
}

function legalFormAt(words: readonly Word[], at: number): number {
  for (const form of LEGAL_FORMS) {
    const parts = form.split(' ');
    if (parts.every((part, k) => words[at + k]?.key === part && words[at + k]?.gap === ' '))
      return parts.length;
  }
  return 0;
}

/** A unit of measure ("MW", "ha") or of time ("tháng") after the number at words[at] ("2.400 MW"). */
const SCALE_WORDS = new Set(['nghìn', 'ngàn', 'vạn', 'triệu', 'tỷ', 'tỉ'].map(foldKey));

function measuredBy(words: readonly Word[], at: number): boolean {
  let k = at;
  while (/^[.,]$/.test(words[k + 1]?.gap ?? '') && /^\d+$/.test(words[k + 1]?.text ?? '')) k++;
  const next = words[k + 1];
  // "… Thủy sản Sóc Trăng 10 tháng xuất khẩu": a length of time after the number too.
  if (next === undefined || next.gap !== ' ') return false;
  // "Quỹ Cứu trợ tỉnh 500 triệu đồng": a scale word makes the number a sum.
  if (SCALE_WORDS.has(next.key)) return true;
  const kind = matchUnit(next.key, 0)?.kind;
  return kind === 'measure' || kind === 'duration';
}

/**
 * A day and month ("19/5", "30-4") at words[at] inside a name, with no year after it: no date of
 * the sentence, which "ngày" or a year would mark.
 */
function dayOfYearAt(words: readonly Word[], at: number): boolean {
  const [day, month, after] = [words[at], words[at + 1], words[at + 2]];
  if (!day || !month || day.gap !== ' ' || !/^[/-]$/.test(month.gap)) return false;
  if (!/^\d{1,2}$/.test(day.text) || !/^\d{1,2}$/.test(month.text)) return false;
  if (after !== undefined && (/^[/.-]$/.test(after.gap) || after.key === YEAR)) return false;
  const [d, m] = [Number(day.text), Number(month.text)];
  return d >= 1 && d <= 31 && m >= 1 && m <= 12;
}

const YEAR = foldKey('năm');
const NUMBER_WORD = foldKey('số');
/** "chuyên": a specialized school, before the university that runs it. */
export const SPECIALIZED = foldKey('chuyên');
// Words that qualify a figure ("gần 48", "hơn 20"): a number after one is never a name's.
// ("Trường THPT chuyên Đại học Vinh tuyển 350 học sinh": nor after a verb that takes a count.)
const QUALIFIERS = new Set(
  [
    'gần',
    'hơn',
    'trên',
    'khoảng',
    'dưới',
    'đạt',
    'được',
    'có',
    'tuyển',
    'nhận',
    'đón',
    'cấp',
    'mua',
    'bán',
    'trồng',
    'tiêm',
    'khám',
    'đào',
  ].map(foldKey),
);

/**
 * The proper name after "Công ty", "Tập đoàn", "Trường": legal forms, then
 * capitalized words; it stops at a lower-case word or punctuation
 * ("Công ty TNHH Sao Mai, thuộc..."). Returns the end, and whether a legal form came first.
 * `holderMayFollow` says a title stands before the head, so a person's name may close the run
 * ("Giám đốc Công ty TNHH Sao Mai Tạ Văn Lâm"); without one the run is the name whole
 * ("Công ty TNHH Thực phẩm Kim Hải Long").
 */
export function properNameAfter(
  words: readonly Word[],
  at: number,
  holderMayFollow = true,
): { to: number; legal: boolean } {
  let to = pastLegalForms(words, at);
  const legal = to > at;
  const nameFrom = to;
  while (to < nameFrom + MAX_NAME_WORDS) {
    const word = words[to];
    if (!word || !isNameGap(word.gap)) break;
    // "Tập đoàn A - Công ty Cổ phần B": a dash before another body with a name of its own
    // joins two bodies (a consortium); "... 8 - CTCP", a bare legal form, still ends this one.
    if (to > nameFrom && /[-–]/.test(word.gap) && opensNamedBody(words, to)) break;
    // "Tập đoàn Vingroup - Công ty CP": the group's legal form after a dash closes its name.
    const legalBody = to > nameFrom && /[-–]/.test(word.gap) ? bareLegalBodyEnd(words, to) : null;
    if (legalBody !== null) {
      to = legalBody;
      break;
    }
    // "Nhà máy Thủy điện Huội Quảng 520 MW": a number with a unit after it is a quantity.
    if (/^\d/.test(word.text) && measuredBy(words, to)) break;
    // "Hợp tác xã Thủy sản 19/5", "Công ty 30-4": a name that honours a day of the year.
    if (dayOfYearAt(words, to)) {
      to += 2;
      continue;
    }
    if (word.upper || /^\d/.test(word.text)) {
      to++;
      // "Công ty CP Lilama 45.3", "Nhà máy điện gió Phan Lâm 2.1": a unit or a phase numbered
      // under its parent's number (one or two digits: "2.080" would be a thousands group).
      const sub = words[to];
      if (
        /^\d+$/.test(word.text) &&
        sub?.gap === '.' &&
        /^\d{1,2}$/.test(sub.text) &&
        !/^[./]\d/.test(`${words[to + 1]?.gap ?? ''}${words[to + 1]?.text ?? ''}`)
      )
        to++;
      continue;
    }
    // "Bệnh viện Nhi đồng Thành phố", "Công an Thành phố Thủ Đức": the city's level, capitalized
    // as a name's own word.
    if (to > nameFrom && word.key === STREET && words[to - 1]?.text === 'Thành' && word.gap === ' ') {
      to++;
      continue;
    }
    // "Công ty Cổ phần Giống cây trồng Trung ương": the second syllable of "Trung ương" closes it.
    if (word.key === CENTRAL[1] && words[to - 1]?.key === CENTRAL[0] && to > nameFrom) {
      to++;
      continue;
    }
    // "Cao su Phú Riềng", "Điện lực miền Nam", "Đầu tư và Phát triển": one or two
    // lower-case words inside the name, when a capitalized one follows them.
    // "Đội Quản lý thị trường số 3", "Trường THPT số 1 Sa Pa": a body numbered in its series.
    if (word.key === NUMBER_WORD && /^\d+$/.test(words[to + 1]?.text ?? '') && words[to + 1]?.gap === ' ') {
      to += 2;
      continue;
    }
    const lower = lowerStretch(words, to);
    if (to === nameFrom) {
      // "Đồn Biên phòng cửa khẩu cảng Hòn Gai": a name of lower-case words closed by capitals.
      const tail = firstWordTail(words, nameFrom, false);
      if (tail === null) break;
      to = tail;
      continue;
    }
    if (lower > 0) {
      to += lower;
      continue;
    }
    // "Ngân hàng Chính sách xã hội chi nhánh tỉnh", "Công ty Cổ phần Phát triển hạ tầng KCN
    // Sông Hậu": a name that capitalizes only its first syllable runs on to its level or to
    // the capitals that close it.
    // Also when the last capital stands alone after lower-case words: "Phổ thông Dân tộc nội trú tỉnh".
    const lastStandsAlone = to === nameFrom + 1 || (to > nameFrom + 1 && !words[to - 2]?.upper);
    // (Not after a brand or a foreign name, which is no syllable of a word: "Công ty CP Hàng không
    // VietJet mở đường bay Đà Nẵng - Băng Cốc", "Tập đoàn Marubeni hoàn thiện thủ tục".)
    const capital = words[to - 1]?.upper === true && !words[to - 1]?.caps && isSyllable(words[to - 1]!.text);
    const tail = lastStandsAlone && capital ? firstWordTail(words, to, true) : null;
    if (tail !== null) {
      // "Trung tâm Phát triển quỹ đất huyện phối hợp Công ty …": a name run on to its level
      // ends there; what follows is the sentence's.
      // (Not the "xã" of "xã hội", society.)
      const reachedLevel = words
        .slice(to, tail)
        .some((_, k) => typeWordAt(words, to + k) !== null && !socialAt(words, to + k));
      to = tail;
      if (reachedLevel) break;
      continue;
    }
    // "Viễn thông Quân đội", "Ngân hàng TMCP Quân đội (MB)": a name that capitalizes each word's
    // first syllable closes on the second syllable of its last word, when the clause or the
    // sentence's own words come right after it.
    // "Bệnh viện Đa khoa và Trạm Y tế": one capital then its syllable, before another body.
    const beforeBody = words[to + 1]?.key === 'và' && headAt(words, to + 2) !== null;
    // "Trung tâm Ghép tạng thực hiện ca ghép", "Quỹ Hỗ trợ có …": one capital then its syllable,
    // a verb of the sentence right after.
    const verbAfter =
      words[to + 1]?.gap === ' ' &&
      (SENTENCE_VERBS.has(`${words[to + 1]?.key} ${words[to + 2]?.key}`) ||
        PREDICATE_OPENERS.has(words[to + 1]!.key));
    const wordInitial = to > nameFrom + 1 ? !words[to - 2]?.upper : legal || beforeBody || verbAfter;
    if (
      wordInitial &&
      lastStandsAlone &&
      (closingSyllableAt(words, to, verbAfter) || pairedSyllableAt(words, nameFrom, to))
    )
      to++;
    // "Bệnh viện Bệnh Nhiệt đới tỉnh Hải Dương": the lower-case syllable that closes the last word,
    // then the level and place the name ends on.
    else if (
      to > nameFrom &&
      capital &&
      words[to]?.gap === ' ' &&
      !words[to]!.upper &&
      isSyllable(words[to]!.text) &&
      !ENDS_NAME.has(words[to]!.key) &&
      !JOINS.has(words[to]!.key) &&
      typeWordAt(words, to + 1) !== null &&
      !socialAt(words, to + 1) &&
      words[to + 2]?.upper === true
    ) {
      to++;
      continue;
    }
    break;
  }
  to = Math.min(holderMayFollow ? personAfterName(words, nameFrom, to) : to, nameFrom + MAX_NAME_WORDS);
  return { to: to > nameFrom ? to : at, legal };
}

/**
 * Where a person's full name closing the capitalized run words[from, to) begins
 * ("Tổng công ty Becamex IDC Mạc Trường Sơn", a title's company then its
 * holder), or `to` when none does. The name is a surname and two or three more
 * words up to the run's end, so "Đại Dương Phạm Thị Thanh Hạnh" keeps its brand
 * whole (five words from "Dương" are too many) and a brand of a surname and
 * one word ("Thương mại Hoàng Long") is no person. When the word after the
 * surname opens such a name itself ("Sao Mai Tạ Văn Lâm"), the person begins
 * there.
 */
function personAfterName(words: readonly Word[], from: number, to: number): number {
  // "Du lịch Hải Âu Nha Trang": a surname before a place's name ("Âu", then the city) opens
  // no person; the brand ends with the place. A common surname ("Nguyễn Thanh Sơn") or a middle
  // name "Văn", "Thị" ("Tạ Văn Lâm") still opens one, though Thanh Sơn and Văn Lâm are districts.
  const beforePlace = (k: number) =>
    !COMMON_SURNAMES.has(words[k]?.key ?? '') &&
    !MIDDLE_NAMES.has(words[k + 1]?.key ?? '') &&
    ADMIN_NAMES.longestAt(
      words,
      k + 1,
      // A city, district or province: a commune's name is too often a given name ("Thanh Hải").
      (m, units) => k + 1 + m.length === to && units.some((u) => u.type !== 'commune'),
    ) !== null;
  // ("Công ty TNHH Logistics Sơn Trà Pacific": a surname that opens a district's or province's
  // name, "Sơn Trà", is that place's first word, unless a middle name follows it.)
  const opensPlace = (k: number) =>
    !MIDDLE_NAMES.has(words[k + 1]?.key ?? '') &&
    ADMIN_NAMES.longestAt(
      words,
      k,
      (m, units) => m.length >= 2 && k + m.length < to && units.some((u) => u.type !== 'commune'),
    ) !== null;
  const opens = (k: number) =>
    (surnameAt(words, k) > 0 || words[k]?.text === 'Y') &&
    to - k >= 3 &&
    to - k <= 4 &&
    !beforePlace(k) &&
    !opensPlace(k);
  // "Giám đốc HTX Hồ Thị Lài": a name with a middle name "Thị", "Văn" right after the head is
  // the holder's; the body is named by its head alone.
  // ("Giám đốc HTX Mang Thị Hoa": the middle name says so even when the gazetteer lacks the
  // surname, as it lacks some of the Highlands' and the south-central coast's.)
  if (
    to - from >= 3 &&
    to - from <= 4 &&
    holderByMiddleName(words, from) &&
    words.slice(from, to).every((w) => w.upper)
  )
    return from;
  // ("Giám đốc HTX Trương Quang Lộc": after a cooperative's bare head, three words a surname opens
  // are its director, as no cooperative is named after a person.)
  if (
    cooperativeHeadBefore(words, from) &&
    to - from === 3 &&
    opens(from) &&
    words.slice(from, to).every((w) => w.upper)
  )
    return from;
  // ("… Công viên địa chất Đắk Nông H'Ngọc Ktla": a surname inside a place's name, "Nông", opens
  // no person; an Ê Đê or Cơ Ho name opening with "H'", "K'" does, of one to three words, or with
  // the surname before it, "Nay H'Blưk", unless a commune's name holds it, "Nâm N'Jang".)
  const placeCovers = (k: number, communes: boolean) =>
    [k - 1, k - 2].some(
      (j) =>
        j >= from &&
        ADMIN_NAMES.longestAt(
          words,
          j,
          (m, units) =>
            j + m.length > k && j + m.length <= to && (communes || units.some((u) => u.type !== 'commune')),
        ) !== null,
    );
  const capitalsTo = (k: number) => words.slice(k, to).every((w) => w.upper && w.gap === ' ');
  for (let k = Math.max(from + 1, to - 3); k < to; k++) {
    if (!APOSTROPHE_NAME.test(words[k]!.text) || !capitalsTo(k) || placeCovers(k, true)) continue;
    const holder = surnameAt(words, k - 1) > 0 && !placeCovers(k - 1, false) ? k - 1 : k;
    // (A name the whole run is, "HTX Nay H'Blưk", is left to the rules above.)
    if (holder > from) return holder;
  }
  for (let k = from + 1; k < to - 2; k++) {
    if (!opens(k) || placeCovers(k, false) || !capitalsTo(k)) continue;
    return opens(k + 1) ? k + 1 : k;
  }
  return to;
}

export const MIDDLE_NAMES: ReadonlySet<string> = new Set(['văn', 'thị'].map(foldKey));

const COOPERATIVE_HEAD = ['hợp', 'tác', 'xã'].map(foldKey);

/** A surname and two more capitalized words at words[at], the run ending there: "Trương Quang Lộc". */
export const holderOfThreeWords = (words: readonly Word[], at: number): boolean =>
  surnameAt(words, at) > 0 &&
  [0, 1, 2].every(
    (k) => words[at + k]?.upper === true && !words[at + k]!.caps && (k === 0 || words[at + k]!.gap === ' '),
  ) &&
  !(words[at + 3]?.upper && words[at + 3]!.gap === ' ');

/** "HTX" or "Hợp tác xã" ends right before words[at]. */
const cooperativeHeadBefore = (words: readonly Word[], at: number): boolean =>
  words[at - 1]?.text === 'HTX' || COOPERATIVE_HEAD.every((key, k) => words[at - 3 + k]?.key === key);

/**
 * Whether words[at] opens a person's name by its middle name: a surname, or a syllable the
 * gazetteer lacks as one ("Mang"), then "Thị" or "Văn" ("Giám đốc HTX Mang Thị Hoa").
 */
export const holderByMiddleName = (words: readonly Word[], at: number): boolean =>
  (surnameAt(words, at) > 0 || (words[at]?.upper === true && isSyllable(words[at]!.text))) &&
  MIDDLE_NAMES.has(words[at + 1]?.key ?? '');

// Words that end a name: prepositions, verbs of the sentence ("Công ty X tại Hà Nội", "Công ty X đã").
const ENDS_NAME = new Set(
  [
    ...SENTENCE_WORDS,
    'kia',
    'các',
    'những',
    'trong',
    'ngoài',
    'sau',
    'trước',
    'qua',
    'bà',
    'ông',
    'anh',
    'chị',
    'tỉnh',
    'huyện',
    'xã',
    'phường',
    'thành',
    'quận',
    'thị',
    'năm',
    'tháng',
    'ngày',
    // Verbs of ceremonies that link a body to what it builds or gives ("Tập đoàn A khởi công Khu
    // nghỉ dưỡng B", "Công ty C trao Nhà tình nghĩa"); none is a lower-case word of a name.
    'khởi',
    'khánh',
    'ký',
    'trao',
    'tặng',
    'thăm',
    // Verbs that report speech: "… công nhân Công ty TNHH Linh kiện 3K Vina kể".
    'kể',
    'nói',
    // "Bệnh viện Trung ương Huế vượt mốc 1.000 ca", "HTX Nông sản Thanh Liên đạt OCOP 3 sao": a
    // verb of reaching.
    'vượt',
    'đạt',
  ].map(foldKey),
);

/**
 * Words of a body's proper name at most: "Nông nghiệp và Phát triển nông thôn chi nhánh tỉnh Phú
 * Thọ" has twelve.
 */
const MAX_NAME_WORDS = 14;

/** Lower-case words a name capitalized on its first syllable may hold: "Chính sách xã hội chi nhánh", "Quản lý khai thác công trình thủy lợi tỉnh". */
const MAX_TAIL = 8;
const ECONOMY = foldKey('kinh tế');
const SOCIETY = foldKey('xã hội');
/** Whether words[at] opens "xã hội", society, and no commune. */
const socialAt = (words: readonly Word[], at: number): boolean =>
  `${words[at]?.key} ${words[at + 1]?.key}` === SOCIETY && words[at + 1]?.gap === ' ';

// Verbs of two syllables that say what a body did, not what it is called.
const SENTENCE_VERBS = new Set(
  [
    'hoàn thành',
    'triển khai',
    'tổ chức',
    'thực hiện',
    'tiếp nhận',
    'tiếp đón',
    'đón tiếp',
    'khởi công',
    'khánh thành',
    'ký kết',
    'trao tặng',
    'cho biết',
    'yêu cầu',
    'đề nghị',
    'kiến nghị',
    'phấn đấu',
    'cam kết',
    'báo cáo',
    'phối hợp',
    'kiểm tra',
    'vận hành',
    'quản lý',
    'duy trì',
    'khai mạc',
    'bế mạc',
    'hoàn thiện',
    'hoàn tất',
    'công bố',
    'thông báo',
    'ban hành',
    'đề xuất',
    'đón nhận',
    'đưa thêm',
    'bổ sung',
    'xét xử',
    'xử phạt',
    'phát hiện',
    'bắt giữ',
    'tiếp tục',
    'chủ trì',
    'ra mắt',
    // ("HTX thu mua 180 tấn búp tươi", "Thành viên HTX thu hái chè": a cooperative's trade.)
    'thu mua',
    'thu hái',
  ].map(foldKey),
);

// Words of two syllables one of which alone would end a name: "Thiết bị", "Đổi mới", "khởi
// nghiệp", "Dân số" are nouns of a body's field, no verb or figure of the sentence; so is "nhà
// ở" (housing), whose "ở" is no preposition; nor is the "ký" (sign) of "lưu ký" (custody) or
// "đăng ký" (registration), nor the "quả" (a fruit's classifier) of "rau quả" (fruit and vegetables),
// nor the "tặng" (give) of "quà tặng" (gifts).
const NAME_COMPOUNDS: ReadonlySet<string> = new Set(
  [
    'thiết bị',
    'trang bị',
    'đổi mới',
    'khởi nghiệp',
    'dân số',
    'sáng tạo',
    'nhà ở',
    'lưu ký',
    'đăng ký',
    'rau quả',
    'quà tặng',
  ].map(foldKey),
);

/** Whether words[at] is half of a two-syllable noun of NAME_COMPOUNDS, with the word before or after. */
const inNameCompound = (words: readonly Word[], at: number): boolean =>
  (words[at]?.gap === ' ' && NAME_COMPOUNDS.has(`${words[at - 1]?.key} ${words[at]?.key}`)) ||
  (words[at + 1]?.gap === ' ' && NAME_COMPOUNDS.has(`${words[at]?.key} ${words[at + 1]?.key}`));

/** Whether words[at] is the lower-case half of a word of bodies' names after its capital ("Môi trường"). */
const halfOfBodyWord = (words: readonly Word[], at: number): boolean =>
  words[at]?.gap === ' ' &&
  words[at - 1]?.upper === true &&
  NAME_WORDS_OF_BODIES.has(`${words[at - 1]!.key} ${words[at]!.key}`);

const PREDICATE_OPENERS: ReadonlySet<string> = new Set(
  // ("Công ty chọn KCN Đồng Văn III vì …", "Công ty tuyển 300 lao động": verbs a firm's sentence
  // opens with, which no lower-case word of a firm's name is.)
  [
    'nằm',
    'đã',
    'đang',
    'sẽ',
    'được',
    'bị',
    'là',
    'vừa',
    'có',
    'gồm',
    'đạt',
    'chọn',
    'tuyển',
    'thuê',
    'nộp',
    // ("HTX làm hồ sơ sản phẩm OCOP 3 sao": a firm's doing.)
    'làm',
  ].map(foldKey),
);

// ("Công ty TNHH Cà phê Hoàng Gia quý I xuất khẩu …": a quarter after the name is the sentence's.)
const TERM_WORDS = new Set(['khóa', 'kỳ', 'lần', 'quý'].map(foldKey));

/** "khóa III", "kỳ 2", "quý I": a body's numbered term or a quarter at words[at], no word of its name. */
function termAt(words: readonly Word[], at: number): boolean {
  return TERM_WORDS.has(words[at]?.key ?? '') && /^(?:[IVXL]+|\d{1,2})$/.test(words[at + 1]?.text ?? '');
}

/** The number words[at] goes on past a decimal comma or dot ("1,5"), or into a range ("1 - 2", "1-2"). */
const numberGoesOn = (words: readonly Word[], at: number): boolean => {
  const next = words[at + 1];
  return (
    continuesNumber(next) || (next !== undefined && /^\d/.test(next.text) && /^ ?[-–] ?$/.test(next.gap))
  );
};

/**
 * Where the lower-case words at words[at] end a name whose only capital was its first syllable:
 * through a level and place ("... chi nhánh tỉnh Đắk Nông"), or up to capitals that go on with
 * the name ("... hạ tầng KCN Sông Hậu"). Null when a word of the sentence, punctuation or a
 * number comes first: then the lower-case words are the sentence, not the name.
 */
function firstWordTail(words: readonly Word[], at: number, afterCapital: boolean): number | null {
  // "Trung tâm hoàn thành tu bổ điện Cần Chánh", "… Cố đô Huế quản lý 17 di tích": a verb right
  // after a head or a name is the sentence's.
  if (SENTENCE_VERBS.has(`${words[at]?.key} ${words[at + 1]?.key}`)) return null;
  // ("Nhà máy nằm cách KCN Nam Cấm 5 km", "Trung tâm đã cấp 300 giấy phép": so is a word that only
  // a sentence's predicate opens with.)
  // ("Thiết bị y tế Hoàng Lâm": "bị" closing "thiết bị" is a noun's, no passive.)
  if (PREDICATE_OPENERS.has(words[at]?.key ?? '') && !inNameCompound(words, at)) return null;
  // ("Ban Chấp hành Hiệp hội khóa III": a body's term, numbered, is no name of it.)
  if (termAt(words, at)) return null;
  // ("HTX người Mường giúp 86 hộ", "doanh nghiệp người Hoa": the people a body is of, no name.)
  if (words[at]?.key === PEOPLE && !words[at]!.upper && words[at + 1]?.upper) return null;
  for (let k = at; k <= at + MAX_TAIL; k++) {
    const word = words[k];
    // "Tổng công ty Xây dựng công trình giao thông 8": a number closes a name that has a
    // capital of its own; after a bare head it is the sentence's ("Trung tâm triển khai 14 dự án").
    // "Lữ đoàn Công binh 229": three digits right after the syllable that ends the capital's word.
    // ("Công ty CP Xây dựng giao thông 492 Hà Nam": or three anywhere, the name going on after them.)
    const nameGoesOn = words[k + 1]?.upper === true && words[k + 1]?.gap === ' ';
    const digits = k === at + 1 || nameGoesOn ? /^\d{1,3}$/ : /^\d{1,2}$/;
    // Not after a level: "Trung tâm Khuyến nông tỉnh cấp 25 tấn giống" is the sentence's number.
    const afterLevel = words.slice(at, k).some((_, j) => typeWordAt(words, at + j) !== null);
    // ("Công ty Viettel đầu tư gần 48 tỷ đồng": a number a qualifier or a scale goes with is a sum.)
    if (
      afterCapital &&
      k > at &&
      word?.gap === ' ' &&
      digits.test(word.text) &&
      !afterLevel &&
      !measuredBy(words, k) &&
      !QUALIFIERS.has(words[k - 1]?.key ?? '') &&
      // ("Trường Đại học Bách khoa tăng 1,5 - 2 điểm": nor one a decimal or a range goes on from.)
      (!numberGoesOn(words, k) || dayOfYearAt(words, k))
    )
      return dayOfYearAt(words, k) ? k + 2 : k + 1;
    // "Tổng công ty Đầu tư và Phát triển công nghiệp (Becamex IDC)": the short name the
    // text defines in brackets closes the name before it.
    if (k > at && word?.gap === ' (' && word.upper && afterCapital && shortNameInBrackets(words, k)) return k;
    // ("Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện": a dash before a capital
    // joins a second part of the name.)
    if (word === undefined) return null;
    const dashedCapital = k > at && /^ [-–] $/.test(word.gap) && word.upper;
    // ("Viện Nghiên cứu phát triển kinh tế - xã hội Đà Nẵng": "kinh tế - xã hội", the economy and
    // society, is one field.)
    const socioEconomic =
      k > at &&
      /^ ?[-–] ?$/.test(word.gap) &&
      `${words[k - 2]?.key} ${words[k - 1]?.key}` === ECONOMY &&
      `${word.key} ${words[k + 1]?.key}` === SOCIETY;
    if ((word.gap !== ' ' && !dashedCapital && !socioEconomic) || /\d/.test(word.text)) return null;
    if (k > at && levelOpensAt(words, k, afterCapital)) return levelAfter(words, k).to;
    // Capitals that open another body end this one before them ("Viện trưởng Viện Nông nghiệp").
    // A brand closes a name as any capital does: "Công ty Cổ phần Hàng không VietJet".
    if (k > at && word.upper) {
      // "Trường Đại học Vinh và Nghệ nhân Ưu tú Lê Thị Mai": a title after "và" is another person's.
      if (words[k - 1]?.key === 'và' && TITLE_HEADS.longestAt(words, k) !== null) return null;
      const head = bodyHeadAt(words, k);
      // ("Trung tâm Bảo tồn di sản văn hóa Hội An": a place whose name opens like a head, "Hội".)
      const place = head && ADMIN_NAMES.longestAt(words, k, (m) => m.length >= 2 && m.every((w) => w.upper));
      return head && head.head.fullName === undefined && !place ? null : k;
    }
    // "xã hội": a level word that opens no level is a syllable like any other; so is the
    // "không" of "hàng không" (aviation), the "bị" of "thiết bị" (equipment).
    const compound =
      (word.key === 'không' && words[k - 1]?.key === 'hàng') ||
      (LEVEL_HALVES.has(word.key) && !typeWordAt(words, k)) ||
      inNameCompound(words, k);
    if (word.upper || (ENDS_NAME.has(word.key) && !typeWordAt(words, k) && !compound)) return null;
    // "VietJet khai thác lại hai đường bay …": a number word before a counted noun is the
    // sentence's count ("Đầu tư" holds "tư", four, and goes on).
    if (NUMBER_WORDS.has(word.key) && !compound && countedNounAt(words, k + 1)) return null;
  }
  return null;
}

/** A noun the unit lexicon counts at words[at]: "đường bay", "dự án". */
function countedNounAt(words: readonly Word[], at: number): boolean {
  const phrase = words
    .slice(at, at + 3)
    .map((w) => w.key)
    .join(' ');
  return words[at]?.gap === ' ' && matchUnit(phrase, 0)?.kind === 'counted';
}

/** A short name in brackets with two capitals or more: "(Becamex IDC)", "(ACV)". */
function shortNameInBrackets(words: readonly Word[], at: number): boolean {
  const run = bracketedRun(words, at);
  return run !== null && capitalsIn(run) >= 2;
}

// "Bệnh viện Đa khoa tỉnh và ...": words after a bare level that show the name ended there.
const LEVEL_CLOSERS = new Set(['và', 'với', 'cùng', 'của', 'cho', 'tại', 'để']);

/** A level word that is one, not a syllable of a word: "tỉnh Gia Lai", "tỉnh." but not "xã hội". */
function levelOpensAt(words: readonly Word[], at: number, beforeVerb: boolean): boolean {
  const level = typeWordAt(words, at);
  if (!level) return false;
  const next = words[at + level.length];
  if (next?.gap !== ' ' || next.upper || ENDS_NAME.has(next.key) || LEVEL_CLOSERS.has(next.key)) return true;
  // "Trường Chính trị tỉnh khai giảng": after a capitalized name "tỉnh" and "huyện" are whole
  // words before a verb; only "tỉnh lộ", "tỉnh lỵ", "huyện lỵ" join them to a next syllable.
  // ("Trung tâm dữ liệu tỉnh đi vào hoạt động", all in lower case, names a facility.)
  return (
    beforeVerb &&
    level.length === 1 &&
    PROVINCE_OR_DISTRICT.has(words[at]!.key) &&
    !LEVEL_COMPOUNDS.has(next.key)
  );
}

const PROVINCE_OR_DISTRICT = new Set(['tỉnh', 'huyện'].map(foldKey));
const LEVEL_COMPOUNDS = new Set(['lộ', 'lỵ', 'ủy', 'táo', 'đội', 'đoàn'].map(foldKey));

/** Whether a place's name of one to three words ends right before words[at] (not before `from`). */
function placeEndsBefore(words: readonly Word[], at: number, from: number): boolean {
  for (let k = at - 1; k >= Math.max(from, at - 3); k--) {
    if (
      ADMIN_NAMES.longestAt(words, k, (m) => k + m.length === at) ||
      CITY_ALIASES.longestAt(words, k, (m) => k + m.length === at)
    )
      return true;
  }
  return false;
}

/** A lower-case syllable a name may end on: no number, no word of the sentence, no level word. */
function isNameSyllable(words: readonly Word[], at: number): boolean {
  const syllable = words[at];
  if (syllable?.gap !== ' ' || syllable.upper || /\d/.test(syllable.text)) return false;
  // ("Trung tâm logistics Cái Cui và ký kết …": "và" joins, it is no half of a word.)
  if (syllable.key === AND_WORD) return false;
  return !ENDS_NAME.has(syllable.key) && typeWordAt(words, at) === null;
}

/**
 * True when words[at] is a lower-case syllable that closes the word begun by the capital before
 * it: a word of the sentence, punctuation, a level word or the end of the text comes next. A
 * syllable followed by more lower-case words is the sentence going on ("Tập đoàn Quân đội tài
 * trợ" keeps "đội", "Công ty Hòa Phát tài trợ" takes nothing).
 */
export function closingSyllableAt(words: readonly Word[], at: number, verbAfter = false): boolean {
  const last = words[at - 1];
  // ("Tổng công ty Dầu khí Quốc tế Kuwait góp vốn": a foreign word has no lower-case half.)
  if (!last?.upper || last.caps || !isNameSyllable(words, at) || isForeignWord(last.text)) return false;
  if (placeEndsBefore(words, at, Math.max(0, at - 3))) return false;
  const after = words[at + 1];
  return (
    verbAfter ||
    // ("Viện Khoa học và Công nghệ Môi trường lưu ý": a word of bodies' names closes whatever follows.)
    halfOfBodyWord(words, at) ||
    after === undefined ||
    after.gap.trim() !== '' ||
    ENDS_NAME.has(after.key) ||
    after.key === 'và' ||
    typeWordAt(words, at + 1) !== null
  );
}

/**
 * True when words[at] is the lower-case half of the last word of a name written as two or more
 * words before it, each a capital and one lower-case syllable ("Công nghiệp - Viễn thông Quân
 * đội"): the name keeps that rhythm to its end, whatever verb follows it.
 */
function pairedSyllableAt(words: readonly Word[], from: number, at: number): boolean {
  if (!isNameSyllable(words, at) || isForeignWord(words[at - 1]?.text ?? '')) return false;
  // "Trung tâm Bảo tồn Di tích Cố đô Huế quản lý …": a place's one-word name closes the name;
  // the syllable after it opens the sentence's verb.
  // ("Trung tâm Điện lực Duyên Hải đặt tại …": so does a place's name of two or three words.)
  if (placeEndsBefore(words, at, from)) return false;
  const pairs = at - 1 - from;
  if (pairs < 4 || pairs % 2 !== 0) return false;
  // The last word's capital stands right before: "Công ty CP Đầu tư Xây dựng 492 làm chủ đầu tư"
  // closes on its number, not on the verb after it.
  const capital = words[at - 1];
  if (!capital?.upper || capital.caps) return false;
  for (let k = from; k < at - 1; k += 2) {
    const [capital, lower] = [words[k], words[k + 1]];
    if (!capital?.upper || capital.caps || !lower || lower.upper || lower.gap !== ' ') return false;
  }
  return true;
}

const LEVEL_HALVES = new Set(['thị', 'thành']);
// Words that join a name to what follows, no syllable of it: "Hội An Tây và xã Tân Hiệp".
const JOINS = new Set(['và', 'với', 'của', 'cho', 'tại', 'ở', 'thuộc'].map(foldKey));
const PEOPLE = foldKey('người');
const NEW = foldKey('mới');

/** How many lower-case words (one or two) sit between capitalized words of a name at words[at]. */
function lowerStretch(words: readonly Word[], at: number): number {
  // ("Bệnh viện … Đồng Hới tổ chức Ngày hội …": a verb of the sentence after a name ends it.)
  if (SENTENCE_VERBS.has(`${words[at]?.key} ${words[at + 1]?.key}`)) return 0;
  if (termAt(words, at)) return 0;
  for (let n = 1; n <= 2; n++) {
    const word = words[at + n - 1];
    if (!word || word.upper || word.gap !== ' ') return 0;
    // "Đô thị Xanh": the half of a level word ends a name only when it opens one ("thị xã").
    const syllable = LEVEL_HALVES.has(word.key) && typeWordAt(words, at + n - 1) === null;
    // ("Cục Hàng không Việt Nam": "không" is no negation after "Hàng".)
    const noun = inNameCompound(words, at + n - 1) || halfOfBodyWord(words, at + n - 1);
    // ("Công ty TNHH Vật liệu mới Hengtai Việt Nam": "mới", new, describing the trade before a
    // brand, no "just" of the sentence.)
    // (After a lower-case syllable only, and not before a title or another body: "Viettel mới
    // Thủ tướng khen" is the sentence's.)
    const after = words[at + n];
    const described =
      word.key === NEW &&
      n === 2 &&
      after?.upper === true &&
      after.gap === ' ' &&
      TITLE_HEADS.longestAt(words, at + n) === null &&
      bodyHeadAt(words, at + n) === null;
    if (ENDS_NAME.has(word.key) && !syllable && !noun && !described) return 0;
    // "Đầu tư và Phát triển": "và" only right before a capitalized word.
    if (n === 2 && words[at]?.key === 'và') return 0;
    const next = words[at + n];
    // "Công ty TNHH A và Công ty TNHH B": a second body's head after "và" opens a name of its own.
    // "Công nghiệp - Viễn thông Quân đội": a dash joins two parts of one name.
    const dashed = word.key !== 'và' && /^ [-–] $/.test(next?.gap ?? '');
    const joined = next?.gap === ' ' || dashed;
    // ("Trường Đại học Vinh và Nghệ nhân Ưu tú Lê Thị Mai": a title after "và" is another person's.)
    // ("Ban Quản lý dự án 2 đôn đốc Tổng công ty …": a verb, then another body, is the sentence's.)
    // (A head of two words or more: "Trường", "Hội" open names too: "Du lịch Trường Sơn Xanh".)
    const body = bodyHeadAt(words, at + n);
    // ("Trường THPT chuyên Đại học Vinh": a school the university runs is one body.)
    const another =
      (body !== null && body.to - (at + n) >= 2 && word.key !== SPECIALIZED) ||
      (word.key === 'và' && (body !== null || TITLE_HEADS.longestAt(words, at + n) !== null));
    // ("Tập đoàn Bưu chính Viễn thông Việt Nam": after the lower half of a word of bodies' names,
    // a head that could open another body, "Viễn thông", goes on with this one.)
    if (next?.upper && joined && !next.caps && (!another || (noun && word.key !== 'và'))) return n;
    // "Công ty Đấu giá hợp danh Trường Tín": a legal form inside the name, then its capitals.
    const form = word.key === 'và' ? 0 : legalFormAt(words, at + n);
    if (form > 0 && words[at + n + form]?.upper && words[at + n + form]?.gap === ' ') return n + form;
    // "Cảng Quốc tế SP-SSA": the second syllable of a capitalized word, then the short name.
    if (
      n === 1 &&
      word.key !== 'và' &&
      next?.caps &&
      next.gap === ' ' &&
      words[at - 1]?.upper &&
      !words[at - 1]?.caps &&
      !another
    )
      return n;
    // "Tổng công ty Khoáng sản - TKV": a group's brand after a dash closes its member's name.
    if (dashed && next?.caps && headAt(words, at + n)?.head.fullName !== undefined) return n;
  }
  return 0;
}

/**
 * Where the level after a short name in brackets runs, words[from, to), when a body's name goes on
 * past the bracket: "(BHXH) tỉnh Hậu Giang", "(UBND) tỉnh Bình Phước", "(BHXH) Việt Nam". Null when
 * words[at] opens no abbreviation in brackets or no level follows it.
 */
export function levelPastAbbreviation(
  words: readonly Word[],
  at: number,
): { from: number; to: number } | null {
  const short = bracketedRun(words, at);
  if (!short || capitalsIn(short) < 2) return null;
  const from = at + short.length;
  if (words[from]?.gap !== ') ') return null;
  // The level is read as if the bracket were not there.
  const unbracketed = [...words.slice(0, from), { ...words[from]!, gap: ' ' }, ...words.slice(from + 1)];
  const reach = levelAfter(unbracketed, from);
  return reach.to > from ? { from, to: reach.to } : null;
}

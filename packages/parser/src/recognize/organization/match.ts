import type { OrganizationType } from '@dukien/core';
import { ADMIN_NAMES, PROVINCE_NAMES } from '../../lexicon/admin-units.js';
import { ETHNIC_GROUP_KEYS } from '../../lexicon/ethnic-groups.js';
import {
  type OrganizationHead,
  PARENT_BODIES,
  SECTORS,
  STUDY_FIELDS,
} from '../../lexicon/organization-heads.js';
import { CITY_ALIASES, NAMED_PLACES } from '../../lexicon/places.js';
import { COMMON_SURNAMES } from '../../lexicon/surnames.js';
import { foldKey } from '../../text/fold.js';
import { surnameAt, typeWordAt } from '../location/admin-place.js';
import { NUMBER_WORDS } from '../number-words.js';
import { placeTypeBefore } from '../person/introduced.js';
import { isNameGap, isSentenceGap, type Word } from '../tokens/tokenize.js';
import {
  levelAfter,
  levelPastAbbreviation,
  MIDDLE_NAMES,
  parentAfter,
  placeAfter,
  properNameAfter,
  SPECIALIZED,
  sectorAfter,
} from './complement.js';
import { fieldNameEnd, isFieldHead, isPurposeHead, purposeNameEnd } from './field-word.js';
import { bareSchoolWord, DELEGATIONS, headAt, headKeyOf, NEEDS_LEVEL } from './head.js';
import { managedZonesAfter } from './zone-board.js';

export interface OrganizationMatch {
  from: number;
  to: number;
  type: OrganizationType;
  head: OrganizationHead;
  /** The words, with a misspelled abbreviation corrected. */
  words: readonly Word[];
  /** Index just past the head's last word. */
  headTo: number;
  /** Where a body named inside this one starts ("Chính phủ" in "đoàn công tác của Chính phủ"). */
  inner?: number;
}

// "Giám đốc Công ty ...", "Chủ tịch HĐQT Tập đoàn ...", "đại diện Công ty ...": a title or a
// representative before a body, whose holder's name may follow the body's name.
const HOLDER_WORDS = /(?:^|\s)(?:giám đốc|chủ tịch|trưởng|phó|hđqt|quản trị|kiêm|đại diện|lãnh đạo|viên)$/u;

function titleBefore(words: readonly Word[], at: number): boolean {
  const before = words
    .slice(Math.max(0, at - 3), at)
    .map((w) => w.key)
    .join(' ');
  return (HOLDER_WORDS.test(foldKey(before)) || HOLDER_WORDS.test(before)) && !namedBeforeTitles(words, at);
}

/**
 * "Ông Nguyễn Văn Hạnh, Anh hùng Lao động, Giám đốc Công ty … Hoàng Kim Phát": the titles stand
 * after their holder's name, in apposition, so no other name closes the body's.
 */
function namedBeforeTitles(words: readonly Word[], at: number): boolean {
  for (let k = at - 1; k >= Math.max(1, at - 12); k--) {
    if (/[.;:!?()]/.test(words[k]?.gap ?? '')) return false;
    if (!/^, ?$/.test(words[k]?.gap ?? '')) continue;
    // The words right before the comma: a name of a surname and one to three more capitals,
    // not a place a type word names ("Ở huyện Lộc Ninh, Tổng Giám đốc Công ty … Lộc Ninh Đặng
    // Văn Quyết": "Lộc" is a surname too).
    for (let from = k - 2; from >= Math.max(0, k - 4); from--) {
      if (surnameAt(words, from) === 0 || placeTypeBefore(words, from)) continue;
      if (words.slice(from, k).every((w, i) => w.upper && (i === 0 || w.gap === ' '))) return true;
    }
  }
  return false;
}

const OF = foldKey('của');
const PARTY_COMMITTEE = foldKey('đảng ủy');
// "Phó Bí thư Đảng ủy, Chủ tịch UBND xã": in a chain of titles, the committee of the unit the
// next title names; the word before is the title's ("Bí thư", "Ban Thường vụ", "Ủy viên").
const TITLE_ENDS = new Set(['thư', 'vụ', 'viên'].map(foldKey));

function committeeOfTitle(words: readonly Word[], at: number, to: number, headKey: string): boolean {
  if (headKey !== PARTY_COMMITTEE || !words[at]?.upper) return false;
  const next = words[to];
  // "Đảng ủy viên" (a member of the committee): the committee, as "Tỉnh ủy viên" holds "Tỉnh ủy".
  if (next?.key === MEMBER && next.gap === ' ') return true;
  return TITLE_ENDS.has(words[at - 1]?.key ?? '') && (next === undefined || /^\s*[,;]/.test(next.gap));
}
const MEMBER = foldKey('viên');
const COMPOUNDS_ENDING_IN_SO = new Set(['trụ', 'cơ'].map(foldKey));
const COMMUNE = foldKey('xã');
const SOCIETY = foldKey('hội');

/** Where the body that sends a delegation ends, after "đoàn công tác" and an optional "của". */
function senderAfter(words: readonly Word[], at: number): { from: number; to: number } | null {
  const from = words[at]?.key === OF && words[at]?.gap === ' ' ? at + 1 : at;
  if (words[from]?.gap !== ' ') return null;
  // "đoàn công tác của tỉnh (Lai Châu)": sent by the authorities of a province or district; not
  // "của xã hội", society's.
  const level = words[from]!.upper ? null : typeWordAt(words, from);
  if (level && from > at && !(words[from]!.key === COMMUNE && words[from + 1]?.key === SOCIETY)) {
    const reach = levelAfter(words, from);
    return reach.to > from ? { from: -1, to: reach.to } : null;
  }
  if (!words[from]?.upper) return null;
  const body = organizationAt(words, from);
  if (body) return { from, to: body.to };
  // "đoàn công tác Trung ương": a delegation of a body named without a head of its own.
  const parent = PARENT_BODIES.longestAt(words, from, (m) => m[0]?.upper === true);
  return parent ? { from: -1, to: from + parent.length } : null;
}

// Bodies named by the body they serve: "Văn phòng thường trực Ban Chỉ huy …", "Cơ quan Cảnh
// sát điều tra Công an tỉnh", "Phòng giao dịch Ngân hàng Chính sách xã hội huyện".
const SERVING_HEADS = new Set(
  ['văn phòng thường trực', 'cơ quan cảnh sát điều tra', 'cơ quan an ninh điều tra', 'phòng giao dịch'].map(
    foldKey,
  ),
);
const LEVEL_OF = foldKey('cấp');

// "UBND các huyện", "HĐND các cấp": a plural after the head makes it generic.
const PLURAL = new Set(['các', 'những']);
// "UBND tám huyện, thành phố", "UBND 8 huyện", "UBND nhiều xã": a count or quantifier before a
// level word makes the bodies of several units, none named.
const QUANTIFIERS = new Set([...NUMBER_WORDS, ...['nhiều', 'mọi', 'một số'].map(foldKey)]);

function countedUnitsAt(words: readonly Word[], at: number): boolean {
  const word = words[at];
  if (word?.gap !== ' ') return false;
  const count = /^\d+$/.test(word.text) || QUANTIFIERS.has(word.key);
  return count && typeWordAt(words, at + 1) !== null;
}

/** The organization named from words[at]: its head and what completes it (see data/organizations.json). */
/** A type word ends right before words[at]: "thị trấn Quỹ Nhất" is a place, whatever its name. */
function afterTypeWord(words: readonly Word[], at: number): boolean {
  if (words[at]?.gap !== ' ') return false;
  return typeWordAt(words, at - 1)?.length === 1 || typeWordAt(words, at - 2)?.length === 2;
}

/**
 * Where the name of a site a board runs ends, when no zone follows "Ban Quản lý": "Ban Quản lý
 * Quần thể danh thắng Tràng An", "Ban Quản lý Vịnh Hạ Long", "Ban Quản lý rừng phòng hộ Tân
 * Phú". Null when no capital closes the name ("Ban quản lý chợ"), for another body, or for a
 * person ("Trưởng Ban Quản lý Nguyễn Văn An").
 */
function managedSiteAfter(words: readonly Word[], at: number): number | null {
  const first = words[at];
  if (first?.gap !== ' ' || first.caps || headAt(words, at)) return null;
  if (surnameAt(words, at) > 0) return null;
  // "Ban Quản lý rừng phòng hộ Tân Phú": lower-case words the capitals of the site close; not
  // the head's holder after them ("Ban Quản lý đường sắt đô thị Hà Nội Lương Văn Khoa").
  const name = properNameAfter(words, at, true);
  return name.to > at && words[name.to - 1]?.upper ? name.to : null;
}

// Heads of the protected areas a board or the rangers are named for.
const PARKS = new Set(['vườn quốc gia', 'vqg', 'khu bảo tồn thiên nhiên'].map(foldKey));
const RANGER_HEADS = new Set(['hạt kiểm lâm'].map(foldKey));

/**
 * Where the park after words[at] ends, for a body named for it: "Ban Quản lý Vườn quốc gia
 * Cúc Phương", "Ban Quản lý VQG" (the park of the story). Null when no park follows.
 */
function parkAfter(words: readonly Word[], at: number): number | null {
  const park = headAt(words, at);
  if (!park || !words[at]?.upper || words[at]?.gap !== ' ' || !PARKS.has(headKeyOf(park, at))) return null;
  return organizationAt(words, at)?.to ?? park.to;
}

const SEATED_IN = foldKey('tại');

/**
 * "Hiệp hội Doanh nghiệp Hàn Quốc tại Việt Nam", "Văn phòng Kinh tế - Văn hóa Đài Bắc tại
 * TP.HCM": a body of another country names where it sits after "tại"; its name ends at `to`
 * with that country. Returns where the seat ends, or `to`.
 */
function seatAfter(words: readonly Word[], to: number): number {
  if (words[to]?.key !== SEATED_IN || words[to]?.gap !== ' ') return to;
  let foreign = false;
  for (let k = Math.max(0, to - 3); k < to && !foreign; k++) {
    const country = NAMED_PLACES.longestAt(words, k, (m) => k + m.length === to);
    foreign = country?.values.some((p) => p.name !== 'Việt Nam') ?? false;
  }
  if (!foreign || words[to + 1]?.gap !== ' ') return to;
  const seat =
    NAMED_PLACES.longestAt(words, to + 1) ??
    CITY_ALIASES.longestAt(words, to + 1) ??
    PROVINCE_NAMES.longestAt(words, to + 1);
  return seat ? to + 1 + seat.length : to;
}

export function organizationAt(words: readonly Word[], at: number): OrganizationMatch | null {
  const found = headAt(words, at);
  if (!found || (found.head.follows === 'name' && afterTypeWord(words, at))) return null;
  // "Trường THPT chuyên Đại học Vinh": the university names the school it runs, no body of its own.
  if (found.head.head === 'Đại học' && words[at - 1]?.key === SPECIALIZED) return null;
  if (inLawTitle(words, at)) return null;
  // "xã Lịch Hội Thượng": "Hội" inside a capitalized name is no association's head.
  const before = words[at - 1];
  if (
    words[at]?.key === ASSOCIATION &&
    before?.upper &&
    !before.caps &&
    words[at]?.gap === ' ' &&
    !LEVEL_WORDS.has(before.key) &&
    before.gap !== '' &&
    !isSentenceGap(before.gap)
  )
    return null;
  const { head } = found;
  const fixed = found.words;
  const first = fixed[at]!;
  const headKey = headKeyOf(found, at);
  const result = (to: number): OrganizationMatch => ({
    from: at,
    to,
    headTo: found.to,
    type: head.type,
    head,
    words: fixed,
  });
  switch (head.follows) {
    case 'none': {
      if (!first.upper) return null;
      // "Chính phủ Ấn Độ", "Chính phủ Nhật Bản": the government of the country named after it.
      const country =
        headKey === GOVERNMENT && fixed[found.to]?.gap === ' '
          ? NAMED_PLACES.longestAt(fixed, found.to, (_, places) => places.some((p) => p.type === 'country'))
          : null;
      return result(found.to + (country?.length ?? 0));
    }
    case 'place': {
      // "Tỉnh ủy Bình Phước", "Huyện ủy Đồng Phú", or "Tỉnh ủy" alone.
      return first.upper ? result(placeAfter(fixed, found.to).to) : null;
    }
    case 'level': {
      // "đoàn công tác (của) Chính phủ", "Đoàn công tác của Bộ Công Thương": a delegation of a body.
      const sender = DELEGATIONS.has(headKey) ? senderAfter(fixed, found.to) : null;
      if (sender !== null)
        return sender.from < 0 ? result(sender.to) : { ...result(sender.to), inner: sender.from };
      // "Hạt Kiểm lâm VQG Phong Nha - Kẻ Bàng": the rangers of a park, named for it.
      const park = RANGER_HEADS.has(headKey) ? parkAfter(fixed, found.to) : null;
      if (park !== null) return result(park);
      const reach = levelAfter(fixed, found.to);
      // "ủy ban nhân dân tỉnh Bình Phước" may be lower-case; "công an tỉnh" alone may not; "đoàn
      // ĐBQH tỉnh" may, its abbreviation in capitals naming the body.
      const capsInHead = fixed.slice(at, found.to).some((w) => w.caps);
      if (!first.upper && !reach.named && !capsInHead) return null;
      if (
        NEEDS_LEVEL.has(headKey) &&
        reach.to === found.to &&
        levelPastAbbreviation(fixed, found.to) === null &&
        !committeeOfTitle(fixed, at, found.to, headKey)
      )
        return null;
      if (reach.to === found.to && PLURAL.has(fixed[found.to]?.key ?? '')) return null;
      // "UBND cấp xã", "HĐND cấp huyện": the bodies of every unit of a level, none named.
      if (reach.to === found.to && fixed[found.to]?.key === LEVEL_OF && typeWordAt(fixed, found.to + 1))
        return null;
      if (reach.to === found.to && countedUnitsAt(fixed, found.to)) return null;
      // "Tổng Lãnh sự quán Nhật Bản tại TP.HCM": a foreign body, then where it sits.
      return result(seatAfter(fixed, reach.to));
    }
    case 'sector': {
      // "phòng Văn hoá và Thông tin huyện": a lower-case head before a field it capitalizes.
      // ("Văn phòng Kinh tế" holds no "phòng Kinh tế", "trụ sở UBND tỉnh" no "sở UBND", "cơ sở
      // Y tế" no department.)
      const lowerHead =
        (first.key === 'phòng' && fixed[at - 1]?.key !== 'văn') ||
        (first.key === 'sở' && !COMPOUNDS_ENDING_IN_SO.has(fixed[at - 1]?.key ?? ''));
      if (!first.upper && !lowerHead) return null;
      // ("biện pháp phòng COVID-19": a lower-case "phòng" before no field the lexicon knows is
      // the verb "prevent".)
      if (!first.upper && !SECTORS.longestAt(fixed, found.to, (m) => m[0]?.upper === true)) return null;
      const end = sectorAfter(fixed, found.to);
      if (end === found.to) return null;
      // "Sở Y tế", "Sở Y tế tỉnh Bình Phước", "Bộ Y tế"; "Chi cục Hải quan cửa khẩu quốc tế Lệ
      // Thanh", a customs office named for the gate it serves.
      const level = levelAfter(fixed, end).to;
      return result(level === end ? (policeParentAfter(fixed, end) ?? gateAfter(fixed, end)) : level);
    }
    case 'parent': {
      // "Trưởng ban Tổ chức Tỉnh ủy": the title's "ban" opens "Ban Tổ chức Tỉnh ủy".
      if (!first.upper && fixed[at - 1]?.key !== 'trưởng') return null;
      const end = parentAfter(fixed, found.to);
      // "Ban Dân tộc tỉnh", "Ban Dân tộc tỉnh Lai Châu": a provincial agency, a level instead of a parent.
      // Not "Ban tổ chức tỉnh" (the organizers): the field is capitalized.
      const field = fixed[at + 1]?.upper === true;
      if (end === found.to && field && typeWordAt(fixed, found.to))
        return result(levelAfter(fixed, found.to).to);
      // "vào Ban Thường vụ", "trúng cử Ban Thường vụ khóa mới": the standing committee of the
      // party body the story is about, joined or elected, its parent left unsaid.
      if (end === found.to && STANDING_BODIES.has(headKey) && first.upper && electedInto(fixed, at, found.to))
        return result(found.to);
      if (end === found.to) return null;
      return result(end);
    }
    case 'zone': {
      // "Ban Quản lý Khu kinh tế mở Chu Lai", "BQL các KCN tỉnh Bình Dương"; "ban Quản lý KKT
      // Dung Quất", the board named again with its "Quản lý" capitalized.
      if (!first.upper && !fixed[at + 1]?.upper) return null;
      const end =
        managedZonesAfter(fixed, found.to) ?? parkAfter(fixed, found.to) ?? managedSiteAfter(fixed, found.to);
      if (end !== null) return result(levelAfter(fixed, end).to);
      // "Ban Quản lý các khu di tích tỉnh", "Ban Quản lý rừng phòng hộ huyện Mường Lát": what
      // the board runs, closed by its level ("Ban Quản lý Di tích tỉnh": its first word may be
      // capitalized).
      const purpose = first.upper ? purposeNameEnd(fixed, found.to, true) : null;
      return purpose === null ? null : result(purpose);
    }
    case 'name': {
      // "Trường THPT Lê Lợi", "Trường Đại học Vinh", "Trường Quân sự tỉnh", not "Trường Sơn" in a
      // person's name.
      if (bareSchoolWord(found, at)) return null;
      // "Công ty Công ty TNHH ...": a repeated head; the second one opens the name.
      if (headAt(fixed, found.to)?.head === head) return null;
      // "Bộ Tư lệnh Quân khu 2", "Bộ Tư lệnh Bộ đội Biên phòng": a command named by the body it commands.
      // "Văn phòng thường trực Ban Chỉ huy Phòng thủ dân sự tỉnh": the office of the body it serves.
      const serves = head.type === 'military' || SERVING_HEADS.has(headKey);
      const commanded = serves ? organizationAt(fixed, found.to) : null;
      if (commanded) return result(commanded.to);
      // "Bộ Tư lệnh Cảnh sát cơ động": a command named by the force it commands, in lower case past
      // its first word.
      if (head.type === 'military' && first.upper) {
        const force = sectorAfter(fixed, found.to);
        if (force > found.to) return result(levelAfter(fixed, force).to);
      }
      // "Ban Chỉ đạo khắc phục hậu quả bão số 3 tỉnh Yên Bái": a purpose in lower case.
      if (
        first.upper &&
        isPurposeHead(headKey) &&
        fixed[found.to]?.gap === ' ' &&
        /^\p{Ll}/u.test(fixed[found.to]?.text ?? '')
      ) {
        const purpose = purposeNameEnd(fixed, found.to, false, headKey === COUNCIL);
        return purpose === null ? null : result(purpose);
      }
      // "Văn phòng Điều phối Chương trình mục tiêu quốc gia xây dựng nông thôn mới tỉnh Quảng Nam".
      if (first.upper && isPurposeHead(headKey) && fixed[found.to]?.gap === ' ') {
        const purpose = purposeNameEnd(fixed, found.to, true);
        if (purpose !== null) return result(purpose);
      }
      const read = properNameAfter(fixed, found.to, titleBefore(fixed, at));
      const field = schoolFieldName(fixed, found.to, headKey);
      const name = field && field.to > read.to ? field : read;
      // "Nhà máy Nhật Bản tại KCN …": a country alone after a plant's head says whose it is, no name.
      const country = NAMED_PLACES.longestAt(fixed, found.to, (m) => found.to + m.length === name.to);
      if (!name.legal && headKey === PLANT_HEAD && country?.values.some((p) => p.type === 'country'))
        return null;
      // "Cơ quan Cảnh sát điều tra đã khởi tố": the police's investigators, of the police named before.
      if (name.to === found.to && first.upper && INVESTIGATORS.has(headKey)) return result(found.to);
      if (name.to === found.to) return null;
      // "homestay Gió Biển", "Homestay Mùa Sở": a guesthouse goes by its own name, in lower case
      // too; "homestay Mai Châu" is the homestays of a place, "Homestay làng chài Phú Diên" one
      // described, "Homestay Dao đỏ" one of a people, not named.
      if (headKey === LODGING) {
        const named = fixed.slice(found.to, name.to).every((w) => w.upper && /^\p{L}/u.test(w.text));
        const place = ADMIN_NAMES.longestAt(fixed, found.to, (m) => found.to + m.length === name.to);
        const people = ETHNIC_GROUP_KEYS.has(
          fixed
            .slice(found.to, name.to)
            .map((w) => w.key)
            .join(' '),
        );
        return named && !place && !people ? result(name.to) : null;
      }
      if (!first.upper && !name.legal) return null;
      // "Trường Phổ thông Dân tộc nội trú THPT tỉnh Lào Cai": a name closed by capitals, then
      // the level and place it belongs to.
      const level = levelAfter(fixed, name.to);
      // "Trường PTDTNT tỉnh": a school named by its kind alone belongs to the level after it, as
      // "UBND tỉnh" does, a place named or not.
      const bareLevel = typeWordAt(fixed, name.to);
      if (
        headKey === SCHOOL &&
        !level.named &&
        bareLevel !== null &&
        fixed[name.to]?.gap === ' ' &&
        LEVEL_WORDS.has(fixed[name.to]!.key) &&
        fixed.slice(found.to, name.to).every((w) => w.caps)
      )
        return result(name.to + bareLevel.length);
      if (!isFieldHead(headKey)) return result(level.named ? level.to : seatAfter(fixed, name.to));
      const end = fieldNameEnd(fixed, name.to);
      // "Hội Đoàn kết sư sãi yêu nước tỉnh": an association the lexicon does not list is named to
      // its level; "Hội An", "Hội nghị" are no body.
      // ("Hội chợ Nông sản …", "Hội thảo": events; the association's own name opens with a capital.)
      // ("Hội Môi giới bất động sản Việt Nam (VARS)": or to the country, a national association
      // whose short name the text gives in brackets.)
      if (
        headKey === ASSOCIATION &&
        (!fixed[found.to]?.upper ||
          (!fixed.slice(found.to, end).some((_, k) => typeWordAt(fixed, found.to + k)) &&
            !(
              endsOnCountry(fixed, end) &&
              fixed[end]?.gap === ' (' &&
              fixed[end]?.caps &&
              !ADMIN_NAMES.longestAt(fixed, at, (m) => m.every((w) => w.upper))
            )))
      )
        return null;
      // "Trung tâm hành chính tỉnh", "Trung tâm dữ liệu tỉnh": without a capital or a number
      // after the head, a centre is a building or a facility, not a body ("Ban Quản lý dự án 6"
      // is one).
      return fixed.slice(found.to, end).some((w) => w.upper || /^\d/.test(w.text))
        ? result(seatAfter(fixed, end))
        : null;
    }
  }
}

const ASSOCIATION = foldKey('hội');
const GOVERNMENT = foldKey('chính phủ');
const COUNTRY = ['việt', 'nam'].map(foldKey);

/** Whether the name ending before words[end] closes on "Việt Nam". */
const endsOnCountry = (words: readonly Word[], end: number): boolean =>
  words[end - 2]?.key === COUNTRY[0] && words[end - 1]?.key === COUNTRY[1] && words[end - 2]?.upper === true;
const PLANT_HEAD = foldKey('nhà máy');
const LODGING = foldKey('homestay');
const SCHOOLS = new Set(['trường', 'trường đại học', 'trường cao đẳng', 'học viện', 'đại học'].map(foldKey));

/**
 * "Trường Đại học Sư phạm", "Trường ĐH Y Dược Thái Bình": a school named for its field, whose
 * second syllable is in lower case, read past it to the capitals after; null for other heads.
 */
function schoolFieldName(
  words: readonly Word[],
  at: number,
  headKey: string,
): { to: number; legal: boolean } | null {
  if (!SCHOOLS.has(headKey)) return null;
  let from = at;
  while (words[from]?.caps && words[from]?.gap === ' ' && from < at + 2) from++;
  const field =
    words[from]?.gap === ' ' ? STUDY_FIELDS.longestAt(words, from, (m) => m[0]?.upper === true) : null;
  if (!field) return null;
  const end = from + field.length;
  const more = properNameAfter(words, end, false);
  return { to: words[end]?.upper && isNameGap(words[end]!.gap) ? more.to : end, legal: false };
}
const SCHOOL = foldKey('trường');
const LAW = foldKey('luật');

/** "Luật Tổ chức TAND", "Luật Tổ chức chính quyền địa phương": a law's title names no body. */
function inLawTitle(words: readonly Word[], at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - 4); k--) {
    if (words[k + 1]?.gap !== ' ') return false;
    if (words[k]?.key === LAW && words[k]?.upper) return words[k + 1]?.key !== 'sư';
  }
  return false;
}
const INVESTIGATORS = new Set(
  ['cơ quan cảnh sát điều tra', 'cơ quan an ninh điều tra', 'cơ quan csđt', 'cơ quan anđt'].map(foldKey),
);
const LEVEL_WORDS = new Set(['tỉnh', 'huyện', 'thành', 'thị', 'xã', 'phường', 'quận'].map(foldKey));
const COUNCIL = foldKey('hội đồng');
const STANDING_BODIES = new Set(['ban thường vụ', 'ban chấp hành'].map(foldKey));
const JOINED_BEFORE = new Set(
  ['vào', 'cử', 'trúng cử', 'tham gia', 'bầu', 'bầu bổ sung', 'bổ sung'].map(foldKey),
);
const ELECT = foldKey('bầu');

/**
 * "… vào Ban Thường vụ", "… trúng cử Ban Thường vụ khóa mới", "Ban Chấp hành bầu Ban Thường vụ 13
 * đồng chí": a committee someone is elected to, or that elects.
 */
function electedInto(words: readonly Word[], at: number, to: number): boolean {
  const one = words[at - 1]?.key;
  const two = at >= 2 ? `${words[at - 2]!.key} ${one}` : undefined;
  const joined =
    (one !== undefined && JOINED_BEFORE.has(one)) || (two !== undefined && JOINED_BEFORE.has(two));
  const term = words[to]?.key === foldKey('khóa') && words[to]?.gap === ' ';
  const elects = words[to]?.key === ELECT && words[to]?.gap === ' ';
  return joined || term || elects;
}

const GATE = ['cửa', 'khẩu'].map(foldKey);
// "cửa khẩu quốc tế Lệ Thanh", "cửa khẩu cảng Cam Ranh" (a port's border gate).
const GATE_KINDS = new Set(['quốc tế', 'chính', 'phụ', 'cảng'].map(foldKey));

/** Where "cửa khẩu (quốc tế) <name>" after words[..at) ends, or `at` when none follows. */
const POLICE = ['công', 'an'].map(foldKey);

/**
 * "Phòng Cảnh sát giao thông Công an tỉnh", "Đội Cảnh sát kinh tế Công an huyện Lạc Thủy": the
 * police a department belongs to, with its level, closing its name. Null when none follows.
 */
function policeParentAfter(words: readonly Word[], at: number): number | null {
  const [cong, an] = [words[at], words[at + 1]];
  if (cong?.text !== 'Công' || an?.key !== POLICE[1] || cong.gap !== ' ' || an?.gap !== ' ') return null;
  const level = levelAfter(words, at + 2).to;
  return level > at + 2 ? level : null;
}

const AREA = ['khu', 'vực'].map(foldKey);

// ("Chi cục trưởng Chi cục Hải quan cửa khẩu quốc tế Hoa Lư Tô Thị Diễm Hằng": the gate's name
// ends where its head's name opens, a surname and "Văn" or "Thị", or one of the commonest.)
const holderOpensAt = (words: readonly Word[], at: number): boolean =>
  surnameAt(words, at) > 0 &&
  (MIDDLE_NAMES.has(words[at + 1]?.key ?? '') || COMMON_SURNAMES.has(words[at]!.key));

function gateAfter(words: readonly Word[], at: number): number {
  // "Chi cục Hải quan khu vực VII": an office numbered among the areas it serves.
  if (words[at]?.key === AREA[0] && words[at + 1]?.key === AREA[1] && words[at]?.gap === ' ') {
    const number = words[at + 2];
    return number?.gap === ' ' && /^(?:[IVXL]+|\d+)$/.test(number.text) ? at + 3 : at;
  }
  if (words[at]?.key !== GATE[0] || words[at + 1]?.key !== GATE[1] || words[at]?.gap !== ' ') return at;
  let k = at + 2;
  const kind = `${words[k]?.key} ${words[k + 1]?.key}`;
  if (GATE_KINDS.has(kind)) k += 2;
  else if (GATE_KINDS.has(words[k]?.key ?? '')) k += 1;
  let to = k;
  while (to < k + 4 && words[to]?.upper && words[to]?.gap === ' ' && !(to > k && holderOpensAt(words, to)))
    to++;
  return to > k ? to : at;
}

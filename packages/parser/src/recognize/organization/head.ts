import { abbreviationOf } from '../../lexicon/abbreviations.js';
import { ORGANIZATION_HEADS, type OrganizationHead } from '../../lexicon/organization-heads.js';
import { foldKey } from '../../text/fold.js';
import { isRomanNumeral } from '../location/admin-place.js';
import type { Word } from '../tokens/tokenize.js';

export interface HeadMatch {
  head: OrganizationHead;
  /** Index just past the head's last word. */
  to: number;
  /** The words, with a misspelled abbreviation put right ("UBDN" read as "UBND"). */
  words: readonly Word[];
}

/** The words with the abbreviation at `at` corrected, when it is one letter off the glossary. */
function corrected(words: readonly Word[], at: number): readonly Word[] {
  const word = words[at];
  if (!word?.caps) return words;
  const key = abbreviationOf(word.text);
  if (!key || key === word.key) return words;
  const copy = [...words];
  copy[at] = { ...word, key };
  return copy;
}

/** The organization head at words[at]: "UBND", "Ủy ban nhân dân", "Tỉnh ủy", "Công ty", "Sở". */
export function headAt(words: readonly Word[], at: number): HeadMatch | null {
  const fixed = corrected(words, at);
  const match = ORGANIZATION_HEADS.longestAt(fixed, at);
  const head = match?.values[0];
  if (!match || !head) return null;
  return { head, to: at + match.length, words: fixed };
}

// "đoàn công tác", "Đoàn giám sát", "đoàn khảo sát", "Đoàn kiểm tra": delegations sent by a body,
// also of several sectors ("đoàn kiểm tra liên ngành"), to bring relief or expertise. None is a
// body until its sender is named. ("Đoàn thanh tra EC", the European Commission's inspectors, the
// corpus leaves alone; so does "đoàn liên ngành của tỉnh", a team no body sends by name.)
export const DELEGATIONS: ReadonlySet<string> = new Set(
  [
    'đoàn công tác',
    'đoàn giám sát',
    'đoàn khảo sát',
    'đoàn kiểm tra',
    'đoàn kiểm tra liên ngành',
    'đoàn cứu trợ',
    'đoàn chuyên gia',
  ].map(foldKey),
);

// Heads that name no one body until a place follows: "Công an" alone is the
// police in general, "Công an tỉnh Bình Phước" a body; "Đoàn công tác" likewise,
// and "đoàn Hà Tĩnh" is a delegation where "đoàn" alone is none. ("Đảng bộ"
// capitalized is the body itself: "Đảng bộ, chính quyền và Nhân dân".)
// Folded like the words' keys ("đoàn" folds to "đòan").
export const NEEDS_LEVEL: ReadonlySet<string> = new Set([
  ...DELEGATIONS,
  ...[
    'công an',
    'đoàn',
    'thanh tra',
    'đảng ủy',
    'bảo hiểm xã hội',
    'bhxh',
    'công đoàn',
    'bưu điện',
    // "Viễn thông Lạng Sơn" (the VNPT of a province); "viễn thông" alone is the trade.
    'viễn thông',
    // "Điện lực Mường Nhé" (the power company's branch in a district); "điện lực" alone is power.
    'điện lực',
    // "Thuế tỉnh Quảng Trị" (a province's tax office since 2025); "thuế" alone is the tax.
    'thuế',
    // "Thống kê tỉnh Lào Cai" (the statistics office since 2025); "thống kê" alone is statistics.
    'thống kê',
  ].map(foldKey),
]);

/** The folded key of the head a match read: "công an", "viễn thông". */
export const headKeyOf = (match: HeadMatch, at: number): string =>
  match.words
    .slice(at, match.to)
    .map((w) => w.key)
    .join(' ');

const SCHOOL = foldKey('trường');
const SCHOOL_LEVEL = /^(đại|cao|tiểu|mầm|trung|chính|phổ|dân|quân)$/;

/**
 * Whether the head matched at words[at] is a bare "Trường" with no school's level or abbreviation
 * after it: "Trường Sơn", "Trường Long Hòa" in a person's or a place's name, no school.
 */
export function bareSchoolWord(match: HeadMatch, at: number): boolean {
  if (headKeyOf(match, at) !== SCHOOL) return false;
  const next = match.words[match.to];
  // ("xã Cây Trường II": a Roman numeral is no school's abbreviation.)
  const abbreviation = next?.caps === true && !isRomanNumeral(next.text);
  return !(abbreviation || SCHOOL_LEVEL.test(next?.key ?? ''));
}

import type { AdminUnit, Era } from '../../lexicon/admin-units.js';
import { provinceUnits } from '../../lexicon/province-units.js';
import { foldKey } from '../../text/fold.js';
import type { Word } from '../tokens/tokenize.js';
import { isNameWord, surnameAt } from './admin-place.js';

// Bodies named after people more often than places: schools and hospitals.
const NAMED_FOR_PEOPLE: ReadonlySet<string> = new Set(['trường', 'bệnh'].map(foldKey));

/** A district or commune closing a body's name: "Lũng Cú" in "Đồn Biên phòng Lũng Cú". */
export interface BodyPlace {
  from: number;
  to: number;
  unit: AdminUnit;
}

/**
 * The district or commune of `province` whose name closes a body's name in `words[from, to)`:
 * bodies are named after their place ("Đồn Biên phòng Lũng Cú", "Công ty Cổ phần Thủy điện
 * Thác Bà", "Hợp tác xã Nuôi trồng thủy sản Kiểng Phước"), and seeds/README.md counts a place
 * inside a name as a place. Only a name that ends the body, is written in capitals word by
 * word, and names one unit of the article's own province counts; the body's first words never
 * do ("Công ty Hòa Bình" is no commune), nor does one word cut from the end of a longer name
 * ("Hồ" of "Hợp tác xã Tranh dân gian Đông Hồ").
 */
export function placeClosingBody(
  words: readonly Word[],
  from: number,
  to: number,
  province: string,
  era: Era,
): BodyPlace | null {
  const index = provinceUnits(province, era, ['district', 'commune']);
  let runStart = to;
  while (runStart > from + 1 && isNameWord(words[runStart - 1]!) && !/^\d/.test(words[runStart - 1]!.text))
    runStart--;
  for (let at = runStart; at < to; at++) {
    if (at > runStart && words[at]?.gap !== ' ') break;
    const known = index.longestAt(words, at, (m) => m.every(isNameWord));
    if (!known || at + known.length !== to) continue;
    if (known.length === 1 && at > runStart) continue;
    // ("Trường THPT Phan Ngọc Hiển": after a surname, the given name of the person a school is
    // named for; "Công ty TNHH Trà Phúc Khoa" sells tea.)
    if (at > runStart && NAMED_FOR_PEOPLE.has(words[from]?.key ?? '') && surnameAt(words, at - 1) === 1)
      return null;
    // A district and the ward at its centre often share the name ("Trảng Bàng"): the district.
    const districts = known.values.filter((u) => u.type === 'district');
    const units = districts.length > 0 ? districts : known.values;
    return units.length === 1 && units[0] ? { from: at, to, unit: units[0] } : null;
  }
  return null;
}

/**
 * A district or commune the article named (`named`, by name as written and as normalized)
 * closing words[from, to): "Công ty Cổ phần Nông sản Tân Cảnh" after "xã Tân Cảnh (cũ)".
 */
export function namedUnitClosing(
  words: readonly Word[],
  from: number,
  to: number,
  named: ReadonlyMap<string, AdminUnit>,
): BodyPlace | null {
  if (named.size === 0) return null;
  for (let at = Math.max(from + 1, to - 4); at < to; at++) {
    const run = words.slice(at, to);
    if (!run.every(isNameWord) || run.slice(1).some((w) => w.gap !== ' ')) continue;
    if (run.length === 1 && splitsName(words, at, from)) continue;
    const unit = named.get(run.map((w) => w.text).join(' '));
    if (unit) return { from: at, to, unit };
  }
  return null;
}

/** Whether words[at] goes on a capitalized name that opened after `from`: "Hồ" in "Đông Hồ". */
const splitsName = (words: readonly Word[], at: number, from: number): boolean =>
  at - 1 > from && words[at]?.gap === ' ' && isNameWord(words[at - 1]!) && !/^\d/.test(words[at - 1]!.text);

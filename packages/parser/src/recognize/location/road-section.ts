import { ADMIN_NAMES } from '../../lexicon/admin-units.js';
import { foldKey } from '../../text/fold.js';
import type { Word } from '../tokens/tokenize.js';
import { type AdminPlace, isNameWord } from './admin-place.js';

const [SECTION, FROM, TO] = ['đoạn', 'từ', 'đến'].map(foldKey);

/** A place the gazetteer knows below a province at words[at]: a district if it may be one, else a commune. */
function endAt(words: readonly Word[], at: number): AdminPlace | null {
  const first = words[at];
  if (!first?.upper || /^\d/.test(first.text)) return null;
  const known = ADMIN_NAMES.longestAt(words, at, (m) => m.every(isNameWord));
  if (!known) return null;
  const units = known.values.filter((u) => u.type === 'district' || u.type === 'commune');
  if (units.length === 0) return null;
  const level = units.some((u) => u.type === 'district') ? 'district' : 'commune';
  return { from: at, nameFrom: at, to: at + known.length, prefix: null, level, units, alias: null };
}

/**
 * The two places that end a section of the road closed at words[to - 1]: "Đường tỉnh 176 đoạn
 * Du Già - Đường Thượng", "quốc lộ 4C đoạn từ Quản Bạ đến Yên Minh". Both ends must be places the
 * gazetteer knows (the caller keeps them in the article's provinces); "đoạn qua thị trấn" and
 * "đoạn 2" name none.
 */
export function sectionEndsAfter(words: readonly Word[], to: number): AdminPlace[] {
  if (words[to]?.key !== SECTION || words[to]?.gap !== ' ') return [];
  let at = to + 1;
  const ranged = words[at]?.key === FROM && words[at]?.gap === ' ';
  if (ranged) at++;
  if (words[at]?.gap !== ' ') return [];
  const first = endAt(words, at);
  if (!first) return [];
  const joint = words[first.to];
  const dashed = !ranged && /^ ?[-–] ?$/.test(joint?.gap ?? '');
  const worded = ranged && joint?.key === TO && joint?.gap === ' ' && words[first.to + 1]?.gap === ' ';
  const second = dashed ? endAt(words, first.to) : worded ? endAt(words, first.to + 1) : null;
  return second ? [first, second] : [];
}

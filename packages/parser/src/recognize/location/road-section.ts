import type { Era } from '../../lexicon/admin-units.js';
import { foldKey } from '../../text/fold.js';
import type { Word } from '../tokens/tokenize.js';
import type { AdminPlace } from './admin-place.js';
import { localPlaceAt } from './local-place.js';

const [SECTION, FROM, TO] = ['đoạn', 'từ', 'đến'].map(foldKey);

/**
 * The two places that end a section of the road closed at words[to - 1]: "Đường tỉnh 176 đoạn
 * Du Già - Đường Thượng", "quốc lộ 4C đoạn từ Quản Bạ đến Yên Minh". Both ends must be places the
 * gazetteer knows (the caller keeps them in the article's provinces); "đoạn qua thị trấn" and
 * "đoạn 2" name none.
 */
export function sectionEndsAfter(words: readonly Word[], to: number, era: Era): AdminPlace[] {
  if (words[to]?.key !== SECTION || words[to]?.gap !== ' ') return [];
  let at = to + 1;
  const ranged = words[at]?.key === FROM && words[at]?.gap === ' ';
  if (ranged) at++;
  if (words[at]?.gap !== ' ') return [];
  const first = localPlaceAt(words, at, era);
  if (!first) return [];
  const joint = words[first.to];
  const dashed = !ranged && /^ ?[-–] ?$/.test(joint?.gap ?? '');
  const worded = ranged && joint?.key === TO && joint?.gap === ' ' && words[first.to + 1]?.gap === ' ';
  const second = dashed
    ? localPlaceAt(words, first.to, era)
    : worded
      ? localPlaceAt(words, first.to + 1, era)
      : null;
  return second ? [first, second] : [];
}

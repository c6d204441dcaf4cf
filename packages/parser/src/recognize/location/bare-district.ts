import type { AdminUnit, Era } from '../../lexicon/admin-units.js';
import { provinceUnits } from '../../lexicon/province-units.js';
import type { Span } from '../context.js';
import type { Word } from '../tokens/tokenize.js';
import { isNameWord, naturalFeatureBefore } from './admin-place.js';
import { opensSentence, standsAlone } from './stands-alone.js';

/** A district named on its own: "khu vực Liên Chiểu" in an article about Đà Nẵng. */
export interface BareDistrict {
  from: number;
  to: number;
  unit: AdminUnit;
}

/**
 * The districts of `province` that `words` name without a type word: the article's own
 * districts need none ("bến cảng mới tại khu vực Liên Chiểu"). A name is read only when it
 * stands alone (not "Trần Hòa Vang", "Công ty Hòa Vang Xanh"), does not follow a capitalized
 * word inside a sentence (a longer name), and lies in no span already `taken`. The 2025
 * reform abolished districts: an article after it (era post2025) has none to name.
 */
export function bareDistricts(
  words: readonly Word[],
  province: string,
  era: Era,
  taken: readonly Span[],
): BareDistrict[] {
  const index = provinceUnits(province, era, ['district']);
  const out: BareDistrict[] = [];
  for (let at = 0; at < words.length; at++) {
    const word = words[at]!;
    if (!word.upper || word.caps) continue;
    const before = words[at - 1];
    if (before?.upper && word.gap === ' ' && !opensSentence(words, at - 1)) continue;
    // "lòng hồ Hòa Bình", "sông Mã": a lake or river named after the place is no place.
    if (naturalFeatureBefore(words, at)) continue;
    const known = index.longestAt(words, at, (m) => m.every(isNameWord));
    if (!known) continue;
    const to = at + known.length;
    const span = { start: word.start, end: words[to - 1]!.end };
    if (!standsAlone(words, at, to) || taken.some((t) => t.start < span.end && span.start < t.end)) continue;
    const unit = known.values[0];
    if (unit && known.values.length === 1) out.push({ from: at, to, unit });
    at = to - 1;
  }
  return out;
}

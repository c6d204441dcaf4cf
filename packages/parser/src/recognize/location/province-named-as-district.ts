import { type Era, provinceOf, unitOfCode } from '../../lexicon/admin-units.js';
import { foldKey } from '../../text/fold.js';
import type { DraftOf } from '../context.js';

type Place = DraftOf<'location'>;

// "Hòa Bình: Anh Lý Văn Tài lãi …" above "xã Vĩnh Bình, huyện Hòa Bình, tỉnh Bạc Liêu": a name that
// is a province's and a district's of another province the article names, written bare while the
// article writes it only as that district, is the district.
const TYPE_WORD_BEFORE = /(?:^|[^\p{L}])(?:tỉnh|thành phố|TP\.?)\s+$/iu;

/**
 * The bare province mentions of `found` that the article names elsewhere only as a district of
 * another province it names, turned into that district, in place.
 */
export function provincesNamedAsDistricts(text: string, places: readonly Place[], era: Era): void {
  const provincesNamed = new Set(
    places.flatMap((p) => (p.type === 'province' && p.code !== null ? [p.code] : [])),
  );
  const typed = (p: Place) =>
    TYPE_WORD_BEFORE.test(text.slice(Math.max(0, p.evidence.start - 16), p.evidence.start));
  for (const district of places) {
    if (district.type !== 'district' || district.code === null) continue;
    const unit =
      unitOfCode(district.code, era) ??
      unitOfCode(district.code, era === 'post2025' ? 'pre2025' : 'post2025');
    if (!unit) continue;
    const home = provinceOf(unit);
    if (!provincesNamed.has(home)) continue;
    const key = foldKey(district.name);
    const namesakes = places.filter(
      (p) => p.type === 'province' && foldKey(p.name) === key && p.code !== home,
    );
    // (Once the article writes "tỉnh Hòa Bình", the province is meant where it is named bare.)
    if (namesakes.length === 0 || namesakes.some(typed)) continue;
    for (const p of namesakes) {
      p.type = 'district';
      p.code = district.code;
    }
  }
}

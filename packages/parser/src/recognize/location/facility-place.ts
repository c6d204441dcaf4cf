import { type Era, PROVINCE_NAMES, provinceOf } from '../../lexicon/admin-units.js';
import { PhraseIndex } from '../../lexicon/phrase-index.js';
import { NAMED_PLACES } from '../../lexicon/places.js';
import { foldKey } from '../../text/fold.js';
import type { Word } from '../tokens/tokenize.js';
import { type AdminPlace, typeWordAt } from './admin-place.js';
import { localPlaceAt } from './local-place.js';

// Facilities named by the place they stand in: "cửa khẩu Tân Thanh", "sân bay Long Thành",
// "cảng hàng không quốc tế Vinh", "ga Sóng Thần", "bãi rác Nam Sơn".
const FACILITIES = new PhraseIndex<true>();
for (const facility of [
  'cửa khẩu',
  'cửa khẩu quốc tế',
  'cửa khẩu chính',
  'cửa khẩu phụ',
  'sân bay',
  'sân bay quốc tế',
  'cảng hàng không',
  'cảng hàng không quốc tế',
  'nhà ga',
  'ga',
  // "cảng An Thới", "Cảng tổng hợp Cà Ná": a port named by its commune or district.
  'cảng',
  'cảng biển',
  'cảng cá',
  'cảng tổng hợp',
  'cảng tổng hợp quốc tế',
  'cảng quốc tế',
  'cảng nước sâu',
  'cảng biển nước sâu',
  // "cảng tàu khách quốc tế Tuần Châu", "bến tàu Bãi Cháy": passenger ports and piers.
  'cảng tàu khách',
  'cảng tàu khách quốc tế',
  'bến tàu',
  // "bãi chôn lấp Nghi Yên", "bãi rác Đa Phước": a landfill named by its commune.
  'bãi',
  'bãi rác',
  'bãi chôn lấp',
  // "chợ nổi Cái Răng", "chợ nổi Phụng Hiệp": a floating market is named by its ward or district.
  'chợ nổi',
])
  FACILITIES.add(facility, true);

/** The first words of airports: "sân bay", "cảng hàng không". */
const AIRPORTS: ReadonlySet<string> = new Set(['sân', 'cảng'].map(foldKey));

/** The first words of the facilities, for a quick test before a lookup. */
export const FACILITY_FIRST_WORDS: ReadonlySet<string> = new Set(
  ['cửa', 'sân', 'cảng', 'nhà', 'ga', 'bãi', 'chợ'].map(foldKey),
);

/** Capitalized words from words[at] with spaces between them: a facility's own name. */
function capitalsEnd(words: readonly Word[], at: number): number {
  let to = at;
  while (to < at + 4 && words[to]?.upper && (to === at || words[to]!.gap === ' ')) to++;
  return to;
}

/** Past a bracket opening at words[at] that closes within six words ("(thị xã Tịnh Biên)"). */
function bracketEnd(words: readonly Word[], at: number): number {
  if (words[at]?.gap !== ' (') return at;
  for (let k = at + 1; k <= at + 6; k++) {
    if (words[k] === undefined) return at;
    if (words[k]!.gap.startsWith(')')) return k;
    if (words[k]!.gap !== ' ') return at;
  }
  return at;
}

/** False when a bracket right after words[..end) names a province the place has no unit in. */
function inBracketedProvince(words: readonly Word[], end: number, place: AdminPlace): boolean {
  if (!/^ ?\($/.test(words[end]?.gap ?? '')) return true;
  const province = PROVINCE_NAMES.longestAt(words, end, (m) => m.every((w) => w.upper));
  if (!province) return true;
  return place.units.some((u) => province.values.some((p) => provinceOf(u) === p.code));
}

/**
 * The districts or communes facilities at words[at] are named by, when the gazetteer has them:
 * "cửa khẩu Tân Thanh" stands in the commune Tân Thanh, and so does the second gate of "cửa khẩu
 * Hữu Nghị, Tân Thanh và Chi Ma". A facility's own name ("Hữu Nghị") is no place unless the
 * gazetteer has it; the caller keeps the places only in the article's provinces. `to` is where
 * the facilities end.
 */
export function facilityPlacesAt(
  words: readonly Word[],
  at: number,
  era: Era,
): { places: AdminPlace[]; to: number } | null {
  if (!FACILITY_FIRST_WORDS.has(words[at]?.key ?? '')) return null;
  const facility = FACILITIES.longestAt(words, at, (m) => m.slice(1).every((w) => w.gap === ' '));
  if (!facility) return null;
  let next = at + facility.length;
  if (words[next]?.gap !== ' ') return null;
  // "Cảng hàng không Điện Biên", "sân bay Cà Mau": an airport named by a province is the
  // province's; the province recognizer reads the name.
  const airport = AIRPORTS.has(words[at]!.key);
  if (airport && PROVINCE_NAMES.longestAt(words, next, (m) => m.every((w) => w.upper))) return null;
  const places: AdminPlace[] = [];
  for (;;) {
    // "các cảng Đông Bắc Á": a region the name spells out whole is no commune's.
    const named = NAMED_PLACES.longestAt(words, next, (m) => m.every((w) => w.upper));
    const local = localPlaceAt(words, next, era);
    const place = local && named && named.length > local.to - next ? null : local;
    const end = place?.to ?? capitalsEnd(words, next);
    if (end === next) break;
    // "cảng Gò Dầu (Đồng Nai)": a province in brackets that holds no unit of the name says the
    // facility is named for something else there.
    if (place && !inBracketedProvince(words, end, place)) return null;
    if (place) places.push(place);
    // ", Tân Thanh", " và Chi Ma": another facility of the same kind, past what a bracket says
    // of this one ("Tịnh Biên (thị xã Tịnh Biên) và Vĩnh Xương").
    const joint = words[bracketEnd(words, end)];
    const at = bracketEnd(words, end);
    // ("cảng Tuần Châu, TP Hạ Long": a level word after the comma says where it lies.)
    if (joint && /^\)?, ?$/.test(joint.gap) && joint.key !== 'và' && joint.upper && !typeWordAt(words, at))
      next = at;
    else if (
      joint?.key === 'và' &&
      /^\)?,? $/.test(joint.gap) &&
      words[at + 1]?.gap === ' ' &&
      words[at + 1]?.upper
    )
      next = at + 1;
    else return { places, to: end };
  }
  return places.length > 0 ? { places, to: next } : null;
}

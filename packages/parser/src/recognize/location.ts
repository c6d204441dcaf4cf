import type { LocationType } from '@dukien/core';
import { abbreviationOf } from '../lexicon/abbreviations.js';
import {
  ADMIN_NAMES,
  ADMIN_UNITS,
  type AdminUnit,
  type Era,
  isProvinceLevel,
  PROVINCE_AFTER_REFORM,
  PROVINCE_NAMES,
  provinceOf,
  unitOfCode,
} from '../lexicon/admin-units.js';
import { PhraseIndex } from '../lexicon/phrase-index.js';
import { NAMED_PLACES } from '../lexicon/places.js';
import { provinceUnits } from '../lexicon/province-units.js';
import { COMMON_SURNAMES } from '../lexicon/surnames.js';
import { VILLAGE_WORDS } from '../lexicon/village-words.js';
import { foldKey } from '../text/fold.js';
import { type DraftOf, evidence, type RecognizeContext } from './context.js';
import {
  type AdminPlace,
  barePlaceAt,
  isGenericPlural,
  naturalFeatureBefore,
  surnameAt,
  TYPE_FIRST_WORDS,
  typedPlaceAt,
  typeWordAt,
} from './location/admin-place.js';
import { bareCommunes } from './location/bare-commune.js';
import { bareDistricts } from './location/bare-district.js';
import { namedUnitClosing, placeClosingBody } from './location/body-place.js';
import { FACILITY_FIRST_WORDS, facilityPlacesAt } from './location/facility-place.js';
import { listedAfter } from './location/listed.js';
import { mergedFrom } from './location/merged-from.js';
import { namedPlaceAt } from './location/named-place.js';
import { plateauAt } from './location/plateau.js';
import { provincesNamedAsDistricts } from './location/province-named-as-district.js';
import { ROAD_FIRST_WORDS, roadAt } from './location/road.js';
import { sectionEndsAfter } from './location/road-section.js';
import { standsAlone } from './location/stands-alone.js';
import {
  eraOf,
  formerScope,
  liesIn,
  resolveUnit,
  type UnitScope,
  withProvincesBefore,
} from './location/unit-code.js';
import { ZONE_FIRST_WORDS, zoneAt, zoneWordsAt } from './location/zone.js';
import { zoneMentions } from './location/zone-mentions.js';
import { isFirm } from './organization/firm.js';
import { modernTone } from './organization/modern-tone.js';
import { paragraphWords, phraseWords, type Word } from './tokens/tokenize.js';

type Draft = DraftOf<'location'>;

/** An administrative place found in the first pass; its code waits for the whole document. */
interface Pending {
  start: number;
  end: number;
  place: AdminPlace;
  /** A later item of a list under one type word ("Sìn Hồ, Phong Thổ"): kept only in the article's provinces. */
  listed?: boolean;
  /** Where the type word before the name starts ("Phường" of "Phường 6"), when one is. */
  typeStart?: number;
  /** Named as a port's place ("cảng An Thới"). */
  port?: boolean;
}

const PORT = foldKey('cảng');

const PROVINCE_BY_CODE = new Map<string, AdminUnit>();
for (const unit of ADMIN_UNITS) {
  if (isProvinceLevel(unit) && !PROVINCE_BY_CODE.has(unit.code)) PROVINCE_BY_CODE.set(unit.code, unit);
}

// The units a type word can name: "huyện" names districts, "thành phố" a city or a city of a province.
function unitsOfLevel(place: AdminPlace): AdminUnit[] {
  switch (place.level) {
    case 'province':
      return place.units.filter(isProvinceLevel);
    case 'city':
      return place.units.filter((u) => u.prefix === 'thành phố' && u.type !== 'commune');
    case 'district':
      return place.units.filter((u) => u.type === 'district');
    default:
      return place.units.filter((u) => u.type === 'commune');
  }
}

/** The capitalized run words[at] ends opens right after a hamlet's type word: "ấp Bù Cà Mau", "thôn Hà Nam". */
function inHamletName(words: readonly Word[], at: number): boolean {
  let start = at;
  while (start > 0 && words[start]?.gap === ' ' && words[start - 1]?.upper && !words[start - 1]?.caps)
    start--;
  const before = words[start - 1];
  if (before === undefined || before.upper || words[start]?.gap !== ' ' || !VILLAGE_WORDS.has(before.key))
    return false;
  // ("nông thôn Tiền Giang", "văn bản", "chăm sóc": the word closes a compound of its own.)
  return !HAMLET_COMPOUNDS.has(`${words[start - 2]?.key} ${before.key}`);
}
const HAMLET_COMPOUNDS: ReadonlySet<string> = new Set(
  [
    'nông thôn',
    'văn bản',
    'cơ bản',
    'căn bản',
    'phiên bản',
    'kịch bản',
    'ấn bản',
    'xuất bản',
    'tư bản',
    'chăm sóc',
  ].map(foldKey),
);

function admissible(words: readonly Word[], place: AdminPlace): boolean {
  if (place.prefix !== null) return true;
  if (naturalFeatureBefore(words, place.nameFrom)) return false;
  if (inHamletName(words, place.nameFrom)) return false;
  // "Hồ Chí Minh" on its own is the man; the city is "TP Hồ Chí Minh", "TP.HCM".
  if (!place.alias && place.to - place.nameFrom >= 3 && surnameAt(words, place.nameFrom) > 0) return false;
  return standsAlone(words, place.nameFrom, place.to);
}

const BOARD = ['ban', 'quản', 'lý'].map(foldKey);
const [BOARD_SHORT, ZONE_SHORT, ZONE_WORDS] = [
  foldKey('bql'),
  foldKey('kkt'),
  ['khu', 'kinh', 'tế'].map(foldKey),
];

/** "Ban Quản lý Khu kinh tế Quảng Ninh", "BQL Khu kinh tế Phú Yên": a board, then a province's name. */
function boardOfProvinceZones(words: readonly Word[], from: number, nameFrom: number, to: number): boolean {
  const board =
    words[from - 1]?.key === BOARD_SHORT ||
    BOARD.every((key, i) => words[from - BOARD.length + i]?.key === key);
  const economic =
    words[from]?.key === ZONE_SHORT || ZONE_WORDS.every((key, i) => words[from + i]?.key === key);
  // (A province, not a city: "Ban Quản lý Khu kinh tế Hải Phòng" is written as the city's zone.)
  const province = PROVINCE_NAMES.longestAt(
    words,
    nameFrom,
    (m) => nameFrom + m.length === to && m.every((w) => w.upper),
  );
  return board && economic && province?.values.some((u) => u.type === 'province') === true;
}

/** Whether words[from, to) are all in capitals, with another word in capitals right before or after. */
function inCapitalsRun(words: readonly Word[], from: number, to: number): boolean {
  const capsWord = (w: Word | undefined): boolean => w?.caps === true && /\p{L}{2}/u.test(w.text);
  if (!words.slice(from, to).every(capsWord)) return false;
  const before = words[from - 1];
  const after = words[to];
  return (capsWord(before) && words[from]?.gap === ' ') || (capsWord(after) && after?.gap === ' ');
}

// Lower-case words a place may open with: "tỉnh", "quốc lộ", "khu công nghiệp", "cao tốc",
// "cầu", "đường", "miền Trung"...; any capitalized word may open one.
const LOWER_OPENERS: ReadonlySet<string> = new Set([
  ...TYPE_FIRST_WORDS,
  ...ROAD_FIRST_WORDS,
  ...[...ZONE_FIRST_WORDS].filter((w): w is string => w !== undefined),
  'cao',
  'cầu',
  'đường',
  'tuyến',
  'phố',
  'metro',
  'nút',
  'đại',
  ...FACILITY_FIRST_WORDS,
]);

const opensPlace = (word: Word): boolean =>
  word.upper || LOWER_OPENERS.has(word.key) || NAMED_PLACES.opensWith(word.key);

function firstPass(ctx: RecognizeContext): { drafts: Draft[]; pending: Pending[] } {
  const era = eraOf(ctx.date);
  const drafts: Draft[] = [];
  const pending: Pending[] = [];
  for (const words of paragraphWords(ctx)) {
    const span = (from: number, to: number) => evidence(ctx.text, words[from]!.start, words[to - 1]!.end);
    // A place without a code: a road, zone, region or plateau, named as given.
    const uncoded = (from: number, to: number, name: string, type: LocationType) =>
      drafts.push({ kind: 'location', evidence: span(from, to), name, type, code: null });
    // A later item of a list, or an end of a road section: kept only in the article's provinces.
    const listedItem = (place: AdminPlace): Pending => ({
      start: words[place.nameFrom]!.start,
      end: words[place.to - 1]!.end,
      place,
      listed: true,
    });
    // Items of a list past a bracket, read with their list: where each starts, and its end.
    const readAlready = new Map<number, number>();
    let at = 0;
    while (at < words.length) {
      const listedEnd = readAlready.get(at);
      if (listedEnd !== undefined) {
        at = listedEnd;
        continue;
      }
      // Most words of a text open no place: lower-case ones that begin no type word, road,
      // zone or listed region are passed at once.
      if (!opensPlace(words[at] as Word)) {
        at++;
        continue;
      }
      const plateau = plateauAt(ctx.text, words, at);
      if (plateau) {
        uncoded(plateau.from, plateau.to, plateau.name, 'region');
        at = plateau.to;
        continue;
      }
      const road = roadAt(ctx.text, words, at);
      if (road) {
        uncoded(road.from, road.to, modernTone(road.name), 'road');
        at = road.to;
        for (const end of sectionEndsAfter(words, road.to, era)) {
          pending.push(listedItem(end));
          at = end.to;
        }
        continue;
      }
      const facilities = facilityPlacesAt(words, at, era);
      if (facilities && facilities.places.length > 0) {
        // (A port keeps to the places the article names no zone for: "cảng Vũng Áng" of the
        // "Khu kinh tế Vũng Áng" is the zone's port.)
        const port = words[at]!.key === PORT;
        pending.push(
          ...facilities.places.map((place) => ({ ...listedItem(place), ...(port ? { port } : {}) })),
        );
        at = facilities.to;
        continue;
      }
      const zone = zoneAt(words, at);
      // "Ban Quản lý Khu kinh tế Quảng Ninh": the board of a province's economic zones, named by
      // the province; the name is the province's, no zone's.
      if (zone && boardOfProvinceZones(words, zone.from, zone.nameFrom, zone.to)) {
        at = zone.nameFrom;
        continue;
      }
      if (zone) {
        const name = modernTone(ctx.text.slice(words[zone.nameFrom]!.start, words[zone.to - 1]!.end));
        uncoded(zone.from, zone.to, name, 'industrial_zone');
        at = zone.to;
        // "các KCN Quang Châu, Vân Trung, Đình Trám và Song Khê - Nội Hoàng": the plural names
        // each zone of its list.
        // ("KCN Giao Long và An Hiệp lần lượt đạt …": so does one whose figures follow "lần lượt".)
        const items = zoneListAfter(words, zone.to);
        if (words[zone.from - 1]?.key === 'các' || respectivelyAfter(words, items.at(-1)?.to ?? zone.to)) {
          for (const item of items) {
            const itemName = modernTone(ctx.text.slice(words[item.from]!.start, words[item.to - 1]!.end));
            uncoded(item.from, item.to, itemName, 'industrial_zone');
            // (The words of a bracket the list ran past are still read for places of their own.)
            readAlready.set(item.from, item.to);
          }
        }
        continue;
      }
      const typed = typedPlaceAt(words, at);
      const bare = typed ? null : barePlaceAt(words, at);
      const named = namedPlaceAt(words, at);
      const generic = typed !== null && isGenericPlural(words, typed);
      const admin = generic ? null : (typed ?? (bare && admissible(words, bare) ? bare : null));
      // "các tỉnh Tây Nguyên": a region after a type word the gazetteer does not know.
      // ("các tỉnh Đông Nam Bộ": though a commune elsewhere is called Đông Nam, no province is.)
      const regionAfterType =
        typed && unitsOfLevel(typed).length === 0 && !typed.alias && namedPlaceAt(words, typed.nameFrom);
      if (regionAfterType) {
        const { name, type } = regionAfterType.place;
        uncoded(regionAfterType.from, regionAfterType.to, name, type);
        at = regionAfterType.to;
        continue;
      }
      // ("các xã vùng Đồng Tháp Mười": a region named after "vùng" outruns the unit that opens it.)
      const region =
        admin && words[admin.nameFrom - 1]?.key === AREA_WORD
          ? namedPlaceAt(words, admin.nameFrom - 1)
          : null;
      if (region && region.to > admin!.to) {
        uncoded(admin!.nameFrom, region.to, region.place.name, region.place.type);
        at = region.to;
        continue;
      }
      if (admin && (!named || admin.to >= named.to)) {
        pending.push({
          start: words[admin.nameFrom]!.start,
          end: words[admin.to - 1]!.end,
          place: admin,
          ...(admin.from < admin.nameFrom ? { typeStart: words[admin.from]!.start } : {}),
        });
        at = admin.to;
        const listed =
          admin.prefix === null ? [] : listedAfter(words, admin, (item) => unitsOfLevel(item).length > 0);
        for (const item of listed) {
          pending.push(listedItem(item));
          // The words of a bracket the list ran past are still read for places of their own.
          if (item.pastBracket) readAlready.set(item.from, item.to);
          else at = item.to;
        }
        continue;
      }
      // ("Ảnh: NGỌC ANH": a country's name in a run of words all in capitals is part of a
      // person's name, as a byline or a photo credit writes it.)
      if (named && !inCapitalsRun(words, named.from, named.to)) {
        const { name, type } = named.place;
        uncoded(named.from, named.to, name, type);
        at = named.to;
        continue;
      }
      at++;
    }
  }
  return { drafts, pending };
}

// "xã Tân Cảnh (cũ)", "khu vực Phường 3 cũ": a unit named as it was.
const FORMER = /^ ?(?:\(cũ\)|cũ(?![\p{L}\p{M}]))/u;
const TYPE_OF_LEVEL: Record<AdminPlace['level'], LocationType> = {
  province: 'province',
  city: 'city',
  district: 'district',
  commune: 'commune',
};

/** How far (in characters) a district may stand from a commune to tell which of its namesakes it is. */
/** More characters than any place's name and type word. */
const LONGEST_PLACE = 200;

const NEAR_DISTRICT = 160;

/**
 * Of the communes that share a name, the one whose district the text names nearest to the
 * mention: "Xã Nam Điền (huyện Nam Trực) ... Ở huyện Nghĩa Hưng, ... xã Nam Điền" names two
 * communes. Null when no district stands near, or two stand as near.
 */
function nearestByDistrict(
  item: Pending,
  units: readonly AdminUnit[],
  districts: readonly { at: number; code: string }[],
): AdminUnit | null {
  let best: AdminUnit | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  let tie = false;
  // `districts` are in text order: only those within reach are looked at, so a long document
  // of many namesakes and districts stays linear.
  const near = startingWithin(districts, item.start - NEAR_DISTRICT, item.start + NEAR_DISTRICT);
  for (const unit of units) {
    for (const d of near) {
      if (d.code !== unit.parent) continue;
      const distance = Math.abs(d.at - item.start);
      if (distance > NEAR_DISTRICT) continue;
      if (distance < bestDistance) {
        tie = false;
        best = unit;
        bestDistance = distance;
      } else if (distance === bestDistance && best?.code !== unit.code) tie = true;
    }
  }
  return tie ? null : best;
}

/** The items (sorted by position) that start in [from, to]. */
function startingWithin<T extends { at: number }>(
  sorted: readonly T[],
  from: number,
  to: number,
): readonly T[] {
  const firstAtOrAfter = (value: number) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((sorted[mid] as T).at < value) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return sorted.slice(firstAtOrAfter(from), firstAtOrAfter(to + 1));
}

// "…, Phường 7 và Phường 8 của TP Bạc Liêu (cũ)": the rest of a list, then the district that owns it.
const OWNER_AFTER =
  /^(?:(?:,|,? và| và) (?:Phường|phường|xã|Xã|thị trấn) [\p{L}\p{M}\d ]{1,20}?)*\s+(?:của|thuộc)\s+/u;

/** The districts a "của"/"thuộc" after a commune (or the rest of its list) names, if any. */
function ownerAfter(
  text: string,
  end: number,
  districtsAt: ReadonlyMap<number, readonly AdminUnit[]>,
): readonly AdminUnit[] | undefined {
  const owner = OWNER_AFTER.exec(text.slice(end, end + 160));
  // ("xã Thạnh Phú, huyện Mỹ Xuyên (cũ)": or the district in apposition right after it; "xã
  // Thanh Sơn (cũ), huyện Thanh Hà (cũ)": the commune called former too.)
  const apposed = /^(?: ?\(cũ\))?, ?/u.exec(text.slice(end, end + 8));
  return (
    (owner ? districtsAt.get(end + owner[0].length) : undefined) ??
    (apposed ? districtsAt.get(end + apposed[0].length) : undefined)
  );
}

/** The code of the province a bracket right after text[..end) names first: "Tân Thanh (Lạng Sơn)". */
function bracketedProvince(
  text: string,
  end: number,
  provinceStarts: ReadonlyMap<number, string>,
): string | undefined {
  const open = /^ ?\( ?/.exec(text.slice(end, end + 3));
  return open ? provinceStarts.get(end + open[0].length) : undefined;
}

function resolve(
  ctx: RecognizeContext,
  item: Pending,
  scope: UnitScope,
  districts: readonly { at: number; code: string }[] = [],
  provinceStarts: ReadonlyMap<number, string> = new Map(),
): Draft {
  const { place } = item;
  const span = evidence(ctx.text, item.start, item.end);
  if (place.alias) {
    const unit = PROVINCE_BY_CODE.get(place.alias.code);
    return {
      kind: 'location',
      evidence: span,
      name: place.alias.name,
      type: place.alias.type ?? unit?.type ?? 'city',
      code: place.alias.code,
    };
  }
  // "cửa khẩu Tân Thanh (Lạng Sơn)", "Mộc Châu (Sơn La)": a province in brackets says which.
  const inBracket = bracketedProvince(ctx.text, item.end, provinceStarts);
  const all = unitsOfLevel(place);
  const narrowed = inBracket === undefined ? [] : all.filter((u) => provinceOf(u) === inBracket);
  const candidates = narrowed.length > 0 ? narrowed : all;
  // "khu vực An Giang (cũ)" in an article after the merger: the province as it was, with the
  // code it had then, though a province of that name lives on.
  const former =
    scope.era === 'post2025' &&
    (FORMER.test(ctx.text.slice(item.end, item.end + 8)) || mergedFrom(ctx.text, item.start));
  const unit =
    resolveUnit(candidates, place.prefix, former ? formerScope(scope) : scope) ??
    (place.level === 'commune'
      ? nearestByDistrict(
          item,
          candidates.filter((u) => u.era === scope.era && (!place.prefix || u.prefix === place.prefix)),
          districts,
        )
      : null);
  const type = unit?.type ?? TYPE_OF_LEVEL[place.level];
  // "Phường 6", "Quận 1", "phường VII": a number is no name on its own; the type word stays in the span.
  const roman = /^[IVXL]+$/.test(span.text);
  if (
    (/^\d+$/.test(span.text) || roman) &&
    item.typeStart !== undefined &&
    // ("… quận, huyện trong quý III": a numeral is the ward's only right after its type word.)
    (!roman || /^[Pp]hường\s+$/u.test(ctx.text.slice(item.typeStart, item.start)))
  ) {
    const numbered = evidence(ctx.text, item.typeStart, item.end);
    // ("Q.1" is "Quận 1": the name spells the type word out.)
    const prefix = place.prefix ?? numbered.text.slice(0, numbered.text.length - span.text.length).trim();
    const name = `${prefix.charAt(0).toUpperCase()}${prefix.slice(1)} ${span.text}`;
    return { kind: 'location', evidence: numbered, name, type, code: unit?.code ?? null };
  }
  return {
    kind: 'location',
    evidence: span,
    name: unitName(span.text, unit),
    type,
    code: unit?.code ?? null,
  };
}

const dashed = (name: string) => name.replace(/\s*[-–]\s*/gu, '-');
const joined = (name: string) => foldKey(name).replace(/\s+/gu, '');

/**
 * A unit's name as written, in the modern tone placement ("xã Lai Hoà" is "Lai Hòa"), as
 * organization names are; spaced round its dash ("Phan Rang - Tháp Chàm") or written as one word
 * ("Đakrông"), the gazetteer's name ("Phan Rang-Tháp Chàm", "Đa Krông").
 */
function unitName(text: string, unit: { name: string } | null | undefined): string {
  const gazetteer =
    unit &&
    ((/[-–]/.test(text) && dashed(unit.name) === dashed(text)) ||
      (!/\s/u.test(text) && /\s/u.test(unit.name) && joined(unit.name) === joined(text)));
  return modernTone(gazetteer ? unit.name : text);
}

/**
 * Every named place of the document: provinces and cities ("tỉnh Bình Phước",
 * "TP.HCM", "Hà Tĩnh"), districts ("huyện Đồng Phú"), communes ("xã Tân Lập"),
 * industrial zones ("KCN Tân Trường"), regions ("Tây Nguyên"), countries
 * ("Campuchia") and roads ("quốc lộ 14"). The span leaves out an
 * administrative type word ("tỉnh", "huyện") but keeps a zone's or a road's.
 * Codes come from the gazetteer; a name several units share is told apart
 * by the provinces and districts the document names, or keeps a null code.
 */
// "vùng Gò Công", "vùng Mộc Châu": a district's or commune's name after "vùng" is the area around
// it, wider than the unit and with no code of its own.
const AREA_BEFORE = /(?:^|[^\p{L}])[Vv]ùng $/u;
const AREA_WORD = foldKey('vùng');
const LOCAL_TYPES: ReadonlySet<string> = new Set(['district', 'commune']);

function asArea(text: string, f: Draft): Draft {
  if (!LOCAL_TYPES.has(f.type) || f.name !== f.evidence.text) return f;
  if (!AREA_BEFORE.test(text.slice(Math.max(0, f.evidence.start - 6), f.evidence.start))) return f;
  return { ...f, type: 'region', code: null };
}

export function recognizeLocations(ctx: RecognizeContext): Draft[] {
  const { drafts, pending } = firstPass(ctx);
  const scope: UnitScope = { era: eraOf(ctx.date), provinces: new Set(), districts: new Set() };
  const empty: UnitScope = { ...scope };
  const mentions = new Map<string, number>();
  const mention = (code: string) => {
    (scope.provinces as Set<string>).add(code);
    mentions.set(code, (mentions.get(code) ?? 0) + 1);
  };
  for (const item of pending) {
    const level = item.place.level;
    if (item.place.alias) mention(item.place.alias.code);
    if (level !== 'province' && level !== 'city') continue;
    const unit = resolveUnit(unitsOfLevel(item.place), item.place.prefix, empty);
    if (unit && isProvinceLevel(unit)) mention(unit.code);
  }
  const counts = [...mentions.values()].sort((a, b) => b - a);
  const main = [...mentions].find(([, n]) => n === counts[0])?.[0];
  if (main !== undefined && counts[0] !== counts[1]) scope.main = main;
  // The communes the document names without doubt: the one unit of the era their name has.
  const certainCommunes = pending.flatMap((item) => {
    if (item.place.level !== 'commune') return [];
    const units = unitsOfLevel(item.place).filter((u) => u.era === scope.era);
    return units.length === 1 ? [units[0]!] : [];
  });
  const parentsOfCommunes = new Set(certainCommunes.flatMap((u) => (u.parent !== null ? [u.parent] : [])));
  const home =
    scope.main === undefined && counts.length > 1 ? homeOfCommunes(certainCommunes, mentions) : undefined;
  if (home !== undefined) scope.main = home;
  scope.parentsOfCommunes = parentsOfCommunes;
  // "cửa khẩu quốc tế Thanh Thủy" in an article of Hà Giang: a bare name read as a district the
  // article's provinces have none of is their commune of that name, when they have one. (Before
  // the districts are gathered: the district of Phú Thọ it is not would draw in its own town.)
  for (const item of pending) {
    if (!item.listed || item.place.level !== 'district' || scope.provinces.size === 0) continue;
    // ("quận Ninh Kiều, 8 tháng": a number alone names no commune.)
    if (!/^\p{Lu}/u.test(ctx.text.slice(item.start, item.end))) continue;
    if (unitsOfLevel(item.place).some((u) => liesIn(u, scope))) continue;
    const commune: AdminPlace = { ...item.place, level: 'commune' };
    if (unitsOfLevel(commune).some((u) => liesIn(u, scope))) item.place = commune;
  }
  const districts: { at: number; code: string }[] = [];
  // Every district a mention may be, former ones too ("của TP Bạc Liêu (cũ)"), by where it starts.
  const districtsAt = new Map<number, AdminUnit[]>();
  for (const item of pending) {
    if (item.place.level !== 'district' && item.place.level !== 'city') continue;
    districtsAt.set(
      item.typeStart ?? item.start,
      unitsOfLevel(item.place).filter((u) => u.type === 'district'),
    );
    const unit = resolveUnit(unitsOfLevel(item.place), item.place.prefix, scope);
    if (unit?.type !== 'district') continue;
    (scope.districts as Set<string>).add(unit.code);
    districts.push({ at: item.start, code: unit.code });
  }
  // "Phường 1, Phường 2 … của TP Bạc Liêu (cũ)": communes the district after them owns.
  for (const item of pending) {
    if (item.place.level !== 'commune') continue;
    const owner = ownerAfter(ctx.text, item.end, districtsAt);
    if (!owner) continue;
    const owned = item.place.units.filter((u) => owner.some((d) => d.code === u.parent));
    if (owned.length > 0 && owned.length < item.place.units.length)
      item.place = { ...item.place, units: owned };
  }
  // "Tỉnh Lai Châu ... các huyện Sìn Hồ, Yên Thế": a later list item is one of the article's provinces' units.
  const inScope = (item: Pending) =>
    !item.listed || scope.provinces.size === 0 || unitsOfLevel(item.place).some((u) => liesIn(u, scope));
  // Where each province named with no doubt starts, for a bracket that names one after a place.
  const provinceStarts = new Map<number, string>();
  for (const item of pending) {
    if (item.place.level !== 'province' && item.place.level !== 'city') continue;
    const unit = item.place.alias
      ? PROVINCE_BY_CODE.get(item.place.alias.code)
      : resolveUnit(unitsOfLevel(item.place), item.place.prefix, scope);
    if (unit && isProvinceLevel(unit)) provinceStarts.set(item.typeStart ?? item.start, unit.code);
  }
  const zoneNames = new Set(drafts.filter((d) => d.type === 'industrial_zone').map((d) => foldKey(d.name)));
  const kept = pending
    .filter((item) => !(item.port && zoneNames.has(foldKey(ctx.text.slice(item.start, item.end)))))
    .filter((item) => inScope(item) || bracketedProvince(ctx.text, item.end, provinceStarts) !== undefined);
  const resolved = kept.map((item) => resolve(ctx, item, scope, districts, provinceStarts));
  const found = [...drafts, ...resolved];
  const province = mainProvince(resolved, scope.era) ?? mainProvince(resolved);
  if (province !== null) {
    const bare = districtsWithoutType(ctx, province, scope.era, found);
    found.push(...bare);
    codesFromBareDistricts(kept, resolved, bare, districts, scope.era);
  }
  // "lên Mộc Châu (Sơn La)": a district or commune of another province, which the bracket names.
  for (const [start, code] of provinceStarts) {
    const open = /\( ?$/.exec(ctx.text.slice(Math.max(0, start - 2), start));
    if (!open || code === province) continue;
    const bracket = start - open[0].length;
    const before = (f: Draft) => /^ ?$/.test(ctx.text.slice(f.evidence.end, bracket));
    found.push(...districtsWithoutType(ctx, code, scope.era, found).filter(before));
  }
  // "du lịch Đà Lạt" in an article of December 2025: the reform abolished the district-level
  // cities, but the press names them as before; each keeps its last code, as "(cũ)" places do.
  if (province !== null && scope.era === 'post2025')
    found.push(...formerCities(ctx, new Set([province, ...scope.provinces]), found));
  found.push(...zonesNamedAgain(ctx, found));
  provincesNamedAsDistricts(ctx.text, found, scope.era);
  const communes = typedCommunes(pending, found, eraOf(ctx.date) === 'pre2025');
  found.push(...communesNamedAgain(ctx, found, communes));
  return found
    .map((f) => asArea(ctx.text, ownCommuneOverForeignPlace(ctx.text, f, communes)))
    .sort((a, b) => a.evidence.start - b.evidence.start);
}

/**
 * "Tại Thạch An còn 41,8 ha …, tập trung ở xã Đức Long": a district named without its type word
 * tells apart the communes of one name as a typed one does. Gives the codes it finds to the
 * `resolved` drafts of the `kept` items, in place.
 */
function codesFromBareDistricts(
  kept: readonly Pending[],
  resolved: Draft[],
  bare: readonly Draft[],
  typed: readonly { at: number; code: string }[],
  era: Era,
): void {
  const named = bare.flatMap((f) =>
    f.type === 'district' && f.code !== null ? [{ at: f.evidence.start, code: f.code }] : [],
  );
  if (named.length === 0) return;
  const districts = [...typed, ...named].sort((a, b) => a.at - b.at);
  kept.forEach((item, i) => {
    const draft = resolved[i]!;
    if (item.place.level !== 'commune' || draft.type !== 'commune' || draft.code !== null) return;
    const prefix = item.place.prefix;
    const units = unitsOfLevel(item.place).filter((u) => u.era === era && (!prefix || u.prefix === prefix));
    const unit = nearestByDistrict(item, units, districts);
    if (unit) draft.code = unit.code;
  });
}

/**
 * The communes the article names with their type word and a code ("xã Măng Đen", "phường An
 * Thới"), by their names as written; before July 2025, the districts too ("huyện Cai Lậy", which a
 * bare "Cai Lậy" could not tell from the town) when no commune goes by the name. (After it a
 * district is history, and a bare name the new commune's.)
 */
function typedCommunes(
  pending: readonly Pending[],
  found: readonly Draft[],
  districtsLive: boolean,
): Map<string, Draft> {
  const out = typedUnits(pending, found, 'commune');
  if (districtsLive) {
    for (const [name, f] of typedUnits(pending, found, 'district')) if (!out.has(name)) out.set(name, f);
  }
  return out;
}

function typedUnits(
  pending: readonly Pending[],
  found: readonly Draft[],
  level: 'commune' | 'district',
): Map<string, Draft> {
  const typedAt = new Set(
    pending.filter((p) => p.typeStart !== undefined && p.place.level === level).map((p) => p.start),
  );
  const out = new Map<string, Draft>();
  for (const f of found) {
    if (f.type !== level || f.code === null || !typedAt.has(f.evidence.start)) continue;
    // A name written in capitals throughout, of two words at least: "Hà" or "Phường 1" alone says too little.
    const words = f.evidence.text.split(' ');
    if (words.length < 2 || !words.every((w) => /^\p{Lu}/u.test(w))) continue;
    const known = out.get(f.evidence.text);
    // Two units of one name in one article: a bare mention could be either.
    if (known && known.code !== f.code) out.set(f.evidence.text, { ...known, code: null });
    else if (!known) out.set(f.evidence.text, f);
  }
  for (const [name, f] of out) if (f.code === null) out.delete(name);
  return out;
}

/**
 * "xã Côn Minh … HTX Nông lâm sản Hồi Côn Minh": a foreign place's name ("Côn Minh" is Kunming)
 * that the article gives a commune of its own with the type word is that commune.
 */
function ownCommuneOverForeignPlace(text: string, f: Draft, communes: ReadonlyMap<string, Draft>): Draft {
  if (f.code !== null || (f.type !== 'city' && f.type !== 'province')) return f;
  const commune = communes.get(f.evidence.text);
  if (!commune || countryInBracketAfter(text, f.evidence.end)) return f;
  return { ...f, name: commune.name, type: 'commune', code: commune.code };
}

/** "Côn Minh (Trung Quốc)": a bracket right after a place that names the country it lies in. */
function countryInBracketAfter(text: string, end: number): boolean {
  const bracket = /^ ?\(([^()]{2,40})\)/u.exec(text.slice(end, end + 44));
  if (!bracket) return false;
  const words = phraseWords(bracket[1]!);
  const place = NAMED_PLACES.longestAt(words, 0, (m) => m.length === words.length);
  return place?.values.some((p) => p.type === 'country') === true;
}

/**
 * "xã Măng Đen … Khách lên Măng Đen …": a commune the article named with its type word, named
 * again bare, where the name stands on its own.
 */
function communesNamedAgain(
  ctx: RecognizeContext,
  found: readonly Draft[],
  named: ReadonlyMap<string, Draft>,
): Draft[] {
  if (named.size === 0) return [];
  const index = new PhraseIndex<Draft>();
  for (const [name, f] of named) index.add(name, f);
  const spans = found.map((f) => ({ at: f.evidence.start, end: f.evidence.end })).sort((a, b) => a.at - b.at);
  const taken = (start: number, end: number) =>
    startingWithin(spans, start - LONGEST_PLACE, end).some((s) => s.at < end && start < s.end);
  const out: Draft[] = [];
  for (const words of paragraphWords(ctx)) {
    for (let at = 0; at < words.length; at++) {
      if (!words[at]!.upper || !index.opensWith(words[at]!.key)) continue;
      const match = index.longestAt(words, at, (m) => m.every((w) => w.upper));
      if (!match) continue;
      const to = at + match.length;
      // The whole run of capitals is the name: "Măng Đen" in "Khu du lịch Măng Đen Xanh" is not.
      if (words[to]?.upper && /^ ?[-–]? ?$/.test(words[to]!.gap)) continue;
      if (words[at - 1]?.upper && words[at]!.gap === ' ') continue;
      const opensTitle = HEADER_BEFORE_TITLE.test(
        ctx.text.slice(Math.max(0, words[at]!.start - 24), words[at]!.start),
      );
      if (!standsAlone(words, at, to) || !(opensTitle || placeWordBefore(words, at))) continue;
      const [start, end] = [words[at]!.start, words[to - 1]!.end];
      if (taken(start, end)) continue;
      const f = match.values[0]!;
      out.push({
        kind: 'location',
        evidence: evidence(ctx.text, start, end),
        name: f.name,
        type: f.type,
        code: f.code,
      });
      at = to - 1;
    }
  }
  return out;
}

// "date 2025-12 Lũng Phìn: Gia đình …": the title's first word opens a sentence, as a dateline.
const HEADER_BEFORE_TITLE = /(?:^|\n)\s*date\s+\d{4}-\d{2}\s+$/;

// Words after which a bare name is the place itself: "lên Măng Đen", "với Măng Đen", "du lịch
// Măng Đen". After any other word it may be a product, a park or a river named for the place
// ("sâm Ngọc Linh", "hồ Ba Bể", "sông Kiến Giang"), and is left alone.
const BEFORE_PLACE = new Set(
  // ("nông dân Tam Giang Tây", "người dân Măng Đen": the people of the place.)
  [
    'lên',
    'về',
    'đến',
    'tới',
    'tại',
    'ở',
    'với',
    'từ',
    'và',
    'của',
    'qua',
    'thăm',
    'khách',
    'lịch',
    'dân',
  ].map(foldKey),
);

/** Whether the word before words[at] lets a bare name be the place: a preposition, a comma, a sentence's start. */
function placeWordBefore(words: readonly Word[], at: number): boolean {
  const before = words[at - 1];
  const gap = words[at]!.gap;
  if (!before || /[,.;:“"(]/.test(gap)) return true;
  // ("Trung tâm Du lịch Phong Nha": a capitalized word before belongs to a body's name.)
  return gap === ' ' && !before.upper && BEFORE_PLACE.has(before.key);
}

/** "Khu kinh tế Dung Quất … Dung Quất sẽ trở thành …": a zone named again without its type word. */
function zonesNamedAgain(ctx: RecognizeContext, found: readonly Draft[]): Draft[] {
  const names = new Map<string, number>();
  for (const zone of found) {
    if (zone.type !== 'industrial_zone' || !/^\p{Lu}/u.test(zone.name)) continue;
    const written = ctx.text.slice(zone.evidence.end - zone.name.length, zone.evidence.end);
    if (written.split(' ').every((w) => /^\p{Lu}/u.test(w))) names.set(written, written.split(' ').length);
  }
  if (names.size === 0) return [];
  const spans = found.map((f) => f.evidence);
  const out: Draft[] = [];
  for (const words of paragraphWords(ctx)) {
    for (const mention of zoneMentions(words, names, eraOf(ctx.date))) {
      const [start, end] = [words[mention.from]!.start, words[mention.to - 1]!.end];
      if (spans.some((s) => s.start < end && start < s.end)) continue;
      const span = evidence(ctx.text, start, end);
      out.push({
        kind: 'location',
        evidence: span,
        name: modernTone(span.text),
        type: 'industrial_zone',
        code: null,
      });
    }
  }
  return out;
}

/**
 * "Công ty TNHH Dệt may Kim Hưng Việt Nam": the country that closes a company's name, which a
 * surname inside the name ("Kim") kept from reading as a place of its own.
 */
function countryClosingName(
  words: readonly Word[],
  from: number,
  to: number,
): { from: number; name: string } | null {
  for (let k = to - 1; k > from; k--) {
    const match = NAMED_PLACES.longestAt(words, k, (m) => k + m.length === to && m.every((w) => w.upper));
    const place = match?.values[0];
    // ("Hợp tác xã Dịch vụ nông nghiệp Hàm Đức": the commune Hàm Đức, not Germany.)
    const inUnitName =
      words[k - 1]?.upper === true && ADMIN_NAMES.longestAt(words, k - 1, (m) => k - 1 + m.length === to);
    if (place?.type === 'country' && !inUnitName) return { from: k, name: place.name };
  }
  return null;
}

/** Where a province's or centrally run city's name closing words[from, to) begins, or -1. */
function provinceClosingFrom(words: readonly Word[], from: number, to: number): number {
  for (let k = to - 1; k > from; k--)
    if (PROVINCE_NAMES.longestAt(words, k, (m) => k + m.length === to && m.every((w) => w.upper))) return k;
  return -1;
}

const BRANCH = ['chi', 'nhánh'].map(foldKey);

/** Where "Chi nhánh" (a branch) opens inside words[from, to), or -1. */
function branchIn(words: readonly Word[], from: number, to: number): number {
  for (let k = from + 1; k + 1 < to; k++) {
    if (words[k]!.key === BRANCH[0] && words[k + 1]!.key === BRANCH[1] && words[k + 1]!.gap === ' ') return k;
  }
  return -1;
}

/** A region that closes words[from, to), or stands right before its last word, a brand's. */
function regionInName(
  words: readonly Word[],
  from: number,
  to: number,
): { from: number; to: number; name: string } | null {
  const closing = words[to - 1];
  const ends = closing?.upper && !closing.caps && closing.gap === ' ' ? [to, to - 1] : [to];
  for (const end of ends) {
    for (let k = end - 1; k > from && k >= end - 5; k--) {
      const match = NAMED_PLACES.longestAt(words, k, (m) => k + m.length === end && m.every((w) => w.upper));
      const place = match?.values.find((p) => p.type === 'region');
      if (place) return { from: k, to: end, name: place.name };
    }
  }
  return null;
}

/** The article's own province (by code) whose name closes words[from, to). */
function provinceClosingName(
  words: readonly Word[],
  from: number,
  to: number,
  province: string,
): { from: number; unit: AdminUnit } | null {
  for (let k = to - 1; k > from && k >= to - 4; k--) {
    const match = PROVINCE_NAMES.longestAt(words, k, (m) => k + m.length === to && m.every((w) => w.upper));
    const unit = match?.values.find((u) => u.code === province);
    if (unit) return { from: k, unit };
  }
  return null;
}

/**
 * "homestay ở xã Long Cốc, tỉnh Phú Thọ đón khách từ Hà Nội và Bắc Ninh": of the provinces named
 * equally often, the one the communes the article names without doubt lie in is its own.
 */
function homeOfCommunes(
  communes: readonly AdminUnit[],
  mentions: ReadonlyMap<string, number>,
): string | undefined {
  const most = Math.max(...mentions.values());
  const tallies = new Map<string, number>();
  for (const commune of communes) {
    const province = provinceOf(commune);
    if (mentions.get(province) === most) tallies.set(province, (tallies.get(province) ?? 0) + 1);
  }
  const ranked = [...tallies].sort((a, b) => b[1] - a[1]);
  return ranked.length > 0 && ranked[0]![1] !== ranked[1]?.[1] ? ranked[0]![0] : undefined;
}

/** The province (or centrally run city) the article names most often: the one it writes about. */
const PROVINCE_CODES_BY_ERA: ReadonlyMap<Era, ReadonlySet<string>> = new Map(
  (['pre2025', 'post2025'] as const).map((era) => [
    era,
    new Set(ADMIN_UNITS.filter((u) => isProvinceLevel(u) && u.era === era).map((u) => u.code)),
  ]),
);
const standsIn = (code: string, era: Era): boolean => PROVINCE_CODES_BY_ERA.get(era)?.has(code) ?? true;

function mainProvince(found: readonly Draft[], era?: Era): string | null {
  const counts = new Map<string, number>();
  for (const f of found) {
    // (After the reform, "khu vực Đắk Nông (cũ)" named again and again is no province of the
    // article's own: only a province that stands then can be.)
    // "UBND huyện Vân Đồn …, Huyện ủy Vân Đồn": a district named is its province named too.
    const district = f.type === 'district' && f.code ? unitOfCode(f.code, 'pre2025') : undefined;
    const code = f.type === 'district' ? district && provinceOf(district) : f.code;
    if (
      (f.type === 'province' || f.type === 'city' || f.type === 'district') &&
      code &&
      (era === undefined || standsIn(code, era))
    )
      counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [code, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = code;
  return best;
}

/**
 * "khu vực Liên Chiểu" in an article about Đà Nẵng, "tại Đồng Hới" in one about Quảng Trị: the
 * province's districts, and its communes after a preposition, named without their type word.
 */
function districtsWithoutType(
  ctx: RecognizeContext,
  province: string,
  era: UnitScope['era'],
  found: readonly Draft[],
): Draft[] {
  const taken = found.map((f) => f.evidence);
  const namedCommunes = new Set(found.flatMap((f) => (f.type === 'commune' && f.code ? [f.code] : [])));
  return paragraphWords(ctx).flatMap((words) => {
    const districts = bareDistricts(words, province, era, taken);
    const spans = districts.map(({ from, to }) => ({ start: words[from]!.start, end: words[to - 1]!.end }));
    // ("khu vực Giao Thủy (cũ)" after the reform: the district as it was, which `formerCities`
    // reads, though a commune of today bears its name.)
    const communes = bareCommunes(words, province, era, [...taken, ...spans], namedCommunes).filter(
      ({ from, to }) => era !== 'post2025' || !namesFormerDistrict(ctx.text, words, from, to, province),
    );
    return [...districts, ...communes].map(({ from, to, unit }) => {
      const span = evidence(ctx.text, words[from]!.start, words[to - 1]!.end);
      return {
        kind: 'location' as const,
        evidence: span,
        name: unitName(span.text, unit),
        type: unit.type,
        code: unit.code,
      };
    });
  });
}

/**
 * The names after the first of a plural zone list: ", Vân Trung", " và Song Khê - Nội Hoàng".
 * Each is one to five capitalized words; the list ends at anything else.
 */
/**
 * A word of a zone's name in a list: capitalized, or a brand in capitals ("VSIP Bắc Ninh"), but
 * no abbreviation of the glossary ("KCN", "UBND") opening something else.
 */
function zoneNameWord(words: readonly Word[], at: number): boolean {
  const word = words[at];
  if (!word?.upper) return false;
  return !word.caps || (abbreviationOf(word.text) === undefined && zoneWordsAt(words, at) === 0);
}

function zoneListAfter(words: readonly Word[], at: number): { from: number; to: number }[] {
  const items: { from: number; to: number }[] = [];
  let k = pastBracket(words, at);
  for (;;) {
    const joint = words[k];
    // (A bracket the list ran past closes in the joint's gap: "), ".)
    const gap = joint?.gap.replace(/^ ?\)/u, '') ?? '';
    let from: number;
    if (joint && /^, ?$/.test(gap) && zoneNameWord(words, k)) from = k;
    else if (joint?.key === 'và' && /^,? $/.test(gap) && words[k + 1]?.gap === ' ' && words[k + 1]?.upper)
      from = k + 1;
    else return items;
    let to = from;
    while (to < from + 5 && zoneNameWord(words, to) && (to === from || /^ ?[-–]? ?$/.test(words[to]!.gap)))
      to++;
    if (to === from || typeWordAt(words, from) !== null) return items;
    items.push({ from, to });
    k = pastBracket(words, to);
  }
}

/**
 * "Nhơn Trạch 3 (huyện Nhơn Trạch), Amata": past the bracket that says where a zone of a list
 * lies, to the word the list goes on with, its gap the joint after the bracket; `at` itself when no
 * bracket opens there.
 */
function pastBracket(words: readonly Word[], at: number): number {
  if (!/^ ?\($/.test(words[at]?.gap ?? '')) return at;
  for (let k = at + 1; k < at + 12 && k < words.length; k++) {
    const gap = words[k]!.gap;
    if (!gap.includes(')')) continue;
    return /^ ?\)(?:, ?| )$/.test(gap) ? k : at;
  }
  return at;
}

const RESPECTIVELY = ['lần', 'lượt'];

/** "… lần lượt": the cue that pairs a list with its figures, a few lower-case words at most after it. */
function respectivelyAfter(words: readonly Word[], at: number): boolean {
  for (let k = at; k < at + 6; k++) {
    const word = words[k];
    if (!word || word.upper || !/^ ?$/.test(word.gap)) return false;
    if (word.key === RESPECTIVELY[0] && words[k + 1]?.key === RESPECTIVELY[1]) return true;
  }
  return false;
}

/** Whether words[from, to) name a district of `province` before the reform, "(cũ)" after them. */
function namesFormerDistrict(
  text: string,
  words: readonly Word[],
  from: number,
  to: number,
  province: string,
): boolean {
  const end = words[to - 1]!.end;
  if (!FORMER.test(text.slice(end, end + 8))) return false;
  const name = text.slice(words[from]!.start, end);
  return [...withProvincesBefore(new Set([province]))].some(
    (code) => provinceUnits(code, 'pre2025', ['district']).get(name).length > 0,
  );
}

const CITY_WORD_BEFORE = /(?:^|[^\p{L}])(?:TP\.?|Tp\.?|thành phố|Thành phố)\s*$/u;

/**
 * The provincial cities of the given provinces before the reform, named bare, and any district
 * of theirs named bare and called former ("khu vực Giao Thủy (cũ)").
 */
function formerCities(
  ctx: RecognizeContext,
  provinces: ReadonlySet<string>,
  found: readonly Draft[],
): Draft[] {
  const taken = found.map((f) => f.evidence);
  const out: Draft[] = [];
  // (A district called former may lie in a province merged into one of them: "Giao Thủy (cũ)" of
  // Nam Định in an article on the new Ninh Bình.)
  const merged = withProvincesBefore(provinces);
  for (const words of paragraphWords(ctx)) {
    for (const province of merged) {
      for (const { from, to, unit } of bareDistricts(words, province, 'pre2025', taken)) {
        const span = evidence(ctx.text, words[from]!.start, words[to - 1]!.end);
        if (FORMER.test(ctx.text.slice(span.end, span.end + 8))) {
          out.push({
            kind: 'location',
            evidence: span,
            name: unitName(span.text, unit),
            type: unit.type,
            code: unit.code,
          });
          continue;
        }
        if (unit.prefix !== 'thành phố' || to - from < 2 || !provinces.has(province)) continue;
        // "Buôn Ma Thuột", "Đồng Hới": a ward of today that kept the city's name is that ward, in
        // the province its own was merged into ("phố cổ Hội An", of Đà Nẵng since Quảng Nam joined it).
        // (Not where the article names the city itself with its type word, "TP Phan Thiết cũ": its
        // bare name is that city's too.)
        const today = PROVINCE_AFTER_REFORM.get(province) ?? province;
        const cityNamed = found.some(
          (f) =>
            f.type === 'district' &&
            f.code === unit.code &&
            CITY_WORD_BEFORE.test(ctx.text.slice(Math.max(0, f.evidence.start - 12), f.evidence.start)),
        );
        const ward = cityNamed ? [] : provinceUnits(today, 'post2025', ['commune']).get(span.text);
        const now = ward.length === 1 ? ward[0] : undefined;
        out.push({
          kind: 'location',
          evidence: span,
          name: unitName(span.text, now ?? unit),
          type: now?.type ?? unit.type,
          code: now?.code ?? unit.code,
        });
      }
    }
  }
  return out;
}

// Last words of a company's head or legal form: "Công ty", "TNHH", "MTV", "Cổ phần", "Tập đoàn".
const COMPANY_FORM_ENDS = new Set(
  ['ty', 'tnhh', 'mtv', 'cp', 'ctcp', 'phần', 'đoàn', 'xã', 'htx', 'hàng', 'tmcp'].map(foldKey),
);

/**
 * Districts and communes of the article's own province that close the names of its bodies
 * ("Đồn Biên phòng Lũng Cú", "Công ty Cổ phần Thủy điện Thác Bà"): places inside names count
 * as places (seeds/README.md). `locations` are the places already read; none is read twice.
 */
/**
 * The places less the roads that lie inside a firm's name: "Công ty Cổ phần Đường Quảng Ngãi"
 * makes sugar ("đường"); the place its name closes with is read by `placesInBodyNames`.
 */
export function withoutRoadsInFirmNames(
  places: readonly Draft[],
  bodies: readonly DraftOf<'organization'>[],
): Draft[] {
  const firms = bodies.filter(isFirm);
  if (firms.length === 0) return [...places];
  return places.filter(
    (p) =>
      p.type !== 'road' ||
      !firms.some((f) => f.evidence.start < p.evidence.start && p.evidence.end <= f.evidence.end),
  );
}

const ECONOMIC_ZONE = /^(?:KKT|[Kk]hu kinh tế)\s/u;

/** The zone of `zones` whose name closes a firm's or a plant's name, written as the zone is. */
function zoneClosing(body: DraftOf<'organization'>, zones: readonly Draft[]): Draft | undefined {
  if (!isFirm(body) && !/^Nhà máy\s/u.test(body.evidence.text)) return undefined;
  const text = body.evidence.text;
  return zones.find((z) => text.length > z.name.length && text.endsWith(` ${z.name}`));
}

export function placesInBodyNames(
  ctx: RecognizeContext,
  locations: readonly Draft[],
  bodies: readonly DraftOf<'organization'>[],
): Draft[] {
  const era = eraOf(ctx.date);
  const province = mainProvince(locations, era) ?? mainProvince(locations);
  if (province === null || bodies.length === 0) return [];
  // A place's span is short: a found one can overlap only places that start shortly before it.
  const spans = locations
    .map((l) => ({ at: l.evidence.start, end: l.evidence.end }))
    .sort((a, b) => a.at - b.at);
  const out: Draft[] = [];
  // (Nested bodies, "liên danh … - Công ty TNHH Hồng Hà Lai Châu", hold one place once: a span
  // already read inside another body is taken too. Every caller reads the span when it is free.)
  const read = new Set<string>();
  const taken = (start: number, end: number) => {
    if (startingWithin(spans, start - LONGEST_PLACE, end).some((l) => l.at < end && start < l.end))
      return true;
    if (read.has(`${start}:${end}`)) return true;
    read.add(`${start}:${end}`);
    return false;
  };
  // The economic zones the article names, of two words or more ("KKT Dung Quất"; an industrial
  // park is often named for the firm that built it, "KCN Thành Thành Công", not the other way).
  const zones = locations.filter(
    (l) => l.type === 'industrial_zone' && /\s/u.test(l.name) && ECONOMIC_ZONE.test(l.evidence.text),
  );
  // The districts and communes the article names with a code, by name.
  const namedUnits = new Map<string, AdminUnit>();
  for (const l of locations) {
    if ((l.type !== 'district' && l.type !== 'commune') || l.code === null) continue;
    const unit: AdminUnit = { code: l.code, name: l.name, prefix: '', type: l.type, parent: null, era };
    for (const key of [l.name, l.evidence.text]) if (!namedUnits.has(key)) namedUnits.set(key, unit);
  }
  // Bodies in text order, taken paragraph by paragraph with one cursor: linear in both.
  const sorted = [...bodies].sort((a, b) => a.evidence.start - b.evidence.start);
  let next = 0;
  for (const words of paragraphWords(ctx)) {
    const first = words[0];
    const last = words.at(-1);
    if (!first || !last) continue;
    while (next < sorted.length && (sorted[next] as DraftOf<'organization'>).evidence.start < first.start)
      next++;
    const inParagraph: DraftOf<'organization'>[] = [];
    while (next < sorted.length && (sorted[next] as DraftOf<'organization'>).evidence.start <= last.end) {
      inParagraph.push(sorted[next] as DraftOf<'organization'>);
      next++;
    }
    if (inParagraph.length === 0) continue;
    const byStart = new Map(words.map((w, i) => [w.start, i]));
    const byEnd = new Map(words.map((w, i) => [w.end, i + 1]));
    for (const body of inParagraph) {
      if (body.evidence.end > last.end) continue;
      const from = byStart.get(body.evidence.start);
      const to = byEnd.get(body.evidence.end);
      if (from === undefined || to === undefined) continue;
      // A country closing words[from, end) of the name, read as a place of its own.
      const countryBefore = (end: number): boolean => {
        const country = end > from ? countryClosingName(words, from, end) : null;
        if (!country) return false;
        const span = evidence(ctx.text, words[country.from]!.start, words[end - 1]!.end);
        if (!taken(span.start, span.end))
          out.push({ kind: 'location', evidence: span, name: country.name, type: 'country', code: null });
        return true;
      };
      // ("Quỹ Bảo trợ trẻ em Việt Nam": any body's, as the corpus reads a country closing a name.)
      if (countryBefore(to)) continue;
      // "Ngân hàng Nhà nước Việt Nam Chi nhánh Cà Mau": the country closes the bank's name before
      // the branch.
      countryBefore(branchIn(words, from, to));
      // "Công ty TNHH LG Display Việt Nam Hải Phòng": the country before the province whose
      // plant the name closes on (the province is read below).
      countryBefore(provinceClosingFrom(words, from, to));
      // "Công ty Cổ phần Nông sản Tây Nguyên Xanh": a region, closing the name or before one
      // capitalized word of the brand.
      const region = isFirm(body) ? regionInName(words, from, to) : null;
      if (region) {
        const span = evidence(ctx.text, words[region.from]!.start, words[region.to - 1]!.end);
        if (!taken(span.start, span.end))
          out.push({ kind: 'location', evidence: span, name: region.name, type: 'region', code: null });
        continue;
      }
      // "Công ty Cổ phần Điện gió Sao Mai Quảng Trị": the article's own province closing a name
      // is the province, not the ward that shares its name.
      const own = provinceClosingName(words, from, to, province);
      if (own) {
        const span = evidence(ctx.text, words[own.from]!.start, words[to - 1]!.end);
        if (!taken(span.start, span.end))
          out.push({
            kind: 'location',
            evidence: span,
            name: own.unit.name,
            type: own.unit.type,
            code: own.unit.code,
          });
        continue;
      }
      // "Công ty Cổ phần Chè Tam Đường Xanh", "Hợp tác xã Chè Tả Lèng Xanh": a place, then one
      // capitalized word of the brand.
      const closing = words[to - 1];
      const place =
        placeClosingBody(words, from, to, province, era) ??
        // "xã Tân Cảnh (cũ) … Công ty Cổ phần Nông sản Tân Cảnh": a unit the article named, the
        // reform since dissolved, closing a firm's name.
        (isFirm(body) ? namedUnitClosing(words, from, to, namedUnits) : null) ??
        // "Công ty Than Mạo Khê - TKV": a place, then the group's brand after a dash.
        (isFirm(body) &&
        closing?.upper &&
        (closing.gap === ' ' ? !closing.caps : /^ ?[-–] ?$/.test(closing.gap))
          ? placeClosingBody(words, from, to - 1, province, era)
          : null) ??
        // "Trường THPT Đô Lương 1": a place, then the number of the school named for it.
        (closing && closing.gap === ' ' && /^(?:\d{1,2}|[IVX]{1,4})$/.test(closing.text)
          ? placeClosingBody(words, from, to - 1, province, era)
          : null);
      if (!place) {
        // "Nhà máy Lọc dầu Dung Quất", "Công ty CP Thép Hòa Phát Dung Quất" where the article
        // names "KKT Dung Quất": a firm or a plant named for the zone it stands in holds the zone.
        const zone = zoneClosing(body, zones);
        if (zone) {
          const start = body.evidence.end - zone.name.length;
          if (!taken(start, body.evidence.end))
            out.push({
              kind: 'location',
              evidence: evidence(ctx.text, start, body.evidence.end),
              name: zone.name,
              type: 'industrial_zone',
              code: zone.code,
            });
        }
        continue;
      }
      // "Ban Quản lý vịnh Hạ Long": a bay, a lake or a river named for the place is no place.
      if (naturalFeatureBefore(words, place.from)) continue;
      // "Công ty Thác Bà", "Công ty TNHH Bình Minh": a company named by that word alone is a brand,
      // unless the article names that unit itself ("HTX Bản Sen" … "tại xã Bản Sen").
      const written = ctx.text.slice(words[place.from]!.start, words[place.to - 1]!.end);
      const ownUnit = namedUnits.get(written)?.code === place.unit.code;
      if (isFirm(body) && COMPANY_FORM_ENDS.has(words[place.from - 1]?.key ?? '') && !ownUnit) continue;
      // "Công ty Cổ phần Xây dựng Hoàng Liên Sơn": after a common surname, the place's words end a
      // person's name or another name the brand is, not a commune "Liên Sơn".
      const before = words[place.from - 1];
      if (isFirm(body) && before?.upper && !before.caps && COMMON_SURNAMES.has(before.key)) continue;
      const span = evidence(ctx.text, words[place.from]!.start, words[place.to - 1]!.end);
      if (taken(span.start, span.end)) continue;
      out.push({
        kind: 'location',
        evidence: span,
        name: modernTone(span.text),
        type: place.unit.type,
        code: place.unit.code,
      });
    }
  }
  return out;
}

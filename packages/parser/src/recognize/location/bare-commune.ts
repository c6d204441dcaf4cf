import type { AdminUnit, Era } from '../../lexicon/admin-units.js';
import { provinceUnits } from '../../lexicon/province-units.js';
import { foldKey } from '../../text/fold.js';
import type { Span } from '../context.js';
import type { Word } from '../tokens/tokenize.js';
import { isNameWord } from './admin-place.js';
import { standsAlone } from './stands-alone.js';

/** A commune or ward named without its type word. */
export interface BareCommune {
  from: number;
  to: number;
  unit: AdminUnit;
}

// Where a place goes or lies: "tại Đồng Hới", "đi từ Đông Hà lên Lao Bảo"; "khu vực Bãi Cháy".
const PREPOSITIONS = new Set(
  ['tại', 'ở', 'từ', 'đến', 'tới', 'lên', 'xuống', 'về', 'sang', 'qua', 'ra', 'vào'].map(foldKey),
);
const SINGLED_OUT = foldKey('riêng');

/** "…, riêng Măng Đen đã chiếm hơn 61%": a place singled out where a clause opens (not "sầu riêng Cái Bè"). */
function singledOutBefore(words: readonly Word[], at: number): boolean {
  const before = words[at - 1];
  return before?.key === SINGLED_OUT && (at - 1 === 0 || /[,;.:]\s*$|^\n+$/.test(before.gap));
}
const AND = foldKey('và');
const AREA = ['khu', 'vực'].map(foldKey);
const RESORT = ['khu', 'du', 'lịch'].map(foldKey);
const NATIONAL = ['quốc', 'gia'].map(foldKey);
const LIST_OPENERS = new Set(['là', 'như', 'gồm'].map(foldKey));
// ("nhiều nơi như Hải Chánh, Hải Sơn": places of a district, named as its communes are.)
const COMMUNE_WORDS = new Set(['xã', 'phường', 'thị trấn', 'nơi'].map(foldKey));

/** A commune's type word among the few words before `at`, in the same clause. */
function communeWordBefore(words: readonly Word[], at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - 12); k--) {
    const word = words[k + 1]!;
    if (/[,;:.()]/.test(word.gap)) return false;
    if (COMMUNE_WORDS.has(words[k]!.key) || COMMUNE_WORDS.has(`${words[k - 1]?.key} ${words[k]!.key}`))
      return true;
  }
  return false;
}

/**
 * The communes and wards of `province` named after a preposition of place, without their type
 * word: "trung tâm hành chính đặt tại Đồng Hới", "từ Đông Hà lên Lao Bảo", "lên Khe Sanh và Lao
 * Bảo" (a second one after "và"). After the 2025 reform the old towns of a province live on
 * as its wards and communes, and articles keep naming them bare. A name must have two words or
 * more (one will do in a list a commune's type word opens), name one unit of the article's own province, stand alone and lie in no span `taken`.
 */
export function bareCommunes(
  words: readonly Word[],
  province: string,
  era: Era,
  taken: readonly Span[],
  named: ReadonlySet<string> = new Set(),
): BareCommune[] {
  const index = provinceUnits(province, era, ['commune']);
  const out: BareCommune[] = [];
  let inNamedList = false;
  for (let at = 1; at < words.length; at++) {
    const word = words[at]!;
    if (!word.upper || word.caps) continue;
    // "lên Khe Sanh và Lao Bảo", "là Pa Tần, Nậm Tăm": the next of a list of them; "Đại Sảo
    // (Chợ Đồn), Cường Lợi (Na Rì) và Khang Ninh": past the bracket that says where one lies.
    const lastEnd = out.length > 0 ? pastBracket(words, out.at(-1)!.to) : -1;
    const commaListed = /^\)?, ?$/.test(word.gap) && lastEnd === at;
    // ("Mường Báng là xã …" may open its sentence.)
    const opensSentenceHere = /[.!?]\s+$|^\n+$/.test(word.gap);
    // "tuyến Vân Đồn - Cô Tô", "phà Vũng Tàu - Cần Giờ": the other end of a route whose first end
    // is a place named.
    const routeEnd =
      /^ ?[-–] ?$/.test(word.gap) &&
      (lastEnd === at || taken.some((t) => t.end === words[at - 1]!.end && t.start <= words[at - 1]!.start));
    if (word.gap !== ' ' && !commaListed && !opensSentenceHere && !routeEnd) continue;
    const before = words[at - 1]!;
    const listed = commaListed || (before.key === AND && lastEnd === at - 1);
    // "công suất phòng khu vực Bãi Cháy": an area named by its ward.
    // "khu du lịch Mũi Né": a tourist area named by its ward, as "khu vực" names one.
    // ("Khu du lịch quốc gia Măng Đen", "du lịch Măng Đen": the tourism of a place.)
    const national = before.key === NATIONAL[1] && words[at - 2]?.key === NATIONAL[0] ? 2 : 0;
    const area =
      (before.key === AREA[1] && words[at - 2]?.key === AREA[0]) ||
      (words[at - 1 - national]?.key === RESORT[2] &&
        words[at - 2 - national]?.key === RESORT[1] &&
        // ("Trung tâm Du lịch Phong Nha - Kẻ Bàng": a body's name, not the tourism of a place.)
        !words[at - 2 - national]?.upper);
    // "2 xã đạt chuẩn nông thôn mới là Pa Tần và Nậm Tăm", "các xã phía Tây như Kbang, Krong":
    // the communes a count or a plural names.
    const listedByType = LIST_OPENERS.has(before.key) && communeWordBefore(words, at - 1);
    // "Mường Báng là xã giảm nghèo nhanh nhất": a name the sentence then calls a commune.
    const called = calledCommune(words, at, index);
    if (opensSentenceHere && !called) continue;
    const village = villageBefore(words, at);
    // "tắm biển Thịnh Long", "bãi biển Mũi Né", "khách sạn ven biển Bãi Cháy": the sea by a ward or
    // commune, named for it.
    const seaside = before.key === SEA;
    // "Khu di tích Tân Trào", "khu di tích lịch sử Mường Phăng": a historic site named for its commune.
    const site = siteBefore(words, at);
    if (
      !PREPOSITIONS.has(before.key) &&
      !singledOutBefore(words, at) &&
      !listed &&
      !area &&
      !listedByType &&
      !called &&
      !village &&
      !routeEnd &&
      !seaside &&
      !site
    )
      continue;
    // A list the type word opens names communes even of one word ("như Kbang, Krong"); elsewhere
    // one capitalized word is too often something else.
    const ofCommunes: boolean = listedByType || called || (listed && inNamedList);
    const known = index.longestAt(words, at, (m) => (m.length >= 2 || ofCommunes) && m.every(isNameWord));
    if (!known) continue;
    // "Vân Hà, Liên Hà, Thuỵ Lâm": a name two communes of the province share is, in a list, the
    // one in the district of the item before it.
    const previous = listed ? out.at(-1)?.unit : undefined;
    const units =
      known.values.length > 1 && previous
        ? known.values.filter((u) => u.parent === previous.parent)
        : known.values;
    if (units.length !== 1) continue;
    // ("làng gốm Thanh Hà" where the article names "phường Thanh Hà": a craft village named for the
    // commune it lies in; a village of another name may share a commune's elsewhere.)
    if (village && !PREPOSITIONS.has(before.key) && !named.has(units[0]!.code)) continue;
    const to = at + known.length;
    const span = { start: word.start, end: words[to - 1]!.end };
    if (!standsAlone(words, at, to) || taken.some((t) => t.start < span.end && span.start < t.end)) continue;
    out.push({ from: at, to, unit: units[0]! });
    inNamedList = ofCommunes;
    at = to - 1;
  }
  return out;
}

const VILLAGE = foldKey('làng');
const SEA = foldKey('biển');
const SITE = ['di', 'tích'].map(foldKey);

// The words that rank or class a site between "di tích" and its name.
const SITE_CLASS = new Set(['lịch', 'sử', 'quốc', 'gia', 'đặc', 'biệt', 'cách', 'mạng'].map(foldKey));

/**
 * Whether "di tích", then the words that class it ("di tích lịch sử", "di tích quốc gia đặc
 * biệt"), stands before words[at]; not "các di tích thờ Hùng Vương", sites of a cult.
 */
function siteBefore(words: readonly Word[], at: number): boolean {
  for (let k = at - 1; k >= Math.max(1, at - 5); k--) {
    if (words[k + 1]!.gap !== ' ') return false;
    if (words[k]!.key === SITE[1] && words[k - 1]?.key === SITE[0] && words[k]!.gap === ' ')
      return !PLURALS.has(words[k - 2]?.key ?? '');
    if (!SITE_CLASS.has(words[k]!.key)) return false;
  }
  return false;
}
const PLURALS = new Set(['các', 'những', 'nhiều'].map(foldKey));

/** Whether "làng", then at most two words in lower case ("làng gốm", "làng nghề dệt"), stands before words[at]. */
function villageBefore(words: readonly Word[], at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - 3); k--) {
    if (words[k + 1]!.gap !== ' ') return false;
    if (words[k]!.key === VILLAGE) return true;
    if (words[k]!.upper) return false;
  }
  return false;
}

const IS = foldKey('là');
// What may stand between "là" and the type word: "là một trong những xã …", "là một xã …".
const BEFORE_TYPE = new Set(['một', 'trong', 'những', 'các'].map(foldKey));

/** Whether the name at words[at] is called a commune or ward right after it: "X là (một) xã …". */
function calledCommune(words: readonly Word[], at: number, index: ReturnType<typeof provinceUnits>): boolean {
  const known = index.longestAt(words, at, (m) => m.every(isNameWord));
  if (!known) return false;
  let k = at + known.length;
  if (words[k]?.key !== IS || words[k]?.gap !== ' ') return false;
  k++;
  while (k < at + known.length + 5 && BEFORE_TYPE.has(words[k]?.key ?? '')) k++;
  return (words[k]?.key ?? '') !== '' && COMMUNE_WORDS.has(words[k]!.key) && words[k]!.key !== foldKey('nơi');
}

/** Where a bracket opening at words[at] ends (the word after its ")"), or `at` when none opens there. */
function pastBracket(words: readonly Word[], at: number): number {
  if (!/\($/.test(words[at]?.gap ?? '')) return at;
  for (let k = at + 1; k <= at + 6 && k < words.length; k++) if (words[k]!.gap.startsWith(')')) return k;
  return at;
}

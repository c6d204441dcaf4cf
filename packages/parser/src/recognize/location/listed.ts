import { ADMIN_NAMES, isProvinceLevel, provinceOf } from '../../lexicon/admin-units.js';
import type { Word } from '../tokens/tokenize.js';
import { isNameGap } from '../tokens/tokenize.js';
import { type AdminPlace, isNameWord, spellingVariantAt } from './admin-place.js';
import { standsAlone } from './stands-alone.js';

// Words that join the items of a list: "Sìn Hồ, Phong Thổ và Nậm Nhùn", "Lục Nam hoặc Yên Thế",
// "Cương Gián (huyện Nghi Xuân) hay Thượng Lộc".
const JOINERS = new Set(['và', 'hoặc', 'hay']);

// Levels whose units may be named by a number: "Phường 3", "Quận 7".
const NUMBERED = new Set(['phường', 'quận']);

/** Where the next item of a list after words[to - 1] starts, or null when no list goes on. */
function nextItemAt(words: readonly Word[], to: number): number | null {
  const next = words[to];
  if (!next) return null;
  if (/^, ?$/.test(next.gap) && !JOINERS.has(next.key)) return to;
  const joined = JOINERS.has(next.key) && /^,? $/.test(next.gap) && words[to + 1]?.gap === ' ';
  return joined ? to + 1 : null;
}

/** The longest bracket a list item may carry: "(huyện Duyên Hải)", "(thị xã Phú Mỹ, tỉnh Bà Rịa - Vũng Tàu)". */
const MAX_BRACKET_WORDS = 10;

/**
 * Where the list goes on past a bracket after its item words[.., to): "Hiệp Thạnh (thị xã Duyên
 * Hải) và Đông Hải (huyện Duyên Hải)". Null when no bracket opens there or no item follows it.
 */
function nextItemPastBracket(words: readonly Word[], to: number): number | null {
  if (!/^ ?\($/.test(words[to]?.gap ?? '')) return null;
  for (let k = to + 1; k <= to + MAX_BRACKET_WORDS && k < words.length; k++) {
    const gap = words[k]!.gap;
    if (/[()]/.test(gap)) {
      const after = gap.replace(/^ ?\)/, '');
      if (after === gap) return null;
      if (/^, ?$/.test(after) && !JOINERS.has(words[k]!.key)) return k;
      return JOINERS.has(words[k]!.key) && /^,? $/.test(after) && words[k + 1]?.gap === ' ' ? k + 1 : null;
    }
  }
  return null;
}

/** A later item of a list; `pastBracket` when a bracket stands between it and the list's head. */
export interface ListedPlace extends AdminPlace {
  pastBracket: boolean;
}

/**
 * The places a type word names after its first one: "các huyện Sìn Hồ, Phong Thổ và
 * Nậm Nhùn" names three districts with one "huyện". An item is read only when the
 * gazetteer knows the name and `accepts` the units it names (the level of the type word);
 * the list ends at the first item it does not know ("..., Nguyễn Văn An cho biết").
 */
export function listedAfter(
  words: readonly Word[],
  head: AdminPlace,
  accepts: (item: AdminPlace) => boolean,
): ListedPlace[] {
  const items: ListedPlace[] = [];
  let to = head.to;
  let pastBracket = false;
  const next = () => {
    const at = nextItemAt(words, to);
    if (at !== null) return at;
    const past = nextItemPastBracket(words, to);
    if (past !== null) pastBracket = true;
    return past;
  };
  for (let at = next(); at !== null; at = next()) {
    // "phường 1, 2 và 3" lists numbers; "xã Tập Sơn, 1.250 hộ" goes on with a figure.
    if (/^\d/.test(words[at]!.text) && !NUMBERED.has(head.prefix ?? '')) break;
    const known = ADMIN_NAMES.longestAt(words, at, (m) => m.every(isNameWord));
    // "Lục Yên, Văn Chấn, Mù Cang Chải": an item spelt without a mark the gazetteer has.
    const ofLevel = known?.values.some((u) => u.prefix === head.prefix) === true;
    const variant = ofLevel
      ? null
      : spellingVariantAt(
          words,
          at,
          known ? at + known.length : nameRunEnd(words, at),
          (u) => u.prefix === head.prefix,
          known !== null,
        );
    const found = variant ?? (known ? { to: at + known.length, units: known.values } : null);
    if (!found || !standsAlone(words, at, found.to)) break;
    // "(huyện Mộc Châu, Sơn La)", "quê huyện Trà Cú, Trà Vinh": the province the item before lies
    // in closes the list; it is no unit of the list's level.
    const before = items.at(-1) ?? head;
    const province = found.units.find(isProvinceLevel);
    // ("các xã Tân Tập, Long Phụng và Long An": a unit of the list's level that shares the
    // province's name is an item when "và" brings it or the list goes on after it.)
    const ofListLevel = found.units.some((u) => u.prefix === head.prefix);
    const listItem =
      ofListLevel && (JOINERS.has(words[at - 1]?.key ?? '') || listGoesOn(words, found.to, head));
    if (
      province &&
      !listItem &&
      before.units.some((u) => !isProvinceLevel(u) && provinceOf(u) === province.code)
    )
      break;
    const item: ListedPlace = {
      ...head,
      from: at,
      nameFrom: at,
      to: found.to,
      units: found.units,
      alias: null,
      pastBracket,
    };
    if (!accepts(item)) break;
    items.push(item);
    to = item.to;
  }
  return items;
}

/** True when another item of the head's level follows words[.., to) in the list. */
function listGoesOn(words: readonly Word[], to: number, head: AdminPlace): boolean {
  const at = nextItemAt(words, to);
  if (at === null) return false;
  const known = ADMIN_NAMES.longestAt(words, at, (m) => m.every(isNameWord));
  return known?.values.some((u) => u.prefix === head.prefix) === true;
}

/** Where up to four capitalized words from words[at] end. */
function nameRunEnd(words: readonly Word[], at: number): number {
  let to = at;
  while (to < at + 4 && words[to]?.upper && (to === at || isNameGap(words[to]!.gap))) to++;
  return to;
}

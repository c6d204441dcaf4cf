import type { LocationType } from '@dukien/core';
import { foldKey } from '../text/fold.js';
import { readDataFile } from './data-file.js';
import { PhraseIndex, type PhraseShape } from './phrase-index.js';

export type Era = 'pre2025' | 'post2025';

/** A province, district or commune of data/admin-units.json. */
export interface AdminUnit {
  code: string;
  /** Name without its type word: "Bình Phước". */
  name: string;
  /** The type word, lower-cased: "tỉnh", "thành phố", "huyện", "xã"... */
  prefix: string;
  type: Extract<LocationType, 'province' | 'city' | 'district' | 'commune'>;
  /** Code of the province (districts, post2025 communes) or district (pre2025 communes). */
  parent: string | null;
  era: Era;
}

export const ADMIN_UNITS: readonly AdminUnit[] = (readDataFile('admin-units.json') as { units: AdminUnit[] })
  .units;

// The names' shapes come from data/admin-name-keys.json (scripts/build-admin-name-keys.mjs):
// tokenizing 7,769 names took about 80 ms of every cold start. A name the file lacks is shaped here.
const SHAPES = (
  readDataFile('admin-name-keys.json') as {
    shapes: Record<string, [string, string, number] | null>;
  }
).shapes;

/** The name's shape from the file (null: a gap breaks it), undefined when the file lacks it. */
function shapeOf(name: string): PhraseShape | null | undefined {
  const known = Object.hasOwn(SHAPES, name) ? SHAPES[name] : undefined;
  return known && { key: known[0], firstWord: known[1], length: known[2] };
}

/** Every unit by its folded name. */
export const ADMIN_NAMES = new PhraseIndex<AdminUnit>();
for (const unit of ADMIN_UNITS) ADMIN_NAMES.add(unit.name, unit, shapeOf(unit.name));

// "Đakrông" for "Đa Krông", "Đăkglei" for "Đắk Glei": names of the Central Highlands and the
// Trường Sơn range, whose second word opens with a consonant cluster, are also written as one word.
const CLUSTER_SECOND_WORD = /^(\S+) ((?:[KkBbPpGg][rRlL]|[Đđ][rR])\S*)$/u;
for (const unit of ADMIN_UNITS) {
  const parts = CLUSTER_SECOND_WORD.exec(unit.name);
  if (parts?.[1] && parts[2]) ADMIN_NAMES.add(`${parts[1]}${parts[2].toLowerCase()}`, unit);
}

// "Phú Quí" in the registry is "Phú Quý" in the press, "Kỳ Sơn" is also "Kì Sơn": a syllable of a
// consonant and "i" or "y" alone is spelled either way (the 1984 spelling rule, followed unevenly).
// Each name holding one is also found in its other spelling; the tone stays on the vowel.
const I_VOWELS = 'iìíỉĩị';
const Y_VOWELS = 'yỳýỷỹỵ';
const I_OR_Y_SYLLABLE = /^(qu|[bdđhklmnrstvx])([iìíỉĩịyỳýỷỹỵ])$/iu;

/** The name with each syllable of a consonant and "i" or "y" spelled the other way, or null if none is. */
export function otherIOrYSpelling(name: string): string | null {
  let changed = false;
  const words = name.split(' ').map((word) => {
    const parts = I_OR_Y_SYLLABLE.exec(word);
    if (!parts?.[1] || !parts[2]) return word;
    changed = true;
    const i = I_VOWELS.indexOf(parts[2]);
    return parts[1] + (i >= 0 ? Y_VOWELS[i] : I_VOWELS[Y_VOWELS.indexOf(parts[2])]);
  });
  return changed ? words.join(' ') : null;
}
for (const unit of ADMIN_UNITS) {
  const other = otherIOrYSpelling(unit.name);
  if (other !== null) ADMIN_NAMES.add(other, unit);
}

/** The provinces and centrally run cities alone, for a name without its type word ("Bình Phước"). */
export const PROVINCE_NAMES = new PhraseIndex<AdminUnit>();
for (const unit of ADMIN_UNITS) {
  if (isProvinceLevel(unit)) PROVINCE_NAMES.add(unit.name, unit, shapeOf(unit.name));
}

const BY_CODE = new Map<string, AdminUnit>();
for (const unit of ADMIN_UNITS)
  if (!BY_CODE.has(`${unit.era}:${unit.code}`)) BY_CODE.set(`${unit.era}:${unit.code}`, unit);

/** The unit of a code in an era, if the gazetteer has it. */
export function unitOfCode(code: string, era: Era): AdminUnit | undefined {
  return BY_CODE.get(`${era}:${code}`);
}

/** The province code a unit lies in (itself for a province). */
export function provinceOf(unit: AdminUnit): string {
  if (unit.type === 'province' || unit.type === 'city') return unit.code;
  if (unit.type === 'district' || unit.era === 'post2025') return unit.parent ?? unit.code;
  return BY_CODE.get(`pre2025:${unit.parent}`)?.parent ?? unit.code;
}

export function isProvinceLevel(unit: AdminUnit): boolean {
  return unit.type === 'province' || unit.type === 'city';
}

/** A name without its marks: "Mù Căng Chải" and "Mù Cang Chải" are both "mu cang chai". */
export const bareLetters = (name: string): string =>
  name.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/\s+/g, ' ');

let byBareLetters: Map<string, AdminUnit[]> | null = null;

/**
 * The units whose name has these letters, marks aside: names of the uplands are written with
 * and without their breve or circumflex ("Mù Cang Chải" for "Mù Căng Chải"). Built on first use.
 */
export function unitsByBareLetters(name: string): readonly AdminUnit[] {
  if (byBareLetters === null) {
    byBareLetters = new Map();
    for (const unit of ADMIN_UNITS) {
      const key = bareLetters(unit.name);
      const list = byBareLetters.get(key);
      if (list) list.push(unit);
      else byBareLetters.set(key, [unit]);
    }
  }
  return byBareLetters.get(bareLetters(name)) ?? [];
}

let respellings: Map<string, string[]> | null = null;

/** The province a unit belongs to after the reform: its own for a unit of today. */
const provinceToday = (unit: AdminUnit): string =>
  unit.era === 'post2025'
    ? provinceOf(unit)
    : (PROVINCE_AFTER_REFORM.get(provinceOf(unit)) ?? provinceOf(unit));

/**
 * The registry's other spellings of a unit's name: a commune that kept its code through the 2025
 * reform under a name with other marks ("Mù Căng Chải" in 2024, "Mù Cang Chải" after) shows the
 * spelling that changed, and every unit of that name in the province takes both: the district of
 * 2024 is also written "Mù Cang Chải", the commune of today also "Đắk Tô". A spelling that folds to
 * the same key ("Hoà" and "Hòa") is none. Built on first use.
 */
export function registrySpellings(unit: AdminUnit): readonly string[] {
  if (respellings === null) {
    respellings = new Map();
    const pairWith = (key: string, spelling: string) => {
      const list = respellings!.get(key);
      if (!list) respellings!.set(key, [spelling]);
      else if (!list.includes(spelling)) list.push(spelling);
    };
    for (const after of ADMIN_UNITS) {
      if (after.era !== 'post2025') continue;
      const before = BY_CODE.get(`pre2025:${after.code}`);
      if (!before || before.name === after.name || bareLetters(before.name) !== bareLetters(after.name))
        continue;
      if (foldKey(before.name) === foldKey(after.name)) continue;
      const province = provinceToday(after);
      pairWith(`${province}|${before.name}`, after.name);
      pairWith(`${province}|${after.name}`, before.name);
    }
  }
  return respellings.get(`${provinceToday(unit)}|${unit.name}`) ?? [];
}

/**
 * The province each pre-2025 province went into on 1 July 2025 ("64" Gia Lai and "52" Bình
 * Định into the new "52" Gia Lai), read from the communes that kept their codes through the
 * reform: the post-2025 province most of them lie in. The gazetteer has no merger map of its own.
 */
export const PROVINCE_AFTER_REFORM: ReadonlyMap<string, string> = (() => {
  const votes = new Map<string, Map<string, number>>();
  for (const unit of ADMIN_UNITS) {
    if (unit.era !== 'pre2025' || unit.type !== 'commune') continue;
    const after = BY_CODE.get(`post2025:${unit.code}`);
    if (after?.type !== 'commune' || after.parent === null) continue;
    const before = provinceOf(unit);
    const count = votes.get(before) ?? new Map<string, number>();
    count.set(after.parent, (count.get(after.parent) ?? 0) + 1);
    votes.set(before, count);
  }
  const out = new Map<string, string>();
  for (const [before, count] of votes) {
    const best = [...count].sort((a, b) => b[1] - a[1])[0];
    if (best) out.set(before, best[0]);
  }
  return out;
})();

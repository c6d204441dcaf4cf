import type { Fact, LocationFact, Problem } from '@dukien/core';
import { ADMIN_UNITS, type AdminUnit, bareLetters } from '../lexicon/admin-units.js';
import { CITY_ALIAS_CODES } from '../lexicon/places.js';
import { problem, quote } from './problem.js';

/**
 * A name as the check compares it: marks, case, spaces, hyphens and apostrophes aside, and "y"
 * as "i", so "Phú Quí" is "Phú Quý", "Đakrông" is "Đa Krông" and "Ea H'Leo" is "Ea HLeo".
 */
const nameKey = (name: string): string =>
  bareLetters(name)
    .replace(/y/g, 'i')
    .replace(/[^a-z0-9]/g, '');

type Level = 'province' | 'district' | 'commune';
const levelOf = (unit: AdminUnit): Level =>
  unit.type === 'district' || unit.type === 'commune' ? unit.type : 'province';

// "city" is a centrally run city or a city under a province: either level.
const LEVELS_OF_TYPE: Partial<Record<LocationFact['type'], readonly Level[]>> = {
  province: ['province'],
  city: ['province', 'district'],
  district: ['district'],
  commune: ['commune'],
};

interface Named {
  unit: AdminUnit;
  keys: Set<string>;
}

let byCode: Map<string, Named[]> | null = null;
let byName: Map<string, AdminUnit[]> | null = null;

// Built on first use: validating a dataset without places should not pay for 10,000 units.
function indexes(): { byCode: Map<string, Named[]>; byName: Map<string, AdminUnit[]> } {
  if (byCode && byName) return { byCode, byName };
  byCode = new Map();
  byName = new Map();
  for (const unit of ADMIN_UNITS) {
    // A numbered ward or district is named with its type word: "Phường 6", "Quận 1".
    const keys = new Set([nameKey(unit.name), nameKey(`${unit.prefix} ${unit.name}`)]);
    const list = byCode.get(unit.code) ?? [];
    list.push({ unit, keys });
    byCode.set(unit.code, list);
    for (const key of keys) byName.set(key, [...(byName.get(key) ?? []), unit]);
  }
  for (const alias of CITY_ALIAS_CODES)
    for (const named of byCode.get(alias.code) ?? []) named.keys.add(nameKey(alias.name));
  return { byCode, byName };
}

const describe = (unit: AdminUnit) => `${unit.prefix} ${unit.name}`;

/**
 * Whether a place's code is, in the gazetteer (the units of March 2025 and those after the July
 * 2025 reform), a unit of the fact's name and level. A warning, not an error: a unit dissolved
 * before March 2025 (a district merged in December 2024) rightly keeps a code the gazetteer
 * lacks or has since given to the merged unit.
 */
export function locationCodeProblems(fact: Fact, where: Partial<Problem>): Problem[] {
  if (fact.kind !== 'location' || fact.code === null) return [];
  const levels = LEVELS_OF_TYPE[fact.type];
  if (!levels) return [];
  const { byCode, byName } = indexes();
  const key = nameKey(fact.name);
  const units = byCode.get(fact.code) ?? [];
  if (units.some((n) => n.keys.has(key) && levels.includes(levelOf(n.unit)))) return [];
  const place = `${fact.type} ${quote(fact.name)}`;
  const at = { ...where, severity: 'warning' as const };
  const named = (byName.get(key) ?? []).filter((u) => levels.includes(levelOf(u)));
  const codes = [...new Set(named.map((u) => u.code))].slice(0, 3);
  const hint = codes.length ? `; the gazetteer's ${place} is ${codes.join(' or ')}` : '';
  const found = units[0]?.unit;
  const message = found
    ? `fact ${fact.id}: code ${fact.code} of ${place} is ${describe(found)} in the gazetteer${hint}`
    : `fact ${fact.id}: code ${fact.code} of ${place} is no unit of the gazetteer (March 2025 and after the July 2025 reform)${hint}`;
  return [problem('code_mismatch', message, at)];
}

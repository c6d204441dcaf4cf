import { type AdminUnit, type Era, PROVINCE_AFTER_REFORM, provinceOf } from '../../lexicon/admin-units.js';

/** What the rest of the document says that narrows an ambiguous name. */
export interface UnitScope {
  /** The era of the article: post2025 from July 2025 on. */
  era: Era;
  /** Codes of provinces named in the document. */
  provinces: ReadonlySet<string>;
  /** Codes of districts named in the document. */
  districts: ReadonlySet<string>;
  /** The province named most often, when one is: the article's own. */
  main?: string;
  /** Codes of the districts that communes the document names without doubt lie in. */
  parentsOfCommunes?: ReadonlySet<string>;
}

/** The era an article of month YYYY-MM writes in: the reform took effect on 1 July 2025. */
export const eraOf = (date: string): Era => (date >= '2025-07' ? 'post2025' : 'pre2025');

const narrow = (units: AdminUnit[], keep: (u: AdminUnit) => boolean): AdminUnit[] => {
  const kept = units.filter(keep);
  return kept.length > 0 ? kept : units;
};

/**
 * Whether a unit lies in one of the document's provinces: "xã Hà Bầu (cũ)" in a 2026 article on
 * Gia Lai does, its old province "64" having gone into the new Gia Lai "52".
 */
export function liesIn(unit: AdminUnit, scope: UnitScope): boolean {
  const province = provinceOf(unit);
  if (scope.provinces.has(province)) return true;
  const after =
    scope.era === 'post2025' && unit.era === 'pre2025' ? PROVINCE_AFTER_REFORM.get(province) : undefined;
  return after !== undefined && scope.provinces.has(after);
}

/**
 * The scope of a place the text names as it was before the reform ("xã Nghĩa Hưng (cũ)" in 2026):
 * the era before, and the provinces that went into the document's.
 */
export function formerScope(scope: UnitScope): UnitScope {
  return { ...scope, era: 'pre2025', provinces: withProvincesBefore(scope.provinces) };
}

/** The provinces given and those before the reform that went into one of them. */
export function withProvincesBefore(provinces: ReadonlySet<string>): Set<string> {
  const out = new Set(provinces);
  for (const [before, after] of PROVINCE_AFTER_REFORM) if (provinces.has(after)) out.add(before);
  return out;
}

/**
 * The one unit a mention names, or null when the gazetteer holds several the
 * document cannot tell apart ("xã Tân Lập" is in many provinces). Provinces
 * take the code of the article's era when their name has one then.
 */
export function resolveUnit(
  units: readonly AdminUnit[],
  prefix: string | null,
  scope: UnitScope,
): AdminUnit | null {
  if (units.length === 0) return null;
  let left = [...units];
  const provinceLevel = left.every((u) => u.type === 'province' || u.type === 'city');
  // A province named after the reform has the code valid then ("An Giang" in 2025-12 is 91); one
  // the reform dissolved ("Kiên Giang", "Bến Tre") keeps its last code, the only one its name had.
  const inScope = (u: AdminUnit) => liesIn(u, scope) || (u.parent !== null && scope.districts.has(u.parent));
  if (provinceLevel) {
    left = narrow(left, (u) => u.era === (scope.era === 'post2025' ? 'post2025' : 'pre2025'));
  } else if (scope.provinces.size > 0 && !left.some((u) => u.era === scope.era && inScope(u))) {
    // "xã Trung An (cũ)" in a 2025-11 article: a unit the reform merged away, named by its old
    // name, lies in the article's provinces only in the other era.
    left = narrow(left, (u) => u.era !== scope.era && inScope(u));
  } else {
    // "Cảng cá Đề Gi" in 2022: a commune first made in the 2025 reform was no unit before it.
    if (scope.era === 'pre2025' && !left.some((u) => u.era === 'pre2025')) return null;
    left = narrow(left, (u) => u.era === scope.era);
  }
  // "huyện Phong Điền" in an article on Thừa Thiên Huế: the gazetteer of March 2025 already has
  // it as a "thị xã"; a unit of the article's provinces under another type word beats a namesake
  // elsewhere under this one.
  if (prefix) {
    const typed = narrow(left, (u) => u.prefix === prefix);
    left = typed.some(inScope) || !left.some(inScope) ? typed : left;
  }
  // "xã Bình Phước Xuân, huyện Chợ Mới" with no province named: the Chợ Mới that commune lies in,
  // of the two the gazetteer has.
  const parents = scope.parentsOfCommunes;
  if (parents !== undefined && new Set(left.map((u) => u.code)).size > 1)
    left = narrow(left, (u) => u.type === 'district' && parents.has(u.code));
  if (new Set(left.map((u) => u.code)).size > 1) left = left.filter(inScope);
  // "sáp nhập 4 xã Định An, Định Yên, Tân Phước và Tân Thành của huyện Lai Vung (cũ)" in 2026: of
  // two old communes in the provinces that went into the new one, the one in a district the
  // article names.
  if (new Set(left.map((u) => u.code)).size > 1)
    left = narrow(left, (u) => u.parent !== null && scope.districts.has(u.parent));
  // "phường Phước Long" in an article on Đồng Nai that names TP.HCM too: the article's own province.
  const main = scope.main;
  if (main !== undefined && new Set(left.map((u) => u.code)).size > 1)
    left = narrow(left, (u) => provinceOf(u) === main);
  const codes = new Set(left.map((u) => u.code));
  return codes.size === 1 ? (left[0] ?? null) : null;
}

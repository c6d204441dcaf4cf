import { existsSync, readFileSync } from 'node:fs';

/** An administrative unit as the generator uses it. */
export interface Unit {
  code: string;
  /** Name without its type word, in today's tone placement ("Hòa Bình"). */
  name: string;
  /** The type word, lower-cased: "tỉnh", "thành phố", "huyện", "xã"... */
  prefix: string;
  type: 'province' | 'city' | 'district' | 'commune';
  parent: string | null;
}

export type Era = 'pre2025' | 'post2025';

interface RawUnit extends Omit<Unit, 'name'> {
  name: string;
  era: Era;
}

export interface Gazetteer {
  provinces(era: Era): readonly Unit[];
  /** Districts of a pre-2025 province. */
  districts(province: string): readonly Unit[];
  /** Communes of a district (pre-2025) or of a province (post-2025). */
  communes(parent: string, era: Era): readonly Unit[];
}

/**
 * Official lists mix tone placement ("Hoà Bình" beside "Thanh Hóa"); news
 * writes the mark on the main vowel: "Hòa", "Thủy", "Khỏe". "Quý" keeps its
 * mark: after "q" the "u" is part of the consonant.
 */
export function modernTone(text: string): string {
  return text
    .normalize('NFD')
    .replace(/(?<![qQ])([oOuU])([aAeEyY])([\u0300\u0301\u0303\u0309\u0323])(?![\p{L}\p{M}])/gu, '$1$3$2')
    .normalize('NFC');
}

// The generator reads the parser's gazetteer when it exists, else the shared
// source data it is built from (same path from src/synthetic and dist/synthetic).
const BUILT = new URL('../../data/admin-units.json', import.meta.url);

let cached: Gazetteer | undefined;

export function gazetteer(): Gazetteer {
  if (cached) return cached;
  if (!existsSync(BUILT)) throw new Error(`gazetteer not found: ${BUILT.pathname}`);
  const raw = (JSON.parse(readFileSync(BUILT, 'utf8')) as { units: RawUnit[] }).units;
  const byEra: Record<Era, Unit[]> = { pre2025: [], post2025: [] };
  const children = new Map<string, Unit[]>();
  for (const r of raw) {
    // "Quận 1", "Phường 12": numbered units read as quantities; leave them out.
    if (/\d/.test(r.name)) continue;
    const unit: Unit = {
      code: r.code,
      name: modernTone(r.name),
      prefix: r.prefix,
      type: r.type,
      parent: r.parent,
    };
    if (unit.type === 'province' || unit.type === 'city') byEra[r.era].push(unit);
    else {
      const key = `${r.era}:${unit.parent}`;
      const list = children.get(key) ?? [];
      if (list.length === 0) children.set(key, list);
      list.push(unit);
    }
  }
  cached = {
    provinces: (era) => byEra[era],
    districts: (province) => (children.get(`pre2025:${province}`) ?? []).filter((u) => u.type === 'district'),
    communes: (parent, era) => (children.get(`${era}:${parent}`) ?? []).filter((u) => u.type === 'commune'),
  };
  return cached;
}

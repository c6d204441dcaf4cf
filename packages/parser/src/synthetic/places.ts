import type { LocationType } from '@dukien/core';
import type { ArticleContext } from './context.js';
import type { Unit } from './gazetteer.js';
import type { Random } from './random.js';
import { fact, type Seg } from './segment.js';

export const location = (
  written: string,
  name: string,
  type: LocationType,
  code: string | null = null,
): Seg => fact({ kind: 'location', name, type, code }, written);

const unitFact = (unit: Unit): Seg => location(unit.name, unit.name, unit.type, unit.code);

/** "tỉnh Bình Phước", "Bình Phước", "TP. Cần Thơ": the span is the name alone. */
export function provinceSeg(rng: Random, unit: Unit, withWord = rng.chance(0.7)): Seg {
  if (!withWord) return unitFact(unit);
  const word = unit.type === 'city' ? rng.pick(['thành phố ', 'TP ', 'TP. ']) : 'tỉnh ';
  return [word, unitFact(unit)];
}

const DISTRICT_WORDS: Record<string, readonly string[]> = {
  'thành phố': ['thành phố ', 'TP ', 'TP. '],
  'thị xã': ['thị xã ', 'TX. '],
  quận: ['quận '],
  huyện: ['huyện '],
};

/** "huyện Đồng Phú", "TP. Pleiku", "xã Hòa Phú", "phường Hòa Hiệp". */
export function localSeg(rng: Random, unit: Unit): Seg {
  const words = DISTRICT_WORDS[unit.prefix] ?? [`${unit.prefix} `];
  return [rng.pick(words), unitFact(unit)];
}

/** A commune with its district (pre-2025: "xã Tân Lập, huyện Đồng Phú") or alone. */
export function communeSeg(ctx: ArticleContext): Seg {
  const { rng } = ctx;
  const local = rng.pick(ctx.localUnits);
  if (local.type === 'commune') return localSeg(rng, local);
  const communes = ctx.communesByDistrict.get(local.code) ?? [];
  if (communes.length === 0) return localSeg(rng, local);
  return [localSeg(rng, rng.pick(communes)), ', ', localSeg(rng, local)];
}

const REGIONS: readonly (readonly [string, string])[] = [
  ['Tây Nguyên', 'Tây Nguyên'],
  ['Đông Nam Bộ', 'Đông Nam Bộ'],
  ['Đồng bằng sông Cửu Long', 'Đồng bằng sông Cửu Long'],
  ['Đồng bằng sông Hồng', 'Đồng bằng sông Hồng'],
  ['Bắc Trung Bộ', 'Bắc Trung Bộ'],
  ['duyên hải Nam Trung Bộ', 'Duyên hải Nam Trung Bộ'],
  ['Trung du và miền núi phía Bắc', 'Trung du và miền núi phía Bắc'],
  ['vùng kinh tế trọng điểm phía Nam', 'Vùng kinh tế trọng điểm phía Nam'],
  ['vùng kinh tế trọng điểm miền Trung', 'Vùng kinh tế trọng điểm miền Trung'],
];

export const regionSeg = (rng: Random): Seg => {
  const [written, name] = rng.pick(REGIONS);
  return location(written, name, 'region');
};

export const COUNTRIES = [
  'Nhật Bản',
  'Hàn Quốc',
  'Trung Quốc',
  'Hoa Kỳ',
  'Đài Loan',
  'Singapore',
  'Lào',
  'Campuchia',
  'Thái Lan',
  'Đức',
  'Pháp',
  'Australia',
  'Ấn Độ',
  'Hà Lan',
] as const;

export const countrySeg = (rng: Random, name: string = rng.pick(COUNTRIES)): Seg =>
  location(name, name, 'country');

/** Several distinct countries joined the Vietnamese way: "Nhật Bản, Hàn Quốc và Đài Loan". */
export function countryList(rng: Random, k: number): Seg {
  const names = rng.sample(COUNTRIES, k);
  const out: Seg[] = [];
  names.forEach((name, i) => {
    if (i > 0) out.push(i === names.length - 1 ? ' và ' : ', ');
    out.push(countrySeg(rng, name));
  });
  return out;
}

/** "quốc lộ 14", "QL14", "Quốc lộ 1A", "ĐT 741", "đường tỉnh 665": the type word is part of the name. */
export function roadSeg(rng: Random): Seg {
  if (rng.chance(0.6)) {
    const number = `${rng.int(1, 80)}${rng.chance(0.15) ? rng.pick(['A', 'B', 'C']) : ''}`;
    const written = rng.pick([`quốc lộ ${number}`, `Quốc lộ ${number}`, `QL${number}`, `QL ${number}`]);
    return location(written, `Quốc lộ ${number}`, 'road');
  }
  const number = String(rng.int(601, 996));
  const written = rng.pick([`ĐT ${number}`, `ĐT${number}`, `đường tỉnh ${number}`, `Đường tỉnh ${number}`]);
  return location(written, `Đường tỉnh ${number}`, 'road');
}

const ZONE_MODIFIERS = ['Bắc', 'Nam', 'Đông', 'Tây'];

/** "KCN Phố Nối A", "khu công nghiệp (KCN) Tiên Sơn", "CCN Tân Dân": one fact, no place nested. */
export function zoneSeg(ctx: ArticleContext): { seg: Seg; name: string } {
  const { rng } = ctx;
  const base = rng.pick(ctx.localUnits).name;
  const name = rng.chance(0.5)
    ? `${rng.pick(ZONE_MODIFIERS)} ${base}`
    : `${base} ${rng.pick(['I', 'II', 'III'])}`;
  const written = rng.weighted([
    [`KCN ${name}`, 5],
    [`Khu công nghiệp ${name}`, 2],
    [`khu công nghiệp ${name}`, 2],
    [`CCN ${name}`, 1],
    [`cụm công nghiệp ${name}`, 1],
  ] as const);
  return { seg: location(written, name, 'industrial_zone'), name };
}

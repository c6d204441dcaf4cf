import type { OrganizationType } from '@dukien/core';
import { partyCommittee, provinceWord } from './context.js';
import type { Unit } from './gazetteer.js';
import { location, provinceSeg } from './places.js';
import type { Random } from './random.js';
import { type FactSeg, fact, type Seg, textOf } from './segment.js';

/** An organization fact: `name` expanded, `shortName` the written text when it differs. */
export function organization(segs: Seg, name: string, type: OrganizationType): FactSeg {
  const written = textOf(segs);
  return fact({ kind: 'organization', name, shortName: written === name ? null : written, type }, segs);
}

/** Bodies named after their province: the base as written (abbreviated or not) with its expansion, and the type. */
interface ProvincialBody {
  written: readonly (readonly [written: string, full: string])[];
  type: OrganizationType;
}

// A name expands what is written and adds nothing: "UBND tỉnh" is "Ủy ban nhân
// dân tỉnh", "Ủy ban MTTQ" is "Ủy ban Mặt trận Tổ quốc" ("Việt Nam" only when
// written); "Uỷ ban" is the old tone placement of "Ủy ban".
const PROVINCIAL: Record<string, ProvincialBody> = {
  ubnd: {
    written: [
      ['UBND', 'Ủy ban nhân dân'],
      ['UBND', 'Ủy ban nhân dân'],
      ['Ủy ban nhân dân', 'Ủy ban nhân dân'],
      ['Uỷ ban nhân dân', 'Ủy ban nhân dân'],
    ],
    type: 'government',
  },
  hdnd: {
    written: [
      ['HĐND', 'Hội đồng nhân dân'],
      ['HĐND', 'Hội đồng nhân dân'],
      ['Hội đồng nhân dân', 'Hội đồng nhân dân'],
    ],
    type: 'council',
  },
  mttq: {
    written: [
      ['Ủy ban MTTQ', 'Ủy ban Mặt trận Tổ quốc'],
      ['Ủy ban MTTQ Việt Nam', 'Ủy ban Mặt trận Tổ quốc Việt Nam'],
      ['Uỷ ban MTTQ', 'Ủy ban Mặt trận Tổ quốc'],
      ['Ủy ban Mặt trận Tổ quốc Việt Nam', 'Ủy ban Mặt trận Tổ quốc Việt Nam'],
    ],
    type: 'front',
  },
  chqs: {
    written: [
      ['Bộ CHQS', 'Bộ Chỉ huy Quân sự'],
      ['Bộ Chỉ huy Quân sự', 'Bộ Chỉ huy Quân sự'],
    ],
    type: 'military',
  },
  police: { written: [['Công an', 'Công an']], type: 'police' },
  dbqh: {
    written: [
      ['Đoàn ĐBQH', 'Đoàn đại biểu Quốc hội'],
      ['Đoàn đại biểu Quốc hội', 'Đoàn đại biểu Quốc hội'],
    ],
    type: 'delegation',
  },
  kcn: {
    written: [
      ['Ban Quản lý các KCN', 'Ban Quản lý các khu công nghiệp'],
      ['Ban Quản lý các khu công nghiệp', 'Ban Quản lý các khu công nghiệp'],
    ],
    type: 'agency',
  },
};

/** " Bình Phước" when the place is written after the body, else nothing: no province from context. */
const placeName = (province: Unit, named: boolean): string => (named ? ` ${province.name}` : '');

export type ProvincialKey = keyof typeof PROVINCIAL;

/** Writes "Việt Nam" inside a front's name as the country it is. */
function withCountry(written: string): Seg {
  const at = written.indexOf('Việt Nam');
  if (at < 0) return written;
  return [
    written.slice(0, at),
    location('Việt Nam', 'Việt Nam', 'country'),
    written.slice(at + 'Việt Nam'.length),
  ];
}

/**
 * "UBND tỉnh" (named "Ủy ban nhân dân tỉnh"), "HĐND tỉnh Gia Lai", "Bộ CHQS
 * tỉnh", "Ủy ban MTTQ Việt Nam tỉnh Nghệ An"; "TP" is named "thành phố".
 */
export function provincialBody(
  rng: Random,
  province: Unit,
  key: ProvincialKey,
  named = rng.chance(0.4),
): Seg {
  const body = PROVINCIAL[key] as ProvincialBody;
  const [written, full] = rng.pick(body.written);
  const word = province.type === 'city' ? rng.pick(['thành phố', 'TP']) : 'tỉnh';
  const segs: Seg[] = [withCountry(written), ` ${word}`];
  if (named) segs.push(' ', location(province.name, province.name, province.type, province.code));
  return organization(segs, `${full} ${provinceWord(province)}${placeName(province, named)}`, body.type);
}

// Departments of a province (sở) as named before the 2025 reform, and ministries.
export const DEPARTMENTS = [
  'Kế hoạch và Đầu tư',
  'Tài chính',
  'Công Thương',
  'Xây dựng',
  'Giao thông vận tải',
  'Nông nghiệp và Phát triển nông thôn',
  'Tài nguyên và Môi trường',
  'Y tế',
  'Giáo dục và Đào tạo',
  'Văn hóa, Thể thao và Du lịch',
  'Lao động - Thương binh và Xã hội',
  'Nội vụ',
  'Khoa học và Công nghệ',
  'Thông tin và Truyền thông',
  'Tư pháp',
];
export const MINISTRIES = [
  'Kế hoạch và Đầu tư',
  'Tài chính',
  'Công Thương',
  'Xây dựng',
  'Giao thông vận tải',
  'Nội vụ',
  'Y tế',
];

/** "Sở Tài chính" (named so, the province left to the reader) or "Sở Tài chính tỉnh Đắk Lắk" ("TP." is "thành phố"). */
export function department(rng: Random, province: Unit, which = rng.pick(DEPARTMENTS)): Seg {
  const named = rng.chance(0.3);
  const segs: Seg[] = [`Sở ${which}`];
  if (named) segs.push(' ', provinceSeg(rng, province, true));
  const place = named ? ` ${provinceWord(province)} ${province.name}` : '';
  return organization(segs, `Sở ${which}${place}`, 'agency');
}

export const ministry = (rng: Random, which = rng.pick(MINISTRIES)): Seg => {
  const name = `Bộ ${which}`;
  return organization(name, name, 'government');
};

/** Party bodies of a province: "Tỉnh ủy", "Ban Thường vụ Tỉnh ủy", "BTV Tỉnh ủy Bình Phước", "ban Tổ chức Tỉnh ủy". */
export function partyBody(
  rng: Random,
  province: Unit,
  which: 'committee' | 'standing' | 'organizing' | 'propaganda' | 'mass' | 'inspection' | 'party',
  options: { named?: boolean; lowerBan?: boolean } = {},
): Seg {
  const committee = partyCommittee(province);
  const named = options.named ?? rng.chance(0.35);
  const ban = options.lowerBan ? 'ban' : 'Ban';
  const [written, full] = (() => {
    switch (which) {
      case 'committee':
        return [committee, committee];
      case 'standing':
        return [
          rng.chance(0.5) ? `BTV ${committee}` : `${ban} Thường vụ ${committee}`,
          `Ban Thường vụ ${committee}`,
        ];
      case 'organizing':
        return [`${ban} Tổ chức ${committee}`, `Ban Tổ chức ${committee}`];
      case 'propaganda':
        return [`${ban} Tuyên giáo ${committee}`, `Ban Tuyên giáo ${committee}`];
      case 'mass':
        return [`${ban} Dân vận ${committee}`, `Ban Dân vận ${committee}`];
      case 'inspection':
        return [`Ủy ban Kiểm tra ${committee}`, `Ủy ban Kiểm tra ${committee}`];
      default:
        return [`Đảng bộ ${provinceWord(province)}`, `Đảng bộ ${provinceWord(province)}`];
    }
  })();
  const segs: Seg[] = [written];
  if (named) segs.push(' ', location(province.name, province.name, province.type, province.code));
  return organization(segs, `${full}${placeName(province, named)}`, 'party');
}

const NATIONAL: readonly (readonly [string, string, OrganizationType])[] = [
  ['Chính phủ', 'Chính phủ', 'government'],
  ['Quốc hội', 'Quốc hội', 'council'],
  ['Bộ Chính trị', 'Bộ Chính trị', 'party'],
  ['Ban Bí thư', 'Ban Bí thư', 'party'],
  ['Trung ương Đảng', 'Trung ương Đảng', 'party'],
];

export const nationalBody = (rng: Random, which?: string): Seg => {
  const entry = NATIONAL.find(([w]) => w === which) ?? rng.pick(NATIONAL);
  return organization(entry[0], entry[1], entry[2]);
};

// Company names: a line of business and a brand. Brands are common auspicious
// words of Vietnamese business names, and invented foreign ones.
const FIELDS = [
  'Đầu tư và Phát triển',
  'Xây dựng',
  'Nông sản',
  'Chế biến Gỗ',
  'Dệt may',
  'Cao su',
  'Thủy sản',
  'Năng lượng',
  'Dược phẩm',
  'Phân bón',
  'Thép',
  'Logistics',
];
const BRANDS = [
  'Sao Mai',
  'Thành Công',
  'Hưng Thịnh',
  'Phú Tài',
  'Đại Dương',
  'Tân Tiến',
  'Bình Minh',
  'Trường Thành',
  'An Phát',
  'Thiên Long',
  'Nam Việt',
  'Đông Á',
  'Kim Cương',
  'Ánh Dương',
  'Phúc Lộc',
  'Tín Nghĩa',
];
const FOREIGN = [
  'Sunrise Textile',
  'Kyoto Precision',
  'Greenfield Energy',
  'Pacific Apparel',
  'Lotus Foods',
  'Everwin Electronics',
  'Hanacorp',
  'Blue Ocean Logistics',
  'Nordic Timber',
];

/** "Công ty Cổ phần Thủy sản Sao Mai", "CTCP ...", "Công ty TNHH Everwin Electronics Việt Nam", "Tập đoàn ...". */
export function company(rng: Random): FactSeg {
  const local = `${rng.pick(FIELDS)} ${rng.pick(BRANDS)}`;
  const foreign = rng.pick(FOREIGN);
  const form = rng.int(0, 5);
  switch (form) {
    case 0:
      return organization(`Công ty Cổ phần ${local}`, `Công ty Cổ phần ${local}`, 'company');
    case 1:
      return organization(`CTCP ${local}`, `Công ty cổ phần ${local}`, 'company');
    case 2:
      return organization(`Công ty TNHH ${local}`, `Công ty trách nhiệm hữu hạn ${local}`, 'company');
    case 3:
      return organization(
        [`Công ty TNHH ${foreign} `, location('Việt Nam', 'Việt Nam', 'country')],
        `Công ty trách nhiệm hữu hạn ${foreign} Việt Nam`,
        'company',
      );
    case 4: {
      const group = `Tập đoàn ${rng.chance(0.5) ? foreign : rng.pick(BRANDS)}`;
      return organization(group, group, 'company');
    }
    default:
      return organization(`Tổng công ty ${local}`, `Tổng công ty ${local}`, 'company');
  }
}

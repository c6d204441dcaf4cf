import { describe, expect, it } from 'vitest';
import {
  ADMIN_NAMES,
  ADMIN_UNITS,
  isProvinceLevel,
  otherIOrYSpelling,
  PROVINCE_AFTER_REFORM,
  PROVINCE_NAMES,
  registrySpellings,
  unitOfCode,
} from './admin-units.js';

describe('PROVINCE_NAMES', () => {
  it('holds every province and centrally run city of both eras, and nothing else', () => {
    const provinces = ADMIN_UNITS.filter(isProvinceLevel);
    expect(provinces.length).toBeGreaterThan(90);
    for (const unit of provinces) expect(PROVINCE_NAMES.get(unit.name)).toContain(unit);
    // "Đồng Phú" is a district only; "Bình Phước" a province, and communes too.
    expect(PROVINCE_NAMES.get('Đồng Phú')).toEqual([]);
    expect(ADMIN_NAMES.get('Đồng Phú').length).toBeGreaterThan(0);
    expect(PROVINCE_NAMES.get('Bình Phước').every(isProvinceLevel)).toBe(true);
  });
});

describe('PROVINCE_AFTER_REFORM', () => {
  it('maps every one of the 63 old provinces to one of the 34 new, by the communes that kept their codes', () => {
    expect(PROVINCE_AFTER_REFORM.size).toBe(63);
    expect(new Set(PROVINCE_AFTER_REFORM.values()).size).toBe(34);
    // Gia Lai and Bình Định became the new Gia Lai; Bình Phước went into Đồng Nai; Hà Nội stayed.
    expect(PROVINCE_AFTER_REFORM.get('64')).toBe('52');
    expect(PROVINCE_AFTER_REFORM.get('52')).toBe('52');
    expect(PROVINCE_AFTER_REFORM.get('70')).toBe('75');
    expect(PROVINCE_AFTER_REFORM.get('01')).toBe('01');
  });
});

describe('otherIOrYSpelling', () => {
  it('swaps "i" and "y" in syllables of a consonant and that vowel alone, tone kept', () => {
    expect(otherIOrYSpelling('Phú Quí')).toBe('Phú Quý');
    expect(otherIOrYSpelling('Kỳ Sơn')).toBe('Kì Sơn');
    expect(otherIOrYSpelling('Mỹ Lý')).toBe('Mĩ Lí');
    // "uy" after another consonant is a diphthong ("Thụy"), and "Y" alone opens names ("Y Tý"'s
    // first word): neither is swapped; a name without such a syllable has no other spelling.
    expect(otherIOrYSpelling('Thụy Hương')).toBeNull();
    expect(otherIOrYSpelling('Y Tý')).toBe('Y Tí');
    expect(otherIOrYSpelling('Bình Phước')).toBeNull();
  });

  it('finds a unit the registry spells one way in the other', () => {
    expect(ADMIN_NAMES.get('Phú Quý').some((u) => u.code === '602')).toBe(true);
    expect(ADMIN_NAMES.get('Phú Quí').some((u) => u.code === '602')).toBe(true);
  });
});

describe('registrySpellings', () => {
  const unit = (code: string, era: 'pre2025' | 'post2025') => {
    const found = unitOfCode(code, era);
    if (!found) throw new Error(`no unit ${era}:${code}`);
    return found;
  };

  it('gives a district of 2024 the spelling its town kept after the reform', () => {
    // Huyện Mù Căng Chải (137) and its town (04456), the commune Mù Cang Chải of today.
    expect(registrySpellings(unit('137', 'pre2025'))).toEqual(['Mù Cang Chải']);
    expect(registrySpellings(unit('04456', 'pre2025'))).toEqual(['Mù Cang Chải']);
  });

  it('gives a commune of today the spelling it had before, and the district of that name the new one', () => {
    expect(registrySpellings(unit('02221', 'post2025'))).toEqual(['Na Hang']);
    expect(registrySpellings(unit('072', 'pre2025'))).toEqual(['Nà Hang']);
  });

  it('gives none where folding already joins the spellings, nor to a unit of another name', () => {
    // "Thuận Hoà" and "Thuận Hòa" (tone placement), "Đắk Tô" and "Đăk Tô" (the Highlands' "Đắk").
    expect(registrySpellings(unit('00922', 'pre2025'))).toEqual([]);
    expect(registrySpellings(unit('23401', 'post2025'))).toEqual([]);
    expect(registrySpellings(unit('136', 'pre2025'))).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import {
  ADMIN_NAMES,
  ADMIN_UNITS,
  isProvinceLevel,
  PROVINCE_AFTER_REFORM,
  PROVINCE_NAMES,
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

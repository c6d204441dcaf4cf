import { describe, expect, it } from 'vitest';
import { ADMIN_NAMES, ADMIN_UNITS, isProvinceLevel, PROVINCE_NAMES } from './admin-units.js';

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

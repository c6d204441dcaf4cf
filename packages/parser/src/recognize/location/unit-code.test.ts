import { describe, expect, it } from 'vitest';
import { ADMIN_NAMES, isProvinceLevel } from '../../lexicon/admin-units.js';
import { recognizeLocations } from '../location.js';
import { contextOf } from '../tokens/test-context.js';
import { eraOf, resolveUnit, type UnitScope } from './unit-code.js';

const scope = (provinces: string[] = [], era: UnitScope['era'] = 'pre2025'): UnitScope => ({
  era,
  provinces: new Set(provinces),
  districts: new Set(),
});

describe('resolveUnit', () => {
  it('gives a province the code of the article era', () => {
    const units = ADMIN_NAMES.get('Đồng Nai');
    expect(resolveUnit(units, 'tỉnh', scope())?.code).toBe('75');
    expect(resolveUnit(units, 'tỉnh', scope([], 'post2025'))?.code).toBe('75');
    // An Giang took Kiên Giang in and its code, 91; before the reform it was 89.
    const anGiang = ADMIN_NAMES.get('An Giang');
    expect(resolveUnit(anGiang, 'tỉnh', scope())?.code).toBe('89');
    expect(resolveUnit(anGiang, 'tỉnh', scope([], 'post2025'))?.code).toBe('91');
  });

  it('keeps the last code of a province the reform dissolved', () => {
    // As the recognizer asks: the units of the name at the level its type word gives.
    const provinces = ADMIN_NAMES.get('Bến Tre').filter(isProvinceLevel);
    expect(resolveUnit(provinces, 'tỉnh', scope([], 'post2025'))?.code).toBe('83');
  });

  it('leaves a commune name many provinces share without a code, until a province narrows it', () => {
    const units = ADMIN_NAMES.get('Tân Lập').filter((u) => u.type === 'commune');
    expect(resolveUnit(units, 'xã', scope())).toBeNull();
    const inBinhPhuoc = units.filter((u) => u.era === 'pre2025' && u.code.startsWith('2'));
    expect(inBinhPhuoc.length).toBeGreaterThan(0);
  });

  it('picks the district a province mentioned in the document holds', () => {
    const units = ADMIN_NAMES.get('Châu Thành').filter((u) => u.type === 'district');
    expect(new Set(units.map((u) => u.code)).size).toBeGreaterThan(3);
    // Tây Ninh (72) has a huyện Châu Thành.
    expect(resolveUnit(units, 'huyện', scope(['72']))?.parent).toBe('72');
  });

  it('reads a commune merged away by its old code when only that lies in the article provinces', () => {
    // "xã Trung An (cũ)" of huyện Vũ Thư, Thái Bình (34), in a 2025-11 article: the commune of
    // that name after the reform lies in another province.
    const communes = ADMIN_NAMES.get('Trung An').filter((u) => u.type === 'commune');
    expect(resolveUnit(communes, 'xã', scope(['33', '34'], 'post2025'))?.code).toBe('13252');
  });

  it('knows the reform date', () => {
    expect(eraOf('2025-06')).toBe('pre2025');
    expect(eraOf('2025-07')).toBe('post2025');
  });
});

describe('a province marked "(cũ)" after the merger', () => {
  it('takes the code it had before, though a province of that name lives on', () => {
    const found = recognizeLocations(
      contextOf('Tỉnh An Giang mới có 102 xã; khu vực An Giang (cũ) trồng lúa.', '2026-01'),
    );
    expect(found.map((f) => [f.evidence.text, f.code])).toEqual([
      ['An Giang', '91'],
      ['An Giang', '89'],
    ]);
  });
});

describe('a name spaced round its dash', () => {
  it('takes the gazetteer name', () => {
    const found = recognizeLocations(contextOf('Thành phố Phan Rang - Tháp Chàm đón khách.', '2024-08'));
    expect(found.map((f) => [f.name, f.code])).toEqual([['Phan Rang-Tháp Chàm', '582']]);
  });
});

describe('a district whose name two provinces share', () => {
  it('is the one a commune named without doubt lies in, when no province is named', () => {
    const found = recognizeLocations(
      contextOf('Chợ Mới: Nông dân xã Bình Phước Xuân, huyện Chợ Mới lãi lớn nhờ xoài.', '2021-05'),
    ).filter((f) => f.evidence.text === 'Chợ Mới');
    expect(found.map((f) => [f.type, f.code])).toEqual([
      ['district', '893'],
      ['district', '893'],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { isIslandUnit } from './island-units.js';

describe('island units', () => {
  it("are the gazetteer's special zones, in either spelling of their tones", () => {
    expect(['Phú Quốc', 'Côn Đảo', 'Lý Sơn', 'Cô Tô', 'Cát Hải', 'Phú Quý'].every(isIslandUnit)).toBe(true);
    expect(isIslandUnit('phú quốc')).toBe(true);
  });

  it('are no district of the mainland, nor a province', () => {
    expect(['Phú Lộc', 'Kiên Giang', 'Đà Lạt', 'Hạ Long'].some(isIslandUnit)).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { modernTone } from './modern-tone.js';

describe('modernTone', () => {
  it.each([
    ['Uỷ ban nhân dân', 'Ủy ban nhân dân'],
    ['uỷ ban', 'ủy ban'],
    ['tỉnh Hoà Bình', 'tỉnh Hòa Bình'],
    ['Thanh Hoá', 'Thanh Hóa'],
    ['Sở Văn hoá, Thể thao', 'Sở Văn hóa, Thể thao'],
    ['Khánh Hoà', 'Khánh Hòa'],
    ['sức khoẻ', 'sức khỏe'],
    ['Thuỷ lợi', 'Thủy lợi'],
    ['Tuỳ', 'Tùy'],
    ['NGUỴ', 'NGỤY'],
  ])('moves the tone of an open oa/oe/uy to its first vowel: %s', (old, modern) => {
    expect(modernTone(old)).toBe(modern);
  });

  it.each([
    'Ủy ban nhân dân tỉnh Hòa Bình',
    'Quỹ hỗ trợ',
    'Bộ Quốc phòng',
    'quý IV',
    'hoàn thành',
    'thuyền viên',
    'Tuyên Quang',
    'Công ty Sao Mai',
  ])('leaves modern or closed syllables alone: %s', (text) => {
    expect(modernTone(text)).toBe(text);
  });

  it('returns NFC text of the same length', () => {
    const out = modernTone('Uỷ ban MTTQ tỉnh Hoà Bình');
    expect(out).toBe(out.normalize('NFC'));
    expect(out).toHaveLength('Uỷ ban MTTQ tỉnh Hoà Bình'.length);
  });
});

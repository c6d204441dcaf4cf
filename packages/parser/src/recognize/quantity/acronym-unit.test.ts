import { describe, expect, it } from 'vitest';
import { recognizeQuantities } from '../quantity.js';
import { contextOf } from '../tokens/test-context.js';

const found = (text: string) =>
  recognizeQuantities(contextOf(text)).map((q) => ({ text: q.evidence.text, value: q.value, unit: q.unit }));

describe('an acronym right after a number is its unit, as written', () => {
  it.each([
    ['Cảng đạt 512.300 TEU trong năm.', '512.300 TEU', 512300, 'TEU'],
    ['Tàu có trọng tải 70.000 DWT cập cảng.', '70.000 DWT', 70000, 'DWT'],
    ['Trò chơi đạt 25.000 CCU vào giờ cao điểm.', '25.000 CCU', 25000, 'CCU'],
    // No lexicon names "GWh" or "MVA": the acronym rule still keeps them as written.
    ['Trạm biến áp công suất 250 MVA đi vào vận hành.', '250 MVA', 250, 'MVA'],
    ['Hàng hóa vượt 3.400 TEU, tăng mạnh.', 'vượt 3.400 TEU', 3400, 'TEU'],
  ])('%s', (text, span, value, unit) => {
    expect(found(text)).toContainEqual({ text: span, value, unit });
  });

  it('does not take a Roman numeral, a lone capital or the abbreviation of a body as a unit', () => {
    const units = (text: string) => found(text).map((q) => q.unit);
    expect(units('Có 12 II trong danh sách.')).not.toContain('II');
    expect(units('Phân loại 4 A và B.')).not.toContain('A');
    expect(units('Huyện có 3 UBND xã mới.')).not.toContain('UBND');
  });

  it('leaves a year before an acronym alone', () => {
    expect(found('Năm 2024 UBND tỉnh giao chỉ tiêu.')).toEqual([]);
  });
});

describe('counted nouns of hospitality and transport', () => {
  it.each([
    ['Thành phố có gần 41.000 phòng lưu trú.', 'gần 41.000 phòng', 41000, 'phòng'],
    ['Bệnh viện bổ sung 150 giường, nâng tổng số lên 900.', '150 giường', 150, 'giường'],
    ['Sân bay đón 96 chuyến bay mỗi ngày.', '96 chuyến bay', 96, 'chuyến bay'],
    ['Cảng đón 1.240 lượt tàu trong năm.', '1.240 lượt tàu', 1240, 'lượt tàu'],
    ['Bốc xếp 8.000 container hàng.', '8.000 container', 8000, 'container'],
  ])('%s', (text, span, value, unit) => {
    expect(found(text)).toContainEqual({ text: span, value, unit });
  });

  it('keeps "phòng" a label before a number', () => {
    expect(found('Họp tại phòng 204 của trụ sở.')).toEqual([]);
  });
});

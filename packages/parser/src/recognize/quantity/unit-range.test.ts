import { describe, expect, it } from 'vitest';
import { recognizeQuantities } from '../quantity.js';
import { contextOf } from '../tokens/test-context.js';

const found = (text: string) =>
  recognizeQuantities(contextOf(text)).map((q) => [q.evidence.text, q.value, q.valueMax, q.unit, q.per]);

describe('a range with the unit at both ends', () => {
  it.each([
    [
      'Mỗi suất quà từ 400.000 đồng đến 1 triệu đồng.',
      'từ 400.000 đồng đến 1 triệu đồng',
      400_000,
      1_000_000,
      'VND',
      null,
    ],
    [
      'Chè đinh bán từ 350.000 đồng đến 2,5 triệu đồng/kg.',
      'từ 350.000 đồng đến 2,5 triệu đồng/kg',
      350_000,
      2_500_000,
      'VND',
      'kg',
    ],
    [
      'Giá heo hơi từ 52.000 đồng/kg đến 55.000 đồng/kg.',
      'từ 52.000 đồng/kg đến 55.000 đồng/kg',
      52_000,
      55_000,
      'VND',
      'kg',
    ],
    ['Nhiệt độ từ 18 độ C - 22 độ C.', 'từ 18 độ C - 22 độ C', 18, 22, '°C', null],
    ['Có 1.462 tàu từ 12 m đến dưới 15 m.', 'từ 12 m đến dưới 15 m', 12, 15, 'm', null],
  ])('%s', (text, span, value, valueMax, unit, per) => {
    expect(found(text)).toContainEqual([span, value, valueMax, unit, per]);
  });

  it('keeps two values apart without "từ", or with other units', () => {
    expect(found('Thu 400.000 đồng đến 1 triệu đồng mỗi tháng.').map((q) => q[0])).toEqual([
      '400.000 đồng',
      '1 triệu đồng',
    ]);
    expect(found('Tăng từ 12 ha đến 30 tấn.').map((q) => q[0])).toEqual(['12 ha', '30 tấn']);
  });
});

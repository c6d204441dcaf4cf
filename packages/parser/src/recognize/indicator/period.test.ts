import { describe, expect, it } from 'vitest';
import { indicatorsOf } from './test-article.js';

describe('a time after the value', () => {
  it('is not the period of a statistic past a comma, where another statement starts', () => {
    const found = indicatorsOf(
      'Tỉnh Đắk Lắk họp. Tổng diện tích cà phê toàn tỉnh đạt 213.800 ha, sản lượng niên vụ 2023 - 2024 khoảng 560 nghìn tấn.',
      '2024-08',
    );
    expect(found.map((i) => [i.indicator, i.period])).toEqual([['area', '2024-01-01..2024-12-31']]);
  });
});

import { describe, expect, it } from 'vitest';
import { recognizeTimes } from '../time.js';
import { contextOf, readings } from './test-context.js';

const read = (text: string, date: string) => {
  const ctx = contextOf(text, date);
  return readings(ctx, recognizeTimes(ctx));
};
const year = (text: string, y: number) => ({
  text,
  start: `${y}-01-01`,
  end: `${y}-12-31`,
  granularity: 'year',
  relative: true,
});

describe('"năm qua" is the year under review', () => {
  it.each([
    // A year-end review published in the first quarter looks back at the year before.
    ['Năm qua, thành phố đón 7 triệu lượt khách.', '2019-01', year('Năm qua', 2018)],
    ['Trong năm vừa qua, tỉnh thu ngân sách vượt dự toán.', '2022-03', year('năm vừa qua', 2021)],
    // Later in the year it is the article year.
    ['Năm qua là năm bản lề của nhiệm kỳ.', '2023-12', year('Năm qua', 2023)],
    ['Năm nay, huyện phấn đấu giảm 3% hộ nghèo.', '2024-05', year('Năm nay', 2024)],
  ])('%s', (text, date, expected) => {
    expect(read(text, date)).toEqual([expected]);
  });

  it('leaves "những năm qua" and a count of years to other readings', () => {
    expect(read('Những năm qua, tỉnh luôn quan tâm.', '2019-01')).toEqual([]);
    expect(read('Trong 5 năm qua, tỉnh đổi mới mạnh mẽ.', '2019-01')).toEqual([
      { text: '5 năm qua', start: null, end: null, granularity: 'duration', duration: 'P5Y' },
    ]);
  });
});

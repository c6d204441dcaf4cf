import { describe, expect, it } from 'vitest';
import { recognizeTimes } from '../time.js';
import { solarOfLunar } from './lunar-dates.js';
import { contextOf, readings } from './test-context.js';

const read = (text: string, date: string) => {
  const ctx = contextOf(text, date);
  return readings(ctx, recognizeTimes(ctx));
};

describe('solarOfLunar', () => {
  it("follows Vietnam's calendar: Tết 2007 fell on 17 February there, 18 in China", () => {
    expect(solarOfLunar(2007, 1, 1)).toEqual([2007, 2, 17]);
    expect(solarOfLunar(2024, 3, 10)).toEqual([2024, 4, 18]);
  });

  it('gives no date for a day the lunar month does not have', () => {
    // The twelfth month of lunar 2024 has 29 days (Tết 2025 is 29 January).
    expect(solarOfLunar(2024, 12, 30)).toBeNull();
    expect(solarOfLunar(2024, 13, 1)).toBeNull();
  });
});

describe('lunar dates', () => {
  it.each([
    ['Lễ dâng hương diễn ra ngày 10/3 âm lịch.', '2024-03', 'ngày 10/3 âm lịch', '2024-04-18'],
    ['Mùng 10 tháng 3 âm lịch là giỗ Tổ.', '2024-11', 'Mùng 10 tháng 3 âm lịch', '2024-04-18'],
    ['Mồng 5 tháng 5 (âm lịch) dân làng cúng đình.', '2024-05', 'Mồng 5 tháng 5 (âm lịch)', '2024-06-10'],
    ['Phố cổ rước đèn vào rằm tháng Tám.', '2024-09', 'rằm tháng Tám', '2024-09-17'],
    ['Rằm tháng Giêng năm 2025 có lễ hội.', '2024-12', 'Rằm tháng Giêng năm 2025', '2025-02-12'],
    // The lunar year running in the article's month: lunar 2023 still runs in January 2024.
    ['Ngày 23 tháng Chạp, người dân tiễn ông Công.', '2024-01', 'Ngày 23 tháng Chạp', '2024-02-02'],
    // Written after Tết, the twelfth month is the one just past, not the next year's.
    ['Ngày 25 tháng Chạp, chợ hoa mở cửa.', '2024-02', 'Ngày 25 tháng Chạp', '2024-02-04'],
    ['Ngày 20 tháng Chạp, chợ hoa mở cửa.', '2023-03', 'Ngày 20 tháng Chạp', '2023-01-11'],
  ])('%s', (text, date, span, day) => {
    expect(read(text, date)).toEqual([{ text: span, start: day, end: day, granularity: 'day' }]);
  });

  it('reads a festival the lunar calendar fixes by its Tết, in the lunar year nearest the article', () => {
    expect(read('HTX giao 40 tấn bưởi trước Tết Trung thu.', '2025-09')).toEqual([
      { text: 'Tết Trung thu', start: '2025-10-06', end: '2025-10-06', granularity: 'day' },
    ]);
    expect(read('Tết Đoan ngọ năm 2024, chợ quê đông khách.', '2025-03')).toEqual([
      { text: 'Tết Đoan ngọ năm 2024', start: '2024-06-10', end: '2024-06-10', granularity: 'day' },
    ]);
    // The lunar new year is an occasion, no day: "Tết Nguyên đán" is read elsewhere, or not at all.
    expect(read('Tết Nguyên đán sắp tới, chợ hoa mở cửa.', '2025-01')).toEqual([]);
  });

  it('keeps the part of the day', () => {
    const ctx = contextOf('Rạng sáng 15/10 âm lịch, lễ hội bắt đầu.', '2024-11');
    expect(recognizeTimes(ctx).map((t) => [t.evidence.text, t.partOfDay, t.start])).toEqual([
      ['Rạng sáng 15/10 âm lịch', 'rạng sáng', '2024-11-15'],
    ]);
  });

  it('reads a run of days of one lunar month as a range', () => {
    expect(read('Hội xuân diễn ra từ mùng 4 đến mùng 6 tháng Giêng.', '2024-02')).toEqual([
      { text: 'mùng 4 đến mùng 6 tháng Giêng', start: '2024-02-13', end: '2024-02-15', granularity: 'range' },
    ]);
  });

  it('reads a month by number as solar unless marked lunar', () => {
    expect(read('Ngày 2 tháng 9 là Quốc khánh.', '2024-08')).toEqual([
      { text: 'Ngày 2 tháng 9', start: '2024-09-02', end: '2024-09-02', granularity: 'day' },
    ]);
  });
});

describe('days of Tết', () => {
  it('are the first days of the lunar year, as days or a range', () => {
    const ctx = contextOf(
      'Từ mùng 2 đến mùng 5 Tết, Sa Pa đón khách. Đêm mùng 3 Tết có pháo hoa.',
      '2022-02',
    );
    expect(
      recognizeTimes(ctx).map((t) => [t.evidence.text, t.start, t.end, t.granularity, t.partOfDay]),
    ).toEqual([
      ['mùng 2 đến mùng 5 Tết', '2022-02-02', '2022-02-05', 'range', null],
      ['Đêm mùng 3 Tết', '2022-02-03', '2022-02-03', 'day', 'đêm'],
    ]);
  });

  it('are those of the coming Tết in an article from October on', () => {
    expect(read('Mùng 1 Tết, người dân đi lễ chùa.', '2023-12')).toEqual([
      { text: 'Mùng 1 Tết', start: '2024-02-10', end: '2024-02-10', granularity: 'day' },
    ]);
  });

  it("are those of the Tết the words name by its year, whatever the article's month", () => {
    // Tết Giáp Thìn fell on 10 February 2024, Tết Ất Tỵ on 29 January 2025.
    expect(read('Sáng mùng 3 Tết Giáp Thìn, khu di tích đón 2.000 lượt khách.', '2024-05')).toEqual([
      {
        text: 'Sáng mùng 3 Tết Giáp Thìn',
        start: '2024-02-12',
        end: '2024-02-12',
        granularity: 'day',
        partOfDay: 'sáng',
      },
    ]);
    expect(read('Từ mùng 1 đến mùng 4 Tết Nguyên đán Ất Tỵ 2025, thị xã đón khách.', '2024-12')).toEqual([
      {
        text: 'mùng 1 đến mùng 4 Tết Nguyên đán Ất Tỵ 2025',
        start: '2025-01-29',
        end: '2025-02-01',
        granularity: 'range',
      },
    ]);
  });
});

describe('a day of Giêng in an article written in the weeks before Tết', () => {
  it('is the coming Giêng, not the one a year past', () => {
    // Tết Bính Ngọ fell on 17 February 2026; mid-February 2026 is still the lunar year before.
    expect(read('Lễ khai hội diễn ra mùng 6 tháng Giêng.', '2026-02')).toEqual([
      { text: 'mùng 6 tháng Giêng', start: '2026-02-22', end: '2026-02-22', granularity: 'day' },
    ]);
  });
});

describe('a lunar date written with dots or a dash', () => {
  it('is lunar by its mark, whatever the separator', () => {
    expect(read('Giỗ Tổ ngày 10.3 âm lịch; hội làng mùng 6-2 (âm lịch).', '2024-04')).toEqual([
      { text: 'ngày 10.3 âm lịch', start: '2024-04-18', end: '2024-04-18', granularity: 'day' },
      { text: 'mùng 6-2 (âm lịch)', start: '2024-03-15', end: '2024-03-15', granularity: 'day' },
    ]);
  });
});

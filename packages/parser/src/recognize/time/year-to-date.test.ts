import { describe, expect, it } from 'vitest';
import { recognizeTimes } from '../time.js';
import { contextOf, readings } from './test-context.js';

const read = (text: string, date: string) => {
  const ctx = contextOf(text, date);
  return readings(ctx, recognizeTimes(ctx));
};

describe('"N tháng" in a report is the year to date', () => {
  it.each([
    [
      'Hội nghị sơ kết 6 tháng thực hiện nghị quyết của Tỉnh ủy.',
      '2023-07',
      '6 tháng',
      '2023-01-01',
      '2023-06-30',
      'half',
    ],
    [
      'Cả năm ước đạt 28 tỷ USD. Riêng 11 tháng, xuất khẩu đã đạt 26,25 tỷ USD.',
      '2025-12',
      '11 tháng',
      '2025-01-01',
      '2025-11-30',
      'range',
    ],
    [
      'Tính chung 8 tháng, kim ngạch xuất khẩu tăng 12%.',
      '2023-09',
      '8 tháng',
      '2023-01-01',
      '2023-08-31',
      'range',
    ],
    [
      'Lũy kế 10 tháng, toàn tỉnh thu hút 25 dự án.',
      '2022-11',
      '10 tháng',
      '2022-01-01',
      '2022-10-31',
      'range',
    ],
    [
      'Báo cáo tổng kết 12 tháng triển khai chương trình.',
      '2024-01',
      '12 tháng',
      '2023-01-01',
      '2023-12-31',
      'year',
    ],
    [
      'Kết quả 9 tháng triển khai cho thấy nhiều chuyển biến.',
      '2024-10',
      '9 tháng',
      '2024-01-01',
      '2024-09-30',
      'range',
    ],
    // A figure the months so far reached, in a month that ends them.
    [
      'Kim ngạch xuất khẩu 11 tháng đạt 958 triệu USD.',
      '2024-12',
      '11 tháng',
      '2024-01-01',
      '2024-11-30',
      'range',
    ],
    // A word that weighs the figure may come before the verb.
    [
      'Do giá giảm, kim ngạch xuất khẩu gạo 11 tháng chỉ đạt 88,6 triệu USD.',
      '2022-12',
      '11 tháng',
      '2022-01-01',
      '2022-11-30',
      'range',
    ],
    [
      'Thu ngân sách 5 tháng ước đạt 4.200 tỷ đồng.',
      '2023-05',
      '5 tháng',
      '2023-01-01',
      '2023-05-31',
      'range',
    ],
    // What was done in the months so far, the verb right after them.
    [
      'Công ty 7 tháng xuất khẩu khoảng 38.000 tấn cà phê.',
      '2024-08',
      '7 tháng',
      '2024-01-01',
      '2024-07-31',
      'range',
    ],
    // The months a report covers opening the clause, a comma after them.
    [
      'Trong 11 tháng, cụm cảng đã tiếp nhận 1.086 lượt tàu.',
      '2023-12',
      '11 tháng',
      '2023-01-01',
      '2023-11-30',
      'range',
    ],
    [
      'Giá giảm. Cũng trong 8 tháng, tỉnh thu hút 9 dự án.',
      '2024-09',
      '8 tháng',
      '2024-01-01',
      '2024-08-31',
      'range',
    ],
    // Whose figure it is may stand between the months and the verb.
    [
      'Tốc độ tăng trưởng kinh tế 9 tháng của tỉnh đạt 5,74%.',
      '2023-11',
      '9 tháng',
      '2023-01-01',
      '2023-09-30',
      'range',
    ],
    [
      'Tăng trưởng kinh tế 6 tháng của Bà Rịa - Vũng Tàu ước đạt 4,1%.',
      '2022-08',
      '6 tháng',
      '2022-01-01',
      '2022-06-30',
      'half',
    ],
    [
      'Kim ngạch xuất khẩu 10 tháng của thành phố Hải Phòng ước đạt 26,4 tỷ USD.',
      '2024-11',
      '10 tháng',
      '2024-01-01',
      '2024-10-31',
      'range',
    ],
  ])('%s', (text, date, span, start, end, granularity) => {
    expect(read(text, date)).toEqual([{ text: span, start, end, granularity }]);
  });

  it.each([
    ['Công trình thi công trong 6 tháng.', '2024-10', '6 tháng', 'P6M'],
    ['Đợt nắng nóng kéo dài 3 tháng liền.', '2024-10', '3 tháng liền', 'P3M'],
    ['Sau 3 tháng hợp nhất, bộ máy đi vào nề nếp.', '2025-10', '3 tháng', 'P3M'],
    // "3 tháng qua" in an October article is a stretch of months, not January to March; so is
    // "9 tháng qua" there, and "6 tháng qua" in July, as every hand-checked seed reads them.
    ['Trong 3 tháng qua, giá lúa tăng liên tục.', '2024-10', '3 tháng qua', 'P3M'],
    ['Trong 9 tháng qua, ngành du lịch phục hồi mạnh.', '2024-10', '9 tháng qua', 'P9M'],
    // ("của" before a lower-case word names no one whose figure it is.)
    ['Trong 5 tháng của mùa khô, giá nước tăng.', '2024-10', '5 tháng', 'P5M'],
    ['Bảy tháng vừa qua, huyện giải ngân 60% kế hoạch vốn.', '2023-07', 'Bảy tháng vừa qua', 'P7M'],
    // A figure of 3 months in October is no year to date; "sau" makes it a length anyway.
    ['Giá lúa 3 tháng tăng 8%.', '2024-10', '3 tháng', 'P3M'],
    ['Sau 9 tháng tăng trưởng, thị trường chững lại.', '2024-10', '9 tháng', 'P9M'],
    // "trong" after a verb, or the months of something else, is a length.
    ['Kỳ họp diễn ra trong 4 tháng, thông qua 36 nghị quyết.', '2023-06', '4 tháng', 'P4M'],
    ['Nhất là trong 2 tháng cao điểm khô hanh.', '2024-03', '2 tháng', 'P2M'],
  ])('keeps a length a duration: %s', (text, date, span, duration) => {
    expect(read(text, date)).toEqual([
      { text: span, start: null, end: null, granularity: 'duration', duration },
    ]);
  });
});

describe('months so far that hold a figure', () => {
  it('reads "11 tháng có …" in a December article as January to November', () => {
    expect(
      read('Thành phố thu hút 3,4 tỉ USD; riêng 11 tháng có 68 dự án FDI cấp mới.', '2024-12'),
    ).toContainEqual({
      text: '11 tháng',
      start: '2024-01-01',
      end: '2024-11-30',
      granularity: 'range',
    });
  });
});

describe('"trong N tháng" before the figure reached in them', () => {
  it('is the months so far; a length before anything else stays one', () => {
    const found = read(
      'Công ty TNHH Điện tử Minh Long trong 10 tháng xuất khẩu 1,2 tỷ USD. Dự án thi công trong 18 tháng.',
      '2025-11',
    );
    expect(found.map((t) => [t.text, t.start, t.end, t.duration])).toEqual([
      ['10 tháng', '2025-01-01', '2025-10-31', undefined],
      ['18 tháng', null, null, 'P18M'],
    ]);
  });
});

describe('"N tháng," opening a clause after a source', () => {
  it('is the year to date when the months are the report’s; a length otherwise', () => {
    const found = read(
      'Theo Sở Công Thương, 11 tháng, xuất khẩu cà phê đạt 246.300 tấn. Theo anh Minh, 3 tháng, vườn cho thu hoạch.',
      '2025-12',
    );
    expect(found.map((t) => [t.text, t.start, t.end, t.duration])).toEqual([
      ['11 tháng', '2025-01-01', '2025-11-30', undefined],
      ['3 tháng', null, null, 'P3M'],
    ]);
  });
});

describe('"N tháng qua cửa khẩu"', () => {
  it('is the months of a report and goods through a gate, no length counted back', () => {
    const found = read(
      'Tỉnh đánh giá 9 tháng năm 2025. Kim ngạch 9 tháng qua cửa khẩu Tà Lùng đạt 286 triệu USD. Chị Lan kể, 9 tháng qua, xưởng đón 200 khách.',
      '2025-10',
    );
    expect(found.map((t) => [t.text, t.start ?? t.duration])).toEqual([
      ['9 tháng năm 2025', '2025-01-01'],
      ['9 tháng', '2025-01-01'],
      ['9 tháng qua', 'P9M'],
    ]);
  });
});

describe('a count of quarters from an edge of the year', () => {
  it('is three months to a quarter: "3 quý đầu năm" is January to September', () => {
    const found = read(
      '3 quý đầu năm, GRDP tăng 6%. Hai quý cuối năm 2024, tỉnh phấn đấu tăng 7%.',
      '2024-10',
    );
    expect(found.map((t) => [t.text, t.start, t.end])).toEqual([
      ['3 quý đầu năm', '2024-01-01', '2024-09-30'],
      ['Hai quý cuối năm 2024', '2024-07-01', '2024-12-31'],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { recognizeTimes } from '../time.js';
import { contextOf, readings } from './test-context.js';

const read = (text: string) => {
  const ctx = contextOf(text, '2024-10');
  return readings(ctx, recognizeTimes(ctx));
};

describe('the edge of a period the reader knows', () => {
  it.each([
    ['Số hộ nghèo chỉ bằng 35% so với đầu giai đoạn.', 'đầu giai đoạn'],
    ['Đến cuối giai đoạn, tỷ lệ che phủ rừng đạt 50%.', 'cuối giai đoạn'],
    ['Tỷ lệ hộ nghèo giảm 5% so với đầu nhiệm kỳ.', 'đầu nhiệm kỳ'],
  ])('%s', (text, span) => {
    expect(read(text)).toEqual([{ text: span, start: null, end: null, granularity: 'year', relative: true }]);
  });

  it('gives way to a written period after the edge', () => {
    expect(read('Từ đầu giai đoạn 2021 - 2025 đến nay, huyện làm được nhiều việc.')).toEqual([
      { text: 'giai đoạn 2021 - 2025', start: '2021-01-01', end: '2025-12-31', granularity: 'range' },
    ]);
  });

  it('reads no edge inside another word', () => {
    expect(read('Công trình đang ở giai đoạn đầu thi công.')).toEqual([]);
  });

  it('reads no edge of a term at the start of a holiday, "đầu kỳ nghỉ lễ"', () => {
    expect(read('Khách sạn kín phòng những ngày đầu kỳ nghỉ lễ.')).toEqual([]);
  });
});

describe('"cùng ngày"', () => {
  it('is the day of the date named before it', () => {
    expect(read('Ngày 15/10, tỉnh đón đoàn khách. Cùng ngày, UBND tỉnh họp.')).toEqual([
      { text: 'Ngày 15/10', start: '2024-10-15', end: '2024-10-15', granularity: 'day' },
      { text: 'Cùng ngày', start: '2024-10-15', end: '2024-10-15', granularity: 'day', relative: true },
    ]);
  });

  it('is no fact with no date before it', () => {
    expect(read('Cùng ngày, UBND tỉnh họp.')).toEqual([]);
  });
});

describe('"năm nay" after a count in words', () => {
  it('closes a length counted back to now, not this year; "lúa chín năm nay" is this year', () => {
    const found = read(
      'Ba năm nay, anh trồng sầu riêng; hai năm nay chị nuôi ong. Lúa chín năm nay đạt năng suất cao.',
    );
    expect(found.map((t) => [t.text, t.duration ?? t.start])).toEqual([
      ['Ba năm', 'P3Y'],
      ['hai năm', 'P2Y'],
      ['năm nay', '2024-01-01'],
    ]);
  });
});

describe('the week before', () => {
  it('is the seven days before the week the text named last by its days', () => {
    expect(read('Tuần từ 21 đến 27/10, tỉnh ghi nhận 96 ca, giảm 14 ca so với tuần trước.')).toEqual([
      { text: '21 đến 27/10', start: '2024-10-21', end: '2024-10-27', granularity: 'range' },
      { text: 'tuần trước', start: '2024-10-14', end: '2024-10-20', granularity: 'range', relative: true },
    ]);
  });

  it('across a month, and with no dates where no week of seven days is named', () => {
    expect(read('Từ ngày 30/9 đến 6/10 có 40 ca, gấp đôi tuần trước.').at(-1)).toEqual({
      text: 'tuần trước',
      start: '2024-09-23',
      end: '2024-09-29',
      granularity: 'range',
      relative: true,
    });
    expect(read('Số ca tăng so với tuần trước.')).toEqual([
      { text: 'tuần trước', start: null, end: null, granularity: 'range', relative: true },
    ]);
  });

  it('is no week in a count back or before a holiday', () => {
    // (The lengths "Hai tuần" and "một tuần" are durations of their own.)
    expect(read('Hai tuần trước, khách đặt kín phòng từ một tuần trước Tết.').map((r) => r.text)).toEqual([
      'Hai tuần',
      'một tuần',
    ]);
  });
});

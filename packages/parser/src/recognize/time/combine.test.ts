import { describe, expect, it } from 'vitest';
import { asRanges, dayRanges, withEdges } from './combine.js';
import { findDates } from './dates.js';
import { findMonths } from './months.js';
import { contextOf, readings } from './test-context.js';
import { findYears } from './years.js';

const header = { year: 2023, month: 11 };

describe('withEdges', () => {
  it('puts "đầu", "cuối", "giữa" in front of a month or year, keeping its dates', () => {
    const ctx = contextOf('Giữa tháng 6 và cuối năm 2022.');
    const atoms = [...findMonths(ctx, header), ...findYears(ctx, header)];
    expect(readings(ctx, withEdges(ctx, atoms))).toEqual([
      { text: 'Giữa tháng 6', start: '2023-06-01', end: '2023-06-30', granularity: 'month' },
      { text: 'cuối năm 2022', start: '2022-01-01', end: '2022-12-31', granularity: 'year' },
    ]);
  });

  it('puts "thượng tuần", "trung tuần", "hạ tuần" in front of a month, not of a year', () => {
    const ctx = contextOf('Hạ tuần tháng 10/2022, trung tuần tháng 3 và thượng tuần năm 2024.');
    const atoms = [...findMonths(ctx, header), ...findYears(ctx, header)];
    expect(readings(ctx, withEdges(ctx, atoms))).toEqual([
      { text: 'Hạ tuần tháng 10/2022', start: '2022-10-01', end: '2022-10-31', granularity: 'month' },
      { text: 'trung tuần tháng 3', start: '2023-03-01', end: '2023-03-31', granularity: 'month' },
    ]);
  });

  it('leaves days alone', () => {
    const ctx = contextOf('cuối ngày 5/11');
    expect(withEdges(ctx, findDates(ctx, header))).toEqual([]);
  });
});

describe('asRanges', () => {
  it('joins two dates with "đến" or a dash, sharing the written year', () => {
    const ctx = contextOf('từ ngày 3/12 đến ngày 5/1/2024; ngày 1/7/2023 - ngày 30/6');
    expect(readings(ctx, asRanges(ctx, findDates(ctx, header), header))).toEqual([
      { text: 'ngày 3/12 đến ngày 5/1/2024', start: '2023-12-03', end: '2024-01-05', granularity: 'range' },
      { text: 'ngày 1/7/2023 - ngày 30/6', start: '2023-07-01', end: '2024-06-30', granularity: 'range' },
    ]);
  });

  it('joins two dates with "đến hết"', () => {
    const ctx = contextOf('từ ngày 1/7 đến hết ngày 31/10/2023');
    expect(readings(ctx, asRanges(ctx, findDates(ctx, header), header))).toEqual([
      {
        text: 'ngày 1/7 đến hết ngày 31/10/2023',
        start: '2023-07-01',
        end: '2023-10-31',
        granularity: 'range',
      },
    ]);
  });

  it('joins nothing across other words', () => {
    const ctx = contextOf('tháng 3 và các đơn vị đến tháng 5');
    expect(asRanges(ctx, findMonths(ctx, header), header)).toEqual([]);
  });
});

describe('dayRanges', () => {
  it('gives a first day written without its month the month of the day after the joiner', () => {
    const ctx = contextOf(
      'Kỳ họp từ ngày 9 đến ngày 11/11; hội chợ từ 20 - 22/11/2023; đại hội hai ngày 4 và 5/11.',
    );
    expect(readings(ctx, dayRanges(ctx, findDates(ctx, header)))).toEqual([
      { text: 'ngày 9 đến ngày 11/11', start: '2023-11-09', end: '2023-11-11', granularity: 'range' },
      { text: '20 - 22/11/2023', start: '2023-11-20', end: '2023-11-22', granularity: 'range' },
    ]);
  });

  it('reads no range from a count or a later first day', () => {
    const ctx = contextOf('Có 12 - 15/11 đơn vị; từ 25 đến ngày 11/11.');
    expect(readings(ctx, dayRanges(ctx, findDates(ctx, header))).map((r) => r.text)).not.toContain(
      '25 đến ngày 11/11',
    );
  });
});

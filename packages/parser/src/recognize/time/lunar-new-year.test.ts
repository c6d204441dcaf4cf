import { describe, expect, it } from 'vitest';
import { recognizeTimes } from '../time.js';
import { isYearName, yearOfName } from './lunar-new-year.js';
import { contextOf, readings } from './test-context.js';

const read = (text: string, date = '2024-01') => {
  const ctx = contextOf(text, date);
  return readings(ctx, recognizeTimes(ctx));
};

describe('the lunar new year', () => {
  it('names its year by stem and branch, nearest the article year', () => {
    expect(yearOfName('Giáp', 'Thìn', 2024)).toBe(2024);
    expect(yearOfName('Quý', 'Mão', 2024)).toBe(2023);
    expect(yearOfName('Ất', 'Tị', 2024)).toBe(2025);
    expect(yearOfName('Canh', 'Tý', 1975)).toBe(1960);
    // A stem and a branch of different parity name no year.
    expect(yearOfName('Giáp', 'Sửu', 2024)).toBeNull();
    expect(isYearName('Bính Ngọ')).toBe(true);
    expect(isYearName('Giáp Văn')).toBe(false);
  });

  it('reads "Tết Nguyên đán" with a year or a year name as its first day, as Vietnam keeps it', () => {
    const day = (text: string, iso: string) => ({ text, start: iso, end: iso, granularity: 'day' });
    expect(read('Dịp Tết Nguyên đán Giáp Thìn 2024, tỉnh trao quà.')).toEqual([
      day('Tết Nguyên đán Giáp Thìn 2024', '2024-02-10'),
    ]);
    expect(read('Trước Tết Quý Mão, giá lợn tăng.')).toEqual([day('Tết Quý Mão', '2023-01-22')]);
    // 2007: Vietnam's calendar (UTC+7) began the year a day before China's.
    expect(read('Tết Đinh Hợi 2007 đến sớm.', '2007-01')).toEqual([day('Tết Đinh Hợi 2007', '2007-02-17')]);
  });

  it('reads nothing for a bare Tết or a year name that contradicts its year', () => {
    expect(read('Ăn Tết xong, công nhân trở lại. Tết Nguyên đán là dịp sum họp.')).toEqual([]);
    expect(read('Tết Giáp Thìn 2023 là nhầm.')).toEqual([]);
  });
});

describe('the solar new year', () => {
  it('reads "Tết Dương lịch" with its year as 1 January; bare, as no day', () => {
    expect(
      read('Đơn hàng giao trước Tết Dương lịch 2027; dịp Tết Dương lịch, khách tăng.', '2026-12'),
    ).toEqual([{ text: 'Tết Dương lịch 2027', start: '2027-01-01', end: '2027-01-01', granularity: 'day' }]);
  });
});

describe('a new year named in passing', () => {
  it('is no day "Cùng ngày" points back at: the event\'s day before it is', () => {
    const found = read(
      'Ngày 24.9, tỉnh khởi công khu tái định cư, phấn đấu bàn giao trước Tết Nguyên đán Ất Tỵ 2025. Cùng ngày, học sinh trở lại lớp.',
      '2024-09',
    );
    expect(found.at(-1)).toMatchObject({ text: 'Cùng ngày', start: '2024-09-24' });
  });
});

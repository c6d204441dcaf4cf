import { describe, expect, it } from 'vitest';
import { foldForMatch } from './fold.js';

describe('foldForMatch', () => {
  it.each([
    ['Uỷ ban', 'Ủy ban'],
    ['hoà bình', 'hòa bình'],
    ['Thuỷ lợi', 'thủy lợi'],
    ['khoẻ mạnh', 'khỏe mạnh'],
    ['Hoà Bình', 'HÒA BÌNH'],
    ['Ðồng Nai', 'Đồng Nai'],
    ['quý III', 'Quý III'],
    ['2021 – 2023', '2021 - 2023'],
    ['tỉnh\u00a0Gia Lai', 'tỉnh Gia Lai'],
  ])('%s matches %s', (a, b) => {
    expect(foldForMatch(a.normalize('NFC'))).toBe(foldForMatch(b.normalize('NFC')));
  });

  it.each([
    ['Hà', 'Hạ'],
    ['Bình', 'Bính'],
    ['đồng', 'dong'],
  ])('keeps %s and %s apart', (a, b) => {
    expect(foldForMatch(a)).not.toBe(foldForMatch(b));
  });

  it('never changes the length, so offsets carry over', () => {
    const samples = ['Uỷ ban nhân dân tỉnh Thừa Thiên Huế', 'İstanbul – ẞ Ω 😀 gì quý', 'ĐT 741, QL.14', ''];
    for (const s of samples) expect(foldForMatch(s).length).toBe(s.length);
  });
});

describe('spellings of one syllable', () => {
  it('folds "Đăk", "Đak" and "Đắk" alike, and "Lăk" with "Lắk"', () => {
    expect(foldForMatch('Đăk Hà, Đak Pơ, Đắk Tô, Đăk Lăk')).toBe('đắk hà, đắk pơ, đắk tô, đắk lắk');
  });

  it('leaves other words with those letters alone', () => {
    expect(foldForMatch('đăng ký, lăn bánh')).toBe('đăng ký, lăn bánh');
  });
});

import { describe, expect, it } from 'vitest';
import { longestNumberWords, parseNumberWords } from './number-words.js';

const words = (s: string) => s.split(' ');

describe('parseNumberWords', () => {
  it.each([
    ['hai', 2],
    ['bảy', 7],
    ['mười', 10],
    ['mười lăm', 15],
    ['mười hai', 12],
    ['ba mươi', 30],
    ['hai mươi mốt', 21],
    ['bốn mươi tư', 44],
    ['chín mươi lăm', 95],
    ['một trăm', 100],
    ['một trăm linh năm', 105],
    ['hai trăm lẻ ba', 203],
    ['chín trăm chín mươi chín', 999],
    ['ba trăm mười', 310],
    ['một nửa', 0.5],
  ])('%s is %d', (s, value) => {
    expect(parseNumberWords(words(s))).toBe(value);
  });

  it.each(['mười năm', 'một mươi', 'mươi', 'lăm', 'tư', 'trăm', 'hai trăm năm', 'năm mươi năm mươi'])(
    '%s is no number',
    (s) => {
      expect(parseNumberWords(words(s))).toBeNull();
    },
  );
});

describe('longestNumberWords', () => {
  it('takes the longest prefix that is a number', () => {
    expect(longestNumberWords(words('hai mươi mốt dự án'))).toEqual([21, 3]);
    expect(longestNumberWords(words('mười năm qua'))).toEqual([10, 1]);
    expect(longestNumberWords(words('năm 2023'))).toEqual([5, 1]);
  });

  it('never reads "không" (not) as zero', () => {
    expect(longestNumberWords(words('không gian'))).toBeNull();
  });

  it('is null when no number opens the words', () => {
    expect(longestNumberWords(words('dự án mới'))).toBeNull();
  });
});

describe('fractions in words', () => {
  it('reads "N phần M" as N/M, rounded to four places', () => {
    expect(longestNumberWords(words('hai phần ba số phòng'))).toEqual([0.6667, 3]);
    expect(longestNumberWords(words('một phần tư diện tích'))).toEqual([0.25, 3]);
    expect(longestNumberWords(words('ba phần mười hai'))).toEqual([0.25, 4]);
  });

  it('leaves "phần trăm" and "phần nghìn" to the units, and an improper "phần" alone', () => {
    expect(longestNumberWords(words('năm phần trăm'))).toEqual([5, 1]);
    expect(longestNumberWords(words('hai phần nghìn'))).toEqual([2, 1]);
    expect(longestNumberWords(words('ba phần hai'))).toEqual([3, 1]);
    expect(longestNumberWords(words('hai phần việc'))).toEqual([2, 1]);
  });
});

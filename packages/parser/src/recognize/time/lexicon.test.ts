import { describe, expect, it } from 'vitest';
import { foldForMatch } from '../../text/fold.js';
import { anyOf, quarterNumber, vietnameseRegex } from './lexicon.js';

describe('vietnameseRegex', () => {
  it('folds the Vietnamese words of a pattern the way the text is folded', () => {
    const pattern = vietnameseRegex('giai đoạn (?<y>\\d{4})', 'u');
    expect(pattern.test(foldForMatch('Giai đoạn 2021'))).toBe(true);
    expect(pattern.test(foldForMatch('GIAI ĐOẠN 2021'))).toBe(true);
  });

  it('leaves regex syntax alone', () => {
    expect(vietnameseRegex('\\p{L}+ năm', 'u').source).toBe('\\p{L}+ năm');
  });
});

describe('anyOf', () => {
  it('is one group, longest word first, any spaces between words', () => {
    const pattern = new RegExp(`^${anyOf(['sáng', 'rạng sáng'])}$`, 'u');
    expect(pattern.test('rạng  sáng')).toBe(true);
    expect(pattern.test('sáng')).toBe(true);
    expect(pattern.test('rạng')).toBe(false);
  });
});

describe('quarterNumber', () => {
  it.each([
    ['i', 1],
    ['ii', 2],
    ['iii', 3],
    ['iv', 4],
    ['3', 3],
  ])('%s is %i', (written, n) => {
    expect(quarterNumber(written)).toBe(n);
  });
});

import { describe, expect, it } from 'vitest';
import { foldForMatch } from './fold.js';
import { vietnameseRegex } from './vietnamese-regex.js';

describe('vietnameseRegex', () => {
  it('matches folded text whatever the tone placement and case of the source', () => {
    const re = vietnameseRegex('(?:kế hoạch|khoảng|thủy lợi)\\s+\\d+', 'u');
    for (const s of ['Kế hoạch 12', 'KHOẢNG 5', 'thuỷ lợi 3']) expect(re.test(foldForMatch(s))).toBe(true);
    expect(re.test(foldForMatch('kế hoạch năm'))).toBe(false);
  });

  it('leaves regex syntax alone', () => {
    expect(vietnameseRegex('[^\\p{L}]đạt\\b', 'u').source).toBe(`[^\\p{L}]${foldForMatch('đạt')}\\b`);
  });
});

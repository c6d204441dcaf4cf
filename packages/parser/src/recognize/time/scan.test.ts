import { describe, expect, it } from 'vitest';
import { vietnameseRegex } from './lexicon.js';
import { scan } from './scan.js';
import { contextOf } from './test-context.js';

const DAY = vietnameseRegex('(?<!\\d)ngày +(?<d>\\d{1,2})');

describe('scan', () => {
  it('finds matches paragraph by paragraph, with offsets into the whole text', () => {
    const ctx = contextOf('Họp ngày 5.\n\nNgày 12 khai mạc.');
    const found = [...scan(ctx, DAY)].map((f) => [ctx.text.slice(f.start, f.end), f.at('d')]);
    expect(found).toEqual([
      ['ngày 5', 9],
      ['Ngày 12', 18],
    ]);
  });

  it('skips a paragraph without the piece every match needs', () => {
    const ctx = contextOf('Họp ngày 5 tháng 3.\n\nNgày 12 khai mạc.');
    const found = [...scan(ctx, DAY, vietnameseRegex('tháng', 'u'))].map((f) =>
      ctx.text.slice(f.start, f.end),
    );
    expect(found).toEqual(['ngày 5']);
  });
});

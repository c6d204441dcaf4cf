import { describe, expect, it } from 'vitest';
import { isForeignWord } from './brand-word.js';

describe('isForeignWord', () => {
  it.each(['Foxconn', 'Luxshare', 'Vingroup', 'Becamex', 'Samsung', 'Masan'])(
    '%s is no Vietnamese syllable',
    (w) => {
      expect(isForeignWord(w)).toBe(true);
    },
  );

  it.each(['Hòa', 'Phát', 'Nguyễn', 'Trường', 'Khuyến', 'Quảng', 'Nghiêng', 'ICT', 'EVN'])(
    '%s is a syllable or an acronym',
    (w) => {
      expect(isForeignWord(w)).toBe(false);
    },
  );
});

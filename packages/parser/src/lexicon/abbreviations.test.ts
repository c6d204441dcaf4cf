import { describe, expect, it } from 'vitest';
import { abbreviationOf, expansionOf } from './abbreviations.js';

describe('abbreviations', () => {
  it('expands the domain glossary', () => {
    expect(expansionOf('UBND')).toBe('Ủy ban nhân dân');
    expect(expansionOf('HĐND')).toBe('Hội đồng nhân dân');
    expect(expansionOf('KH&ĐT')).toBe('Kế hoạch và Đầu tư');
    expect(expansionOf('XYZW')).toBeUndefined();
  });

  it('reads a token one typo away from an abbreviation as that abbreviation', () => {
    expect(abbreviationOf('UBDN')).toBe('ubnd');
    expect(abbreviationOf('UBNDD')).toBe('ubnd');
    expect(abbreviationOf('HĐDN')).toBe('hđnd');
  });

  it('does not guess for short tokens or far ones', () => {
    expect(abbreviationOf('UB')).toBeUndefined();
    expect(abbreviationOf('ABCDE')).toBeUndefined();
  });
});

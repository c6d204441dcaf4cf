import { describe, expect, it } from 'vitest';
import { foldKey } from '../../text/fold.js';
import { INDICATOR_PHRASES, unitFits } from './lexicon.js';

describe('unitFits', () => {
  it('takes any currency where the lexicon names one', () => {
    expect(unitFits('USD', ['VND'])).toBe(true);
    expect(unitFits('JPY', ['VND', 'USD'])).toBe(true);
  });

  it('takes no three-capital unit that is not money: TEU, DWT, CCU', () => {
    expect(unitFits('TEU', ['VND', 'USD'])).toBe(false);
    expect(unitFits('DWT', ['VND'])).toBe(false);
    expect(unitFits('CCU', ['USD'])).toBe(false);
  });

  it('takes a counted noun by its head, but no other noun counted in "lượt"', () => {
    expect(unitFits('dự án FDI', ['dự án'])).toBe(true);
    expect(unitFits('lượt tàu', ['lượt'])).toBe(false);
    expect(unitFits(null, ['%'])).toBe(false);
  });
});

const keysOf = (phrase: string) =>
  INDICATOR_PHRASES.find((p) => p.folded === foldKey(phrase))?.entries.map((e) => e.key) ?? [];

describe('INDICATOR_PHRASES', () => {
  it('reads "tỉ" and "tỷ" alike, whichever the lexicon spells', () => {
    expect(keysOf('tỉ trọng công nghiệp')).toEqual(keysOf('tỷ trọng công nghiệp'));
    expect(keysOf('tỉ trọng công nghiệp')).not.toEqual([]);
    expect(keysOf('tỉ lệ che phủ rừng')).toEqual(keysOf('tỷ lệ che phủ rừng'));
  });

  it('reads tourism revenue "from visitors" as well as "from tourism"', () => {
    expect(keysOf('tổng thu từ khách du lịch')).toEqual(['tourism_revenue']);
    expect(keysOf('doanh thu từ du lịch')).toEqual(['tourism_revenue']);
  });

  it('reads districts that met the standard "or" finished the task of new countryside, as with a comma', () => {
    const phrase = 'hoàn thành nhiệm vụ xây dựng nông thôn mới';
    expect(keysOf(`đạt chuẩn hoặc ${phrase}`)).toEqual(['new_rural_communes']);
    expect(keysOf(`đạt chuẩn/${phrase}`)).toEqual(['new_rural_communes']);
  });
});

describe('INDICATOR_PHRASES and the glossary', () => {
  it('reads a phrase with an expansion of three words or more abbreviated: "đạt chuẩn NTM"', () => {
    expect(keysOf('đạt chuẩn NTM')).toEqual(keysOf('đạt chuẩn nông thôn mới'));
    expect(keysOf('đạt chuẩn NTM')).toEqual(['new_rural_communes']);
  });
});

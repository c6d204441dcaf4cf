import { describe, expect, it } from 'vitest';
import { foldForMatch } from '../../text/fold.js';
import { tokenize } from './tokenize.js';

const words = (text: string) => tokenize(text, foldForMatch(text));

describe('tokenize', () => {
  it('glues capital abbreviations across "&", "-" and "."', () => {
    expect(words('Sở KH&ĐT, Sở LĐ-TB&XH và UBND TP.HCM').map((w) => w.text)).toEqual([
      'Sở',
      'KH&ĐT',
      'Sở',
      'LĐ-TB&XH',
      'và',
      'UBND',
      'TP.HCM',
    ]);
  });

  it('keeps hyphenated names as separate words with a hyphen gap', () => {
    const list = words('Bà Rịa-Vũng Tàu');
    expect(list.map((w) => [w.text, w.gap])).toEqual([
      ['Bà', ''],
      ['Rịa', ' '],
      ['Vũng', '-'],
      ['Tàu', ' '],
    ]);
  });

  it('keeps an apostrophe inside a name and marks capitals and abbreviations', () => {
    const [a, b, c] = words("H'Hen Niê UBND");
    expect([a?.text, a?.upper, a?.caps]).toEqual(["H'Hen", true, false]);
    expect([b?.text, b?.upper]).toEqual(['Niê', true]);
    expect([c?.text, c?.caps]).toEqual(['UBND', true]);
  });

  it('folds keys so that old and new tone placement agree', () => {
    expect(words('Uỷ ban Hoà Bình').map((w) => w.key)).toEqual(words('Ủy ban Hòa Bình').map((w) => w.key));
  });

  it('reads only the given range', () => {
    expect(words('Một hai ba').length).toBe(3);
    expect(tokenize('Một hai ba', foldForMatch('Một hai ba'), 4, 7).map((w) => w.text)).toEqual(['hai']);
  });
});

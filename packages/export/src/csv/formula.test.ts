import { describe, expect, it } from 'vitest';
import { neutralizeFormula, restoreFormula } from './formula.js';

describe('neutralizeFormula', () => {
  it('prefixes a single quote to text a spreadsheet would run', () => {
    for (const text of [
      '=HYPERLINK("http://x","y")',
      '+84 912',
      '-Đại biểu',
      '@SUM(A1)',
      '\tx',
      '\rx',
      '＝1+1',
    ]) {
      expect(neutralizeFormula(text)).toBe(`'${text}`);
    }
  });

  it('leaves ordinary text alone', () => {
    for (const text of ['Bình Phước', '7,5%', "'quoted'", '', 'a=b'])
      expect(neutralizeFormula(text)).toBe(text);
  });

  it('round-trips text that already starts with quotes before a trigger', () => {
    for (const text of ["'=1", "''-2", '=1', 'plain', "'plain"]) {
      expect(restoreFormula(neutralizeFormula(text))).toBe(text);
    }
  });
});

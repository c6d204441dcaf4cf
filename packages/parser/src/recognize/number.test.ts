import { describe, expect, it } from 'vitest';
import { parseDigits } from './number.js';

describe('parseDigits', () => {
  it.each([
    ['85', 85],
    ['1.272', 1272],
    ['12.345.678', 12345678],
    ['7,92', 7.92],
    ['1,5', 1.5],
    ['12.345,6', 12345.6],
    ['1.234.567,89', 1234567.89],
    ['1.5', 1.5],
    ['93.25', 93.25],
    ['12,345.6', 12345.6],
    ['1,234,567', 1234567],
    ['0,5', 0.5],
    ['100', 100],
  ])('%s is %d', (written, value) => {
    expect(parseDigits(written)).toBe(value);
  });

  it.each(['1.23.456', '1,2,3', '12.34,5', '1.234.5678', 'abc', '', '1,234,5'])(
    '%s is no number',
    (written) => {
      expect(parseDigits(written)).toBeNull();
    },
  );
});

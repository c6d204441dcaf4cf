import { describe, expect, it } from 'vitest';
import { deriveQuantity } from './derive-quantity.js';

describe('deriveQuantity', () => {
  it('reads an evidence text on its own', () => {
    expect(deriveQuantity('1.272 triệu USD')).toEqual({ value: 1_272_000_000, unit: 'USD' });
  });

  it('reads "một" counted beside another count as one', () => {
    expect(deriveQuantity('một người')).toEqual({ value: 1, unit: 'người' });
  });

  it('reads the number in words a span opens with before a noun the recognizer does not count', () => {
    expect(deriveQuantity('ba chum tương')).toEqual({ value: 3, unit: null });
    expect(deriveQuantity('hai bếp củi')).toEqual({ value: 2, unit: null });
    expect(deriveQuantity('Mười lăm thế hệ')?.value).toBe(15);
    // A digit in the span leaves the reading to the recognizer: "năm 2023" is a year, not five.
    expect(deriveQuantity('năm 2023')).toBeNull();
  });

  it('reads nothing where no number is written', () => {
    expect(deriveQuantity('người dân')).toBeNull();
  });
});

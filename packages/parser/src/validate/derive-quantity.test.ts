import { describe, expect, it } from 'vitest';
import { deriveQuantity } from './derive-quantity.js';

describe('deriveQuantity', () => {
  it('reads an evidence text on its own', () => {
    expect(deriveQuantity('1.272 triệu USD')).toEqual({ value: 1_272_000_000, unit: 'USD' });
  });

  it('reads "một" counted beside another count as one', () => {
    expect(deriveQuantity('một người')).toEqual({ value: 1, unit: 'người' });
  });

  it('reads nothing where no number is written', () => {
    expect(deriveQuantity('người dân')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { factId, uniqueFactIds } from './fact-id.js';

describe('fact ids', () => {
  it('names document, kind and span', () => {
    expect(factId('a/b', 'quantity', 3, 9)).toBe('a/b:quantity:3-9');
  });
  it('suffixes repeats in order and keeps the first as is', () => {
    const ids = uniqueFactIds([{ id: 'x' }, { id: 'y' }, { id: 'x' }, { id: 'x' }]).map((f) => f.id);
    expect(ids).toEqual(['x', 'y', 'x.2', 'x.3']);
  });
});

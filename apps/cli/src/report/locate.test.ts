import { describe, expect, it } from 'vitest';
import { locator } from './locate.js';

describe('locator', () => {
  const at = locator('ab\ncd😀e\n\nf');
  it('counts lines and columns from 1', () => {
    expect(at(0)).toEqual({ line: 1, column: 1 });
    expect(at(3)).toEqual({ line: 2, column: 1 });
    expect(at(9)).toEqual({ line: 4, column: 1 });
  });
  it('counts an astral character as one column, as offsets do', () => {
    expect(at(6)).toEqual({ line: 2, column: 4 });
  });
});

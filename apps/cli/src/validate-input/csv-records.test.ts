import { describe, expect, it } from 'vitest';
import { csvRecords } from './csv-records.js';

describe('csvRecords', () => {
  it('reads quoted commas, doubled quotes and line breaks inside a field', () => {
    const text = '\uFEFFa,b\r\n"x, ""y""","line\nbreak"\r\n\r\nz,\r\n';
    expect(csvRecords(text)).toEqual([
      ['a', 'b'],
      ['x, "y"', 'line\nbreak'],
      ['z', ''],
    ]);
  });
  it('reads a last record without a line end', () => {
    expect(csvRecords('a\n1')).toEqual([['a'], ['1']]);
  });
});

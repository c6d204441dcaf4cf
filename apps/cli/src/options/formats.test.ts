import { describe, expect, it } from 'vitest';
import { UsageError } from '../errors.js';
import { parseFormats } from './formats.js';

describe('parseFormats', () => {
  it('gives every format by default and keeps a canonical order', () => {
    expect(parseFormats(undefined)).toEqual(['json', 'jsonl', 'csv', 'xlsx']);
    expect(parseFormats('csv, JSON')).toEqual(['json', 'csv']);
  });
  it('names an unknown format', () => {
    expect(() => parseFormats('json,parquet')).toThrow(/parquet/);
    expect(() => parseFormats('json,parquet')).toThrow(UsageError);
  });
});

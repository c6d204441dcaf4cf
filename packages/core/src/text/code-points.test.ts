import { describe, expect, it } from 'vitest';
import { offsetMap, sliceCodePoints } from './code-points.js';

describe('offsetMap', () => {
  it('is the identity on BMP-only text', () => {
    const map = offsetMap('Hà Tĩnh 7,92%');
    expect(map.toCodePoint(5)).toBe(5);
    expect(map.toUtf16(5)).toBe(5);
    expect(map.length).toBe(13);
  });

  it('counts an astral character as one code point', () => {
    const text = 'a😀b 12%';
    const map = offsetMap(text);
    expect(map.length).toBe([...text].length);
    expect(map.toCodePoint(text.indexOf('b'))).toBe(2);
    expect(map.toUtf16(2)).toBe(text.indexOf('b'));
    expect(sliceCodePoints(text, 4, 7)).toBe('12%');
    expect(map.toCodePoint(text.length)).toBe(7);
  });
});

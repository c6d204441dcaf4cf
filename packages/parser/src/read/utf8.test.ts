import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { generateArticle } from '../synthetic/generate.js';
import { firstInvalidUtf8, isDamagedUtf8, utf8Census } from './utf8.js';

const utf8 = (text: string) => Buffer.from(text, 'utf8');
/** `bytes` with `bad` written over the bytes at each of `places` (a fraction of the length). */
function damage(bytes: Uint8Array, places: number[], bad: number[]): Buffer {
  const out = Buffer.from(bytes);
  for (const place of places) out.set(bad, Math.floor(out.length * place));
  return out;
}

describe('firstInvalidUtf8', () => {
  it('finds the first byte that starts no well-formed sequence', () => {
    expect(firstInvalidUtf8(utf8('Hà Nội'))).toBe(-1);
    expect(firstInvalidUtf8(Buffer.from([0x61, 0xc3, 0x28]))).toBe(1);
    // Overlong "/" (C0 AF), a surrogate (ED A0 80), past U+10FFFF (F4 90 80 80), cut short (E1 BA).
    expect(firstInvalidUtf8(Buffer.from([0xc0, 0xaf]))).toBe(0);
    expect(firstInvalidUtf8(Buffer.from([0x20, 0xed, 0xa0, 0x80]))).toBe(1);
    expect(firstInvalidUtf8(Buffer.from([0xf4, 0x90, 0x80, 0x80]))).toBe(0);
    expect(firstInvalidUtf8(Buffer.from([0x41, 0xe1, 0xba]))).toBe(1);
  });
});

describe('utf8Census', () => {
  it('counts marked letters as multi-byte sequences and each run of bad bytes once', () => {
    // "Việt" holds one 3-byte sequence (ệ); C3 28 is a lead byte with no continuation.
    const bytes = Buffer.concat([utf8('Việt Nam '), Buffer.from([0xff, 0xfe, 0x20, 0xc3, 0x28])]);
    expect(utf8Census(bytes)).toEqual({ multiByte: 1, damaged: 2, longestDamage: 2 });
  });
});

describe('isDamagedUtf8', () => {
  const articles = [1, 2, 3, 4, 5].map((seed) => generateArticle(seed).bytes);

  it('takes a UTF-8 article with a few bad bytes for a damaged UTF-8 file', () => {
    for (const bytes of articles) {
      expect(isDamagedUtf8(utf8Census(damage(bytes, [0.5], [0xff])))).toBe(true);
      expect(isDamagedUtf8(utf8Census(damage(bytes, [0.2, 0.5, 0.8], [0xc3, 0x28])))).toBe(true);
    }
  });

  it('never takes a Windows-1258 or TCVN3 article for one', () => {
    for (const bytes of articles) {
      const text = Buffer.from(bytes).toString('utf8');
      for (const codePage of ['windows1258', 'tcvn']) {
        expect(isDamagedUtf8(utf8Census(iconv.encode(text, codePage))), codePage).toBe(false);
      }
    }
  });

  it('does not call damaged what has no UTF-8 in it, or is broken all through', () => {
    expect(isDamagedUtf8(utf8Census(Buffer.from('abc \xe0 def', 'latin1')))).toBe(false);
    // A hundred places overwritten: damage all through is no "rest is UTF-8".
    const places = Array.from({ length: 100 }, (_, i) => i / 100);
    expect(isDamagedUtf8(utf8Census(damage(articles[0] as Uint8Array, places, [0xff])))).toBe(false);
    const half = Buffer.concat([utf8('Hà Nội '), Buffer.from([0xe0, 0x20, 0xe8, 0x20, 0xf9, 0x20, 0xe0])]);
    expect(isDamagedUtf8(utf8Census(half))).toBe(false);
  });
});

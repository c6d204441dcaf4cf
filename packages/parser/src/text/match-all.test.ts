import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { leadingLookbehindsEnd, matchAll } from './match-all.js';

const WORD = '[\\p{L}\\p{M}\\p{N}]';

/** Everything matchAll reports about a match, to compare two runs. */
const described = (matches: Iterable<RegExpExecArray>) =>
  [...matches].map((m) => ({ index: m.index, all: [...m], groups: m.groups, indices: m.indices }));

const PATTERNS = [
  // "ngày 15/3", not the tail of "942/15/3": the time scan's word boundary.
  new RegExp(
    `(?<!${WORD}|${WORD}[/.,\\-])(?:(?<w>ngày|từ) +)?(?<d>\\d{1,2})(?<sep>[/.\\-])(?<m>\\d{1,2})(?!${WORD})`,
    'dgu',
  ),
  // Two look-behinds in a row, one of several characters: "3 năm", not "tháng 3 năm".
  new RegExp(`(?<!(?:tháng|ngày) +)(?<!${WORD})(?<n>\\d+) +năm(?!${WORD})`, 'dgu'),
  // A look-behind that is not at the start stays inside the rest.
  new RegExp(`(?<!${WORD})(?:(?<c>lúc) +)?(?<!giờ +)(?<n>\\d+) +giờ`, 'dgu'),
  // Empty matches step one code unit on in a pattern without "u".
  /(?<![ab])c*/g,
  /(?<![ab])[c\p{L}]+/gu,
  /(?<=a|\d)[bc]?/gi,
  // A back-reference to a group of the rest.
  /(?<!\/)(?<q>["'])x*\k<q>/gu,
];

const ALPHABET = [
  '1',
  '2',
  '0',
  '/',
  '.',
  '-',
  ',',
  ' ',
  'ngày',
  'từ',
  'tháng',
  'năm',
  'giờ',
  'lúc',
  'a',
  'b',
  'c',
  'C',
  'x',
  '"',
  "'",
  '\u0301',
  '𝔸',
];
const texts = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 40 }).map((parts) => parts.join(''));

describe('matchAll', () => {
  it('finds what String.prototype.matchAll finds, with the same groups and offsets', () => {
    for (const pattern of PATTERNS) {
      fc.assert(
        fc.property(texts, (text) => {
          expect(described(matchAll(text, pattern))).toEqual(described(text.matchAll(pattern)));
        }),
        { numRuns: 400 },
      );
    }
  });

  it('skips a place where the rest matches but the look-behind does not, and tries the next one', () => {
    const pattern = new RegExp(`(?<!${WORD}|${WORD}[/.,\\-])\\d{1,2}/\\d{1,2}`, 'gu');
    expect([...matchAll('942/15/3 và 5/6', pattern)].map((m) => m[0])).toEqual(['5/6']);
  });
});

describe('leadingLookbehindsEnd', () => {
  it('covers every look-behind that opens the pattern', () => {
    expect(leadingLookbehindsEnd('(?<!a)(?<=[)(])b')).toBe('(?<!a)(?<=[)(])'.length);
    expect(leadingLookbehindsEnd('(?<!\\))b(?<!c)')).toBe('(?<!\\))'.length);
  });

  it('leaves whole a pattern it cannot split safely', () => {
    expect(leadingLookbehindsEnd('b(?<!a)')).toBe(0);
    // A capturing group inside would renumber the groups of the rest.
    expect(leadingLookbehindsEnd('(?<!(a))b\\1')).toBe(0);
    expect(leadingLookbehindsEnd('(?<!(?<x>a))b')).toBe(0);
    expect(leadingLookbehindsEnd('(?<!a)?b')).toBe(0);
  });
});

describe('matchAll on a long run', () => {
  it('finds the same as String.prototype.matchAll in runs of digits and separators', () => {
    const pattern = new RegExp(`(?<!${WORD})(?<n>\\d{1,3}(?:\\.\\d{3})+|\\d+) +năm`, 'dgu');
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('1', '0', '.', ',', ' ', 'năm'), { maxLength: 60 }),
        fc.integer({ min: 0, max: 80 }),
        (parts, run) => {
          const text = `${'7'.repeat(run)}${parts.join('')}`;
          expect(described(matchAll(text, pattern))).toEqual(described(text.matchAll(pattern)));
        },
      ),
      { seed: 3, numRuns: 300 },
    );
  });

  it('reads 100,000 digits in a row in time linear in their length', () => {
    const pattern = new RegExp(`(?<!${WORD})\\d+(?:[-/]\\p{L}+)+`, 'gu');
    // The best of three runs, so a scheduler's hiccup on a busy machine does not count.
    const time = (n: number) => {
      const text = `${'7'.repeat(n)}`;
      let best = Number.POSITIVE_INFINITY;
      for (let run = 0; run < 3; run++) {
        const t0 = performance.now();
        for (let i = 0; i < 5; i++) [...matchAll(text, pattern)];
        best = Math.min(best, performance.now() - t0);
      }
      return best;
    };
    time(1000);
    // Linear is about 8 for 8 times the digits, quadratic about 64; under 5 ms the timer says little.
    expect(time(100_000) / Math.max(time(12_500), 5)).toBeLessThan(24);
  });
});

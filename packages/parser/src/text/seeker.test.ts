import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CharSeeker } from './seeker.js';

describe('CharSeeker', () => {
  it('answers as indexOf and lastIndexOf, in any order of questions', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('(', ')', 'a', '\n'), maxLength: 40 }),
        fc.array(fc.integer({ min: -2, max: 45 }), { maxLength: 30 }),
        (text, positions) => {
          const seeker = new CharSeeker(text, '(');
          for (const at of positions) {
            expect(seeker.next(at)).toBe(text.indexOf('(', at));
            expect(seeker.last(at)).toBe(at < 0 ? -1 : text.lastIndexOf('(', at));
          }
        },
      ),
      { seed: 7, numRuns: 500 },
    );
  });

  it('finds "(" on either side of a place: "Ninh (tỉnh Hà Nam) và"', () => {
    const text = 'Ninh (tỉnh Hà Nam) và';
    const seeker = new CharSeeker(text, '(');
    expect(seeker.last(11)).toBe(5);
    expect(seeker.last(20)).toBe(5);
    expect(seeker.next(0)).toBe(5);
    expect(seeker.next(6)).toBe(-1);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { overlaps, type Span } from './context.js';
import { SpanCover, SpansByStart } from './span-cover.js';

const span = fc
  .tuple(fc.nat(60), fc.integer({ min: 1, max: 12 }))
  .map(([start, length]): Span => ({ start, end: start + length }));

describe('SpansByStart and SpanCover', () => {
  it('answer as a search through every span would', () => {
    fc.assert(
      fc.property(
        fc.array(span, { maxLength: 20 }),
        span,
        fc.array(span, { maxLength: 10 }),
        (spans, range, queries) => {
          const inRange = new SpansByStart(spans).overlapping(range);
          expect(inRange).toEqual(spans.filter((s) => overlaps(s, range)));
          const cover = new SpanCover(inRange, range);
          for (const q of queries) {
            const inside = {
              start: Math.max(q.start, range.start),
              end: Math.max(Math.max(q.start, range.start), Math.min(q.end, range.end)),
            };
            expect(cover.firstOverlapping(inside)).toBe(
              inside.start < inside.end ? inRange.find((s) => overlaps(s, inside)) : undefined,
            );
          }
        },
      ),
      { seed: 11, numRuns: 500 },
    );
  });

  it('"ngày 15/3/2024 có 3 ha": the date covers "15/3", not "3 ha"', () => {
    const date = { start: 5, end: 14 };
    const cover = new SpanCover([date], { start: 0, end: 22 });
    expect(cover.firstOverlapping({ start: 5, end: 7 })).toBe(date);
    expect(cover.firstOverlapping({ start: 18, end: 22 })).toBeUndefined();
  });
});

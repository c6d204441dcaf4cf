import { describe, expect, it } from 'vitest';
import { type Candidate, NO_EXTRAS } from './candidate.js';
import { selectLongest } from './select.js';

const at = (start: number, end: number, granularity: 'day' | 'year' = 'year'): Candidate => ({
  span: { start, end },
  moment: null,
  value: { ...NO_EXTRAS, start: null, end: null, granularity },
});

describe('selectLongest', () => {
  it('keeps the longest of overlapping readings, in text order', () => {
    const kept = selectLongest([at(5, 10), at(0, 10), at(12, 15), at(14, 20)]);
    expect(kept.map((c) => c.span)).toEqual([
      { start: 0, end: 10 },
      { start: 14, end: 20 },
    ]);
  });

  it('keeps the first found among readings of one span', () => {
    const [kept] = selectLongest([at(0, 5, 'day'), at(0, 5, 'year')]);
    expect(kept?.value.granularity).toBe('day');
  });

  it('keeps touching spans', () => {
    expect(selectLongest([at(0, 5), at(5, 9)])).toHaveLength(2);
  });
});

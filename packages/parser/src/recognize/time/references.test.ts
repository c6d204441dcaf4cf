import { describe, expect, it } from 'vitest';
import type { Candidate } from './candidate.js';
import { NO_EXTRAS } from './candidate.js';
import { resolveReferences } from './references.js';

const firstMonths = (start: number, months: number, year: number): Candidate => ({
  span: { start, end: start + 10 },
  moment: { unit: 'months', first: 1, last: months, year, granularity: months === 6 ? 'half' : 'range' },
  value: {
    ...NO_EXTRAS,
    start: `${year}-01-01`,
    end: `${year}-0${months}-30`,
    granularity: months === 6 ? 'half' : 'range',
  },
});
const bareMonths = (start: number, months: number): Candidate => ({
  span: { start, end: start + 5 },
  moment: null,
  value: { ...NO_EXTRAS, start: null, end: null, granularity: 'duration', duration: `P${months}M` },
  reference: { to: 'monthsOfYear', months },
});
const samePeriod = (start: number): Candidate => ({
  span: { start, end: start + 7 },
  moment: null,
  value: { ...NO_EXTRAS, start: null, end: null, granularity: 'range', relative: true },
  reference: { to: 'samePeriod' },
});

describe('resolveReferences', () => {
  it('gives a bare count of months the period of the matching "N tháng đầu năm", before or after', () => {
    const [before, after] = [
      resolveReferences([firstMonths(0, 6, 2019), bareMonths(20, 6)])[1],
      resolveReferences([bareMonths(0, 6), firstMonths(20, 6, 2019)])[0],
    ];
    for (const c of [before, after]) {
      expect(c?.value).toMatchObject({
        start: '2019-01-01',
        end: '2019-06-30',
        granularity: 'half',
        duration: null,
      });
    }
  });

  it('leaves a count of months with no matching period a duration', () => {
    const [c] = resolveReferences([bareMonths(0, 9), firstMonths(20, 6, 2019)]);
    expect(c?.value).toMatchObject({ granularity: 'duration', duration: 'P9M' });
  });

  it('gives "cùng kỳ" the granularity of the period before it, and no dates', () => {
    const [, c] = resolveReferences([firstMonths(0, 6, 2019), samePeriod(30)]);
    expect(c?.value).toMatchObject({ start: null, end: null, granularity: 'half', relative: true });
  });

  it('does not look after "cùng kỳ" for its period', () => {
    const [c] = resolveReferences([samePeriod(0), firstMonths(30, 6, 2019)]);
    expect(c?.value.granularity).toBe('range');
  });
});

describe('a bare count of months among several years', () => {
  it('takes the "N tháng đầu năm" of the report year, not a baseline of another year', () => {
    const header = { year: 2024, month: 7 };
    const [, , bare] = resolveReferences(
      [firstMonths(0, 6, 2024), firstMonths(40, 6, 2023), bareMonths(90, 6)],
      header,
    );
    expect([bare?.value.start, bare?.value.end]).toEqual(['2024-01-01', '2024-06-30']);
  });

  it('keeps the nearest one when none is of the report year', () => {
    const [, bare] = resolveReferences([firstMonths(0, 6, 2019), bareMonths(20, 6)], {
      year: 2024,
      month: 7,
    });
    expect(bare?.value.start).toBe('2019-01-01');
  });
});

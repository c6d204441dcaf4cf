import type { LocationFact } from '@dukien/core';
import { describe, expect, it } from 'vitest';
import { locationCodeProblems } from './location-code.js';

function place(name: string, type: LocationFact['type'], code: string | null): LocationFact {
  return {
    id: `d:location:0-${name.length}`,
    documentId: 'd',
    kind: 'location',
    evidence: { start: 0, end: name.length, text: name },
    name,
    type,
    code,
  };
}

const check = (name: string, type: LocationFact['type'], code: string | null) =>
  locationCodeProblems(place(name, type, code), {
    factId: `d:location:0-${name.length}`,
    path: '/facts/0/code',
  });

describe('locationCodeProblems', () => {
  it.each([
    ['Bình Phước', 'province', '70'],
    ['Đồng Phú', 'district', '695'],
    ['Quận 3', 'district', '770'], // a numbered unit is named with its type word
    ['Phú Quí', 'district', '602'], // "i" for "y" is the same name
    ['Đăkglei', 'district', '610'], // written as one word
    ['Thừa Thiên Huế', 'province', '46'], // the province's name before 2025, now the city Huế's code
    ['Huế', 'city', '46'],
    ['Bình Phước', 'province', null],
    ['Tây Nguyên', 'region', null],
  ] as const)('accepts %s (%s) with code %s', (name, type, code) => {
    expect(check(name, type, code)).toEqual([]);
  });

  it('warns when the code is another unit, naming that unit and the code of the named one', () => {
    const [p, ...rest] = check('Bình Phước', 'province', '75');
    expect(rest).toEqual([]);
    expect(p).toMatchObject({ code: 'code_mismatch', severity: 'warning', path: '/facts/0/code' });
    expect(p?.message).toContain('code 75 of province "Bình Phước" is tỉnh Đồng Nai');
    expect(p?.message).toContain('is 70');
  });

  it('warns when the code is a unit of that name at another level', () => {
    // 70 is the province; the district of the same name is 695, the commune 21073 is not a district.
    const [p] = check('Bình Phước', 'commune', '70');
    expect(p?.code).toBe('code_mismatch');
    expect(p?.message).toMatch(
      /is tỉnh Bình Phước in the gazetteer; the gazetteer's commune "Bình Phước" is \d{5}/,
    );
  });

  it('warns for a code no unit has, without a hint when no unit has the name either', () => {
    const [p] = check('Sông Lam', 'district', '999');
    expect(p?.message).toContain('code 999 of district "Sông Lam" is no unit of the gazetteer');
    expect(p?.message).not.toContain("gazetteer's");
  });
});

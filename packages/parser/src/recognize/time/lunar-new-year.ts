import { foldKey } from '../../text/fold.js';
import type { RecognizeContext } from '../context.js';
import { type Candidate, fromMoment } from './candidate.js';
import type { HeaderMonth } from './header.js';
import { anyOf, BEFORE, vietnameseRegex, YEAR } from './lexicon.js';
import { scan } from './scan.js';

/**
 * The first day of the lunar year in Vietnam (UTC+7), 2000-2029, as Vietnamese calendars
 * print it. It differs from China's in 2007 (17 Feb, not 18). Later years are left out
 * until checked against a published Vietnamese calendar.
 */
const TET: Record<number, readonly [number, number]> = {
  2000: [2, 5],
  2001: [1, 24],
  2002: [2, 12],
  2003: [2, 1],
  2004: [1, 22],
  2005: [2, 9],
  2006: [1, 29],
  2007: [2, 17],
  2008: [2, 7],
  2009: [1, 26],
  2010: [2, 14],
  2011: [2, 3],
  2012: [1, 23],
  2013: [2, 10],
  2014: [1, 31],
  2015: [2, 19],
  2016: [2, 8],
  2017: [1, 28],
  2018: [2, 16],
  2019: [2, 5],
  2020: [1, 25],
  2021: [2, 12],
  2022: [2, 1],
  2023: [1, 22],
  2024: [2, 10],
  2025: [1, 29],
  2026: [2, 17],
  2027: [2, 6],
  2028: [1, 26],
  2029: [2, 13],
};

// The sexagenary name of a year: heavenly stem (can) then earthly branch (chi); 1984 was Giáp Tý.
const STEMS = ['giáp', 'ất', 'bính', 'đinh', 'mậu', 'kỷ', 'canh', 'tân', 'nhâm', 'quý'];
const BRANCHES = ['tý', 'sửu', 'dần', 'mão', 'thìn', 'tỵ', 'ngọ', 'mùi', 'thân', 'dậu', 'tuất', 'hợi'];

const STEM_KEYS = STEMS.map(foldKey);
const BRANCH_KEYS = BRANCHES.map(foldKey);

/** The year whose sexagenary name is stem + branch, nearest to `near`; null for no such pair. */
export function yearOfName(stem: string, branch: string, near: number): number | null {
  const s = STEM_KEYS.indexOf(foldKey(stem));
  const folded = foldKey(branch);
  const b = BRANCH_KEYS.indexOf(folded === foldKey('tị') ? foldKey('tỵ') : folded);
  if (s < 0 || b < 0 || s % 2 !== b % 2) return null;
  // The offset from 1984 in the 60-year cycle that has this stem and branch.
  let offset = 0;
  while (offset % 10 !== s || offset % 12 !== b) offset++;
  const cycles = Math.round((near - 1984 - offset) / 60);
  return 1984 + offset + 60 * cycles;
}

/** "Giáp Thìn", "Quý Mão": the sexagenary name of a year, as written. */
export function isYearName(name: string): boolean {
  const words = foldKey(name).split(' ');
  return words.length === 2 && yearOfName(words[0] ?? '', words[1] ?? '', 2000) !== null;
}

/**
 * What may follow "Tết" to name its year: "Nguyên đán", the year's sexagenary name, its number
 * ("Tết Nguyên đán Giáp Thìn 2024", "Tết Quý Mão", "Tết Nguyên đán 2025").
 */
export const TET_YEAR = `(?: +nguyên +đán)?(?: +(?<stem>${anyOf(STEMS)}) +(?<branch>${anyOf([...BRANCHES, 'tị'])}))?(?: +(?:năm +)?(?<y>${YEAR}))?`;

/**
 * The lunar year a match of TET_YEAR names: undefined when it names none, null when its name
 * and number disagree ("Tết Giáp Thìn 2023"), which gives no date rather than a wrong one.
 */
export function tetYearOf(
  groups: { stem?: string; branch?: string; y?: string },
  header: HeaderMonth | null,
): number | null | undefined {
  const { stem, branch, y } = groups;
  if (y === undefined && (stem === undefined || header === null)) return undefined;
  const near = y === undefined ? (header?.year ?? 0) : Number(y);
  const named = stem && branch ? yearOfName(stem, branch, near) : null;
  if (stem && named === null) return null;
  const year = y === undefined ? named : Number(y);
  return year === null || (named !== null && named !== year) ? null : year;
}

// The first day of the lunar year. A bare "Tết" or "Tết Nguyên đán" names no year and is left alone.
const LUNAR_NEW_YEAR = vietnameseRegex(`${BEFORE}tết${TET_YEAR}(?![\\p{L}\\p{M}\\p{N}]|[.,/-]\\d)`);
const NEEDS = vietnameseRegex('tết', 'u');

export function findLunarNewYears(ctx: RecognizeContext, header: HeaderMonth | null): Candidate[] {
  const out: Candidate[] = [];
  for (const f of scan(ctx, LUNAR_NEW_YEAR, NEEDS)) {
    const year = tetYearOf(f.groups, header);
    if (year === undefined || year === null) continue;
    const day = TET[year];
    if (!day) continue;
    const c = fromMoment(
      { start: f.start, end: f.end },
      { unit: 'day', year, month: day[0], day: day[1] },
      header,
    );
    // ("… bàn giao trước Tết Nguyên đán Ất Tỵ 2025. Cùng ngày, …": a holiday, no event's day.)
    if (c) out.push({ ...c, occasion: true });
  }
  return out;
}

// "Tết Dương lịch 2026": the first day of the solar year it names; a bare "Tết Dương lịch", like
// a bare "Tết", is left alone.
const SOLAR_NEW_YEAR = vietnameseRegex(
  `${BEFORE}tết +dương +lịch +(?:năm +)?(?<y>${YEAR})(?![\\p{L}\\p{M}\\p{N}]|[.,/-]\\d)`,
);
const SOLAR_NEEDS = vietnameseRegex('dương +lịch', 'u');

export function findSolarNewYears(ctx: RecognizeContext, header: HeaderMonth | null): Candidate[] {
  const out: Candidate[] = [];
  for (const f of scan(ctx, SOLAR_NEW_YEAR, SOLAR_NEEDS)) {
    const year = Number(f.groups.y);
    const c = fromMoment({ start: f.start, end: f.end }, { unit: 'day', year, month: 1, day: 1 }, header);
    if (c) out.push({ ...c, occasion: true });
  }
  return out;
}

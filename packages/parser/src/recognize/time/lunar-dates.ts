import { LunarDate, SolarDate } from 'lunar-date-vn';
import type { RecognizeContext } from '../context.js';
import { isoDate } from './calendar.js';
import { type Candidate, fromMoment } from './candidate.js';
import type { HeaderMonth } from './header.js';
import { anyOf, BEFORE, folded, vietnameseRegex, YEAR } from './lexicon.js';
import { TET_YEAR, tetYearOf } from './lunar-new-year.js';
import { PART_OF_DAY, partOfDayAt } from './part-of-day.js';
import { type Found, scan } from './scan.js';

/**
 * Dates of the lunar calendar, the one festivals and anniversaries keep: "ngày 10/3 âm lịch"
 * (the Hùng Kings' day), "mùng 10 tháng 3 âm lịch", "rằm tháng Giêng", "23 tháng Chạp". The
 * conversion is lunar-date-vn's, a port of Hồ Ngọc Đức's Vietnamese calendar (UTC+7), so it
 * follows Vietnam's calendar where China's differs.
 */

/** The months by their names: "Giêng" the first, "Chạp" the twelfth, the rest by number word. */
const MONTH_WORDS: ReadonlyMap<string, number> = new Map(
  (
    [
      ['giêng', 1],
      ['hai', 2],
      ['ba', 3],
      ['tư', 4],
      ['bốn', 4],
      ['năm', 5],
      ['sáu', 6],
      ['bảy', 7],
      ['bẩy', 7],
      ['tám', 8],
      ['chín', 9],
      ['mười', 10],
      ['một', 11],
      ['mười một', 11],
      ['chạp', 12],
      ['mười hai', 12],
    ] as const
  ).map(([word, month]) => [folded(word), month]),
);
/** Month names that are lunar by themselves: no solar month is called so. */
const LUNAR_MONTH_NAMES = new Set([folded('giêng'), folded('chạp')]);

const MARK = ' *(?:\\( *)?(?<mark>âm lịch|al)(?: *\\))?';
const PART = `(?:(?<part>${PART_OF_DAY}) +)?`;
// "ngày 10/3 âm lịch", "mùng 10/3 (âm lịch)", "ngày 9.3 âm lịch": the lunar mark is what makes
// it lunar, whichever mark the outlet writes dates with.
const SLASHED = vietnameseRegex(
  `${BEFORE}${PART}(?:(?:ngày|mùng|mồng) +)?(?<d>\\d{1,2})[/.-](?<m>\\d{1,2})${MARK}(?![\\p{L}\\p{M}\\p{N}])`,
);
// "mùng 10 tháng 3 âm lịch", "ngày 23 tháng Chạp", "rằm tháng Giêng", "rằm tháng Bảy năm 2024".
// ("mùng 6 đến mùng 8 tháng Giêng": a run of days of one month.)
const WORDED = vietnameseRegex(
  `${BEFORE}${PART}(?:(?:ngày|mùng|mồng) +(?<d0>\\d{1,2}) *(?:-|đến|tới) *)?(?:(?:(?:ngày|mùng|mồng) +)?(?<d>\\d{1,2}|${anyOf(['mười', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'])})|(?<full>rằm)) +tháng +` +
    `(?<m>\\d{1,2}|${anyOf([...MONTH_WORDS.keys()])})(?: +năm +(?<y>${YEAR}))?(?:${MARK})?(?![\\p{L}\\p{M}\\p{N}])`,
);
const DAY_WORD_LIST = ['một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười'];
// "mùng 4 Tết", "đêm mùng 3 Tết", "mùng 2 đến mùng 5 Tết", "mùng 3 Tết Giáp Thìn": days of the
// lunar new year.
const TET_DAYS = vietnameseRegex(
  `${BEFORE}${PART}(?:ngày +)?(?:mùng|mồng) +(?<d>\\d{1,2}|${anyOf([...DAY_WORD_LIST])})` +
    `(?: *(?:-|đến|tới) *(?:(?:mùng|mồng) +)?(?<d2>\\d{1,2}|${anyOf([...DAY_WORD_LIST])}))? +tết${TET_YEAR}(?![\\p{L}\\p{M}\\p{N}])`,
);
// "trước Tết Trung thu", "Tết Đoan ngọ năm 2025": the festivals the lunar calendar fixes to a
// day, named by their Tết (the lunar new year and its days are read apart).
const FESTIVAL_DAYS: ReadonlyMap<string, readonly [month: number, day: number]> = new Map(
  (
    [
      ['nguyên tiêu', [1, 15]],
      ['hàn thực', [3, 3]],
      ['đoan ngọ', [5, 5]],
      ['trung thu', [8, 15]],
    ] as const
  ).map(([name, day]) => [folded(name), day]),
);
const FESTIVAL = vietnameseRegex(
  `${BEFORE}tết +(?<name>${anyOf([...FESTIVAL_DAYS.keys()])})(?: +năm +(?<y>${YEAR}))?(?![\\p{L}\\p{M}\\p{N}])`,
);
const NEEDS = vietnameseRegex('(?:âm lịch|giêng|chạp|rằm|\\bal\\b|tết)', 'u');

const DAY_WORDS: ReadonlyMap<string, number> = new Map(
  (
    [
      ['một', 1],
      ['hai', 2],
      ['ba', 3],
      ['bốn', 4],
      ['năm', 5],
      ['sáu', 6],
      ['bảy', 7],
      ['tám', 8],
      ['chín', 9],
      ['mười', 10],
    ] as const
  ).map(([word, day]) => [folded(word), day]),
);

const numberOf = (written: string, words: ReadonlyMap<string, number>): number | null =>
  /^\d+$/.test(written) ? Number(written) : (words.get(written.replace(/ +/g, ' ')) ?? null);

/** The solar date of a lunar day, or null when the lunar year has no such day ("30 tháng Chạp"). */
export function solarOfLunar(year: number, month: number, day: number): [number, number, number] | null {
  if (month < 1 || month > 12 || day < 1 || day > 30) return null;
  try {
    const lunar = new LunarDate({ day, month, year, yearIndex: 0, hour: 0 });
    // init() throws "Invalid date" for a 30th in a month of 29 days.
    lunar.init();
    const solar = lunar.toSolarDate()?.get();
    if (!solar) return null;
    // A day past the month's end may also roll over into the next month: convert back to tell.
    const back = new SolarDate({
      day: solar.day,
      month: solar.month,
      year: solar.year,
      yearIndex: 0,
      hour: 0,
    })
      .toLunarDate()
      ?.get();
    if (!back || back.day !== day || back.month !== month || back.year !== year) return null;
    return [solar.year, solar.month, solar.day];
  } catch {
    return null;
  }
}

/**
 * The lunar year a date with none written means: the one running in the article's month ("23
 * tháng Chạp" in a January 2024 article is in lunar 2023, which ends on 9 February 2024).
 */
function lunarYearAt(header: HeaderMonth): number | null {
  try {
    const at = new SolarDate({ day: 15, month: header.month, year: header.year, yearIndex: 0, hour: 0 });
    return at.toLunarDate()?.get().year ?? null;
  } catch {
    return null;
  }
}

/**
 * The lunar year of a day written without one: the year running in the article's month, unless
 * that puts the day more than nine months ahead while the year before puts it nearer ("25 tháng
 * Chạp" in a February 2024 article, written after Tết, is 4 February 2024, not the Chạp of
 * January 2025). A day already past in the running year stays there ("mùng 10 tháng 3" in a
 * November article is the April before), unless it is more than nine months past while the year
 * after puts it nearer.
 */
function nearestLunarYear(header: HeaderMonth, month: number, day: number): number | null {
  const running = lunarYearAt(header);
  if (running === null) return null;
  const middle = Date.UTC(header.year, header.month - 1, 15);
  const offset = (year: number) => {
    const solar = solarOfLunar(year, month, day);
    return solar ? Date.UTC(solar[0], solar[1] - 1, solar[2]) - middle : null;
  };
  const ahead = offset(running);
  if (ahead === null) return running;
  // ("mùng 6 tháng Giêng" in a February 2026 article written before Tết: the running year is
  // still lunar 2025, whose Giêng is a year past; the coming Giêng is meant.)
  if (ahead < -NINE_MONTHS_MS) {
    const next = offset(running + 1);
    return next !== null && Math.abs(next) < -ahead ? running + 1 : running;
  }
  if (ahead <= NINE_MONTHS_MS) return running;
  const before = offset(running - 1);
  return before !== null && Math.abs(before) < ahead ? running - 1 : running;
}

// Half a year either way is a toss-up the running year settles ("rằm tháng Tám" in March is the
// coming one); a day further ahead than nine months is one just past.
const NINE_MONTHS_MS = 274 * 24 * 3600 * 1000;

export function findLunarDates(ctx: RecognizeContext, header: HeaderMonth | null): Candidate[] {
  const out: Candidate[] = [];
  const add = (f: Found, month: number, day: number, year: number | null, lastDay = day) => {
    const lunarYear = year ?? (header ? nearestLunarYear(header, month, day) : null);
    const solar = lunarYear === null ? null : solarOfLunar(lunarYear, month, day);
    const end = lunarYear === null || lastDay === day ? solar : solarOfLunar(lunarYear, month, lastDay);
    if (!solar || !end) return;
    const moment = { unit: 'day', year: solar[0], month: solar[1], day: solar[2] } as const;
    const partOfDay = partOfDayAt(ctx, f.at('part'), f.groups.part);
    const c = fromMoment({ start: f.start, end: f.end }, moment, header, { partOfDay });
    if (!c) return;
    if (lastDay > day) c.value = { ...c.value, end: isoDate(end[0], end[1], end[2]), granularity: 'range' };
    out.push(c);
  };
  for (const f of scan(ctx, TET_DAYS, NEEDS)) {
    if (!header) continue;
    const first = numberOf(f.groups.d ?? '', DAY_WORDS);
    const last = f.groups.d2 === undefined ? first : numberOf(f.groups.d2, DAY_WORDS);
    if (first === null || last === null || first > last || last > 10) continue;
    // The Tết the words name, else the one of the article's season: the coming one from October on.
    const named = tetYearOf(f.groups, header);
    if (named === null) continue;
    const lunarYear = named ?? (header.month >= 10 ? header.year + 1 : header.year);
    const from = solarOfLunar(lunarYear, 1, first);
    const to = solarOfLunar(lunarYear, 1, last);
    if (!from || !to) continue;
    const partOfDay = partOfDayAt(ctx, f.at('part'), f.groups.part);
    const c = fromMoment(
      { start: f.start, end: f.end },
      { unit: 'day', year: from[0], month: from[1], day: from[2] },
      header,
      {
        partOfDay,
      },
    );
    if (!c) continue;
    if (last > first) {
      c.value = { ...c.value, end: isoDate(to[0], to[1], to[2]), granularity: 'range' };
    }
    out.push(c);
  }
  for (const f of scan(ctx, FESTIVAL, NEEDS)) {
    const day = FESTIVAL_DAYS.get((f.groups.name ?? '').replace(/ +/g, ' '));
    if (day) add(f, day[0], day[1], f.groups.y === undefined ? null : Number(f.groups.y));
  }
  for (const f of scan(ctx, SLASHED, NEEDS)) {
    add(f, Number(f.groups.m), Number(f.groups.d), null);
  }
  for (const f of scan(ctx, WORDED, NEEDS)) {
    const month = numberOf(f.groups.m ?? '', MONTH_WORDS);
    const day = f.groups.full !== undefined ? 15 : numberOf(f.groups.d ?? '', DAY_WORDS);
    if (month === null || day === null) continue;
    // "mùng 2 tháng 9" is National Day: a month by number is lunar only when marked so.
    const lunar =
      f.groups.mark !== undefined ||
      f.groups.full !== undefined ||
      LUNAR_MONTH_NAMES.has((f.groups.m ?? '').replace(/ +/g, ' '));
    if (!lunar) continue;
    const year = f.groups.y === undefined ? null : Number(f.groups.y);
    const first = f.groups.d0 === undefined ? day : Number(f.groups.d0);
    if (first > day) continue;
    add(f, month, first, year, day);
  }
  return out;
}

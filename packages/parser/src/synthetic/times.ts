import type { Granularity } from '@dukien/core';
import { LunarDate, SolarDate } from 'lunar-date-vn';
import { type ArticleContext, daysInMonth, isoDate, monthEnd, yearEnd, yearStart } from './context.js';
import { numberWords, roman } from './number-format.js';
import type { Random } from './random.js';
import { fact, type Seg } from './segment.js';

/** A resolved time: what an indicator takes as its period. */
export interface Period {
  start: string | null;
  end: string | null;
  granularity: Granularity;
}

/** A time fact as written, with the period it resolves to. */
export interface When {
  seg: Seg;
  period: Period;
}

function when(
  text: string,
  period: Period,
  extra: { partOfDay?: string; duration?: string; relative?: boolean } = {},
): When {
  const seg = fact(
    {
      kind: 'time',
      start: period.start,
      end: period.end,
      granularity: period.granularity,
      partOfDay: extra.partOfDay ?? null,
      duration: extra.duration ?? null,
      relative: extra.relative ?? false,
    },
    text,
  );
  return { seg, period };
}

const PARTS_OF_DAY = ['sáng', 'chiều', 'tối', 'trưa'];

type DateStyle = 'slash' | 'hyphen' | 'dot';
const SEPARATOR: Record<DateStyle, string> = { slash: '/', hyphen: '-', dot: '.' };

export const dateStyle = (rng: Random): DateStyle =>
  rng.weighted([
    ['slash', 6],
    ['hyphen', 2],
    ['dot', 2],
  ] as const);

/**
 * A day of the header month: "Sáng 11/11", "Chiều 7-12", "Ngày 12.4", "ngày 8-12";
 * the year comes from the header. `partOfDay` makes "sáng 11/11".
 */
export function dayOfMonth(
  ctx: ArticleContext,
  style: DateStyle,
  options: { day?: number; partOfDay?: boolean; opening?: boolean } = {},
): When {
  const { rng, year, month } = ctx;
  const day = options.day ?? rng.int(1, daysInMonth(year, month));
  const date = `${day}${SEPARATOR[style]}${month}`;
  const iso = isoDate(year, month, day);
  const period: Period = { start: iso, end: iso, granularity: 'day' };
  if (options.partOfDay) {
    const part = rng.pick(PARTS_OF_DAY);
    const word = options.opening ? part.charAt(0).toUpperCase() + part.slice(1) : part;
    return when(`${word} ${date}`, period, { partOfDay: part });
  }
  return when(`${options.opening ? 'Ngày' : 'ngày'} ${date}`, period);
}

/** A full date: "ngày 15/3/2024", "ngày 4.1.2017", "ngày 27-2-2023". */
export function fullDate(rng: Random, year: number, style: DateStyle): When {
  const month = rng.int(1, 12);
  const day = rng.int(1, daysInMonth(year, month));
  const s = SEPARATOR[style];
  const iso = isoDate(year, month, day);
  return when(`ngày ${day}${s}${month}${s}${year}`, { start: iso, end: iso, granularity: 'day' });
}

// Lunar months by name where the press names them so; the others by number.
const LUNAR_MONTH_NAMES: Record<number, string> = { 1: 'Giêng', 7: 'Bảy', 8: 'Tám', 12: 'Chạp' };

/**
 * A day of the lunar calendar, in the lunar year running in the header month (or the year
 * before, for a day otherwise more than nine months ahead), and its solar
 * date: "ngày 10/3 âm lịch", "mùng 5 tháng 5 âm lịch", "rằm tháng Giêng", "ngày 23 tháng Chạp".
 * The conversion is lunar-date-vn's, the library the parser uses: what is tested is the
 * reading of the forms and the choice of the year.
 */
export function lunarDay(ctx: ArticleContext): When {
  const { rng, year, month } = ctx;
  const lunarYear =
    new SolarDate({ day: 15, month, year, yearIndex: 0, hour: 0 }).toLunarDate()?.get().year ?? year;
  const form = rng.int(0, 3);
  const lunarMonth = form === 2 ? rng.pick([1, 7, 8]) : form === 3 ? 12 : rng.int(1, 12);
  const day = form === 2 ? 15 : form === 1 ? rng.int(1, 10) : rng.int(1, 28);
  const solarOf = (y: number) => {
    const lunar = new LunarDate({ day, month: lunarMonth, year: y, yearIndex: 0, hour: 0 });
    lunar.init();
    const solar = lunar.toSolarDate()?.get();
    if (!solar) throw new Error(`no solar date for ${day}/${lunarMonth}/${y}`);
    return solar;
  };
  // A day more than nine months ahead in the running year is the one just past, when that is
  // nearer: "ngày 20 tháng Chạp" in a March article.
  const middle = Date.UTC(year, month - 1, 15);
  const offset = (d: { year: number; month: number; day: number }) =>
    Date.UTC(d.year, d.month - 1, d.day) - middle;
  const running = solarOf(lunarYear);
  const before = solarOf(lunarYear - 1);
  const solar =
    offset(running) > 274 * 86_400_000 && Math.abs(offset(before)) < offset(running) ? before : running;
  const iso = isoDate(solar.year, solar.month, solar.day);
  const period: Period = { start: iso, end: iso, granularity: 'day' };
  const named = LUNAR_MONTH_NAMES[lunarMonth];
  if (form === 2) return when(`rằm tháng ${named}`, period);
  if (form === 3) return when(`ngày ${day} tháng Chạp`, period);
  if (form === 1) return when(`mùng ${day} tháng ${lunarMonth} âm lịch`, period);
  return when(`ngày ${day}/${lunarMonth} âm lịch`, period);
}

/** "ngày 10 đến 12/7": a range of days of one month. */
export function dayRange(ctx: ArticleContext): When {
  const { rng, year, month } = ctx;
  const first = rng.int(1, daysInMonth(year, month) - 3);
  const last = first + rng.int(1, 3);
  return when(`ngày ${first} đến ${last}/${month}`, {
    start: isoDate(year, month, first),
    end: isoDate(year, month, last),
    granularity: 'range',
  });
}

/** "tháng 10/2024", "tháng 1.2018", "tháng 4-2016", "tháng 10 năm 2024", "tháng 10" (the header year). */
export function monthOf(rng: Random, year: number, month: number, withYear = rng.chance(0.8)): When {
  const period: Period = { start: isoDate(year, month, 1), end: monthEnd(year, month), granularity: 'month' };
  if (!withYear) return when(`tháng ${month}`, period);
  const s = rng.pick(['/', '/', '.', '-', ' năm ']);
  return when(`tháng ${month}${s}${year}`, period);
}

/** "quý III/2024", "quý I năm 2024", "quý II" (the header year). */
export function quarterOf(rng: Random, year: number, quarter: number, withYear = rng.chance(0.8)): When {
  const period: Period = {
    start: isoDate(year, quarter * 3 - 2, 1),
    end: monthEnd(year, quarter * 3),
    granularity: 'quarter',
  };
  const q = `quý ${roman(quarter)}`;
  if (!withYear) return when(q, period);
  return when(`${q}${rng.pick(['/', ' năm '])}${year}`, period);
}

/**
 * "6 tháng đầu năm" (a half), "9 tháng đầu năm 2024" (a range), "ba tháng đầu năm" (a
 * quarter), "6 tháng cuối năm": months counted from the start or the end of the year.
 */
export function monthsOfYear(rng: Random, year: number, months: number, withYear = rng.chance(0.4)): When {
  const fromEnd = months === 6 && rng.chance(0.2);
  const number = months <= 10 && rng.chance(0.25) ? numberWords(months) : String(months);
  const text = `${number} tháng ${fromEnd ? 'cuối' : 'đầu'} năm${withYear ? ` ${year}` : ''}`;
  const granularity: Granularity = months === 6 ? 'half' : months === 3 ? 'quarter' : 'range';
  const period: Period = fromEnd
    ? { start: isoDate(year, 7, 1), end: yearEnd(year), granularity }
    : { start: yearStart(year), end: monthEnd(year, months), granularity };
  return when(text, period);
}

/** "năm 2023", "cuối năm 2023", "đầu năm 2024": the year itself. */
export function yearOf(rng: Random, year: number): When {
  const lead = rng.weighted([
    ['năm', 8],
    ['cuối năm', 1],
    ['đầu năm', 1],
  ] as const);
  return when(`${lead} ${year}`, { start: yearStart(year), end: yearEnd(year), granularity: 'year' });
}

/** "giai đoạn 2021 - 2025", "nhiệm kỳ 2020-2025", "thời kỳ 2021 – 2030". */
export function periodOf(rng: Random, first: number, last: number, word?: string): When {
  const lead = word ?? rng.pick(['giai đoạn', 'giai đoạn', 'nhiệm kỳ', 'thời kỳ']);
  const dash = rng.pick([' - ', '-', ' – ']);
  return when(`${lead} ${first}${dash}${last}`, {
    start: yearStart(first),
    end: yearEnd(last),
    granularity: 'range',
  });
}

/** "tầm nhìn đến năm 2045", "đến năm 2030", "đến hết năm 2023": the span is "năm 2045", the year. */
export function horizon(rng: Random, year: number): Seg {
  const lead = rng.pick(['đến ', 'đến hết ', 'tầm nhìn đến ', 'tới ']);
  return [lead, when(`năm ${year}`, { start: yearStart(year), end: yearEnd(year), granularity: 'year' }).seg];
}

const DURATION_UNITS: readonly (readonly [string, string])[] = [
  ['năm', 'Y'],
  ['tháng', 'M'],
  ['ngày', 'D'],
  ['tuần', 'W'],
];

/** "ba ngày", "gần 3 năm", "10 ngày", "hơn 2 tháng": a length of time, not a quantity. */
export function duration(rng: Random): When {
  const [word, code] = rng.pick(DURATION_UNITS);
  const n = rng.int(2, word === 'ngày' ? 15 : 5);
  const number = rng.chance(0.4) ? numberWords(n) : String(n);
  const qualifier = rng.weighted([
    ['', 6],
    ['gần ', 2],
    ['hơn ', 2],
  ] as const);
  return when(
    `${qualifier}${number} ${word}`,
    { start: null, end: null, granularity: 'duration' },
    { duration: `P${n}${code}` },
  );
}

/** "cùng kỳ năm trước", "cùng kỳ": relative to the period of the sentence, left open. */
export function sameTimeLastYear(rng: Random, of: Period): When {
  const text = rng.pick(['cùng kỳ năm trước', 'cùng kỳ năm trước', 'cùng kỳ']);
  return when(text, { start: null, end: null, granularity: of.granularity }, { relative: true });
}

/** "năm trước" in a 2023 article is 2022: relative, and pinned down by the year. */
export function previousYear(year: number): When {
  return when(
    'năm trước',
    { start: yearStart(year - 1), end: yearEnd(year - 1), granularity: 'year' },
    { relative: true },
  );
}

/** "đầu nhiệm kỳ": relative, left open. */
export const termStart = (): When =>
  when('đầu nhiệm kỳ', { start: null, end: null, granularity: 'year' }, { relative: true });

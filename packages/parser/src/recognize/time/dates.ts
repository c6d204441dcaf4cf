import { foldForMatch } from '../../text/fold.js';
import type { RecognizeContext } from '../context.js';
import { parseNumberWords } from '../number-words.js';
import { type Candidate, fromMoment } from './candidate.js';
import type { HeaderMonth } from './header.js';
import { anyOf, BEFORE, folded, honoursDay, vietnameseRegex, WORD_CHAR, YEAR } from './lexicon.js';
import { PART_OF_DAY, partOfDayAt } from './part-of-day.js';
import { scan } from './scan.js';

// Words that make a bare "d/m" a date rather than a ratio ("11/13 huyện").
// Strong ones admit every separator ("Sáng 6-2", "ngày 4.1"); the weak ones
// (prepositions and occasions, left out of the span) only the slash: "từ 1/7", "đến 30/6",
// "dịp 30/4".
const DAY_WORD = anyOf(['ngày', 'hôm', 'mùng', 'mồng']);
const COME_FROM = vietnameseRegex('đến +từ +$', 'u');
// Units counted by a share: "10/10 huyện", "11/11 xã, phường".
const COUNTED_AFTER = vietnameseRegex(
  `^ +${anyOf(['huyện', 'xã', 'tỉnh', 'phường', 'quận', 'thị xã', 'thị trấn', 'thành phố', 'đơn vị', 'trường', 'chỉ tiêu', 'tiêu chí'])}${'(?![\\p{L}\\p{M}])'}`,
  'u',
);
const WEAK = anyOf(['từ', 'đến', 'tới', 'vào', 'trước', 'sau', 'hết', 'dịp', 'lễ']);
// "Quốc khánh 2-9", "Giải phóng miền Nam 30/4", "Quốc tế Lao động 1-5", "Ngày Phụ nữ Việt Nam
// 20/10": the end of a national day's name before its date, left out of the span. Only the days
// the state keeps (Luật Lao động 2019 art. 112; the commemorations of Nghị định 145/2013) count,
// so "lao động 2/3 số hộ" stays a share.
const OCCASION = anyOf([
  'quốc khánh',
  'lao động',
  'miền nam',
  'đất nước',
  'liệt sĩ',
  'thiếu nhi',
  'phụ nữ',
  'việt nam',
  'nhà giáo',
  'thầy thuốc',
  'thành lập đảng',
  'tháng tám',
]);
const NATIONAL_DAYS = new Set([
  '2/9',
  '30/4',
  '1/5',
  '8/3',
  '20/10',
  '20/11',
  '27/2',
  '27/7',
  '1/6',
  '3/2',
  '19/8',
  '22/12',
  '26/3',
]);
const PREFIX = `(?:(?<part>${PART_OF_DAY}) +(?:(?:${DAY_WORD}) +)?|(?<dayWord>${DAY_WORD}) +|(?<weak>${WEAK}) +|(?<occasion>${OCCASION}) +)?`;
/** Not running on into a code ("15/2023/NĐ-CP", "942/QĐ-UBND"), a decimal or a percentage. */
const END = `(?!${WORD_CHAR}|[/.,\\-]\\d|[/\\-]${WORD_CHAR}| *%)`;

// "15/3/2024", "4.1.2017", "ngày 4-1-2017", "Sáng 11/11"; one separator throughout.
const NUMERIC = vietnameseRegex(
  `${BEFORE}${PREFIX}(?<d>\\d{1,2})(?<sep>[/.\\-])(?<m>\\d{1,2})(?:\\k<sep>(?<y>\\d{4}))?${END}`,
);

// "ngày 15 tháng 3 năm 2024", "Sáng 2 tháng 9", "15 tháng 3/2024".
const WRITTEN = vietnameseRegex(
  `${BEFORE}(?:(?<part>${PART_OF_DAY}) +)?(?:(?<dayWord>${DAY_WORD}) +)?(?<d>\\d{1,2}) +tháng +(?<m>\\d{1,2})` +
    `(?: +năm +(?<y>${YEAR})| *[/.\\-] *(?<y2>${YEAR}))?${END}`,
);

// "ngày 11-12/11", "ngày 10 đến 12/7", "Sáng 11 và 12/11/2023", "từ 12 - 14/4": a run of days
// in one month; "(8 - 9/9)" or ", 17 - 18/7" after the length it spans ("Trong 2 ngày (8 - 9/9)",
// "diễn ra trong 2 ngày, 17 - 18/7").
const DAY_RUN = vietnameseRegex(
  `${BEFORE}(?:(?<part>${PART_OF_DAY}) +)?(?:(?:(?<dayWord>${DAY_WORD})|(?<from>từ)) +|(?<paren>\\() *|(?<counted>ngày) *, *)(?<d1>\\d{1,2}) *(?:-|và|đến|tới) *(?<d2>\\d{1,2})` +
    `(?<sep>[/.\\-])(?<m>\\d{1,2})(?:\\k<sep>(?<y>\\d{4}))?${END}`,
);

// "Hôm qua (9/10)", "Chiều nay (15/3)": the date a relative day stands for, in brackets; so
// does one after a day of Tết or of the lunar calendar ("Sáng mùng 1 Tết (12/2)").
const BRACKETED = vietnameseRegex(
  `${BEFORE}(?:(?:hôm|sáng|chiều|tối|trưa|đêm|ngày) +(?:nay|qua|mai|kia)|tết|âm lịch|tháng giêng|tháng chạp) *\\( *(?<d>\\d{1,2})/(?<m>\\d{1,2})(?:/(?<y>\\d{4}))? *\\)`,
);

// "30/4 - 1/5", "từ 1/7 đến 15/8", "ngày 30-4 đến 3-5": the second end of a range a date opens
// is a date too, written with the first one's separator; so is a second day after "và" ("dịp lễ
// 30-4 và 1-5").
const SECOND_END =
  /^ *(?:-|–|đến|tới|và) *(\d{1,2})([/.-])(\d{1,2})(?:\2(\d{4}))?(?![\p{L}\p{M}\p{N}]|[/.,-]\d| *%)/u;
// "dịp nghỉ lễ 30-4, 1-5": a second day after a comma, in the first one's style.
const LISTED_DAY = /^ *, *(\d{1,2})([/.-])(\d{1,2})(?:\2(\d{4}))?(?![\p{L}\p{M}\p{N}]|[/.,-]\d| *%)/u;

/**
 * A day listed after a comma is a date only when the pair is beyond doubt: two national days
 * ("30-4, 1-5") or a day and the next ("ngày 8-3, 9-3"); "ngày 12-3, 5-7 người" are numbers.
 */
function listedDay(after: string, first: string | null): RegExpExecArray | null {
  const m = LISTED_DAY.exec(after);
  if (!m || first === null) return null;
  const [, d, , mo] = m;
  const [fm, fd] = [Number(first.slice(5, 7)), Number(first.slice(8, 10))];
  const national = NATIONAL_DAYS.has(`${fd}/${fm}`) && NATIONAL_DAYS.has(`${Number(d)}/${Number(mo)}`);
  const next = new Date(Date.UTC(2000, fm - 1, fd + 1));
  const following = next.getUTCDate() === Number(d) && next.getUTCMonth() + 1 === Number(mo);
  return national || following ? m : null;
}

// Not "từ 3.5 đến 4.2 triệu": a number with a scale, unit or share after it.
const MEASURE_AFTER = vietnameseRegex(
  `^ *(?:${anyOf(['triệu', 'tỷ', 'tỉ', 'nghìn', 'ngàn', 'lần', 'điểm'])}(?!${WORD_CHAR})|^ *%)`,
  'u',
);

/** "… đến 30.11" right after a day: the end of a range written with the same separator. */
function rangeGoesOn(folded: string, end: number, sep: string): boolean {
  const after = SECOND_END.exec(folded.slice(end, end + 20));
  if (!after || after[2] !== sep || !/^ *(?:đến|tới)/u.test(after[0])) return false;
  const past = end + after[0].length;
  return !MEASURE_AFTER.test(folded.slice(past, past + 8));
}

/** "(25.1 - 2.2)": a day right after "(", a second one in the same style, then ")". */
function bracketedRange(
  folded: string,
  start: number,
  end: number,
  sep: string,
  day: number,
  month: number,
): boolean {
  if (!/\( *$/.test(folded.slice(Math.max(0, start - 3), start))) return false;
  const after = SECOND_END.exec(folded.slice(end, end + 20));
  if (after === null || after[2] !== sep || !/^ *\)/.test(folded.slice(end + after[0].length))) return false;
  if (sep === '-' && !/^ *(?:đến|tới)/u.test(after[0])) return false;
  // (Days in order, a month or two apart: "(12.5 - 14.2)" is two numbers.)
  const from = day + 31 * month;
  const to = Number(after[1]) + 31 * (Number(after[3]) + (Number(after[3]) < month ? 12 : 0));
  // ("(1.7 - 31.12.2025)": a second day with its year is a date beyond doubt, however far; so are
  // whole months, from a first to a month's end: "Trong 3 tháng (1/6 - 31/8)".)
  const wholeMonths = day === 1 && Number(after[1]) >= 28;
  return to > from && (to - from <= 62 || ((after[4] !== undefined || wholeMonths) && to - from <= 372));
}

// "trong 2 ngày 26 - 27/9", "hai ngày 8 và 9/9": "ngày" after a number is what it counts, no
// part of the date after it.
const COUNT_BEFORE = vietnameseRegex(
  `(?<!${WORD_CHAR})(?:\\d{1,2}|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười) +$`,
  'u',
);

function countedDays(ctx: RecognizeContext, dayWordAt: number | undefined): boolean {
  return daysCounted(ctx, dayWordAt) !== null;
}

/** How many days the number before "ngày" at dayWordAt counts, or null when none does. */
function daysCounted(ctx: RecognizeContext, dayWordAt: number | undefined): number | null {
  if (dayWordAt === undefined) return null;
  const count = COUNT_BEFORE.exec(ctx.folded.slice(Math.max(0, dayWordAt - 8), dayWordAt))?.[0].trim();
  if (count === undefined) return null;
  return /^\d/.test(count) ? Number(count) : parseNumberWords([count]);
}

// "ngày chính hội 26/4", "ngày khai mạc 17/4": "ngày" and the one or two words that say which
// day it is ("ngày càng", increasingly, says none).
const DAY_OF_KIND_BEFORE = vietnameseRegex(
  '(?:^|[^\\p{L}])ngày(?! +càng)(?: +[\\p{Ll}\\p{M}]+){1,2} +$',
  'u',
);

/** The separator between a date's day and month: "/" of "30/4", "-" of "30-4". */
const SEPARATOR = /\d([/.-])\d/;

/** What NUMERIC and DAY_RUN both contain: a day, a separator, a month. */
const DAY_MONTH = /\d[/.-]\d/;
const NUMBERED = vietnameseRegex('(?:^|[^\\p{L}])số\\s+$', 'u');

/** What WRITTEN contains: "15 tháng 3". */
const WRITTEN_DAY_MONTH = vietnameseRegex('\\d +tháng +\\d', 'u');

const plausibleYear = (y: number): boolean => y >= 1800 && y <= 2199;

// "17 giờ ngày 11/8", "14 giờ 30 phút ngày 5/10", "9h sáng 12/10": the time of day a date opens
// with belongs to its span, and is the part of the day it names.
const CLOCK_BEFORE = vietnameseRegex(
  `(?<!${WORD_CHAR}|[.,]\\d*)(?<h>\\d{1,2}) *(?:giờ|h)(?: *\\d{1,2}(?: *phút)?)? +$`,
  'u',
);

// Words that look ahead: "trước ngày 30/4", "dự kiến ngày 15/3", "phấn đấu đến 30/4".
const TOWARDS_PLACE = /(?<![\p{L}\p{M}])(?:đến|tới)(?= +\p{Lu})/gu;
export const AHEAD = vietnameseRegex(
  `(?:^|[^\\p{L}])${anyOf(['trước', 'đến', 'tới', 'sẽ', 'dự kiến', 'phấn đấu', 'kế hoạch', 'mục tiêu', 'hạn', 'chậm nhất'])}(?:[^\\p{L}]|$)`,
  'u',
);

/**
 * A day four months or more ahead across the turn of the year ("ngày 30-4" in a December
 * review) is this year's, past, unless words before it look ahead ("hoàn thành trước ngày 30-4"):
 * a review looks back over its year more often than it plans four months on.
 */
function sameYearUnlessAhead(
  ctx: RecognizeContext,
  start: number,
  moment: ReturnType<typeof dayMoment>,
  header: HeaderMonth | null,
): ReturnType<typeof dayMoment> {
  if (!header || moment.year !== null) return moment;
  const ahead = (moment.month - header.month + 12) % 12;
  if (moment.month >= header.month || ahead < 4) return moment;
  // ("đưa khách tới Quảng Ninh ngày 2-4": "tới", "đến" before a place's name is the way there,
  // no deadline ahead.)
  // (Within its sentence: "… gấp 1,48 lần năm trước. Cao điểm là dịp Đại lễ: từ ngày 25/4" looks
  // back.)
  const window = ctx.text.slice(Math.max(0, start - 40), start);
  const before = window
    .slice(Math.max(...['.', '!', '?', '\n'].map((c) => window.lastIndexOf(c))) + 1)
    .replace(TOWARDS_PLACE, ' ');
  if (AHEAD.test(foldForMatch(before))) return moment;
  return { ...moment, year: header.year };
}

/** A candidate's span and part of day taken back to the clock time right before it, if any. */
function withClock(ctx: RecognizeContext, c: Candidate): Candidate {
  const before = ctx.folded.slice(Math.max(0, c.span.start - 20), c.span.start);
  const clock = CLOCK_BEFORE.exec(before);
  if (!clock || Number(clock.groups?.h) > 24) return c;
  const start = c.span.start - before.length + clock.index;
  const part = c.value.partOfDay;
  const hour = ctx.text.slice(start, c.span.start).trimEnd().replace(/\s+/g, ' ');
  return {
    ...c,
    span: { start, end: c.span.end },
    value: { ...c.value, partOfDay: part === null ? hour : `${hour} ${part}` },
  };
}

function dayMoment(day: string | undefined, month: string | undefined, year: string | undefined) {
  return { unit: 'day', day: Number(day), month: Number(month), year: year ? Number(year) : null } as const;
}

export function findDates(ctx: RecognizeContext, header: HeaderMonth | null): Candidate[] {
  const out: Candidate[] = [];
  const numeric = [...scan(ctx, NUMERIC, DAY_MONTH)];
  // "ngày 4.10.2019 … trước 30.11": an outlet that writes its dates with dots writes them so
  // after "trước", "đến" and "từ" too; the style of its sure dates says so.
  const styles = new Set(
    numeric
      .filter(
        (f) => f.groups.y !== undefined || f.groups.part !== undefined || f.groups.dayWord !== undefined,
      )
      .map((f) => f.groups.sep),
  );
  for (const f of numeric) {
    const { part, dayWord, weak, occasion, sep, y } = f.groups;
    if (y !== undefined && !plausibleYear(Number(y))) continue;
    const strong = part !== undefined || dayWord !== undefined;
    // "nghỉ lễ 2-9", "dịp lễ 30-4", "dịp 27-7": a holiday names a day in any style.
    const holiday =
      weak === folded('lễ') ||
      ((occasion !== undefined || weak === folded('dịp')) &&
        NATIONAL_DAYS.has(`${Number(f.groups.d)}/${Number(f.groups.m)}`));
    // "Từ 1.7 đến 30.11": two days in one style after "từ … đến" make a range in any style.
    const range =
      weak === folded('từ') && sep !== undefined && sep !== '/' && rangeGoesOn(ctx.folded, f.end, sep);
    // (Not hyphens: "từ 5-7 ngày" is a range of numbers.)
    const inStyle = weak !== undefined && (sep === '/' || (sep === '.' && styles.has(sep)));
    // "Trong 9 ngày nghỉ Tết (25.1 - 2.2)", "4 ngày (30-8 đến 2-9)": two days in one style filling a
    // bracket (hyphens only around "đến": "(5-7 - 8-9)" may be numbers).
    const bracketed =
      sep !== undefined &&
      bracketedRange(ctx.folded, f.at('d') ?? f.start, f.end, sep, Number(f.groups.d), Number(f.groups.m));
    // "Riêng ngày chính hội 26/4, tỉnh đón …": a day its kind names a word or two before, slash only.
    const namedDay =
      sep === '/' &&
      DAY_OF_KIND_BEFORE.test(ctx.folded.slice(Math.max(0, f.start - 30), f.at('d') ?? f.start));
    if (y === undefined && !strong && !holiday && !range && !inStyle && !bracketed && !namedDay) continue;
    // "đến từ 10/10 huyện, thành phố": a share of the units counted after it, no day.
    // ("Từ 1/7 huyện mới hoạt động": after "từ" alone, still the day; "30/6 xã" is no share.)
    if (
      y === undefined &&
      !strong &&
      Number(f.groups.d) <= Number(f.groups.m) &&
      // ("đã ảnh hưởng tới 9/9 huyện, thị xã": or all of them, after any preposition.)
      (Number(f.groups.d) === Number(f.groups.m) ||
        COME_FROM.test(ctx.folded.slice(Math.max(0, f.start - 8), f.at('d') ?? f.start))) &&
      COUNTED_AFTER.test(ctx.folded.slice(f.end, f.end + 14))
    )
      continue;
    const start =
      f.at('part') ??
      (countedDays(ctx, f.at('dayWord')) ? undefined : f.at('dayWord')) ??
      f.at('d') ??
      f.start;
    const partOfDay = partOfDayAt(ctx, f.at('part'), part);
    const moment = dayMoment(f.groups.d, f.groups.m, y);
    const c = fromMoment({ start, end: f.end }, sameYearUnlessAhead(ctx, start, moment, header), header, {
      partOfDay,
    });
    if (c) out.push(withClock(ctx, holiday && !strong ? { ...c, occasion: true } : c));
  }
  for (const f of scan(ctx, BRACKETED, DAY_MONTH)) {
    const { d, m, y } = f.groups;
    if (y !== undefined && !plausibleYear(Number(y))) continue;
    const start = f.at('d') ?? f.start;
    const end = start + `${d}/${m}${y ? `/${y}` : ''}`.length;
    const c = fromMoment({ start, end }, dayMoment(d, m, y), header);
    if (c) out.push(c);
  }
  for (const first of [...out]) {
    const after =
      SECOND_END.exec(ctx.folded.slice(first.span.end, first.span.end + 20)) ??
      listedDay(ctx.folded.slice(first.span.end, first.span.end + 20), first.value.start);
    if (!after || first.value.granularity !== 'day') continue;
    if (SEPARATOR.exec(ctx.text.slice(first.span.start, first.span.end))?.[1] !== after[2]) continue;
    const start = first.span.end + after[0].search(/\d/u);
    const c = fromMoment(
      { start, end: first.span.end + after[0].length },
      dayMoment(after[1], after[3], after[4]),
      header,
    );
    if (c) out.push(c);
  }
  for (const f of scan(ctx, WRITTEN, WRITTEN_DAY_MONTH)) {
    // (With no "ngày" or part of the day before it, "2 Tháng 4" is a name, not the day.)
    const d = f.at('d') ?? f.start;
    const monthAt = d + (/^\d{1,2} +/u.exec(ctx.text.slice(d, f.end))?.[0].length ?? 0);
    if (f.groups.part === undefined && f.groups.dayWord === undefined && honoursDay(ctx.text, monthAt))
      continue;
    // ("bão số 3 tháng 9.2024": a number after "số" is what it numbers, then the month alone.)
    if (
      f.groups.part === undefined &&
      f.groups.dayWord === undefined &&
      NUMBERED.test(ctx.folded.slice(Math.max(0, d - 6), d))
    )
      continue;
    const moment = dayMoment(f.groups.d, f.groups.m, f.groups.y ?? f.groups.y2);
    const partOfDay = partOfDayAt(ctx, f.at('part'), f.groups.part);
    const c = fromMoment({ start: f.start, end: f.end }, moment, header, { partOfDay });
    if (c) out.push(withClock(ctx, c));
  }
  for (const f of scan(ctx, DAY_RUN, DAY_MONTH)) {
    const { d1, d2, m, y } = f.groups;
    if (Number(d1) >= Number(d2) || (y !== undefined && !plausibleYear(Number(y)))) continue;
    // ("3 ngày, 26 - 28/9": past a comma, only as many days as were counted make a run.)
    if (f.groups.counted !== undefined && daysCounted(ctx, f.at('counted')) !== Number(d2) - Number(d1) + 1)
      continue;
    // "từ 12 - 14/4": "từ" opens the run and stays out of the span, as prepositions do; so does a bracket.
    const opened =
      f.groups.from !== undefined ||
      f.groups.paren !== undefined ||
      f.groups.counted !== undefined ||
      countedDays(ctx, f.at('dayWord'));
    const span = { start: opened ? (f.at('d1') ?? f.start) : f.start, end: f.end };
    const first = fromMoment(span, dayMoment(d1, m, y), header);
    const last = fromMoment(span, dayMoment(d2, m, y), header);
    if (!first || !last) continue;
    const partOfDay = partOfDayAt(ctx, f.at('part'), f.groups.part);
    out.push({
      span,
      moment: null,
      value: { ...first.value, end: last.value.end, granularity: 'range', partOfDay },
    });
  }
  return out;
}

import type { RecognizeContext } from '../context.js';
import { matchUnit } from '../units.js';
import { type Candidate, NO_EXTRAS } from './candidate.js';
import { parseHeaderMonth } from './header.js';
import { AFTER, anyOf, BEFORE, folded, NUMBER_WORDS, vietnameseRegex } from './lexicon.js';
import { scan } from './scan.js';
import {
  aimedMonths,
  closesFigure,
  isReportCount,
  isReportedMonths,
  isReportOpener,
  isResultPeriod,
  yearToDate,
} from './year-to-date.js';

/** Qualifiers that belong to the span: "gần 3 năm", "hơn 20 năm". ("trong", "suốt" are prepositions, left out.) */
const QUALIFIERS = anyOf([
  'gần',
  'hơn',
  'trên',
  'dưới',
  'khoảng',
  'gần như',
  'chưa đầy',
  'chưa đến',
  'ngót',
  'ngót nghét',
  'xấp xỉ',
]);
/** Tails that place the length against now: "5 năm qua", "3 năm trở lại đây", "5 năm tới". */
const TAILS = anyOf([
  'qua',
  'vừa qua',
  'tới',
  'sắp tới',
  'trở lại đây',
  'gần đây',
  'liên tiếp',
  'liền',
  'tiếp theo',
  // "Ba năm rồi mới có Tết đủ đầy": a length up to now.
  'rồi',
]);

// "Kim ngạch 9 tháng qua cửa khẩu Tà Lùng": "qua" before a border gate is "through". (Before other
// places it may close the length: "9 tháng qua sân bay phục vụ 4,7 triệu lượt hành khách".)
const THROUGH_PLACES = anyOf(['cửa khẩu', 'biên giới']);

type Designator = 'Y' | 'M' | 'W' | 'D';

/** ISO 8601 designator and factor for each unit word. */
const UNITS: ReadonlyMap<string, [Designator, number]> = new Map([
  [folded('năm'), ['Y', 1]],
  [folded('tháng'), ['M', 1]],
  [folded('tuần'), ['W', 1]],
  // "tròn một quý kể từ khi tỉnh hợp nhất": three months.
  [folded('quý'), ['M', 3]],
  [folded('ngày'), ['D', 1]],
  [folded('thập kỷ'), ['Y', 10]],
  [folded('thập niên'), ['Y', 10]],
  // "hơn nửa thế kỷ giữ nghề": a century.
  [folded('thế kỷ'), ['Y', 100]],
]);

// "gần 3 năm", "5 năm qua", "10 tháng", "1,5 năm", "1.000 năm", "hai tuần"; not "tháng 10 năm 2024"
// ("10 năm" after "tháng"), "số 5 năm", "lần thứ 3 ngày" or "nhãn loại 1 năm nay"; but "mỗi đợt 3
// tháng", "mỗi khóa 2 tuần": after "mỗi" (each) the word is no label, and the number a length.
const EACH = folded('mỗi');
// "năm năm qua", "sau năm năm": "năm" before "năm" is five, the second the years it counts; so is
// one before "ngày", "tuần", "tháng" after a qualifier or a preposition of length ("hơn năm tuần").
const FIVE = folded('năm');
const MONTH = folded('tháng');
// What shows "năm năm" is a length: a tail ("qua", "tới", "liền") or a preposition before it.
const LENGTH_BEFORE = vietnameseRegex(
  '(?:^|[^\\p{L}])(?:trong|sau|suốt|gần|hơn|khoảng|trên|mất|được)\\s+$',
  'u',
);
const DURATION = vietnameseRegex(
  `(?<!(?<!${EACH} +)${anyOf(['tháng', 'ngày', 'quý', 'năm', 'số', 'thứ', 'khóa', 'lần', 'loại', 'hạng', 'cấp', 'đợt', 'nhóm'])} +)${BEFORE}` +
    `(?:(?<q>${QUALIFIERS}) +)?(?<n>\\d{1,3}(?:\\.\\d{3})+|\\d+(?:,\\d+)?|${anyOf([...NUMBER_WORDS.keys()])}|${FIVE}(?= +(?:${FIVE}|${anyOf(['ngày', 'tuần', 'tháng'])})(?![\\p{L}\\p{M}]))) +` +
    `(?<unit>${anyOf([...UNITS.keys()])})(?: +(?<tail>${TAILS})(?! +${THROUGH_PLACES}))?${AFTER}`,
);

const DATES_IN_BRACKET = /^ *\( *(?:từ +)?\d{1,2}[./-]\d{1,2}/u;
const AFTER_EVENT_BEFORE = vietnameseRegex('(?:^|[^\\p{L}])sau +$', 'u');
// What was done, in lower case after the months: "triển khai", "hợp nhất", "đi vào hoạt động".
const DONE_AFTER = /^ +(?!(?:đầu|cuối|qua|năm|của|đạt|tăng|giảm)(?![\p{L}\p{M}]))\p{Ll}/u;
// "suốt ba tháng mùa khô", "nợ 3 tháng lương", "mất 2 tháng": a length measured, which no
// "N tháng đầu năm" the article names can stand for.
const MEASURED_BEFORE = vietnameseRegex('(?:^|[^\\p{L}])(?:suốt|mất|nợ|kéo dài|chậm|vòng)\\s+$', 'u');

const NINE = folded('chín');
// Crops and fruit that ripen: "lúa chín", "quả chín", "vải chín".
const RIPENS = vietnameseRegex('(?:^|[^\\p{L}])(?:lúa|quả|trái|vải|nhãn|xoài|cà phê|mận|đào)\\s+$', 'u');

// A capitalized word, then a space, before the capital that opens the match: "Ngã Bảy".
const NAME_BEFORE = /\p{Lu}[\p{L}\p{M}]* \p{Lu}$/u;

/**
 * "15 tháng 3", "3 ngày 5/9": a number after a month or day word makes a date, not a length.
 * (Not a decimal: "kỳ hạn 12 tháng 4,6 - 5,5%/năm" counts 12 months, then gives a rate.)
 */
const DATE_AFTER = /^ *[/.-]? *\d(?!\d*,\d)/;

// "trong 2 ngày 26 - 27/9", "hai ngày 8/9 và 9/9": a count of days, then the dates it spans.
const DAYS_THEN_DATES = /^ +\d{1,2}(?: *(?:-|–|và|đến) *\d{1,2})?[/.-]\d{1,2}(?![\d/.-]*\d{5})/u;

function isoDuration(amount: number, designator: Designator): string {
  // "nửa năm" is six months, not P0.5Y.
  if (designator === 'Y' && amount < 1 && Number.isInteger(amount * 12)) {
    return `P${amount * 12}M`;
  }
  return `P${amount}${designator}`;
}

export function findDurations(ctx: RecognizeContext): Candidate[] {
  const header = parseHeaderMonth(ctx.date);
  const out: Candidate[] = [];
  for (const f of scan(ctx, DURATION)) {
    const written = f.groups.n ?? '';
    const five = written === FIVE;
    // ("Năm tháng qua", "những năm tháng gian khó": "năm tháng" is also time itself, the years and
    // months; before "tháng" only a qualifier or a preposition of length makes "năm" five.)
    const monthsOfFive = five && f.groups.unit === MONTH;
    if (five && (monthsOfFive || f.groups.tail === undefined) && f.groups.q === undefined) {
      if (!LENGTH_BEFORE.test(ctx.folded.slice(Math.max(0, f.start - 8), f.start))) continue;
    }
    const amount = five
      ? 5
      : (NUMBER_WORDS.get(written) ?? Number(written.replace(/\./g, '').replace(',', '.')));
    const unit = UNITS.get((f.groups.unit ?? '').replace(/ +/g, ' '));
    if (!unit || !(amount > 0) || !Number.isFinite(amount)) continue;
    // ("Chợ nổi ở TP Ngã Bảy ngày cận Tết": a number word capitalized after a capital closes a name.)
    if (
      NAME_BEFORE.test(ctx.text.slice(Math.max(0, f.start - 12), f.start + 1)) &&
      /^\p{Lu}/u.test(ctx.text[f.start] ?? '')
    )
      continue;
    // "Mùa lúa chín năm nay": the crop is ripe ("chín"), no nine years.
    if (written === NINE && RIPENS.test(ctx.folded.slice(Math.max(0, f.start - 12), f.start))) continue;
    if (
      unit[0] !== 'Y' &&
      DATE_AFTER.test(ctx.folded.slice(f.end, f.end + 8)) &&
      !(unit[0] === 'D' && DAYS_THEN_DATES.test(ctx.folded.slice(f.end, f.end + 16)))
    )
      continue;
    // "1.250 ngày công": a unit of work the unit lexicon counts, no length of time.
    const unitAt = f.at('unit');
    const counted = unitAt === undefined ? null : matchUnit(ctx.folded, unitAt);
    if (counted?.kind === 'counted') continue;
    const duration = isoDuration(amount * unit[1], unit[0]);
    const span = { start: f.start, end: f.end };
    const length: Candidate = {
      span,
      moment: null,
      value: { ...NO_EXTRAS, start: null, end: null, granularity: 'duration', duration },
    };
    const monthsOfYear =
      unit[0] === 'M' && unit[1] === 1 && Number.isInteger(amount) && amount >= 2 && amount <= 12;
    const tail = f.groups.tail === undefined ? null : f.groups.tail.replace(/ +/g, ' ');
    const bare = f.groups.q === undefined && tail === null;
    // "sơ kết 9 tháng thực hiện" or "xuất khẩu 9 tháng đạt" in an October article: January to
    // September. "6 tháng qua" stays a length counted back, as every hand-checked seed reads it.
    // "sáu tháng (1.7 - 31.12.2025)": dates in a bracket spell the months out; "sau 6 tháng vận
    // hành" counts them from an event. Both are lengths.
    const spelledOut = DATES_IN_BRACKET.test(ctx.folded.slice(f.end, f.end + 12));
    const since = AFTER_EVENT_BEFORE.test(ctx.folded.slice(Math.max(0, f.start - 5), f.start));
    const toDate =
      monthsOfYear &&
      header &&
      !spelledOut &&
      !since &&
      ((bare && isReportCount(ctx.folded, span)) ||
        (bare &&
          (isResultPeriod(ctx.text, ctx.folded, span) ||
            isReportOpener(ctx.folded, span) ||
            closesFigure(ctx.text, span)) &&
          isReportedMonths(amount, header)))
        ? yearToDate(span, amount, header)
        : null;
    // (Months aimed at are that aim's own: no other "9 tháng" of the article is read by them.)
    const aimed =
      monthsOfYear && header && bare && !toDate ? aimedMonths(ctx.folded, span, amount, header) : null;
    if (aimed) {
      out.push({ ...aimed, aim: true });
      continue;
    }
    const c = toDate ?? length;
    // "Trong 9 tháng, ..." may name the article's "9 tháng đầu năm" (see resolveReferences).
    const measured = MEASURED_BEFORE.test(ctx.folded.slice(Math.max(0, f.start - 10), f.start));
    // ("sau 3 tháng triển khai", "sau ba tháng hợp nhất" in an article on those months: months
    // counted from what was done are a length; "Sau 6 tháng, thu ngân sách …" is the report's.)
    const sinceDone = since && DONE_AFTER.test(ctx.text.slice(f.end, f.end + 16));
    if (monthsOfYear && (toDate || (bare && !measured && !sinceDone)))
      c.reference = { to: 'monthsOfYear', months: amount };
    out.push(c);
  }
  return out;
}

import type { Span } from '../context.js';
import { type Candidate, fromMoment } from './candidate.js';
import type { HeaderMonth } from './header.js';
import { anyOf, vietnameseRegex } from './lexicon.js';

// "sơ kết 9 tháng", "tính chung 8 tháng", "lũy kế 10 tháng": a report's words before the count;
// "Riêng 11 tháng, xuất khẩu đã đạt …": the months so far, singled out from the year.
const REPORT_BEFORE = vietnameseRegex(
  `(?:^|[^\\p{L}\\p{M}])${anyOf(['sơ kết', 'tổng kết', 'tính chung', 'lũy kế', 'kết quả', 'báo cáo', 'đánh giá', 'riêng'])} +$`,
  'u',
);
// "9 tháng thực hiện", "6 tháng triển khai": months of carrying out a plan, counted from January...
const REPORT_AFTER = vietnameseRegex(`^ +${anyOf(['thực hiện', 'triển khai'])}(?![\\p{L}\\p{M}])`, 'u');
// ...unless a word of length stands before it: "sau 3 tháng triển khai" is three months later.
const LENGTH_BEFORE = vietnameseRegex(
  `(?:^|[^\\p{L}\\p{M}])${anyOf(['sau', 'trong', 'suốt', 'mất', 'dài', 'vòng'])} +$`,
  'u',
);

/**
 * True when a bare "N tháng" at [start, end) counts the months of the year a report
 * covers, not a length: "Hội nghị sơ kết 9 tháng thực hiện Chương trình" (January to September).
 */
export function isReportCount(folded: string, span: Span): boolean {
  const before = folded.slice(Math.max(0, span.start - 20), span.start);
  if (REPORT_BEFORE.test(before)) return true;
  return REPORT_AFTER.test(folded.slice(span.end, span.end + 16)) && !LENGTH_BEFORE.test(before);
}

// "Công ty X 7 tháng xuất khẩu khoảng 38.000 tấn", "10 tháng thu hút 25 dự án": what a report
// says was done in the months so far.
const ACTIVITY_VERBS = [
  'xuất khẩu',
  'nhập khẩu',
  'thu hút',
  'đón',
  'sản xuất',
  'phục vụ',
  'khai thác',
  'tiêu thụ',
  'cấp mới',
  'giải ngân',
  // "riêng 11 tháng có 68 dự án FDI cấp mới": what the months so far hold.
  'có',
];
// "Kim ngạch xuất khẩu 11 tháng đạt 958 triệu USD": a figure the months so far reached.
// "tăng trưởng kinh tế 9 tháng của tỉnh đạt 5,74%": whose figure it is may come between.
// "kim ngạch xuất khẩu thanh long 11 tháng chỉ đạt 88,6 triệu USD": and a word that weighs it.
const RESULT_AFTER = vietnameseRegex(
  `^ +(?:(?:của|toàn) +${anyOf(['tỉnh', 'thành phố', 'huyện', 'thị xã', 'xã', 'ngành'])} +)?(?:${anyOf(['chỉ', 'mới', 'đã', 'vẫn'])} +)?${anyOf(['ước đạt', 'đạt', 'ước', 'tăng', 'giảm', ...ACTIVITY_VERBS])}(?![\\p{L}\\p{M}])`,
  'u',
);

/**
 * True when a bare "N tháng" is the period of a figure reported right after it ("xuất khẩu 11
 * tháng đạt ..."): with the months of the year gone by, the year to date.
 */
export function isResultPeriod(text: string, folded: string, span: Span): boolean {
  const before = folded.slice(Math.max(0, span.start - 20), span.start);
  // ("Công ty X trong 10 tháng xuất khẩu khoảng 21,5 tỷ USD": "trong" before months a figure
  // right after them was reached in is the months so far, as "Trong 10 tháng, …" is.)
  if (LENGTH_BEFORE.test(before) && !IN_BEFORE_MONTHS.test(before)) return false;
  // "tăng trưởng kinh tế 9 tháng của Nghệ An ước đạt 7,68%": or a place named in capitals.
  const owner = OWNER_NAME_AFTER.exec(text.slice(span.end, span.end + 48));
  const after = span.end + (owner?.[0].length ?? 0);
  return RESULT_AFTER.test(folded.slice(after, after + 32));
}

const IN_BEFORE_MONTHS = vietnameseRegex('(?:^|[^\\p{L}\\p{M}])trong +$', 'u');
// ("… 9 tháng của tỉnh Lâm Đồng ước đạt 8,4%": with its type word.)
const OWNER_NAME_AFTER =
  /^ +của +(?:(?:tỉnh|thành phố|TP\.?|huyện|thị xã|quận|xã|phường) +)?\p{Lu}[\p{L}\p{M}]*(?: +(?:- +)?\p{Lu}[\p{L}\p{M}]*){0,4}(?= )/u;

/**
 * A figure "N tháng đạt ..." is reported up to a quarter after its months end: the
 * nine months' GRDP comes out in October or November ("GRDP 9 tháng đạt 11,24%" in a
 * November article is January to September).
 */
export function isReportedMonths(months: number, header: HeaderMonth): boolean {
  return months <= header.month && months >= header.month - 3;
}

// "phấn đấu 9 tháng giải ngân đạt trên 60%" in a July article: the months of the year an aim is
// set for, ahead of the article's.
const AIM_BEFORE = vietnameseRegex(
  `(?:^|[^\\p{L}\\p{M}])${anyOf(['phấn đấu', 'mục tiêu', 'chỉ tiêu', 'kế hoạch'])} +(?:(?:đến hết|hết|trong) +)?$`,
  'u',
);

/** January to the end of month N of the article year, when an aim names months still ahead. */
export function aimedMonths(
  folded: string,
  span: Span,
  months: number,
  header: HeaderMonth,
): Candidate | null {
  if (months <= header.month || !AIM_BEFORE.test(folded.slice(Math.max(0, span.start - 24), span.start)))
    return null;
  const granularity = months === 12 ? 'year' : months === 6 ? 'half' : months === 3 ? 'quarter' : 'range';
  return fromMoment(span, { unit: 'months', first: 1, last: months, year: header.year, granularity }, header);
}

/**
 * January to the end of month N: of the article year, or of the year before when N is
 * past the article month ("tổng kết 12 tháng" in a January article reviews last year).
 */
export function yearToDate(span: Span, months: number, header: HeaderMonth): Candidate | null {
  const year = months > header.month ? header.year - 1 : header.year;
  const granularity = months === 12 ? 'year' : months === 6 ? 'half' : months === 3 ? 'quarter' : 'range';
  return fromMoment(span, { unit: 'months', first: 1, last: months, year, granularity }, header);
}

// "Trong 11 tháng, cụm cảng đã tiếp nhận …", "Cũng trong 8 tháng, …": the months of a report
// opening the clause, a comma after them; "trong 18 tháng thi công", "trong 2 tháng cao điểm" and
// "Kỳ họp diễn ra trong 4 tháng, …" are lengths.
// ("8 tháng, tỉnh thu hút 3 dự án": the months may open the sentence bare, or a clause after a
// source: "Theo Sở Công Thương, 11 tháng, xuất khẩu cà phê đạt …".)
const IN_BEFORE = vietnameseRegex(
  `(?:^|[.;:!?\\n] *|, *(?:cũng +)?(?:trong +)?)(?:(?:cũng +)?trong +)?$`,
  'u',
);

/**
 * True when "trong N tháng," opens a clause, or "N tháng," a sentence: with the months of the year
 * gone by, the year to date.
 */
export function isReportOpener(folded: string, span: Span): boolean {
  const before = folded.slice(Math.max(0, span.start - 16), span.start);
  return IN_BEFORE.test(before) && /^ *,/.test(folded.slice(span.end, span.end + 3));
}

// "đón khoảng 1,05 triệu lượt khách trong 10 tháng", "phát lên lưới gần 22,4 tỷ kWh trong 11
// tháng": a figure, then the months it was reached in (all 39 such seed ones in a report's
// window read so). Not a rate ("1,5 triệu đồng/tháng trong 2 tháng"), nor a loan's term of 36.
const FIGURE_BEFORE = /\d(?:[\d.,]*\d)?\s*(?:%|[\p{L}\p{M}]+(?:\s+[\p{L}\p{M}]+){0,3})\s+trong\s+$/u;

/** True when "trong N tháng" closes the figure right before it, and its clause ("… trong 3 tháng giáp hạt" names the lean months). */
export function closesFigure(text: string, span: Span): boolean {
  return (
    FIGURE_BEFORE.test(text.slice(Math.max(0, span.start - 48), span.start)) &&
    /^\s*(?:[,.;:)]|$)/u.test(text.slice(span.end, span.end + 2))
  );
}

import type { Period } from '@dukien/core';
import { vietnameseRegex } from '../../text/vietnamese-regex.js';
import type { DraftOf, RecognizeContext, Span } from '../context.js';
import { monthBounds } from '../time/calendar.js';

/** The whole of a calendar year: "2024" is 2024-01-01 to 2024-12-31. */
export const calendarYear = (year: string): Period => ({ start: `${year}-01-01`, end: `${year}-12-31` });

/** The article's year: the period of a statistic that names none. */
export function articleYear(ctx: RecognizeContext, standing = false): Period {
  return calendarYear(standing ? ctx.date.slice(0, 4) : reportedYear(ctx));
}

// "tổng kết công tác năm 2023", "tổng kết năm 2023", "tổng kết chương trình phát triển giao thông
// nông thôn năm 2024": a review of the year.
const REVIEWS_YEAR = vietnameseRegex(
  '(?:^|[^\\p{L}])(?:tổng kết|đánh giá|nhìn lại|kiểm điểm)(?:\\s+[^\\d.;:]{0,60}?)?\\s+năm\\s+(\\d{4})(?!\\d)',
  'u',
);

// "Năm 2025, dù chịu sức ép …, kim ngạch xuất khẩu … vẫn đạt …": a lead that opens on the year.
const OPENS_ON_YEAR = vietnameseRegex('^\\s*(?:trong\\s+|cả\\s+)?năm\\s+(\\d{4})\\s*,', 'u');

/**
 * The year an article reports on: its own, or, in January and February, the year before when
 * the article opens by reviewing it ("Chiều 4.1.2024, Huyện ủy tổng kết công tác năm 2023 …") or
 * on it ("Năm 2025, …").
 * A figure whose sentence names no time belongs to that year; one that `standing` at a moment
 * (a share filled, a running total) to the article's own.
 */
function reportedYear(ctx: RecognizeContext): string {
  const year = ctx.date.slice(0, 4);
  const month = Number(ctx.date.slice(5, 7));
  if (month > 2) return year;
  const opening = ctx.paragraphs.find((p) => p.role === 'lead') ?? ctx.paragraphs[0];
  if (!opening) return year;
  const lead = ctx.folded.slice(opening.start, opening.end);
  const reviewed = REVIEWS_YEAR.exec(lead)?.[1] ?? OPENS_ON_YEAR.exec(lead)?.[1];
  return reviewed === String(Number(year) - 1) ? reviewed : year;
}

const WORTH_AFTER = vietnameseRegex(',\\s*(?:với\\s+)?(?:trị giá|giá trị|tương đương|kim ngạch)[^,]*$', 'u');
// A comparison baseline is no period: "so với năm 2020", "gấp 2 lần năm trước", "bằng cùng kỳ",
// "bằng 70% cùng kỳ", "cao hơn năm 2024", "gấp 1,6 lần dịp lễ năm trước", "so với Tuần lễ Festival năm 2022" (an
// event of the year compared with, named in a few words).
const BASELINE_BEFORE = vietnameseRegex(
  '(?:so với|(?:cao|thấp|nhiều|ít)\\s+hơn|gấp[^.;]{0,12}|bằng(?:\\s+[\\d.,]+\\s*%)?)\\s*(?:(?:ước\\s+)?(?:thực hiện|kết quả)\\s*)?(?:cùng kỳ\\s*|(?:dịp|kỳ nghỉ)(?:\\s+(?:nghỉ\\s+)?(?:lễ|tết))?\\s*|(?:(?:tuần lễ|lễ hội|mùa|dịp|kỳ)(?:\\s+[^\\s\\d.,;:()]+){0,3}\\s*))?$',
  'u',
);
const PRESENT_CLAUSE = vietnameseRegex('^\\s*(?:hiện|hiện nay|hiện tại|đến nay|tính đến nay)\\s', 'u');
const RUNNING_TOTAL = vietnameseRegex('(?:^|[^\\p{L}])(?:lũy kế|luỹ kế|tính)\\s+đến nay(?:[^\\p{L}]|$)', 'u');
const PROGRAMME_NAMED_BEFORE = vietnameseRegex(
  '(?:^|[^\\p{L}])chương trình\\s+(?:mục tiêu quốc gia|mtqg)[^,;:.()]{0,80}$',
  'u',
);
export const VISION_BEFORE = vietnameseRegex('tầm nhìn\\s*(?:đến|tới)?\\s*$', 'u');
// "tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giai đoạn 2022 - 2025": the years the poverty line is
// drawn for, not the statistic's.
const STANDARD_BEFORE = vietnameseRegex(
  'chuẩn\\s+nghèo(?:\\s+đa\\s+chiều)?(?:\\s+(?:của|áp dụng cho))?\\s*$',
  'u',
);
// A deadline after the value is no period either: "giải ngân 60% trước ngày 30/9".
const DEADLINE_BEFORE = vietnameseRegex('(?:trước|chậm nhất|hạn|sau)\\s*(?:ngày\\s*)?$', 'u');
// "từ năm 2020" opens a period that runs on ("từ X ... đến nay").
// "Trong gần 3 năm đã thu hút 110 dự án, với tổng số vốn ...", "Tính chung 9 tháng ...": a time
// that opens its clause, at most a preposition before it, covers the whole clause.
const CLAUSE_OPENER = vietnameseRegex(
  '^\\s*(?:(?:trong|từ|đến|vào|suốt|sau|qua|tính chung|lũy kế|tính đến|riêng)\\s+)?$',
  'u',
);
// "Về xây dựng nông thôn mới, 9 tháng có thêm 4 xã …": a topic the sentence opens with comes
// before its opening time, and makes no statement of its own.
const TOPIC_OPENER = vietnameseRegex('^\\s*(?:về|đối với|trong lĩnh vực)\\s+[^,;.:()\\d]{1,50},\\s*', 'u');
// The value's own words, then "đến" or "vào": "86.900 căn đến năm 2030".
const HORIZON_GAP = vietnameseRegex('^[^,;:()]{1,30}?\\s(?:đến|vào)\\s', 'u');
const DUE_WITHIN_GAP = vietnameseRegex('^[^,;:()]{1,30}?\\strong\\s+$', 'u');
// (A qualifier, the value, its unit, then "từ".)
const FROM_YEAR_GAP = vietnameseRegex('^[^,;:()\\d]{0,12}[\\d.,]+[^,;:()\\d]{1,30}?\\stừ\\s+$', 'u');
const OPENS_AT_START = vietnameseRegex('đầu\\s*$', 'u');
const OPENS_BEFORE = vietnameseRegex('(?:^|[^\\p{L}])từ\\s*(?:đầu\\s*)?$', 'u');
// Between the opening time and the closing one: "đến", "đến hết", "tới".
const CLOSES_AFTER = vietnameseRegex('^\\s*(?:đến|tới)(?:\\s+hết)?\\s*$', 'u');

/**
 * The period of a statistic: the time fact nearest before the value in its
 * clause, else in its sentence, else the first after it in the clause that is
 * not a deadline; else null (the caller falls back). A time inside another statement of
 * the clause (after its indicator phrase, before its value, a comma after that
 * value) is that statement's: "thu ngân sách 9 tháng tăng 18,6%, thu hút 38 dự
 * án mới" leaves "9 tháng" to the revenue, while "Tính chung 9 tháng, ..." and
 * "phấn đấu đến năm 2030 tỷ lệ ... đạt 60%, thu nhập ..." give theirs to every
 * value. `valuesIn` gives the starts of the quantities starting in [from, to), in order;
 * `phraseIn` tells whether an indicator phrase starts in [from, to). A duration or an unresolved relative
 * time ("trong 3 năm", "đầu nhiệm kỳ") leaves the period open.
 */
export function periodOf(
  ctx: RecognizeContext,
  clause: Span,
  sentence: Span,
  at: number,
  times: readonly DraftOf<'time'>[],
  valuesIn: (from: number, to: number) => readonly number[] = () => [],
  phraseIn: (from: number, to: number) => boolean = () => false,
): Period | null {
  // "6 tháng đầu năm 2024, GRDP ước đạt 5,73% (cùng kỳ năm 2023 tăng 2,41%); chỉ số sản xuất
  // công nghiệp tăng 6,8%": a bracket ends no sentence, so the head's time reaches past it; a
  // time inside a bracket the value is not in is that bracket's own.
  const whole = acrossBrackets(ctx.text, sentence);
  // (From the start of the bracketed whole: a time before the sentence proper, "… gấp 1,6 lần năm
  // 2015. Tỷ lệ hộ nghèo … (…); tỷ lệ che phủ rừng …", is read with the words before it.)
  const textBefore = (t: DraftOf<'time'>) =>
    ctx.folded.slice(
      Math.max(Math.min(whole.start, sentence.start), t.evidence.start - 24),
      t.evidence.start,
    );
  // ("Cao Bằng 9 tháng năm 2020: …": a word of comparison that is the end of a name is none.)
  const comparedWith = (t: DraftOf<'time'>) => {
    const before = textBefore(t);
    const m = BASELINE_BEFORE.exec(before);
    if (!m) return false;
    const word = t.evidence.start - before.length + m.index;
    return !/\p{Lu}/u.test(ctx.text[word] ?? '');
  };
  const usable = times.filter(
    (t) =>
      t.evidence.start >= whole.start &&
      t.evidence.end <= whole.end &&
      !comparedWith(t) &&
      // ("Tỷ lệ hộ nghèo giảm còn 8,27% (năm 2015 là 21,2%); tỷ lệ che phủ rừng đạt 65,1%": a
      // bracket closed before the value keeps its time.)
      !inClosedBracket(ctx.text, whole.start, t.evidence, at) &&
      !datesTheSpeech(ctx.folded, t, at) &&
      !DOCUMENT_BEFORE.test(textBefore(t)) &&
      // (A figure inside that clause is of its time: "sau khi GRDP 6 tháng đầu năm 2023 chỉ tăng 5,49%, …".)
      !(
        AFTER_EVENT.test(ctx.folded.slice(sentence.start, t.evidence.start)) &&
        (t.evidence.start > at || /[,;:]/u.test(ctx.text.slice(t.evidence.end, at)))
      ) &&
      !FOUNDED_BEFORE.test(textBefore(t)) &&
      !FOUNDED_AFTER.test(ctx.folded.slice(t.evidence.end, t.evidence.end + 48)) &&
      !EDGE_OF_SPAN_BEFORE.test(textBefore(t)) &&
      // "Quy hoạch tỉnh thời kỳ 2021 - 2030, tầm nhìn đến năm 2050": a vision names no period.
      !VISION_BEFORE.test(textBefore(t)) &&
      // "Trong quý I, tỉnh giải ngân 312 tỷ đồng vốn Chương trình mục tiêu quốc gia giảm nghèo bền
      // vững giai đoạn 2021 - 2025, xây mới 1.146 căn nhà": the term in a programme's name is the
      // programme's, when the sentence named the figure's own time before it.
      !(
        t.granularity === 'range' &&
        t.evidence.start < at &&
        PROGRAMME_NAMED_BEFORE.test(
          ctx.folded.slice(Math.max(whole.start, t.evidence.start - 120), t.evidence.start),
        ) &&
        times.some(
          (o) => o !== t && o.evidence.start >= whole.start && o.evidence.end <= t.evidence.start - 20,
        )
      ) &&
      !STANDARD_BEFORE.test(textBefore(t)) &&
      // "…, mức cao nhất kể từ đầu nhiệm kỳ": the time a record is measured from dates nothing.
      !RECORD_SINCE.test(textBefore(t)) &&
      // "…, cao hơn mức 6,9% của năm 2024; GRDP bình quân đầu người …": the time of a level compared
      // with dates that level only.
      !COMPARED_LEVEL_OF.test(ctx.folded.slice(Math.max(0, t.evidence.start - 48), t.evidence.start)) &&
      // "giảm từ 21,3% năm 2020 xuống còn 9,8% năm 2022": each end of a change keeps its own time.
      !(
        t.evidence.end <= at &&
        TO_LEVEL_GAP.test(ctx.folded.slice(t.evidence.end, at)) &&
        FROM_VALUE_THEN.test(ctx.folded.slice(Math.max(0, t.evidence.start - 40), t.evidence.start))
      ) &&
      !(
        t.evidence.start > at &&
        FROM_VALUE_BEFORE.test(ctx.folded.slice(Math.max(0, at - 12), at)) &&
        TO_LEVEL_WORD.test(ctx.folded.slice(at, t.evidence.start))
      ) &&
      // "tại hội nghị sơ kết quý III/2024, … cho biết lũy kế đến nay khu có 47 dự án": a running
      // total up to now, said after a time, is not of that time.
      !(t.evidence.end <= at && RUNNING_TOTAL.test(ctx.folded.slice(t.evidence.end, at))),
  );

  // The first value after `from` (and before this one) with a comma after it: its statement ends there.
  // ("xuất khẩu gạo 6 tháng đạt 215 ngàn tấn, trị giá 118,6 triệu USD": the worth of the same
  // export, one statement.)
  const otherValueThenComma = (from: number) => {
    const first = valuesIn(from, at)[0];
    if (first === undefined) return false;
    const between = ctx.folded.slice(first, at);
    return between.includes(',') && !WORTH_AFTER.test(between);
  };
  // "thu ngân sách 9 tháng tăng 18,6%, thu hút 38 dự án": a time between an indicator phrase and
  // another value, a comma after that value, is that statement's own; so is a length ("sau 3
  // tháng hợp nhất: thu ngân sách tăng 18,6%, thu hút ..."), which spans one statement only.
  const ownsTime = (t: DraftOf<'time'>) =>
    /^\s*,/.test(ctx.text.slice(t.evidence.end, t.evidence.end + 3)) ||
    CLAUSE_OPENER.test(ctx.folded.slice(clause.start, t.evidence.start).replace(TOPIC_OPENER, '')) ||
    (t.granularity !== 'duration' && !phraseIn(clause.start, t.evidence.start)) ||
    !otherValueThenComma(t.evidence.end);
  // "tốc độ tăng trưởng ước đạt 8,07%, cao nhất trong 5 năm qua; thu ngân sách …": a length after
  // a value of an earlier clause measures that value, and dates no clause after it.
  // ("… đạt 12,1% kế hoạch vốn năm 2026 (…), trong đó …": so does the year of the plan it is a
  // share of.)
  const lengthAfterValue = (t: DraftOf<'time'>) => {
    if (t.granularity !== 'duration' && !PLAN_BEFORE.test(textBefore(t))) return false;
    const opens = Math.max(whole.start, ctx.text.lastIndexOf(';', t.evidence.start) + 1);
    return valuesIn(opens, t.evidence.start).length > 0;
  };
  // "Đến ngày 4.3, diện tích lúa vụ Đông Xuân 2023 - 2024 bị ảnh hưởng …": the season names the
  // crop; the cut-off date that opens the clause dates the figure.
  const cutOffOverSeason = (t: DraftOf<'time'> | undefined) => {
    if (!t || !SEASON.test(ctx.folded.slice(t.evidence.start, t.evidence.end))) return t;
    // ("Đến ngày 4.3, ranh mặn đã vào sâu 55 km; diện tích lúa vụ …": or the one that opens the sentence.)
    const cutOff = usable.find(
      (c) =>
        c.evidence.end <= t.evidence.start &&
        c.granularity === 'day' &&
        (c.evidence.start >= clause.start
          ? CUT_OFF_BEFORE.test(
              ctx.folded.slice(Math.max(clause.start, c.evidence.start - 12), c.evidence.start),
            )
          : c.evidence.start >= sentence.start &&
            CUT_OFF_OPENS.test(ctx.folded.slice(sentence.start, c.evidence.start))),
    );
    return cutOff ?? t;
  };
  // ("Riêng tháng 7, toàn tỉnh đón 812.000 lượt khách; công suất phòng đạt 68,4%": a time singled
  // out where the sentence opens frames all of it.)
  const singledOutAside = (t: DraftOf<'time'>) =>
    SINGLED_OUT_TIME.test(textBefore(t)) &&
    !SINGLED_OUT_TIME_OPENS.test(ctx.folded.slice(Math.min(whole.start, sentence.start), t.evidence.start));
  const nearestBefore = (from: number, to = at) =>
    usable
      .filter(
        (t) =>
          t.evidence.start >= from &&
          t.evidence.end <= to &&
          (to !== at || ownsTime(t)) &&
          (to === at || (!lengthAfterValue(t) && !singledOutAside(t))),
      )
      .sort((a, b) => b.evidence.end - a.evidence.end)[0];
  // "…, góp phần đạt mục tiêu 86.900 căn đến năm 2030": a horizon right after the value, with no
  // time before it short of a comma, outranks the sentence's opening time.
  const inClause = cutOffOverSeason(nearestBefore(clause.start));
  const horizonAfter =
    !inClause || ctx.text.slice(inClause.evidence.end, at).includes(',')
      ? usable.find(
          (t) =>
            t.evidence.start > at &&
            t.evidence.end <= clause.end &&
            (HORIZON_GAP.test(ctx.folded.slice(at, t.evidence.start + 5)) ||
              // ("…, hoàn thành 1.200 căn nhà còn lại trong quý I/2026": or a time it is due within.)
              (t.granularity !== 'duration' && DUE_WITHIN_GAP.test(ctx.folded.slice(at, t.evidence.start)))),
        )
      : undefined;
  // "Năm 2022, …; tỷ lệ hộ nghèo giảm bình quân 1 - 1,5%/năm trong giai đoạn 2022 - 2025": a clause's
  // own range after its value outranks the time its sentence opened with in another clause.
  // ("…; để đạt mục tiêu tăng trưởng 8% năm 2025, …": so does a year written right after the value.)
  const ownAfter = inClause
    ? undefined
    : usable.find(
        (t) =>
          t.evidence.start >= at &&
          t.evidence.end <= clause.end &&
          (t.granularity === 'range' ||
            (t.granularity === 'year' &&
              (/^\s+$/.test(ctx.text.slice(valueEnd(ctx.text, at), t.evidence.start)) ||
                // ("…; tỉnh phấn đấu giải ngân 100% kế hoạch vốn năm 2025": or the year of the plan a
                // share is of.)
                PLAN_GAP.test(ctx.folded.slice(valueEnd(ctx.text, at), t.evidence.start))))) &&
          !/,\s/.test(ctx.text.slice(at, t.evidence.start)),
      );
  // "dự kiến tạo việc làm cho 2.500 lao động từ năm 2026": a year the figure counts from, right
  // after its unit, is the year it is for, whatever time the sentence opened with.
  const fromYear = usable.find(
    (t) =>
      t.granularity === 'year' &&
      t.evidence.start > at &&
      t.evidence.end <= clause.end &&
      FROM_YEAR_GAP.test(ctx.folded.slice(at, t.evidence.start)),
  );
  if (fromYear) return { start: fromYear.start, end: fromYear.end };
  const time =
    horizonAfter ??
    inClause ??
    ownAfter ??
    // ("Năm 2022, toàn huyện huy động …; hiện có 16/19 xã đạt chuẩn": what stands now is not of
    // the time the sentence opened with.)
    (PRESENT_CLAUSE.test(ctx.folded.slice(clause.start, at))
      ? undefined
      : nearestBefore(whole.start, clause.start)) ??
    // "… đạt 213.800 ha, sản lượng niên vụ 2023 - 2024 …": past a comma, another statement's.
    usable.find(
      (t) =>
        t.evidence.start >= at &&
        t.evidence.end <= clause.end &&
        // ("… mới đạt 18,5% do chậm góp vốn gần 2 năm": a length after the value dates nothing.)
        t.granularity !== 'duration' &&
        !DEADLINE_BEFORE.test(textBefore(t)) &&
        !/,\s/.test(ctx.text.slice(at, t.evidence.start)),
    );
  if (!time) return null;
  const toDate = monthsSoFar(ctx, time);
  if (toDate) return toDate;
  // "dồn sức trong quý IV/2025, phấn đấu cả năm thu ngân sách đạt …", "Tháng 11, …; ước cả năm …":
  // "cả năm" between a shorter time and the value widens it to the whole of its year.
  const year = time.end?.slice(0, 4);
  if (
    time.evidence.end <= at &&
    year !== undefined &&
    time.start?.slice(0, 4) === year &&
    WHOLE_YEAR.test(ctx.folded.slice(time.evidence.end, at))
  )
    return calendarYear(year);
  // "Vụ đông xuân 2022 - 2023, …; đến ngày 4-4 đã thu hoạch …, sản lượng lúa cả vụ ước đạt …": "cả
  // vụ" after a shorter time is the whole of the season the sentence named.
  if (time.evidence.end <= at && WHOLE_SEASON.test(ctx.folded.slice(time.evidence.end, at))) {
    const season = usable.find(
      (t) =>
        t.evidence.start >= whole.start &&
        t.evidence.end <= time.evidence.start &&
        SEASON.test(ctx.folded.slice(t.evidence.start, t.evidence.end)),
    );
    if (season) return { start: season.start, end: season.end };
  }
  // "Từ đầu nhiệm kỳ đến hết tháng 5/2023, tỉnh thu hút 138 dự án": a period that opens on a time
  // the reader must know and closes on this one.
  const opener = times.find(
    (t) =>
      t.start === null &&
      t.evidence.end <= time.evidence.start &&
      t.evidence.start >= sentence.start &&
      CLOSES_AFTER.test(ctx.folded.slice(t.evidence.end, time.evidence.start)) &&
      OPENS_BEFORE.test(ctx.folded.slice(Math.max(0, t.evidence.start - 12), t.evidence.start)),
  );
  if (opener) return { start: null, end: time.end };
  // "từ năm 2020", "Từ đầu nhiệm kỳ 2020 - 2025 (đến nay)" open a period; "từ ngày 14/2 đến
  // 22/2" closes the one it opens.
  const before = ctx.folded.slice(Math.max(0, time.evidence.start - 12), time.evidence.start);
  if (OPENS_BEFORE.test(before) && (time.granularity !== 'range' || OPENS_AT_START.test(before))) {
    // "phân bổ vốn ngay từ tháng 1.2025, phấn đấu giải ngân 100% kế hoạch vốn năm 2025": the
    // year of the plan the value is a share of, not the start of another statement's time.
    const after = valueEnd(ctx.text, at);
    const planYear = PLAN_YEAR_AFTER.exec(ctx.folded.slice(after, after + 48))?.[1];
    if (planYear !== undefined && time.evidence.end < at) return calendarYear(planYear);
    return { start: time.start, end: null };
  }
  return { start: time.start, end: time.end };
}

const MONTHS_GONE_BY = vietnameseRegex('tháng\\s+qua$', 'u');

/**
 * "Trong 10 tháng qua, diện tích nuôi tôm đạt …" in a November article: the months gone by, as
 * many as the year has had so far (to the article's month or the one before), are the year to date.
 */
function monthsSoFar(ctx: RecognizeContext, time: DraftOf<'time'>): Period | null {
  const months = time.granularity === 'duration' ? /^P(\d{1,2})M$/.exec(time.duration ?? '') : null;
  if (!months || !MONTHS_GONE_BY.test(ctx.folded.slice(time.evidence.start, time.evidence.end))) return null;
  const n = Number(months[1]);
  const [year, month] = [Number(ctx.date.slice(0, 4)), Number(ctx.date.slice(5, 7))];
  if (n < 1 || (n !== month && n !== month - 1)) return null;
  return monthBounds(year, 1, n);
}

const WHOLE_SEASON = vietnameseRegex('(?:^|[^\\p{L}])cả\\s+vụ(?!\\p{L})', 'u');
// ("cả năm học" is a school year, "cả năm 2025" a time of its own.)
const WHOLE_YEAR = vietnameseRegex('(?:^|[^\\p{L}])cả\\s+năm(?!\\s*\\d|\\s+học(?:[^\\p{L}]|$)|\\p{L})', 'u');
const RECORD_SINCE = vietnameseRegex('(?:cao|thấp|lớn|nhỏ|nhiều|ít)\\s+nhất\\s+(?:kể\\s+)?từ\\s*$', 'u');
const COMPARED_LEVEL_OF = vietnameseRegex(
  '(?:cao|thấp)\\s+hơn\\s+(?:so với\\s+)?mức\\s+(?:[^,;()]|(?<=\\d),(?=\\d)){1,30}?\\s+của\\s+(?:cùng kỳ\\s+)?$',
  'u',
);
// "… từ 21,3% năm 2020 xuống còn 9,8%": the level a change came to, after the time of the one it
// came from.
/** The words a change takes to its new level: "xuống", "lên", "giảm còn". */
export const TO_LEVEL = 'xuống|lên|giảm\\s+còn';
const TO_LEVEL_GAP = vietnameseRegex(
  `^\\s*(?:(?:đã|đến|tới)\\s+)?(?:${TO_LEVEL})(?:\\s+(?:còn|mức|thành))?\\s*$`,
  'u',
);
const TO_LEVEL_WORD = vietnameseRegex(`(?:^|[^\\p{L}])(?:${TO_LEVEL})(?:[^\\p{L}]|$)`, 'u');
export const FROM_VALUE_BEFORE = vietnameseRegex('(?:^|[^\\p{L}])từ\\s+(?:mức\\s+)?$', 'u');
// "từ 21,3% ", "từ mức 2.100 tỷ đồng ": a value a change came from, right before a time.
const FROM_VALUE_THEN = vietnameseRegex(
  '(?:^|[^\\p{L}])từ\\s+(?:mức\\s+)?(?:(?:hơn|gần|khoảng|trên)\\s+)?\\d[\\d.,]*(?:\\s*%|(?:\\s+[^\\d\\s,;()]+){1,3})?\\s+$',
  'u',
);

// "vụ Đông Xuân 2023 - 2024", "niên vụ 2024 - 2025": a crop season, named by its time.
const SEASON = /^(?:niên\s+)?vụ\s/u;
// "Đến ngày …", "Tính đến hết ngày …": a cut-off, right before the date or opening its sentence.
const CUT_OFF = '(?:tính\\s+)?đến(?:\\s+hết)?\\s*$';
const CUT_OFF_OPENS = vietnameseRegex(`(?:^|:)\\s*${CUT_OFF}`, 'u');
const CUT_OFF_BEFORE = vietnameseRegex(`(?:^|[^\\p{L}])${CUT_OFF}`, 'u');

// "9 tháng đầu năm 2021, IIP giảm 4,3%, riêng IIP quý III/2021 giảm 21,7%; kim ngạch …": a time a
// "riêng" singles out dates its aside only.
const SINGLED_OUT_TIME = vietnameseRegex('(?:^|[^\\p{L}])riêng\\s+(?:[^\\s,;.()]+\\s+){0,3}$', 'u');
const SINGLED_OUT_TIME_OPENS = vietnameseRegex('^\\s*riêng\\s+(?:[^\\s,;.()]+\\s+){0,3}$', 'u');
const PLAN_GAP = vietnameseRegex(
  '^\\s+(?:kế hoạch|dự toán)(?:\\s+vốn)?(?:\\s+[^\\d.,;()]{1,20}?)?\\s+$',
  'u',
);
const PLAN_BEFORE = vietnameseRegex('(?:kế hoạch|dự toán)(?:\\s+vốn)?(?:\\s+[^\\d.,;()]{1,20}?)?\\s+$', 'u');
// " kế hoạch vốn năm 2025", " kế hoạch vốn đầu tư công năm 2023": the plan a share is of, and its year.
const PLAN_YEAR_AFTER = vietnameseRegex(
  '^\\s*(?:kế hoạch|dự toán)(?:\\s+vốn)?(?:\\s+[^\\d.,;()]{1,20}?)?\\s+năm\\s+(\\d{4})(?!\\d)',
  'u',
);

/** Where the number starting at `at` ends, with its percent sign: "100%" of "100% kế hoạch". */
function valueEnd(text: string, at: number): number {
  const m = /^[\d.,]+\s*%?/u.exec(text.slice(at, at + 24));
  return at + (m?.[0].length ?? 0);
}

// "Năm 2020, năm cuối nhiệm kỳ 2015 - 2020, tỉnh phấn đấu …": the term only says which year 2020
// is; the figures are the year's.
// "Sau khi hợp nhất với tỉnh Bình Định (cũ) từ ngày 1.7.2025, Gia Lai có 108.420 ha cà phê": a
// time inside "sau khi …" dates the event the figure came after, not the figure.
// ("Dù chịu ảnh hưởng của bão số 3 hồi tháng 9.2024, toàn tỉnh vẫn đón …": nor does one inside
// the hardship a concession names.)
const AFTER_EVENT = vietnameseRegex('(?:^|[^\\p{L}])(?:sau khi|mặc dù|dù|tuy)\\s[^,;:]*$', 'u');
// "Xã Khổng Lào được thành lập từ ngày 1.7.2025 …, có diện tích tự nhiên hơn 152 km2": the date
// a unit was founded, not the period of what it has.
const FOUNDED_BEFORE = vietnameseRegex(
  '(?:^|[^\\p{L}])(?:thành lập|ra đời|hợp nhất|sáp nhập|hình thành)\\s+(?:(?:từ|vào)\\s+)?(?:ngày\\s+)?$',
  'u',
);
// ("Từ ngày 1/7/2025, xã hợp nhất từ 3 xã …, hiện có diện tích cây có múi khoảng 1.100 ha": nor
// does the date the sentence opens on, before the unit and the verb of its founding; not "tỉnh
// đã thành lập 36 CCN", what the unit founded.)
const FOUNDED_AFTER = vietnameseRegex(
  '^\\s*,?\\s*(?:(?:xã|phường|đặc khu|huyện|tỉnh|thành phố)(?:\\s+mới)?\\s+(?:[\\p{L}\\p{M}]+\\s+){0,3})?(?:(?:được|chính thức)\\s+(?:thành lập|hợp nhất|sáp nhập|hình thành)|(?:thành lập|ra đời|hợp nhất|sáp nhập|hình thành)\\s+(?:từ|trên cơ sở))(?:[^\\p{L}]|$)',
  'u',
);
// "Công điện số 18/CĐ-UBND ngày 21/11/2025": the date of a document, not of a figure.
const DOCUMENT_BEFORE = vietnameseRegex('\\d+/[\\p{L}\\d&-]*\\p{L}[\\p{L}\\d&-]*\\s+(?:ngày\\s+)?$', 'u');
// A term a year is the first, last or turning year of dates nothing: "Năm 2025, năm cuối giai đoạn
// 2021 - 2025, …", "các chỉ tiêu năm 2025, năm về đích của giai đoạn 2021 - 2025, gồm …".
const EDGE_OF_SPAN_BEFORE = vietnameseRegex(
  'năm\\s+(?:(?:đầu|cuối)(?:\\s+(?:cùng|tiên))?|về\\s+đích|bản\\s+lề)\\s+(?:của\\s+)?$',
  'u',
);

// "Tại phiên chất vấn ngày 11-12, đại biểu X cho biết, … tỷ lệ hộ nghèo 18,6%": a day before a
// verb of saying dates the speech, not what is said.
const SAYING = vietnameseRegex(
  '(?:^|[^\\p{L}])(?:cho biết|báo cáo|phát biểu|nhấn mạnh|khẳng định|thông tin|chia sẻ|nêu rõ|đánh giá)(?:[^\\p{L}]|$)',
  'u',
);

function datesTheSpeech(folded: string, t: DraftOf<'time'>, at: number): boolean {
  return t.granularity === 'day' && t.evidence.end < at && SAYING.test(folded.slice(t.evidence.end, at));
}

/** The sentence, run back over the brackets that closed right before it. */
export function acrossBrackets(text: string, sentence: Span): Span {
  let start = sentence.start;
  for (let hops = 0; hops < 4 && /\)\s*[;,]?\s*$/.test(text.slice(Math.max(0, start - 4), start)); hops++) {
    const close = text.lastIndexOf(')', start);
    const open = text.lastIndexOf('(', close);
    if (open < 0 || text.slice(open, close).includes('\n')) break;
    start = sentenceStartBefore(text, open);
  }
  return start === sentence.start ? sentence : { start, end: sentence.end };
}

/** Where the sentence holding `at` starts: after the last sentence end or line break before it. */
function sentenceStartBefore(text: string, at: number): number {
  for (let i = at - 1; i > 0; i--) {
    const c = text[i];
    if (
      c === '\n' ||
      ((c === '.' || c === '!' || c === '?') &&
        text[i + 1] === ' ' &&
        // ("… gấp 1,6 lần năm 2015. Tỷ lệ …": after a number, a capital opens the next sentence.)
        (!/\d/.test(text[i - 1] ?? '') || /\p{Lu}/u.test(text[i + 2] ?? '')))
    )
      return i + 1;
  }
  return 0;
}

/**
 * Whether `span` lies in a bracket opened and closed in [from, end) that says more than when:
 * "(cùng kỳ năm 2023 tăng 2,41%)" is a baseline's own; "7 ngày nghỉ Tết (từ 8 - 14/2)" dates
 * the length before it, for what follows.
 */
function inClosedBracket(text: string, from: number, span: Span, end: number): boolean {
  const open = text.lastIndexOf('(', span.start);
  if (open < from) return false;
  const close = text.indexOf(')', open);
  if (close <= span.start || close >= end) return false;
  const rest = text.slice(open + 1, span.start) + text.slice(span.end, close);
  return !/^\s*(?:từ|ngày|từ ngày)?\s*$/u.test(rest);
}

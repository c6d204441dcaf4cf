import type { RecognizeContext } from '../context.js';
import { type Candidate, NO_EXTRAS } from './candidate.js';
import {
  AFTER,
  anyOf,
  BEFORE,
  folded,
  NUMBER_WORDS,
  PARTS_OF_DAY,
  vietnameseRegex,
  WORD_CHAR,
} from './lexicon.js';
import { scan } from './scan.js';

// Lengths in hours and minutes: "khoảng 3 giờ", "trong 24 giờ", "hơn 2 tiếng đồng hồ",
// "mất 45 phút". "giờ" also tells the time of day ("lúc 8 giờ", "14 giờ ngày 5/9",
// "8 giờ 30 phút"), so a bare "N giờ" is a length only with a qualifier or a preposition
// of length before it, or "đồng hồ" or a tail ("24 giờ qua") after it.

/** Qualifiers kept in the span: "khoảng 3 giờ", "gần 2 tiếng". */
const QUALIFIERS = anyOf([
  'gần',
  'hơn',
  'trên',
  'dưới',
  'khoảng',
  'chưa đầy',
  'chưa đến',
  'xấp xỉ',
  'ngót',
  'chừng',
  'quá',
]);
/** Words before the number that make it a length, left out of the span: "trong 24 giờ", "mất 3 tiếng", "thêm 2 giờ". */
const LENGTH_BEFORE = anyOf([
  'trong',
  'trong vòng',
  'suốt',
  'mất',
  'còn',
  'kéo dài',
  'chỉ',
  'thêm',
  'rút ngắn',
  // "chậm một giờ", "sớm 2 tiếng": by how long a thing is late or early.
  'chậm',
  'sớm',
  // "về nhất với thành tích 2 giờ 24 phút": a race run in that time.
  'thành tích',
  // "thông báo trước 4 giờ khi xả lũ": how long ahead a notice comes ("trước 4 giờ" alone may be
  // a deadline, "trước 17 giờ").
  'báo trước',
  // "tối đa 4 giờ", "vận hành liên tục 15 giờ": a bound on a length, a length without a break.
  'tối đa',
  'tối thiểu',
  'ít nhất',
  'liên tục',
]);
/** Words before the number that make "giờ" the time of day: "lúc 8 giờ", "vào khoảng 3 giờ", "từ 7 giờ". */
const CLOCK_BEFORE = anyOf(['lúc', 'vào', 'từ', 'đến', 'tới']);
const TAILS = anyOf(['qua', 'vừa qua', 'tới', 'liên tục', 'liền']);

/** What every match contains: its unit. */
const UNIT_WORD = vietnameseRegex(anyOf(['giờ', 'tiếng', 'phút', 'giây']), 'u');

const HOUR = folded('giờ');
const FROM = folded('từ');
/** What follows the hours a length falls from: "xuống 2 giờ", "còn chưa đến 2 giờ", "xuống còn 25 phút". */
const FALLS_TO = vietnameseRegex(
  `^(?: +${anyOf(['theo', 'qua', 'bằng', 'trên'])} +[^.;,]{1,24}?)? +(?:${anyOf(['xuống', 'còn'])})(?: +(?:${QUALIFIERS}|${anyOf(['chỉ', 'còn'])}))* +(?:\\d|${anyOf([...NUMBER_WORDS.keys()])})[^.;]{0,12}?${anyOf(['giờ', 'tiếng', 'phút'])}`,
  'u',
);
const MINUTE = folded('phút');
const SECOND = folded('giây');

const PATTERN = vietnameseRegex(
  `(?<!${WORD_CHAR})(?:(?<clock>${CLOCK_BEFORE}) +|(?<length>${LENGTH_BEFORE}) +)?` +
    // "8 giờ 30 phút": minutes after an hour are a time of day.
    `(?<!${HOUR} +)${BEFORE}(?:(?<q>${QUALIFIERS}) +)?` +
    `(?<n>\\d{1,3}(?:,\\d+)?|${anyOf([...NUMBER_WORDS.keys()])}) +(?<unit>${anyOf(['giờ', 'tiếng', 'phút', 'giây'])})` +
    // "2 giờ 24 phút 16 giây": an hour's minutes, and their seconds.
    `(?: +(?<m>\\d{1,2}) +${anyOf(['phút'])}(?: +(?<s>\\d{1,2}) +${anyOf(['giây'])})?)?` +
    // "4 phút 18 giây": minutes and their seconds.
    `(?: +(?<sec>\\d{1,2}) +${anyOf(['giây'])})?` +
    `(?<dial> +${anyOf(['đồng hồ'])})?(?: +(?<tail>${TAILS}))?${AFTER}`,
);

/** After "N giờ": a number ("8 giờ 30"), a part of day ("3 giờ chiều"), a date ("14 giờ ngày 5/9"). */
const CLOCK_AFTER = vietnameseRegex(
  `^ +(?:\\d|${anyOf([...PARTS_OF_DAY, 'ngày', 'kém', 'rưỡi', 'hôm nay'])}(?!${WORD_CHAR}))`,
  'u',
);

export function findHourDurations(ctx: RecognizeContext): Candidate[] {
  const out: Candidate[] = [];
  for (const f of scan(ctx, PATTERN, UNIT_WORD)) {
    const { clock, length, q, n = '', unit = '', dial, tail, m, s, sec } = f.groups;
    const isMinute = unit === MINUTE;
    // "Đoạn clip dài 42 giây", "chỉ mất hai giây": seconds tell no time of day; "15 giây/người" is a
    // rate, a quantity.
    if (unit === SECOND) {
      const amount = NUMBER_WORDS.get(n) ?? Number(n.replace(',', '.'));
      if (ctx.text[f.end] !== '/' && amount > 0 && Number.isFinite(amount))
        out.push(length_(f, `PT${amount}S`));
      continue;
    }
    // ("giảm từ 35 phút còn 12 phút", "từ 10 tiếng xuống 4 tiếng": minutes alone, or hours in
    // "tiếng", are no time of day, whatever comes before.)
    // ("rút từ khoảng 4 giờ xuống chưa đến 2 giờ": hours a trip falls from, down to fewer, are a
    // length; no clock falls "xuống".)
    const fallsFrom = clock === FROM && FALLS_TO.test(ctx.folded.slice(f.end, f.end + 40));
    if (clock !== undefined && unit === HOUR && !fallsFrom) continue;
    const lengthy = q ?? length ?? dial ?? tail ?? (fallsFrom ? clock : undefined);
    const amount = NUMBER_WORDS.get(n) ?? Number(n.replace(',', '.'));
    // "8 giờ 30 phút" is the time of day, unless a length is said ("mất 1 giờ 30 phút") or its
    // seconds are counted, as no clock in the news is.
    if (m !== undefined) {
      if (unit !== HOUR || (s === undefined && lengthy === undefined)) continue;
      out.push(length_(f, `PT${amount}H${Number(m)}M${s === undefined ? '' : `${Number(s)}S`}`));
      continue;
    }
    if (!isMinute && CLOCK_AFTER.test(ctx.folded.slice(f.end, f.end + 12))) continue;
    // "chia cắt giao thông 36 giờ": more hours than a day has is a length, whatever comes before.
    if (unit === HOUR && lengthy === undefined && !(amount > 24)) continue;
    if (!(amount > 0) || !Number.isFinite(amount)) continue;
    if (sec !== undefined && !isMinute) continue;
    out.push(length_(f, `PT${amount}${isMinute ? 'M' : 'H'}${sec === undefined ? '' : `${Number(sec)}S`}`));
  }
  return out;
}

/** The candidate of a length of time: its span from the qualifier or the number. */
function length_(
  f: { at(group: string): number | undefined; start: number; end: number },
  duration: string,
): Candidate {
  return {
    span: { start: f.at('q') ?? f.at('n') ?? f.start, end: f.end },
    moment: null,
    value: { ...NO_EXTRAS, start: null, end: null, granularity: 'duration', duration },
  };
}

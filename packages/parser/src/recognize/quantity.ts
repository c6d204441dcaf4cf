import { expansionOf } from '../lexicon/abbreviations.js';
import { foldKey } from '../text/fold.js';
import { vietnameseRegex } from '../text/vietnamese-regex.js';
import { type DraftOf, evidence, type RecognizeContext, readableSpans, type Span } from './context.js';
import { NUMBER_WORDS } from './number-words.js';
import { LABEL_UNLESS_UNIT, LABELS, YEAR_BEFORE } from './quantity/context-words.js';
import { carryChange } from './quantity/coordinated-change.js';
import { isDigit, isLetter, skipSpaces, wordAt, wordsBefore } from './quantity/cursor.js';
import { afterProperName, insideTitle } from './quantity/in-name.js';
import { moneyContext } from './quantity/money-context.js';
import { nonQuantitySpans } from './quantity/not-quantity.js';
import { nounPhraseAt } from './quantity/noun-phrase.js';
import { type NumericHead, numericHeadAt } from './quantity/numeral.js';
import { approxBefore, changeBefore } from './quantity/qualifiers.js';
import { joinUnitRanges } from './quantity/unit-range.js';
import { SpanCover, SpansByStart } from './span-cover.js';
import { CLASSIFIERS, matchUnit, type UnitMatch } from './units.js';

type Quantity = DraftOf<'quantity'>;

const GAP = foldKey('gấp');
const ONE = foldKey('một');
const THREE = foldKey('ba');
const BACKPACK = new RegExp(
  `(?:${foldKey('khách')}|${foldKey('du lịch')}|${foldKey('dân')})\\s+${foldKey('ba lô')}(?![\\p{L}\\p{M}])`,
  'u',
);
const ONCE = new RegExp(`^${foldKey('lần')}(?![\\p{L}\\p{M}])`, 'u');
const FIVE = foldKey('năm');
const ONE_OF = new RegExp(
  `^ ${foldKey('trong')} (?:\\d|${['hai', 'ba', 'bốn', 'năm', 'mười', 'những', 'các'].map(foldKey).join('|')})`,
  'u',
);
const HALF = [foldKey('nửa'), `${foldKey('một')} ${foldKey('nửa')}`];
const MIDNIGHT = foldKey('đêm');
const FROM = foldKey('từ');
const STARS = 'sao';
const MULTIPLES: ReadonlyMap<string, number> = new Map([
  [foldKey('đôi'), 2],
  [foldKey('rưỡi'), 1.5],
]);

/** "8,5 - 9", "86 đến 88", "5 tới 7": the upper end of a range after a head. */
function rangeEnd(folded: string, head: NumericHead): NumericHead | null {
  if (head.whole !== null) return null;
  let i = skipSpaces(folded, head.end);
  const word = wordAt(folded, i);
  const joint = word ? folded.slice(word[0], word[1]) : '';
  const dash = folded[i] === '-';
  if (dash) i = skipSpaces(folded, i + 1);
  else if (word && (joint === foldKey('đến') || joint === foldKey('tới'))) i = skipSpaces(folded, word[1]);
  else return null;
  const upper = numericHeadAt(folded, i);
  if (!upper || upper.whole !== null || upper.words !== head.words) return null;
  // ("vượt báo động 3 tới 0,86 m": a label, then by how much; no range runs down "tới" a smaller
  // number. A dash may: "26 - 1/2" closes a run of days across a month's end.)
  if (!dash && upper.scale === head.scale && upper.value < head.value) return null;
  return upper;
}

// Denominators of two words: "USD/m2/chu kỳ", "đồng/lao động/tháng", "m3/ngày đêm".
const TWO_WORD_DENOMINATORS = vietnameseRegex(
  '^(?:chu kỳ|ngày đêm|lao động|đầu người|hộ gia đình|học sinh|công nhân|năm học|niên vụ)(?![\\p{L}\\p{M}])',
  'u',
);

/** "/người/năm" after a unit: the denominator of a rate, as written. */
function perAfter(text: string, folded: string, at: number): { per: string; end: number } | null {
  const parts: string[] = [];
  let i = at;
  while (folded[i] === '/') {
    const from = i + 1;
    const unit = matchUnit(folded, from);
    const pair = TWO_WORD_DENOMINATORS.exec(folded.slice(from, from + 16));
    const end = unit ? unit.end : pair ? from + pair[0].length : (wordAt(folded, from)?.[1] ?? null);
    if (end === null) break;
    parts.push(text.slice(from, end));
    i = end;
  }
  return parts.length > 0 ? { per: parts.join('/'), end: i } : null;
}

const clean = (n: number): number => Number(n.toPrecision(15));

// "bão số 3 tỉnh Yên Bái", "tổ số 2 huyện Mường Tè": "số" numbers what comes before it, and the
// level word after the number opens a named place, not a count ("dân số 3 triệu người" and
// "tổng số 120 hộ" are counts).
const NUMBER_WORD = 'số';
const SAME_PERIOD = 'cùng kỳ';
const REGULARLY = foldKey('định kỳ');
const BASE_OFFICE = 'cơ sở';
const ON_THE_BASIS = foldKey('trên cơ sở');
const AGE_AFTER = vietnameseRegex('^tuổi(?:[^\\p{L}]|$)', 'u');
const AT_TIMES = foldKey('có lúc');
const YEAR_NOUNS = ['kế hoạch ', 'tài chính ', 'tài khóa '].map(foldKey);
const EACH_SPAN: ReadonlySet<string> = new Set(
  ['mỗi ngày', 'mỗi tuần', 'mỗi tháng', 'mỗi quý', 'mỗi năm', 'mỗi giờ'].map(foldKey),
);

// The word or two, a number and "và" before a number: "giai đoạn 1 và ". (Not a comma: "Trong
// tháng 9, 32 homestay …" counts after a date.)
const LISTED_LABEL = /(?:^|\s)(\S+)\s+(\S+)\s+\d{1,3}\s+và\s+$/u;

function isLabelled(
  text: string,
  folded: string,
  at: number,
  unit: UnitMatch | null,
  unitAt: number,
): boolean {
  const pair = wordsBefore(folded, at, 2);
  // ("học dệt từ năm 12 tuổi": an age after "năm", the year of one's life, is counted.)
  if (unit?.kind === 'counted' && AGE_AFTER.test(folded.slice(unitAt, unitAt + 5))) return false;
  // "cao hơn cùng kỳ 0,9 điểm phần trăm": the same period before, then a figure; no session "kỳ 2".
  if (pair[1] === SAME_PERIOD) return false;
  // ("chạy định kỳ 1 chuyến/tuần": "định kỳ" is "regularly", no session either.)
  if (pair[1] === REGULARLY) return false;
  // ("mỗi ngày 45 - 50 chuyến bay": the span of time a count is made in, no date "ngày 45"; "có
  // lúc 68/173 xã bị chia cắt": "at times", no clock.)
  if (pair[1] !== undefined && (EACH_SPAN.has(pair[1]) || pair[1] === AT_TIMES)) return false;
  // "(kế hoạch 9,5%)", "giải thưởng 10 triệu đồng": a number with a unit of measure is a
  // measure, whatever word it follows; a label is a bare number ("Kế hoạch 123", "khóa 15").
  const measured = unit?.kind === 'measure';
  // "giai đoạn 1 và 2", "khóa 14 và 15": a second label after the first shares its word.
  const listed = LISTED_LABEL.exec(folded.slice(Math.max(0, at - 40), at));
  if (!unit && listed && [listed[2] ?? '', `${listed[1]} ${listed[2]}`].some((w) => LABELS.has(w)))
    return true;
  for (const phrase of pair) {
    if (LABELS.has(phrase) && !measured) return true;
    if (LABEL_UNLESS_UNIT.has(phrase) && !unit) return true;
    // "Điều 216 Bộ luật Hình sự": a capital after the number opens the name of what is numbered
    // from, no counted noun ("điều 650 cán bộ" dispatches them).
    if (LABEL_UNLESS_UNIT.has(phrase) && unit?.kind === 'counted' && /^\p{Lu}/u.test(text[unitAt] ?? ''))
      return true;
  }
  // ("Thuế cơ sở 1 tỉnh Quảng Trị": an office numbered in its series, then the province it serves;
  // "trên cơ sở ba xã Giao Hà, …", on the basis of, counts the communes a merger joined.)
  const office = pair[1] === BASE_OFFICE && wordsBefore(folded, at, 3)[2] !== ON_THE_BASIS;
  return (
    (pair[0] === NUMBER_WORD || office) &&
    unit?.kind === 'counted' &&
    NAMED_PLACE_AFTER.test(text.slice(unit.end, unit.end + 2))
  );
}

/** A capital right after a level word: " Yên Bái" of "tỉnh Yên Bái". */
const NAMED_PLACE_AFTER = /^ \p{Lu}/u;

/** Part of a code, name or pair: "QL14", "COVID-19", "F0", the "10" of "16-10" or "5/2024". */
function gluedToWord(folded: string, at: number): boolean {
  const before = folded[at - 1];
  if (isLetter(before) || before === '+' || before === '#') return true;
  if ((before === '.' || before === ',' || before === '-' || before === '/') && isDigit(folded[at - 2]))
    return true;
  return before === '/' || (before === '-' && isLetter(folded[at - 2]));
}

// Denominators of a rate per so many people: "3 bác sĩ/10.000 dân" is one rate, not two counts.
const PER_DENOMINATOR = /^10*$/;

/**
 * "thụ lý 1.962 vụ/3.418 bị cáo", "15 vụ/28 đối tượng": after a counted noun and a slash, a
 * number that counts a noun of its own is the pair's second count, not a rate's denominator.
 */
function secondCountOfPair(folded: string, at: number, head: NumericHead): boolean {
  if (folded[at - 1] !== '/' || !isLetter(folded[at - 2])) return false;
  if (PER_DENOMINATOR.test(head.text.replaceAll('.', ''))) return false;
  // The noun before the slash, of one or two words ("vụ", "đối tượng").
  let start = at - 1;
  while (isLetter(folded[start - 1])) start--;
  let two = start - 1;
  while (folded[two - 1] !== undefined && isLetter(folded[two - 1])) two--;
  const counted = [start, folded[start - 1] === ' ' ? two : start].some((from) => {
    const unit = matchUnit(folded, from);
    return unit?.kind === 'counted' && unit.end === at - 1;
  });
  if (!counted) return false;
  const after = matchUnit(folded, skipSpaces(folded, head.numeralEnd));
  return after?.kind === 'counted' && folded[head.numeralEnd] === ' ';
}

/** "1. ", "2) " opening a paragraph or an item after ": " or "; "; "(3)": list numbering. */
function listNumber(text: string, folded: string, paragraphStart: number, head: NumericHead): boolean {
  if (head.words || head.whole !== null || head.scale !== 1) return false;
  if (folded[head.start - 1] === '(' && folded[head.numeralEnd] === ')') return true;
  const after = text.slice(head.numeralEnd, head.numeralEnd + 3);
  if (!/^[.)] ?$|^[.)] \p{Lu}/u.test(after)) return false;
  const before = folded.slice(Math.max(paragraphStart, head.start - 2), head.start);
  return head.start === paragraphStart || /[:;]\s?$|\n$/.test(before) || /^[.)] \p{Lu}/u.test(after);
}

function isYear(head: NumericHead): boolean {
  return !head.words && /^(?:19|20)\d{2}$/.test(head.text) && head.scale === 1 && head.whole === null;
}

interface Parsed {
  quantity: Quantity | null;
  /** Where scanning resumes. */
  next: number;
}

interface Found {
  start: number;
  end: number;
  value: number;
  valueMax: number | null;
  unit: string | null;
  per: string | null;
  approx: Quantity['approx'];
  ratio: [number, number] | null;
}

function emit(ctx: RecognizeContext, f: Found): Parsed {
  const finite = Number.isFinite(f.value) && (f.valueMax === null || Number.isFinite(f.valueMax));
  if (!finite || f.end <= f.start) return { quantity: null, next: Math.max(f.end, f.start + 1) };
  return {
    quantity: {
      kind: 'quantity',
      evidence: evidence(ctx.text, f.start, f.end),
      value: clean(f.value),
      valueMax: f.valueMax === null ? null : clean(f.valueMax),
      unit: f.unit,
      per: f.per,
      approx: f.approx,
      ratio: f.ratio,
      change: changeBefore(ctx.folded, f.start),
    },
    next: f.end,
  };
}

const DIGIT_RUN = /\d+(?:[.,]\d+)*/y;

function digitRunEnd(folded: string, at: number): number {
  DIGIT_RUN.lastIndex = at;
  return DIGIT_RUN.exec(folded) ? DIGIT_RUN.lastIndex : at + 1;
}

/** "gấp đôi", "gấp rưỡi": a multiple without a numeral. */
function multipleWord(ctx: RecognizeContext, at: number): Parsed {
  const w = wordAt(ctx.folded, at + GAP.length + 1);
  const value = w ? MULTIPLES.get(ctx.folded.slice(w[0], w[1])) : undefined;
  if (!w || value === undefined || ctx.folded[at + GAP.length] !== ' ')
    return { quantity: null, next: at + 1 };
  return emit(ctx, {
    start: at,
    end: w[1],
    value,
    valueMax: null,
    unit: 'lần',
    per: null,
    approx: 'exact',
    ratio: null,
  });
}

/** Whether text[at, end) opens a short quoted phrase of words: “3 tại chỗ”. */
function quotedSlogan(text: string, at: number, end: number): boolean {
  return (
    /[“"‘]\s*$/u.test(text.slice(Math.max(0, at - 2), at)) &&
    /^[\p{L}\p{M} ]{1,40}[”"’]/u.test(text.slice(end, end + 42))
  );
}

/** An abbreviation in capitals: "HCV", "VĐV", "DN". */
const ABBREVIATION_NEXT = /^\p{Lu}{2,}(?![\p{Ll}\p{M}])/u;

/** An abbreviation in capitals at `at` that data/abbreviations.json expands: "KCN", "HTX". */
function knownAbbreviationAt(text: string, at: number): boolean {
  const m = ABBREVIATION_NEXT.exec(text.slice(at, at + 12));
  return m !== null && expansionOf(m[0]) !== undefined;
}

/** Two words or more, each opening with a capital: "Một Ngàn". */
const titleCased = (written: string): boolean => {
  const words = written.split(/\s+/u).filter(Boolean);
  return words.length >= 2 && words.every((w) => /^\p{Lu}/u.test(w));
};

// The numbers, in digits or in words, of a count "một X" may stand beside.
const COUNT_NUMBER = `(?:\\d[\\d.,]*|${['hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười', 'hàng chục', 'hàng trăm'].map(foldKey).join('|')})`;

/**
 * "làm ba người chết, một người mất tích": "một" is a count, not the article, when a count of
 * the same noun stands beside it in the same sentence, a comma or a semicolon between, or when
 * it closes a pair of counts ("4 cá nhân và một doanh nghiệp").
 */
function countedThenAnd(before: string): boolean {
  const m = new RegExp(
    `(?<![\\p{L}\\p{M}\\d])${COUNT_NUMBER}\\s+(?<noun>[^\\d.,;!?]{1,24}?)\\s+và\\s+$`,
    'u',
  ).exec(before);
  const noun = m?.groups?.noun;
  if (!noun) return false;
  const unit = matchUnit(noun, 0);
  return unit !== null && unit.kind === 'counted' && unit.end === noun.length;
}

function countedBeside(
  folded: string,
  paragraph: Span,
  at: number,
  unitAt: number,
  lexical: UnitMatch | null,
): boolean {
  if (!lexical || lexical.kind === 'measure') return false;
  const noun = folded.slice(unitAt, lexical.end).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const before = folded.slice(Math.max(paragraph.start, at - 48), at);
  const after = folded.slice(lexical.end, Math.min(paragraph.end, lexical.end + 48));
  return (
    // "17 sản phẩm 4 sao; một sản phẩm được trình": the same noun past a comma or a semicolon.
    new RegExp(`${COUNT_NUMBER}\\s+${noun}[^.!?]{0,28}[,;]\\s*$`, 'u').test(before) ||
    new RegExp(`^[^.;!?]{0,28},\\s*${COUNT_NUMBER}\\s+${noun}(?![\\p{L}\\p{M}])`, 'u').test(after) ||
    // "do 4 cá nhân và một doanh nghiệp hiến tặng": another count the lexicon knows, then "và".
    countedThenAnd(before)
  );
}

function parseAt(ctx: RecognizeContext, paragraph: Span, at: number): Parsed {
  const { text, folded } = ctx;
  const skip = (next: number): Parsed => ({ quantity: null, next });
  const head = numericHeadAt(folded, at);
  // "1234.567.890", "1.1.1.1": digits whose marks make no number are no number from any of
  // their digits either; reading on from the next digit read the run again (quadratic).
  if (!head) return skip(isDigit(folded[at]) ? digitRunEnd(folded, at) : at + 1);
  if (!head.words && gluedToWord(folded, at) && !secondCountOfPair(folded, at, head))
    return skip(head.numeralEnd);
  if (listNumber(text, folded, paragraph.start, head)) return skip(head.numeralEnd);

  const upper = rangeEnd(folded, head);
  const last = upper ?? head;
  const unitAt = skipSpaces(folded, last.end);
  const lexical = unitAt < paragraph.end ? matchUnit(folded, unitAt) : null;
  // "5G", "3D": letters glued to digits that are no unit.
  if (!head.words && isLetter(folded[last.end]) && lexical?.kind !== 'measure') {
    return skip(wordAt(folded, last.end)?.[1] ?? last.end);
  }
  // "2.800 giờ/năm" (hours of sunshine a year) is a measure; "3 năm" alone is a duration.
  const rateOfDuration = lexical?.kind === 'duration' && folded[lexical.end] === '/';
  if (lexical?.kind === 'duration' && !rateOfDuration) return skip(lexical.end);
  // ("Cả thôn sáu mươi tư hộ": a number spelled in words before a counted noun counts it; no
  // village or day is numbered so.)
  const spelledCount = head.words && head.text.includes(' ') && lexical?.kind === 'counted';
  if (!spelledCount && isLabelled(text, folded, at, lexical, unitAt)) return skip(last.end);
  if (isYear(head) && lexical === null) return skip(last.end);

  // "Ba Bể", "Hai Bà Trưng", "Năm Căn": a capitalized number word before a capital is a name.
  // ("kênh Một Ngàn", "ấp Bảy Mẫu": number words each capitalized are a name, whatever follows.)
  // ("Hai KCN đang hoạt động": not before an abbreviation the lexicon expands, which opens no
  // name; "Năm APEC" is the year of one.)
  const nextAt = skipSpaces(folded, head.end);
  if (
    head.words &&
    /^\p{Lu}/u.test(text[at] ?? '') &&
    ((/^\p{Lu}/u.test(text[nextAt] ?? '') && !knownAbbreviationAt(text, nextAt)) ||
      titleCased(text.slice(at, head.end)))
  )
    return skip(head.end);
  const before = wordsBefore(folded, at, 1)[0];
  // "một nửa", "hai phần ba số phòng": a share of a whole, no count of what follows.
  // ("đơn vị là 1 trong 3 doanh nghiệp": one of a count, which the count after it says.)
  if (
    head.value === 1 &&
    last === head &&
    last.scale === 1 &&
    ONE_OF.test(folded.slice(head.end, head.end + 16))
  )
    return skip(head.end);
  const half = HALF.includes(head.text) || (head.words && head.value < 1);
  // "gói đến nửa đêm": midnight, a time of day, no half of anything.
  if (half && folded.startsWith(MIDNIGHT, unitAt)) return skip(head.end);
  if (head.words) {
    // "năm" is the year in "trong năm", "mỗi năm"; "một" alone is mostly the article.
    if (head.text === FIVE && before !== undefined && YEAR_BEFORE.has(before)) return skip(head.end);
    // ("năm 2026, năm kế hoạch trọn vẹn đầu tiên", "năm tài chính": a year a noun after it names.)
    if (head.text === FIVE && YEAR_NOUNS.some((noun) => folded.startsWith(noun, unitAt)))
      return skip(head.end);
    // ("phòng cho khách ba lô", "du lịch ba lô": a backpack, the backpackers', no three lots.)
    if (head.text === THREE && BACKPACK.test(folded.slice(Math.max(0, at - 12), unitAt + 3)))
      return skip(head.end);
    // ("trồng một lần cho thu hoạch 3 năm", "hưởng BHXH một lần": "once", no count of times.)
    if (head.text === ONE && last.scale === 1 && ONCE.test(folded.slice(unitAt, unitAt + 5)))
      return skip(head.end);
    if (
      head.text === ONE &&
      last.scale === 1 &&
      lexical?.kind !== 'measure' &&
      !countedBeside(folded, paragraph, at, unitAt, lexical)
    )
      return skip(head.end);
  }
  const plain = last.scale === 1;
  // Numbers in words count only nouns the lexicon knows: "hai tỉnh", not "ba mẹ"; or nouns a
  // classifier opens, as digits do ("hai tòa nhà", "ba chiếc trực thăng").
  const next = wordAt(folded, unitAt);
  const classified = head.words && next !== null && CLASSIFIERS.has(folded.slice(next[0], next[1]));
  // "ba mươi luật sư", "hơn ba chục luật sư", "bốn HCV": a number spelled out in more than one
  // word, or one before an abbreviation, counts whatever noun follows; the idioms a single
  // number word opens ("ba mẹ", "năm châu") are one word long.
  const spelled =
    head.words &&
    (last.scale === 1 || last.scale === 10) &&
    (head.text.includes(' ') || last.scale === 10 || ABBREVIATION_NEXT.test(text.slice(unitAt, unitAt + 8)));
  const noun =
    lexical?.kind === 'measure' || half
      ? null
      : nounPhraseAt(
          text,
          folded,
          unitAt,
          lexical,
          (plain || spelled) && !isYear(head) && (!head.words || classified || spelled),
        );
  // "sản phẩm 4 sao", "khách sạn 5 sao": a grade in stars, no count.
  if (noun && (noun.unit === STARS || noun.unit.startsWith(`${STARS} `))) return skip(noun.end);
  let unit: string | null = lexical?.kind === 'measure' ? lexical.unit : (noun?.unit ?? null);
  let end = lexical?.kind === 'measure' ? lexical.end : (noun?.end ?? last.end);
  if (rateOfDuration && lexical) {
    unit = text.slice(unitAt, lexical.end).toLowerCase();
    end = lexical.end;
  }

  // "6-2", "11/11" with no unit after them are dates, not ranges or ratios.
  const compactPair = upper !== null && folded.slice(head.end, upper.start) === '-';
  if (unit === null && (head.whole !== null || compactPair)) return skip(last.end);

  let start = at;
  if (head.words && unit === null && plain && !half) {
    // "gấp ba": a multiple in words; other numbers in words need a unit ("hai tỉnh").
    if (before !== GAP) return skip(head.end);
    unit = 'lần';
    start = at - GAP.length - 1;
  }
  if (unit === null && plain && !head.words && /^\p{Lu}/u.test(text.slice(wordStart(folded, at), at))) {
    // "Nghị định 100", "Quận 7": after a capitalized word, a number with nothing after it is part of a name.
    return skip(last.end);
  }
  // "nhà máy Sông Lam 2 công suất...": a plain number after a name mid-sentence ends the name,
  // unless the lexicon counts what follows ("Đồng Nai 20 dự án").
  const generic = noun !== null && lexical === null;
  if (generic && plain && !head.words && upper === null && afterProperName(text, at, paragraph.start)) {
    return skip(last.end);
  }
  // "thí điểm Đề án phát triển 1 triệu ha lúa": a number inside a capitalized title.
  if (insideTitle(text, folded, at, paragraph.start)) return skip(end);
  if (unit === null && last.scale >= 1e6 && moneyContext(folded, paragraph.start, at)) unit = 'VND';
  // "phương án “3 tại chỗ”", "“4 tại chỗ”": a number that opens a quoted slogan counts nothing.
  if (unit === null && quotedSlogan(text, at, end)) return skip(end);
  if (unit !== null) {
    const rate = perAfter(text, folded, end);
    if (rate) {
      end = rate.end;
      return finish(ctx, head, upper, { start, end, unit, per: rate.per });
    }
  }
  if (end > paragraph.end) return skip(last.end);
  return finish(ctx, head, upper, { start, end, unit, per: null });
}

function finish(
  ctx: RecognizeContext,
  head: NumericHead,
  upper: NumericHead | null,
  part: { start: number; end: number; unit: string | null; per: string | null },
): Parsed {
  const { folded } = ctx;
  const valueMax = upper ? upper.value * upper.scale + upper.extra : null;
  // "8 - 9 triệu": the low end takes the high end's scale; "600.000 - 1,2 triệu" is written in
  // full, and scaled it would pass the high end.
  const shared = head.scale === 1 && upper ? upper.scale : head.scale;
  const scaleLow = valueMax !== null && head.value * shared >= valueMax ? head.scale : shared;
  const value = head.value * scaleLow + head.extra;
  if (valueMax !== null && !(valueMax > value)) return { quantity: null, next: (upper ?? head).end };
  const ratio: [number, number] | null = head.whole !== null ? [head.value, head.whole] : null;
  let { start } = part;
  let approx: Quantity['approx'] = 'exact';
  if (start === head.start) {
    const qualified = approxBefore(folded, start);
    approx = qualified.approx;
    start = qualified.start;
    // "từ 86 đến 88 triệu đồng": the range keeps its opening word.
    if (upper && approx === 'exact' && wordsBefore(folded, start, 1)[0] === FROM) start -= FROM.length + 1;
  }
  return emit(ctx, { start, end: part.end, value, valueMax, unit: part.unit, per: part.per, approx, ratio });
}

function wordStart(folded: string, at: number): number {
  let i = at - 1;
  while (i > 0 && isLetter(folded[i - 1])) i--;
  return i;
}

// Where a quantity may start: a digit run, or a word that may open a number in words.
const START = /\d+|[\p{L}\p{M}]+/gu;

/**
 * Every number that measures or counts something, in the readable paragraphs
 * (not the byline), following seeds/README.md: the span is the qualifier, the
 * number, scale words and the unit or counted noun ("gần 6.000 nhà ở",
 * "2.345 triệu USD"); dates, years, ordinals, road and document numbers,
 * durations and numbers inside names are left out, as are numbers overlapping
 * `options.exclude` (e.g. spans the time recognizer claimed). UTF-16 offsets.
 */
/**
 * "Vườn bơ 034 giúp anh …", "giống lúa OM 05": a number written with a leading zero and nothing
 * it counts is a code, a variety's or a lot's; "02 đồng chí" in the formal style still counts.
 */
function codeNumber(q: Quantity): boolean {
  return q.unit === null && /^0\d+$/u.test(q.evidence.text);
}

export function recognizeQuantities(ctx: RecognizeContext, options: { exclude?: Span[] } = {}): Quantity[] {
  const out: Quantity[] = [];
  const exclude = new SpansByStart(options.exclude ?? []);
  for (const paragraph of readableSpans(ctx)) {
    const excluded = new SpanCover(
      [...exclude.overlapping(paragraph), ...nonQuantitySpans(ctx.folded, paragraph.start, paragraph.end)],
      paragraph,
    );
    START.lastIndex = paragraph.start;
    for (let m = START.exec(ctx.folded); m && m.index < paragraph.end; m = START.exec(ctx.folded)) {
      const at = m.index;
      const word = m[0];
      const isGap = word === GAP;
      if (!isDigit(word[0]) && !NUMBER_WORDS.has(word) && !isGap) continue;
      const blocked = excluded.firstOverlapping({ start: at, end: at + word.length });
      if (blocked) {
        START.lastIndex = Math.max(blocked.end, at + word.length);
        continue;
      }
      const { quantity, next } = isGap ? multipleWord(ctx, at) : parseAt(ctx, paragraph, at);
      const inside = quantity && quantity.evidence.end <= paragraph.end;
      if (quantity && inside && !excluded.firstOverlapping(quantity.evidence) && !codeNumber(quantity))
        out.push(quantity);
      START.lastIndex = Math.max(next, at + 1);
    }
  }
  return joinUnitRanges(ctx, carryChange(ctx.folded, out));
}

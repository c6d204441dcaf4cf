import { vietnameseRegex } from '../../text/vietnamese-regex.js';
import { type DraftOf, evidence, type Span } from '../context.js';
import { gateNamesIn } from './border-gate.js';
import { firstStartingAt } from './by-start.js';
import type { PhraseMatch } from './phrases.js';

/**
 * "lần lượt" (respectively) pairs a list of values with a list named before them, in order:
 * "GRDP và thu ngân sách lần lượt tăng 6,8% và 12,4%" gives 6,8% to GRDP and 12,4% to the
 * budget; "(năm 2024 lần lượt là 571 triệu USD và 398 triệu USD)" gives each figure of the
 * bracket to the statistic of the same rank before it.
 */
export interface RespectiveValue {
  /** Rank of the value in its list, from 0. */
  rank: number;
  /** How many values the list has. */
  count: number;
  /** Where "lần lượt" starts. */
  cue: number;
  /**
   * The name of the same rank in the list before "lần lượt", when there is one: its phrase, then
   * the phrase of the abbreviation in brackets after it ("tổng sản phẩm trên địa bàn (GRDP)").
   */
  names: readonly PhraseMatch[] | null;
  /** The place of the same rank when the list before "lần lượt" names places, not statistics. */
  subject: string | null;
  /** The values are changes: "tăng lần lượt 14,6% và 37,2%", "lần lượt giảm 2% và 3%". */
  change: boolean;
}

const CHANGE_AROUND = vietnameseRegex('(?:^|[^\\p{L}])(?:tăng|giảm)\\s*$', 'u');
const CHANGE_AFTER = vietnameseRegex('^\\s*(?:tăng|giảm)(?:[^\\p{L}]|$)', 'u');

const CUE = vietnameseRegex('(?<![\\p{L}\\p{M}])lần lượt(?![\\p{L}\\p{M}])', 'gu');
// "lần lượt tăng ", "lần lượt ước đạt ", "lần lượt giảm còn ", "lần lượt là ": a verb of a few
// words, then the first value.
const TO_FIRST_VALUE = /^\s+(?:[\p{L}\p{M}]+\s+){0,3}$/u;
// Values of a list: ", ", " và ", ", và ".
const BETWEEN_VALUES = /^\s*(?:,\s*(?:và\s+)?|và\s+)$/u;
// Names of a list, an abbreviation in brackets left aside ("tổng sản phẩm (GRDP) và thu ngân
// sách"), a few lower-case words allowed after a name ("GRDP của tỉnh và ...", "thu ngân sách
// nhà nước trên địa bàn và ...").
const BETWEEN_NAMES = /^(?:\s+[\p{Ll}\p{M}]+){0,5}\s*(?:,\s*(?:và\s+)?|và\s+)$/u;
// From the last name to "lần lượt": the names' complements ("nhà nước", "của tỉnh"), no figure.
// ("Xuất khẩu và nhập khẩu 5 tháng lần lượt đạt …": the period of the list may stand there too.)
const NAME_TO_CUE = /^[^\d.;:!?()]{0,40}$/u;
const LIST_PERIOD =
  /\s(?:\d{1,2}\s+tháng(?:\s+đầu\s+năm)?(?:\s+(?:năm\s+)?\d{4})?|quý\s+[IV]+(?:\/\d{4})?|năm\s+\d{4})(?=\s|$)/gu;

/**
 * The values that "lần lượt" gives out, by where each starts. `quantities` and `phrases` are
 * sorted by start; `spans` are the readable paragraphs.
 */
export function respectiveValues(
  text: string,
  folded: string,
  spans: readonly Span[],
  quantities: readonly DraftOf<'quantity'>[],
  phrases: readonly PhraseMatch[],
  places: readonly DraftOf<'location'>[] = [],
): Map<number, RespectiveValue> {
  const out = new Map<number, RespectiveValue>();
  for (const span of spans) {
    CUE.lastIndex = span.start;
    for (let m = CUE.exec(folded); m && m.index < span.end; m = CUE.exec(folded)) {
      const cue = m.index;
      const values = valueList(text, quantities, cue + m[0].length, span.end);
      if (values.length < 2) continue;
      const change =
        CHANGE_AROUND.test(folded.slice(Math.max(0, cue - 8), cue)) ||
        CHANGE_AFTER.test(folded.slice(cue + m[0].length, cue + m[0].length + 8));
      const names = nameList(text, phrases, cue, span.start);
      // "tổng mức bán lẻ hàng hóa, doanh thu dịch vụ tiêu dùng": when the lists differ in length,
      // two phrases of one statistic side by side may be one name ("thu nội địa và thu từ hoạt động
      // xuất nhập khẩu", two values, are two).
      const merged = names.length === values.length ? names : oneNamePerStatistic(names);
      const paired = merged.length === values.length ? merged : null;
      // "kim ngạch qua hai cửa khẩu Tịnh Biên (…) và Vĩnh Xương (…) lần lượt đạt A và B": one
      // statistic, the places of a list its subjects.
      const where = paired
        ? null
        : (placeList(text, phrases, places, cue, span.start, values.length) ??
          placesBeforeCue(text, phrases, places, cue, span.start, values) ??
          placesAfterStatistic(text, phrases, places, cue, span.start, values.length));
      for (const [rank, q] of values.entries())
        out.set(q.evidence.start, {
          rank,
          count: values.length,
          cue,
          names: paired?.[rank] ?? (where ? [where.phrase] : null),
          subject: where?.places[rank] ?? null,
          change,
        });
    }
  }
  return out;
}

/** The values listed right after the cue: "tăng 6,8% và 12,4%". */
function valueList(
  text: string,
  quantities: readonly DraftOf<'quantity'>[],
  from: number,
  end: number,
): DraftOf<'quantity'>[] {
  const list: DraftOf<'quantity'>[] = [];
  let i = firstStartingAt(quantities, from);
  for (; i < quantities.length; i++) {
    const q = quantities[i]!;
    if (q.evidence.end > end) break;
    const before = list.at(-1);
    if (!before) {
      if (!TO_FIRST_VALUE.test(text.slice(from, q.evidence.start))) break;
    } else if (q.evidence.start < before.evidence.end) {
      continue;
    } else if (!BETWEEN_VALUES.test(text.slice(before.evidence.end, q.evidence.start))) {
      break;
    }
    list.push(q);
  }
  return list;
}

/** The names listed before the cue, in text order: "GRDP và thu ngân sách nhà nước". */
function nameList(
  text: string,
  phrases: readonly PhraseMatch[],
  cue: number,
  floor: number,
): PhraseMatch[][] {
  // A phrase in the brackets right after another is that name again: "tổng sản phẩm (GRDP)".
  const isRepeat = (i: number) => i > 0 && text.slice(phrases[i - 1]!.end, phrases[i]!.start).trim() === '(';
  const list: PhraseMatch[][] = [];
  let repeat: PhraseMatch | null = null;
  for (let i = firstStartingAt(phrases, cue) - 1; i >= 0; i--) {
    const p = phrases[i]!;
    if (p.start < floor) break;
    if (isRepeat(i)) {
      repeat = p;
      continue;
    }
    const end = list[0]?.[0]?.start ?? cue;
    const gap = withoutBrackets(text.slice(p.end, end));
    if (!(list.length === 0 ? NAME_TO_CUE.test(gap.replace(LIST_PERIOD, ' ')) : BETWEEN_NAMES.test(gap)))
      break;
    list.unshift(repeat ? [p, repeat] : [p]);
    repeat = null;
  }
  return list;
}

/** The names with those of the same statistics side by side joined into one, the first's phrase first. */
function oneNamePerStatistic(names: readonly PhraseMatch[][]): PhraseMatch[][] {
  const out: PhraseMatch[][] = [];
  for (const name of names) {
    const last = out.at(-1);
    if (last && name.length === 1 && sameStatistic(last[0]!, name[0]!)) last.push(name[0]!);
    else out.push([...name]);
  }
  return out;
}

/** Whether two phrases name the same statistics. */
function sameStatistic(a: PhraseMatch, b: PhraseMatch): boolean {
  const keys = (p: PhraseMatch) =>
    p.phrase.entries
      .map((e) => e.key)
      .sort()
      .join();
  return keys(a) === keys(b);
}

// Between the places of a list: "và", a comma, what a bracket says of the place, and a word
// for an area ("khu vực Tiền Giang (cũ) và khu vực Đồng Tháp (cũ)") or the next place's type word
// ("TP Thuận An và TP Dĩ An", "TP Việt Trì và thị xã Phú Thọ").
const BETWEEN_PLACES =
  /^\s*(?:,\s*(?:và\s+)?|và\s+)(?:(?:khu vực|địa bàn|vùng|TP\.?|thành phố|thị xã|thị trấn|huyện|quận|xã|phường|cửa khẩu(?: quốc tế| chính| phụ)?)\s+)?$/u;
// From the last place to "lần lượt": nothing, or the place that owns them ("của tỉnh An Giang").
// ("KCN Trà Kha và KCN Khánh An hiện lần lượt đạt": an adverb of time may stand before it.)
// ("Mù Cang Chải và Trạm Tấu còn lần lượt": or the verb, before it.)
// ("KCN Mỹ Thuận và KCN Rạng Đông đến cuối tháng 3 lần lượt đạt": or the time the list is of.)
// ("Tân Sơn và Yên Lập vẫn ở mức cao, lần lượt là", "… vẫn cao nhất tỉnh, lần lượt là": or how the
// figures stand, a comma after it.)
const PLACES_TO_CUE =
  /^(?:\s+(?:của|thuộc)\s[^\d.;:!?]{0,40})?(?:\s+(?:(?:tính\s+)?đến|trong|vào)?\s*(?:(?:cuối|đầu|hết|giữa)\s+)?(?:tháng\s+\d{1,2}(?:\/\d{4})?|quý\s+[IV]+(?:\/\d{4})?|năm\s+\d{4}|\d{1,2}\s+tháng(?:\s+đầu\s+năm)?(?:\s+\d{4})?))?(?:\s+(?:hiện|hiện nay|đều))?(?:\s+(?:vẫn\s+|còn\s+)?(?:ở\s+mức\s+)?(?:rất\s+)?(?:cao|thấp)(?:\s+nhất(?:\s+(?:toàn\s+|cả\s+)?(?:tỉnh|thành phố|huyện|vùng|khu vực|cả nước))?)?\s*,)?(?:\s+(?:vẫn\s+)?(?:còn|đạt|là|giảm còn))?\s*$/u;
// From the last place of a list before the statistic's name: "có", "đạt" or nothing; or a comma,
// then "nơi" ("KCN Bá Thiện và KCN Bình Xuyên, nơi tỷ lệ lấp đầy lần lượt đạt 68% và 96%").
// ("các huyện Tân Hưng, Vĩnh Hưng có tỷ lệ giải ngân lần lượt …": "tỷ lệ" may open the name.)
// ("KCN Đồng Văn III và KCN Hòa Mạc thuộc khu vực Hà Nam (cũ) đã lấp đầy lần lượt …": the place
// that owns the list, and an adverb, may stand between: "hiện", "đều", "đã", "vẫn", "cũng".)
// ("huyện Cần Giờ và quận Bình Tân dẫn đầu với tỷ lệ giải ngân lần lượt …": or "dẫn đầu", "đứng
// đầu", the list's rank, before "với".)
const PLACES_TO_NAME =
  /^(?:\s+(?:của|thuộc)\s[^\d.;:!?]{0,40})?\s*(?:(?:hiện|đều|đã|vẫn|cũng)\s+)?(?:(?:dẫn|đứng)\s+đầu\s+)?(?:có|đạt|với|,\s*(?:nơi\s+)?)?\s*(?:(?:tỷ|tỉ)\s+lệ\s+)?$/u;
// The place a list of places belongs to, named right after it: "… thuộc khu vực Hà Nam (cũ)".
const OWNER_BEFORE = /(?:^|\s)(?:của|thuộc)(?:\s+(?:khu vực|địa bàn|tỉnh|huyện|thành phố|TP\.?))?\s*$/u;
// From the statistic's name to its first place: a preposition and a type word, no figure but the
// count of the places ("tỷ lệ hộ nghèo tại 2 huyện nghèo Mù Cang Chải và Trạm Tấu").
const NAME_TO_PLACE =
  /^(?:[^\d.;:!?()]|(?<!\d)\d(?=\s+(?:huyện|xã|tỉnh|phường|thị xã|thành phố|địa phương|khu|KCN)\s))*$/u;

/** The last phrase before the cue, when it starts at `floor` or after. */
function phraseBefore(phrases: readonly PhraseMatch[], cue: number, floor: number): PhraseMatch | null {
  const phrase = phrases[firstStartingAt(phrases, cue) - 1];
  return phrase && phrase.start >= floor ? phrase : null;
}

/**
 * One statistic named before a list of places, as many as the values: the last phrase before
 * the places and each place's name, in order; null when there is none such.
 */
function placeList(
  text: string,
  phrases: readonly PhraseMatch[],
  places: readonly DraftOf<'location'>[],
  cue: number,
  floor: number,
  count: number,
): { phrase: PhraseMatch; places: string[] } | null {
  const phrase = phraseBefore(phrases, cue, floor);
  if (!phrase) return null;
  const listed: DraftOf<'location'>[] = [];
  for (const place of withGates(text, places, phrase.start, cue)) {
    const { start, end } = place.evidence;
    if (start < phrase.end || end > cue) continue;
    // A place in a bracket says where the one before it lies.
    const before = text.slice(phrase.end, start);
    if (before.lastIndexOf('(') > before.lastIndexOf(')')) continue;
    const last = listed.at(-1);
    // ("Thu ngân sách 11 tháng của TP Hạ Long, …": the period of the list may stand before its places.)
    if (!last && !NAME_TO_PLACE.test(before.replace(LIST_PERIOD, ' '))) return null;
    // "… và Vĩnh Xương của tỉnh An Giang lần lượt": a place after the list owns it.
    if (last && !BETWEEN_PLACES.test(withoutBrackets(text.slice(last.evidence.end, start)))) break;
    listed.push(place);
  }
  const tail = listed.at(-1);
  if (
    listed.length === count &&
    tail &&
    PLACES_TO_CUE.test(withoutBrackets(text.slice(tail.evidence.end, cue)))
  )
    return { phrase, places: listed.map((p) => p.name) };
  // "KCN VSIP Nghệ An (…) và KCN WHA (…) có tỷ lệ lấp đầy lần lượt 78% và 63,5%": the places
  // open the clause, the statistic's name follows them.
  const before = placesBefore(text, places, floor, phrase.start);
  return before.length === count ? { phrase, places: before.map((p) => p.name) } : null;
}

// From the cue to the statistic's name after it: at most a verb or two ("lần lượt đã thu hút").
const CUE_TO_NAME = /^lần lượt(?:\s+[\p{L}\p{M}]+){0,2}\s+$/iu;

/**
 * "KCN Quang Châu và KCN Vân Trung (huyện Việt Yên) lần lượt thu hút 23 dự án và 15 dự án": the
 * places open the clause, the cue follows them, the statistic's name comes after it, before the
 * first value; null when that is not so.
 */
function placesBeforeCue(
  text: string,
  phrases: readonly PhraseMatch[],
  places: readonly DraftOf<'location'>[],
  cue: number,
  floor: number,
  values: readonly DraftOf<'quantity'>[],
): { phrase: PhraseMatch; places: string[] } | null {
  const phrase = phrases[firstStartingAt(phrases, cue)];
  const first = values[0];
  if (!phrase || !first || phrase.end > first.evidence.start) return null;
  if (!CUE_TO_NAME.test(text.slice(cue, phrase.start))) return null;
  const before = placesBefore(text, places, floor, cue);
  return before.length === values.length ? { phrase, places: before.map((p) => p.name) } : null;
}

// From the statistic's name to the places: its own value, then a semicolon or "trong đó" opening
// the clause of the places, in the same sentence ("Tỷ lệ lấp đầy KCN A đạt 96,4%; KCN B và KCN C
// lần lượt đạt …", "… đạt 82,6% (…), trong đó các KCN B, C và D lần lượt đạt …").
// (A digit looked for ahead, and brackets read only whole, keep the pattern linear.)
// ("…; hai huyện miền núi Bác Ái và Thuận Bắc lần lượt còn …": the places counted, and a word or
// two of what they are, after their type word.)
// ("…; trong đó khu vực TP Cần Thơ (cũ), Sóc Trăng (cũ) và Hậu Giang (cũ) lần lượt tăng …": "trong
// đó" may follow the semicolon too, and the places be named as areas.)
const STATISTIC_TO_PLACES =
  /^(?=[^;]*\d)(?:[^.!?;()]|\.(?=\d)|\([^()]*\))*(?:;\s*(?:trong\s+đó,?)?|,\s*trong\s+đó,?)\s*(?:(?:các|hai|ba|bốn|năm|\d{1,2})\s+)?(?:(?:khu vực|địa bàn)\s+)?(?:(?:KCN|CCN|khu công nghiệp|cụm công nghiệp|huyện|thị xã|xã|phường|TP\.?|thành phố)\s+(?:\p{Ll}+\s+){0,2})?$/u;

/**
 * "Tỷ lệ lấp đầy KCN Yên Bình đạt 96,4%; KCN Sông Công I và KCN Điềm Thụy lần lượt đạt 100% và
 * 73,8%": the places open a clause after the statistic's own value and give no name of their
 * own; each value is the statistic's for the place of its rank.
 */
function placesAfterStatistic(
  text: string,
  phrases: readonly PhraseMatch[],
  places: readonly DraftOf<'location'>[],
  cue: number,
  floor: number,
  count: number,
): { phrase: PhraseMatch; places: string[] } | null {
  const phrase = phraseBefore(phrases, cue, floor);
  if (!phrase) return null;
  const list = placesBefore(text, places, phrase.end, cue);
  const first = list[0];
  if (!first || list.length !== count) return null;
  return STATISTIC_TO_PLACES.test(text.slice(phrase.end, first.evidence.start))
    ? { phrase, places: list.map((p) => p.name) }
    : null;
}

/**
 * The places of text[from, to) with the border gates named there, which the gazetteer may not know
 * ("Hữu Nghị"), in text order; a place inside a gate's name is the gate's.
 */
function withGates(
  text: string,
  places: readonly DraftOf<'location'>[],
  from: number,
  to: number,
): readonly DraftOf<'location'>[] {
  const gates: DraftOf<'location'>[] = [];
  for (const { name, at: start } of gateNamesIn(text, from, to, false, true)) {
    gates.push({
      kind: 'location',
      evidence: evidence(text, start, start + name.length),
      name,
      type: 'commune',
      code: null,
    });
  }
  if (gates.length === 0) return places;
  const inGate = (p: DraftOf<'location'>) =>
    gates.some((g) => g.evidence.start <= p.evidence.start && p.evidence.end <= g.evidence.end);
  return [...places.filter((p) => !inGate(p)), ...gates].sort((a, b) => a.evidence.start - b.evidence.start);
}

/** The list of places that ends right before `at` ("… và KCN B (huyện C) có "), in text order. */
function placesBefore(
  text: string,
  places: readonly DraftOf<'location'>[],
  floor: number,
  at: number,
): DraftOf<'location'>[] {
  const inRange = places.filter((p) => p.evidence.start >= floor && p.evidence.end <= at);
  const list: DraftOf<'location'>[] = [];
  for (let i = inRange.length - 1; i >= 0; i--) {
    const place = inRange[i]!;
    const next = list[0];
    const between = text.slice(place.evidence.end, next ? next.evidence.start : at);
    // A place in the bracket after another says where that one lies: no item of the list.
    if (between.includes(')') && !between.includes('(')) continue;
    // Nor does the place after the list that owns it.
    if (
      !next &&
      OWNER_BEFORE.test(text.slice(Math.max(floor, place.evidence.start - 24), place.evidence.start))
    )
      continue;
    if (!(next ? BETWEEN_PLACES : PLACES_TO_NAME).test(withoutBrackets(between))) break;
    list.unshift(place);
  }
  return list;
}

/** "(GRDP) và " → " và ": a bracketed abbreviation between names is no part of the list. */
function withoutBrackets(gap: string): string {
  return gap.replace(/\s*\([^()\d]{1,40}\)/gu, '');
}

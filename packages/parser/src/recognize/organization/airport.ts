import { ADMIN_NAMES } from '../../lexicon/admin-units.js';
import { SURNAMES } from '../../lexicon/surnames.js';
import { foldKey } from '../../text/fold.js';
import { type DraftOf, evidence, type RecognizeContext } from '../context.js';
import { isRomanNumeral } from '../location/admin-place.js';
import { openerAt } from '../person/titles.js';
import { paragraphWords, type Word } from '../tokens/tokenize.js';

type Draft = DraftOf<'organization'>;

const AIRPORT = ['cảng', 'hàng', 'không'].map(foldKey);
const INTERNATIONAL = ['quốc', 'tế'].map(foldKey);
const ACCORDING_TO = foldKey('theo');
/** The most capitalized words an airport's place name runs to: "Buôn Ma Thuột". */
const MAX_NAME = 3;

/** Where "Cảng hàng không [quốc tế] X" at words[at] ends, or null. */
function airportEnd(words: readonly Word[], at: number): number | null {
  if (words[at]?.text !== 'Cảng') return null;
  if (!AIRPORT.every((key, k) => words[at + k]?.key === key && (k === 0 || words[at + k]!.gap === ' ')))
    return null;
  let from = at + AIRPORT.length;
  if (INTERNATIONAL.every((key, k) => words[from + k]?.key === key && words[from + k]!.gap === ' '))
    from += INTERNATIONAL.length;
  let to = from;
  while (to < from + MAX_NAME && words[to]?.upper && !words[to]!.caps && words[to]!.gap === ' ') to++;
  // "Giám đốc Cảng hàng không Phù Cát Hà Quang Vĩnh": after the place an airport is named for, a
  // surname with a name after it opens the person the title is of.
  const place = ADMIN_NAMES.longestAt(words, from)?.length ?? 0;
  if (
    place > 0 &&
    from + place < to &&
    SURNAMES.longestAt(words, from + place) &&
    words[from + place + 1]?.upper
  )
    to = from + place;
  return to > from ? to : null;
}

// What an airport does as the company that runs it: "khai thác 27 đường bay", "phục vụ 4,9 triệu
// lượt hành khách", "đón chuyến bay", "nối lại 6 đường bay", "mở thêm 3 đường bay".
const OPERATES = [['khai', 'thác'], ['phục', 'vụ'], ['đón'], ['nối', 'lại'], ['mở'], ['có', 'thêm']].map(
  (verb) => verb.map(foldKey),
);
// Words that may stand between the airport and what it does: when, and how sure.
const BETWEEN = new Set(
  [
    'hiện',
    'đã',
    'sẽ',
    'đang',
    'ước',
    'dự',
    'kiến',
    'bình',
    'quân',
    'tháng',
    'năm',
    'quý',
    'đầu',
    'cuối',
    'qua',
    'nay',
    'sân',
    'bay',
    'cảng',
  ].map(foldKey),
);
const AT = foldKey('tại');

/**
 * The airport named at words[from, to) goes on to say what it does: "Cảng hàng không quốc tế Phú
 * Quốc hiện khai thác 27 đường bay", "Cảng hàng không Tuy Hoà 9 tháng phục vụ 412.300 lượt hành
 * khách", "Tại Cảng hàng không quốc tế Cam Ranh, 2 tháng đầu năm khai thác 7.350 chuyến bay".
 */
function operatesAfter(words: readonly Word[], from: number, to: number): boolean {
  let k = to;
  // ("Cảng hàng không quốc tế Cam Ranh (phường Cam Nghĩa, TP Cam Ranh) khai thác": where it lies.)
  if (words[k]?.gap.includes('(')) {
    while (k < to + 12 && words[k] && !words[k]!.gap.includes(')')) k++;
    if (!words[k]?.gap.includes(')')) return false;
  }
  const opensAt = words[from - 1]?.key === AT;
  for (const limit = k + 6; k < limit && words[k]; k++) {
    const word = words[k]!;
    const gapOk =
      /^\)? ?$/.test(word.gap) || (k === to && opensAt && /^, $/.test(word.gap)) || word.gap === '/';
    if (!gapOk) return false;
    if (
      OPERATES.some((verb) =>
        verb.every((key, n) => words[k + n]?.key === key && (n === 0 || words[k + n]!.gap === ' ')),
      )
    )
      return true;
    if (!BETWEEN.has(word.key) && !/^\d{1,4}$/.test(word.text) && !isRomanNumeral(word.text)) return false;
  }
  return false;
}

/** A title ends right before words[at]: "Giám đốc", "Phó Giám đốc". */
function titleBefore(words: readonly Word[], at: number): boolean {
  for (let k = Math.max(0, at - 4); k < at; k++) if (openerAt(words, k)?.to === at) return true;
  return false;
}

/**
 * "Ông X, Giám đốc Cảng hàng không quốc tế Cam Ranh cho biết", "Theo Cảng hàng không Chu Lai, …",
 * "Cảng hàng không Phù Cát khai thác bình quân 38 chuyến/ngày": an airport whose director speaks,
 * that is cited as a source, or that runs flights is the company that runs it, wherever the
 * article names it.
 * Elsewhere the same words name the airfield or the project to build it ("dự án mở rộng Cảng
 * hàng không Điện Biên"), which the corpus reads as no body.
 */
export function airportsAsBodies(ctx: RecognizeContext, found: readonly Draft[]): Draft[] {
  const covered = (start: number, end: number) =>
    found.some((d) => d.evidence.start < end && start < d.evidence.end);
  const mentions: { from: number; to: number; words: readonly Word[]; acting: boolean }[] = [];
  for (const words of paragraphWords(ctx)) {
    for (let k = 0; k < words.length; k++) {
      const to = airportEnd(words, k);
      if (to === null) continue;
      const acting =
        titleBefore(words, k) || words[k - 1]?.key === ACCORDING_TO || operatesAfter(words, k, to);
      mentions.push({ from: k, to, words, acting });
      k = to - 1;
    }
  }
  // ("Tại Cảng hàng không quốc tế Phú Quốc, 9 tháng qua …" … "Giám đốc Cảng hàng không quốc tế
  // Phú Quốc cho biết": once the article shows an airport as the company that runs it, each
  // mention of the same name is that company.)
  const keyOf = (m: (typeof mentions)[number]) =>
    m.words
      .slice(m.from, m.to)
      .map((w) => w.key)
      .join(' ');
  const bodies = new Set(mentions.filter((m) => m.acting).map(keyOf));
  const out: Draft[] = [];
  for (const m of mentions) {
    if (!bodies.has(keyOf(m))) continue;
    const span = evidence(ctx.text, m.words[m.from]!.start, m.words[m.to - 1]!.end);
    if (covered(span.start, span.end)) continue;
    out.push({ kind: 'organization', evidence: span, name: span.text, shortName: null, type: 'company' });
  }
  return out;
}

import { NUMBER_WORDS } from '../number-words.js';
import { CLASSIFIERS, matchModifier, matchUnit, type UnitMatch } from '../units.js';
import { acronymUnitEnd } from './acronym-unit.js';
import { LABELS, NOT_NOUN } from './context-words.js';
import { isLetter, wordAt } from './cursor.js';

/** A counted noun phrase after a number: the unit (its head) and where the span ends. */
export interface NounPhrase {
  unit: string;
  end: number;
}

const isLower = (ch: string | undefined): boolean => ch !== undefined && /\p{Ll}/u.test(ch);

/**
 * "5 giải pháp", "12 đầu mối", "8 cánh đồng": a one- or two-word noun after a number that no
 * lexicon names. The second word joins unless it is a function word or verb ("3 giải pháp và")
 * or a time word ("4 đợt năm 2024"); a unit form inside a compound ("đồng" of "cánh đồng") joins.
 */
function genericNounEnd(text: string, folded: string, at: number): number | null {
  const w1 = wordAt(folded, at);
  if (!w1 || !isLower(text[at])) return null;
  const first = folded.slice(w1[0], w1[1]);
  if (NOT_NOUN.has(first) || NUMBER_WORDS.has(first) || LABELS.has(first)) return null;
  if (folded[w1[1]] === ' ') {
    const w2 = wordAt(folded, w1[1] + 1);
    const second = w2 ? folded.slice(w2[0], w2[1]) : '';
    if (
      w2 &&
      isLower(text[w2[0]]) &&
      !NOT_NOUN.has(second) &&
      !NUMBER_WORDS.has(second) &&
      matchUnit(folded, w2[0])?.kind !== 'duration'
    ) {
      return w2[1];
    }
  }
  return w1[1];
}

/** Modifiers after the head: "dự án FDI", "cửa khẩu quốc tế", "lượt khách du lịch"; not "đại biểu HĐND". */
function modifiersEnd(folded: string, end: number): number {
  let at = end;
  for (let k = 0; k < 2 && folded[at] === ' '; k++) {
    const w = wordAt(folded, at + 1);
    if (!w) break;
    const modifier = matchModifier(folded, w[0]);
    if (modifier === null) break;
    at = modifier;
  }
  return at;
}

/** ", phường" or " và vùng lãnh thổ" after a counted noun: a second noun counted with it ("45/102 xã, phường"). */
function coordinatedEnd(text: string, folded: string, end: number): number {
  const joint = /^(?:, | và | hoặc )/u.exec(folded.slice(end, end + 7));
  if (!joint) return end;
  const at = end + joint[0].length;
  if (!isLower(text[at])) return end;
  const next = matchUnit(folded, at);
  return next?.kind === 'counted' ? next.end : end;
}

/**
 * The counted noun after a number at `at` (folded text; `lexical` is the
 * lexicon match there, if any): its head is the unit, lower-cased as written,
 * without a classifier ("1.300 căn nhà ở" counts "nhà ở"); the span runs on
 * over modifiers ("1 cửa khẩu quốc tế") and a coordinated noun ("xã, phường").
 * `allowGeneric` lets a noun no lexicon knows count ("5 giải pháp").
 */
export function nounPhraseAt(
  text: string,
  folded: string,
  at: number,
  lexical: UnitMatch | null,
  allowGeneric: boolean,
): NounPhrase | null {
  let headStart = at;
  let headEnd: number | null = lexical?.kind === 'counted' ? lexical.end : null;
  if (headEnd !== null && CLASSIFIERS.has(folded.slice(at, headEnd)) && folded[headEnd] === ' ') {
    const noun = matchUnit(folded, headEnd + 1);
    if (noun?.kind === 'counted') {
      headStart = headEnd + 1;
      headEnd = noun.end;
    }
  }
  let asWritten = false;
  if (headEnd === null) {
    if (lexical || !allowGeneric || isLetter(folded[at - 1])) return null;
    const acronymEnd = acronymUnitEnd(text, at);
    asWritten = acronymEnd !== null;
    headEnd = acronymEnd ?? genericNounEnd(text, folded, at);
    if (headEnd === null) return null;
  }
  // "403.620 TEU": an acronym is the unit as written; a noun is lower-cased ("Dự án" → "dự án").
  const unit = asWritten ? text.slice(headStart, headEnd) : text.slice(headStart, headEnd).toLowerCase();
  const end = coordinatedEnd(text, folded, modifiersEnd(folded, headEnd));
  return { unit, end };
}

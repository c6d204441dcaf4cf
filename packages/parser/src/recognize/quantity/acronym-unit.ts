import { expansionOf } from '../../lexicon/abbreviations.js';
import { foldKey } from '../../text/fold.js';
import { matchUnit } from '../units.js';

// "403.620 TEU", "70.000 DWT", "250 MVA", "14 VĐV": two to five capitals (a small letter after the
// first two allowed: "GWh") right after a number, then no more letters.
const ACRONYM = /^[A-ZĐ]{2}[A-ZĐa-z]{0,3}(?![\p{L}\p{M}\p{N}])/u;
const ROMAN = /^[IVXLCDM]+$/;

/**
 * The end of an acronym unit at `at`, or null. Roman numerals ("khóa XIII") and the
 * abbreviations of bodies and places ("UBND", "KCN": data/abbreviations.json) are no units:
 * "3 KCN" counts zones the lexicon names, "2024 UBND" is a year then a body.
 */
export function acronymUnitEnd(text: string, at: number): number | null {
  const m = ACRONYM.exec(text.slice(at, at + 8));
  if (!m || ROMAN.test(m[0]) || expansionOf(m[0]) !== undefined) return null;
  return at + m[0].length;
}

/**
 * "19 KCN đã đi vào hoạt động": an abbreviation whose expansion is a noun the unit lexicon
 * counts ("khu công nghiệp"), as that noun, in lower case; null otherwise.
 */
export function abbreviatedCountAt(text: string, at: number): { unit: string; end: number } | null {
  const m = ACRONYM.exec(text.slice(at, at + 8));
  const expansion = m ? expansionOf(m[0]) : undefined;
  if (!m || expansion === undefined) return null;
  const noun = expansion.toLowerCase();
  const counted = matchUnit(foldKey(noun), 0);
  return counted?.kind === 'counted' && counted.end === foldKey(noun).length
    ? { unit: noun, end: at + m[0].length }
    : null;
}

import { readFileSync } from 'node:fs';
import { ABBREVIATIONS } from '../../lexicon/abbreviations.js';
import { foldKey } from '../../text/fold.js';
import { CURRENCIES, matchUnit } from '../units.js';

export interface IndicatorEntry {
  key: string;
  units: readonly string[];
}

export interface IndicatorPhrase {
  /** The phrase folded for matching ("tỷ lệ hộ nghèo"). */
  folded: string;
  /** Every indicator the phrase may name, told apart by unit ("GRDP" with % is growth, with money the size). */
  entries: readonly IndicatorEntry[];
}

interface LexiconFile {
  indicators: { key: string; phrases: string[]; units: string[] }[];
}

// Syllables written with "i" or "y" alike after a consonant: "tỷ lệ" and "tỉ lệ", "kỹ thuật" and
// "kĩ thuật". Folding keeps them apart (it folds tone placement, not spelling).
const I_OR_Y = new Map([
  ['tỷ', 'tỉ'],
  ['kỹ', 'kĩ'],
  ['lý', 'lí'],
  ['mỹ', 'mĩ'],
]);
for (const [y, i] of [...I_OR_Y]) I_OR_Y.set(i, y);

/** A phrase and its other spelling, each of its "tỷ", "kỹ", "lý", "mỹ" written the other way. */
function spellings(phrase: string): string[] {
  const other = phrase
    .split(' ')
    .map((w) => I_OR_Y.get(w) ?? w)
    .join(' ');
  return other === phrase ? [phrase] : [phrase, other];
}

// The glossary's expansions of three words or more, folded, with their abbreviation: "nông thôn
// mới" is also written "NTM", "bảo hiểm y tế" "BHYT". (Not "DN" for "doanh nghiệp": two words are
// too common a phrase's part to stand for it alone.)
const SHORT_FORMS: readonly [string, string][] = [...ABBREVIATIONS]
  .map(([short, long]) => [foldKey(long), short] as [string, string])
  .filter(([long]) => long.split(' ').length >= 3);

/** A folded phrase and the phrase with each expansion of the glossary in it abbreviated. */
function abbreviated(folded: string): string[] {
  let short = ` ${folded} `;
  for (const [long, abbreviation] of SHORT_FORMS) short = short.replaceAll(` ${long} `, ` ${abbreviation} `);
  short = short.trim();
  return short === folded ? [folded] : [folded, short];
}

const LEXICON = JSON.parse(
  readFileSync(new URL('../../../data/indicators.json', import.meta.url), 'utf8'),
) as LexiconFile;

const UNITS_BY_KEY = new Map(LEXICON.indicators.map((entry) => [entry.key, entry.units]));

/** The units an indicator is reported in, as data/indicators.json lists them. */
export function unitsOf(key: string): readonly string[] {
  return UNITS_BY_KEY.get(key) ?? [];
}

/** Phrases of data/indicators.json, longest first so "tốc độ tăng trưởng grdp" wins over "tăng trưởng". */
export const INDICATOR_PHRASES: readonly IndicatorPhrase[] = (() => {
  const file = LEXICON;
  const byText = new Map<string, IndicatorEntry[]>();
  for (const entry of file.indicators) {
    for (const folded of new Set(entry.phrases.flatMap(spellings).map(foldKey).flatMap(abbreviated))) {
      const entries = byText.get(folded) ?? [];
      entries.push({ key: entry.key, units: entry.units });
      byText.set(folded, entries);
    }
  }
  return [...byText]
    .map(([folded, entries]) => ({ folded, entries }))
    .sort((a, b) => b.folded.length - a.folded.length);
})();

/**
 * Whether a quantity's unit fits an indicator: the same unit; any currency
 * where the lexicon names one; or a counted noun whose head is the lexicon's
 * ("nhà ở" fits "nhà", "dự án FDI" fits "dự án"), but "lượt" fits no "lượt tàu".
 */
export function unitFits(unit: string | null, units: readonly string[]): boolean {
  if (unit === null) return false;
  if (units.includes(unit)) return true;
  if (CURRENCIES.has(unit) && units.some((u) => CURRENCIES.has(u))) return true;
  const folded = foldKey(unit);
  return units.some((u) => {
    const head = foldKey(u);
    // "lượt tàu", "lượt xe": times of another noun, which says what was counted.
    if (head === TIMES) return folded === head;
    return folded.startsWith(`${head} `) || folded === head;
  });
}

const TIMES = foldKey('lượt');

/** A counted noun ("lượt khách", "dự án"), not money, a share or a measure. */
export function isCountedUnit(unit: string | null): boolean {
  return unit !== null && matchUnit(foldKey(unit), 0)?.kind === 'counted';
}

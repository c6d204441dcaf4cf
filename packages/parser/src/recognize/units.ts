import { readFileSync } from 'node:fs';
import { foldKey } from '../text/fold.js';

/**
 * The unit lexicon (data/units.json): what may follow a number. Looked up in
 * the folded text, longest form first, so "điểm phần trăm" wins over "điểm"
 * and "nhà văn hóa" over "nhà".
 */
interface UnitsFile {
  scales: Record<string, number>;
  measures: Array<{ unit: string; forms: string[]; currency?: boolean }>;
  durations: string[];
  counted: string[];
  notCounted: string[];
  moneyContext: string[];
  classifiers: string[];
  modifiers: string[];
}

/** What a unit form means: a normalized unit, a counted noun (kept as written), or a duration. */
export type UnitKind = 'measure' | 'counted' | 'duration';

export interface UnitMatch {
  kind: UnitKind;
  /** Normalized unit for a measure ("VND", "%", "ha"); null for counted nouns and durations. */
  unit: string | null;
  /** UTF-16 end of the form in the text. */
  end: number;
}

interface Entry {
  form: string;
  /** 'none': a word that opens with a unit but is no unit ("bản lề"). */
  kind: UnitKind | 'none';
  unit: string | null;
}

// data/ sits two folders above both src/recognize and dist/recognize.
const file = JSON.parse(readFileSync(new URL('../../data/units.json', import.meta.url), 'utf8')) as UnitsFile;

const ENTRIES: Entry[] = [
  ...file.measures.flatMap(({ unit, forms }) =>
    forms.map((f) => ({ form: foldKey(f), kind: 'measure' as const, unit })),
  ),
  ...file.counted.map((f) => ({ form: foldKey(f), kind: 'counted' as const, unit: null })),
  ...file.durations.map((f) => ({ form: foldKey(f), kind: 'duration' as const, unit: null })),
  ...file.notCounted.map((f) => ({ form: foldKey(f), kind: 'none' as const, unit: null })),
].sort((a, b) => b.form.length - a.form.length);

/**
 * Forms by their first code unit, each list in the order given: a lookup at
 * `at` reads only the forms that can start with folded[at], not all 486 units.
 * An empty form (none today) could start anywhere, so it is in every list.
 */
function byFirstUnit<T>(
  items: readonly T[],
  formOf: (item: T) => string,
): (char: string | undefined) => readonly T[] {
  const lists = new Map<string, T[]>();
  const anywhere = items.filter((item) => formOf(item) === '');
  for (const item of items) {
    const first = formOf(item)[0];
    if (first !== undefined && !lists.has(first)) {
      lists.set(
        first,
        items.filter((other) => formOf(other)[0] === first || formOf(other) === ''),
      );
    }
  }
  return (char) => (char === undefined ? anywhere : (lists.get(char) ?? anywhere));
}

const ENTRIES_AT = byFirstUnit(ENTRIES, (e) => e.form);

const SCALES = new Map(Object.entries(file.scales).map(([w, v]) => [foldKey(w), v]));
const SCALE_FORMS = [...SCALES.keys()].sort((a, b) => b.length - a.length);
const SCALE_FORMS_AT = byFirstUnit(SCALE_FORMS, (f) => f);

/** The ISO 4217 codes of the lexicon's currencies: "VND", "USD"; not "TEU", which is no money. */
export const CURRENCIES: ReadonlySet<string> = new Set(
  file.measures.filter((m) => m.currency).map((m) => m.unit),
);

/** Classifiers dropped from a counted noun's unit: "căn" in "1.300 căn nhà ở". */
export const CLASSIFIERS: ReadonlySet<string> = new Set(file.classifiers.map(foldKey));

const MODIFIERS = file.modifiers.map(foldKey).sort((a, b) => b.length - a.length);
const MODIFIERS_AT = byFirstUnit(MODIFIERS, (m) => m);

/** A modifier after a counted noun at `at` ("quốc tế" in "1 cửa khẩu quốc tế"): its end, or null. */
export function matchModifier(folded: string, at: number): number | null {
  const form = MODIFIERS_AT(folded[at]).find((m) => formAt(folded, at, m));
  return form === undefined ? null : at + form.length;
}

/** Folded words that make a bare "tỷ"/"triệu" an amount of money ("kinh phí 993 tỷ"). */
export const MONEY_CONTEXT: readonly string[] = file.moneyContext.map(foldKey);

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/** True when `folded` has `form` at `at`, not followed by more of a word ("ha" but not "hai"). */
export function formAt(folded: string, at: number, form: string): boolean {
  if (!folded.startsWith(form, at)) return false;
  const next = folded[at + form.length];
  const last = form[form.length - 1] ?? '';
  return next === undefined || !WORD_CHAR.test(next) || !WORD_CHAR.test(last);
}

/** The longest unit, counted noun or duration word at `at` in the folded text. */
export function matchUnit(folded: string, at: number): UnitMatch | null {
  for (const e of ENTRIES_AT(folded[at])) {
    if (!formAt(folded, at, e.form)) continue;
    return e.kind === 'none' ? null : { kind: e.kind, unit: e.unit, end: at + e.form.length };
  }
  return null;
}

// "45 trđ", "12 tr.đ": "triệu đồng" shortened, the way tables and some outlets write it; the
// scale ends where the currency starts. Only before "đ": a bare "tr" is too many other things.
const MILLION_BEFORE_DONG = /tr\.?(?=đ(?![\p{L}\p{M}\p{N}]))/uy;

/** A scale word at `at`: "triệu" is [1e6, end]. */
export function matchScale(folded: string, at: number): [number, number] | null {
  for (const form of SCALE_FORMS_AT(folded[at])) {
    if (formAt(folded, at, form)) return [SCALES.get(form) ?? 1, at + form.length];
  }
  MILLION_BEFORE_DONG.lastIndex = at;
  const short = MILLION_BEFORE_DONG.exec(folded);
  return short ? [1_000_000, at + short[0].length] : null;
}

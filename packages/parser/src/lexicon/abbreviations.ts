import { foldKey } from '../text/fold.js';
import { readDataFile } from './data-file.js';

const file = readDataFile('abbreviations.json') as { abbreviations: Record<string, string> };

const EXPANSIONS = new Map<string, string>();
for (const [short, long] of Object.entries(file.abbreviations)) EXPANSIONS.set(foldKey(short), long);

/** Every abbreviation of the glossary, folded, with what it stands for. */
export const ABBREVIATIONS: ReadonlyMap<string, string> = EXPANSIONS;

/** What an abbreviation stands for, as written inside a name: "UBND" → "Ủy ban nhân dân". */
export function expansionOf(abbreviation: string): string | undefined {
  return EXPANSIONS.get(foldKey(abbreviation));
}

/** Damerau-Levenshtein distance of at most one: one letter added, dropped, changed, or two swapped. */
function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  const [x, y] = [[...a], [...b]];
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  const rest = (p: string[], q: string[]) => p.join('') === q.join('');
  if (x.length === y.length) {
    if (rest(x.slice(i + 1), y.slice(i + 1))) return true;
    return x[i] === y[i + 1] && x[i + 1] === y[i] && rest(x.slice(i + 2), y.slice(i + 2));
  }
  return x.length > y.length ? rest(x.slice(i + 1), y.slice(i)) : rest(x.slice(i), y.slice(i + 1));
}

/**
 * The abbreviation a capitalized token stands for, allowing one typo for
 * tokens of four letters or more ("UBDN" is "UBND"); undefined when none, or
 * when several abbreviations are that close.
 */
export function abbreviationOf(token: string): string | undefined {
  const key = foldKey(token);
  if (EXPANSIONS.has(key)) return key;
  if ([...key].length < 4) return undefined;
  const near = [...EXPANSIONS.keys()].filter((k) => !/[-.&]/.test(k) && withinOneEdit(key, k));
  return near.length === 1 ? near[0] : undefined;
}

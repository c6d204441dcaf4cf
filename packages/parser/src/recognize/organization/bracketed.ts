import type { Word } from '../tokens/tokenize.js';

/**
 * The words of a short name in brackets opening at words[at]: one to three capitalized words or
 * numbers, the bracket closed right after ("(EVN)", "(Becamex IDC)", "(Cienco 8)"). Null when
 * words[at] opens no bracket or the bracket holds anything else.
 */
export function bracketedRun(words: readonly Word[], at: number): Word[] | null {
  const first = words[at];
  if (first?.gap !== ' (' || !first.upper) return null;
  for (let to = at + 1; to <= at + 3; to++) {
    const next = words[to];
    if (next === undefined || next.gap.startsWith(')')) return words.slice(at, to);
    if (next.gap !== ' ' || !(next.upper || /^\d+$/.test(next.text))) return null;
  }
  return null;
}

/** How many capitals the words hold: "Becamex IDC" has four. */
export const capitalsIn = (run: readonly Word[]): number =>
  run
    .map((w) => w.text)
    .join(' ')
    .match(/\p{Lu}/gu)?.length ?? 0;

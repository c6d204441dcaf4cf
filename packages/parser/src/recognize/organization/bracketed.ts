import type { Word } from '../tokens/tokenize.js';
import { headAt } from './head.js';

/**
 * The words of a short name in brackets opening at words[at]: one to three capitalized words or
 * numbers, the bracket closed right after ("(EVN)", "(Becamex IDC)", "(Cienco 8)") or going on past
 * a comma with something else in lower case or figures ("(Doosan Vina, 100% vốn Hàn Quốc)"). Null when
 * words[at] opens no bracket or the bracket holds anything else.
 */
export function bracketedRun(words: readonly Word[], at: number): Word[] | null {
  const first = words[at];
  if (first?.gap !== ' (' || !first.upper) return null;
  for (let to = at + 1; to <= at + 3; to++) {
    const next = words[to];
    if (next === undefined || next.gap.startsWith(')')) return words.slice(at, to);
    // "(Doosan Vina, 100% vốn Hàn Quốc)": the short name, then more about the body.
    if (/^, ?$/.test(next.gap) && !next.upper) return words.slice(at, to);
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

/**
 * A short form in brackets that opens with a body's head, the whole bracket: "(Ban QLDA giao
 * thông)" after "Ban Quản lý dự án đầu tư xây dựng công trình giao thông thành phố Hà Nội".
 * At most eight words, no figure; null when words[at] opens no such bracket.
 */
export function bracketedShortForm(words: readonly Word[], at: number): Word[] | null {
  if (words[at]?.gap !== ' (' || !headAt(words, at)) return null;
  for (let to = at + 1; to <= at + 8; to++) {
    const next = words[to];
    if (next === undefined) return null;
    if (next.gap.startsWith(')')) return words.slice(at, to);
    if (next.gap !== ' ' || /\d/.test(next.text)) return null;
  }
  return null;
}

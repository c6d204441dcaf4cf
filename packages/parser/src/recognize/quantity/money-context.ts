import { MONEY_CONTEXT } from '../units.js';

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const MONEY_WORD = new RegExp(
  `(?<![\\p{L}\\p{M}])(?:${MONEY_CONTEXT.map(escapeRegExp).join('|')})(?![\\p{L}\\p{M}])`,
  'u',
);

/** How far back a money word may stand, within the clause: "kinh phí đầu tư hơn 277 tỷ". */
const WINDOW = 120;

/**
 * True when the clause before `at` talks about money ("vốn", "kinh phí",
 * "doanh thu"...), so a bare "993 tỷ" there is an amount of VND.
 */
export function moneyContext(folded: string, from: number, at: number): boolean {
  const window = folded.slice(Math.max(from, at - WINDOW), at);
  const clause = window.split(/[.;:!?\n]/).pop() ?? '';
  return MONEY_WORD.test(clause);
}

import type { RecognizeContext } from '../context.js';
import { anyOf, PARTS_OF_DAY } from './lexicon.js';

/** Regex source for a part of the day in front of a date: "Sáng 11/11", "chiều tối 20/7". */
export const PART_OF_DAY = anyOf(PARTS_OF_DAY);

/** The part of day as written, lower-cased ("Sáng" → "sáng"); spaces collapsed. */
export function partOfDayAt(ctx: RecognizeContext, start: number | undefined, word: string | undefined) {
  if (start === undefined || word === undefined) return null;
  return ctx.text
    .slice(start, start + word.length)
    .toLowerCase()
    .replace(/\s+/g, ' ');
}

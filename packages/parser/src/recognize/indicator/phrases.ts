import { vietnameseRegex } from '../../text/vietnamese-regex.js';
import type { Span } from '../context.js';
import { INDICATOR_PHRASES, type IndicatorPhrase } from './lexicon.js';

export interface PhraseMatch extends Span {
  phrase: IndicatorPhrase;
}

const WORD = /[\p{L}\p{M}\d]+/gu;
// "Kim ngạch xuất khẩu của khu vực có vốn đầu tư nước ngoài": capital that names a sector of firms,
// no capital reached.
const HAS_BEFORE = vietnameseRegex('(?:^|[^\\p{L}])có\\s+$', 'u');
const FOREIGN_AFTER = vietnameseRegex('^\\s+nước ngoài', 'u');
const LETTER = /[\p{L}\p{M}\d]/u;

/** Phrases by their first word, each list longest first: one map lookup per word of text. */
const BY_FIRST_WORD: ReadonlyMap<string, readonly IndicatorPhrase[]> = (() => {
  const index = new Map<string, IndicatorPhrase[]>();
  for (const phrase of INDICATOR_PHRASES) {
    const first = phrase.folded.split(' ')[0] ?? '';
    const list = index.get(first) ?? [];
    list.push(phrase);
    index.set(first, list);
  }
  return index;
})();

/**
 * Indicator phrases in folded text, on word boundaries, left to right; at each
 * word the longest phrase wins and the words it covers are not read again.
 */
export function findIndicatorPhrases(folded: string, spans: readonly Span[]): PhraseMatch[] {
  const found: PhraseMatch[] = [];
  for (const span of spans) {
    const slice = folded.slice(span.start, span.end);
    let coveredTo = 0;
    for (const word of slice.matchAll(WORD)) {
      const at = word.index;
      if (at < coveredTo) continue;
      for (const phrase of BY_FIRST_WORD.get(word[0]) ?? []) {
        const end = at + phrase.folded.length;
        if (slice.startsWith(phrase.folded, at) && !LETTER.test(slice[end] ?? ' ')) {
          if (
            phrase.entries.every((e) => e.key === 'investment_capital') &&
            HAS_BEFORE.test(slice.slice(Math.max(0, at - 4), at)) &&
            FOREIGN_AFTER.test(slice.slice(end, end + 12))
          )
            break;
          found.push({ start: span.start + at, end: span.start + end, phrase });
          coveredTo = end;
          break;
        }
      }
    }
  }
  return found;
}

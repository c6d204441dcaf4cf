import type { Span } from '../context.js';
import { INDICATOR_PHRASES, type IndicatorPhrase } from './lexicon.js';

export interface PhraseMatch extends Span {
  phrase: IndicatorPhrase;
}

const LETTER = /[\p{L}\p{M}\d]/u;

/** Indicator phrases in folded text, on word boundaries, longest first and never overlapping. */
export function findIndicatorPhrases(folded: string, spans: readonly Span[]): PhraseMatch[] {
  const found: PhraseMatch[] = [];
  const taken = new Uint8Array(folded.length);
  for (const phrase of INDICATOR_PHRASES) {
    for (const span of spans) {
      let at = folded.indexOf(phrase.folded, span.start);
      while (at >= 0 && at + phrase.folded.length <= span.end) {
        const end = at + phrase.folded.length;
        const bounded = !LETTER.test(folded[at - 1] ?? ' ') && !LETTER.test(folded[end] ?? ' ');
        if (bounded && !taken.subarray(at, end).some(Boolean)) {
          taken.fill(1, at, end);
          found.push({ start: at, end, phrase });
        }
        at = folded.indexOf(phrase.folded, at + 1);
      }
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

import { NAMED_PLACES } from '../../lexicon/places.js';
import { foldKey } from '../../text/fold.js';
import { type DraftOf, evidence, type RecognizeContext } from '../context.js';
import { paragraphWords, type Word } from '../tokens/tokenize.js';

type Draft = DraftOf<'organization'>;

const CARRIER = foldKey('hãng');
// What a carrier carries, between "hãng" and its name: "hãng tàu", "hãng hàng không".
const KINDS = [
  ['tàu', 'biển'],
  ['tàu'],
  ['hàng', 'không'],
  ['bay'],
  ['vận', 'tải', 'biển'],
  ['vận', 'tải'],
  ['xe'],
].map((kind) => kind.map(foldKey));
/** The most words a carrier's name runs to: "Wan Hai Lines", "Thai AirAsia", "CMA CGM". */
const MAX_NAME = 4;

/** Where the kind of carrier after "hãng" at words[at] ends, or `at + 1` when none is written. */
function pastKind(words: readonly Word[], at: number): number {
  for (const kind of KINDS) {
    if (kind.every((key, k) => words[at + 1 + k]?.key === key && words[at + 1 + k]?.gap === ' '))
      return at + 1 + kind.length;
  }
  return at + 1;
}

/**
 * "hãng Jeju Air", "Hãng tàu Wan Hai Lines (Đài Loan)", "hãng tàu Maersk": a carrier named by its
 * brand after "hãng" is a company, named as written. Not a country ("hãng hàng không Nga"), and
 * not a span another body covers already.
 */
export function carriers(ctx: RecognizeContext, found: readonly Draft[]): Draft[] {
  const covered = (start: number, end: number) =>
    found.some((d) => d.evidence.start < end && start < d.evidence.end);
  const out: Draft[] = [];
  for (const words of paragraphWords(ctx)) {
    for (let k = 0; k < words.length; k++) {
      if (words[k]!.key !== CARRIER) continue;
      const from = pastKind(words, k);
      let to = from;
      while (
        to < from + MAX_NAME &&
        words[to]?.upper &&
        words[to]?.gap === ' ' &&
        !/^\d/.test(words[to]!.text)
      )
        to++;
      if (to === from) continue;
      if (NAMED_PLACES.longestAt(words, from, (m) => m.length === to - from)) continue;
      const span = evidence(ctx.text, words[from]!.start, words[to - 1]!.end);
      if (covered(span.start, span.end)) continue;
      out.push({ kind: 'organization', evidence: span, name: span.text, shortName: null, type: 'company' });
      k = to - 1;
    }
  }
  return out;
}

import { foldKey } from '../../text/fold.js';
import { type DraftOf, evidence, type RecognizeContext } from '../context.js';
import { paragraphWords } from '../tokens/tokenize.js';
import { headAt } from './head.js';

type Draft = DraftOf<'organization'>;

const CONSORTIUM = ['liên', 'danh'].map(foldKey);
/** A brand is a word or three: "Vietur", "CC1 - Sino". */
const MAX_BRAND_WORDS = 3;

/**
 * "Liên danh Vietur thực hiện gói thầu 5.10": a consortium named by its brand, not its members,
 * is a body ("Liên danh" capitalized: "liên danh nhà thầu" is any consortium).
 */
export function brandConsortiums(ctx: RecognizeContext, found: readonly Draft[]): Draft[] {
  const covered = (start: number) => found.some((d) => d.evidence.start <= start && start < d.evidence.end);
  const out: Draft[] = [];
  for (const words of paragraphWords(ctx)) {
    for (let k = 0; k + 2 < words.length; k++) {
      const [lien, danh] = [words[k]!, words[k + 1]!];
      if (lien.text !== 'Liên' || danh.key !== CONSORTIUM[1] || danh.gap !== ' ' || covered(lien.start))
        continue;
      let end = k + 2;
      while (
        end < words.length &&
        end < k + 2 + MAX_BRAND_WORDS &&
        words[end]!.upper &&
        words[end]!.gap === ' ' &&
        headAt(words, end) === null
      )
        end++;
      if (end === k + 2) continue;
      const span = evidence(ctx.text, lien.start, words[end - 1]!.end);
      out.push({ kind: 'organization', evidence: span, name: span.text, shortName: null, type: 'company' });
    }
  }
  return out;
}

import { foldKey } from '../../text/fold.js';
import { type DraftOf, evidence, type RecognizeContext } from '../context.js';
import { paragraphWords } from '../tokens/tokenize.js';
import { holderByMiddleName, holderOfThreeWords } from './complement.js';
import { isCooperative } from './firm.js';

type Draft = DraftOf<'organization'>;

const HTX = foldKey('HTX');
const YEAR = foldKey('năm');
// Words that make "HTX" any or many cooperatives, not the one named before: "các HTX", "mỗi HTX".
const NOT_ONE = new Set(['các', 'những', 'nhiều', 'mỗi', 'một', 'có', 'thành lập', 'cùng'].map(foldKey));

/**
 * "Hợp tác xã Nông nghiệp Tr'Hy … HTX có 46 thành viên", "Giám đốc HTX cho biết": after a
 * cooperative is named, a bare "HTX" is that cooperative spoken of again, an organization
 * ("Hợp tác xã", short "HTX"); one with a name after it was read with its name.
 */
export function bareCooperatives(ctx: RecognizeContext, found: readonly Draft[]): Draft[] {
  const cooperatives = found.filter((d) => isCooperative(d.name)).map((d) => d.evidence.start);
  if (cooperatives.length === 0) return [];
  const first = Math.min(...cooperatives);
  const inside = (start: number) => found.some((d) => d.evidence.start <= start && start < d.evidence.end);
  const out: Draft[] = [];
  for (const words of paragraphWords(ctx)) {
    for (let k = 0; k < words.length; k++) {
      const word = words[k]!;
      if (word.key !== HTX || word.text !== 'HTX' || word.start <= first || inside(word.start)) continue;
      const next = words[k + 1];
      // ("Giám đốc HTX Hồ Thị Lài": a person's name after it is the holder's, no name of the body.)
      const holder = holderByMiddleName(words, k + 1) || holderOfThreeWords(words, k + 1);
      if (next?.upper && next.gap === ' ' && !holder) continue;
      const before = words[k - 1]?.key ?? '';
      const twoBefore = `${words[k - 2]?.key ?? ''} ${before}`;
      // ("sau hơn 2 năm thành lập, HTX đã có …": not past a comma.)
      if (word.gap === ' ' && (NOT_ONE.has(before) || NOT_ONE.has(twoBefore))) continue;
      // ("cho 23 HTX vay", "thành lập mới trên 80 HTX": a count of cooperatives; "năm 2025 HTX
      // thu mua …" is a year's.)
      if (word.gap === ' ' && /^\d/.test(words[k - 1]?.text ?? '') && words[k - 2]?.key !== YEAR) continue;
      out.push({
        kind: 'organization',
        evidence: evidence(ctx.text, word.start, word.end),
        name: 'Hợp tác xã',
        shortName: 'HTX',
        type: 'other',
      });
    }
  }
  return out;
}

import { foldKey } from '../../text/fold.js';
import { type DraftOf, evidence, type RecognizeContext } from '../context.js';
import { surnameAt } from '../location/admin-place.js';
import { NUMBER_WORDS } from '../number-words.js';
import { paragraphWords, type Word } from '../tokens/tokenize.js';
import { holderByMiddleName, holderOfThreeWords } from './complement.js';
import { isCooperative } from './firm.js';

type Draft = DraftOf<'organization'>;

const HTX = foldKey('HTX');
const YEAR = foldKey('năm');
// Words that make "HTX" any or many cooperatives, not the one named before: "các HTX", "mỗi HTX".
const NOT_ONE = new Set(['các', 'những', 'nhiều', 'mỗi', 'một'].map(foldKey));

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
      // ("23 cơ sở và ba HTX làm nhút": a count in words too; "năm" before it is rather a year's.)
      if (word.gap === ' ' && before !== YEAR && NUMBER_WORDS.has(before)) continue;
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

// "Giám đốc HTX", "Chủ nhiệm HTX": the last word of a title a cooperative's head closes.
const HEAD_OF = new Set(['đốc', 'nhiệm'].map(foldKey));

/**
 * "HTX Nông nghiệp Ia Pal … Giám đốc HTX Siu Đoan cho biết": after one cooperative is named, a
 * title, the bare head and two words a surname opens are its director, not a second cooperative
 * named after a person. Those drafts become the bare "HTX", leaving the name to the person.
 */
export function directorsAfterBareHead(ctx: RecognizeContext, found: readonly Draft[]): Draft[] {
  const cooperatives = found.filter((d) => isCooperative(d.name));
  if (cooperatives.length < 2) return [...found];
  const wordsAt = new Map<number, { words: readonly Word[]; k: number }>();
  for (const words of paragraphWords(ctx))
    for (const [k, w] of words.entries()) if (w.key === HTX) wordsAt.set(w.start, { words, k });
  return found.map((d) => {
    const at = wordsAt.get(d.evidence.start);
    if (!at || !isCooperative(d.name)) return d;
    const { words, k } = at;
    const [first, second, after] = [words[k + 1], words[k + 2], words[k + 3]];
    const two =
      first?.upper &&
      second?.upper &&
      first.gap === ' ' &&
      second.gap === ' ' &&
      !(after?.upper && after.gap === ' ') &&
      d.evidence.end === second.end;
    if (!two || surnameAt(words, k + 1) === 0 || !HEAD_OF.has(words[k - 1]?.key ?? '')) return d;
    if (!cooperatives.some((c) => c.evidence.start < d.evidence.start && c.name !== d.name)) return d;
    const head = words[k]!;
    return { ...d, evidence: evidence(ctx.text, head.start, head.end), name: 'Hợp tác xã', shortName: 'HTX' };
  });
}

import { ADMIN_NAMES } from '../../lexicon/admin-units.js';
import { SENTENCE_WORDS } from '../../lexicon/sentence-words.js';
import { foldKey } from '../../text/fold.js';
import type { Word } from '../tokens/tokenize.js';

// Words a zone named again may follow: the start of a clause or a word of the sentence ("tại
// Dung Quất", "năm 2050, Dung Quất sẽ"). After a lower-case noun it is part of another name
// ("Nhà máy Lọc dầu Dung Quất").
const BEFORE_MENTION = new Set([...SENTENCE_WORDS, 'và', 'trong', 'ngoài', 'khu vực'].map(foldKey));

/**
 * Where a zone named before with its type word ("Khu kinh tế Dung Quất") is named again bare
 * ("… Dung Quất sẽ trở thành …"): runs of words[] equal to one of `names`, written alike, that
 * stand alone and are no administrative unit's name ("KCN Đồng Phú" named again is the district).
 */
export function zoneMentions(
  words: readonly Word[],
  names: ReadonlyMap<string, number>,
): { from: number; to: number; name: string }[] {
  const out: { from: number; to: number; name: string }[] = [];
  for (let at = 0; at < words.length; at++) {
    const word = words[at]!;
    if (!word.upper) continue;
    for (const [name, length] of names) {
      const run = words.slice(at, at + length);
      if (run.length !== length || run.some((w, k) => k > 0 && w.gap !== ' ')) continue;
      if (run.map((w) => w.text).join(' ') !== name) continue;
      const before = words[at - 1];
      const opensClause = before === undefined || word.gap.trim() !== '';
      if (!opensClause && !BEFORE_MENTION.has(before.key)) continue;
      if (words[at + length]?.upper && words[at + length]?.gap === ' ') continue;
      if (ADMIN_NAMES.longestAt(words, at, (m) => m.length === length)) continue;
      out.push({ from: at, to: at + length, name });
      at += length - 1;
      break;
    }
  }
  return out;
}

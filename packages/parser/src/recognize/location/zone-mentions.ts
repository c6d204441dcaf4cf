import { ADMIN_NAMES, type Era } from '../../lexicon/admin-units.js';
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
  era: Era,
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
      // ("đến năm 2025 Vũng Áng trở thành …": a year that opens the clause before it.)
      if (!opensClause && !BEFORE_MENTION.has(before.key) && !/^(?:19|20)\d\d$/.test(before.text)) continue;
      if (words[at + length]?.upper && words[at + length]?.gap === ' ') continue;
      // ("hai cảng biển Cửa Việt và Hòn La": a name joined to a port's is another port.)
      if (joinedToPort(words, at)) continue;
      // A unit of the article's own time: "phường Vũng Áng" dates from 2025, so in 2019 "tại Vũng
      // Áng" is the zone.
      if (
        ADMIN_NAMES.longestAt(
          words,
          at,
          (m, units) => m.length === length && units.some((u) => u.era === era),
        )
      )
        continue;
      out.push({ from: at, to: at + length, name });
      at += length - 1;
      break;
    }
  }
  return out;
}

const AND = foldKey('và');
// Nouns a port's name follows: "cảng Cửa Việt", "cảng biển Chân Mây", "bến Phà Rừng".
const PORT_NOUNS = new Set(['cảng', 'biển', 'bến'].map(foldKey));

/** words[at] follows "và" or a comma after a port's name: "cảng Cửa Việt và Hòn La". */
function joinedToPort(words: readonly Word[], at: number): boolean {
  const joint = words[at]!;
  if (!(words[at - 1]?.key === AND || /^, ?$/.test(joint.gap))) return false;
  let k = words[at - 1]?.key === AND ? at - 2 : at - 1;
  while (k >= 0 && words[k]!.upper && words[k + 1]!.gap === ' ') k--;
  return k >= 0 && PORT_NOUNS.has(words[k]!.key) && words[k + 1]?.upper === true;
}

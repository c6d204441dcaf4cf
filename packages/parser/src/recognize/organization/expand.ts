import { abbreviationOf, expansionOf } from '../../lexicon/abbreviations.js';
import type { Word } from '../tokens/tokenize.js';

/**
 * The full name of words[from, to): abbreviations expanded through the
 * glossary ("UBND tỉnh" → "Ủy ban nhân dân tỉnh", "Bộ CHQS" → "Bộ Chỉ huy quân
 * sự", a misspelled "UBDN" too), gaps kept as written, first letter capital.
 */
export function expandedName(text: string, words: readonly Word[], from: number, to: number): string {
  let out = '';
  for (let k = from; k < to; k++) {
    const word = words[k]!;
    if (k > from) out += text.slice(words[k - 1]!.end, word.start);
    const key = word.caps ? abbreviationOf(word.text) : undefined;
    let expansion = key ? expansionOf(key) : undefined;
    // "MTTQ Việt Nam": the expansion already ends with "Việt Nam".
    if (expansion?.endsWith(' Việt Nam') && words[k + 1]?.key === 'việt')
      expansion = expansion.slice(0, -' Việt Nam'.length);
    out += expansion ?? word.text;
  }
  // "Uỷ ban" in the old tone placement is filed as "Ủy ban".
  const modern = out.replace(/\b([Uu])ỷ(?= ban)/g, (_, u: string) => (u === 'U' ? 'Ủy' : 'ủy'));
  return modern.charAt(0).toUpperCase() + modern.slice(1);
}

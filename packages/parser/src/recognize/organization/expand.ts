import { abbreviationOf, expansionOf } from '../../lexicon/abbreviations.js';
import type { Word } from '../tokens/tokenize.js';
import { modernTone } from './modern-tone.js';

/**
 * The name of words[from, to): the text as written with each abbreviation
 * expanded through the glossary ("UBND tỉnh" → "Ủy ban nhân dân tỉnh", "Bộ
 * CHQS tỉnh" → "Bộ Chỉ huy Quân sự tỉnh", a misspelled "UBDN" too), gaps kept
 * as written, the modern tone placement ("Uỷ ban" → "Ủy ban") and a capital
 * first letter ("ban Tổ chức Tỉnh ủy" → "Ban Tổ chức Tỉnh ủy"). Nothing is
 * added: "UBND tỉnh" stays without its province, "MTTQ" without "Việt Nam".
 */
export function expandedName(text: string, words: readonly Word[], from: number, to: number): string {
  let out = '';
  for (let k = from; k < to; k++) {
    const word = words[k]!;
    if (k > from) out += text.slice(words[k - 1]!.end, word.start);
    const key = word.caps ? abbreviationOf(word.text) : undefined;
    out += (key && expansionOf(key)) ?? word.text;
  }
  const modern = modernTone(out);
  return modern.charAt(0).toUpperCase() + modern.slice(1);
}

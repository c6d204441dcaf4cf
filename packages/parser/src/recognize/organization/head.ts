import { abbreviationOf } from '../../lexicon/abbreviations.js';
import { ORGANIZATION_HEADS, type OrganizationHead } from '../../lexicon/organization-heads.js';
import type { Word } from '../tokens/tokenize.js';

export interface HeadMatch {
  head: OrganizationHead;
  /** Index just past the head's last word. */
  to: number;
  /** The words, with a misspelled abbreviation put right ("UBDN" read as "UBND"). */
  words: readonly Word[];
}

/** The words with the abbreviation at `at` corrected, when it is one letter off the glossary. */
function corrected(words: readonly Word[], at: number): readonly Word[] {
  const word = words[at];
  if (!word?.caps) return words;
  const key = abbreviationOf(word.text);
  if (!key || key === word.key) return words;
  const copy = [...words];
  copy[at] = { ...word, key };
  return copy;
}

/** The organization head at words[at]: "UBND", "Ủy ban nhân dân", "Tỉnh ủy", "Công ty", "Sở". */
export function headAt(words: readonly Word[], at: number): HeadMatch | null {
  const fixed = corrected(words, at);
  const match = ORGANIZATION_HEADS.longestAt(fixed, at);
  const head = match?.values[0];
  if (!match || !head) return null;
  return { head, to: at + match.length, words: fixed };
}

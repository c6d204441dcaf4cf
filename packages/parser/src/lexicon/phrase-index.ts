import { phraseWords, type Word } from '../recognize/tokens/tokenize.js';

// "Bà Rịa - Vũng Tàu" and "Bà Rịa-Vũng Tàu" give the same key; a comma is kept
// ("Văn hóa, Thể thao và Du lịch"), any other gap ends a phrase.
function gapKey(gap: string): string | null {
  const squeezed = gap.replace(/[ \u00a0]+/g, '');
  if (squeezed === '') return gap === '' ? '' : ' ';
  if (/^[-–]$/.test(squeezed)) return '-';
  if (squeezed === ',') return ',';
  return null;
}

/** The folded key of words[from, from + length), or null when a gap breaks it. */
function keyOf(words: readonly Word[], from: number, length: number): string | null {
  let key = '';
  for (let j = from; j < from + length; j++) {
    const word = words[j];
    if (!word) return null;
    if (j > from) {
      const sep = gapKey(word.gap);
      if (sep === null) return null;
      key += sep;
    }
    key += word.key;
  }
  return key;
}

export interface PhraseMatch<T> {
  /** Number of words matched. */
  length: number;
  values: T[];
}

/** Lexicon phrases keyed by their folded words, matched longest first at a word. */
export class PhraseIndex<T> {
  readonly #entries = new Map<string, T[]>();
  #maxWords = 0;
  /** First words of the phrases: most words of a text open none, and are skipped at once. */
  readonly #firstWords = new Set<string>();

  add(phrase: string, value: T): void {
    const words = phraseWords(phrase);
    const key = keyOf(words, 0, words.length);
    if (key === null || words.length === 0) return;
    const list = this.#entries.get(key);
    if (list) list.push(value);
    else this.#entries.set(key, [value]);
    this.#maxWords = Math.max(this.#maxWords, words.length);
    this.#firstWords.add(words[0]!.key);
  }

  /**
   * The longest phrase that starts at words[at]. `accept` may refuse a match
   * (say, one not capitalized in the text); shorter ones are tried then.
   */
  longestAt(
    words: readonly Word[],
    at: number,
    accept: (matched: readonly Word[], values: T[]) => boolean = () => true,
  ): PhraseMatch<T> | null {
    if (!this.#firstWords.has(words[at]?.key ?? '')) return null;
    for (let length = Math.min(this.#maxWords, words.length - at); length >= 1; length--) {
      const key = keyOf(words, at, length);
      if (key === null) continue;
      const values = this.#entries.get(key);
      if (values && accept(words.slice(at, at + length), values)) return { length, values };
    }
    return null;
  }

  get(phrase: string): T[] {
    const words = phraseWords(phrase);
    return this.#entries.get(keyOf(words, 0, words.length) ?? '') ?? [];
  }
}

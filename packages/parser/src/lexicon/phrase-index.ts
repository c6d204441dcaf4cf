import { phraseWords, type Word } from '../recognize/tokens/tokenize.js';

// "Bà Rịa - Vũng Tàu" and "Bà Rịa-Vũng Tàu" give the same key; a comma is kept
// ("Văn hóa, Thể thao và Du lịch"), any other gap ends a phrase.
function gapKey(gap: string): string | null {
  // The common gaps first: most words are one space apart.
  if (gap === ' ') return ' ';
  if (gap === '') return '';
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

/** What an index keeps of a phrase: its key, its first word's key and its number of words. */
export interface PhraseShape {
  key: string;
  firstWord: string;
  length: number;
}

// Many gazetteer names repeat ("Tân Lập" names communes all over the country):
// each is tokenized once while the lexicons load.
const SHAPES = new Map<string, PhraseShape | null>();

/** The shape of a phrase as written; null when a gap inside breaks it ("Hà Nội / Huế"). */
export function phraseShape(phrase: string): PhraseShape | null {
  let shape = SHAPES.get(phrase);
  if (shape === undefined) {
    const words = phraseWords(phrase);
    const key = keyOf(words, 0, words.length);
    shape =
      key === null || words.length === 0 ? null : { key, firstWord: words[0]!.key, length: words.length };
    if (SHAPES.size >= 100_000) SHAPES.clear();
    SHAPES.set(phrase, shape);
  }
  return shape;
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
  /** The keys in code unit order, built on the first lookup after an add. */
  #sorted: string[] | null = null;
  /** Answers of #opensPhrase so far. */
  readonly #opens = new Map<string, boolean>();

  /**
   * Adds a phrase. `shape` is its phraseShape when already known (a large
   * gazetteer keeps them in a data file, so loading need not tokenize it).
   */
  add(phrase: string, value: T, shape: PhraseShape | null = phraseShape(phrase)): void {
    if (!shape) return;
    const list = this.#entries.get(shape.key);
    if (list) list.push(value);
    else this.#entries.set(shape.key, [value]);
    this.#maxWords = Math.max(this.#maxWords, shape.length);
    this.#firstWords.add(shape.firstWord);
    this.#sorted = null;
    this.#opens.clear();
  }

  /** Whether some phrase starts with this folded word. */
  opensWith(key: string): boolean {
    return this.#firstWords.has(key);
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
    const first = words[at];
    if (!first || !this.#firstWords.has(first.key)) return null;
    // One pass forward, extending the key a word at a time, collects every
    // length that names a phrase; it stops at a gap that breaks a phrase or
    // once no phrase starts with the key. Then longest first, as `accept` allows.
    const max = Math.min(this.#maxWords, words.length - at);
    const lengths: number[] = [];
    const found: T[][] = [];
    let key = first.key;
    for (let length = 1; length <= max; length++) {
      if (length > 1) {
        const word = words[at + length - 1]!;
        const sep = gapKey(word.gap);
        if (sep === null) break;
        key += sep + word.key;
      }
      const values = this.#entries.get(key);
      if (values) {
        lengths.push(length);
        found.push(values);
      } else if (!this.#opensPhrase(key)) break;
    }
    for (let k = lengths.length - 1; k >= 0; k--) {
      const length = lengths[k]!;
      const values = found[k]!;
      if (accept(words.slice(at, at + length), values)) return { length, values };
    }
    return null;
  }

  /** Some phrase's key starts with `prefix`: a binary search of the sorted keys, remembered. */
  #opensPhrase(prefix: string): boolean {
    const known = this.#opens.get(prefix);
    if (known !== undefined) return known;
    if (!this.#sorted) this.#sorted = [...this.#entries.keys()].sort();
    const keys = this.#sorted;
    let lo = 0;
    let hi = keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (keys[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    const opens = lo < keys.length && keys[lo]!.startsWith(prefix);
    // The words of news text are few; the bound only keeps an odd corpus from growing it without end.
    if (this.#opens.size >= 100_000) this.#opens.clear();
    this.#opens.set(prefix, opens);
    return opens;
  }

  get(phrase: string): T[] {
    const words = phraseWords(phrase);
    return this.#entries.get(keyOf(words, 0, words.length) ?? '') ?? [];
  }
}

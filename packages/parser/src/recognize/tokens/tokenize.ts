import { foldForMatch } from '../../text/fold.js';
import { type RecognizeContext, readableSpans } from '../context.js';

/** A word of the text, with what name matching needs to know about it. */
export interface Word {
  /** Position in its list of words. */
  index: number;
  /** UTF-16 offsets into the text. */
  start: number;
  end: number;
  text: string;
  /** The folded word: lower case, canonical tone placement. */
  key: string;
  /** Starts with a capital letter: "Bình", "UBND". */
  upper: boolean;
  /** An abbreviation: two or more letters, all capitals ("UBND", "KH&ĐT", "TP.HCM"). */
  caps: boolean;
  /** The characters between the previous word (or the span start) and this one. */
  gap: string;
}

// Letters and digits, with an apostrophe inside a name ("H'Hen", "K'Mai", "Cư M'gar").
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’ʼ][\p{L}\p{M}\p{N}]+)*/gu;
const CAPITAL = /^\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const LETTER = /\p{L}/u;

const NOT_LETTER = /[^\p{L}]/gu;
const GLUE = /^[-.&]$/;

const isAllCaps = (s: string): boolean => LETTER.test(s) && !LOWER.test(s);

/**
 * The words of text[from, to). Capital tokens glued by "-", "." or "&" make one
 * abbreviation: "KH&ĐT", "LĐ-TB&XH", "KT-XH", "TP.HCM", "T.Ư".
 */
export function tokenize(text: string, folded: string, from = 0, to = text.length): Word[] {
  const words: Word[] = [];
  // One pattern for every call: tokenize never calls itself, so lastIndex is its own.
  const pattern = WORD;
  pattern.lastIndex = from;
  let last = from;
  for (let m = pattern.exec(text); m && m.index < to; m = pattern.exec(text)) {
    const start = m.index;
    const end = Math.min(start + m[0].length, to);
    const gap = text.slice(last, start);
    const prev = words.at(-1);
    if (prev && GLUE.test(gap) && isAllCaps(prev.text) && isAllCaps(text.slice(start, end))) {
      prev.end = end;
      prev.text = text.slice(prev.start, end);
      prev.key = folded.slice(prev.start, end);
      prev.caps = true;
    } else {
      const wordText = text.slice(start, end);
      words.push({
        index: words.length,
        start,
        end,
        text: wordText,
        key: folded.slice(start, end),
        upper: CAPITAL.test(wordText),
        caps: isAllCaps(wordText) && wordText.replace(NOT_LETTER, '').length >= 2,
        gap,
      });
    }
    last = end;
  }
  return words;
}

// Tokenized once per document: the location, organization and person recognizers all read the words.
const WORDS_OF = new WeakMap<RecognizeContext, readonly (readonly Word[])[]>();

/** The words of each readable paragraph (the byline is left out); shared, so read-only. */
export function paragraphWords(ctx: RecognizeContext): readonly (readonly Word[])[] {
  let words = WORDS_OF.get(ctx);
  if (!words) {
    words = readableSpans(ctx).map((span) => tokenize(ctx.text, ctx.folded, span.start, span.end));
    WORDS_OF.set(ctx, words);
  }
  return words;
}

/** The words of a lexicon phrase, folded the same way as the text. */
export function phraseWords(phrase: string): Word[] {
  const text = phrase.normalize('NFC');
  return tokenize(text, foldForMatch(text));
}

/** A gap that keeps two words inside one name: spaces, or a hyphen ("Bà Rịa - Vũng Tàu"). */
export const isNameGap = (gap: string): boolean => /^[ \u00a0]{1,2}$|^ ?[-–] ?$/.test(gap);

/** The gap starts a new sentence or clause: "." "!" "?" ":" ";" or a line break. */
export const isSentenceGap = (gap: string): boolean => /[.!?:;\n…]/.test(gap);

/** True when `word` carries on the number before it past a dot or a comma: the "000" of "35.000". */
export const continuesNumber = (word: Word | undefined): boolean =>
  word !== undefined && /^[.,]$/.test(word.gap) && /^\d/.test(word.text);

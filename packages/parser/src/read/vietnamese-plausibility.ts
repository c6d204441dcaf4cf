/**
 * How much a decoded text looks like Vietnamese, for telling a legacy
 * encoding apart from a wrong guess. Two signals, both from the writing
 * system rather than from any word list:
 *  - letters outside ASCII are letters of the Vietnamese alphabet
 *    ("ạ", "ườ", "Đ"), not "µ", "¸", "Ü" that a wrong code page produces;
 *  - each word with such a letter is one Vietnamese syllable: an onset, a
 *    nucleus of one to three vowels, a coda, and at most one tone mark
 *    ("nghiêng", "khuỷu", "Tĩnh").
 */

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu;
const ANY_TONE = /[\u0300\u0301\u0303\u0309\u0323]/u;
const VIETNAMESE_LETTERS = new Set<string>();
for (const base of 'aăâeêioôơuưy') {
  for (const mark of ['', '\u0300', '\u0301', '\u0303', '\u0309', '\u0323']) {
    const lower = (base + mark).normalize('NFC');
    VIETNAMESE_LETTERS.add(lower);
    VIETNAMESE_LETTERS.add(lower.toUpperCase());
  }
}
VIETNAMESE_LETTERS.add('đ');
VIETNAMESE_LETTERS.add('Đ');

/** Non-ASCII punctuation common in news text; it says nothing either way. */
const NEUTRAL = new Set('“”‘’–—…«»°²³×·€£¥\u00a0');

// onset? nucleus coda?  ("ngh|iê|ng", "qu|y|ết", "gi|a")
const SYLLABLE =
  /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x)?[aăâeêioôơuưy]{1,3}(?:ch|ng|nh|c|m|n|p|t)?$/u;

export interface Plausibility {
  /** Share of non-ASCII, non-punctuation characters that are Vietnamese letters. */
  letters: number;
  /** Share of words with a non-ASCII letter that are one well-formed syllable. */
  syllables: number;
  /** How many non-ASCII characters were seen: with none, there is no evidence. */
  seen: number;
}

/** Whether a word is one Vietnamese syllable ("Quản", "nghiệp"), not a foreign word ("Marubeni"). */
export function isSyllable(word: string): boolean {
  const nfd = word.normalize('NFD');
  const tones = nfd.match(TONE_MARKS)?.length ?? 0;
  if (tones > 1) return false;
  const bare = nfd.replace(TONE_MARKS, '').normalize('NFC').toLowerCase();
  return SYLLABLE.test(bare);
}

/** Measures an NFC text. */
export function vietnamesePlausibility(text: string): Plausibility {
  let seen = 0;
  let good = 0;
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80 || NEUTRAL.has(ch)) continue;
    seen++;
    if (VIETNAMESE_LETTERS.has(ch)) good++;
  }
  let words = 0;
  let syllables = 0;
  for (const [word] of text.matchAll(/[\p{L}\p{M}]+/gu)) {
    if (/^[a-z]*$/i.test(word)) continue;
    words++;
    if (isSyllable(word)) syllables++;
  }
  return {
    letters: seen === 0 ? 0 : good / seen,
    syllables: words === 0 ? 0 : syllables / words,
    seen,
  };
}

/** True when the plausibility is high enough to decode without asking. */
export function looksVietnamese(p: Plausibility): boolean {
  return p.seen >= 3 && p.letters >= 0.9 && p.syllables >= 0.8;
}

/** True when a decoded text has a tone mark left uncombined after NFC (a sign of a wrong guess). */
export function hasStrayToneMark(nfcText: string): boolean {
  return ANY_TONE.test(nfcText);
}

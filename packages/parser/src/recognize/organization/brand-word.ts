import type { Word } from '../tokens/tokenize.js';

// A Vietnamese syllable: an initial consonant, a vowel nucleus, a final; tones stripped first.
const SYLLABLE =
  /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdđghklmnpqrstvx])?[aăâeêioôơuưy]{1,3}(?:ng|nh|ch|[cmnpt])?$/u;
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/gu;

/** True when `text` is no Vietnamese syllable: "Foxconn", "Luxshare", "Vingroup", "Becamex". */
export function isForeignWord(text: string): boolean {
  if (!/^\p{L}+$/u.test(text) || text === text.toUpperCase()) return false;
  const bare = text.normalize('NFD').replace(TONES, '').normalize('NFC').toLowerCase();
  return !SYLLABLE.test(bare);
}

/** Words of a brand at most: "Luxshare-ICT", "Becamex IDC", "Samsung Display". */
const MAX_BRAND_WORDS = 3;

/**
 * Where the brand that closes a company's name words[from, to) starts, or null: the last words,
 * joined by spaces or hyphens, each foreign or an acronym and one at least foreign ("Tập đoàn
 * Luxshare-ICT", "Tập đoàn Foxconn"). A Vietnamese name ("Tập đoàn Hòa Phát") has none: its
 * words are also places and people's names, and read bare they would name no body.
 */
export function brandStart(words: readonly Word[], from: number, to: number): number | null {
  let at = to;
  let foreign = false;
  while (at > from && to - at < MAX_BRAND_WORDS) {
    const word = words[at - 1]!;
    const joined = at === to || /^(?: |-)$/.test(words[at]!.gap);
    if (!joined || !(word.caps || isForeignWord(word.text))) break;
    foreign ||= !word.caps;
    at--;
  }
  return foreign && at < to ? at : null;
}

/**
 * Folding for matching: lexicons and patterns run over a folded copy of the
 * canonical text that has exactly the same length, so an index found in the
 * folded copy is an index into the canonical text. Folding
 *  - lower-cases ("Ủy ban" and "ủy ban" match),
 *  - puts the tone mark of each word in one canonical place, so old and new
 *    placement match ("Uỷ"/"Ủy", "hoà"/"hòa", "thuỷ"/"thủy", "khoẻ"/"khỏe"),
 *  - maps the look-alike Ð (U+00D0) to đ,
 *  - maps no-break and other spaces to a plain space, dashes to "-" and apostrophes to "'".
 * It never changes the number of UTF-16 units, which the tests check.
 */

// Each toned vowel, as [base vowel, tone index 1..5]; tone 0 is none.
const TONES = ['\u0300', '\u0301', '\u0309', '\u0303', '\u0323'] as const;
const BASE_VOWELS = 'aăâeêioôơuưy';
const TONED = new Map<string, [string, number]>();
const WITH_TONE = new Map<string, string>();
for (const base of BASE_VOWELS) {
  TONES.forEach((mark, i) => {
    const toned = (base + mark).normalize('NFC');
    TONED.set(toned, [base, i + 1]);
    WITH_TONE.set(base + (i + 1), toned);
  });
}
const MODIFIED = new Set('ăâêôơư');

function isVowel(ch: string): boolean {
  return BASE_VOWELS.includes(ch) || TONED.has(ch);
}

function foldChar(ch: string): string {
  switch (ch) {
    case '\u00d0':
    case '\u00f0':
    case '\u0110':
      return 'đ';
    case '\u00a0':
    case '\u2007':
    case '\u202f':
    case '\t':
    case '\u2002':
    case '\u2003':
    case '\u2009':
      return ' ';
    // "K’Ho", "N’Thol Hạ": the typographic apostrophe of ethnic names, and the letter-like one.
    case '\u2019':
    case '\u02bc':
      return "'";
    case '\u2010':
    case '\u2011':
    case '\u2012':
    case '\u2013':
    case '\u2014':
    case '\u2212':
      return '-';
    default: {
      const lower = ch.toLowerCase();
      return lower.length === ch.length ? lower : ch;
    }
  }
}

/** Moves the tone mark of one lower-cased word to its canonical vowel. */
function canonicalTone(word: string): string {
  let tone = 0;
  const bare: string[] = [];
  for (const ch of word) {
    const toned = TONED.get(ch);
    if (toned && tone === 0) {
      tone = toned[1];
      bare.push(toned[0]);
    } else {
      bare.push(toned ? toned[0] : ch);
    }
  }
  if (tone === 0) return word;
  // The rule need not be the orthographic one: it only has to depend on the
  // toneless word, so that every placement of the same tone folds alike.
  // Skip the glide of "qu" and "gi" onsets so "quý"/"gìn" keep a sensible vowel.
  let first = bare.findIndex(
    (ch, i) =>
      isVowel(ch) &&
      !(ch === 'u' && bare[i - 1] === 'q') &&
      !(ch === 'i' && bare[i - 1] === 'g' && i + 1 < bare.length && isVowel(bare[i + 1] ?? '')),
  );
  if (first < 0) first = bare.findIndex(isVowel);
  let target = first;
  for (let i = first; i >= 0 && i < bare.length && isVowel(bare[i] ?? ''); i++) {
    if (MODIFIED.has(bare[i] ?? '')) target = i;
  }
  const base = bare[target];
  if (base === undefined) return word;
  bare[target] = WITH_TONE.get(base + tone) ?? base;
  return bare.join('');
}

// foldChar of each BMP code unit, filled as characters are met.
const FOLDED_UNIT: (string | undefined)[] = new Array(0x10000);

/** foldChar of every code point, in one pass that copies unchanged stretches whole. */
function foldChars(text: string): string {
  let out = '';
  let copied = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Lower-case ASCII letters, digits and punctuation (other than tab) fold to themselves.
    if (code < 0x80 && (code < 0x41 || code > 0x5a) && code !== 0x09) continue;
    let ch: string;
    let folded: string;
    const next = text.charCodeAt(i + 1);
    if (code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      // A surrogate pair is one code point, as for..of reads it.
      ch = text.slice(i, i + 2);
      folded = foldChar(ch);
    } else {
      ch = text[i]!;
      folded = FOLDED_UNIT[code] ??= foldChar(ch);
    }
    if (folded !== ch) {
      out += text.slice(copied, i) + folded;
      copied = i + ch.length;
    }
    i += ch.length - 1;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

// canonicalTone of the words met so far: the words of news text are few.
const FOLDED_WORD = new Map<string, string>();

/**
 * Spellings of one syllable that place names are written with, folded to one: the Central
 * Highlands' "Đắk" ("water" in Mnông and Ê Đê) appears as "Đắk", "Đăk" and "Đak" in news
 * text and in the official lists alike ("Đắk Hà" before 2025, "Đăk Hà" after), "Lắk" as "Lăk".
 * Keys are lower case; each variant has the length of what it stands for.
 */
export const SYLLABLE_VARIANTS: ReadonlyMap<string, string> = new Map([
  ['đăk', 'đắk'],
  ['đak', 'đắk'],
  ['lăk', 'lắk'],
]);

function foldWord(word: string): string {
  let folded = FOLDED_WORD.get(word);
  if (folded === undefined) {
    const toned = canonicalTone(word);
    folded = toned.length === word.length ? toned : word;
    folded = SYLLABLE_VARIANTS.get(folded) ?? folded;
    if (FOLDED_WORD.size >= 100_000) FOLDED_WORD.clear();
    FOLDED_WORD.set(word, folded);
  }
  return folded;
}

const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;
// Whether each BMP code unit is a letter or mark: 0 not yet known, 1 yes, 2 no.
const UNIT_CLASS = new Uint8Array(0x10000);

function isLetterOrMark(code: number): boolean {
  let known = UNIT_CLASS[code]!;
  if (known === 0) {
    known = LETTER_OR_MARK.test(String.fromCharCode(code)) ? 1 : 2;
    UNIT_CLASS[code] = known;
  }
  return known === 1;
}

/**
 * canonicalTone of every word (a run of letters and marks). A word of ASCII
 * letters has no tone to move, so only words with other letters are looked at.
 */
function foldTones(text: string): string {
  let out = '';
  let copied = 0;
  let i = 0;
  while (i < text.length) {
    const start = i;
    let plain = true;
    while (i < text.length) {
      const code = text.charCodeAt(i);
      if (code < 0x80) {
        const lower = code | 0x20;
        if (lower < 0x61 || lower > 0x7a) break;
        i++;
        continue;
      }
      const next = text.charCodeAt(i + 1);
      if (code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        if (!LETTER_OR_MARK.test(text.slice(i, i + 2))) break;
        i += 2;
      } else {
        if (!isLetterOrMark(code)) break;
        i++;
      }
      plain = false;
    }
    if (i === start) {
      i++;
      continue;
    }
    if (plain) continue;
    const word = text.slice(start, i);
    const folded = foldWord(word);
    if (folded !== word) {
      out += text.slice(copied, start) + folded;
      copied = i;
    }
  }
  return copied === 0 ? text : out + text.slice(copied);
}

export function foldForMatch(text: string): string {
  return foldTones(foldChars(text));
}

/** Folds a lexicon entry the same way, for building lookup keys. */
export const foldKey = (text: string): string =>
  foldForMatch(text.normalize('NFC')).replace(/ +/g, ' ').trim();

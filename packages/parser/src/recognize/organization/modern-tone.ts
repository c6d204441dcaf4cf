// The five tone marks as combining characters (NFD): huyền, sắc, hỏi, ngã, nặng.
const TONE_MARK = /[\u0300\u0301\u0309\u0303\u0323]/u;

// An open syllable ending in "oa", "oe" or "uy" (no "q" before the "u"), tone on its last vowel:
// "hoà", "khoẻ", "Uỷ", but not "hoàn" (closed), "quý" (the "u" of "qu" is no vowel).
const OLD_PLACEMENT =
  /([oO](?=[aAeE])|(?<![qQ])[uU](?=[yY]))([aAeEyY])([\u0300\u0301\u0309\u0303\u0323])(?!\p{L})/gu;

/**
 * A name in the modern tone placement: the mark of an open "oa", "oe", "uy"
 * sits on the first vowel ("Uỷ ban" → "Ủy ban", "Hoà Bình" → "Hòa Bình",
 * "khoẻ" → "khỏe", "thuỷ" → "thủy"); "hoàn", "quý", "thuyền" are left as they are.
 */
export function modernTone(text: string): string {
  const nfd = text.normalize('NFD');
  if (!TONE_MARK.test(nfd)) return text;
  return nfd
    .replace(OLD_PLACEMENT, (_, first: string, second: string, tone: string) => first + tone + second)
    .normalize('NFC');
}

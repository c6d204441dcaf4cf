/**
 * Offsets in datasets count Unicode code points, so Python's text[start:end]
 * and R's substr() agree with us; JavaScript strings index UTF-16 code units.
 * These helpers convert between the two. Vietnamese text in NFC is all in the
 * BMP, so the fast path (no surrogates) is the common one.
 */

const SURROGATE = /[\uD800-\uDFFF]/;

/** A converter between UTF-16 indices and code point offsets for one text. */
export interface OffsetMap {
  /** Code point offset of a UTF-16 index. */
  toCodePoint(utf16: number): number;
  /** UTF-16 index of a code point offset. */
  toUtf16(codePoint: number): number;
  /** Length of the text in code points. */
  readonly length: number;
}

export function offsetMap(text: string): OffsetMap {
  if (!SURROGATE.test(text)) {
    return { toCodePoint: (i) => i, toUtf16: (i) => i, length: text.length };
  }
  // cpAt[i] = code point offset of UTF-16 index i; u16At[c] = UTF-16 index of code point c.
  const cpAt = new Uint32Array(text.length + 1);
  const u16At: number[] = [];
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    cpAt[i] = cp;
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        u16At.push(i);
        cpAt[i + 1] = cp;
        i++;
        cp++;
        continue;
      }
    }
    u16At.push(i);
    cp++;
  }
  cpAt[text.length] = cp;
  u16At.push(text.length);
  return {
    toCodePoint: (i) => cpAt[Math.max(0, Math.min(i, text.length))] ?? cp,
    toUtf16: (c) => u16At[Math.max(0, Math.min(c, cp))] ?? text.length,
    length: cp,
  };
}

/** The text between two code point offsets. */
export function sliceCodePoints(
  text: string,
  start: number,
  end: number,
  map: OffsetMap = offsetMap(text),
): string {
  return text.slice(map.toUtf16(start), map.toUtf16(end));
}

import iconv from 'iconv-lite';

export type Variant = 'crlf' | 'cr' | 'bom' | 'nfd' | 'utf16le' | 'utf16be' | 'windows1258';

export const VARIANTS: readonly Variant[] = ['crlf', 'cr', 'bom', 'nfd', 'utf16le', 'utf16be', 'windows1258'];

// A letter and its combining marks after NFD. NFD orders the dot below (class 220)
// before the circumflex (230): "ậ" is a + U+0323 + U+0302.
const LETTER_MARKS = /([A-Za-z])([\u0300-\u036F]+)/g;
// Marks Windows-1258 keeps precomposed with their letter (â ê ô ă ơ ư); tone marks stay combining.
const SHAPE = /[\u0302\u0306\u031B]/g;

/**
 * Windows-1258 writes a toned letter as its base (with circumflex, breve or horn)
 * followed by a combining tone mark: "ệ" is "ê" + U+0323.
 */
function toWindows1258Form(text: string): string {
  return text.normalize('NFD').replace(LETTER_MARKS, (_, letter: string, marks: string) => {
    const shape = marks.match(SHAPE)?.join('') ?? '';
    return `${letter}${shape}`.normalize('NFC') + marks.replace(SHAPE, '');
  });
}

/**
 * The same article as other outlets deliver it: other line ends, a BOM, NFD,
 * UTF-16 with its BOM, or Windows-1258. Reading any of them must give back the
 * canonical text, so the facts stay the same.
 */
export function encodeVariant(bytes: Uint8Array, variant: Variant): Uint8Array {
  const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  switch (variant) {
    case 'crlf':
      return new TextEncoder().encode(text.replace(/\n/g, '\r\n'));
    case 'cr':
      return new TextEncoder().encode(text.replace(/\n/g, '\r'));
    case 'bom':
      return new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    case 'nfd':
      return new TextEncoder().encode(text.normalize('NFD'));
    case 'utf16le':
      return new Uint8Array(iconv.encode(text, 'utf16le', { addBOM: true }));
    case 'utf16be':
      return new Uint8Array(iconv.encode(text, 'utf16be', { addBOM: true }));
    case 'windows1258':
      return new Uint8Array(iconv.encode(toWindows1258Form(text), 'windows1258'));
  }
}

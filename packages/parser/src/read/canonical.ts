/** Canonical text: BOM removed, CRLF and lone CR to LF, NFC ("Hoà" typed as o + U+0300 becomes one letter). */
export function canonicalText(decoded: string): string {
  return decoded
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .normalize('NFC');
}

/** File signatures of formats that are never article text. */
const SIGNATURES: ReadonlyArray<[string, number[]]> = [
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['ZIP archive (or DOCX/XLSX)', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip archive', [0x1f, 0x8b]],
];

const SAMPLE = 8192;
/** Share of control bytes above which a file is not text; real articles have none. */
const CONTROL_RATIO = 0.05;

function isControl(b: number): boolean {
  return (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) || b === 0x7f;
}

/**
 * Why the bytes are not text, or null when they may be. Call it on bytes that
 * carry no UTF-16 byte order mark: UTF-16 text is full of NUL bytes.
 */
export function binaryReason(bytes: Uint8Array): string | null {
  for (const [name, signature] of SIGNATURES) {
    if (signature.every((b, i) => bytes[i] === b)) return `starts with the signature of a ${name}`;
  }
  const sample = bytes.subarray(0, SAMPLE);
  const nul = sample.indexOf(0);
  if (nul >= 0) {
    // ASCII written as UTF-16 without a BOM: every other byte is NUL.
    let evenNul = 0;
    let oddNul = 0;
    sample.forEach((b, i) => {
      if (b === 0) i % 2 === 0 ? evenNul++ : oddNul++;
    });
    const half = sample.length / 2;
    if (oddNul > half * 0.6 || evenNul > half * 0.6) {
      return `has NUL bytes at every other position (byte ${nul}): UTF-16 without a byte order mark?`;
    }
    return `has a NUL byte at byte ${nul}`;
  }
  // A NUL past the sample is no text either, and XML (the XLSX sheets) cannot carry it.
  const laterNul = bytes.indexOf(0, SAMPLE);
  if (laterNul >= 0) return `has a NUL byte at byte ${laterNul}`;
  let control = 0;
  for (const b of sample) if (isControl(b)) control++;
  if (sample.length > 0 && control / sample.length > CONTROL_RATIO) {
    return `${control} of its first ${sample.length} bytes are control characters`;
  }
  return null;
}

import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';
import { binaryReason } from './binary.js';
import { firstInvalidUtf8, isDamagedUtf8, utf8Census } from './utf8.js';
import { hasStrayToneMark, looksVietnamese, vietnamesePlausibility } from './vietnamese-plausibility.js';

/** The encodings a file may be read in. */
export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1258' | 'tcvn3';

export type Decoded =
  | { ok: true; text: string; encoding: Encoding }
  | { ok: false; code: 'encoding' | 'binary'; message: string };

/** Legacy Vietnamese code pages iconv-lite knows, with the names people use for them. */
const LEGACY: ReadonlyArray<{ encoding: Encoding; iconv: string; name: string }> = [
  { encoding: 'windows-1258', iconv: 'windows1258', name: 'Windows-1258' },
  { encoding: 'tcvn3', iconv: 'tcvn', name: 'TCVN3 (TCVN 5712)' },
];

const UTF8 = new TextDecoder('utf-8', { ignoreBOM: true });

const hex = (b: number | undefined): string => `0x${(b ?? 0).toString(16).toUpperCase().padStart(2, '0')}`;

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/**
 * VNI-Windows text is ASCII letters followed by accent bytes that cp1252
 * shows as "ø", "ù", "õ", "ï" ("Vieät Nam"); iconv-lite has no VNI table, so
 * such a file can only be named, not read.
 */
function looksVni(bytes: Uint8Array): boolean {
  const latin = iconv.decode(Buffer.from(bytes), 'windows1252');
  const marks = latin.match(/[aeiouyAEIOUY][øùõûïòóôõöâäåêëæ]/g)?.length ?? 0;
  const words = latin.match(/\S+/g)?.length ?? 1;
  return marks / words > 0.1;
}

function decodeLegacy(bytes: Uint8Array, invalidAt: number): Decoded {
  let best: { name: string; score: number } | null = null;
  for (const candidate of LEGACY) {
    const text = iconv.decode(Buffer.from(bytes), candidate.iconv).normalize('NFC');
    const p = vietnamesePlausibility(text);
    if (looksVietnamese(p) && !hasStrayToneMark(text)) {
      return { ok: true, text, encoding: candidate.encoding };
    }
    const score = p.letters + p.syllables;
    if (!best || score > best.score) best = { name: candidate.name, score };
  }
  const guess = looksVni(bytes)
    ? 'VNI-Windows'
    : best && best.score > 1
      ? best.name
      : 'a legacy 8-bit code page';
  return {
    ok: false,
    code: 'encoding',
    message: `not UTF-8: invalid byte ${hex(bytes[invalidAt])} at byte ${invalidAt}; looks like ${guess}, which could not be decoded with confidence; convert the file to UTF-8`,
  };
}

/**
 * Bytes to text: UTF-8 (BOM or not), UTF-16 with a BOM, or a legacy
 * Vietnamese code page when the bytes are not UTF-8, nor UTF-8 damaged in a
 * few places, and read as plausible Vietnamese in it. Invalid UTF-8 is never
 * replaced by U+FFFD silently. The BOM stays in the text; canonicalization
 * removes it.
 */
export function decode(bytes: Uint8Array): Decoded {
  if (startsWith(bytes, [0xff, 0xfe]) && !startsWith(bytes, [0xff, 0xfe, 0x00, 0x00])) {
    return decodeUtf16(bytes, 'utf-16le');
  }
  if (startsWith(bytes, [0xfe, 0xff])) return decodeUtf16(bytes, 'utf-16be');
  const binary = binaryReason(bytes);
  if (binary) return { ok: false, code: 'binary', message: `not a text file: it ${binary}` };
  // buffer.isUtf8 validates natively; once valid, the plain (non-fatal) decoder is the fast one.
  if (isUtf8(bytes)) {
    return { ok: true, text: UTF8.decode(bytes), encoding: 'utf-8' };
  }
  const invalidAt = firstInvalidUtf8(bytes);
  // Mostly valid UTF-8 is a damaged UTF-8 file: guessing a code page for it would mislead.
  if (isDamagedUtf8(utf8Census(bytes))) {
    return {
      ok: false,
      code: 'encoding',
      message: `not UTF-8: invalid byte ${hex(bytes[invalidAt])} at byte ${invalidAt} (the rest is UTF-8: a damaged file?)`,
    };
  }
  return decodeLegacy(bytes, invalidAt);
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): Decoded {
  try {
    const text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
    return { ok: true, text, encoding };
  } catch {
    return {
      ok: false,
      code: 'encoding',
      message: `starts with a ${encoding.toUpperCase()} byte order mark but is not valid ${encoding.toUpperCase()} (odd length or unpaired surrogate)`,
    };
  }
}

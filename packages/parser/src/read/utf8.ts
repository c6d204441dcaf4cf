/**
 * Length of the well-formed UTF-8 sequence at `i` (RFC 3629: no overlongs, no surrogates,
 * nothing past U+10FFFF), or 0 when the byte there starts none.
 */
function sequenceAt(bytes: Uint8Array, i: number): number {
  const b = bytes[i] ?? 0;
  if (b < 0x80) return 1;
  let need: number;
  let min = 0x80;
  let max = 0xbf;
  if (b >= 0xc2 && b <= 0xdf) need = 1;
  else if (b >= 0xe0 && b <= 0xef) {
    need = 2;
    if (b === 0xe0) min = 0xa0;
    if (b === 0xed) max = 0x9f;
  } else if (b >= 0xf0 && b <= 0xf4) {
    need = 3;
    if (b === 0xf0) min = 0x90;
    if (b === 0xf4) max = 0x8f;
  } else return 0;
  for (let k = 1; k <= need; k++) {
    const c = bytes[i + k];
    if (c === undefined) return 0;
    const lo = k === 1 ? min : 0x80;
    const hi = k === 1 ? max : 0xbf;
    if (c < lo || c > hi) return 0;
  }
  return need + 1;
}

/**
 * Byte offset of the first byte that breaks UTF-8, or -1 when the bytes are valid.
 * TextDecoder with `fatal` says only that decoding failed; a person needs the place.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const length = sequenceAt(bytes, i);
    if (length === 0) return i;
    i += length;
  }
  return -1;
}

/** How much of a file reads as UTF-8: its well-formed multi-byte sequences and its damage. */
export interface Utf8Census {
  /** Well-formed sequences of 2 to 4 bytes (every Vietnamese letter with a mark is one). */
  multiByte: number;
  /** Runs of bytes that start no sequence, each counted once: the places the file is damaged. */
  damaged: number;
  /** Bytes in the longest such run. */
  longestDamage: number;
}

/** Counts, in one pass, the multi-byte sequences that are well formed and the runs that are not. */
export function utf8Census(bytes: Uint8Array): Utf8Census {
  const census: Utf8Census = { multiByte: 0, damaged: 0, longestDamage: 0 };
  let run = 0;
  for (let i = 0; i < bytes.length; ) {
    const length = sequenceAt(bytes, i);
    if (length === 0) {
      if (run === 0) census.damaged++;
      run++;
      census.longestDamage = Math.max(census.longestDamage, run);
      i++;
      continue;
    }
    run = 0;
    if (length > 1) census.multiByte++;
    i += length;
  }
  return census;
}

/**
 * True when bytes that are not valid UTF-8 are still UTF-8 with a few places damaged (a cut
 * download, a bad sector, one pasted byte): more than 99% of what should be multi-byte
 * sequences are well formed, or the damage is a few short runs among ten times as many good
 * sequences. A legacy code page (Windows-1258, TCVN3) writes its marked letters as single high
 * bytes, which almost never form valid sequences (none in a whole article, measured), so it
 * fails both tests.
 */
export function isDamagedUtf8(census: Utf8Census): boolean {
  const { multiByte, damaged, longestDamage } = census;
  if (multiByte === 0) return false;
  if (damaged * 100 < multiByte + damaged) return true;
  return damaged <= 10 && longestDamage <= 4 && multiByte >= 10 * damaged;
}

import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { encodeVariant } from './encode-variant.js';
import { generateArticle } from './generate.js';

const { bytes, text } = generateArticle(5);
const utf8 = (b: Uint8Array) => new TextDecoder('utf-8', { fatal: true }).decode(b);

describe('encodeVariant', () => {
  it('changes line ends to CRLF or CR and nothing else', () => {
    expect(utf8(encodeVariant(bytes, 'crlf'))).toBe(text.replace(/\n/g, '\r\n'));
    expect(utf8(encodeVariant(bytes, 'cr')).replace(/\r/g, '\n')).toBe(text);
  });

  it('adds a UTF-8 BOM', () => {
    const out = encodeVariant(bytes, 'bom');
    expect([...out.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(utf8(out.slice(3))).toBe(text);
  });

  it('decomposes to NFD, which NFC restores', () => {
    const nfd = utf8(encodeVariant(bytes, 'nfd'));
    expect(nfd).not.toBe(text);
    expect(nfd.normalize('NFC')).toBe(text);
  });

  it('writes UTF-16 with its byte order mark', () => {
    const le = encodeVariant(bytes, 'utf16le');
    const be = encodeVariant(bytes, 'utf16be');
    expect([...le.slice(0, 2)]).toEqual([0xff, 0xfe]);
    expect([...be.slice(0, 2)]).toEqual([0xfe, 0xff]);
    expect(new TextDecoder('utf-16le').decode(le.slice(2))).toBe(text);
    expect(new TextDecoder('utf-16be').decode(be.slice(2))).toBe(text);
  });

  it('writes Windows-1258 with combining tone marks, without losing a character', () => {
    const out = encodeVariant(bytes, 'windows1258');
    expect(text.includes('?') || !out.includes(0x3f)).toBe(true);
    expect(iconv.decode(Buffer.from(out), 'windows1258').normalize('NFC')).toBe(text);
    // "ệ" is "ê" (0xEA) + combining dot below (0xF2)
    expect([...encodeVariant(new TextEncoder().encode('hệ'), 'windows1258')]).toEqual([0x68, 0xea, 0xf2]);
    // "ậ": NFD puts the dot below first; the circumflex still joins the letter
    expect([...encodeVariant(new TextEncoder().encode('ậ'), 'windows1258')]).toEqual([0xe2, 0xf2]);
  });
});

import { createHash } from 'node:crypto';
import { Document } from '@dukien/core';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { readDocument } from './read-document.js';

const ARTICLE = [
  ' date 2024-03 Quảng Trị đón hơn 50 nghìn lượt khách dịp lễ hội',
  '',
  'Trong dịp lễ hội đầu xuân, tỉnh Quảng Trị đã đón hơn 50 nghìn lượt khách. Doanh thu du lịch ước đạt 45 tỷ đồng.',
  '',
  'Quang cảnh lễ khai mạc.',
  '',
  'Theo Sở Văn hóa, Thể thao và Du lịch, lượng khách tăng 12% so với cùng kỳ năm trước. Tỉnh đã tổ chức nhiều hoạt động văn hóa, thể thao hấp dẫn, thu hút đông đảo người dân tham gia.',
  '',
  'Minh Châu',
].join('\n');

const read = (input: Uint8Array | string, source = 'qt/2024/le-hoi.txt') => readDocument(input, { source });

describe('readDocument', () => {
  it('reads a UTF-8 article into a valid Document with roles', () => {
    const { document, problems } = read(ARTICLE);
    expect(problems).toEqual([]);
    expect(Document.safeParse(document).success).toBe(true);
    expect(document?.id).toBe('qt/2024/le-hoi');
    expect(document?.date).toBe('2024-03');
    expect(document?.title).toBe('Quảng Trị đón hơn 50 nghìn lượt khách dịp lễ hội');
    expect(document?.byline).toBe('Minh Châu');
    expect(document?.captions).toEqual(['Quang cảnh lễ khai mạc.']);
    expect(document?.paragraphs.map((p) => p.role)).toEqual(['title', 'lead', 'caption', 'body', 'byline']);
    const title = document?.paragraphs[0];
    expect(document?.text.slice(title?.start, title?.end)).toBe(
      'date 2024-03 Quảng Trị đón hơn 50 nghìn lượt khách dịp lễ hội',
    );
  });

  it('hashes the UTF-8 bytes of a string input, and the given bytes of a byte input', () => {
    const bytes = new TextEncoder().encode(ARTICLE);
    expect(read(ARTICLE).document?.sha256).toBe(read(bytes).document?.sha256);
    expect(read(ARTICLE).document?.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
  });

  it('takes an explicit id over the source path', () => {
    expect(readDocument(ARTICLE, { source: 'a.txt', id: 'x1' }).document?.id).toBe('x1');
    expect(readDocument(ARTICLE, { source: 'dir\\b.txt' }).document?.source).toBe('dir/b.txt');
  });

  it('gives the same canonical text for BOM, CRLF, CR and NFD variants', () => {
    const canonical = read(ARTICLE).document?.text;
    const variants = [
      `\uFEFF${ARTICLE}`,
      ARTICLE.replace(/\n/g, '\r\n'),
      ARTICLE.replace(/\n/g, '\r'),
      ARTICLE.normalize('NFD'),
    ];
    for (const v of variants) expect(read(v).document?.text).toBe(canonical);
  });

  it('decodes UTF-16 LE and BE with a byte order mark', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ARTICLE, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    expect(read(le).document?.title).toBe('Quảng Trị đón hơn 50 nghìn lượt khách dịp lễ hội');
    expect(read(be).document?.text).toBe(read(ARTICLE).document?.text);
  });

  it('counts offsets in code points when the text has characters outside the BMP', () => {
    const text =
      ' date 2024-03 Tin 😀 nhanh\n\nĐoạn mở đầu.\n\nĐoạn thân bài có 😀 biểu tượng và dài hơn một chút nữa, đã viết.';
    const { document } = read(text);
    const lead = document?.paragraphs[1];
    expect([...(document?.text ?? '')].slice(lead?.start, lead?.end).join('')).toBe('Đoạn mở đầu.');
  });

  it('decodes Windows-1258 (decomposed tones) with a warning, and reports it', () => {
    // Windows-1258 writes many toned vowels as base letter + combining tone.
    const decomposed = [...ARTICLE.normalize('NFC')]
      .map((ch) => {
        const d = ch.normalize('NFD');
        const tone = d.match(/[\u0300\u0301\u0303\u0309\u0323]/u)?.[0] ?? '';
        return d.replace(tone, '').normalize('NFC') + tone;
      })
      .join('');
    const bytes = iconv.encode(decomposed, 'windows1258');
    const { document, problems } = read(bytes);
    expect(document?.text).toBe(read(ARTICLE).document?.text);
    expect(problems).toMatchObject([{ code: 'encoding', severity: 'warning' }]);
  });

  it('decodes TCVN3', () => {
    const { document } = read(iconv.encode(ARTICLE, 'tcvn'));
    expect(document?.title).toBe('Quảng Trị đón hơn 50 nghìn lượt khách dịp lễ hội');
  });

  it('refuses invalid UTF-8 that is no known code page, naming the byte', () => {
    const bytes = Buffer.concat([
      Buffer.from(' date 2024-03 Tin\n\nabc '),
      Buffer.from([0xc3, 0x28, 0xa0, 0xa1]),
    ]);
    const { document, problems } = read(bytes);
    expect(document).toBeNull();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      code: 'encoding',
      severity: 'error',
      documentId: 'qt/2024/le-hoi',
      source: 'qt/2024/le-hoi.txt',
      factId: null,
      start: null,
      end: null,
      path: null,
    });
    expect(problems[0]?.message).toContain('invalid byte 0xC3 at byte 23');
    expect(problems[0]?.message).not.toMatch(/damaged/);
  });

  it('says a UTF-8 article with a few bad bytes is damaged, not in some legacy code page', () => {
    const good = Buffer.from(ARTICLE);
    const at = good.indexOf(Buffer.from('Doanh thu'));
    const once = Buffer.concat([good.subarray(0, at), Buffer.from([0xc3, 0x28]), good.subarray(at)]);
    expect(read(once).problems).toMatchObject([
      {
        code: 'encoding',
        severity: 'error',
        message: `not UTF-8: invalid byte 0xC3 at byte ${at} (the rest is UTF-8: a damaged file?)`,
      },
    ]);
    // Three lone bytes in a short article: few and isolated.
    const thrice = Buffer.from(good);
    for (const word of ['lễ hội', 'Sở', 'người dân']) thrice[thrice.indexOf(Buffer.from(word))] = 0xff;
    const { document, problems } = read(thrice);
    expect(document).toBeNull();
    expect(problems[0]?.message).toMatch(/^not UTF-8: invalid byte 0xFF at byte \d+ \(the rest is UTF-8/);
    expect(problems[0]?.message).not.toMatch(/TCVN|Windows-1258|VNI/);
  });

  it('never turns invalid bytes into U+FFFD', () => {
    const bytes = Buffer.concat([Buffer.from(ARTICLE), Buffer.from([0xff])]);
    const { document, problems } = read(bytes);
    expect(document).toBeNull();
    expect(problems[0]?.message).toMatch(/^not UTF-8: invalid byte 0xFF at byte \d+/);
  });

  it.each([
    ['a PNG image', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])],
    ['NUL bytes', Buffer.from('date 2024-03 x\n\0\0\0abc')],
    ['control characters', Buffer.from('date\x01\x02\x03\x04\x05\x06 2024-03\x07\x08\x0e\x0f')],
  ])('reports %s as binary', (_, bytes) => {
    const { document, problems } = read(bytes);
    expect(document).toBeNull();
    expect(problems.map((p) => p.code)).toEqual(['binary']);
  });

  it('reports a NUL byte far into an otherwise good article, naming its byte', () => {
    const good = Buffer.from(`${ARTICLE}\n\n${'Đoạn văn bình thường. '.repeat(600)}`);
    const bytes = Buffer.concat([good, Buffer.from([0]), Buffer.from('tiếp theo')]);
    const { document, problems } = read(bytes);
    expect(document).toBeNull();
    expect(problems.map((p) => [p.code, p.message])).toEqual([
      ['binary', `not a text file: it has a NUL byte at byte ${good.length}`],
    ]);
  });

  it.each([[''], ['   \n\n\t '], ['\uFEFF']])('reports %j as empty', (input) => {
    const { document, problems } = read(input);
    expect(document).toBeNull();
    expect(problems.map((p) => p.code)).toEqual(['empty']);
  });

  it.each([
    ['Tiêu đề không có ngày\n\nNội dung.', 'Tiêu đề không có ngày'],
    [' date 2023-13 Tiêu đề\n\nNội dung.', '13'],
    ['date 11/2023 Tiêu đề\n\nNội dung.', '11/2023'],
  ])('reports a bad header in %j as a header problem naming %s', (input, found) => {
    const { document, problems } = read(input);
    expect(document).toBeNull();
    expect(problems[0]?.code).toBe('header');
    expect(problems[0]?.message).toContain(found);
    expect(problems[0]?.start).toBe(input.startsWith(' ') ? 1 : 0);
  });

  it('treats every line as a paragraph when the body has no blank lines', () => {
    const text = ' date 2024-05 Tin\nĐoạn mở đầu dài về kinh tế.\nĐại biểu dự hội nghị.\nNguyễn An';
    const { document } = read(text);
    expect(document?.paragraphs.map((p) => p.role)).toEqual(['title', 'lead', 'caption', 'byline']);
  });

  it('gives a lone paragraph the lead role even when it looks like a name', () => {
    expect(read(' date 2024-05 Tin\n\nMinh Châu').document?.paragraphs.map((p) => p.role)).toEqual([
      'title',
      'lead',
    ]);
  });
});

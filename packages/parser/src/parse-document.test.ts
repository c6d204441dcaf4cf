import { offsetMap, sliceCodePoints } from '@dukien/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from './parse-document.js';
import { generateArticle } from './synthetic/index.js';

const ARTICLE = [
  ' date 2024-05 Quảng Trị đẩy mạnh thu hút đầu tư 😀',
  '',
  'Sáng 14/5, UBND tỉnh Quảng Trị tổ chức hội nghị xúc tiến đầu tư với sự tham dự của 120 doanh nghiệp.',
  '',
  'Chủ tịch UBND tỉnh Võ Văn Hưng cho biết, năm 2023 tỉnh thu hút 45 dự án với tổng vốn đăng ký 12.500 tỷ đồng.',
  '',
  'Minh Châu',
  '',
].join('\n');

describe('parseDocument', () => {
  it('reads the document and finds facts of every kind, grounded at code point offsets', () => {
    const { document, facts, problems } = parseDocument(ARTICLE, { source: 'qt/a.txt' });
    expect(problems).toEqual([]);
    expect(document?.id).toBe('qt/a');
    expect(document?.byline).toBe('Minh Châu');
    expect(new Set(facts.map((f) => f.kind))).toEqual(
      new Set(['quantity', 'time', 'person', 'organization', 'location', 'indicator']),
    );
    // The emoji in the title is two UTF-16 units but one code point: offsets after it are code points.
    const text = document?.text ?? '';
    for (const f of facts)
      expect(sliceCodePoints(text, f.evidence.start, f.evidence.end)).toBe(f.evidence.text);
    const money = facts.find((f) => f.kind === 'quantity' && f.unit === 'VND');
    expect(money?.evidence.text).toBe('12.500 tỷ đồng');
    expect(money?.id).toBe(`qt/a:quantity:${money?.evidence.start}-${money?.evidence.end}`);
  });

  it('reads no quantity in the number that closes the name of a body', () => {
    const text = 'date 2021-05 Tin\n\nBan Quản lý dự án 6 (Bộ GTVT) làm chủ đầu tư 1.150 tỉ đồng.';
    const { facts } = parseDocument(text, { source: 'x.txt' });
    expect(facts.filter((f) => f.kind === 'quantity').map((f) => f.evidence.text)).toEqual(['1.150 tỉ đồng']);
  });

  it('reads no time in the day a street is named for', () => {
    const text = 'date 2025-11 Tin\n\nCửa hàng trên đường 2 Tháng 4 và đường 30/4 bị kiểm tra ngày 5/11.';
    const { facts } = parseDocument(text, { source: 'x.txt' });
    expect(facts.filter((f) => f.kind === 'time').map((f) => f.evidence.text)).toEqual(['ngày 5/11']);
  });

  it('reads no quantity in a number inside the name of a body', () => {
    const text = 'date 2025-09 Tin\n\nTheo Thuế cơ sở 24 TP.HCM, thu ngân sách tăng 120 tỷ đồng.';
    const { facts } = parseDocument(text, { source: 'x.txt' });
    expect(facts.filter((f) => f.kind === 'quantity').map((f) => f.evidence.text)).toEqual(['120 tỷ đồng']);
  });

  it('reads the country that closes a company name, a surname inside the name notwithstanding', () => {
    const text = 'date 2024-06 Tin\n\nĐoàn thăm Công ty TNHH Dệt may Kim Hưng Việt Nam ở tỉnh Bình Dương.';
    const { facts } = parseDocument(text, { source: 'x.txt' });
    expect(facts.filter((f) => f.kind === 'location').map((f) => f.evidence.text)).toEqual([
      'Việt Nam',
      'Bình Dương',
    ]);
  });

  it('reads the country that closes the name of any body, a fund as a firm', () => {
    const text = 'date 2024-08 Tin\n\nQuỹ Bảo trợ trẻ em Việt Nam tài trợ 1,5 tỉ đồng cho tỉnh Lai Châu.';
    const { facts } = parseDocument(text, { source: 'x.txt' });
    expect(facts.filter((f) => f.kind === 'location').map((f) => f.evidence.text)).toEqual([
      'Việt Nam',
      'Lai Châu',
    ]);
  });

  it("reads the article's province closing a company name, and a place before a brand word", () => {
    const text =
      'date 2024-08 Tin\n\nTỉnh Lai Châu có nhiều vùng chè. Công ty Cổ phần Chè Tam Đường Xanh và Công ty Cổ phần Điện gió Sao Mai Lai Châu ký kết.';
    const { facts } = parseDocument(text, { source: 'x.txt' });
    expect(facts.filter((f) => f.kind === 'location').map((f) => [f.evidence.text, f.type])).toEqual([
      ['Lai Châu', 'province'],
      ['Tam Đường', 'district'],
      ['Lai Châu', 'province'],
    ]);
  });

  it('reads a region closing a company name or before its brand word', () => {
    const text =
      'date 2024-08 Tin\n\nTỉnh Đắk Lắk có Công ty Cổ phần Cà phê Tây Nguyên Xanh, Tổng công ty Điện lực Miền Trung và Công ty TNHH Đông Nam Bộ.';
    const { facts } = parseDocument(text, { source: 'x.txt' });
    expect(facts.filter((f) => f.kind === 'location').map((f) => [f.evidence.text, f.type])).toEqual([
      ['Đắk Lắk', 'province'],
      ['Tây Nguyên', 'region'],
      ['Miền Trung', 'region'],
      ['Đông Nam Bộ', 'region'],
    ]);
  });

  it("reads the country that closes a bank's name before its branch", () => {
    const text =
      'date 2024-08 Tin\n\nTỉnh Cà Mau đề nghị Ngân hàng Nhà nước Việt Nam Chi nhánh Cà Mau chỉ đạo các ngân hàng.';
    const { facts } = parseDocument(text, { source: 'x.txt' });
    expect(facts.filter((f) => f.kind === 'location').map((f) => [f.evidence.text, f.type])).toEqual([
      ['Cà Mau', 'province'],
      ['Việt Nam', 'country'],
      ['Cà Mau', 'province'],
    ]);
  });

  it('gives no fact for the byline', () => {
    const { document, facts } = parseDocument(ARTICLE, { source: 'a.txt' });
    const byline = document?.paragraphs.find((p) => p.role === 'byline');
    expect(byline).toBeDefined();
    expect(facts.filter((f) => f.evidence.start >= (byline?.start ?? 0))).toEqual([]);
  });

  it('returns a problem, not an exception, for a file without a header', () => {
    const { document, facts, problems } = parseDocument('Không có dòng tiêu đề.\n', { source: 'bad.txt' });
    expect(document).toBeNull();
    expect(facts).toEqual([]);
    expect(problems.map((p) => [p.code, p.source])).toEqual([['header', 'bad.txt']]);
  });

  it('gives the same facts for the same input, in dataset order with unique ids', () => {
    const a = parseDocument(ARTICLE, { source: 'a.txt' }).facts;
    const b = parseDocument(new TextEncoder().encode(ARTICLE), { source: 'a.txt' }).facts;
    expect(b).toEqual(a);
    expect(new Set(a.map((f) => f.id)).size).toBe(a.length);
  });

  it('never throws and grounds every fact on random and mutated articles', () => {
    const base = generateArticle(7).text;
    const mutated = fc
      .tuple(fc.nat(base.length), fc.nat(200), fc.string({ unit: 'grapheme', maxLength: 30 }))
      .map(([at, cut, insert]) => base.slice(0, at) + insert + base.slice(Math.min(base.length, at + cut)));
    const random = fc
      .string({ unit: 'grapheme', maxLength: 400 })
      .map((s) => ` date 2023-11 Tiêu đề\n\n${s}`);
    fc.assert(
      fc.property(fc.oneof(mutated, random), (text) => {
        const { document, facts } = parseDocument(text, { source: 'f.txt' });
        if (!document) return facts.length === 0;
        const map = offsetMap(document.text);
        return facts.every(
          (f) =>
            f.evidence.end > f.evidence.start &&
            f.evidence.end <= map.length &&
            sliceCodePoints(document.text, f.evidence.start, f.evidence.end, map) === f.evidence.text &&
            (f.kind !== 'quantity' || Number.isFinite(f.value)),
        );
      }),
      { seed: 20231111, numRuns: 150 },
    );
  });
});

describe('places inside the names of bodies', () => {
  const places = (body: string, date: string) =>
    parseDocument(` date ${date} Tin địa phương\n\n${body}\n\nPV\n`, { source: 'x.txt' }).facts.flatMap(
      (f) => (f.kind === 'location' ? [[f.evidence.text, f.type]] : []),
    );

  it('reads the commune closing a cooperative, not a country', () => {
    expect(
      places(
        'Tỉnh Bình Thuận họp. Ông Sáu, Giám đốc Hợp tác xã Dịch vụ nông nghiệp Hàm Đức cho biết.',
        '2025-03',
      ),
    ).toEqual([
      ['Bình Thuận', 'province'],
      ['Hàm Đức', 'commune'],
    ]);
  });

  it('reads no place in the bay a board runs, and the place before a group brand', () => {
    expect(
      places(
        'Tỉnh Quảng Ninh họp. Ban Quản lý vịnh Hạ Long cho biết; Công ty Than Mạo Khê - TKV đạt 1,5 triệu tấn.',
        '2018-10',
      ),
    ).toEqual([
      ['Quảng Ninh', 'province'],
      ['Mạo Khê', 'commune'],
    ]);
  });
});

describe('a place inside nested bodies', () => {
  it('is one fact, however many of the bodies hold it', () => {
    const article =
      'date 2024-07 Lai Châu: Chất vấn về giao thông\n\nTỉnh Lai Châu có tuyến đường do liên danh Công ty Cổ phần Xây dựng Trường Sơn Bắc - Công ty TNHH Hồng Hà Lai Châu thi công.\n\nNam\n';
    const { facts } = parseDocument(article, { source: 'x.txt' });
    const spans = facts
      .filter((f) => f.kind === 'location')
      .map((f) => `${f.evidence.start}-${f.evidence.end}`);
    expect(spans.length).toBeGreaterThan(0);
    expect(new Set(spans).size).toBe(spans.length);
  });
});

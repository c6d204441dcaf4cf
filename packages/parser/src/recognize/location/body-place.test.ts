import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../parse-document.js';

const places = (body: string, date = '2024-09') => {
  const article = `date ${date} Tin địa phương\n\n${body}\n\nThu Hà\n`;
  return parseDocument(article, { source: 'x.txt' })
    .facts.filter((f) => f.kind === 'location')
    .map((f) => (f.kind === 'location' ? [f.evidence.text, f.type, f.code] : []));
};

describe('a place closing the name of a body', () => {
  it('is read when it is a district or commune of the article province', () => {
    expect(
      places('Tỉnh Yên Bái chỉ đạo Công ty Cổ phần Thủy điện Thác Bà mở cửa xả; tỉnh Yên Bái cử người trực.'),
    ).toContainEqual(['Thác Bà', 'commune', '04717']);
  });

  it('takes the district where its central ward shares the name', () => {
    expect(places('Tỉnh Tây Ninh xây mới Trường THPT Trảng Bàng; tỉnh Tây Ninh cấp vốn.')).toContainEqual([
      'Trảng Bàng',
      'district',
      '712',
    ]);
  });

  it("is not the given name of the person a school is named for, though a firm's may be its place", () => {
    expect(
      places('Tỉnh Cà Mau khai giảng tại Trường THPT Phan Ngọc Hiển; tỉnh Cà Mau trao quà.', '2020-09'),
    ).not.toContainEqual(['Ngọc Hiển', 'district', '973']);
    expect(
      places('Tỉnh Lai Châu có Công ty TNHH Trà Phúc Khoa; tỉnh Lai Châu hỗ trợ.', '2024-05'),
    ).toContainEqual(['Phúc Khoa', 'commune', '03602']);
  });

  it('is not read in a body of another province, or as the whole name after the head', () => {
    expect(
      places('Tỉnh Hà Nam mời Công ty Cổ phần Thủy điện Thác Bà; tỉnh Hà Nam cử người trực.'),
    ).not.toContainEqual(['Thác Bà', 'commune', '04717']);
    expect(
      places('Tỉnh Yên Bái và Công ty Thác Bà ký kết; tỉnh Yên Bái cử người trực.').map((p) => p[0]),
    ).not.toContain('Thác Bà');
  });

  it('is the whole name after the head when the article names the unit itself', () => {
    // The title names the cooperative before the body types its commune.
    const article =
      'date 2024-11 Mai Sơn: HTX Mường Bon đưa khăn piêu ra nước ngoài\n\nTại xã Mường Bon, huyện Mai Sơn (Sơn La), hợp tác xã có 40 thành viên.\n\nThu Hà\n';
    const found = parseDocument(article, { source: 'x.txt' }).facts.filter((f) => f.kind === 'location');
    expect(found.filter((f) => f.evidence.text === 'Mường Bon').map((f) => f.evidence.start)).toEqual([
      26, 72,
    ]);
  });

  it('is not read after a common surname, where the words end a name the brand is', () => {
    expect(
      places('Tỉnh Yên Bái mời Công ty Cổ phần Xây dựng Nguyễn Thác Bà; tỉnh Yên Bái cử người trực.').map(
        (p) => p[0],
      ),
    ).not.toContain('Thác Bà');
  });
});

describe('places closing a body before a number or a brand after a dash', () => {
  it('reads the district a numbered school is named for', () => {
    expect(
      places('Trường THPT Đô Lương 1 và Trường THPT Diễn Châu 3 của tỉnh Nghệ An tuyển sinh.', '2024-06'),
    ).toEqual([
      ['Đô Lương', 'district', '427'],
      ['Diễn Châu', 'district', '425'],
      ['Nghệ An', 'province', '40'],
    ]);
  });

  it("reads the commune a mine company is named for, before its group's brand", () => {
    expect(
      places('Tỉnh Quảng Ninh khen Công ty Cổ phần Than Hà Lầm - Vinacomin vượt kế hoạch.', '2022-12').map(
        (p) => p[0],
      ),
    ).toEqual(['Quảng Ninh', 'Hà Lầm']);
  });
});

import { describe, expect, it } from 'vitest';
import { recognizeLocations } from '../location.js';
import { contextOf } from '../tokens/test-context.js';

const places = (text: string, date = '2023-12') =>
  recognizeLocations(contextOf(text, date)).map((f) => ({
    text: f.evidence.text,
    type: f.type,
    code: f.code,
  }));

describe('a type word covers every item of a list', () => {
  it.each([
    [
      'Tỉnh Lai Châu hỗ trợ các huyện Sìn Hồ, Phong Thổ và Than Uyên.',
      [
        ['Sìn Hồ', '108'],
        ['Phong Thổ', '109'],
        ['Than Uyên', '110'],
      ],
    ],
    [
      'Lai Châu bố trí dân cư tại các xã Pa Vệ Sử, Tá Bạ.',
      [
        ['Pa Vệ Sử', '03448'],
        ['Tá Bạ', '03440'],
      ],
    ],
    [
      'Bắc Giang chỉ đạo huyện Lục Nam, Yên Thế hoặc Sơn Động rà soát.',
      [
        ['Lục Nam', '218'],
        ['Yên Thế', '215'],
      ],
    ],
    [
      'Hà Tĩnh: ở các xã Xuân Hội, Cương Gián (huyện Nghi Xuân) hay Thượng Lộc (huyện Can Lộc), nhà mới mọc lên.',
      [
        ['Cương Gián', '18403'],
        ['Thượng Lộc', '18478'],
      ],
    ],
  ])('%s', (text, expected) => {
    const found = places(text);
    for (const [span, code] of expected) {
      expect(found).toContainEqual(expect.objectContaining({ text: span, code }));
    }
  });

  it('takes no item the gazetteer lacks at that level', () => {
    const found = places('Các huyện Sìn Hồ, Ngọc Lan và Hoàng Mai dự hội nghị.').map((f) => f.text);
    expect(found).toContain('Sìn Hồ');
    expect(found).not.toContain('Ngọc Lan');
  });

  it('stops at a list item outside the province the article writes about', () => {
    // "Yên Thế" is a district of Bắc Giang, not of Lai Châu.
    const found = places('Tỉnh Lai Châu có các huyện Sìn Hồ, Yên Thế.').map((f) => f.text);
    expect(found).toContain('Sìn Hồ');
    expect(found).not.toContain('Yên Thế');
  });

  it('does not run on into a person named after the list', () => {
    const found = places('Các xã Pa Vệ Sử, Tá Bạ, Nguyễn Văn An cho biết.').map((f) => f.text);
    expect(found).not.toContain('Nguyễn Văn An');
  });
});

describe('the places of a plural type word after what describes them', () => {
  it.each([
    'Lai Châu hỗ trợ các xã vùng cao biên giới Pa Vệ Sử, Tá Bạ làm nhà.',
    'Tại 2/7 xã, thị trấn như Pa Vệ Sử, Tá Bạ, người dân trồng quế.',
    'Tỉnh Lai Châu có 2 xã đặc biệt khó khăn là Pa Vệ Sử và Tá Bạ.',
  ])('%s', (text) => {
    const found = places(text);
    expect(found).toContainEqual({ text: 'Pa Vệ Sử', type: 'commune', code: '03448' });
    expect(found).toContainEqual({ text: 'Tá Bạ', type: 'commune', code: '03440' });
  });

  it.each([
    'Các xã vùng cao đã hoàn thành kế hoạch.',
    'Các xã vùng cao Nguyễn Văn An cho biết đã hoàn thành.',
    'Nhiều xã có Trường Tiểu học đạt chuẩn.',
  ])('reads no place where the gazetteer knows none: %s', (text) => {
    expect(places(text).filter((p) => p.type === 'commune')).toEqual([]);
  });
});

describe('a name spelt without a mark the gazetteer has', () => {
  it('reads "Mù Cang Chải" as the district "Mù Căng Chải", after its type word and in a list', () => {
    const found = places(
      'Bão làm sạt lở tại huyện Mù Cang Chải; các huyện Văn Chấn, Mù Cang Chải thiệt hại nặng.',
      '2024-10',
    );
    expect(found.filter((p) => p.text === 'Mù Cang Chải')).toEqual([
      { text: 'Mù Cang Chải', type: 'district', code: '137' },
      { text: 'Mù Cang Chải', type: 'district', code: '137' },
    ]);
  });
});

describe('a figure after a list of places', () => {
  it('is no numbered place', () => {
    const found = places('Tại xã Tà Tổng và xã Pa Vệ Sử, 1.250 hộ đã được hỗ trợ.');
    expect(found.map((p) => p.text)).toEqual(['Tà Tổng', 'Pa Vệ Sử']);
  });

  it('still lists numbered wards', () => {
    const found = places('Các phường 1, 2 và 3 của TP Sóc Trăng được sáp nhập.', '2019-05');
    expect(found.filter((p) => p.type === 'commune').map((p) => p.text)).toEqual(['phường 1', '2', '3']);
  });
});

describe('a single place after a word that says where it lies', () => {
  it('reads "xã biên giới Y Tý" as the commune, and no person in its name', () => {
    const found = places('Tại xã biên giới Y Tý, Bí thư Đảng ủy xã Y Tý Lù Seo Chơ cho biết.', '2024-09');
    expect(found.filter((p) => p.text === 'Y Tý')).toEqual([
      { text: 'Y Tý', type: 'commune', code: '02701' },
      { text: 'Y Tý', type: 'commune', code: '02701' },
    ]);
  });
});

describe('the province closing a district named with its level', () => {
  it('is the province, no further district of the list, though a city bears its name', () => {
    const read = (text: string) =>
      recognizeLocations(contextOf(text, '2024-01')).map((f) => [f.evidence.text, f.type, f.code]);
    expect(read('Chị Sa (quê huyện Trà Cú, Trà Vinh) và anh Lò (huyện Mộc Châu, Sơn La) về quê.')).toEqual([
      ['Trà Cú', 'district', '849'],
      ['Trà Vinh', 'province', '84'],
      ['Mộc Châu', 'district', '123'],
      ['Sơn La', 'province', '14'],
    ]);
  });
});

describe("a commune that shares its province's name", () => {
  const read = (text: string) =>
    recognizeLocations(contextOf(text, '2024-04')).map((f) => [f.evidence.text, f.type, f.code]);

  it('is an item of the list when "và" brings it or more communes follow it', () => {
    expect(read('Huyện Cần Giuộc có các xã Tân Tập, Long Phụng và Long An bị thiệt hại.')).toEqual([
      ['Cần Giuộc', 'district', '807'],
      ['Tân Tập', 'commune', '28207'],
      ['Long Phụng', 'commune', '28201'],
      ['Long An', 'commune', '28198'],
    ]);
    expect(
      read('Huyện Cần Giuộc có các xã Tân Tập, Long An, Long Phụng bị thiệt hại.').map((p) => p[1]),
    ).toEqual(['district', 'commune', 'commune', 'commune']);
  });

  it('is the province after a comma that closes the list', () => {
    expect(read('Ông Tư quê xã Long Phụng, Long An.')).toEqual([
      ['Long Phụng', 'commune', '28201'],
      ['Long An', 'province', '80'],
    ]);
  });
});

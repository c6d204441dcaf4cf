import { describe, expect, it } from 'vitest';
import { recognizeLocations } from '../location.js';
import { contextOf } from '../tokens/test-context.js';

const zones = (text: string) =>
  recognizeLocations(contextOf(text))
    .filter((f) => f.type === 'industrial_zone')
    .map((f) => ({ text: f.evidence.text, name: f.name }));

describe('economic zones are industrial_zone places', () => {
  it.each([
    ['Khu kinh tế mở Vân Phong thu hút nhiều dự án.', 'Khu kinh tế mở Vân Phong', 'Vân Phong'],
    ['Doanh nghiệp trong KKTM Nhơn Hội tăng nhanh.', 'KKTM Nhơn Hội', 'Nhơn Hội'],
    ['Hạ tầng khu kinh tế cửa khẩu Lao Bảo được đầu tư.', 'khu kinh tế cửa khẩu Lao Bảo', 'Lao Bảo'],
    ['Hàng hóa qua KKTCK Mộc Bài tăng.', 'KKTCK Mộc Bài', 'Mộc Bài'],
    ['Khu kinh tế ven biển Quảng Yên đã có quy hoạch.', 'Khu kinh tế ven biển Quảng Yên', 'Quảng Yên'],
    ['Nhà đầu tư vào KKT Vũng Áng ngày càng đông.', 'KKT Vũng Áng', 'Vũng Áng'],
    [
      'Khu nông nghiệp ứng dụng công nghệ cao Mộc Châu thu hút 5 dự án.',
      'Khu nông nghiệp ứng dụng công nghệ cao Mộc Châu',
      'Mộc Châu',
    ],
    ['Ban Quản lý Khu kinh tế Dung Quất họp.', 'Khu kinh tế Dung Quất', 'Dung Quất'],
    ['Dự án nằm trong KCN phía Đông Dung Quất.', 'KCN phía Đông Dung Quất', 'phía Đông Dung Quất'],
    [
      'Tại Khu kinh tế - thương mại đặc biệt Lao Bảo, hàng hóa tăng.',
      'Khu kinh tế - thương mại đặc biệt Lao Bảo',
      'Lao Bảo',
    ],
  ])('%s', (text, span, name) => {
    expect(zones(text)).toEqual([{ text: span, name }]);
  });

  it.each([
    'Các khu kinh tế mở rộng quy mô sản xuất.',
    'Khu kinh tế ven biển cần nhiều vốn hơn.',
    'Tỉnh có 3 KKTM và 2 KCN.',
    // A side with no place after it is where zones lie.
    'Các KCN phía Nam thu hút nhiều dự án.',
    'Tỉnh quy hoạch KCN phía Tây Bắc.',
  ])('needs a name after the type: %s', (text) => {
    expect(zones(text)).toEqual([]);
  });
});

describe('a zone name ends where a person is named', () => {
  it('stops before a surname and given name after two name words', () => {
    expect(zones('Trưởng BQL KKTM Vân Phong Trần Văn Hải phát biểu.')).toEqual([
      { text: 'KKTM Vân Phong', name: 'Vân Phong' },
    ]);
  });

  it("stops before a full name that opens with a commune's name, a given name after it", () => {
    // "Vũ Minh" is a commune; "Vũ Minh Hiếu" goes on past it.
    expect(zones('Trưởng Ban Quản lý Khu kinh tế Hải Phòng Vũ Minh Hiếu cho biết.')).toEqual([
      { text: 'Khu kinh tế Hải Phòng', name: 'Hải Phòng' },
    ]);
  });

  it('keeps a surname that is part of a short name', () => {
    expect(zones('Nhà máy ở KCN Đồng An mở rộng.')).toEqual([{ text: 'KCN Đồng An', name: 'Đồng An' }]);
    expect(zones('Doanh nghiệp KCN Bắc Đồng Phú tuyển lao động.')).toEqual([
      { text: 'KCN Bắc Đồng Phú', name: 'Bắc Đồng Phú' },
    ]);
  });

  it("keeps a place's name that opens with a surname", () => {
    expect(zones('Doanh nghiệp KCN Tây Bắc Đồng Hới tuyển lao động.')).toEqual([
      { text: 'KCN Tây Bắc Đồng Hới', name: 'Tây Bắc Đồng Hới' },
    ]);
    expect(zones('Nhà máy ở KCN Nam Cầu Kiền Lê Văn Tám phát biểu.')).toEqual([
      { text: 'KCN Nam Cầu Kiền', name: 'Nam Cầu Kiền' },
    ]);
  });
});

describe("a side that opens a zone's name", () => {
  it('needs capitals after it', () => {
    expect(zones('Các khu công nghiệp phía nam đã lấp đầy.')).toEqual([]);
  });
});

describe('a zone named again without its type word', () => {
  it('is the zone, where the sentence names it', () => {
    expect(
      zones('Khu kinh tế Dung Quất thu hút 5 dự án. Đến năm 2030, Dung Quất sẽ là trung tâm lọc hóa dầu.'),
    ).toEqual([
      { text: 'Khu kinh tế Dung Quất', name: 'Dung Quất' },
      { text: 'Dung Quất', name: 'Dung Quất' },
    ]);
  });

  it('is the zone where a unit of its name came only later, and after a year', () => {
    const text =
      'Nhà máy tại Khu kinh tế Vũng Áng hoạt động. Doanh nghiệp vào chuỗi cung ứng tại Vũng Áng. Đến năm 2025 Vũng Áng trở thành trung tâm.';
    expect(
      recognizeLocations(contextOf(text, '2019-12'))
        .filter((f) => f.name === 'Vũng Áng')
        .map((f) => f.type),
    ).toEqual(['industrial_zone', 'industrial_zone', 'industrial_zone']);
  });

  it('is no zone where it is joined to the name of a port, another port', () => {
    expect(
      zones(
        'Khu kinh tế Chân Mây thu hút 4 dự án. Hai cảng biển Thuận An và Chân Mây đón tàu; ở Phú Bài và Chân Mây, sản lượng tăng.',
      ).map((z) => z.text),
    ).toEqual(['Khu kinh tế Chân Mây', 'Chân Mây']);
  });

  it('is no zone inside another name, nor a district the gazetteer has', () => {
    expect(zones('Khu kinh tế Dung Quất có Nhà máy Lọc dầu Dung Quất.').map((z) => z.text)).toEqual([
      'Khu kinh tế Dung Quất',
    ]);
    expect(zones('KCN Đồng Phú đã lấp đầy; tại Đồng Phú, dân số tăng.').map((z) => z.text)).toEqual([
      'KCN Đồng Phú',
    ]);
  });
});

describe('a person after the plural zones of a board', () => {
  it('is no zone', () => {
    expect(
      zones('Trưởng Ban Quản lý Khu kinh tế Nghi Sơn và các khu công nghiệp Lê Minh Nghĩa cho biết.'),
    ).toEqual([{ text: 'Khu kinh tế Nghi Sơn', name: 'Nghi Sơn' }]);
  });
});

describe('a zone named with its extension or as a free trade zone', () => {
  const zones = (text: string) =>
    recognizeLocations(contextOf(text, '2026-09'))
      .filter((f) => f.type === 'industrial_zone')
      .map((f) => [f.evidence.text, f.name]);

  it('keeps "mở rộng" in the name before the verb, not before what it extends by', () => {
    expect(zones('Tỷ lệ lấp đầy KCN Quế Võ mở rộng đạt 91%. KCN Yên Phong mở rộng thêm 200 ha.')).toEqual([
      ['KCN Quế Võ mở rộng', 'Quế Võ mở rộng'],
      ['KCN Yên Phong', 'Yên Phong'],
    ]);
  });

  it('keeps "mở rộng" in the name before a comma or a bracket', () => {
    expect(
      zones(
        'Nhà máy đặt tại KCN Tiên Sơn mở rộng, vốn 20 triệu USD; KCN Quang Châu mở rộng (huyện Việt Yên) đạt 80%.',
      ),
    ).toEqual([
      ['KCN Tiên Sơn mở rộng', 'Tiên Sơn mở rộng'],
      ['KCN Quang Châu mở rộng', 'Quang Châu mở rộng'],
    ]);
  });

  it('ends the name before a figure that goes on or takes a percent', () => {
    expect(
      zones('Thu hút vào KKT Nam Phú Yên 12.000 tỉ đồng; KCN Hòa Hiệp 74%, KCN Phú Mỹ 2 có 30 dự án.'),
    ).toEqual([
      ['KKT Nam Phú Yên', 'Nam Phú Yên'],
      ['KCN Hòa Hiệp', 'Hòa Hiệp'],
      ['KCN Phú Mỹ 2', 'Phú Mỹ 2'],
    ]);
  });

  it('reads a free trade zone as a zone named for its city', () => {
    expect(zones('Khu thương mại tự do Đà Nẵng thu hút 3 dự án.')).toEqual([
      ['Khu thương mại tự do Đà Nẵng', 'Đà Nẵng'],
    ]);
  });
});

describe('a zone numbered in the plan', () => {
  it('is read with its number as its name: "KCN số 5"', () => {
    const found = recognizeLocations(
      contextOf('Tỉnh khởi công KCN số 5 và Khu công nghiệp số 3; KCN số 5 rộng 200 ha.', '2025-01'),
    );
    expect(found.filter((f) => f.type === 'industrial_zone').map((f) => [f.evidence.text, f.name])).toEqual([
      ['KCN số 5', 'số 5'],
      ['Khu công nghiệp số 3', 'số 3'],
      ['KCN số 5', 'số 5'],
    ]);
  });

  it('is none where the number goes on as a figure: "các KCN số 12,5%"', () => {
    const found = recognizeLocations(contextOf('Tỷ lệ lấp đầy các KCN số 12,5% cao hơn.', '2025-01'));
    expect(found.filter((f) => f.type === 'industrial_zone')).toEqual([]);
  });
});

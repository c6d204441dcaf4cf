import { describe, expect, it } from 'vitest';
import { recognizeLocations } from '../location.js';
import { contextOf } from '../tokens/test-context.js';

const places = (text: string) =>
  recognizeLocations(contextOf(text, '2024-08')).map((f) => ({
    text: f.evidence.text,
    name: f.name,
    type: f.type,
  }));

describe('bridges are roads named with their number', () => {
  it.each([
    ['Khi cầu Mỹ Thuận 2 đưa vào khai thác, giao thông thuận lợi.', 'cầu Mỹ Thuận 2', 'Cầu Mỹ Thuận 2'],
    ['Cầu Rạch Miễu 2 đang được thi công.', 'Cầu Rạch Miễu 2', 'Cầu Rạch Miễu 2'],
    ['Xe tải không được qua cầu Trần Thị Lý.', 'cầu Trần Thị Lý', 'Cầu Trần Thị Lý'],
    ['Xe hàng thông quan qua cầu Bắc Luân II tăng mạnh.', 'cầu Bắc Luân II', 'Cầu Bắc Luân II'],
  ])('%s', (text, span, name) => {
    expect(places(text)).toEqual([{ text: span, name, type: 'road' }]);
  });

  it('leaves a sum after the name to the sentence', () => {
    expect(places('Tỉnh khánh thành cầu Vàm Cống 212,5 tỉ đồng.')).toEqual([
      { text: 'cầu Vàm Cống', name: 'Cầu Vàm Cống', type: 'road' },
    ]);
  });

  it('reads a capitalized bridge that opens its sentence', () => {
    expect(places('Cầu Rạch Miễu 2 được thông xe.').map((p) => [p.text, p.type])).toEqual([
      ['Cầu Rạch Miễu 2', 'road'],
    ]);
  });

  it('keeps a place named inside the bridge out of the facts', () => {
    expect(places('Dự án cầu Cao Lãnh nối hai bờ.').map((p) => p.type)).toEqual(['road']);
  });

  it.each([
    ['Tại điểm cầu Hà Tĩnh, lãnh đạo tỉnh dự họp.', [{ text: 'Hà Tĩnh', name: 'Hà Tĩnh', type: 'province' }]],
    ['Tỉnh yêu cầu Sở Xây dựng báo cáo.', []],
    ['Nhu cầu Vốn đầu tư còn lớn.', []],
    ['Cây cầu mới đã thông xe.', []],
    ['Hải quan cửa khẩu quốc tế Cầu Treo tạm giữ lô hàng.', []],
    ['Riêng khu vực Cầu Treo có 41 vụ vi phạm.', []],
    ['Giá khóm Cầu Đúc tăng; tàu cá vào cảng Cầu Đá tránh bão.', []],
    ['Nông dân huyện Cầu Kè trồng dừa.', [{ text: 'Cầu Kè', name: 'Cầu Kè', type: 'district' }]],
  ])('reads no bridge in %s', (text, expected) => {
    expect(places(text)).toEqual(expected);
  });
});

describe('a numbered road the street word names', () => {
  it('is the numbered road, not a street called "Quốc"', () => {
    expect(places('Du khách đi cung đường Quốc lộ 4C và đường Tỉnh lộ 176.')).toEqual([
      { text: 'Quốc lộ 4C', name: 'Quốc lộ 4C', type: 'road' },
      { text: 'Tỉnh lộ 176', name: 'Tỉnh lộ 176', type: 'road' },
    ]);
  });
});

describe('road names', () => {
  it('write the old tone placement the modern way, as other names are', () => {
    expect(places('Tỉnh đẩy nhanh cao tốc Hoà Bình - Mộc Châu.')).toEqual([
      { text: 'cao tốc Hoà Bình - Mộc Châu', name: 'Cao tốc Hòa Bình - Mộc Châu', type: 'road' },
    ]);
  });
});

describe('an expressway named only by how it is financed', () => {
  it('is no road; one with a name after the form still is', () => {
    expect(places('Dự án thành phần 3 (cao tốc PPP) và cao tốc BOT Pháp Vân - Cầu Giẽ.')).toEqual([
      { text: 'cao tốc BOT Pháp Vân - Cầu Giẽ', name: 'Cao tốc BOT Pháp Vân - Cầu Giẽ', type: 'road' },
    ]);
  });
});

describe('ring roads', () => {
  it('keeps the region or city a ring road circles in its name, and no place inside it', () => {
    expect(places('Vốn cho đường Vành đai 4 - Vùng Thủ đô và Vành đai 3 TP.HCM tăng.')).toEqual([
      { text: 'đường Vành đai 4 - Vùng Thủ đô', name: 'Đường Vành đai 4 - Vùng Thủ đô', type: 'road' },
      { text: 'Vành đai 3 TP.HCM', name: 'Vành đai 3 TP.HCM', type: 'road' },
    ]);
    expect(places('Đường Vành đai 2 qua Hà Nội đã xong.')).toEqual([
      { text: 'Đường Vành đai 2', name: 'Đường Vành đai 2', type: 'road' },
      { text: 'Hà Nội', name: 'Hà Nội', type: 'city' },
    ]);
  });

  it('reads a ring road named by its side of the city, with the city after "TP."', () => {
    expect(places('Đường Vành đai phía Tây TP. Pleiku dài 16 km; Vành đai phía Đông thông xe.')).toEqual([
      {
        text: 'Đường Vành đai phía Tây TP. Pleiku',
        name: 'Đường Vành đai phía Tây TP. Pleiku',
        type: 'road',
      },
      { text: 'Vành đai phía Đông', name: 'Vành đai phía Đông', type: 'road' },
    ]);
  });

  it('reads the half ring between two others, "2,5" and "3,5", with its half', () => {
    expect(places('Đường Vành đai 2,5 đoạn qua quận Hoàng Mai và Vành đai 3,5 TP.HCM sẽ thông xe.')).toEqual([
      { text: 'Đường Vành đai 2,5', name: 'Đường Vành đai 2,5', type: 'road' },
      { text: 'Hoàng Mai', name: 'Hoàng Mai', type: 'district' },
      { text: 'Vành đai 3,5 TP.HCM', name: 'Vành đai 3,5 TP.HCM', type: 'road' },
    ]);
  });
});

describe('a branch of a road', () => {
  it('closes the road name', () => {
    expect(places('Nâng cấp đường Hồ Chí Minh nhánh Tây qua huyện.')).toContainEqual({
      text: 'đường Hồ Chí Minh nhánh Tây',
      name: 'Đường Hồ Chí Minh nhánh Tây',
      type: 'road',
    });
  });
});

describe('a ring road numbered in Roman numerals', () => {
  it('is read with its number', () => {
    expect(places('Tỉnh đầu tư đường Vành đai V qua huyện.')).toContainEqual({
      text: 'đường Vành đai V',
      name: 'Đường Vành đai V',
      type: 'road',
    });
  });
});

describe('the places that end a section of a road', () => {
  const coded = (text: string) =>
    recognizeLocations(contextOf(text, '2022-05')).map((f) => ({
      text: f.evidence.text,
      type: f.type,
      code: f.code,
    }));

  it('reads both ends of "đoạn A - B" as the places of the article province', () => {
    expect(coded('Tỉnh Hà Giang nâng cấp Đường tỉnh 176 đoạn Du Già - Đường Thượng.')).toEqual([
      { text: 'Hà Giang', type: 'province', code: '02' },
      { text: 'Đường tỉnh 176', type: 'road', code: null },
      { text: 'Du Già', type: 'commune', code: '00871' },
      { text: 'Đường Thượng', type: 'commune', code: '00862' },
    ]);
  });

  it('reads "đoạn từ A đến B"', () => {
    const found = coded('Hà Giang mở rộng quốc lộ 4C đoạn từ Quản Bạ đến Yên Minh.');
    expect(found).toContainEqual({ text: 'Quản Bạ', type: 'district', code: '029' });
    expect(found).toContainEqual({ text: 'Yên Minh', type: 'district', code: '028' });
  });

  it('reads no end where none is named', () => {
    expect(coded('Quốc lộ 1 đoạn qua thị trấn bị ngập.').map((p) => p.type)).toEqual(['road']);
    expect(coded('Quốc lộ 1 đoạn 2 đã thông xe.').map((p) => p.type)).toEqual(['road']);
  });
});

describe('urban railway lines', () => {
  const named = (text: string) =>
    recognizeLocations(contextOf(text, '2026-01')).map((f) => [f.evidence.text, f.name, f.type]);

  it('reads a metro line with its end stations, or by its number alone', () => {
    expect(named('Tuyến metro số 1 Bến Thành - Suối Tiên đón 20 triệu lượt khách.')).toEqual([
      ['Tuyến metro số 1 Bến Thành - Suối Tiên', 'Tuyến metro số 1 Bến Thành - Suối Tiên', 'road'],
    ]);
    expect(named('Thành phố khởi công tuyến metro số 2 trong năm nay.')).toEqual([
      ['tuyến metro số 2', 'Tuyến metro số 2', 'road'],
    ]);
  });

  it('reads a line by its number and end stations without "metro", or "metro" and its ends alone', () => {
    expect(named('Tuyến số 4 Mê Linh - Sài Đồng được khởi công.')).toEqual([
      ['Tuyến số 4 Mê Linh - Sài Đồng', 'Tuyến số 4 Mê Linh - Sài Đồng', 'road'],
    ]);
    expect(named('Hành khách đi metro Bến Thành - Suối Tiên tăng.')).toEqual([
      ['metro Bến Thành - Suối Tiên', 'Metro Bến Thành - Suối Tiên', 'road'],
    ]);
    // A numbered route without named ends is no line: "tuyến số 3" of a bus or a plan.
    expect(named('Xe buýt tuyến số 32 chạy 15 phút một chuyến.')).toEqual([]);
  });

  it('reads "metro số N" without "tuyến", and a roundabout or a bus station at a line\'s end', () => {
    expect(
      named('Công trường metro số 5 rào vỉa hè; tuyến metro số 3 Bến Thành - bến xe Miền Tây được duyệt.'),
    ).toEqual([
      ['metro số 5', 'Metro số 5', 'road'],
      [
        'tuyến metro số 3 Bến Thành - bến xe Miền Tây',
        'Tuyến metro số 3 Bến Thành - bến xe Miền Tây',
        'road',
      ],
    ]);
  });

  it('reads a line named by its ends alone when one is a station; a ferry route has none', () => {
    expect(
      named('Khách đi tuyến Yên Viên - ga Ngọc Hồi tăng; tàu cao tốc chạy tuyến Sa Kỳ - Lý Sơn.'),
    ).toEqual([['tuyến Yên Viên - ga Ngọc Hồi', 'Tuyến Yên Viên - ga Ngọc Hồi', 'road']]);
  });

  it('reads "ga" in lower case before the station that ends a line, and its number in the network', () => {
    expect(named('Tuyến đường sắt đô thị số 2 Nam Thăng Long - ga Trần Hưng Đạo dài 11 km.')).toEqual([
      [
        'Tuyến đường sắt đô thị số 2 Nam Thăng Long - ga Trần Hưng Đạo',
        'Tuyến đường sắt đô thị số 2 Nam Thăng Long - ga Trần Hưng Đạo',
        'road',
      ],
    ]);
  });

  it('reads no line without a number, and no expressway named by a country', () => {
    expect(named('Các tuyến metro đang được nghiên cứu.')).toEqual([]);
    expect(
      named('Tổng công ty Đầu tư phát triển đường cao tốc Việt Nam làm chủ đầu tư.').map((p) => p[2]),
    ).not.toContain('road');
  });
});

describe('a section of an expressway named by its ends', () => {
  it('is one road', () => {
    expect(places('Dự án cao tốc Bắc - Nam đoạn Diễn Châu - Bãi Vọt đã thông xe.')).toEqual([
      {
        text: 'cao tốc Bắc - Nam đoạn Diễn Châu - Bãi Vọt',
        name: 'Cao tốc Bắc - Nam đoạn Diễn Châu - Bãi Vọt',
        type: 'road',
      },
    ]);
  });
});

describe('avenues', () => {
  it('are streets', () => {
    expect(places('Thành phố thông xe đại lộ Nam Sông Mã.')).toEqual([
      { text: 'đại lộ Nam Sông Mã', name: 'Đại lộ Nam Sông Mã', type: 'road' },
    ]);
  });
});

describe('a fast boat', () => {
  it('is no expressway', () => {
    expect(
      places('Doanh nghiệp có 18/22 tàu cao tốc Cửa Đại hoạt động.').filter((p) => p.type === 'road'),
    ).toEqual([]);
  });
});

describe('a street named for a day of the year', () => {
  it('keeps the month in its name, no date of its own', () => {
    expect(places('Nhà văn hóa nằm trên đường 19/5, gần chợ.')).toEqual([
      { text: 'đường 19/5', name: 'Đường 19/5', type: 'road' },
    ]);
  });
});

describe('a distance from an expressway', () => {
  it('names no expressway by its number of kilometres', () => {
    expect(places('KCN nằm cách tuyến cao tốc 5 - 12 km.').map((p) => p.type)).not.toContain('road');
  });
});

describe('a route counted by each', () => {
  it('reads no street in "mỗi đường 3 chuyến/tuần", but one in "đường 2 phường 5"', () => {
    const roads = (text: string) =>
      recognizeLocations(contextOf(text, '2022-04'))
        .filter((f) => f.type === 'road')
        .map((f) => f.evidence.text);
    expect(roads('Hãng bay Đà Lạt - Vân Đồn, mỗi đường 3 chuyến/tuần; nhà ở đường 2 phường 5.')).toEqual([
      'đường 2',
    ]);
  });
});

describe('a number after "đường" that a unit measures', () => {
  it('is what the road costs or measures, not its name', () => {
    expect(places('Tuyến đường 1.180 tỉ đồng vào khu du lịch; đoạn đường 17,5 km hoàn thành.')).toEqual([]);
    expect(places('Nhà văn hóa trên đường 17 mới xây.')).toEqual([
      { text: 'đường 17', name: 'Đường 17', type: 'road' },
    ]);
  });
});

describe('streets named "phố"', () => {
  it('reads a street after a lower-case "phố", not "thành phố", "khu phố", "tổ dân phố"', () => {
    expect(places('Quán nằm trên phố Hàng Bạc, gần tuyến phố Đinh Tiên Hoàng.')).toEqual([
      { text: 'phố Hàng Bạc', name: 'Phố Hàng Bạc', type: 'road' },
      { text: 'phố Đinh Tiên Hoàng', name: 'Phố Đinh Tiên Hoàng', type: 'road' },
    ]);
    expect(places('Khu phố Tân Bình và tổ dân phố Quyết Thắng ra quân.').map((p) => p.type)).not.toContain(
      'road',
    );
    expect(places('Người dân thành phố Vinh đón Tết.')).toEqual([
      { text: 'Vinh', name: 'Vinh', type: 'district' },
    ]);
  });
});

describe('an urban railway named by the places it joins', () => {
  it('is one road, the places inside it no facts of their own', () => {
    expect(
      recognizeLocations(
        contextOf('Dự án tuyến đường sắt đô thị Nha Trang - Cam Ranh dài 40 km.', '2024-03'),
      ).map((f) => [f.evidence.text, f.type]),
    ).toEqual([['tuyến đường sắt đô thị Nha Trang - Cam Ranh', 'road']]);
  });
});

describe('an interchange named by capitals', () => {
  it('is a road, "liên thông" kept in its name', () => {
    expect(
      recognizeLocations(
        contextOf(
          'Nút giao liên thông Trung Minh thông xe; nút giao Trung Minh giảm 30 phút đi lại.',
          '2023-12',
        ),
      ).map((f) => [f.evidence.text, f.type]),
    ).toEqual([
      ['Nút giao liên thông Trung Minh', 'road'],
      ['nút giao Trung Minh', 'road'],
    ]);
  });

  it('leaves the interchange of numbered roads to their names', () => {
    expect(
      recognizeLocations(contextOf('Thi công nút giao Vành đai 3 với quốc lộ 5 tại xã Đông Dư.', '2023-12'))
        .filter((f) => f.type === 'road')
        .map((f) => f.evidence.text),
    ).toEqual(['Vành đai 3', 'quốc lộ 5']);
  });
});

describe('a national road named by the places it joins', () => {
  it('reads "quốc lộ Long Phú - Cái Sắn" whole, and no road in a bare "quốc lộ" before a capital', () => {
    const ctx = contextOf('Dự án quốc lộ Long Phú - Cái Sắn đã thông xe; quốc lộ Hà Tiên cần vốn.');
    expect(
      recognizeLocations(ctx)
        .filter((f) => f.type === 'road')
        .map((f) => f.name),
    ).toEqual(['Quốc lộ Long Phú - Cái Sắn']);
  });
});

describe('an expressway named for a city spelt out', () => {
  it('keeps "Thành phố" and the ends after it in the name', () => {
    expect(places('Cao tốc Thành phố Hồ Chí Minh - Thủ Dầu Một - Chơn Thành dài 69 km.')).toEqual([
      {
        text: 'Cao tốc Thành phố Hồ Chí Minh - Thủ Dầu Một - Chơn Thành',
        name: 'Cao tốc Thành phố Hồ Chí Minh - Thủ Dầu Một - Chơn Thành',
        type: 'road',
      },
    ]);
    expect(places('Tuyến cao tốc Thành phố Cần Thơ - Cà Mau thông xe.').map((p) => p.text)).toEqual([
      'cao tốc Thành phố Cần Thơ - Cà Mau',
    ]);
  });
});

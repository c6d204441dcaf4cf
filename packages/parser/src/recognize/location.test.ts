import { describe, expect, it } from 'vitest';
import { parseDocument } from '../parse-document.js';
import { recognizeLocations } from './location.js';
import { contextOf } from './tokens/test-context.js';

type Found = { text: string; name: string; type: string; code: string | null };

function find(text: string, date = '2023-11'): Found[] {
  return recognizeLocations(contextOf(text, date)).map((f) => ({
    text: f.evidence.text,
    name: f.name,
    type: f.type,
    code: f.code,
  }));
}

const province = (name: string, code: string, text = name): Found => ({ text, name, type: 'province', code });

/** The names and types of the places found, in order. */
const placeNames = (text: string, date: string) => find(text, date).map((f) => [f.name, f.type]);

describe('provinces and cities', () => {
  it.each([
    ['Đoàn công tác tỉnh Quảng Nam đến thăm.', province('Quảng Nam', '49')],
    ['Lãnh đạo Tỉnh Gia Lai tiếp đoàn.', province('Gia Lai', '64')],
    ['Kinh tế Long An tăng trưởng khá.', province('Long An', '80')],
    ['Hội nghị diễn ra tại Thái Nguyên.', province('Thái Nguyên', '19')],
  ])('%s', (text, expected) => {
    expect(find(text)).toEqual([expected]);
  });

  it('reads Thừa Thiên Huế, written with or without its dash, as one province with its code', () => {
    for (const name of ['Thừa Thiên Huế', 'Thừa Thiên - Huế'])
      expect(find(`Sở Du lịch tỉnh ${name} cho biết.`, '2022-08')).toEqual([
        province('Thừa Thiên Huế', '46', name),
      ]);
  });

  it('reads no country at the end of the name of a tomb, pagoda or bridge', () => {
    expect(find('Du khách thăm lăng Tự Đức, chùa Thiên Mỹ và cầu Bắc Nga.').map((p) => p.type)).toEqual([
      'road',
    ]);
    expect(find('Đoàn doanh nghiệp Đức thăm tỉnh.')).toEqual([
      { text: 'Đức', name: 'Đức', type: 'country', code: null },
    ]);
  });

  it('reads every way of writing Ho Chi Minh City, with code 79', () => {
    for (const text of ['tại TP.HCM,', 'tại TP HCM,', 'tại TP. HCM,', 'tại TPHCM,', 'tại TP Hồ Chí Minh,']) {
      const found = find(text);
      expect(found, text).toHaveLength(1);
      expect(found[0]).toMatchObject({ name: 'Hồ Chí Minh', type: 'city', code: '79' });
    }
    expect(find('Thành phố Hồ Chí Minh dẫn đầu.')).toEqual([
      { text: 'Hồ Chí Minh', name: 'Hồ Chí Minh', type: 'city', code: '79' },
    ]);
  });

  it('reads a city of a province as a district', () => {
    expect(find('Hội thảo ở thành phố Đồng Xoài hôm qua.')).toEqual([
      { text: 'Đồng Xoài', name: 'Đồng Xoài', type: 'district', code: '689' },
    ]);
  });

  it('matches old tone placement ("Hoà Bình") and names joined by a hyphen', () => {
    expect(find('Đoàn của tỉnh Hoà Bình và tỉnh Hòa Bình.').map((f) => f.code)).toEqual(['17', '17']);
    expect(find('Vùng biển Bà Rịa - Vũng Tàu rất đẹp.')).toEqual([province('Bà Rịa - Vũng Tàu', '77')]);
  });

  it('reads two provinces joined by a hyphen in a headline', () => {
    expect(find('Cà Mau - Bạc Liêu hợp tác phát triển').map((f) => f.code)).toEqual(['96', '95']);
  });

  it('keeps a province named after the reform with its old code', () => {
    expect(find('Tỉnh Lâm Đồng mới có diện tích lớn nhất.', '2025-08')).toEqual([province('Lâm Đồng', '68')]);
  });
});

describe('districts and communes', () => {
  it('reads the places a counted type word introduces with "là" or "gồm", when the gazetteer knows them', () => {
    expect(
      find('Thành phố có 2 đặc khu là Cát Hải, Bạch Long Vĩ.', '2025-11').map((p) => [p.name, p.code]),
    ).toEqual([
      ['Cát Hải', '11914'],
      ['Bạch Long Vĩ', '11948'],
    ]);
    expect(find('Đoàn chia 3 tổ là Tổ Một, Tổ Hai.', '2025-11')).toEqual([]);
  });

  it("codes a commune the gazetteer already has under another level word, in the article's province", () => {
    // March 2025 lists "Phường Quang Châu" of Bắc Giang; "xã Quảng Châu" of other provinces is only
    // spelt like it.
    expect(
      find('Tỉnh Bắc Giang có dự án tại xã Quang Châu.', '2023-10').map((p) => [p.name, p.code]),
    ).toEqual([
      ['Bắc Giang', '24'],
      ['Quang Châu', '07807'],
    ]);
  });

  it("codes a gate's commune in the article's province, not the namesake district elsewhere", () => {
    // Thanh Thủy is a district of Phú Thọ, with its own town, and a commune of Hà Giang.
    expect(
      find('Tỉnh Hà Giang: qua cửa khẩu quốc tế Thanh Thủy đạt 182 triệu USD.', '2022-07').map((p) => [
        p.name,
        p.code,
      ]),
    ).toEqual([
      ['Hà Giang', '02'],
      ['Thanh Thủy', '00928'],
    ]);
  });

  it('reads "Tp." with its dot as the type word of a city', () => {
    expect(find('Khu vực Tp. Hải Dương (cũ) có nhiều dự án.', '2025-11')).toEqual([
      { text: 'Hải Dương', name: 'Hải Dương', type: 'district', code: '288' },
    ]);
  });

  it('tells apart communes of one name by a district named near without its type word', () => {
    const found = find(
      'Tỉnh Cao Bằng đẩy nhanh giải phóng mặt bằng. Tại Thạch An còn 41,8 ha chưa bàn giao, tập trung ở xã Đức Long. ' +
        'Nhiều hộ dân đã nhận tiền bồi thường, di dời đến khu tái định cư mới, ổn định cuộc sống và sản xuất. ' +
        'Ở Hòa An, mặt bằng đã giao đủ, xã Đức Long cũng đã xong.',
      '2024-08',
    );
    expect(found.filter((p) => p.name === 'Đức Long').map((p) => p.code)).toEqual(['01822', '01669']);
  });

  it('gives a district its code when its name is unique', () => {
    expect(find('Nông dân huyện Bù Đăng thu hoạch điều.')).toEqual([
      { text: 'Bù Đăng', name: 'Bù Đăng', type: 'district', code: '696' },
    ]);
  });

  it('tells apart a shared district name by the province the article names', () => {
    const found = find('Tại tỉnh Tây Ninh, huyện Châu Thành đã hoàn thành kế hoạch.');
    expect(found[1]).toMatchObject({ name: 'Châu Thành', type: 'district' });
    expect(found[1]?.code).toMatch(/^\d{3}$/);
    const alone = find('Huyện Châu Thành đã hoàn thành kế hoạch.');
    expect(alone).toEqual([{ text: 'Châu Thành', name: 'Châu Thành', type: 'district', code: null }]);
  });

  it('reads thị xã, quận and thị trấn', () => {
    expect(
      find('Người dân thị xã Chơn Thành và thị trấn Tân Phú phấn khởi.').map((f) => [f.name, f.type]),
    ).toEqual([
      ['Chơn Thành', 'district'],
      ['Tân Phú', 'commune'],
    ]);
  });

  it('finds a commune code through the district named beside it', () => {
    const found = find('Xã Tân Lập thuộc huyện Đồng Phú, tỉnh Bình Phước.');
    expect(found.map((f) => f.name)).toEqual(['Tân Lập', 'Đồng Phú', 'Bình Phước']);
    expect(found[0]?.code).toMatch(/^\d{5}$/);
  });

  it('uses the post-2025 communes for articles after the reform', () => {
    const found = find('Người dân phường Ba Đình, thành phố Hà Nội đi bầu cử.', '2025-09');
    expect(found[0]).toMatchObject({ name: 'Ba Đình', type: 'commune', code: '00004' });
  });

  it("tells a shared commune name apart by the province of the article's other communes", () => {
    // Hà Nội and Nghệ An are named once each; xã Yên Xuân is in both, xã Nghĩa Đàn in Nghệ An only.
    const found = find(
      'Đoàn 40 khách từ Hà Nội về xã Nghĩa Đàn, tỉnh Nghệ An thăm vườn cam. Chiều, đoàn sang xã Yên Xuân.',
      '2025-10',
    );
    expect(found.find((f) => f.name === 'Yên Xuân')).toMatchObject({ type: 'commune', code: '17380' });
    // With nothing to tell the two provinces apart, the name keeps no code.
    const alone = find('Lãnh đạo Hà Nội và Nghệ An dự lễ khánh thành tại xã Yên Xuân.', '2025-10');
    expect(alone.find((f) => f.name === 'Yên Xuân')?.code).toBeNull();
  });

  it('reads a craft village named for a commune the article names, but not one of another name', () => {
    expect(
      placeNames(
        'Người dân xã Bát Tràng, huyện Gia Lâm, TP Hà Nội giữ nghề gốm. Làng gốm Bát Tràng đón 2.000 lượt khách.',
        '2024-05',
      ),
    ).toEqual([
      ['Bát Tràng', 'commune'],
      ['Gia Lâm', 'district'],
      ['Hà Nội', 'city'],
      ['Bát Tràng', 'commune'],
    ]);
    // (Chuyên Mỹ is a commune of Hà Nội too, but the article never names it as one.)
    expect(
      placeNames('Tại huyện Phú Xuyên, TP Hà Nội, làng khảm trai Chuyên Mỹ có 500 hộ làm nghề.', '2024-05'),
    ).toEqual([
      ['Phú Xuyên', 'district'],
      ['Hà Nội', 'city'],
    ]);
  });

  it('reads the commune a historic site is named for, but not the one a cult honours', () => {
    expect(
      placeNames(
        'Tỉnh Nghệ An đón khách. Khu di tích quốc gia đặc biệt Kim Liên đón 1,1 triệu lượt khách.',
        '2024-06',
      ),
    ).toEqual([
      ['Nghệ An', 'province'],
      ['Kim Liên', 'commune'],
    ]);
    expect(placeNames('Tỉnh Phú Thọ đón khách ở các di tích thờ Hùng Vương.', '2024-06')).toEqual([
      ['Phú Thọ', 'province'],
    ]);
  });

  it('reads a ward or commune the sea is named for', () => {
    expect(
      placeNames(
        'Tỉnh Thanh Hóa đón khách. Du khách tắm biển Hải Hòa, nghỉ ở khách sạn ven biển Quảng Cư.',
        '2024-06',
      ),
    ).toEqual([
      ['Thanh Hóa', 'province'],
      ['Hải Hòa', 'commune'],
      ['Quảng Cư', 'commune'],
    ]);
  });

  it("reads a route's far end as a commune when its near end is a place named", () => {
    expect(
      placeNames('Tỉnh Hà Giang mở tuyến xe khách Đồng Văn - Lũng Cú, mỗi ngày 6 chuyến.', '2024-05'),
    ).toEqual([
      ['Hà Giang', 'province'],
      ['Đồng Văn', 'district'],
      ['Lũng Cú', 'commune'],
    ]);
    // (A park's name with a dash names no route: Minh Châu stays unread.)
    expect(
      placeNames('Tỉnh Quảng Ninh họp. Vườn quốc gia Bái Tử Long - Minh Châu đón khách.', '2024-05'),
    ).toEqual([['Quảng Ninh', 'province']]);
  });

  it('tells a former commune by the former district in apposition after it', () => {
    // Hưng Yên took in Thái Bình in 2025; each had an xã Đồng Thanh.
    const found = find(
      'Ông Tuấn ở tỉnh Hưng Yên trồng dưa trên đất xã Đồng Thanh (cũ), huyện Vũ Thư (cũ) từ năm 2015.',
      '2026-03',
    );
    expect(found.find((f) => f.name === 'Đồng Thanh')).toMatchObject({ type: 'commune', code: '13198' });
  });

  it('keeps a commune the gazetteer lacks, without a code', () => {
    expect(find('Người dân xã Ea Xyzô rất vui.')).toEqual([
      { text: 'Ea Xyzô', name: 'Ea Xyzô', type: 'commune', code: null },
    ]);
  });
});

describe('zones, regions, countries and roads', () => {
  it('keeps the type word of an industrial zone in the span, not in the name', () => {
    expect(find('Doanh nghiệp ở KCN Minh Hưng - Hàn Quốc và Khu công nghiệp Chơn Thành I.')).toEqual([
      { text: 'KCN Minh Hưng - Hàn Quốc', name: 'Minh Hưng - Hàn Quốc', type: 'industrial_zone', code: null },
      { text: 'Khu công nghiệp Chơn Thành I', name: 'Chơn Thành I', type: 'industrial_zone', code: null },
    ]);
    expect(find('CCN Tân Khai 2 đã lấp đầy.')[0]).toMatchObject({
      name: 'Tân Khai 2',
      type: 'industrial_zone',
    });
  });

  it('reads regions whose proper part is capitalized', () => {
    expect(
      find('Liên kết vùng Tây Nguyên, Đồng bằng sông Cửu Long và miền Trung.').map((f) => f.name),
    ).toEqual(['Tây Nguyên', 'Đồng bằng sông Cửu Long', 'Miền Trung']);
    expect(
      find('Các tỉnh Duyên hải Nam Trung bộ và vùng kinh tế trọng điểm phía Bắc.').map((f) => f.name),
    ).toEqual(['Duyên hải Nam Trung Bộ', 'Vùng kinh tế trọng điểm phía Bắc']);
    // The deltas written in lower case but for the river's name, and a region that outruns the
    // commune that opens it.
    expect(
      find(
        'Khách đến từ các tỉnh đồng bằng sông Hồng; các xã vùng Đồng Tháp Mười xuống giống.',
        '2025-11',
      ).map((f) => [f.text, f.name]),
    ).toEqual([
      ['đồng bằng sông Hồng', 'Đồng bằng sông Hồng'],
      ['Đồng Tháp Mười', 'Đồng Tháp Mười'],
    ]);
  });

  it('reads countries and territories', () => {
    expect(
      find('Nhà đầu tư từ Hàn Quốc, Nhật Bản, Singapore và Hoa Kỳ.').map((f) => [f.name, f.type]),
    ).toEqual([
      ['Hàn Quốc', 'country'],
      ['Nhật Bản', 'country'],
      ['Singapore', 'country'],
      ['Hoa Kỳ', 'country'],
    ]);
    expect(find('Hàng xuất sang Mỹ và Lào tăng.').map((f) => f.name)).toEqual(['Mỹ', 'Lào']);
    expect(
      find('Tôm của Ấn Độ và Ecuador cạnh tranh; hàng đi Cộng hòa Séc, Ba Lan và Hy Lạp tăng.').map(
        (f) => f.name,
      ),
    ).toEqual(['Ấn Độ', 'Ecuador', 'Cộng hòa Séc', 'Ba Lan', 'Hy Lạp']);
    // "Áo" (Austria) is left out: in provincial news it is the "Áo dài" of festivals.
    expect(find('Festival có Tuần lễ Áo dài vào tháng 9.').map((f) => f.name)).toEqual([]);
    // Italy goes by three names in Vietnamese text; each is kept as written.
    expect(find('Thị trường chính là Bỉ, Italia, Italy và Ý.').map((f) => f.name)).toEqual([
      'Bỉ',
      'Italia',
      'Italy',
      'Ý',
    ]);
  });

  it('reads numbered roads in every spelling and names them in full', () => {
    expect(
      find('Nâng cấp quốc lộ 13, QL14, QL.1A, ĐT 753, ĐT.741 và đường tỉnh 830.').map((f) => [
        f.text,
        f.name,
      ]),
    ).toEqual([
      ['quốc lộ 13', 'Quốc lộ 13'],
      ['QL14', 'Quốc lộ 14'],
      ['QL.1A', 'Quốc lộ 1A'],
      ['ĐT 753', 'Đường tỉnh 753'],
      ['ĐT.741', 'Đường tỉnh 741'],
      ['đường tỉnh 830', 'Đường tỉnh 830'],
    ]);
  });

  it('reads expressways and streets', () => {
    expect(find('Tuyến cao tốc Bắc - Nam phía Đông thông xe.')[0]).toMatchObject({
      text: 'cao tốc Bắc - Nam phía Đông',
      name: 'Cao tốc Bắc - Nam phía Đông',
      type: 'road',
    });
    expect(find('Thông xe đường Vành đai 4 qua huyện.')[0]).toMatchObject({
      text: 'đường Vành đai 4',
      name: 'Đường Vành đai 4',
    });
    expect(find('Nhà số 5 đường Lê Lợi bị ngập.')).toEqual([
      { text: 'đường Lê Lợi', name: 'Đường Lê Lợi', type: 'road', code: null },
    ]);
  });
});

describe('what is no place', () => {
  it("reads the province, not a zone, in the name of the board of a province's economic zones", () => {
    expect(
      find(
        'Ban Quản lý Khu kinh tế Quảng Ninh họp; Khu kinh tế Thái Bình thu hút vốn; Ban Quản lý Khu kinh tế Hải Phòng báo cáo.',
        '2024-06',
      ).map((p) => [p.text, p.type]),
    ).toEqual([
      ['Quảng Ninh', 'province'],
      ['Khu kinh tế Thái Bình', 'industrial_zone'],
      ['Khu kinh tế Hải Phòng', 'industrial_zone'],
    ]);
  });

  it("reads no country in a person's name written in capitals, as a photo credit writes it", () => {
    expect(find('Ảnh: NGỌC ANH. Hàng xuất sang ANH và Pháp. Ảnh: ANH TUẤN.').map((p) => p.text)).toEqual([
      'ANH',
      'Pháp',
    ]);
  });

  it.each([
    'Ông Nguyễn Thái Bình phát biểu.',
    'Chủ tịch Hồ Chí Minh đã dạy.',
    'Sở dĩ kết quả tốt là nhờ xã hội hóa.',
    'Anh Đức và chị Nga nhận giải.',
    'Mỹ phẩm được bày bán khắp nơi.',
    'Công tác xã hội, an sinh xã hội được chú trọng.',
    'Các tỉnh, thành phố cần chủ động.',
    'Ban Quản lý các KCN tập trung rà soát.',
    'Tổng vốn đăng ký gần 23,9 tỉ đô la Mỹ.',
    'Giá trị hợp đồng là 2 triệu đô-la Úc, tương đương 30 triệu bảng Anh.',
    'Khoản vay 5 tỷ yên Nhật được giải ngân.',
    'Dịch tả lợn châu Phi bùng phát ở 17 xã; bệnh tả heo châu Phi lan rộng.',
    'Đường mở về phía Tây Bắc, theo hướng Đông Nam.',
    'Khách tham quan khu đền tháp Mỹ Sơn tăng mạnh.',
  ])('%s', (text) => {
    expect(find(text)).toEqual([]);
  });

  it('reads no place in the byline', () => {
    const found = recognizeLocations(contextOf('Tin từ Hà Nội.\n\nHà Giang', '2023-11', { byline: true }));
    expect(found.map((f) => f.name)).toEqual(['Hà Nội']);
  });
});

describe('a country named as a place, not as a currency', () => {
  it('still reads the one-word countries', () => {
    expect(find('Đoàn công tác làm việc tại Mỹ và Úc.').map((f) => f.name)).toEqual(['Mỹ', 'Úc']);
  });
});

describe('cities abroad', () => {
  it('reads partner cities and markets as cities without a code', () => {
    expect(find('Khách từ Seoul và Thượng Hải tăng; đường bay đến Viêng Chăn mở lại.')).toEqual([
      { text: 'Seoul', name: 'Seoul', type: 'city', code: null },
      { text: 'Thượng Hải', name: 'Thượng Hải', type: 'city', code: null },
      { text: 'Viêng Chăn', name: 'Viêng Chăn', type: 'city', code: null },
    ]);
  });

  it('reads the cities of new routes, and leaves a person named like one alone', () => {
    expect(find('Đường bay thẳng đến Almaty, Vladivostok và Thành Đô mở lại.').map((p) => p.name)).toEqual([
      'Almaty',
      'Vladivostok',
      'Thành Đô',
    ]);
    expect(find('Chủ tịch UBND tỉnh Điện Biên Lê Thành Đô phát biểu.').map((p) => p.name)).toEqual([
      'Điện Biên',
    ]);
  });
});

describe('a list of countries opening a sentence', () => {
  it('reads a country that is also a common word when a list of places follows it', () => {
    expect(find('Mỹ, Trung Quốc và Nhật Bản là thị trường chính.').map((p) => p.name)).toEqual([
      'Mỹ',
      'Trung Quốc',
      'Nhật Bản',
    ]);
    expect(find('Mỹ phẩm bán chạy.')).toEqual([]);
  });
});

describe('provinces abroad', () => {
  it('reads provinces across the border as provinces without a code', () => {
    expect(find('Cao Bằng giáp Quảng Tây; Điện Biên giáp Phông Sa Lỳ và Hua Phăn.', '2023-04')).toEqual([
      province('Cao Bằng', '04'),
      { text: 'Quảng Tây', name: 'Quảng Tây', type: 'province', code: null },
      province('Điện Biên', '11'),
      { text: 'Phông Sa Lỳ', name: 'Phông Sa Lỳ', type: 'province', code: null },
      { text: 'Hua Phăn', name: 'Hủa Phăn', type: 'province', code: null },
    ]);
  });

  it("reads China's inland provinces that traders come from", () => {
    expect(find('Thương nhân từ Chiết Giang, Tứ Xuyên và Hắc Long Giang sang mua vải.', '2024-06')).toEqual([
      { text: 'Chiết Giang', name: 'Chiết Giang', type: 'province', code: null },
      { text: 'Tứ Xuyên', name: 'Tứ Xuyên', type: 'province', code: null },
      { text: 'Hắc Long Giang', name: 'Hắc Long Giang', type: 'province', code: null },
    ]);
  });
});

describe('names written with an apostrophe', () => {
  it('match the gazetteer whether or not a space follows it there', () => {
    expect(find("Huyện Ia H'Drai có 3 xã.", '2021-06')).toContainEqual({
      text: "Ia H'Drai",
      name: "Ia H'Drai",
      type: 'district',
      code: '618',
    });
  });

  it('reads the United Kingdom inside a sentence, not at its start', () => {
    expect(find('Lô bưởi đầu tiên đã sang Anh.').map((f) => f.name)).toEqual(['Anh']);
    expect(find('Anh Tuấn cho biết.')).toEqual([]);
  });
});

describe('more places', () => {
  it('reads a name joined into one word, a ring road, a numbered ward with its type word and a region', () => {
    const found = find(
      'Huyện Đakrông nối với Vành đai 3; Phường 6, TP Tân An giáp vùng Đồng Tháp Mười.',
      '2022-09',
    );
    expect(found.map((f) => [f.text, f.type, f.code])).toEqual([
      ['Đakrông', 'district', '467'],
      ['Vành đai 3', 'road', null],
      ['Phường 6', 'commune', '27700'],
      ['Tân An', 'district', '794'],
      ['vùng Đồng Tháp Mười', 'region', null],
    ]);
  });
});

describe('rivers and zones that are no places', () => {
  it('reads no province in a river of its name, and no zone named by a number', () => {
    expect(
      find('Nước sông Thái Bình lên cao; các khu công nghiệp 6 tháng đầu năm tăng trưởng.', '2024-09'),
    ).toEqual([]);
  });
});

describe('a country name inside a place name', () => {
  it('reads "Hoài Đức" opening a sentence as the district, not the country "Đức"', () => {
    const found = find(
      'Tuyến đường đi qua huyện Hoài Đức của Hà Nội. Hoài Đức là huyện có nhiều hộ dân bị ảnh hưởng.',
      '2024-10',
    );
    expect(found.map((f) => [f.text, f.type])).toEqual([
      ['Hoài Đức', 'district'],
      ['Hà Nội', 'city'],
      ['Hoài Đức', 'district'],
    ]);
  });
});

describe('places named without their type word, and names that are none', () => {
  it("reads the communes of the article's province after a preposition of place", () => {
    const found = find(
      'UBND tỉnh Quảng Trị họp tại phường Đồng Hới. Trung tâm hành chính đặt tại Đồng Hới; cao tốc rút ngắn thời gian đi từ Đông Hà lên Lao Bảo.',
      '2025-10',
    );
    expect(found.map((f) => [f.text, f.type])).toEqual([
      ['Quảng Trị', 'province'],
      ['Đồng Hới', 'commune'],
      ['Đồng Hới', 'commune'],
      ['Đông Hà', 'commune'],
      ['Lao Bảo', 'commune'],
    ]);
    const area = find(
      'Tỉnh Quảng Ninh đón nhiều khách; công suất phòng khu vực Bãi Cháy đạt 92%.',
      '2025-09',
    );
    expect(area.map((f) => [f.text, f.code])).toContainEqual(['Bãi Cháy', '06673']);
  });

  it('reads a commune singled out with "riêng" where a clause opens, not the "riêng" of "sầu riêng"', () => {
    const found = find(
      'Tỉnh Lâm Đồng đón 5 triệu lượt khách, riêng Mũi Né đón 1,1 triệu lượt. Thương hiệu sầu riêng Đức Trọng được bảo hộ.',
      '2025-10',
    );
    expect(found.map((f) => [f.text, f.type])).toEqual([
      ['Lâm Đồng', 'province'],
      ['Mũi Né', 'commune'],
    ]);
  });

  it('reads communes of one word in a list a plural of communes opens with "như"', () => {
    const found = find(
      'Tỉnh Gia Lai họp. Các xã vùng phía Tây như Kbang, Krong, Chư Sê được hỗ trợ.',
      '2025-12',
    );
    expect(found.map((f) => [f.text, f.code])).toEqual([
      ['Gia Lai', '52'],
      ['Kbang', '23638'],
      ['Krong', '23650'],
      ['Chư Sê', '23941'],
    ]);
    // Without the list's type word, one capitalized word is no commune.
    expect(find('Tỉnh Gia Lai họp. Đoàn đi Kbang rồi về.', '2025-12').map((f) => f.text)).toEqual([
      'Gia Lai',
    ]);
  });

  it('reads the communes a count of communes names after "là", in a list', () => {
    const found = find(
      'Tỉnh Lai Châu họp. Huyện Sìn Hồ có 2 xã đạt chuẩn là Pa Tần, Nậm Tăm. Người đứng đầu là Lò Văn Khiêm.',
      '2022-05',
    );
    expect(found.map((f) => [f.text, f.code])).toEqual([
      ['Lai Châu', '12'],
      ['Sìn Hồ', '108'],
      ['Pa Tần', '03493'],
      ['Nậm Tăm', '03517'],
    ]);
  });

  it('reads no province in a person\'s name after "UBND tỉnh"', () => {
    const found = find('Chủ tịch UBND tỉnh Hoàng Nam Sơn yêu cầu các sở. Tỉnh Quảng Trị họp.', '2025-10');
    expect(found.map((f) => f.text)).toEqual(['Quảng Trị']);
  });

  it('reads no street in a capitalized "Đường" inside a name, nor in "Mía đường"', () => {
    const found = find('Sản phẩm được Công ty Cổ phần Chè Tam Đường Xanh bao tiêu.', '2024-08');
    expect(found.map((f) => f.type)).not.toContain('road');
    const sugar = find('Công ty Cổ phần Mía đường Biên Thùy Tây Ninh ép 1,05 triệu tấn.', '2025-12');
    expect(sugar.map((f) => f.type)).not.toContain('road');
    expect(find('Dự án nằm trên đường Lê Lợi, TP Huế.', '2024-08').map((f) => f.type)).toContain('road');
  });
});

describe('namesakes and lists of round 25', () => {
  it("takes the article's district under another type word over a namesake elsewhere", () => {
    const found = find('Dự án tại huyện Phong Điền của tỉnh Thừa Thiên Huế khởi công.', '2024-11');
    expect(found.find((f) => f.text === 'Phong Điền')?.code).toBe('476');
  });

  it('reads the second border gate past what a bracket says of the first', () => {
    const found = find(
      'Hàng qua hai cửa khẩu quốc tế Tịnh Biên (thị xã Tịnh Biên) và Vĩnh Xương của tỉnh An Giang tăng.',
      '2024-07',
    );
    expect(found.map((f) => f.text)).toContain('Vĩnh Xương');
  });
});

describe('cities the 2025 reform abolished, named bare', () => {
  it('keeps the last code of a former city, or names the ward that kept its name', () => {
    const lamDong = find('Tỉnh Lâm Đồng đón nhiều khách. Du lịch Đà Lạt phục hồi mạnh.', '2025-12');
    expect(lamDong.find((f) => f.text === 'Đà Lạt')).toMatchObject({ type: 'district', code: '672' });
    const quangTri = find('Tỉnh Quảng Trị đầu tư mạnh. Kinh tế Đồng Hới tăng trưởng khá.', '2025-10');
    expect(quangTri.find((f) => f.text === 'Đồng Hới')).toMatchObject({ type: 'commune', code: '18880' });
  });

  it('names the ward that kept the name in the province its own was merged into', () => {
    const daNang = find(
      'TP Đà Nẵng sau khi sáp nhập tỉnh Quảng Nam đón nhiều khách. Phố cổ Hội An đông vui.',
      '2025-10',
    );
    expect(daNang.find((f) => f.text === 'Hội An')).toMatchObject({ type: 'commune', code: '20410' });
  });

  it('keeps the city where the article names it with its type word', () => {
    const found = find(
      'Tỉnh Lâm Đồng có phường Phú Thủy, lập từ ba phường của TP Phan Thiết cũ. Khu vực Bình Thuận (cũ) giữ nghề nước mắm Phan Thiết.',
      '2025-12',
    );
    expect(found.filter((f) => f.text === 'Phan Thiết').map((f) => [f.type, f.code])).toEqual([
      ['district', '593'],
      ['district', '593'],
    ]);
  });
});

describe('zones of round 27, and numbers that name no unit', () => {
  it('reads a zone name with one lower-case syllable inside, and every zone of a plural list', () => {
    expect(find('Dự án đặt tại KCN Cảng biển Hải Hà.', '2024-04').map((f) => f.name)).toEqual([
      'Cảng biển Hải Hà',
    ]);
    expect(find('KCN Cổ Chiên 10 tháng thu hút 3 dự án.', '2023-11').map((f) => f.name)).toEqual([
      'Cổ Chiên',
    ]);
    const listed = find(
      'Tỷ lệ lấp đầy của các KCN Quang Châu, Vân Trung, Đình Trám và Song Khê - Nội Hoàng cao.',
      '2023-07',
    );
    expect(listed.map((f) => [f.name, f.type])).toEqual([
      ['Quang Châu', 'industrial_zone'],
      ['Vân Trung', 'industrial_zone'],
      ['Đình Trám', 'industrial_zone'],
      ['Song Khê - Nội Hoàng', 'industrial_zone'],
    ]);
  });

  it('reads each zone of a list "lần lượt" pairs with figures, and past the bracket of one', () => {
    const paired = find('Tỷ lệ lấp đầy của KCN Phú Hà và Trung Hà lần lượt đạt 92% và 41%.', '2024-06');
    expect(paired.map((f) => [f.name, f.type])).toEqual([
      ['Phú Hà', 'industrial_zone'],
      ['Trung Hà', 'industrial_zone'],
    ]);
    const bracketed = find(
      'Các KCN Long Đức (TP Trà Vinh), Cổ Chiên và Hòa Lợi có tỷ lệ lấp đầy cao.',
      '2023-12',
    );
    expect(bracketed.map((f) => [f.name, f.type])).toEqual([
      ['Long Đức', 'industrial_zone'],
      ['Trà Vinh', 'district'],
      ['Cổ Chiên', 'industrial_zone'],
      ['Hòa Lợi', 'industrial_zone'],
    ]);
    // (With no plural and no "lần lượt", a name after "và" is read on its own: here a province.)
    expect(find('KCN Phố Nối A và Hưng Yên cùng phát triển.', '2024-06').map((f) => f.type)).toEqual([
      'industrial_zone',
      'province',
    ]);
  });

  it('reads no numbered district in "của huyện 10 tháng"', () => {
    expect(find('Sản lượng thủy sản của huyện 10 tháng đạt 68.700 tấn.', '2022-11')).toEqual([]);
    // Nor a ward in "phường 6 tháng": a number that counts months.
    expect(find('Tổng chi ngân sách phường 6 tháng cuối năm đạt 412 tỷ đồng.', '2025-12')).toEqual([]); // Nor one in a sum the ward's budget gives, with or without a scale word.
    expect(find('Nhà nước hỗ trợ, ngân sách phường 85 triệu đồng, dân góp phần còn lại.', '2024-03')).toEqual(
      [],
    );
    expect(find('Ngân sách quận 350 tỷ đồng dành cho trường học.', '2024-03')).toEqual([]);
    expect(find('Quỹ của phường 640.000 đồng mỗi hộ.', '2024-03')).toEqual([]);
  });
});

describe('"KKT mở"', () => {
  it('reads the abbreviation and the kind in full as the type of a zone', () => {
    expect(find('Lao động đi làm tại KKT mở Chu Lai tăng.', '2024-06').map((f) => [f.text, f.name])).toEqual([
      ['KKT mở Chu Lai', 'Chu Lai'],
    ]);
  });

  it('reads "KKT cửa khẩu" and "KKT cửa khẩu quốc tế" the same way', () => {
    expect(
      find('Hàng hóa qua KKT cửa khẩu Móng Cái và KKT cửa khẩu quốc tế Cầu Treo tăng.', '2019-06').map(
        (f) => [f.text, f.name, f.type],
      ),
    ).toEqual([
      ['KKT cửa khẩu Móng Cái', 'Móng Cái', 'industrial_zone'],
      ['KKT cửa khẩu quốc tế Cầu Treo', 'Cầu Treo', 'industrial_zone'],
    ]);
  });
});

describe("a place inside a body's name after the reform", () => {
  it('is of the province that stands then, however often the old ones are named', () => {
    const { facts } = parseDocument(
      'date 2025-10 Tin du lịch\n\nTỉnh Lâm Đồng họp. Khu vực Bình Thuận (cũ) đón 3,4 triệu lượt khách; khu vực Bình Thuận (cũ) có 120 khách sạn; khu vực Bình Thuận (cũ) thu 5.000 tỉ đồng. Ông Lê Văn A, Giám đốc Công ty TNHH Du lịch Hải Âu Mũi Né, cho biết.\n',
      { source: 'x.txt' },
    );
    const places = facts.flatMap((f) => (f.kind === 'location' && f.name === 'Mũi Né' ? [f.code] : []));
    expect(places).toEqual(['22918']);
  });
});

describe('an economic zone the article names, inside the name of a firm or plant', () => {
  const zones = (body: string) =>
    parseDocument(`date 2024-06 Tin công nghiệp\n\n${body}\n`, { source: 'x.txt' }).facts.flatMap((f) =>
      f.kind === 'location' && f.type === 'industrial_zone' ? [f.evidence.text] : [],
    );

  it('is the zone the firm or plant is named for', () => {
    expect(
      zones(
        'Tỉnh Hà Tĩnh họp. Tại KKT Vũng Áng, Công ty TNHH Gang thép Vũng Áng và Nhà máy Thép Formosa Vũng Áng đều tăng sản lượng.',
      ),
    ).toEqual(['KKT Vũng Áng', 'Vũng Áng', 'Vũng Áng']);
  });

  it('is no industrial park, often named for the firm that built it', () => {
    expect(
      zones('Tỉnh Tây Ninh họp. KCN Thành Công đã lấp đầy 80%; Công ty Cổ phần Thành Công mở thêm xưởng.'),
    ).toEqual(['KCN Thành Công']);
  });
});

describe('a name the sentence calls a commune', () => {
  it('is that commune of the province, though it opens the sentence', () => {
    const found = find(
      'Huyện Tủa Chùa, tỉnh Điện Biên họp. Mường Báng là xã giảm nghèo nhanh nhất. Sính Phình là một trong những xã khó khăn nhất.',
      '2024-12',
    );
    expect(found.filter((f) => f.type === 'commune').map((f) => [f.name, f.code])).toEqual([
      ['Mường Báng', '03250'],
      ['Sính Phình', '03241'],
    ]);
  });
});

describe('a list of zones after "các KCN"', () => {
  it('takes a brand in capitals as a zone of the list, and stops at an abbreviation', () => {
    expect(
      find(
        'Tỉnh Bắc Ninh có các KCN Yên Phong, VSIP Bắc Ninh, Quang Châu, Vân Trung. UBND tỉnh họp.',
        '2025-10',
      ).map((f) => [f.text, f.type]),
    ).toEqual([
      ['Bắc Ninh', 'province'],
      ['KCN Yên Phong', 'industrial_zone'],
      ['VSIP Bắc Ninh', 'industrial_zone'],
      ['Quang Châu', 'industrial_zone'],
      ['Vân Trung', 'industrial_zone'],
    ]);
  });
});

describe('a region after a facility word', () => {
  it('is the region the name spells out whole, not a commune of its first words', () => {
    expect(
      find('Hàng tới các cảng Đông Nam Á và cảng Đông Bắc Á.', '2022-12').map((f) => [f.name, f.type]),
    ).toEqual([
      ['Đông Nam Á', 'region'],
      ['Đông Bắc Á', 'region'],
    ]);
  });
});

describe("a unit the article named, closing a firm's name", () => {
  it('is that unit, though the reform dissolved it', () => {
    const { facts } = parseDocument(
      'date 2025-10 Đại hội\n\nTỉnh Quảng Ngãi. Xã Tân Cảnh (cũ) đạt 17/19 tiêu chí. Công ty Cổ phần Nông sản Tân Cảnh vận hành nhà máy.\n',
      { source: 'x.txt' },
    );
    const places = facts.flatMap((f) => (f.kind === 'location' && f.name === 'Tân Cảnh' ? [f.code] : []));
    expect(places).toEqual(['23437', '23437']);
  });
});

describe("a province's name the article writes only as a district of another province", () => {
  it('is that district where written bare, unless the article also writes the province', () => {
    const district = find(
      'Hòa Bình: lúa - tôm trúng mùa. Anh Tài ở xã Vĩnh Bình, huyện Hòa Bình, tỉnh Bạc Liêu.',
      '2024-12',
    );
    expect(district.filter((f) => f.name === 'Hòa Bình').map((f) => [f.type, f.code])).toEqual([
      ['district', '961'],
      ['district', '961'],
    ]);
    const province = find(
      'Hòa Bình: lúa - tôm trúng mùa. Anh Tài ở huyện Hòa Bình, tỉnh Bạc Liêu, từng làm thuê ở tỉnh Hòa Bình.',
      '2024-12',
    );
    expect(province.filter((f) => f.name === 'Hòa Bình').map((f) => f.type)).toEqual([
      'province',
      'district',
      'province',
    ]);
  });
});

describe("one word cut from the end of a longer name inside a body's", () => {
  it('is no unit, though a ward of that one word was named', () => {
    const { facts } = parseDocument(
      'date 2026-01 Tin làng nghề\n\nTỉnh Bắc Ninh. Phường Thuận Thành lập trên cơ sở phường Hồ và phường Song Hồ. Hợp tác xã Tranh dân gian Đông Hồ mở lớp dạy nghề.\n',
      { source: 'x.txt' },
    );
    const places = facts.flatMap((f) => (f.kind === 'location' ? [f.evidence.text] : []));
    expect(places).toEqual(['Bắc Ninh', 'Thuận Thành', 'Hồ', 'Song Hồ']);
  });
});

describe("a road's word inside a firm's name", () => {
  it('is what the firm makes, and the province that closes the name is a place', () => {
    const { facts } = parseDocument(
      'date 2022-09 Tin bão\n\nTỉnh Quảng Ngãi khắc phục bão. Công ty Cổ phần Đường Quảng Ngãi ủng hộ 2 tỉ đồng; xe lưu thông trên đường Quảng Ngãi - Dung Quất.\n',
      { source: 'x.txt' },
    );
    const places = facts.flatMap((f) => (f.kind === 'location' ? [[f.evidence.text, f.type]] : []));
    expect(places).toEqual([
      ['Quảng Ngãi', 'province'],
      ['Quảng Ngãi', 'province'],
      ['đường Quảng Ngãi - Dung Quất', 'road'],
    ]);
  });
});

describe('a commune the 2025 reform first made', () => {
  it('is no place in an article written before it', () => {
    expect(find('Tỉnh Bình Định họp tại cảng cá Đề Gi.', '2022-11').map((f) => f.name)).toEqual([
      'Bình Định',
    ]);
    expect(find('Tỉnh Gia Lai họp tại cảng cá Đề Gi.', '2025-11').map((f) => [f.name, f.code])).toEqual([
      ['Gia Lai', '52'],
      ['Đề Gi', '21859'],
    ]);
  });
});

describe('the provinces a merger joined', () => {
  it('take their codes from before the merger, in the list after "hợp nhất từ", "sáp nhập"', () => {
    const found = find(
      'Tỉnh An Giang mới được hợp nhất từ tỉnh An Giang và tỉnh Kiên Giang. Tỉnh An Giang có 102 xã.',
      '2025-09',
    );
    expect(found.map((f) => [f.text, f.code])).toEqual([
      ['An Giang', '91'],
      ['An Giang', '89'],
      ['Kiên Giang', '91'],
      ['An Giang', '91'],
    ]);
  });

  it('take their codes from before the merger when the count of units opens the list', () => {
    const found = find(
      'Sau khi sáp nhập hai tỉnh Bắc Giang và Bắc Ninh, tỉnh Bắc Ninh có 99 xã, phường.',
      '2025-10',
    );
    expect(found.map((f) => [f.text, f.code])).toEqual([
      ['Bắc Giang', '24'],
      ['Bắc Ninh', '27'],
      ['Bắc Ninh', '24'],
    ]);
  });

  it('take their codes from before the merger in the list before "hợp nhất"', () => {
    const found = find(
      'Sau khi tỉnh Bắc Giang và tỉnh Bắc Ninh hợp nhất, tỉnh Bắc Ninh có 99 xã, phường.',
      '2025-10',
    );
    expect(found.map((f) => [f.text, f.code])).toEqual([
      ['Bắc Giang', '24'],
      ['Bắc Ninh', '27'],
      ['Bắc Ninh', '24'],
    ]);
  });
});

describe('a country named by a common word, opening a clause', () => {
  it('counts when a verb of reaching and a number follow, as a market does', () => {
    const found = find('Hàn Quốc đạt 412.000 lượt; Nga đạt 118.500 lượt, giảm 4,2%.', '2019-07');
    expect(found.map((f) => f.text)).toEqual(['Hàn Quốc', 'Nga']);
    expect(find('Mỹ phẩm đạt doanh số cao.', '2019-07')).toEqual([]);
    expect(find('Đức cho biết sẽ đạt kế hoạch.', '2019-07')).toEqual([]);
  });
});

describe('a common word opening with a country', () => {
  it.each([
    'Ông Hạnh, Anh hùng Lao động, phát biểu.',
    'Theo Ý kiến của cử tri, cần sửa.',
    'Phổ biến Pháp luật cho dân.',
  ])('is no country: %s', (text) => {
    expect(find(text, '2019-12').map((f) => f.type)).not.toContain('country');
  });
});

describe('a district named bare in the old tone placement', () => {
  it('is named in the modern one', () => {
    const found = find('Tỉnh Long An ghi nhận ca mắc, tập trung ở Đức Hoà, Bến Lức.', '2021-07');
    expect(found.map((f) => f.name)).toContain('Đức Hòa');
  });
});

describe('places of a district named as its communes', () => {
  it('are the communes, in a list "nhiều nơi như" opens', () => {
    const found = find(
      'Tỉnh Quảng Trị bị lũ. Huyện Hải Lăng có 15/16 xã bị ngập sâu, nhiều nơi như Hải Chánh, Hải Sơn, Hải Phong nước dâng 3 - 4 m.',
      '2020-10',
    );
    expect(found.filter((f) => f.type === 'commune').map((f) => f.code)).toEqual(['19738', '19735', '19726']);
  });

  it('and a border-gate zone is a zone', () => {
    const found = find('Tỉnh Gia Lai họp. Khu kinh tế cửa khẩu quốc tế Lệ Thanh thu hút 5 dự án.', '2023-11');
    expect(found.map((f) => [f.text, f.type])).toContainEqual([
      'Khu kinh tế cửa khẩu quốc tế Lệ Thanh',
      'industrial_zone',
    ]);
  });
});

describe('a list of communes that goes on past a bracket', () => {
  it('reads the item after the bracket and the places inside it', () => {
    const found = find(
      'Tôm nuôi tập trung ở các xã Long Hữu, Hiệp Thạnh (thị xã Duyên Hải) và Đông Hải (huyện Duyên Hải), tỉnh Trà Vinh.',
      '2022-09',
    );
    expect(found.map((f) => [f.text, f.type, f.code])).toEqual([
      ['Long Hữu', 'commune', '29518'],
      ['Hiệp Thạnh', 'commune', '29539'],
      ['Duyên Hải', 'district', '851'],
      ['Đông Hải', 'commune', '29536'],
      ['Duyên Hải', 'district', '850'],
      ['Trà Vinh', 'province', '84'],
    ]);
  });

  it('stops at a bracket that no item follows', () => {
    const found = find(
      'Các xã Long Hữu (thị xã Duyên Hải) và nhiều hộ dân nuôi tôm ở tỉnh Trà Vinh.',
      '2022-09',
    );
    expect(found.map((f) => f.text)).toEqual(['Long Hữu', 'Duyên Hải', 'Trà Vinh']);
  });
});

describe('a province in brackets after a place', () => {
  it('tells which of the communes of one name a border gate stands in', () => {
    const found = find(
      'Tỉnh Bắc Giang họp. Vải xuất qua cửa khẩu Tân Thanh (Lạng Sơn), mỗi ngày 130 xe.',
      '2021-06',
    );
    expect(found.find((f) => f.text === 'Tân Thanh')).toEqual({
      text: 'Tân Thanh',
      name: 'Tân Thanh',
      type: 'commune',
      code: '06166',
    });
  });

  it("reads a district of another province named bare before its province's bracket", () => {
    const found = find(
      'Tỉnh Hòa Bình họp. Thời gian đi từ Hà Nội lên Mộc Châu (Sơn La) rút ngắn.',
      '2023-08',
    );
    expect(found.map((f) => [f.text, f.code])).toContainEqual(['Mộc Châu', '123']);
  });
});

describe('an airport named by a province', () => {
  it('names the province, not the district of the same name', () => {
    const found = find(
      'Tỉnh Điện Biên họp. Dự án mở rộng Cảng hàng không Điện Biên được khởi công.',
      '2024-05',
    );
    expect(found.map((f) => [f.text, f.type, f.code])).toEqual([
      ['Điện Biên', 'province', '11'],
      ['Điện Biên', 'province', '11'],
    ]);
  });
});

describe('communes the district after them owns', () => {
  it('reads the wards of a former city named after the list', () => {
    const found = find(
      'Tỉnh Cà Mau họp. Phường Bạc Liêu hình thành từ Phường 1, Phường 2 và Phường 8 của TP Bạc Liêu (cũ).',
      '2025-09',
    );
    expect(found.filter((f) => f.text.startsWith('Phường')).map((f) => [f.text, f.code])).toEqual([
      ['Phường 1', '31825'],
      ['Phường 2', '31813'],
      ['Phường 8', '31828'],
    ]);
  });
});

describe('a former commune two former provinces of the new one each had', () => {
  // Đồng Tháp took in Tiền Giang in 2025; both had an xã Tân Phước.
  it('is the one in a district the article names', () => {
    const found = find(
      'Tỉnh Đồng Tháp họp. Huyện Lai Vung (cũ) có nhiều vườn quýt hồng. Xã Tân Phước (cũ) trồng 200 ha.',
      '2026-01',
    );
    expect(found.find((f) => f.name === 'Tân Phước')).toMatchObject({ type: 'commune', code: '30220' });
  });
});

describe('a commune a count of merged communes lists', () => {
  it('is the former one, not the new one of its name', () => {
    const found = find(
      'Tỉnh Quảng Ngãi họp. Đoàn công tác đến xã Măng Ri mới, được sáp nhập từ 3 xã Măng Ri, Tê Xăng và Văn Xuôi.',
      '2025-10',
    );
    expect(found.filter((f) => f.name === 'Măng Ri').map((f) => f.code)).toEqual(['23446', '23410']);
  });
});

describe('wards numbered in Roman numerals', () => {
  it('keep their type word, as wards numbered in digits do', () => {
    const found = find(
      'Tỉnh Hậu Giang họp. Tại phường III và Phường VII của TP Vị Thanh, đường được mở rộng.',
      '2024-05',
    );
    expect(found.filter((f) => f.type === 'commune').map((f) => [f.text, f.name, f.code])).toEqual([
      ['phường III', 'Phường III', '31321'],
      ['Phường VII', 'Phường VII', '31330'],
    ]);
  });
});

describe('type words of one letter and a dot', () => {
  it('reads "Q.1" and "P. Bến Nghé" as city news writes them', () => {
    const found = find('Tại Q.1 và P. Bến Nghé, TP.HCM, đoàn đã làm việc.', '2023-05');
    expect(found.map((f) => [f.text, f.name, f.type, f.code])).toEqual([
      ['Q.1', 'Quận 1', 'district', '760'],
      ['Bến Nghé', 'Bến Nghé', 'commune', '26740'],
      ['TP.HCM', 'Hồ Chí Minh', 'city', '79'],
    ]);
  });

  it('reads initials as no place', () => {
    expect(
      find('Ông Nguyễn Văn P. cho biết. Theo P. Hương, tỉnh Nghệ An có 20 xã.', '2023-05').map((f) => f.text),
    ).toEqual(['Nghệ An']);
  });
});

describe('a commune named again without its type word', () => {
  it('is the commune the article named with it', () => {
    const found = find(
      'Tỉnh Quảng Ngãi họp. Riêng xã Măng Đen đón hơn 1,1 triệu lượt khách. Khách lên Măng Đen chủ yếu đi quốc lộ 24.',
      '2025-10',
    );
    expect(found.filter((f) => f.text === 'Măng Đen').map((f) => [f.type, f.code])).toEqual([
      ['commune', '23473'],
      ['commune', '23473'],
    ]);
  });

  it('is the commune its people are named for ("ngư dân Sa Huỳnh")', () => {
    const found = find(
      'Tỉnh Quảng Ngãi họp. Tàu cá của phường Sa Huỳnh ra khơi; ngư dân Sa Huỳnh trúng mùa cá cơm.',
      '2025-10',
    );
    expect(found.filter((f) => f.text === 'Sa Huỳnh').map((f) => f.code)).toEqual(['21478', '21478']);
  });

  it('leaves a product or a lake named for the place alone', () => {
    const found = find(
      'Tỉnh Quảng Ngãi họp. Xã Măng Đen có 2.000 ha sâm Măng Đen bên hồ Măng Đen.',
      '2025-10',
    );
    expect(found.filter((f) => f.text === 'Măng Đen')).toHaveLength(1);
  });
});

describe('a border gate named by its commune', () => {
  it('is the commune of the article’s province, where another province has a district of the name', () => {
    const found = find(
      'Tỉnh Hà Giang họp. Kim ngạch qua cửa khẩu quốc tế Thanh Thủy (huyện Vị Xuyên) tăng mạnh.',
      '2024-08',
    );
    expect(found.filter((f) => f.text === 'Thanh Thủy').map((f) => [f.type, f.code])).toEqual([
      ['commune', '00928'],
    ]);
  });
});

describe('a district named again without its type word', () => {
  it('is the district the article named with it, before July 2025, where the name alone is two units', () => {
    const found = find(
      'Tỉnh Tiền Giang họp. Nhà vườn huyện Cai Lậy trúng mùa sầu riêng. Thương lái về Cai Lậy thu mua.',
      '2024-09',
    );
    expect(found.filter((f) => f.text === 'Cai Lậy').map((f) => [f.type, f.code])).toEqual([
      ['district', '820'],
      ['district', '820'],
    ]);
  });

  it('is not taken up after July 2025, when districts are history', () => {
    const found = find(
      'Tỉnh Đồng Tháp họp. Nhà vườn huyện Cai Lậy (cũ) trúng mùa sầu riêng. Thương lái về Cai Lậy thu mua.',
      '2025-10',
    );
    expect(found.filter((f) => f.text === 'Cai Lậy' && f.type === 'district')).toHaveLength(1);
  });
});

describe('a commune the title opens with, as a dateline', () => {
  const article = (title: string) =>
    `date 2025-10 ${title}\n\nSáng 3/10, UBND xã Thượng Lâm, tỉnh Tuyên Quang cho biết 9 tháng đầu năm xã đón hơn 2.000 lượt khách.\n`;
  const places = (title: string) =>
    parseDocument(article(title), { source: 'a.txt' })
      .facts.filter((f) => f.kind === 'location' && f.evidence.text === 'Thượng Lâm')
      .map((f) => [f.evidence.start, f.kind === 'location' ? f.code : null]);

  it('is the commune the article names with its type word', () => {
    expect(places('Thượng Lâm: Homestay người Tày hút khách mùa lúa chín')).toEqual([
      [13, '02269'],
      [87, '02269'],
    ]);
  });

  it('is no place further into the title, after a word that makes it a product or a name', () => {
    expect(places('Chè Thượng Lâm được mùa, homestay hút khách')).toEqual([[77, '02269']]);
  });
});

describe('railways named by the places they join', () => {
  it('reads the line whole, the places in it no places of their own', () => {
    const found = find(
      'Tỉnh Lào Cai họp. Dự án tuyến đường sắt Lào Cai - Hà Nội - Hải Phòng khởi công; đường sắt Côn Minh - Hà Khẩu đã vận hành.',
      '2025-11',
    );
    expect(found.map((f) => [f.text, f.type])).toEqual([
      ['Lào Cai', 'province'],
      ['tuyến đường sắt Lào Cai - Hà Nội - Hải Phòng', 'road'],
      ['đường sắt Côn Minh - Hà Khẩu', 'road'],
    ]);
  });

  it('reads no railway without the places it joins', () => {
    expect(find('Ngành đường sắt Việt Nam tăng chuyến.', '2025-11').map((f) => f.type)).toEqual(['country']);
  });
});

describe('a list of communes that share names with others of the province', () => {
  it('reads each in the district of the item before it', () => {
    const found = find(
      'Huyện Đông Anh, TP Hà Nội có 3 xã đạt chuẩn nông thôn mới kiểu mẫu là Vân Hà, Liên Hà, Thuỵ Lâm.',
      '2023-07',
    );
    expect(found.slice(2).map((f) => [f.text, f.code])).toEqual([
      ['Vân Hà', '00475'],
      ['Liên Hà', '00484'],
      ['Thuỵ Lâm', '00460'],
    ]);
  });
});

describe('a port named by its commune', () => {
  it('reads the commune, as a border gate or an airport names its place', () => {
    const found = find(
      'Tỉnh Kiên Giang họp. Trong quý I, cảng An Thới đã đón 21 chuyến tàu biển quốc tế.',
      '2019-04',
    );
    expect(found.map((f) => [f.text, f.code])).toEqual([
      ['Kiên Giang', '91'],
      ['An Thới', '31081'],
    ]);
  });

  it('leaves the port of a zone the article names to the zone', () => {
    const found = find(
      'Tỉnh Hà Tĩnh họp. Khu kinh tế Vũng Áng thu hút 2 dự án; cảng Vũng Áng đón tàu 50.000 tấn.',
      '2019-04',
    );
    expect(found.filter((f) => f.type === 'commune')).toEqual([]);
  });
});

describe('a region after a plural type word', () => {
  it('reads the region though a commune elsewhere shares a part of its name', () => {
    expect(find('Khách từ các tỉnh Đông Nam Bộ tăng.', '2025-03').map((f) => [f.text, f.type])).toEqual([
      ['Đông Nam Bộ', 'region'],
    ]);
  });

  it('reads a ward after "ra" and after "khu du lịch"', () => {
    const found = find(
      'Tỉnh Bình Thuận họp. Tại khu du lịch Mũi Né, khách tăng; từ TP.HCM ra Mũi Né mất 3 giờ.',
      '2025-03',
    );
    expect(found.filter((f) => f.text === 'Mũi Né')).toHaveLength(2);
  });
});

describe('a national tourist area named by its commune', () => {
  it('reads the commune after "Khu du lịch quốc gia" and after "du lịch"', () => {
    const found = find(
      'Tỉnh Kon Tum họp. Khu du lịch quốc gia Măng Đen (huyện Kon Plông) hút khách; du lịch Măng Đen tăng trưởng.',
      '2024-06',
    );
    expect(found.filter((f) => f.text === 'Măng Đen').map((f) => f.code)).toEqual(['23473', '23473']);
  });
});

describe('a list of bare communes, each with its district in brackets', () => {
  it('goes on past each bracket', () => {
    const found = find(
      'Tỉnh Bắc Kạn có thêm 4 xã đạt chuẩn nông thôn mới là Ngọc Phái, Đại Sảo (Chợ Đồn), Cường Lợi (Na Rì) và Khang Ninh (Ba Bể).',
      '2019-12',
    );
    expect(found.filter((f) => f.type === 'commune').map((f) => f.text)).toEqual([
      'Ngọc Phái',
      'Đại Sảo',
      'Cường Lợi',
      'Khang Ninh',
    ]);
  });
});

describe('a district named after "vùng"', () => {
  it('is the area around it, a region with no code; with its type word it stays the district', () => {
    const found = find(
      'Ở vùng Gò Công, KCN Bình Đông (thị xã Gò Công) thu hút 11 dự án. Tỉnh Tiền Giang hoàn thiện QL50 nối vùng Gò Công với TP.HCM.',
      '2024-07',
    );
    expect(found.filter((f) => f.name === 'Gò Công').map((f) => [f.type, f.code])).toEqual([
      ['region', null],
      ['district', '816'],
      ['region', null],
    ]);
  });
});

describe('communes singled out after a count of them', () => {
  it('reads the names after ", nhiều nhất là", in the district named before', () => {
    const found = find(
      'Tỉnh Phú Yên có thị xã Sông Cầu nuôi tôm hùm ở 8/13 xã, phường, nhiều nhất là Xuân Phương, Xuân Cảnh và Xuân Thịnh.',
      '2018-04',
    );
    expect(found.filter((f) => f.type === 'commune').map((f) => [f.text, f.code])).toEqual([
      ['Xuân Phương', '22072'],
      ['Xuân Cảnh', '22066'],
      ['Xuân Thịnh', '22069'],
    ]);
    // Words that single out nothing named leave no place.
    expect(find('Huyện có 8/13 xã, phường, nhiều nhất là vùng ven biển.', '2018-04')).toEqual([]);
  });

  it('reads them after ", lớn nhất là" too', () => {
    const found = find(
      'Huyện Đức Trọng có 9/15 xã, lớn nhất là Hiệp Thạnh, Hiệp An và N’Thol Hạ.',
      '2017-03',
    );
    expect(found.filter((f) => f.type === 'commune').map((f) => [f.text, f.code])).toEqual([
      ['Hiệp Thạnh', '24967'],
      ['Hiệp An', '24961'],
      ['N’Thol Hạ', '24973'],
    ]);
  });
});

describe('a language named for its country', () => {
  it('reads no country after "tiếng", in either case', () => {
    expect(
      find('Thí sinh thi Tiếng Anh rồi dịch sang tiếng Nhật; hàng xuất sang Anh và Nhật Bản.').map(
        (f) => f.text,
      ),
    ).toEqual(['Anh', 'Nhật Bản']);
  });
});

describe("a country's name as the Ministry of Foreign Affairs writes it", () => {
  it('names Cuba "Cu Ba" in either spelling', () => {
    expect(find('Đoàn đã thăm Cu Ba và Cuba.').map((f) => f.name)).toEqual(['Cu Ba', 'Cu Ba']);
  });
});

describe('a place in a name, past a verb that ends like a lagoon', () => {
  it('reads the province after "khám phá" but not after the lagoon "phá"', () => {
    expect(
      find('Giải Marathon Khám phá Quảng Bình 2024 thu hút du khách; phá Tam Giang rộng.', '2024-04').map(
        (f) => f.text,
      ),
    ).toEqual(['Quảng Bình']);
  });
});

describe("communes of a province the 2025 reform merged into the article's", () => {
  it('reads a list of former communes of old Gia Lai in a 2026 article on the new Gia Lai, with their last codes', () => {
    expect(
      find(
        'UBND tỉnh Gia Lai công nhận xã mới, lập trên cơ sở 4 xã Biển Hồ, Hà Bầu, Chư Đăng Ya và Nghĩa Hưng (cũ).',
        '2026-01',
      ).map((f) => [f.text, f.code]),
    ).toEqual([
      ['Gia Lai', '52'],
      ['Biển Hồ', '23590'],
      ['Hà Bầu', '23692'],
      ['Chư Đăng Ya', '23746'],
      ['Nghĩa Hưng', '23761'],
    ]);
  });

  it('keeps a namesake of another old province out of a pre-reform article', () => {
    // Old Gia Lai (64) went into the new Gia Lai (52), Bình Định's old code: no link before the reform.
    expect(find('Tỉnh Bình Định có các xã Nhơn Lý, Hà Bầu.', '2024-05').map((f) => f.text)).toEqual([
      'Bình Định',
      'Nhơn Lý',
    ]);
  });
});

describe('the lake a dam makes', () => {
  it('is no place after "hồ thủy điện" or "hồ chứa nước", but the plant\'s name still holds one', () => {
    expect(
      find('Hồ thuỷ điện Sơn La và hồ chứa nước Cửa Đạt của tỉnh Thanh Hóa tích nước.', '2022-07').map(
        (f) => f.text,
      ),
    ).toEqual(['Thanh Hóa']);
  });
});

describe('a name spaced round its dash, without its type word', () => {
  it("takes the gazetteer's name, as after a type word", () => {
    expect(
      placeNames(
        'Phan Rang - Tháp Chàm: Vườn nho\n\nXã Thành Hải thuộc Phan Rang - Tháp Chàm, tỉnh Ninh Thuận.',
        '2024-09',
      ),
    ).toContainEqual(['Phan Rang-Tháp Chàm', 'district']);
    expect(
      placeNames(
        'Phan Rang - Tháp Chàm: Vườn nho\n\nXã Thành Hải thuộc Phan Rang - Tháp Chàm, tỉnh Ninh Thuận.',
        '2024-09',
      ),
    ).not.toContainEqual(['Phan Rang - Tháp Chàm', 'district']);
  });
});

describe('a name of two words written as one', () => {
  it("takes the gazetteer's name", () => {
    expect(find('Huyện Đakrông của tỉnh Quảng Trị.', '2022-04')[0]).toMatchObject({
      text: 'Đakrông',
      name: 'Đa Krông',
      code: '467',
    });
  });
});

describe('flag states and other countries of the ministry list', () => {
  it('reads island states by their Vietnamese names, and Cyprus as "Síp"', () => {
    expect(
      find('Tàu mang cờ Quần đảo Marshall, Panama và Síp cập cảng; hàng đi Tanzania.').map((f) => [
        f.name,
        f.type,
      ]),
    ).toEqual([
      ['Quần đảo Marshall', 'country'],
      ['Panama', 'country'],
      ['Síp', 'country'],
      ['Tanzania', 'country'],
    ]);
  });
});

describe("the article's province known by its districts", () => {
  it('reads a bare district of the province whose districts the text names with their type word', () => {
    const found = find(
      'UBND huyện Vân Đồn và Huyện ủy Cô Tô họp; du khách từ TP.HCM bay thẳng tới Vân Đồn.',
      '2024-10',
    ).map((f) => [f.text, f.code]);
    expect(found).toContainEqual(['Vân Đồn', '203']);
    expect(found.filter(([text]) => text === 'Vân Đồn')).toHaveLength(2);
  });
});

describe('a province abbreviated and the northern delta', () => {
  it('reads "TT-Huế" as Thừa Thiên Huế and "đồng bằng Bắc Bộ" as a region', () => {
    expect(find('Khách từ đồng bằng Bắc Bộ đến TT-Huế tăng.').map((f) => [f.name, f.type, f.code])).toEqual([
      ['Đồng bằng Bắc Bộ', 'region', null],
      ['Thừa Thiên Huế', 'province', '46'],
    ]);
  });
});

describe('a commune whose name ends on a Roman numeral', () => {
  it('reads "Hòa Tú II" and "Cây Trường II" whole, with their codes', () => {
    expect(
      find('Người dân xã Hòa Tú II và xã Cây Trường II dự.', '2024-04').map((f) => [f.name, f.code]),
    ).toEqual([
      ['Hòa Tú II', '31729'],
      ['Cây Trường II', '25819'],
    ]);
  });
});

describe('a district named bare and called former after the reform', () => {
  it('is the district as it was, though a commune of today bears its name', () => {
    const found = find(
      'Tỉnh Ninh Bình họp. Nghề muối ở khu vực Hải Hậu (cũ) phục hồi; lúa tại Ý Yên cũ được mùa. Xã Hải Hậu nay đón khách.',
      '2025-10',
    );
    expect(found.filter((f) => f.type !== 'province').map((f) => [f.text, f.type, f.code])).toEqual([
      ['Hải Hậu', 'district', '366'],
      ['Ý Yên', 'district', '360'],
      ['Hải Hậu', 'commune', '14215'],
    ]);
  });
});

describe('a place the registry spells with "i" where the press writes "y"', () => {
  it('is found by its code in either spelling', () => {
    expect(
      find('Tỉnh Bình Thuận: tàu cá chìm cách huyện đảo Phú Quý 40 hải lý.', '2024-05')[1],
    ).toMatchObject({
      name: 'Phú Quý',
      type: 'district',
      code: '602',
    });
  });
});

describe('a coastal or inter-port road named by the places it joins', () => {
  it('is one road, its ends no places of their own; without a dash it is no name', () => {
    const found = find(
      'Tỉnh Quảng Ngãi đẩy nhanh đường ven biển Sa Kỳ - Mỹ Khê giai đoạn 2 và đường liên cảng Phú Mỹ - Cái Mép; đường ven biển mở lối cho hàng hóa.',
      '2024-06',
    );
    expect(found.filter((f) => f.type === 'road').map((f) => f.name)).toEqual([
      'Đường ven biển Sa Kỳ - Mỹ Khê',
      'Đường liên cảng Phú Mỹ - Cái Mép',
    ]);
  });

  it('is one road when a regional link joins provinces, which it names no places of its own', () => {
    const found = find(
      'Tỉnh Thái Nguyên khởi công đường liên kết vùng Thái Nguyên - Bắc Giang - Vĩnh Phúc, dài 60 km.',
      '2023-12',
    );
    expect(found.map((f) => [f.type, f.name])).toEqual([
      ['province', 'Thái Nguyên'],
      ['road', 'Đường liên kết vùng Thái Nguyên - Bắc Giang - Vĩnh Phúc'],
    ]);
  });
});

describe('a place closing the name of an irrigation firm', () => {
  it('is the place: "khai thác" (exploit) is no waterfall of a dammed lake; a lake still is no place', () => {
    const found = find(
      'Tỉnh Bình Dương họp. Công ty TNHH MTV Khai thác thủy lợi Dầu Tiếng nạo vét kênh. Hồ thủy lợi Dầu Tiếng đầy nước.',
      '2024-08',
    );
    expect(found.map((f) => [f.text, f.type, f.code])).toEqual([
      ['Bình Dương', 'province', '74'],
      ['Dầu Tiếng', 'district', '720'],
    ]);
  });
});

describe('the country before the province a firm name closes on', () => {
  it('is read with the province', () => {
    const { facts } = parseDocument(
      'date 2024-07 Tin\n\nThành phố Hải Phòng họp. Công ty TNHH Deep Display Việt Nam Hải Phòng tuyển 500 lao động.\n',
      { source: 'x.txt' },
    );
    const found = facts.flatMap((f) => (f.kind === 'location' ? [f] : []));
    expect(found.map((f) => [f.evidence.text, f.type])).toEqual([
      ['Hải Phòng', 'city'],
      ['Việt Nam', 'country'],
      ['Hải Phòng', 'city'],
    ]);
  });
});

describe('a city abbreviation that closes a sentence', () => {
  it('names no city in the next sentence; a known city after its dot is still read', () => {
    const found = find(
      'Quỹ được trao cho UBND TP. Những phần quà tiếp theo đến tay người dân. Đoàn đến TP. Thủ Dầu Một làm việc.',
    );
    expect(found.map((f) => f.name)).toEqual(['Thủ Dầu Một']);
  });
});

describe('a name the gazetteer knows at another commune-level prefix', () => {
  it('is read whole, not cut to a shorter unit of the type word’s prefix', () => {
    const found = find(
      'Các xã Chiềng Sơn, Đông Sang, Mường Sang đón khách. Xã Đông Sang có điện lưới.',
      '2024-06',
    );
    expect(found.map((f) => [f.name, f.code])).toEqual([
      ['Chiềng Sơn', '03985'],
      ['Đông Sang', '04030'],
      ['Mường Sang', '04027'],
      ['Đông Sang', '04030'],
    ]);
  });
});

describe('a hamlet whose name holds a province’s', () => {
  it('names no province; "nông thôn" before a province is no hamlet', () => {
    const found = find(
      'Gia đình anh ở ấp Bù Cà Mau, xã Hưng Phước; thôn Hà Nam có 120 hộ. Nông thôn Long An đổi thay.',
      '2024-03',
    );
    expect(found.map((f) => f.name)).toEqual(['Hưng Phước', 'Long An']);
  });
});

describe('the area the places of a plural type word lie in', () => {
  it('is no item of the list: "các xã phía nam khu vực Lào Cai (cũ)" names the former province', () => {
    const found = find(
      'Các xã phía nam khu vực Lào Cai (cũ) trồng quế; các xã thuộc Lâm Đồng trồng cà phê.',
      '2025-10',
    );
    expect(found.map((f) => [f.name, f.type, f.code])).toEqual([
      ['Lào Cai', 'province', '10'],
      ['Lâm Đồng', 'province', '68'],
    ]);
  });
});

describe('a foreign place’s name the article gives a commune of its own', () => {
  it('is that commune where the article typed it, unless a bracket names the country', () => {
    const found = find(
      'Tại xã Côn Minh (Na Rì), HTX Nông lâm sản Hồi Côn Minh vừa đầu tư lò sấy; hồi xuất sang Côn Minh (Trung Quốc).',
      '2025-05',
    );
    expect(found.filter((f) => f.name === 'Côn Minh').map((f) => [f.type, f.code])).toEqual([
      ['commune', '02173'],
      ['commune', '02173'],
      ['city', null],
    ]);
  });
});

describe('a surname after a place name', () => {
  it('opens a person only with a given name after it: "Thái Bình Dương" is the Pacific', () => {
    expect(
      find('Hợp tác xã xuất 12 tấn hàu Thái Bình Dương sang Hàn Quốc.', '2024-06').map((f) => f.text),
    ).toEqual(['Hàn Quốc']);
    expect(find('Bí thư Tỉnh ủy Thái Bình Dương Văn Minh phát biểu.', '2024-06').map((f) => f.text)).toEqual([
      'Thái Bình',
    ]);
  });
});

describe('a commune with its former district in apposition', () => {
  it('is the commune of that district before the reform, not the commune of today of that name', () => {
    const found = find('Nghề bún có từ khi nơi đây còn thuộc xã Thạnh Phú, huyện Mỹ Xuyên (cũ).', '2026-02');
    expect(found.find((f) => f.text === 'Thạnh Phú')).toMatchObject({ type: 'commune', code: '31708' });
  });
});

import { describe, expect, it } from 'vitest';
import { recognizePeople } from './person.js';
import { contextOf } from './tokens/test-context.js';

type Found = { text: string; name: string; titles: string[]; rank: string | null };

function find(text: string, options: { byline?: boolean } = {}): Found[] {
  return recognizePeople(contextOf(text, '2024-05', options)).map((f) => ({
    text: f.evidence.text,
    name: f.name,
    titles: f.titles,
    rank: f.rank,
  }));
}

describe('names with titles before them', () => {
  it.each([
    [
      'Chủ tịch UBND tỉnh Trần Tuệ Hiền dự lễ.',
      {
        text: 'Chủ tịch UBND tỉnh Trần Tuệ Hiền',
        name: 'Trần Tuệ Hiền',
        titles: ['Chủ tịch UBND tỉnh'],
        rank: null,
      },
    ],
    [
      'Phát biểu tại hội nghị, Phó Bí thư Thường trực Tỉnh ủy Huỳnh Thị Hằng nhấn mạnh.',
      {
        text: 'Phó Bí thư Thường trực Tỉnh ủy Huỳnh Thị Hằng',
        name: 'Huỳnh Thị Hằng',
        titles: ['Phó Bí thư Thường trực Tỉnh ủy'],
        rank: null,
      },
    ],
    [
      'Bí thư Tỉnh ủy Quảng Ngãi Đặng Văn Minh chủ trì.',
      {
        text: 'Bí thư Tỉnh ủy Quảng Ngãi Đặng Văn Minh',
        name: 'Đặng Văn Minh',
        titles: ['Bí thư Tỉnh ủy Quảng Ngãi'],
        rank: null,
      },
    ],
    [
      'Giám đốc Sở Kế hoạch và Đầu tư Phạm Minh Tuấn báo cáo.',
      {
        text: 'Giám đốc Sở Kế hoạch và Đầu tư Phạm Minh Tuấn',
        name: 'Phạm Minh Tuấn',
        titles: ['Giám đốc Sở Kế hoạch và Đầu tư'],
        rank: null,
      },
    ],
    [
      'Bí thư Thành ủy Hà Nội Đinh Tiến Dũng dự.',
      {
        text: 'Bí thư Thành ủy Hà Nội Đinh Tiến Dũng',
        name: 'Đinh Tiến Dũng',
        titles: ['Bí thư Thành ủy Hà Nội'],
        rank: null,
      },
    ],
    [
      'Bí thư Tỉnh ủy Lâm Đồng Đồng Văn Hải dự.',
      {
        text: 'Bí thư Tỉnh ủy Lâm Đồng Đồng Văn Hải',
        name: 'Đồng Văn Hải',
        titles: ['Bí thư Tỉnh ủy Lâm Đồng'],
        rank: null,
      },
    ],
    [
      'Thiếu tướng Lê Văn Hà trao quà.',
      { text: 'Thiếu tướng Lê Văn Hà', name: 'Lê Văn Hà', titles: [], rank: 'Thiếu tướng' },
    ],
    [
      'Ủy viên BTV Tỉnh ủy, Trưởng ban Dân vận Tỉnh ủy Bùi Thị Ngọc Ánh tặng hoa.',
      {
        text: 'Ủy viên BTV Tỉnh ủy, Trưởng ban Dân vận Tỉnh ủy Bùi Thị Ngọc Ánh',
        name: 'Bùi Thị Ngọc Ánh',
        titles: ['Ủy viên BTV Tỉnh ủy', 'Trưởng ban Dân vận Tỉnh ủy'],
        rank: null,
      },
    ],
    [
      'Phó Chủ tịch HĐND tỉnh - Trưởng ban Kinh tế - Ngân sách Vũ Đức Thọ điều hành.',
      {
        text: 'Phó Chủ tịch HĐND tỉnh - Trưởng ban Kinh tế - Ngân sách Vũ Đức Thọ',
        name: 'Vũ Đức Thọ',
        titles: ['Phó Chủ tịch HĐND tỉnh', 'Trưởng ban Kinh tế - Ngân sách'],
        rank: null,
      },
    ],
  ])('%s', (text, expected) => {
    expect(find(text)).toEqual([expected]);
  });
});

describe('titles after the name', () => {
  it('reads a rank before and titles after, joined by " - " and ", "', () => {
    expect(
      find(
        'Có Thượng tá Đỗ Hữu Nghĩa - Phó Giám đốc Công an tỉnh, Ủy viên BCH Đảng bộ tỉnh; đại diện các sở.',
      ),
    ).toEqual([
      {
        text: 'Thượng tá Đỗ Hữu Nghĩa - Phó Giám đốc Công an tỉnh, Ủy viên BCH Đảng bộ tỉnh',
        name: 'Đỗ Hữu Nghĩa',
        titles: ['Phó Giám đốc Công an tỉnh', 'Ủy viên BCH Đảng bộ tỉnh'],
        rank: 'Thượng tá',
      },
    ]);
  });

  it('reads a title after a comma and stops at the verb', () => {
    expect(find('Ông Ngô Quang Vinh, Chủ tịch UBND huyện cho biết như vậy.')).toEqual([
      {
        text: 'Ngô Quang Vinh, Chủ tịch UBND huyện',
        name: 'Ngô Quang Vinh',
        titles: ['Chủ tịch UBND huyện'],
        rank: null,
      },
    ]);
  });

  it('ends a title at the verb after a company name', () => {
    expect(
      find('Ông Phan Quốc Bảo, Tổng Giám đốc Tập đoàn Hưng Thịnh Phát cam kết hoàn thành đúng hạn.'),
    ).toEqual([
      {
        text: 'Phan Quốc Bảo, Tổng Giám đốc Tập đoàn Hưng Thịnh Phát',
        name: 'Phan Quốc Bảo',
        titles: ['Tổng Giám đốc Tập đoàn Hưng Thịnh Phát'],
        rank: null,
      },
    ]);
  });

  it('gives a title standing before the next name to that name', () => {
    const found = find('Dự có Phó Chủ tịch UBND tỉnh Lý Văn Tám, Giám đốc Sở Y tế Tạ Thị Lan.');
    expect(found.map((f) => [f.name, f.titles])).toEqual([
      ['Lý Văn Tám', ['Phó Chủ tịch UBND tỉnh']],
      ['Tạ Thị Lan', ['Giám đốc Sở Y tế']],
    ]);
  });
});

describe('heads of customs and control teams', () => {
  it("reads the head of a gate's customs, and no person in the name of a team", () => {
    expect(
      find(
        'Ông Hoàng Văn Páo, Trưởng Hải quan cửa khẩu quốc tế Thanh Thủy, và ông Lê Văn Tám, Đội trưởng Đội Kiểm soát Hải quan, cho biết.',
      ).map((p) => [p.name, p.titles]),
    ).toEqual([
      ['Hoàng Văn Páo', ['Trưởng Hải quan cửa khẩu quốc tế Thanh Thủy']],
      ['Lê Văn Tám', ['Đội trưởng Đội Kiểm soát Hải quan']],
    ]);
  });
});

describe('the mayor of a foreign city', () => {
  it('is a title, not a person named "Phó Thị"', () => {
    expect(
      find('Ông Park Jin-woo, Phó Thị trưởng thành phố Incheon cho biết đường bay sẽ mở thêm.').map((p) => [
        p.name,
        p.titles,
      ]),
    ).toEqual([['Park Jin-woo', ['Phó Thị trưởng thành phố Incheon']]]);
  });
});

describe('names on their own', () => {
  it('reads "đồng chí X" and a later bare mention without titles', () => {
    expect(find('Đồng chí Trịnh Văn Quyết đánh giá cao. Sau đó, Trịnh Văn Quyết đi thăm.')).toEqual([
      { text: 'Trịnh Văn Quyết', name: 'Trịnh Văn Quyết', titles: [], rank: null },
      { text: 'Trịnh Văn Quyết', name: 'Trịnh Văn Quyết', titles: [], rank: null },
    ]);
  });

  it('reads compound and ethnic-minority names', () => {
    expect(
      find(
        "Bà Tôn Nữ Thị Ninh, ông Y Biêr Niê, bà H'Hen Niê, ông Ksor Phước, ông Giàng Seo Phử và ông Điểu Kré.",
      ).map((f) => f.name),
    ).toEqual(['Tôn Nữ Thị Ninh', 'Y Biêr Niê', "H'Hen Niê", 'Ksor Phước', 'Giàng Seo Phử', 'Điểu Kré']);
  });
});

describe('surnames of the Thái and Mông', () => {
  it('reads "Xa" and "Phàng" as surnames', () => {
    expect(find('Bí thư Huyện ủy Xa Văn Thuận và ông Phàng Seo Chứ dự họp.').map((f) => f.name)).toEqual([
      'Xa Văn Thuận',
      'Phàng Seo Chứ',
    ]);
  });
});

describe('surnames of the Giáy', () => {
  it('reads "Thèn" as a surname after a title', () => {
    expect(
      find('Trả lời, Giám đốc Sở Nông nghiệp và Phát triển nông thôn Thèn Văn Quý cho biết.').map(
        (f) => f.name,
      ),
    ).toEqual(['Thèn Văn Quý']);
  });
});

describe("surnames of the H'roi, Cơ Tu and Ra Glai", () => {
  it.each([
    ['Đại biểu La O Thị Bích Hà chất vấn Giám đốc Sở.', 'La O Thị Bích Hà'],
    ['Phó Chủ tịch UBND huyện Bhnướch Thị Hạnh phát biểu.', 'Bhnướch Thị Hạnh'],
    ['Bà Pi Năng Thị Thủy, Chủ tịch Hội Phụ nữ xã, cho biết.', 'Pi Năng Thị Thủy'],
    ['Phó Giám đốc Sở Công Thương Mang Thị Ngọc Lan báo cáo.', 'Mang Thị Ngọc Lan'],
  ])('%s', (text, name) => {
    expect(find(text).map((f) => f.name)).toEqual([name]);
  });

  it('reads no person in the districts that open on "Mang"', () => {
    expect(find('Huyện Mang Yang và huyện Mang Thít có nhiều hộ nghèo.')).toEqual([]);
  });
});

describe('names of the Xơ Đăng and Ba Na', () => {
  it('reads a name opened by "A" after a title', () => {
    expect(find('Bí thư Đảng ủy xã Ngọc Linh A Dình cho biết.').map((f) => f.name)).toEqual(['A Dình']);
  });

  it('reads no person in a place opened by "A"', () => {
    expect(find('Huyện A Lưới và xã A Ngo có mưa lớn.')).toEqual([]);
  });
});

describe('Cơ Ho names of one word', () => {
  it('reads "K\'Brơi" after a title and no person in "H\'Mông"', () => {
    expect(find("Ông K'Brơi, Phó Chủ tịch UBND huyện Di Linh, cho biết.").map((f) => f.name)).toEqual([
      "K'Brơi",
    ]);
    expect(find("Đồng bào H'Mông và M'Nông trồng lúa.")).toEqual([]);
  });

  it("reads no full name in an Ê Đê woman's given name said alone, her clan name left out", () => {
    expect(
      find("Bà H'Linh Mlô trồng 2 ha cà phê. “Năm nay giá tốt”, bà H'Linh nói.").map((f) => f.name),
    ).toEqual(["H'Linh Mlô"]);
  });
});

describe('a surname inside a place', () => {
  it('reads no person in "Buôn Ma Thuột"', () => {
    expect(find('Lễ hội Cà phê Buôn Ma Thuột lần thứ 9 khai mạc.')).toEqual([]);
  });
});

describe('what is no person', () => {
  it.each([
    'Đoàn đến Hà Tĩnh và Lâm Đồng.',
    'Hàng hóa xuất sang Thái Lan và Hà Lan.',
    'Tại TP Hồ Chí Minh, giá nhà tăng.',
    'Cửa hàng trên đường Lê Lợi đông khách.',
    'Người dân phường Trần Phú phấn khởi.',
    'Học sinh Trường THPT Lê Quý Đôn đạt giải.',
    'Công ty TNHH Nguyễn Kim mở cửa hàng.',
    'Bí thư Tỉnh ủy Hà Tĩnh cũng thông tin thêm.',
    'Các đồng chí Ủy viên BTV Tỉnh ủy dự họp.',
    'Hà Nội Mới đăng tin.',
  ])('%s', (text) => {
    expect(find(text)).toEqual([]);
  });

  it('reads no person in the byline', () => {
    expect(find('Tin mới.\n\nNguyễn Thu Hà', { byline: true })).toEqual([]);
  });
});

describe('more titles', () => {
  it.each([
    [
      'Ông Nguyễn Văn Bình, nguyên Chủ tịch UBND tỉnh, phát biểu.',
      'Nguyễn Văn Bình',
      ['nguyên Chủ tịch UBND tỉnh'],
    ],
    ['Phó Giám đốc phụ trách Sở Y tế Lê Văn Lân cho biết.', 'Lê Văn Lân', ['Phó Giám đốc phụ trách Sở Y tế']],
    [
      'Bà Lê Thị Cúc, Giám đốc điều hành Công ty Sao Mai, cho biết.',
      'Lê Thị Cúc',
      ['Giám đốc điều hành Công ty Sao Mai'],
    ],
    [
      'Đại úy Lò Văn Pấng, Đồn trưởng Đồn Biên phòng Mường Lèo, cho biết.',
      'Lò Văn Pấng',
      ['Đồn trưởng Đồn Biên phòng Mường Lèo'],
    ],
  ])('%s', (text, name, titles) => {
    expect(find(text).map((f) => [f.name, f.titles])).toContainEqual([name, titles]);
  });
});

describe('where a name starts inside a run of capitals', () => {
  it.each([
    [
      'Phó Chủ tịch HĐND TP Hải Phòng Nguyễn Kim Nga phát biểu.',
      'Nguyễn Kim Nga',
      ['Phó Chủ tịch HĐND TP Hải Phòng'],
    ],
    ['Thứ trưởng Bộ Công Thương Lê Văn Việt dự.', 'Lê Văn Việt', ['Thứ trưởng Bộ Công Thương']],
    ['Chủ tịch HĐND tỉnh Bắc Ninh Y Biêr Êban dự.', 'Y Biêr Êban', ['Chủ tịch HĐND tỉnh Bắc Ninh']],
    ['Chủ tịch UBND xã A Vao Căn Văn Lồng cho biết.', 'Căn Văn Lồng', ['Chủ tịch UBND xã A Vao']],
  ])('%s', (text, name, titles) => {
    expect(find(text).map((f) => [f.name, f.titles])).toEqual([[name, titles]]);
  });
});

describe('a people is no person', () => {
  it.each([
    'Xã có 126 hộ đồng bào Hà Nhì trồng sâm.',
    'Lễ hội của dân tộc La Hủ diễn ra.',
    'Hộ nghèo chủ yếu là đồng bào Mông, Dao, Hà Nhì.',
    'Dân tộc Thái, La Chí và Lô Lô sống ở đây.',
  ])('%s', (text) => {
    expect(find(text)).toEqual([]);
  });

  it('reads the person whose name only begins like a people, and one outside a list', () => {
    expect(find('Ông Hà Nhì Sơn và bà Lô Thị Lan dự họp.').map((p) => p.name)).toEqual([
      'Hà Nhì Sơn',
      'Lô Thị Lan',
    ]);
    expect(find('Đồng bào Mông, Dao; ông Lò Văn Dao phát biểu.').map((p) => p.name)).toEqual(['Lò Văn Dao']);
  });
});

describe('a courtesy word that opens a proper name', () => {
  it('reads no person after "Bà" capitalized inside a sentence, and one after it opening a sentence', () => {
    expect(find('Lễ hội vía Bà Chúa Xứ núi Sam thu hút du khách.')).toEqual([]);
    expect(find('Bà Kim Ji-yeon, đại diện doanh nghiệp, phát biểu.').map((p) => p.name)).toEqual([
      'Kim Ji-yeon',
    ]);
  });
});

describe('two surnames after a courtesy word', () => {
  it.each([
    ['Bà Lê Phạm Thảo Nguyên, Giám đốc Sở Du lịch, cho biết.', 'Lê Phạm Thảo Nguyên'],
    ['Ông Nguyễn Trần Minh Khoa phát biểu.', 'Nguyễn Trần Minh Khoa'],
  ])('%s', (text, name) => {
    expect(find(text).map((p) => p.name)).toEqual([name]);
  });
});

describe('a name opening with "A" after a level', () => {
  it('reads the person, not a district, in "Chủ tịch UBND huyện A Ngọc"', () => {
    expect(find('Chủ tịch UBND huyện A Ngọc cho biết, huyện trồng thêm sâm.').map((p) => p.name)).toEqual([
      'A Ngọc',
    ]);
  });
});

describe('an airport named like a person', () => {
  it('reads no person after "Cảng hàng không"', () => {
    expect(find('Theo Cảng hàng không Chu Lai, lượng khách tăng.')).toEqual([]);
  });
});

describe("a list that writes each one's titles before the name", () => {
  it('gives the titles after one name that run into the next name to the next one', () => {
    const found = find(
      'Dự có các đồng chí: Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Hoàng Minh Tuấn, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh Đinh Thị Hồng Vân. ' +
        'Ông Trần Văn Hải, Tỉnh ủy viên, Giám đốc Sở Tài chính, cho biết.',
    );
    expect(found.map((f) => [f.name, f.titles])).toEqual([
      ['Hoàng Minh Tuấn', ['Phó Bí thư Tỉnh ủy', 'Chủ tịch UBND tỉnh']],
      ['Đinh Thị Hồng Vân', ['Phó Bí thư Thường trực Tỉnh ủy', 'Chủ tịch HĐND tỉnh']],
      ['Trần Văn Hải', ['Tỉnh ủy viên', 'Giám đốc Sở Tài chính']],
    ]);
  });
});

describe("a village's name after its type word", () => {
  it("is no person unless it opens with a surname or a given name's prefix", () => {
    const found = find(
      "Ông Ka Hoa, Bí thư Chi bộ thôn Đưng K'Si, cho biết. Ông A Nhót, Trưởng thôn Kon Klor 2, cho biết. Trưởng thôn Nguyễn Văn Bình phát biểu.",
    );
    expect(found.map((f) => [f.name, f.titles])).toEqual([
      ['Ka Hoa', ["Bí thư Chi bộ thôn Đưng K'Si"]],
      ['A Nhót', ['Trưởng thôn Kon Klor 2']],
      ['Nguyễn Văn Bình', ['Trưởng thôn']],
    ]);
  });

  it("is no person when a name with an apostrophe opens it, unless the village's head is named", () => {
    const found = find(
      "Ông Y Thông Nơ Trang ở bon R'Cập, xã Nâm Nung cho biết. Trưởng bon K'Lang phát biểu.",
    );
    expect(found.map((f) => f.name)).toEqual(['Y Thông Nơ Trang', "K'Lang"]);
  });

  it('is no person when a surname opens it and no head of the village or middle name marks one', () => {
    const found = find(
      'Vườn cam của anh Bùi Văn Tình ở xóm Đồng Bả, xã Tây Phong. Bà con thôn Lê Xá và ấp Trần Bình họp. ' +
        'Già làng Đinh Văn Hớ nói. Trưởng bản Lò Văn Pấng cho biết. Giám đốc Sở Nông nghiệp và Phát triển nông thôn Hoàng Đình Nghĩa dự.',
    );
    expect(found.map((f) => f.name)).toEqual([
      'Bùi Văn Tình',
      'Đinh Văn Hớ',
      'Lò Văn Pấng',
      'Hoàng Đình Nghĩa',
    ]);
  });
});

describe("the state's honorary titles", () => {
  it('are titles, before the name or in apposition after it', () => {
    const found = find(
      'Ông Nguyễn Văn Hạnh, Anh hùng Lao động, Giám đốc Công ty Cổ phần Thương mại Hoàng Kim Phát kiến nghị. Nghệ nhân Ưu tú Rơ Mah Tuân biểu diễn.',
    );
    expect(found.map((f) => [f.name, f.titles])).toEqual([
      ['Nguyễn Văn Hạnh', ['Anh hùng Lao động', 'Giám đốc Công ty Cổ phần Thương mại Hoàng Kim Phát']],
      ['Rơ Mah Tuân', ['Nghệ nhân Ưu tú']],
    ]);
  });
});

describe('where a title ends', () => {
  it("ends with the place's name, before the sentence's verb", () => {
    const [found] = find(
      'Đồng chí Thái Thanh Quý, Bí thư Tỉnh ủy, Trưởng đoàn ĐBQH tỉnh Nghệ An dâng hương.',
    );
    expect(found?.titles).toEqual(['Bí thư Tỉnh ủy', 'Trưởng đoàn ĐBQH tỉnh Nghệ An']);
  });

  it('ends at zones in the plural, whose capitals after are the holder, not a zone', () => {
    const found = find(
      'Trưởng Ban Quản lý KKT Nghi Sơn và các KCN Hoàng Văn Thưởng cho biết. Tỉnh có KCN Hoàng Mai.',
    );
    expect(found.map((f) => [f.name, f.titles])).toEqual([
      ['Hoàng Văn Thưởng', ['Trưởng Ban Quản lý KKT Nghi Sơn và các KCN']],
    ]);
  });

  it('ends before "và" and the title of another person', () => {
    const found = find(
      'PGS.TS Nguyễn Văn Hùng, Hiệu trưởng Trường Đại học Vinh và Nghệ nhân Ưu tú Lê Thị Mai dự lễ.',
    );
    expect(found.map((f) => [f.name, f.titles])).toEqual([
      ['Nguyễn Văn Hùng', ['PGS.TS', 'Hiệu trưởng Trường Đại học Vinh']],
      ['Lê Thị Mai', ['Nghệ nhân Ưu tú']],
    ]);
  });

  it('ends before "và" and the rank, courtesy word or lower-case words of another person', () => {
    const found = find(
      'Dự có ông Trần Minh Hải, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh và Thượng tá Lò Văn Sinh, Phó Giám đốc Công an tỉnh; bà Vi Thị Hoa, Phó Chủ tịch HĐND tỉnh và đồng chí Đặng Văn Tú; ông Hà Văn Khởi, Trưởng ban Dân vận Huyện ủy và đại biểu các xã.',
    );
    expect(found.map((f) => [f.name, f.titles, f.rank])).toEqual([
      ['Trần Minh Hải', ['Phó Bí thư Tỉnh ủy', 'Chủ tịch UBND tỉnh'], null],
      ['Lò Văn Sinh', ['Phó Giám đốc Công an tỉnh'], 'Thượng tá'],
      ['Vi Thị Hoa', ['Phó Chủ tịch HĐND tỉnh'], null],
      ['Đặng Văn Tú', [], null],
      ['Hà Văn Khởi', ['Trưởng ban Dân vận Huyện ủy'], null],
    ]);
  });

  it('ends before a verb that opens with a syllable of official names', () => {
    const found = find(
      'Thiếu tá Mùa A Dình, Chỉ huy trưởng Ban CHQS huyện trực tiếp chỉ đạo. Ông Phan Văn Tư, Phó Chủ tịch UBND tỉnh đồng chủ trì. Trung tá Lữ Văn Đức, Tham mưu trưởng Bộ CHQS tỉnh công bố quyết định.',
    );
    expect(found.map((f) => f.titles)).toEqual([
      ['Chỉ huy trưởng Ban CHQS huyện'],
      ['Phó Chủ tịch UBND tỉnh'],
      ['Tham mưu trưởng Bộ CHQS tỉnh'],
    ]);
  });

  it('ends before what the speaker does next, after a brand or a country closing the body', () => {
    const found = find(
      'Ông Lê Văn Tám, Phó Chủ tịch Vifosa khuyến cáo nông dân. Bà Mai Thị Hoa, Chủ tịch Hiệp hội Chè Việt Nam đề nghị hỗ trợ. Ông Đỗ Văn Lâm, Giám đốc Vinatex kiến nghị tháo gỡ. Ông Hà Văn Phú, Tổng Giám đốc Sabeco yêu cầu các đại lý.',
    );
    expect(found.map((f) => f.titles)).toEqual([
      ['Phó Chủ tịch Vifosa'],
      ['Chủ tịch Hiệp hội Chè Việt Nam'],
      ['Giám đốc Vinatex'],
      ['Tổng Giám đốc Sabeco'],
    ]);
  });

  it("reads a port or a mine named by its kind, and a club's name in full", () => {
    const found = find(
      'Ông Phan Văn Hải, Giám đốc cảng cho biết, tàu đã cập bến. Bà Lý Thị Thu, Phó Giám đốc mỏ cho hay. Ông Đàm Văn Lực, Chủ nhiệm Câu lạc bộ Xe đạp Lạng Sơn dự.',
    );
    expect(found.map((f) => f.titles)).toEqual([
      ['Giám đốc cảng'],
      ['Phó Giám đốc mỏ'],
      ['Chủ nhiệm Câu lạc bộ Xe đạp Lạng Sơn'],
    ]);
  });

  it('ends before "điều hành" after the body, and keeps it right after the head', () => {
    const found = find(
      'Bà Hà Thị Nga, Phó Bí thư Thường trực Huyện ủy Bảo Lạc điều hành phiên thảo luận. Ông Vũ Đức Anh, Giám đốc Sở Y tế điều hành buổi làm việc. Ông Lại Quốc Toản, Tổng Giám đốc điều hành Tập đoàn Hòa Phát cho biết.',
    );
    expect(found.map((f) => f.titles)).toEqual([
      ['Phó Bí thư Thường trực Huyện ủy Bảo Lạc'],
      ['Giám đốc Sở Y tế'],
      ['Tổng Giám đốc điều hành Tập đoàn Hòa Phát'],
    ]);
  });

  it('reads the whole name of a body that the head opens', () => {
    const found = find(
      'Ông Đinh Công Sử, Trưởng Ban Tổ chức Trung ương; Thiếu tá Sầm Thị Lan, Trưởng Phòng Cảnh sát giao thông; ông Khổng Minh Đạt, Phó Trưởng Ban Quản lý Khu kinh tế cửa khẩu Cầu Treo và bà Mạc Thị Yến, Trưởng Ban Chỉ đạo phòng, chống thiên tai tỉnh cùng dự.',
    );
    expect(found.map((f) => f.titles)).toEqual([
      ['Trưởng Ban Tổ chức Trung ương'],
      ['Trưởng Phòng Cảnh sát giao thông'],
      ['Phó Trưởng Ban Quản lý Khu kinh tế cửa khẩu Cầu Treo'],
      ['Trưởng Ban Chỉ đạo phòng, chống thiên tai tỉnh'],
    ]);
  });
});

describe('titles of a committee member, a body named by its kind, a degree', () => {
  it('reads "Tỉnh ủy viên" and "Huyện uỷ viên" as titles', () => {
    const found = find(
      'Ông Lương Văn Tài, Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh và bà Lục Thị Nga, Huyện uỷ viên, Chủ tịch Hội Liên hiệp Phụ nữ huyện dự.',
    );
    expect(found.map((f) => f.titles)).toEqual([
      ['Tỉnh ủy viên', 'Phó Chủ tịch UBND tỉnh'],
      ['Huyện uỷ viên', 'Chủ tịch Hội Liên hiệp Phụ nữ huyện'],
    ]);
  });

  it('keeps the body a title names by its kind in lower case', () => {
    const found = find(
      'Ông Tạ Văn Sơn, Phó Tổng Giám đốc công ty cho biết. Giám đốc hợp tác xã Lương Thị Mây nói thêm. Bà Ninh Thị Hạnh, Hiệu trưởng nhà trường phát biểu.',
    );
    expect(found.map((f) => f.titles)).toEqual([
      ['Phó Tổng Giám đốc công ty'],
      ['Giám đốc hợp tác xã'],
      ['Hiệu trưởng nhà trường'],
    ]);
    expect(
      find(
        'Bà Lý Thị Phương, Giám đốc bảo tàng cho biết. Ông Tan Wee Liang, Tổng Giám đốc liên doanh nói thêm.',
      ).map((f) => f.titles),
    ).toEqual([['Giám đốc bảo tàng'], ['Tổng Giám đốc liên doanh']]);
    expect(
      find(
        'Bà Hoàng Thị Dung, Chủ tịch Công đoàn công ty cho biết. Bà Lê Thị Hương, Trưởng phòng Nhân sự công ty nói.',
      ).map((f) => f.titles),
    ).toEqual([['Chủ tịch Công đoàn công ty'], ['Trưởng phòng Nhân sự công ty']]);
  });

  it('reads the village head, the chief of staff and a representative office where it sits', () => {
    const found = find(
      'Ông Đinh Văn Rơ, Trưởng làng Kon Bring cho biết. Ông Park Ji-hoon, Trưởng Văn phòng đại diện Vietjet Air tại Hà Nội phát biểu. Đại tá Vũ Văn Mạnh, Phó Chỉ huy trưởng, Tham mưu trưởng Bộ CHQS tỉnh dự.',
    );
    expect(found.map((f) => f.titles)).toEqual([
      ['Trưởng làng Kon Bring'],
      ['Trưởng Văn phòng đại diện Vietjet Air tại Hà Nội'],
      ['Phó Chỉ huy trưởng', 'Tham mưu trưởng Bộ CHQS tỉnh'],
    ]);
  });

  it('reads on over the dot of "TP." inside a title', () => {
    const found = find(
      "Giám đốc Sở Tư pháp TP. Hồ Chí Minh Rơ Mah H'Nhi và ông Đào Văn Sáu, Chủ tịch UBND TP. Vinh dự.",
    );
    expect(found.map((f) => f.titles)).toEqual([
      ['Giám đốc Sở Tư pháp TP. Hồ Chí Minh'],
      ['Chủ tịch UBND TP. Vinh'],
    ]);
  });

  it('reads a degree before the name as written, its dot kept, after a rank', () => {
    const found = find(
      'TS. Hoàng Văn Minh, Giám đốc Sở Y tế cho biết. Thượng tá, ThS.BS Lý Thị Thu, Phó Giám đốc bệnh viện và GS Kiều Văn Chung cùng dự.',
    );
    expect(found.map((f) => [f.text, f.titles, f.rank])).toEqual([
      ['TS. Hoàng Văn Minh, Giám đốc Sở Y tế', ['TS.', 'Giám đốc Sở Y tế'], null],
      [
        'Thượng tá, ThS.BS Lý Thị Thu, Phó Giám đốc bệnh viện',
        ['ThS.BS', 'Phó Giám đốc bệnh viện'],
        'Thượng tá',
      ],
      ['GS Kiều Văn Chung', ['GS'], null],
    ]);
  });
});

describe('clergy', () => {
  it('are titled by their rank and their charge, the pagoda kept in it', () => {
    const found = find(
      'Hòa thượng Danh Lung, Trụ trì chùa Kh’leang cho biết. Đại đức Thạch Sô Phol đọc kinh; Linh mục Nguyễn Văn Tâm dự.',
    );
    expect(found.map((f) => [f.name, f.titles])).toEqual([
      ['Danh Lung', ['Hòa thượng', 'Trụ trì chùa Kh’leang']],
      ['Thạch Sô Phol', ['Đại đức']],
      ['Nguyễn Văn Tâm', ['Linh mục']],
    ]);
  });
});

describe('a commune named with its type word before a name of two surnames', () => {
  it('ends the title, and the name keeps both surnames', () => {
    const [p] = find('Chủ tịch UBND xã Tà Tổng Lê Hoàng Phúc cho biết.');
    expect([p?.name, p?.titles]).toEqual(['Lê Hoàng Phúc', ['Chủ tịch UBND xã Tà Tổng']]);
  });

  it('reads a people after "người", not a person', () => {
    expect(
      find('Chị Điểu Thị Hường, người Châu Ro ở xã Láng Lớn, làm công nhân.').map((p) => p.name),
    ).toEqual(['Điểu Thị Hường']);
  });
});

describe('a station or waterwork named for a place', () => {
  it('is no person: "trạm Trà Kha", "cống Cần Chông"', () => {
    expect(find('Độ mặn tại trạm Trà Kha là 14,6‰; cống Cần Chông đóng.')).toEqual([]);
  });
});

describe('a site or a festival named for a person or a place', () => {
  it('is no person: "chợ đêm Nguyễn Hoàng", "đền Thái Vi", "Lễ hội Trà Tân Cương"', () => {
    expect(
      find('Chợ đêm Nguyễn Hoàng đông khách; đền Thái Vi mở hội; Lễ hội Trà Tân Cương khai mạc.'),
    ).toEqual([]);
  });
});

describe("a Lao province's governor", () => {
  it('is a title, no person named "Phó Tỉnh"', () => {
    expect(find('Ông Khăm Phăn, Phó Tỉnh trưởng tỉnh Hủa Phăn dự lễ.').map((f) => f.name)).not.toContain(
      'Phó Tỉnh',
    );
  });
});

describe('a body whose head reads as a surname', () => {
  it('opens no person: "Đoàn Kinh tế - Quốc phòng"', () => {
    expect(find('Đoàn Kinh tế - Quốc phòng 379 hỗ trợ dân; Khu lưu niệm Cao Văn Lầu đón khách.')).toEqual([]);
  });
});

describe('a firm after a title, named like a foreign person', () => {
  it('is no person when written in camel case or closed by a country', () => {
    expect(find('Ông Kim Tae-hoon, Tổng Giám đốc NovaChip Việt Nam cho biết.').map((f) => f.name)).toEqual([
      'Kim Tae-hoon',
    ]);
  });

  it('is no person when one of its words is an English word of firms', () => {
    expect(find('Ông Lee Min-ho, Tổng Giám đốc Hyosung Logistics cho biết.').map((f) => f.name)).toEqual([
      'Lee Min-ho',
    ]);
    expect(find('Giám đốc Kumho Industries phát biểu.')).toEqual([]);
  });
});

describe('people a teacher, a pupil or an elder is said to be', () => {
  it('reads a name after "thầy", "cô", "em" and "cụ" as after "ông", even of a rare surname', () => {
    expect(
      find(
        'Thầy Lữ Văn Phong, Hiệu trưởng nhà trường, cùng cô Ngần Thị Mai đón em Vàng A Dính và cụ Lò Văn Sáng.',
      ).map((f) => f.name),
    ).toEqual(['Lữ Văn Phong', 'Ngần Thị Mai', 'Vàng A Dính', 'Lò Văn Sáng']);
  });
});

describe('a lake, a stream or a mine named like a person', () => {
  it('reads no person after "hồ", "suối" or "mỏ" in lower case, but "Hồ" is a surname', () => {
    expect(
      find('Nước hồ Trà Co, suối Lê Văn và mỏ Trần Hưng cạn; Hồ Thị Lan và ông Hồ Văn Mười lo lắng.').map(
        (f) => f.name,
      ),
    ).toEqual(['Hồ Thị Lan', 'Hồ Văn Mười']);
  });
});

describe('a lagoon, an island or a cave named like a person', () => {
  it('reads no person after "đầm", "đảo" or "động" in lower case', () => {
    expect(
      find('Tôm hùm nuôi ở đầm Cù Mông và đảo Lý Sơn; khách vào động Phong Nha; bà Cù Thị Hoa nuôi tôm.').map(
        (f) => f.name,
      ),
    ).toEqual(['Cù Thị Hoa']);
  });

  it('reads no person after "biển", a beach, in lower case', () => {
    expect(
      find('Khách sạn ven biển Ninh Chữ kín phòng; ông Ninh Văn Chữ, chủ khách sạn, cho biết.').map(
        (f) => f.name,
      ),
    ).toEqual(['Ninh Văn Chữ']);
  });
});

describe('a forest, or a holiday, after a name', () => {
  it('reads no person in "rừng tràm Trà Sư" nor in "Giáp Tết"', () => {
    expect(
      find('Khách chèo xuồng trong rừng tràm Trà Sư. Giáp Tết cá về dồn dập; ông Giáp Văn Tết cho biết.').map(
        (f) => f.name,
      ),
    ).toEqual(['Giáp Văn Tết']);
  });
});

describe('words a sentence opens in capitals that the text writes in lower case elsewhere', () => {
  it('reads no person in "Hồ Núi Cốc" when the text also writes "hồ Núi Cốc"', () => {
    expect(
      find(
        'Hồ Núi Cốc hút khách dịp hè. Các nhà hàng ven hồ Núi Cốc kín chỗ; ông Hồ Văn Cốc, chủ một nhà hàng, cho biết.',
      ).map((f) => f.name),
    ).toEqual(['Hồ Văn Cốc']);
    expect(find('Đèo Hải Vân đông xe. Xe khách qua đèo Hải Vân chậm.').map((f) => f.name)).toEqual([]);
  });

  it('keeps a person whose name the text writes in capitals only, or who has a title', () => {
    expect(find('Hồ Thanh Hà đoạt giải nhất. Ven hồ Tây có nhiều quán.').map((f) => f.name)).toEqual([
      'Hồ Thanh Hà',
    ]);
    expect(
      find('Chủ tịch UBND xã Hồ Thanh Hà dự lễ. Khách đi thuyền trên hồ Thanh Hà.').map((f) => f.name),
    ).toEqual(['Hồ Thanh Hà']);
  });
});

describe('a Jrai surname of two syllables, in either spelling', () => {
  it('opens the name after a title: "Rơ Châm" and "Rơ Chăm"', () => {
    expect(
      find('Phó Giám đốc Sở Tài chính Rơ Chăm Hling cho biết; Đại tá Rơ Châm Long dự họp.').map(
        (f) => f.name,
      ),
    ).toEqual(['Rơ Chăm Hling', 'Rơ Châm Long']);
  });
});

describe("a product named by a common noun and its place's name", () => {
  it('reads no person in "Tiêu Vĩnh Linh" when the text writes "tiêu" in lower case', () => {
    expect(
      find('Nông dân hái tiêu từ sáng. “Tiêu Vĩnh Linh có chỉ dẫn địa lý”, ông Tiêu Văn Đức nói.').map(
        (f) => f.name,
      ),
    ).toEqual(['Tiêu Văn Đức']);
  });

  it('keeps a delegate named after "Đại biểu", though the surname is a lower-case word elsewhere', () => {
    expect(
      find('Tỉnh chấp thuận chủ trương đầu tư. Đại biểu Trương Minh Đức chất vấn Giám đốc Sở.').map(
        (f) => f.name,
      ),
    ).toEqual(['Trương Minh Đức']);
  });

  it("keeps a common surname before a place's name, a lower-case word though it is elsewhere", () => {
    expect(find('Dự án vi phạm quy định. Phạm Quang Vinh đoạt huy chương vàng.').map((f) => f.name)).toEqual([
      'Phạm Quang Vinh',
    ]);
    // Nor a rare one the text never writes in lower case.
    expect(find('Tiêu Vĩnh Linh đoạt huy chương vàng.').map((f) => f.name)).toEqual(['Tiêu Vĩnh Linh']);
  });
});

describe('a name opening with "A" that a commune also bears', () => {
  it('is a man after a courtesy word, and the commune after its type word', () => {
    expect(
      find('Ông A Vương, Chủ tịch UBND huyện Tu Mơ Rông cho biết; xã A Vương có 300 hộ.').map((f) => f.name),
    ).toEqual(['A Vương']);
  });
});

describe('a people named like a person', () => {
  it("reads no person in a people's name with nothing before it, but one with a courtesy word", () => {
    expect(find('Tờ rơi in song ngữ Việt - Hà Nhì; ông Hà Nhì Sáng phát tờ rơi.').map((f) => f.name)).toEqual(
      ['Hà Nhì Sáng'],
    );
  });

  it('reads no person in a people\'s name after "người đàn ông", a man, which addresses no one', () => {
    expect(
      find('Người đàn ông Pa Kô 38 tuổi đã trồng 2 ha cà phê; người đàn ông Hồ Văn Liên kể lại.').map(
        (f) => f.name,
      ),
    ).toEqual(['Hồ Văn Liên']);
  });
});

describe('a cave, a waterfall, a bay or a park named like a person', () => {
  it('reads no person after "hang", "thác", "vịnh" or "VQG" in lower case, but a name after "Nà Hang"', () => {
    expect(
      find(
        'Khách vào hang Lê Đoòng, thác Trần Giốc và vịnh Lan Hạ của VQG Bạch Mã; Chủ tịch UBND xã Nà Hang Ma Văn Hưng đón.',
      ).map((f) => f.name),
    ).toEqual(['Ma Văn Hưng']);
    expect(find("Tuyến đi qua núi lửa Chư B'Luk; ông Ksor Y Chư dẫn đoàn.").map((f) => f.name)).toEqual([
      'Ksor Y Chư',
    ]);
  });
});

describe('"Từ", a surname and the word "from"', () => {
  it('reads no person in "Từ" before a place, but one before given names', () => {
    expect(
      find('Từ Thủ Dầu Một, xe chạy về Suối Tiên. Từ Hà Nội, đoàn đi Lào Cai. Từ Văn Minh dự họp.').map(
        (f) => f.name,
      ),
    ).toEqual(['Từ Văn Minh']);
  });
});

describe('a place whose last word is a place type', () => {
  it('reads the holder after "Sông Cầu", whose "Cầu" (bridge) ends the place, not a bridge', () => {
    expect(find('Chủ tịch UBND thị xã Sông Cầu Lương Minh Tuấn cho biết.').map((f) => f.name)).toEqual([
      'Lương Minh Tuấn',
    ]);
  });
});

describe('the youth union after a title', () => {
  it('is no person "Đoàn Thanh", though Đoàn is a surname', () => {
    expect(
      find(
        'Chị Vũ Thị Lan, Bí thư Đoàn Thanh niên xã Tân Lập, cho biết. Ủy viên BCH Đoàn Thanh niên tỉnh dự. Ông Đoàn Thanh Tùng, Giám đốc Sở Tài chính, dự.',
      ).map((p) => [p.name, p.titles]),
    ).toEqual([
      ['Vũ Thị Lan', ['Bí thư Đoàn Thanh niên xã Tân Lập']],
      ['Đoàn Thanh Tùng', ['Giám đốc Sở Tài chính']],
    ]);
  });
});

describe('a name of two surnames after a degree', () => {
  it('opens at the first surname, as after a courtesy word', () => {
    expect(
      find(
        'ThS Danh Hoàng Nhiên, Phó Giám đốc Vườn quốc gia U Minh Hạ, cho biết. TS Thạch Phạm Minh dự.',
      ).map((p) => [p.name, p.titles[0]]),
    ).toEqual([
      ['Danh Hoàng Nhiên', 'ThS'],
      ['Thạch Phạm Minh', 'TS'],
    ]);
  });
});

describe('a craft village named after its craft', () => {
  it('is no person, though a surname opens its name; a middle name still makes one', () => {
    expect(
      find(
        'Làng thêu Lạc Thành tìm đầu ra; làng gốm Lê Xá đón khách. Làng có Lê Minh Hà làm trưởng; làng nghề dệt Trần Văn Minh.',
      ).map((p) => p.name),
    ).toEqual(['Lê Minh Hà', 'Trần Văn Minh']);
  });

  it('is no person after the craft it gives its name to ("nghề gốm Chu Đậu")', () => {
    expect(
      find('Nghề gốm Chu Đậu hồi sinh; nghề dệt lụa Vạn Phúc giữ nghề. Ông Chu Văn Đậu làm gốm.').map(
        (p) => p.name,
      ),
    ).toEqual(['Chu Văn Đậu']);
  });

  it('is no person after a ware named for its village ("gốm Chu Đậu", "tranh Đông Hồ")', () => {
    expect(
      find(
        'Gốm Phù Lãng tăng đơn hàng, lụa Mã Châu bán chạy, tranh Đông Hồ hút khách; bánh phồng Sơn Đốc và nước mắm Phan Thiết có thêm đơn. Ông Chu Văn Đậu làm gốm.',
      ).map((p) => p.name),
    ).toEqual(['Chu Văn Đậu']);
  });
});

describe("a manager's field before the body managed", () => {
  it('stays in the title ("Giám đốc tài chính Công ty …", "Giám đốc đối ngoại SEVT")', () => {
    expect(
      find(
        'Ông Park Sung Min, Giám đốc tài chính Công ty TNHH Linh kiện Daewon Vina cho biết. Ông Lee Jae-won, Giám đốc đối ngoại SEVT nói.',
      ).map((p) => p.titles),
    ).toEqual([['Giám đốc tài chính Công ty TNHH Linh kiện Daewon Vina'], ['Giám đốc đối ngoại SEVT']]);
  });
});

describe('heads of offices the title lexicon learned late', () => {
  it('is titled like the head of an army economic unit, "Đoàn trưởng"', () => {
    expect(
      find('Đại tá Hoàng Trọng Nghĩa, Đoàn trưởng Đoàn Kinh tế - Quốc phòng 379 cho biết.').map(
        (p) => p.titles,
      ),
    ).toEqual([['Đoàn trưởng Đoàn Kinh tế - Quốc phòng 379']]);
  });

  it('is titled "Trưởng Thuế" with the office after it', () => {
    expect(
      find(
        'Ông Lê Đình Phong, Trưởng Thuế thành phố Đà Nẵng cho biết. Phó Trưởng Thuế tỉnh Hưng Yên Trần Thị Hoa dự.',
      ).map((p) => [p.name, p.titles]),
    ).toEqual([
      ['Lê Đình Phong', ['Trưởng Thuế thành phố Đà Nẵng']],
      ['Trần Thị Hoa', ['Phó Trưởng Thuế tỉnh Hưng Yên']],
    ]);
  });

  it('is titled "Trưởng Thống kê", the statistics office after the 2025 reform', () => {
    expect(
      find('Bà Lê Thị Thu Trang, Trưởng Thống kê thành phố cho biết, GRDP quý I tăng 9,05%.').map((p) => [
        p.name,
        p.titles,
      ]),
    ).toEqual([['Lê Thị Thu Trang', ['Trưởng Thống kê thành phố']]]);
  });
});

describe('titles between two people', () => {
  it("are the first one's when they follow that name, and the second begins at its rank", () => {
    expect(
      find(
        'Dự họp có bà Sầm Thị Hạnh, Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh, Đại tá Hoàng Văn Lũy, Ủy viên BTV Tỉnh ủy, Chỉ huy trưởng Bộ CHQS tỉnh.',
      ).map((p) => [p.name, p.rank, p.titles]),
    ).toEqual([
      ['Sầm Thị Hạnh', null, ['Tỉnh ủy viên', 'Phó Chủ tịch UBND tỉnh']],
      ['Hoàng Văn Lũy', 'Đại tá', ['Ủy viên BTV Tỉnh ủy', 'Chỉ huy trưởng Bộ CHQS tỉnh']],
    ]);
  });
});

describe('two syllables closing a place name a type word opens', () => {
  it("are the place's, no person; a full name after a zone still is one", () => {
    expect(
      find(
        'Hai bên kiểm tra chung với cửa khẩu Đen Sa Vẳn của Lào. Trưởng ban Quản lý KCN Nam Đông Hà Nguyễn Văn Bình cho biết.',
      ).map((p) => p.name),
    ).toEqual(['Nguyễn Văn Bình']);
  });
});

describe('capitals "và" joins to a place its type word named', () => {
  it('are the next place of the list, past a bracket; people joined by "và" stay people', () => {
    expect(
      find(
        'Kim ngạch qua cửa khẩu quốc tế Mộc Bài (huyện Bến Cầu) và Xa Mát (huyện Tân Biên) tăng. Xe qua cầu Hoàng Long và Hà Thanh. Ông Hà Văn Mát và Lò Văn Sính dự họp.',
      ).map((p) => p.name),
    ).toEqual(['Hà Văn Mát', 'Lò Văn Sính']);
  });
});

describe('the ends of a road section', () => {
  it('are no people, though a surname opens one; a name after a dash elsewhere still is', () => {
    expect(
      find(
        'Đường Vành đai 1, đoạn Hoàng Cầu - Voi Phục đã thông xe; sắp khởi công đoạn Ô Đống Mác - Nguyễn Khoái. Anh Hoàng Cầu - cán bộ xã - nói.',
      ).map((p) => p.text),
    ).toEqual(['Hoàng Cầu']);
  });
});

describe('the village elder and the village head', () => {
  it('are titles, "làng" in them no village before the name', () => {
    expect(
      find('Già làng Hồ Văn Mến phát biểu. Trưởng làng Nguyễn Văn Tâm và ông Lê Thị Na dự.').map((p) => [
        p.name,
        p.titles,
      ]),
    ).toEqual([
      ['Hồ Văn Mến', ['Già làng']],
      ['Nguyễn Văn Tâm', ['Trưởng làng']],
      ['Lê Thị Na', []],
    ]);
  });
});

describe('the rare surname Lư', () => {
  it('opens a name after a body of a level, no place of that level', () => {
    expect(find('Chủ tịch UBND tỉnh Lư Minh Khải chủ trì hội nghị.').map((p) => [p.name, p.titles])).toEqual([
      ['Lư Minh Khải', ['Chủ tịch UBND tỉnh']],
    ]);
  });
});

describe('a surname inside a run, before a second surname', () => {
  it('opens a name of three when the second would open only two', () => {
    expect(
      find(
        'Giám đốc Sở Công Thương Lã Mai Hương phát biểu. Chủ tịch Công ty CP Thủy sản Đại Dương Lê Hà Vy dự. Giám đốc Công ty TNHH Minh Hà Lê Văn Tình báo cáo.',
      ).map((p) => [p.name, p.titles]),
    ).toEqual([
      ['Lã Mai Hương', ['Giám đốc Sở Công Thương']],
      ['Lê Hà Vy', ['Chủ tịch Công ty CP Thủy sản Đại Dương']],
      ['Lê Văn Tình', ['Giám đốc Công ty TNHH Minh Hà']],
    ]);
  });

  it('is a body’s field after its head, not a name', () => {
    expect(find('Đoàn công tác Bộ Nông Lâm Thủy sản Nhật Bản làm việc với tỉnh.')).toEqual([]);
  });
});

describe('a crop variety named after "giống"', () => {
  it('is no person, alone or later in a list; a full name with a middle name still is one', () => {
    expect(
      find(
        'Hộ trồng giống chè Kim Tuyên; xã thay giống LDP1 và Bát Tiên, giống lúa Bắc Thơm. Giống mới do Trần Văn Minh lai tạo.',
      ).map((p) => p.name),
    ).toEqual(['Trần Văn Minh']);
  });
});

describe('a border gate named for its commune', () => {
  it('is no person, though a surname opens its name', () => {
    expect(
      find('Hàng qua cửa khẩu Lý Vạn tăng. Cửa khẩu quốc tế Hà Tiên mở lại; lối mở Bản Ràng đóng.').map(
        (p) => p.name,
      ),
    ).toEqual([]);
  });
});

describe('a southern nickname', () => {
  it('is no person’s name; the full name beside it is', () => {
    expect(
      find(
        'Vườn của ông Lê Văn Thuận (Hai Thuận) rộng 2 ha. Người trong chợ gọi bà là bà Sáu Hoà; ông Út Lành cũng bán khóm.',
      ).map((p) => p.name),
    ).toEqual(['Lê Văn Thuận']);
  });
});

describe('a full name a city bears too', () => {
  it('is the person after "Chủ tịch" alone, and the city after its level word or a body', () => {
    const found = find(
      'Lễ kỷ niệm 135 năm Ngày sinh Chủ tịch Hồ Chí Minh diễn ra tại quê nội. Đoàn của Chủ tịch UBND TP Hồ Chí Minh và khách từ Hồ Chí Minh cùng dự.',
    );
    expect(found.map((f) => [f.name, f.titles])).toEqual([['Hồ Chí Minh', ['Chủ tịch']]]);
  });
});

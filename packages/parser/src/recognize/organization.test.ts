import { describe, expect, it } from 'vitest';
import { recognizeOrganizations } from './organization.js';
import { contextOf } from './tokens/test-context.js';

type Found = { text: string; name: string; shortName: string | null; type: string };

function find(text: string): Found[] {
  return recognizeOrganizations(contextOf(text)).map((f) => ({
    text: f.evidence.text,
    name: f.name,
    shortName: f.shortName,
    type: f.type,
  }));
}

const body = (text: string, type: string, name = text): Found => ({
  text,
  name,
  shortName: name === text ? null : text,
  type,
});

describe('party and state bodies', () => {
  it.each([
    ['Thành ủy Cần Thơ họp phiên thường kỳ.', body('Thành ủy Cần Thơ', 'party')],
    // The lower-case syllable closing a specialty, then the level and place the name ends on.
    [
      'Bệnh viện Bệnh Nhiệt đới tỉnh Hải Dương tiếp nhận bệnh nhân.',
      body('Bệnh viện Bệnh Nhiệt đới tỉnh Hải Dương', 'other'),
    ],
    // A national sector union, named for its sector and the country, not for a level.
    [
      'Chủ tịch Công đoàn Than - Khoáng sản Việt Nam cho biết.',
      body('Công đoàn Than - Khoáng sản Việt Nam', 'other'),
    ],
    ['Thanh tra Sở Du lịch đã xử phạt 37 cơ sở.', body('Thanh tra Sở Du lịch', 'agency')],
    [
      'Thanh tra Sở LĐ-TB&XH kiểm tra 12 doanh nghiệp.',
      body('Thanh tra Sở LĐ-TB&XH', 'agency', 'Thanh tra Sở Lao động - Thương binh và Xã hội'),
    ],
    ['Ban Thường vụ Huyện ủy Bù Đốp kiểm tra.', body('Ban Thường vụ Huyện ủy Bù Đốp', 'party')],
    ['Ý kiến của Ban Tuyên giáo Tỉnh ủy được ghi nhận.', body('Ban Tuyên giáo Tỉnh ủy', 'party')],
    ['BCH Đảng bộ tỉnh đã thống nhất.', body('BCH Đảng bộ tỉnh', 'party', 'Ban Chấp hành Đảng bộ tỉnh')],
    [
      'UBND tỉnh Nghệ An ban hành kế hoạch.',
      body('UBND tỉnh Nghệ An', 'government', 'Ủy ban nhân dân tỉnh Nghệ An'),
    ],
    [
      'Uỷ ban nhân dân tỉnh Hoà Bình chỉ đạo.',
      body('Uỷ ban nhân dân tỉnh Hoà Bình', 'government', 'Ủy ban nhân dân tỉnh Hòa Bình'),
    ],
    [
      'HĐND huyện Lộc Ninh khai mạc kỳ họp.',
      body('HĐND huyện Lộc Ninh', 'council', 'Hội đồng nhân dân huyện Lộc Ninh'),
    ],
    [
      'Ủy ban MTTQ Việt Nam tỉnh Kon Tum phát động.',
      body('Ủy ban MTTQ Việt Nam tỉnh Kon Tum', 'front', 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Kon Tum'),
    ],
    [
      'Đoàn ĐBQH tỉnh Đắk Nông tiếp xúc cử tri.',
      body('Đoàn ĐBQH tỉnh Đắk Nông', 'delegation', 'Đoàn đại biểu Quốc hội tỉnh Đắk Nông'),
    ],
    ['Bộ CHQS tỉnh tổ chức diễn tập.', body('Bộ CHQS tỉnh', 'military', 'Bộ Chỉ huy Quân sự tỉnh')],
    ['Công an tỉnh Lạng Sơn triệt phá đường dây.', body('Công an tỉnh Lạng Sơn', 'police')],
    ['Sở Kế hoạch và Đầu tư đã thẩm định.', body('Sở Kế hoạch và Đầu tư', 'agency')],
    [
      'Sở KH&ĐT tỉnh Bình Dương đã thẩm định.',
      body('Sở KH&ĐT tỉnh Bình Dương', 'agency', 'Sở Kế hoạch và Đầu tư tỉnh Bình Dương'),
    ],
    [
      'Sở Tư pháp TP. Hồ Chí Minh hướng dẫn.',
      body('Sở Tư pháp TP. Hồ Chí Minh', 'agency', 'Sở Tư pháp thành phố Hồ Chí Minh'),
    ],
    ['Bộ Công Thương vừa có văn bản.', body('Bộ Công Thương', 'government')],
    ['Chính phủ và Quốc hội đã thông qua.', body('Chính phủ', 'government')],
    [
      'Ban Quản lý các KCN tỉnh rà soát.',
      body('Ban Quản lý các KCN tỉnh', 'agency', 'Ban Quản lý các khu công nghiệp tỉnh'),
    ],
    // In the plural the zones stay generic though a province's name follows.
    [
      'Ban Quản lý các KCN Vĩnh Phúc rà soát.',
      body('Ban Quản lý các KCN Vĩnh Phúc', 'agency', 'Ban Quản lý các khu công nghiệp Vĩnh Phúc'),
    ],
    [
      'Văn phòng UBND tỉnh thông báo.',
      body('Văn phòng UBND tỉnh', 'agency', 'Văn phòng Ủy ban nhân dân tỉnh'),
    ],
  ])('%s', (text, expected) => {
    expect(find(text)[0]).toEqual(expected);
  });

  it('reads a run of bodies separated by commas', () => {
    expect(find('Lãnh đạo HĐND, UBND tỉnh và Ủy ban MTTQ tỉnh dự.').map((f) => f.name)).toEqual([
      'Hội đồng nhân dân',
      'Ủy ban nhân dân tỉnh',
      'Ủy ban Mặt trận Tổ quốc tỉnh',
    ]);
  });

  it('reads a province\'s delegation, "đoàn Nghệ An", and a capitalized "Đảng bộ" on its own', () => {
    expect(find('Đại biểu đoàn Nghệ An chụp ảnh lưu niệm.')).toEqual([
      body('đoàn Nghệ An', 'delegation', 'Đoàn Nghệ An'),
    ]);
    expect(find('Đảng bộ, chính quyền và Nhân dân Quảng Trị đã nỗ lực.')).toEqual([body('Đảng bộ', 'party')]);
  });

  it('reads a body followed by a plural as generic: "UBND các huyện"', () => {
    expect(find('Dự họp có chủ tịch UBND các huyện, thị xã.')).toEqual([]);
    expect(find('Lãnh đạo HĐND các cấp dự.')).toEqual([]);
  });

  it('reads a misspelled abbreviation as the one it is one letter off', () => {
    expect(find('Lãnh đạo UBDN tỉnh Bắc Kạn dự.')).toEqual([
      body('UBDN tỉnh Bắc Kạn', 'government', 'Ủy ban nhân dân tỉnh Bắc Kạn'),
    ]);
  });

  it('reads the board inside a title: "Trưởng ban Tổ chức Tỉnh ủy"', () => {
    expect(find('Trưởng ban Tổ chức Tỉnh ủy phát biểu.')).toEqual([
      body('ban Tổ chức Tỉnh ủy', 'party', 'Ban Tổ chức Tỉnh ủy'),
    ]);
  });
});

describe('nothing is added from context', () => {
  it('leaves the province out of a body that leaves it out, whichever was named before', () => {
    const found = find(
      'Đoàn công tác tỉnh Yên Bái làm việc tại Hải Dương. Lãnh đạo Tỉnh ủy, HĐND, UBND tỉnh và Sở Y tế tiếp đoàn.',
    );
    expect(found).toEqual([
      body('Đoàn công tác tỉnh Yên Bái', 'delegation'),
      body('Tỉnh ủy', 'party'),
      body('HĐND', 'council', 'Hội đồng nhân dân'),
      body('UBND tỉnh', 'government', 'Ủy ban nhân dân tỉnh'),
      body('Sở Y tế', 'agency'),
    ]);
  });

  it('does not take the province that closes a title chain into an earlier body', () => {
    const found = find(
      'Ở Hà Giang, Trưởng ban Dân vận Tỉnh ủy - Chủ tịch Ủy ban MTTQ tỉnh Tuyên Quang Lý Thị Hoa phát biểu.',
    );
    expect(found).toEqual([
      body('ban Dân vận Tỉnh ủy', 'party', 'Ban Dân vận Tỉnh ủy'),
      body('Ủy ban MTTQ tỉnh Tuyên Quang', 'front', 'Ủy ban Mặt trận Tổ quốc tỉnh Tuyên Quang'),
    ]);
  });

  it('writes a province named bare as it stands, without a level word', () => {
    expect(find('Đoàn công tác Phú Thọ đến thăm.')).toEqual([body('Đoàn công tác Phú Thọ', 'delegation')]);
    expect(find('Chiều 5/3, đoàn công tác Hà Giang đến thăm.')).toEqual([
      body('đoàn công tác Hà Giang', 'delegation', 'Đoàn công tác Hà Giang'),
    ]);
  });

  it('ends a firm name before "đạt", what it reached', () => {
    const found = find(
      'Sản phẩm của HTX Miến dong Côn Minh đạt OCOP 4 sao; Công ty TNHH Hải Hà đạt chuẩn ISO.',
    );
    expect(found.map((f) => f.text)).toEqual(['HTX Miến dong Côn Minh', 'Công ty TNHH Hải Hà']);
  });

  it("reads the trade union of a province's industrial zones as one body, not a plural", () => {
    expect(
      find('Công đoàn các KCN tỉnh Thái Nguyên tặng 300 suất quà; Công đoàn các KCN tỉnh cũng hỗ trợ.'),
    ).toEqual([
      body('Công đoàn các KCN tỉnh Thái Nguyên', 'other', 'Công đoàn các khu công nghiệp tỉnh Thái Nguyên'),
      body('Công đoàn các KCN tỉnh', 'other', 'Công đoàn các khu công nghiệp tỉnh'),
    ]);
    // ("Công đoàn các doanh nghiệp": the unions of firms, no one body.)
    expect(find('Công đoàn các doanh nghiệp tham gia.')).toEqual([]);
  });

  it('reads the teams a named body sends to inspect across sectors, bring relief or advise', () => {
    expect(find('Sáng 3/4, đoàn kiểm tra liên ngành của Sở Công Thương làm việc tại chợ.')).toEqual([
      body(
        'đoàn kiểm tra liên ngành của Sở Công Thương',
        'delegation',
        'Đoàn kiểm tra liên ngành của Sở Công Thương',
      ),
      body('Sở Công Thương', 'agency'),
    ]);
    expect(find('Đoàn cứu trợ của Hội Chữ thập đỏ tỉnh trao quà.').map((f) => f.type)).toEqual([
      'delegation',
      'other',
    ]);
    // Without a sender no team is a body of its own.
    expect(find('Đoàn chuyên gia đã về nước; đoàn cứu trợ ở lại.')).toEqual([]);
  });

  it("gives the bracket after a delegation's sender to the sender", () => {
    const found = find('Đoàn chuyên gia của Bộ Thủy sản Na Uy (NFD) khảo sát cảng. NFD sẽ hỗ trợ.');
    expect(found.filter((f) => f.text === 'NFD')).toEqual([
      body('NFD', 'government', 'Bộ Thủy sản Na Uy'),
      body('NFD', 'government', 'Bộ Thủy sản Na Uy'),
    ]);
    expect(found.filter((f) => f.type === 'delegation').map((f) => f.text)).toEqual([
      'Đoàn chuyên gia của Bộ Thủy sản Na Uy',
    ]);
  });

  it('expands "MTTQ" to "Mặt trận Tổ quốc", and keeps "Việt Nam" only when written', () => {
    expect(find('Ủy ban MTTQ tỉnh Gia Lai phát động.')[0]?.name).toBe('Ủy ban Mặt trận Tổ quốc tỉnh Gia Lai');
    expect(find('Uỷ ban MTTQ Việt Nam tỉnh dự.')[0]?.name).toBe('Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh');
  });

  it('writes a short form of a name as it stands: "Trung ương Đảng"', () => {
    expect(find('Theo Nghị quyết của Trung ương Đảng về phát triển.')).toEqual([
      body('Trung ương Đảng', 'party'),
    ]);
  });

  it('expands the abbreviations inside a title and adds no place: "Ủy viên BTV Tỉnh ủy"', () => {
    expect(find('Ủy viên BTV Tỉnh ủy, Chỉ huy trưởng Bộ CHQS tỉnh phát biểu.')).toEqual([
      body('BTV Tỉnh ủy', 'party', 'Ban Thường vụ Tỉnh ủy'),
      body('Bộ CHQS tỉnh', 'military', 'Bộ Chỉ huy Quân sự tỉnh'),
    ]);
  });

  it('ends a body at its level word when a person follows, unless the gazetteer knows the place', () => {
    expect(find('Chủ tịch UBND tỉnh Phan Văn Minh phát biểu.')).toEqual([
      body('UBND tỉnh', 'government', 'Ủy ban nhân dân tỉnh'),
    ]);
    expect(find('Trưởng Đoàn ĐBQH tỉnh Lê Hồng Sơn dự.')).toEqual([
      body('Đoàn ĐBQH tỉnh', 'delegation', 'Đoàn đại biểu Quốc hội tỉnh'),
    ]);
    expect(find('Chủ tịch UBND tỉnh Hà Giang Nguyễn Văn Sơn dự.')).toEqual([
      body('UBND tỉnh Hà Giang', 'government', 'Ủy ban nhân dân tỉnh Hà Giang'),
    ]);
    expect(find("Chủ tịch HĐND tỉnh H'Yâm Niê phát biểu.")).toEqual([
      body('HĐND tỉnh', 'council', 'Hội đồng nhân dân tỉnh'),
    ]);
  });

  it('leaves national bodies as written', () => {
    expect(find('Tại Cà Mau, Chính phủ và Bộ Tài chính chỉ đạo.')).toEqual([
      body('Chính phủ', 'government'),
      body('Bộ Tài chính', 'government'),
    ]);
  });

  it('expands the abbreviations of the departments the 2025 reform merged', () => {
    expect(find('Sở NN&MT và Sở DT&TG tỉnh phối hợp.')).toEqual([
      body('Sở NN&MT', 'agency', 'Sở Nông nghiệp và Môi trường'),
      body('Sở DT&TG tỉnh', 'agency', 'Sở Dân tộc và Tôn giáo tỉnh'),
    ]);
  });

  it('reads the maritime and waterway agency merged in 2025 as one field', () => {
    expect(find('Cục Hàng hải và Đường thủy Việt Nam cấp phép cho cảng.')).toEqual([
      body('Cục Hàng hải và Đường thủy Việt Nam', 'agency'),
    ]);
  });

  it('reads the national ethnic affairs committee and an economic-defence corps', () => {
    expect(find('Uỷ ban Dân tộc và Đoàn Kinh tế - Quốc phòng 345 kiểm tra.')).toEqual([
      body('Uỷ ban Dân tộc', 'government', 'Ủy ban Dân tộc'),
      body('Đoàn Kinh tế - Quốc phòng 345', 'military'),
    ]);
  });

  it('reads no plant named only by the country it is from', () => {
    expect(find('Nhà máy Hàn Quốc tại KCN tuyển 300 lao động.')).toEqual([]);
  });

  it('ends a post named for its place before "và" and a person', () => {
    expect(find('Đồn Biên phòng Pa Thơm và Nguyễn Văn Nam dự lễ.').map((f) => f.text)).toEqual([
      'Đồn Biên phòng Pa Thơm',
    ]);
  });

  it('reads international agencies by their full names and by their abbreviations', () => {
    expect(find('Quỹ Dân số Liên hợp quốc (UNFPA) và Tổ chức Di cư Quốc tế hỗ trợ tỉnh.')).toEqual([
      body('Quỹ Dân số Liên hợp quốc', 'other'),
      body('UNFPA', 'other', 'Quỹ Dân số Liên hợp quốc'),
      body('Tổ chức Di cư Quốc tế', 'other'),
    ]);
    expect(find('Đại diện ILO, WFP và AIIB làm việc với tỉnh.').map((f) => f.name)).toEqual([
      'Tổ chức Lao động Quốc tế',
      'Chương trình Lương thực Thế giới',
      'Ngân hàng Đầu tư Cơ sở hạ tầng châu Á',
    ]);
  });
});

describe('companies', () => {
  it.each([
    [
      'Công ty TNHH Sao Việt, đơn vị đạt doanh thu cao.',
      'Công ty TNHH Sao Việt',
      'Công ty trách nhiệm hữu hạn Sao Việt',
    ],
    [
      'Công ty Cổ phần Cao su Phú Riềng nộp ngân sách.',
      'Công ty Cổ phần Cao su Phú Riềng',
      'Công ty Cổ phần Cao su Phú Riềng',
    ],
    ['CTCP Thép Nam Kim mở rộng.', 'CTCP Thép Nam Kim', 'Công ty cổ phần Thép Nam Kim'],
    ['Tập đoàn Hòa Phát (Việt Nam) đầu tư.', 'Tập đoàn Hòa Phát', 'Tập đoàn Hòa Phát'],
    [
      'Tổng công ty Điện lực miền Nam cấp điện.',
      'Tổng công ty Điện lực miền Nam',
      'Tổng công ty Điện lực miền Nam',
    ],
    [
      'Ngân hàng TMCP Ngoại thương Việt Nam tài trợ.',
      'Ngân hàng TMCP Ngoại thương Việt Nam',
      'Ngân hàng thương mại cổ phần Ngoại thương Việt Nam',
    ],
    [
      'Đại diện công ty TNHH Minh Long ký kết.',
      'công ty TNHH Minh Long',
      'Công ty trách nhiệm hữu hạn Minh Long',
    ],
  ])('%s', (text, span, name) => {
    expect(find(text)[0]).toMatchObject({ text: span, name, type: 'company' });
  });

  it('closes a name capitalized on its first syllable with a number, but not a bare head', () => {
    expect(find('Tổng công ty Xây dựng công trình giao thông 4 thi công gói thầu.')[0]?.text).toBe(
      'Tổng công ty Xây dựng công trình giao thông 4',
    );
    expect(find('Năm nay Trung tâm triển khai 12 dự án tu bổ.').map((o) => o.text)).toEqual([]);
  });

  it('reads a short name defined in brackets, and its later mentions, as the body it names', () => {
    const found = find(
      'Tổng công ty Sông Hồng 5 (Sohoco 5) thi công. Ngân hàng Phát triển Việt Nam (Vbdb) cho vay. Sohoco 5 cam kết về đích.',
    );
    expect(found.map((o) => [o.text, o.name])).toEqual([
      ['Tổng công ty Sông Hồng 5', 'Tổng công ty Sông Hồng 5'],
      ['Sohoco 5', 'Tổng công ty Sông Hồng 5'],
      ['Ngân hàng Phát triển Việt Nam', 'Ngân hàng Phát triển Việt Nam'],
      ['Vbdb', 'Ngân hàng Phát triển Việt Nam'],
      ['Sohoco 5', 'Tổng công ty Sông Hồng 5'],
    ]);
  });

  it('reads a place in brackets after a company as where it is from, not its short name', () => {
    expect(
      find(
        'Tập đoàn Minh Phát (Singapore), Công ty Hải Long (Huế) và Công ty Sao Mai (KCN Đình Vũ) đầu tư.',
      ).map((o) => o.text),
    ).toEqual(['Tập đoàn Minh Phát', 'Công ty Hải Long', 'Công ty Sao Mai']);
    expect(find('Tập đoàn Minh Phát khởi công Khu nghỉ dưỡng Hòn Thơm.').map((o) => o.text)).toEqual([
      'Tập đoàn Minh Phát',
    ]);
  });

  it('reads the standing board of a body as the body, and a title\'s "Thường trực" as the title\'s', () => {
    expect(find('Ông đề nghị Thường trực HĐND tỉnh xem xét.').map((o) => o.text)).toEqual([
      'Thường trực HĐND tỉnh',
    ]);
    expect(find('Phó Chủ tịch Thường trực HĐND tỉnh Lê Văn An chủ trì.').map((o) => o.text)).toEqual([
      'HĐND tỉnh',
    ]);
    expect(
      find(
        'Phó Chủ nhiệm Thường trực UBKT Tỉnh uỷ và Phó Trưởng ban Thường trực Ban Dân vận Tỉnh ủy dự.',
      ).map((o) => o.text),
    ).toEqual(['UBKT Tỉnh uỷ', 'Ban Dân vận Tỉnh ủy']);
  });

  it('expands HTX in the name of a cooperative', () => {
    expect(find('HTX Nông nghiệp Thành Công bao tiêu lúa.')[0]).toMatchObject({
      text: 'HTX Nông nghiệp Thành Công',
      name: 'Hợp tác xã Nông nghiệp Thành Công',
    });
  });

  it("expands the boarding and ethnic schools' abbreviations", () => {
    expect(find('Trường PTDTBT Tiểu học Pa Ủ có 300 học sinh.')[0]?.name).toBe(
      'Trường Phổ thông dân tộc bán trú Tiểu học Pa Ủ',
    );
  });

  it('reads the committee a member\'s title names ("Đảng ủy viên")', () => {
    expect(
      find('Thiếu tá Lò Văn Pấng, Đảng ủy viên, Trưởng Công an xã, cho biết.').map((f) => f.text),
    ).toEqual(['Đảng ủy', 'Công an xã']);
  });

  it('splits two bodies joined by a dash, but keeps a bare legal form after a dash', () => {
    expect(
      find('Tập đoàn Năng lượng Hải Đăng - Công ty Cổ phần Khí Bình Minh là nhà đầu tư.').map((o) => o.text),
    ).toEqual(['Tập đoàn Năng lượng Hải Đăng', 'Công ty Cổ phần Khí Bình Minh']);
    expect(find('Tổng công ty Sông Đà - CTCP thi công.').map((o) => o.text)).toEqual([
      'Tổng công ty Sông Đà - CTCP',
    ]);
  });

  it('keeps the level of a body before a number that names no place', () => {
    expect(find('UBND tỉnh trình HĐND tỉnh 24 chỉ tiêu chủ yếu.').map((o) => o.text)).toEqual([
      'UBND tỉnh',
      'HĐND tỉnh',
    ]);
    expect(find('UBND Phường 3 họp dân.').map((o) => o.text)).toEqual(['UBND Phường 3']);
  });

  it('joins two parts of a name across a dash', () => {
    expect(find('Tổng công ty Cơ khí - Xây dựng Hà Nội trúng thầu.')[0]?.text).toBe(
      'Tổng công ty Cơ khí - Xây dựng Hà Nội',
    );
  });

  it('ends a company name before the name of a person', () => {
    expect(find('Tổng Giám đốc Tổng công ty Sông Đà Trần Văn Tuấn phát biểu.')[0]?.text).toBe(
      'Tổng công ty Sông Đà',
    );
  });

  it.each([
    [
      'Giám đốc Công ty TNHH Thủy sản Đại Dương Phạm Thị Thanh Hạnh phát biểu.',
      'Công ty TNHH Thủy sản Đại Dương',
    ],
    ['Chủ tịch Tập đoàn Sao Mai Tạ Văn Lâm trình bày.', 'Tập đoàn Sao Mai'],
    ['Giám đốc CTCP Năng lượng Phúc Lộc Mai Đức Xuân Hùng cho biết.', 'CTCP Năng lượng Phúc Lộc'],
    ['Tổng Giám đốc Tập đoàn Vingroup Phạm Nhật Vượng dự.', 'Tập đoàn Vingroup'],
    ['Giám đốc Công ty TNHH Cao su Ánh Dương Y Jút Byă phát biểu.', 'Công ty TNHH Cao su Ánh Dương'],
  ])('keeps a brand whole before the name of its head: %s', (text, span) => {
    expect(find(text)[0]?.text).toBe(span);
  });

  it('keeps a brand of a surname and one word: "Hoàng Long" is no person', () => {
    expect(find('Công ty TNHH Hoàng Long đã khởi công.')[0]?.text).toBe('Công ty TNHH Hoàng Long');
  });

  it('reads "Công ty Công ty TNHH X" as one company', () => {
    expect(find('Quà tặng cho Công ty Công ty TNHH Hải Âu.').map((f) => f.text)).toEqual([
      'Công ty TNHH Hải Âu',
    ]);
  });
});

describe("a cooperative's director after its bare head", () => {
  it('is no second cooperative when one was named before; a cooperative named first still is', () => {
    const texts = (text: string) => find(text).map((o) => o.text);
    expect(
      texts('HTX Nông nghiệp Ia Pal có 40 thành viên. Chủ nhiệm HTX Siu Đoan cho biết HTX sẽ mở rộng.'),
    ).toEqual(['HTX Nông nghiệp Ia Pal', 'HTX', 'HTX']);
    expect(texts('Giám đốc HTX Hoàng Long cho biết HTX có 30 thành viên.')).toEqual([
      'HTX Hoàng Long',
      'HTX',
    ]);
  });
});

describe('a cooperative group', () => {
  it('is named by its trade and its village, and typed other', () => {
    expect(
      find(
        'Tổ hợp tác dệt thổ cẩm Xa Đưng có 18 thành viên; Tổ hợp tác cà phê bền vững Jun Juh thu mua cà phê.',
      ).map((o) => [o.text, o.type]),
    ).toEqual([
      ['Tổ hợp tác dệt thổ cẩm Xa Đưng', 'other'],
      ['Tổ hợp tác cà phê bền vững Jun Juh', 'other'],
    ]);
  });
});

describe('what is no organization', () => {
  it.each([
    'Lãnh đạo các sở, ngành và doanh nghiệp dự.',
    'Nhiều công ty đã đăng ký.',
    'Lực lượng công an phối hợp chặt chẽ.',
    'Sở dĩ đạt kết quả trên là nhờ đoàn kết.',
    'Bộ trưởng đã trả lời chất vấn.',
    'Tinh thần đoàn kết được phát huy.',
    'Ông Đoàn Hồng Phong phát biểu.',
    'Các đảng bộ cơ sở đã tổ chức đại hội.',
  ])('%s', (text) => {
    expect(find(text)).toEqual([]);
  });
});

describe('international lenders and bodies', () => {
  it('reads them by name and by abbreviation, the abbreviation expanded', () => {
    expect(
      find('Dự án vay vốn Cơ quan Hợp tác Quốc tế Nhật Bản (JICA); Ngân hàng Thế giới cùng ADB tài trợ.'),
    ).toEqual([
      body('Cơ quan Hợp tác Quốc tế Nhật Bản', 'other'),
      body('JICA', 'other', 'Cơ quan Hợp tác Quốc tế Nhật Bản'),
      body('Ngân hàng Thế giới', 'other'),
      body('ADB', 'other', 'Ngân hàng Phát triển châu Á'),
    ]);
  });

  it('reads the atomic energy agency, the trade promoters and the development banks', () => {
    expect(
      find('Đoàn IAEA khảo sát địa điểm; JETRO, KOTRA và KfW cùng dự; Cơ quan Hợp tác quốc tế Đức tài trợ.'),
    ).toEqual([
      body('IAEA', 'other', 'Cơ quan Năng lượng nguyên tử quốc tế'),
      body('JETRO', 'other', 'Tổ chức Xúc tiến Thương mại Nhật Bản'),
      body('KOTRA', 'other', 'Cơ quan Xúc tiến Thương mại và Đầu tư Hàn Quốc'),
      body('KfW', 'other', 'Ngân hàng Tái thiết Đức'),
      body('Cơ quan Hợp tác quốc tế Đức', 'other'),
    ]);
  });
});

describe("a company's name closing with a city after a rare surname", () => {
  it('runs on through the city; a common surname or a middle name still opens a person', () => {
    expect(
      find('Tổng Giám đốc Công ty Cổ phần Du lịch Hải Âu Nha Trang cho biết.').map((f) => f.text),
    ).toEqual(['Công ty Cổ phần Du lịch Hải Âu Nha Trang']);
    expect(find('Giám đốc Công ty TNHH Sao Mai Tạ Văn Lâm phát biểu.').map((f) => f.text)).toEqual([
      'Công ty TNHH Sao Mai',
    ]);
    expect(find('Giám đốc Công ty Cổ phần An Phát Nguyễn Thanh Sơn phát biểu.').map((f) => f.text)).toEqual([
      'Công ty Cổ phần An Phát',
    ]);
  });
});

describe('a company named in sentence case', () => {
  it('runs on in lower case to the abbreviation its bracket defines', () => {
    const found = find(
      'Dự án do Tổng công ty Đầu tư phát triển nhà và đô thị (HUD) làm chủ đầu tư. HUD cho biết.',
    );
    expect(found.map((f) => f.text)).toEqual(['Tổng công ty Đầu tư phát triển nhà và đô thị', 'HUD', 'HUD']);
    expect(find('Công ty Cổ phần Sao Mai đã làm chủ đầu tư (BQL).').map((f) => f.text)).toEqual([
      'Công ty Cổ phần Sao Mai',
    ]);
  });
});

describe("a foreign brand before the province that closes a company's name", () => {
  it('names the company again, with the province or without, before its full name too', () => {
    const found = find(
      'Năm 2019, Formosa sản xuất 6,3 triệu tấn thép. Động lực chính là Công ty TNHH Gang thép Hưng Nghiệp Formosa Hà Tĩnh (FHS). Lò cao của Formosa Hà Tĩnh hoạt động.',
    );
    const full = 'Công ty trách nhiệm hữu hạn Gang thép Hưng Nghiệp Formosa Hà Tĩnh';
    expect(found.map((f) => [f.text, f.name])).toEqual([
      ['Formosa', full],
      ['Công ty TNHH Gang thép Hưng Nghiệp Formosa Hà Tĩnh', full],
      ['FHS', full],
      ['Formosa Hà Tĩnh', full],
    ]);
  });
});

describe("a country that closes a company's name", () => {
  it('is no brand of it: the country named bare is the country', () => {
    const found = find('Tổng công ty Dầu khí Quốc tế Kuwait góp vốn. Dầu thô nhập từ Kuwait tăng.');
    expect(found.map((f) => f.text)).toEqual(['Tổng công ty Dầu khí Quốc tế Kuwait']);
  });
});

describe("a foreign brand before the country that closes a company's name", () => {
  it('names the company again, past its legal form and trade', () => {
    const found = find(
      'Công ty TNHH Hyosung Logistics Việt Nam vừa khánh thành kho. Hyosung Logistics tuyển 200 lao động. Công ty Cơ khí Yamada Việt Nam nộp ngân sách; Yamada đứng thứ hai.',
    );
    expect(found.map((f) => [f.text, f.name])).toEqual([
      ['Công ty TNHH Hyosung Logistics Việt Nam', 'Công ty trách nhiệm hữu hạn Hyosung Logistics Việt Nam'],
      ['Hyosung Logistics', 'Công ty trách nhiệm hữu hạn Hyosung Logistics Việt Nam'],
      ['Công ty Cơ khí Yamada Việt Nam', 'Công ty Cơ khí Yamada Việt Nam'],
      ['Yamada', 'Công ty Cơ khí Yamada Việt Nam'],
    ]);
  });

  it('is the group it wholly names, over a member that adds its place', () => {
    const found = find(
      'Công ty TNHH Goertek Bắc Ninh, thành viên của Tập đoàn Goertek, tăng vốn. Goertek cho biết sẽ tuyển thêm.',
    );
    expect(found.at(-1)).toMatchObject({ text: 'Goertek', name: 'Tập đoàn Goertek' });
  });
});

describe('titles in apposition after their holder', () => {
  it('leave the company whole: no other name closes it', () => {
    expect(
      find(
        'Ông Nguyễn Văn Hạnh, Anh hùng Lao động, Giám đốc Công ty Cổ phần Thương mại Hoàng Kim Phát kiến nghị.',
      ).map((f) => f.text),
    ).toEqual(['Công ty Cổ phần Thương mại Hoàng Kim Phát']);
  });

  // "Lộc" and "Hà" are surnames; "huyện Lộc Ninh" and "xã Hà Lâm" are places, not holders.
  it.each([
    [
      'Ở huyện Lộc Ninh, Tổng Giám đốc Công ty TNHH Cao su Phú Riềng Đặng Văn Quyết thông tin.',
      'Công ty TNHH Cao su Phú Riềng',
    ],
    [
      'Tại xã Hà Lâm, Giám đốc Công ty Cổ phần Than Hạ Long Vũ Thị Hằng phát biểu.',
      'Công ty Cổ phần Than Hạ Long',
    ],
  ])('are not in apposition after a place a type word names: %s', (text, company) => {
    expect(find(text).map((f) => f.text)).toContain(company);
  });
});

describe('a holder after a body whose name closes on a place', () => {
  // "Nông" and "Lâm" are surnames, but here the second word of "Đắk Nông", "Lâm Đồng".
  it.each([
    [
      "Phó Giám đốc Ban Quản lý Công viên địa chất Đắk Nông H'Ngọc Ktla cho biết.",
      'Ban Quản lý Công viên địa chất Đắk Nông',
    ],
    ["Giám đốc Công ty Cổ phần Chè Lâm Đồng K'Điệp cho biết.", 'Công ty Cổ phần Chè Lâm Đồng'],
    ["Giám đốc Công ty TNHH Thương mại Hoàng Long Nay H'Lan cho biết.", 'Công ty TNHH Thương mại Hoàng Long'],
    // A commune's name may hold such a word: "Nâm N'Jang" closes the body's name.
    ["Giám đốc HTX Cà phê bền vững Nâm N'Jang cho biết.", "HTX Cà phê bền vững Nâm N'Jang"],
  ])('is split off there, an apostrophe name too: %s', (text, body) => {
    expect(find(text).map((f) => f.text)).toEqual([body]);
  });
});

describe('a board named for the site it runs', () => {
  it('ends before its head named after it', () => {
    expect(
      find('Giám đốc Ban Quản lý đường sắt đô thị Hà Nội Lương Văn Khoa cho biết.').map((f) => f.text),
    ).toEqual(['Ban Quản lý đường sắt đô thị Hà Nội']);
  });
});

describe('a short name in brackets that go on past a comma', () => {
  it('is defined for the body before it, and named so later', () => {
    const found = find(
      'Công ty TNHH Công nghiệp nặng Doosan Việt Nam (Doosan Vina, 100% vốn Hàn Quốc) xuất khẩu. Tổng Giám đốc Doosan Vina cho biết.',
    );
    expect(found.map((f) => [f.text, f.name])).toEqual([
      [
        'Công ty TNHH Công nghiệp nặng Doosan Việt Nam',
        'Công ty trách nhiệm hữu hạn Công nghiệp nặng Doosan Việt Nam',
      ],
      ['Doosan Vina', 'Công ty trách nhiệm hữu hạn Công nghiệp nặng Doosan Việt Nam'],
      ['Doosan Vina', 'Công ty trách nhiệm hữu hạn Công nghiệp nặng Doosan Việt Nam'],
    ]);
  });
});

describe('a party committee named bare in a chain of titles', () => {
  it('is the committee of the unit the next title names; alone elsewhere it is none', () => {
    expect(
      find('Ông Lê Quang Trung, Phó Bí thư Đảng ủy, Chủ tịch UBND xã cho biết.').map((f) => f.text),
    ).toEqual(['Đảng ủy', 'UBND xã']);
    expect(find('Đảng ủy cần quan tâm hơn.')).toEqual([]);
  });
});

describe('the chamber of commerce', () => {
  it('is named by its field, with its short name', () => {
    expect(
      find('Đại diện Phòng Thương mại và Công nghiệp Việt Nam (VCCI) dự họp.').map((f) => f.text),
    ).toEqual(['Phòng Thương mại và Công nghiệp Việt Nam', 'VCCI']);
  });
});

describe('a unit of an institute or a company', () => {
  it('is named by its field: "phòng Kế hoạch", "Phòng Tổ chức - Hành chính"', () => {
    expect(find('Bà Hương, Phó Trưởng phòng Kế hoạch, trình bày.').map((f) => f.text)).toEqual([
      'phòng Kế hoạch',
    ]);
    expect(find('Phòng Tổ chức - Hành chính của viện họp.').map((f) => f.text)).toEqual([
      'Phòng Tổ chức - Hành chính',
    ]);
  });
});

describe('a lower-case "sở" inside a compound', () => {
  it('opens no department in "trụ sở" or "cơ sở", but does alone', () => {
    expect(find('Hội nghị tại trụ sở UBND tỉnh Thanh Hoá.').map((f) => f.text)).toEqual([
      'UBND tỉnh Thanh Hoá',
    ]);
    expect(find('Người dân khám tại cơ sở Y tế xã.')).toEqual([]);
    expect(find('Giám đốc sở Y tế tỉnh dự họp.').map((f) => f.text)).toEqual(['sở Y tế tỉnh']);
  });
});

describe('a delegation of a body', () => {
  it('names the delegation and the body that sends it', () => {
    expect(find('Đoàn công tác của Chính phủ và đoàn công tác Bộ Công Thương làm việc với tỉnh.')).toEqual([
      body('Đoàn công tác của Chính phủ', 'delegation'),
      body('Chính phủ', 'government'),
      body('đoàn công tác Bộ Công Thương', 'delegation', 'Đoàn công tác Bộ Công Thương'),
      body('Bộ Công Thương', 'government'),
    ]);
  });

  it('names one sent "của tỉnh", "của huyện", with or without the place, but none "của xã hội"', () => {
    expect(find('Ngày 10-5, đoàn công tác của tỉnh đã kiểm tra tại huyện.')).toEqual([
      body('đoàn công tác của tỉnh', 'delegation', 'Đoàn công tác của tỉnh'),
    ]);
    expect(find('Đoàn kiểm tra của huyện Sìn Hồ làm việc tại xã.')).toEqual([
      body('Đoàn kiểm tra của huyện Sìn Hồ', 'delegation'),
    ]);
    expect(find('Đây là đoàn công tác của xã hội hóa giáo dục.')).toEqual([]);
  });
});

describe('a company whose name ends like a person', () => {
  it('keeps the name whole without a title before it', () => {
    expect(find('Ngày 25/6, Công ty TNHH Thực phẩm Kim Hải Long được cấp phép.').map((f) => f.text)).toEqual([
      'Công ty TNHH Thực phẩm Kim Hải Long',
    ]);
  });

  it('leaves the holder out after a title', () => {
    expect(find('Giám đốc Công ty TNHH Sao Mai Tạ Văn Lâm phát biểu.').map((f) => f.text)).toEqual([
      'Công ty TNHH Sao Mai',
    ]);
  });
});

describe('commands, disaster boards and the cooperative', () => {
  it('names a command by the body it commands', () => {
    expect(find('Bộ Tư lệnh Quân khu 2 điều 500 cán bộ, chiến sĩ.').map((f) => f.text)).toContain(
      'Bộ Tư lệnh Quân khu 2',
    );
  });

  it('names a command by the force it commands, lower case past its first word', () => {
    expect(find('Lãnh đạo Bộ Tư lệnh Cảnh sát cơ động và Công an tỉnh dự lễ.').map((f) => f.text)).toEqual([
      'Bộ Tư lệnh Cảnh sát cơ động',
      'Công an tỉnh',
    ]);
  });

  it('ends a post named for its place before "và" and another body', () => {
    expect(
      find('Đồn Biên phòng Nậm Cắn và Công an xã Tà Cạ đã bắt giữ đối tượng.').map((f) => f.text),
    ).toEqual(['Đồn Biên phòng Nậm Cắn', 'Công an xã Tà Cạ']);
    expect(find('Đồn Biên phòng Pa Thơm và Sở Y tế tỉnh phối hợp khám bệnh.').map((f) => f.text)).toEqual([
      'Đồn Biên phòng Pa Thơm',
      'Sở Y tế tỉnh',
    ]);
    // Fields joined by "và" inside one name stay whole.
    expect(find('Sở Quy hoạch và Kiến trúc thành phố đón đoàn.').map((f) => f.text)).toEqual([
      'Sở Quy hoạch và Kiến trúc thành phố',
    ]);
  });

  it("reads no body in the state budget's abbreviation, one letter off the State Bank's", () => {
    expect(find('Thu NSNN đạt 500 tỷ đồng; NHNN chi nhánh tỉnh họp.').map((f) => f.text)).toEqual([
      'NHNN chi nhánh tỉnh',
    ]);
  });

  it("ends a school's name before the verb and the count of the sentence", () => {
    expect(find('Trường Đại học Vinh duy trì 12 câu lạc bộ.').map((f) => f.text)).toEqual([
      'Trường Đại học Vinh',
    ]);
  });

  it('reads "nhà ở" (housing) inside a name, its "ở" no preposition', () => {
    expect(
      find('Công ty CP Đầu tư và Phát triển nhà ở Sông Hồng bàn giao 500 phòng.').map((f) => f.text),
    ).toEqual(['Công ty CP Đầu tư và Phát triển nhà ở Sông Hồng']);
  });

  it('ends a board\'s name before "khai mạc", the sentence\'s verb', () => {
    expect(find('Ban Quản lý Khu di tích Côn Sơn khai mạc Lễ hội mùa xuân.').map((f) => f.text)).toEqual([
      'Ban Quản lý Khu di tích Côn Sơn',
    ]);
  });

  it('reads a numbered term after a body as no word of its name', () => {
    expect(find('Hiệp hội Chè Việt Nam khóa X họp phiên đầu tiên.').map((f) => f.text)).toEqual([
      'Hiệp hội Chè Việt Nam',
    ]);
    expect(find('Ban Chấp hành Hiệp hội khóa III họp.').map((f) => f.text)).not.toContain(
      'Hiệp hội khóa III',
    );
  });

  it('ends a name before "và" and the sentence\'s verb, not on it', () => {
    expect(
      find('Tỉnh khởi công Trung tâm logistics Hòn La và ký kết ba thỏa thuận.').map((f) => f.text),
    ).toEqual(['Trung tâm logistics Hòn La']);
  });

  it('reads no association inside a place\'s name ("xã Lịch Hội Thượng")', () => {
    expect(find('Nông dân các xã Tài Văn, Lịch Hội Thượng liên kết sản xuất.')).toEqual([]);
    expect(find('Tỉnh Hội Nông dân tổ chức đại hội.').map((f) => f.text)).toEqual(['Hội Nông dân']);
  });

  it('reads a body numbered in its series', () => {
    expect(find('Đội Quản lý thị trường số 3 đã kiểm tra 27 cơ sở.').map((f) => f.text)).toEqual([
      'Đội Quản lý thị trường số 3',
    ]);
    expect(find('Công ty Cổ phần Xây dựng số 5 thi công 2 km đường.').map((f) => f.text)).toEqual([
      'Công ty Cổ phần Xây dựng số 5',
    ]);
  });

  it('reads the disaster command board of a level, its abbreviations expanded as the joined forms are', () => {
    expect(find('Ban Chỉ huy PCTT và TKCN tỉnh họp khẩn.')).toContainEqual(
      body(
        'Ban Chỉ huy PCTT và TKCN tỉnh',
        'agency',
        'Ban Chỉ huy Phòng chống thiên tai và Tìm kiếm cứu nạn tỉnh',
      ),
    );
    expect(find('Ban Chỉ huy PCTT&TKCN huyện họp khẩn.')).toContainEqual(
      body(
        'Ban Chỉ huy PCTT&TKCN huyện',
        'agency',
        'Ban Chỉ huy Phòng chống thiên tai và Tìm kiếm cứu nạn huyện',
      ),
    );
  });

  it('reads the board that also has civil defence, and a purpose opening on "Phòng, chống"', () => {
    expect(
      find(
        'Ban Chỉ huy Phòng, chống thiên tai, tìm kiếm cứu nạn và phòng thủ dân sự huyện Na Hang trực 24/24.',
      ).map((f) => f.text),
    ).toEqual(['Ban Chỉ huy Phòng, chống thiên tai, tìm kiếm cứu nạn và phòng thủ dân sự huyện Na Hang']);
    expect(find('Ban Chỉ đạo Phòng, chống tội phạm tỉnh họp.').map((f) => f.text)).toEqual([
      'Ban Chỉ đạo Phòng, chống tội phạm tỉnh',
    ]);
  });

  it('reads the European Commission, not the Union, as a body', () => {
    expect(find('Ủy ban châu Âu (EC) và EU làm việc với tỉnh.').map((f) => f.text)).toEqual([
      'Ủy ban châu Âu',
      'EC',
    ]);
  });
});

describe('more bodies of provincial news', () => {
  it.each([
    ['Ngân hàng Nhà nước chi nhánh tỉnh Lạng Sơn cho biết.', 'Ngân hàng Nhà nước chi nhánh tỉnh Lạng Sơn'],
    ['Đảng ủy Khối các cơ quan tỉnh tổ chức đại hội.', 'Đảng ủy Khối các cơ quan tỉnh'],
    ['Đảng ủy Quân sự tỉnh họp phiên thường kỳ.', 'Đảng ủy Quân sự tỉnh'],
    ['Hội Chữ thập đỏ tỉnh trao 300 suất quà.', 'Hội Chữ thập đỏ tỉnh'],
    ['Cảng vụ Hàng hải Quảng Ninh cấp phép cho tàu.', 'Cảng vụ Hàng hải Quảng Ninh'],
  ])('%s', (text, span) => {
    expect(find(text).map((f) => f.text)).toContain(span);
  });

  it('reads an abbreviation defined in brackets as the body again', () => {
    expect(find('Tập đoàn Điện lực Việt Nam (EVN) đầu tư trạm biến áp.')).toEqual([
      body('Tập đoàn Điện lực Việt Nam', 'company'),
      body('EVN', 'company', 'Tập đoàn Điện lực Việt Nam'),
    ]);
  });
});

describe('a police department and a road-safety board', () => {
  it('reads the police a department belongs to as part of its name, and the board with its level', () => {
    expect(
      find(
        'Phòng Cảnh sát giao thông Công an tỉnh phối hợp Ban An toàn giao thông tỉnh Hoà Bình; Phòng Cảnh sát giao thông và Công an huyện cùng làm.',
      ),
    ).toEqual([
      body('Phòng Cảnh sát giao thông Công an tỉnh', 'police'),
      body('Ban An toàn giao thông tỉnh Hoà Bình', 'agency', 'Ban An toàn giao thông tỉnh Hòa Bình'),
      body('Phòng Cảnh sát giao thông', 'police'),
      body('Công an huyện', 'police'),
    ]);
    expect(find('Phòng Cảnh sát PCCC và CNCH kiểm tra 120 cơ sở.')).toEqual([
      body(
        'Phòng Cảnh sát PCCC và CNCH',
        'police',
        'Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ',
      ),
    ]);
  });
});

describe('fields of government joined by "và"', () => {
  it('reads two fields the lexicon knows as one name, but not two bodies', () => {
    expect(
      find('Chi cục Chăn nuôi và Thú y tỉnh Hà Nam phối hợp với Sở Tài chính và Kho bạc Nhà nước tỉnh.'),
    ).toEqual([
      body('Chi cục Chăn nuôi và Thú y tỉnh Hà Nam', 'agency'),
      body('Sở Tài chính', 'agency'),
      body('Kho bạc Nhà nước tỉnh', 'agency'),
    ]);
  });
});

describe('a long name capitalized on its first syllable', () => {
  it('runs through seven lower-case words to its level', () => {
    expect(
      find(
        'Công ty TNHH MTV Quản lý khai thác công trình thủy lợi tỉnh Điện Biên đã vận hành 12 trạm bơm.',
      ).map((o) => o.text),
    ).toEqual(['Công ty TNHH MTV Quản lý khai thác công trình thủy lợi tỉnh Điện Biên']);
  });
});

describe('a field of two halves joined by a dash, "kinh tế - xã hội"', () => {
  it('goes on to the place that closes the name; its "xã" opens no commune', () => {
    expect(
      find('Viện Nghiên cứu phát triển kinh tế - xã hội Cần Thơ công bố báo cáo.').map((o) => o.text),
    ).toEqual(['Viện Nghiên cứu phát triển kinh tế - xã hội Cần Thơ']);
  });
});

describe('a name of two parts joined by a dash', () => {
  it('reads the second part after the dash, but not a second body', () => {
    expect(
      find(
        'Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện đào tạo; Trung tâm Y tế huyện - Bệnh viện Đa khoa huyện phối hợp.',
      ).map((o) => o.text),
    ).toEqual([
      'Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện',
      'Trung tâm Y tế huyện',
      'Bệnh viện Đa khoa huyện',
    ]);
  });
});

describe('carriers named by their brand', () => {
  it('reads the brand after "hãng", "hãng tàu", "hãng hàng không", but no country', () => {
    expect(
      find(
        'Hãng tàu Wan Hai Lines (Đài Loan), hãng CMA CGM và hãng Jeju Air mở tuyến; hãng hàng không Nga tạm dừng.',
      ),
    ).toEqual([body('Wan Hai Lines', 'company'), body('CMA CGM', 'company'), body('Jeju Air', 'company')]);
  });
});

describe('a lower-case "phòng"', () => {
  it('opens a department only before a field the lexicon knows', () => {
    expect(
      find('Tỉnh thực hiện biện pháp phòng COVID-19; phòng Văn hoá và Thông tin huyện phối hợp.').map(
        (o) => o.text,
      ),
    ).toEqual(['phòng Văn hoá và Thông tin huyện']);
  });
});

describe("a province's tax office since 2025", () => {
  it('reads "Thuế" with a level as the office, and alone as the tax', () => {
    expect(find('Thuế tỉnh Quảng Trị thu 5.200 tỷ đồng. Thuế thu nhập cá nhân tăng.')).toEqual([
      body('Thuế tỉnh Quảng Trị', 'agency'),
    ]);
  });
});

describe("a province's telecoms", () => {
  it('reads "Viễn thông" with a province as the body, and alone as the trade', () => {
    expect(
      find('Viễn thông Lạng Sơn và Viễn thông tỉnh Hà Giang phối hợp. Viễn thông là ngành then chốt.'),
    ).toEqual([body('Viễn thông Lạng Sơn', 'company'), body('Viễn thông tỉnh Hà Giang', 'company')]);
  });
});

describe('customs offices', () => {
  it('reads the customs of a border gate and an office numbered among its areas', () => {
    expect(
      find(
        'Trưởng Hải quan cửa khẩu quốc tế Thanh Thủy (thuộc Chi cục Hải quan khu vực VII) cho biết; Chi cục Thuế khu vực 3 phối hợp.',
      ),
    ).toEqual([
      body('Hải quan cửa khẩu quốc tế Thanh Thủy', 'agency'),
      body('Chi cục Hải quan khu vực VII', 'agency'),
      body('Chi cục Thuế khu vực 3', 'agency'),
    ]);
    expect(find('Chi cục Hải quan cửa khẩu cảng Cam Ranh thu 860 tỉ đồng.')).toEqual([
      body('Chi cục Hải quan cửa khẩu cảng Cam Ranh', 'agency'),
    ]);
  });

  it("ends a gate's name where its head's name opens after it", () => {
    expect(
      find('Chi cục trưởng Chi cục Hải quan cửa khẩu quốc tế Tịnh Biên Lê Thị Mỹ Dung cho biết.'),
    ).toEqual([body('Chi cục Hải quan cửa khẩu quốc tế Tịnh Biên', 'agency')]);
    expect(find('Đội trưởng Đội Hải quan cửa khẩu Bờ Y Trần Quang Huy nói.')).toEqual([
      body('Đội Hải quan cửa khẩu Bờ Y', 'agency'),
    ]);
  });
});

describe('inspection committees', () => {
  it('expands "UBKT" and reads the party committee of a body as its parent', () => {
    expect(
      find(
        'UBKT Tỉnh uỷ Lạng Sơn họp với UBKT Đảng uỷ Công an tỉnh và Ban Tuyên giáo Đảng ủy Khối các cơ quan tỉnh.',
      ),
    ).toEqual([
      body('UBKT Tỉnh uỷ Lạng Sơn', 'party', 'Ủy ban Kiểm tra Tỉnh ủy Lạng Sơn'),
      body('UBKT Đảng uỷ Công an tỉnh', 'party', 'Ủy ban Kiểm tra Đảng ủy Công an tỉnh'),
      body('Ban Tuyên giáo Đảng ủy Khối các cơ quan tỉnh', 'party'),
    ]);
  });
});

describe('a short name defined inside a name', () => {
  it('reads the body on past its bracketed abbreviation to its level, the bracket left out of the name', () => {
    expect(
      find(
        'Bảo hiểm xã hội (BHXH) tỉnh Hậu Giang họp với Ủy ban nhân dân (UBND) huyện Long Mỹ; Bảo hiểm xã hội (BHXH) Việt Nam chỉ đạo.',
      ),
    ).toEqual([
      body('Bảo hiểm xã hội (BHXH) tỉnh Hậu Giang', 'agency', 'Bảo hiểm xã hội tỉnh Hậu Giang'),
      body('Ủy ban nhân dân (UBND) huyện Long Mỹ', 'government', 'Ủy ban nhân dân huyện Long Mỹ'),
      body('Bảo hiểm xã hội (BHXH) Việt Nam', 'agency', 'Bảo hiểm xã hội Việt Nam'),
    ]);
  });

  it('reads the short name again later with the level it names, not bare, where it may name a scheme', () => {
    expect(
      find(
        'Trung tâm Xúc tiến đầu tư (IPC) tỉnh Nghệ An tổ chức hội thảo; IPC huyện Yên Thành phối hợp. Sau đó, IPC mới được áp dụng.',
      ),
    ).toEqual([
      body(
        'Trung tâm Xúc tiến đầu tư (IPC) tỉnh Nghệ An',
        'agency',
        'Trung tâm Xúc tiến đầu tư tỉnh Nghệ An',
      ),
      body('IPC huyện Yên Thành', 'agency', 'Trung tâm Xúc tiến đầu tư huyện Yên Thành'),
    ]);
  });

  it('keeps a bracket after a name that no level follows as a short name of its own', () => {
    expect(find('Ủy ban nhân dân (UBND) đã họp. Bảo hiểm xã hội (BHXH) cho biết.')).toEqual([
      body('Ủy ban nhân dân', 'government'),
      body('UBND', 'government', 'Ủy ban nhân dân'),
    ]);
  });
});

describe('hospitals, schools and supervising delegations', () => {
  it.each([
    ['Tỉnh nâng cấp Bệnh viện Đa khoa tỉnh và xây mới trường.', 'Bệnh viện Đa khoa tỉnh'],
    ['Xây mới Trường Phổ thông Dân tộc nội trú tỉnh năm nay.', 'Trường Phổ thông Dân tộc nội trú tỉnh'],
    ['Đoàn giám sát của HĐND tỉnh Tây Ninh làm việc với Sở Y tế.', 'Đoàn giám sát của HĐND tỉnh Tây Ninh'],
  ])('%s', (text, span) => {
    expect(find(text).map((f) => f.text)).toContain(span);
  });
});

describe('a head after a type word', () => {
  it('opens no body: "thị trấn Quỹ Nhất" is a town', () => {
    expect(find('Thị trấn Quỹ Nhất nhập với 2 xã Nghĩa Thành, Nghĩa Lợi.')).toEqual([]);
  });
});

describe('election bodies and committees of the National Assembly', () => {
  it.each([
    ['Ủy ban bầu cử tỉnh Kon Tum công bố kết quả.', 'Ủy ban bầu cử tỉnh Kon Tum'],
    ['Hội đồng bầu cử quốc gia phê chuẩn danh sách.', 'Hội đồng bầu cử quốc gia'],
    ['Ông là Phó Chủ nhiệm Ủy ban Kinh tế của Quốc hội.', 'Ủy ban Kinh tế của Quốc hội'],
    [
      'Ngân hàng Nông nghiệp và Phát triển nông thôn chi nhánh tỉnh Phú Thọ cho vay 20 tỷ đồng.',
      'Ngân hàng Nông nghiệp và Phát triển nông thôn chi nhánh tỉnh Phú Thọ',
    ],
  ])('%s', (text, span) => {
    expect(find(text).map((f) => f.text)).toContain(span);
  });
});

describe('state banks named with lower-case words', () => {
  it('reads the social policy bank whole', () => {
    expect(find('Ngân hàng Chính sách xã hội đã giải ngân 30 tỷ đồng.').map((f) => f.text)).toEqual([
      'Ngân hàng Chính sách xã hội',
    ]);
  });
});

describe('short names in brackets and more bodies', () => {
  it('reads a mixed-case short name defined in brackets', () => {
    expect(
      find('Tập đoàn Thịnh Vượng Phát (TVP Group) đầu tư 2 dự án.').map((f) => [f.text, f.name]),
    ).toEqual([
      ['Tập đoàn Thịnh Vượng Phát', 'Tập đoàn Thịnh Vượng Phát'],
      ['TVP Group', 'Tập đoàn Thịnh Vượng Phát'],
    ]);
  });

  it.each([
    [
      'Trung tâm phục vụ hành chính công phường Vũ Phúc tiếp nhận hồ sơ.',
      'Trung tâm phục vụ hành chính công phường Vũ Phúc',
    ],
    ['Đại diện Đại sứ quán Nhật Bản dự hội nghị.', 'Đại sứ quán Nhật Bản'],
  ])('%s', (text, span) => {
    expect(find(text).map((f) => f.text)).toContain(span);
  });
});

describe('numbered bodies and more heads', () => {
  it.each([
    ['Bệnh viện dã chiến số 1 tiếp nhận 40 bệnh nhân.', 'Bệnh viện dã chiến số 1'],
    ['Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh họp khẩn.', 'Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh'],
    ['Trường Quân sự tỉnh là khu cách ly tập trung.', 'Trường Quân sự tỉnh'],
  ])('%s', (text, span) => {
    expect(find(text).map((f) => f.text)).toContain(span);
  });
});

describe('companies side by side and delegations in lower case', () => {
  it('reads two companies joined by "và" apart', () => {
    expect(
      find('Công ty TNHH Hontai Precision Việt Nam và Công ty TNHH Hontai Connector Việt Nam mở rộng.').map(
        (f) => f.text,
      ),
    ).toEqual(['Công ty TNHH Hontai Precision Việt Nam', 'Công ty TNHH Hontai Connector Việt Nam']);
  });

  it.each([
    ['Tổng công ty Cảng hàng không Việt Nam làm chủ đầu tư.', 'Tổng công ty Cảng hàng không Việt Nam'],
    ['Cùng dự có đoàn ĐBQH tỉnh và đoàn công tác Trung ương.', 'đoàn ĐBQH tỉnh'],
    ['Cùng dự có đoàn ĐBQH tỉnh và đoàn công tác Trung ương.', 'đoàn công tác Trung ương'],
  ])('%s', (text, span) => {
    expect(find(text).map((f) => f.text)).toContain(span);
  });
});

describe('police departments and more sectors', () => {
  it.each([
    [
      'Phòng Cảnh sát giao thông Công an tỉnh xử lý 500 trường hợp.',
      'Phòng Cảnh sát giao thông Công an tỉnh',
    ],
    [
      'Phòng Cảnh sát điều tra tội phạm về ma túy triệt phá 3 đường dây.',
      'Phòng Cảnh sát điều tra tội phạm về ma túy',
    ],
    ['Sở Nông nghiệp và PTNT tỉnh hướng dẫn nông dân.', 'Sở Nông nghiệp và PTNT tỉnh'],
  ])('%s', (text, span) => {
    expect(find(text).map((f) => f.text)).toContain(span);
  });

  it('leaves a person with a middle name out of the place after a level word', () => {
    expect(find('Chủ tịch UBND xã Chamaléa Thị Lý báo cáo.').map((f) => f.text)).toEqual(['UBND xã']);
  });
});

describe('branches, weather stations, parks, unions and post offices', () => {
  it.each([
    [
      'Chi nhánh Ngân hàng Chính sách xã hội tỉnh Bắc Kạn giải ngân.',
      'Chi nhánh Ngân hàng Chính sách xã hội tỉnh Bắc Kạn',
    ],
    ['Đài Khí tượng thủy văn tỉnh Bến Tre cảnh báo mặn.', 'Đài Khí tượng thủy văn tỉnh Bến Tre'],
    [
      'Theo Trung tâm Dự báo khí tượng thủy văn quốc gia, nắng nóng còn kéo dài.',
      'Trung tâm Dự báo khí tượng thủy văn quốc gia',
    ],
    [
      'Trung tâm Khí tượng thủy văn tỉnh Lào Cai cảnh báo lũ quét.',
      'Trung tâm Khí tượng thủy văn tỉnh Lào Cai',
    ],
    ['Vườn quốc gia Ba Bể đón 20.000 lượt khách.', 'Vườn quốc gia Ba Bể'],
    ['Tổng LĐLĐ Việt Nam và Công đoàn tỉnh trao quà.', 'Tổng LĐLĐ Việt Nam'],
    ['Tổng LĐLĐ Việt Nam và Công đoàn tỉnh trao quà.', 'Công đoàn tỉnh'],
    ['BHXH tỉnh đôn đốc các doanh nghiệp nợ đọng.', 'BHXH tỉnh'],
  ])('%s', (text, span) => {
    expect(find(text).map((f) => f.text)).toContain(span);
  });
});

describe('bodies of two provinces, lower-case names closed by capitals, plants', () => {
  it.each([
    ['Cục Hải quan tỉnh Gia Lai - Kon Tum cho biết.', 'Cục Hải quan tỉnh Gia Lai - Kon Tum'],
    ['Đồn Biên phòng cửa khẩu cảng Hòn Gai kiểm soát 200 tàu.', 'Đồn Biên phòng cửa khẩu cảng Hòn Gai'],
    ['Cục Sở hữu trí tuệ cấp văn bằng bảo hộ.', 'Cục Sở hữu trí tuệ'],
    ['Nhà máy Lọc dầu Dung Quất vận hành ổn định.', 'Nhà máy Lọc dầu Dung Quất'],
  ])('%s', (text, span) => {
    expect(find(text).map((f) => f.text)).toContain(span);
  });

  it('expands PTNT in a department name', () => {
    expect(find('Sở Nông nghiệp và PTNT tỉnh hướng dẫn.').map((f) => f.name)).toContain(
      'Sở Nông nghiệp và Phát triển nông thôn tỉnh',
    );
  });
});

describe('consortia, joint ventures and names closed by a lower-case syllable', () => {
  it('reads a consortium of two bodies beside each of its members', () => {
    const found = find('Liên danh Tổng công ty Sông Đà - Công ty TNHH Hoàng Gia trúng thầu gói XL-02.');
    expect(found).toEqual([
      body(
        'Liên danh Tổng công ty Sông Đà - Công ty TNHH Hoàng Gia',
        'company',
        'Liên danh Tổng công ty Sông Đà - Công ty trách nhiệm hữu hạn Hoàng Gia',
      ),
      body('Tổng công ty Sông Đà', 'company'),
      body('Công ty TNHH Hoàng Gia', 'company', 'Công ty trách nhiệm hữu hạn Hoàng Gia'),
    ]);
  });

  it('reads a project board named by a long purpose, to its level', () => {
    expect(
      find(
        'Hồ chứa do Ban Quản lý dự án đầu tư xây dựng các công trình nông nghiệp và phát triển nông thôn tỉnh làm chủ đầu tư.',
      ).map((f) => f.text),
    ).toEqual(['Ban Quản lý dự án đầu tư xây dựng các công trình nông nghiệp và phát triển nông thôn tỉnh']);
  });

  it('reads no consortium for a single member', () => {
    expect(find('Liên danh Công ty Cổ phần Đèo Cả đã khởi công.').map((f) => f.text)).toEqual([
      'Công ty Cổ phần Đèo Cả',
    ]);
  });

  it('reads a joint venture named after its partners', () => {
    expect(find('Liên doanh Việt - Nga Vietsovpetro khai thác 3 triệu tấn dầu.')).toEqual([
      body('Liên doanh Việt - Nga Vietsovpetro', 'company'),
    ]);
  });

  it.each([
    ['Tập đoàn Công nghiệp - Viễn thông Quân đội phủ sóng 5G.', 'Tập đoàn Công nghiệp - Viễn thông Quân đội'],
    ['Vốn vay của Ngân hàng TMCP Quân đội (MB) tăng.', 'Ngân hàng TMCP Quân đội'],
    ['Công ty Môi trường Đô thị Xanh đã thu gom rác.', 'Công ty Môi trường Đô thị Xanh'],
  ])('keeps the lower-case syllable that closes the last word: %s', (text, name) => {
    expect(find(text)[0]?.text).toBe(name);
  });

  it.each([
    ['Tập đoàn Hòa Phát tài trợ 5 tỷ đồng.', 'Tập đoàn Hòa Phát'],
    ['Công ty Điện lực Phú Thọ cấp điện cho 3 xã.', 'Công ty Điện lực Phú Thọ'],
    ['Công ty Cổ phần Vinacafe xuất khẩu cà phê.', 'Công ty Cổ phần Vinacafe'],
    ['Công ty Môi trường Xanh triển khai dự án.', 'Công ty Môi trường Xanh'],
  ])('takes no syllable the sentence goes on with: %s', (text, name) => {
    expect(find(text)[0]?.text).toBe(name);
  });
});

describe('boards of a site', () => {
  it.each([
    ['Ban Quản lý Quần thể danh thắng Tràng An đón khách.', 'Ban Quản lý Quần thể danh thắng Tràng An'],
    ['Theo Ban Quản lý Vịnh Hạ Long, lượng khách tăng.', 'Ban Quản lý Vịnh Hạ Long'],
    ['Ban Quản lý Khu di tích Kim Liên tổ chức lễ.', 'Ban Quản lý Khu di tích Kim Liên'],
  ])('reads the board named by the site it runs: %s', (text, name) => {
    expect(find(text).map((f) => f.text)).toEqual([name]);
  });

  it('reads no site for a person after the board', () => {
    expect(find('Trưởng Ban Quản lý Nguyễn Văn An cho biết.').map((f) => f.text)).toEqual([]);
  });
});

describe('brands of banks and state groups', () => {
  it.each([
    [
      'Agribank chi nhánh tỉnh Sóc Trăng cho vay 200 tỷ đồng.',
      body(
        'Agribank chi nhánh tỉnh Sóc Trăng',
        'company',
        'Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam chi nhánh tỉnh Sóc Trăng',
      ),
    ],
    [
      'Vốn của BIDV Chi nhánh Bắc Kạn tăng.',
      body(
        'BIDV Chi nhánh Bắc Kạn',
        'company',
        'Ngân hàng thương mại cổ phần Đầu tư và Phát triển Việt Nam Chi nhánh Bắc Kạn',
      ),
    ],
    [
      'Viettel hỗ trợ 500 máy tính.',
      body('Viettel', 'company', 'Tập đoàn Công nghiệp - Viễn thông Quân đội'),
    ],
    [
      'Tại Khu kinh tế mở Chu Lai, THACO khánh thành nhà máy linh kiện.',
      body('THACO', 'company', 'Công ty Cổ phần Tập đoàn Trường Hải'),
    ],
    [
      'Hãng Vietnam Airlines mở đường bay mới.',
      body('Vietnam Airlines', 'company', 'Tổng công ty Hàng không Việt Nam - Công ty cổ phần'),
    ],
  ])('%s', (text, expected) => {
    expect(find(text)).toEqual([expected]);
  });
});

describe('units of the army and offices of a body', () => {
  it.each([
    ['Sư đoàn 316 cử 200 cán bộ, chiến sĩ.', body('Sư đoàn 316', 'military')],
    ['Lữ đoàn Công binh 229 bắc cầu phao.', body('Lữ đoàn Công binh 229', 'military')],
    ['Khu Quản lý đường bộ II thông tuyến.', body('Khu Quản lý đường bộ II', 'agency')],
    [
      'Văn phòng thường trực Ban Chỉ huy Phòng thủ dân sự tỉnh báo cáo.',
      body('Văn phòng thường trực Ban Chỉ huy Phòng thủ dân sự tỉnh', 'agency'),
    ],
  ])('%s', (text, expected) => {
    expect(find(text)).toEqual([expected]);
  });

  it('reads no unit for a lower-case "trung đoàn"', () => {
    expect(find('Mỗi trung đoàn có 3 tiểu đoàn.')).toEqual([]);
  });
});

describe('more state bodies', () => {
  it.each([
    ['Thanh tra Chính phủ công bố kết luận.', 'Thanh tra Chính phủ'],
    ['Tòa án nhân dân tối cao hướng dẫn áp dụng.', 'Tòa án nhân dân tối cao'],
    ['Thông tấn xã Việt Nam đưa tin.', 'Thông tấn xã Việt Nam'],
    ['Trường Chính trị tỉnh khai giảng lớp cao cấp.', 'Trường Chính trị tỉnh'],
    ['Ban Quản lý rừng phòng hộ Tân Phú trồng rừng.', 'Ban Quản lý rừng phòng hộ Tân Phú'],
    ['Liên minh Hợp tác xã tỉnh hỗ trợ vốn.', 'Liên minh Hợp tác xã tỉnh'],
    ['Đài Phát thanh - Truyền hình tỉnh đưa tin.', 'Đài Phát thanh - Truyền hình tỉnh'],
  ])('%s', (text, name) => {
    expect(find(text).map((f) => f.text)).toEqual([name]);
  });

  it('reads no board of a site without a capital', () => {
    expect(find('Ban Quản lý chợ thu phí.')).toEqual([]);
  });
});

describe('brands named again and short names defined in brackets', () => {
  it('reads a foreign brand that closed a company name as that company again', () => {
    const found = find(
      'Tập đoàn Foxconn (Đài Loan) mở rộng nhà máy. Foxconn tuyển 5.000 lao động. Tập đoàn Luxshare-ICT đầu tư. Luxshare-ICT cam kết.',
    );
    expect(found.map((f) => [f.text, f.name])).toEqual([
      ['Tập đoàn Foxconn', 'Tập đoàn Foxconn'],
      ['Foxconn', 'Tập đoàn Foxconn'],
      ['Tập đoàn Luxshare-ICT', 'Tập đoàn Luxshare-ICT'],
      ['Luxshare-ICT', 'Tập đoàn Luxshare-ICT'],
    ]);
  });

  it('reads "Công ty" and the last words of a company named before as that company', () => {
    const found = find(
      'Công ty TNHH Thực phẩm sạch An Phú Việt Nam khánh thành nhà máy. Công nhân Công ty An Phú làm việc. Công ty Cổ phần Cao su Đồng Xoài mở rộng. Công ty Cao su Đồng Xoài có 900 lao động. Công ty Phú Lợi chưa được nêu.',
    );
    expect(found.map((f) => [f.text, f.name, f.shortName])).toEqual([
      [
        'Công ty TNHH Thực phẩm sạch An Phú Việt Nam',
        'Công ty trách nhiệm hữu hạn Thực phẩm sạch An Phú Việt Nam',
        'Công ty TNHH Thực phẩm sạch An Phú Việt Nam',
      ],
      ['Công ty An Phú', 'Công ty trách nhiệm hữu hạn Thực phẩm sạch An Phú Việt Nam', 'Công ty An Phú'],
      ['Công ty Cổ phần Cao su Đồng Xoài', 'Công ty Cổ phần Cao su Đồng Xoài', null],
      ['Công ty Cao su Đồng Xoài', 'Công ty Cổ phần Cao su Đồng Xoài', 'Công ty Cao su Đồng Xoài'],
      ['Công ty Phú Lợi', 'Công ty Phú Lợi', null],
    ]);
  });

  it('reads no brand in a Vietnamese name', () => {
    expect(find('Tập đoàn Hòa Phát đầu tư. Hòa Phát là tên một xã.').map((f) => f.text)).toEqual([
      'Tập đoàn Hòa Phát',
    ]);
  });

  it('names a brand by the body the text defined it for', () => {
    const found = find('Tổng công ty Cảng hàng không Việt Nam - CTCP (ACV) làm chủ đầu tư. ACV cho biết.');
    expect(found.map((f) => f.name)).toEqual([
      'Tổng công ty Cảng hàng không Việt Nam - Công ty cổ phần',
      'Tổng công ty Cảng hàng không Việt Nam - Công ty cổ phần',
      'Tổng công ty Cảng hàng không Việt Nam - Công ty cổ phần',
    ]);
  });

  it('ends a lower-case name before the short name in brackets', () => {
    const found = find(
      'Tổng công ty Đầu tư và Phát triển công nghiệp (Becamex IDC) đầu tư. Becamex IDC cho biết.',
    );
    expect(found.map((f) => [f.text, f.name])).toEqual([
      ['Tổng công ty Đầu tư và Phát triển công nghiệp', 'Tổng công ty Đầu tư và Phát triển công nghiệp'],
      ['Becamex IDC', 'Tổng công ty Đầu tư và Phát triển công nghiệp'],
      ['Becamex IDC', 'Tổng công ty Đầu tư và Phát triển công nghiệp'],
    ]);
  });

  it('reads a branch named by capitals, a city written as one word, and no body of every unit of a level', () => {
    expect(find('Vietcombank Chi nhánh Vinh cho vay.').map((f) => f.text)).toEqual([
      'Vietcombank Chi nhánh Vinh',
    ]);
    expect(find('Thành ủy TP.HCM họp.').map((f) => f.name)).toEqual(['Thành ủy Thành phố Hồ Chí Minh']);
    expect(find('Giao UBND cấp xã quản lý.')).toEqual([]);
    expect(find('Cơ quan Cảnh sát điều tra Công an tỉnh khởi tố.').map((f) => f.text)).toEqual([
      'Cơ quan Cảnh sát điều tra Công an tỉnh',
    ]);
    expect(find('Công ty TNHH MTV Đường sắt đô thị số 1 TP.HCM vận hành.').map((f) => f.text)).toEqual([
      'Công ty TNHH MTV Đường sắt đô thị số 1 TP.HCM',
    ]);
  });
});

describe('centres and boards written in lower case', () => {
  it('reads no body in a centre named without a capital', () => {
    expect(find('Tại Trung tâm hành chính tỉnh, hội nghị khai mạc.')).toEqual([]);
  });

  it('reads a board named again with a lower-case "ban"', () => {
    expect(find('Theo ban Quản lý KKT Dung Quất, 5 dự án đã khởi công.').map((f) => f.name)).toEqual([
      'Ban Quản lý Khu kinh tế Dung Quất',
    ]);
  });
});

describe('a legal form after a dash', () => {
  it('closes the name of the group it belongs to', () => {
    expect(find('Tập đoàn Vingroup - Công ty CP ủng hộ 5 tỷ đồng.').map((f) => f.text)).toEqual([
      'Tập đoàn Vingroup - Công ty CP',
    ]);
  });
});

describe('a number word after a name', () => {
  it('is the sentence going on', () => {
    expect(
      find('Công ty Cổ phần Hàng không VietJet khai thác lại hai đường bay Seoul - Cam Ranh.').map(
        (f) => f.text,
      ),
    ).toEqual(['Công ty Cổ phần Hàng không VietJet']);
    expect(find('Ngân hàng Nhà nước Việt Nam Chi nhánh Lâm Đồng cho biết.').map((f) => f.text)).toEqual([
      'Ngân hàng Nhà nước Việt Nam Chi nhánh Lâm Đồng',
    ]);
  });
});

describe('a transaction office of a bank', () => {
  it('is named by the bank it serves', () => {
    expect(
      find('Phòng giao dịch Ngân hàng Chính sách xã hội huyện Mai Châu cho vay.').map((f) => f.text),
    ).toEqual(['Phòng giao dịch Ngân hàng Chính sách xã hội huyện Mai Châu']);
  });
});

describe('brands that are places', () => {
  it('reads no brand in a name the gazetteer has, nor in the end of a place', () => {
    const found = find(
      'Hợp tác xã Nông nghiệp Sầu riêng Ea Knuếc có 146 hộ. Xã Ea Knuếc trồng sầu riêng. Agribank Chi nhánh tỉnh Đắk Lắk cho vay; tỉnh Đắk Lắk xuất khẩu.',
    );
    expect(found.map((f) => f.text)).toEqual([
      'Hợp tác xã Nông nghiệp Sầu riêng Ea Knuếc',
      'Agribank Chi nhánh tỉnh Đắk Lắk',
    ]);
  });

  it('reads international bodies by their brand', () => {
    expect(
      find('Hạ Long được UNESCO công nhận; Phú Quốc chuẩn bị cho APEC 2027.').map((f) => f.name),
    ).toEqual([
      'Tổ chức Giáo dục, Khoa học và Văn hóa Liên hợp quốc',
      'Diễn đàn Hợp tác Kinh tế châu Á - Thái Bình Dương',
    ]);
  });
});

describe('a foreign body and where it sits', () => {
  it.each([
    [
      'Hiệp hội Doanh nghiệp Hàn Quốc tại Việt Nam (KoCham) tham dự.',
      'Hiệp hội Doanh nghiệp Hàn Quốc tại Việt Nam',
    ],
    [
      'Hiệp hội Doanh nghiệp Nhật Bản tại TP.HCM kết nối đầu tư.',
      'Hiệp hội Doanh nghiệp Nhật Bản tại TP.HCM',
    ],
  ])('%s', (text, name) => {
    expect(find(text)[0]?.text).toBe(name);
  });

  it('stops at "tại" after a Vietnamese name, and reads a lower-case "phòng" before its field', () => {
    expect(find('Công ty Hòa Phát tại Hà Nội khởi công.')[0]?.text).toBe('Công ty Hòa Phát');
    expect(find('Văn phòng Kinh tế - Văn hoá Đài Bắc tại TP.HCM cho biết.').map((f) => f.text)).not.toContain(
      'phòng Kinh tế',
    );
    expect(find('Theo phòng Văn hoá và Thông tin huyện, lễ hội đông khách.')[0]?.text).toBe(
      'phòng Văn hoá và Thông tin huyện',
    );
  });
});

describe('a school named to its province, and a police department of the waterways', () => {
  it.each([
    [
      'Trường Phổ thông Dân tộc nội trú THPT tỉnh Lào Cai khai giảng.',
      'Trường Phổ thông Dân tộc nội trú THPT tỉnh Lào Cai',
    ],
    ['Phòng Cảnh sát đường thủy tuần tra trên sông.', 'Phòng Cảnh sát đường thủy'],
  ])('%s', (text, name) => {
    expect(find(text)[0]?.text).toBe(name);
  });
});

describe('a short form in brackets, committees of a level, offices and councils of a purpose', () => {
  it('reads a short form the text defines in brackets, and each later mention of it', () => {
    const found = find(
      'Theo Ban Quản lý dự án đầu tư xây dựng công trình dân dụng tỉnh Hà Nam (Ban QLDA dân dụng), công trình đã xong. Ban QLDA dân dụng cho biết sẽ bàn giao.',
    );
    expect(found.slice(1)).toEqual([
      body('Ban QLDA dân dụng', 'agency', 'Ban Quản lý dự án dân dụng'),
      body('Ban QLDA dân dụng', 'agency', 'Ban Quản lý dự án dân dụng'),
    ]);
  });

  it('reads "QLDA" as its own abbreviation, not a misspelled "BQLDA"', () => {
    expect(find('Ban QLDA Giao thông tỉnh Bắc Ninh khởi công.')).toEqual([
      body('Ban QLDA Giao thông tỉnh Bắc Ninh', 'agency', 'Ban Quản lý dự án Giao thông tỉnh Bắc Ninh'),
    ]);
  });

  it.each([
    ['Ban Thường vụ Đảng ủy xã gồm 11 đồng chí.', 'Ban Thường vụ Đảng ủy xã'],
    ['Ban Thường vụ Đảng ủy phường Tân Phong họp.', 'Ban Thường vụ Đảng ủy phường Tân Phong'],
    ['Ban Thường vụ Huyện ủy Mường Nhé họp.', 'Ban Thường vụ Huyện ủy Mường Nhé'],
    ['Văn phòng Điều phối nông thôn mới tỉnh báo cáo.', 'Văn phòng Điều phối nông thôn mới tỉnh'],
    [
      'Đại diện Văn phòng Điều phối nông thôn mới Trung ương dự họp.',
      'Văn phòng Điều phối nông thôn mới Trung ương',
    ],
    [
      'Ban Chỉ đạo phòng, chống thiên tai Trung ương kiểm tra đê.',
      'Ban Chỉ đạo phòng, chống thiên tai Trung ương',
    ],
    ['Giám đốc Ban Quản lý Di tích tỉnh cho biết.', 'Ban Quản lý Di tích tỉnh'],
    [
      'Văn phòng Điều phối Chương trình mục tiêu quốc gia xây dựng nông thôn mới tỉnh Quảng Nam cho biết.',
      'Văn phòng Điều phối Chương trình mục tiêu quốc gia xây dựng nông thôn mới tỉnh Quảng Nam',
    ],
    [
      'Chủ tịch Hội đồng Nghĩa vụ quân sự huyện Giao Thủy chủ trì.',
      'Hội đồng Nghĩa vụ quân sự huyện Giao Thủy',
    ],
    ['Ông Ito, Tổng Lãnh sự quán Nhật Bản tại TP.HCM dự.', 'Tổng Lãnh sự quán Nhật Bản tại TP.HCM'],
  ])('%s', (text, name) => {
    expect(find(text)[0]?.text).toBe(name);
  });

  it('reads a "Tổ chức" named in capitals and its abbreviation, not the verb', () => {
    expect(find('Đại diện Tổ chức Xúc tiến Thương mại Hàn Quốc (KOTRA) phát biểu.')).toEqual([
      body('Tổ chức Xúc tiến Thương mại Hàn Quốc', 'other'),
      body('KOTRA', 'other', 'Tổ chức Xúc tiến Thương mại Hàn Quốc'),
    ]);
    expect(find('Huyện đã tổ chức Hội nghị tổng kết năm.')).toEqual([]);
  });
});

describe('where a name stops', () => {
  it('stops before a number with a unit of measure after it', () => {
    expect(find('Công ty Cổ phần Thủy sản Sóc Trăng 10 tháng xuất khẩu đạt 156 triệu USD.')[0]?.text).toBe(
      'Công ty Cổ phần Thủy sản Sóc Trăng',
    );
    expect(find('Nhà máy Thủy điện Sơn La 2.400 MW phát điện ổn định.')[0]?.text).toBe(
      'Nhà máy Thủy điện Sơn La',
    );
    expect(find('Tổng công ty Xây dựng công trình giao thông 8 khởi công.')[0]?.text).toBe(
      'Tổng công ty Xây dựng công trình giao thông 8',
    );
    // A number a qualifier or a scale goes with is the sentence's sum.
    expect(find('Tổng công ty Viễn thông Viettel đầu tư gần 48 tỷ đồng.')[0]?.text).toBe(
      'Tổng công ty Viễn thông Viettel',
    );
    expect(find('Công ty Viettel đầu tư 48 tỷ đồng.')[0]?.text).toBe('Công ty Viettel');
    // So is one a decimal or a range goes on from, though a day a name honours still closes it.
    expect(find('Điểm chuẩn của Trường Đại học Kinh tế tăng 1,5 - 2 điểm.')[0]?.text).toBe(
      'Trường Đại học Kinh tế',
    );
    expect(find('Điểm chuẩn của Trường Đại học Y khoa giảm 1 - 2 điểm.')[0]?.text).toBe(
      'Trường Đại học Y khoa',
    );
    expect(find('Công ty Cổ phần Cầu đường 19-5 Hà Tĩnh thi công.')[0]?.text).toBe(
      'Công ty Cổ phần Cầu đường 19-5 Hà Tĩnh',
    );
  });

  it('stops before a verb of motion ("lên", "xuống", "sang")', () => {
    expect(find('Kết nối tour từ Vườn quốc gia Bạch Mã lên Nam Đông và A Lưới.')[0]?.text).toBe(
      'Vườn quốc gia Bạch Mã',
    );
  });

  it('reads a board of export-processing and industrial zones, the second kind without "khu"', () => {
    expect(find('Ban Quản lý các khu chế xuất và công nghiệp Đà Nẵng cho biết.')[0]?.text).toBe(
      'Ban Quản lý các khu chế xuất và công nghiệp Đà Nẵng',
    );
  });
});

describe('names of round 25', () => {
  it.each([
    ['Ban Thường vụ Tỉnh uỷ Thừa Thiên Huế họp.', 'Ban Thường vụ Tỉnh uỷ Thừa Thiên Huế'],
    ['Trung tâm Bảo tồn Di tích Cố đô Huế quản lý 17 di tích.', 'Trung tâm Bảo tồn Di tích Cố đô Huế'],
    [
      'Ban Quản lý Khu kinh tế, công nghiệp tỉnh cấp mới 9 dự án.',
      'Ban Quản lý Khu kinh tế, công nghiệp tỉnh',
    ],
    ['Giám đốc Ban Quản lý dự án điện 1 Nguyễn Văn An cho biết.', 'Ban Quản lý dự án điện 1'],
    ['Ông An, Giám đốc Ban Quản lý dự án điện 1 cho biết tiến độ.', 'Ban Quản lý dự án điện 1'],
    ['Hội Nghề cá tỉnh Bình Định kiến nghị.', 'Hội Nghề cá tỉnh Bình Định'],
    ['Đại diện Quân uỷ Trung ương dự lễ.', 'Quân uỷ Trung ương'],
    ['Tổng cục Dự trữ Nhà nước xuất cấp gạo.', 'Tổng cục Dự trữ Nhà nước'],
    ['Liên hợp Lọc hóa dầu Nghi Sơn vận hành ổn định.', 'Liên hợp Lọc hóa dầu Nghi Sơn'],
    ['Trung tâm Điện lực Duyên Hải đặt tại xã Dân Thành.', 'Trung tâm Điện lực Duyên Hải'],
  ])('%s', (text, name) => {
    expect(find(text)[0]?.text).toBe(name);
  });

  it('expands "Tp." as it expands "TP", and reads no body in a verb after a bare head', () => {
    expect(find('UBND Tp. Đà Nẵng họp.')[0]?.name).toBe('Ủy ban nhân dân thành phố Đà Nẵng');
    expect(find('Trong quý IV, Trung tâm hoàn thành tu bổ điện Cần Chánh.')).toEqual([]);
    expect(find('Nhà máy nằm cách KCN Phú Bài khoảng 6 km.')).toEqual([]);
    expect(find('Bệnh viện Đa khoa Sơn Tây tổ chức Ngày hội hiến máu.').map((f) => f.text)).toEqual([
      'Bệnh viện Đa khoa Sơn Tây',
    ]);
  });

  it("names an airline brand in full, and keeps a brand that closes a company's name in it", () => {
    expect(find('Vietjet mở thêm đường bay mới.')[0]?.name).toBe('Công ty Cổ phần Hàng không VietJet');
    expect(find('Công ty Cổ phần Hàng không VietJet khai thác lại đường bay.')[0]?.text).toBe(
      'Công ty Cổ phần Hàng không VietJet',
    );
  });
});

describe("a member of a group named with the group's brand after a dash", () => {
  it.each([
    ['Tổng công ty Khoáng sản - TKV đạt doanh thu cao.', 'Tổng công ty Khoáng sản - TKV'],
    ['Công ty Tuyển than Cửa Ông - TKV tăng sản lượng.', 'Công ty Tuyển than Cửa Ông - TKV'],
    ['Tổng công ty Điện lực miền Bắc - EVN giữ ổn định.', 'Tổng công ty Điện lực miền Bắc - EVN'],
  ])('%s', (text, name) => {
    expect(find(text).map((f) => f.text)).toContain(name);
  });
});

describe('an international body takes no province after it', () => {
  it('reads "UNESCO" alone in the name of a geopark', () => {
    const found = find('Công viên địa chất toàn cầu UNESCO Đắk Nông đón 10 nghìn khách.');
    expect(found.map((f) => f.text)).toEqual(['UNESCO']);
  });

  it('still reads a company brand with the province of its branch', () => {
    expect(find('Viettel Cao Bằng phủ sóng 5G.').map((f) => f.text)).toEqual(['Viettel Cao Bằng']);
  });
});

describe('state banks and the treasury by their abbreviations', () => {
  it.each([
    ['NHCSXH tỉnh đã cho vay hơn 1.000 tỷ đồng.', 'NHCSXH tỉnh', 'Ngân hàng Chính sách xã hội tỉnh'],
    [
      'NHNN chi nhánh tỉnh Kon Tum họp.',
      'NHNN chi nhánh tỉnh Kon Tum',
      'Ngân hàng Nhà nước chi nhánh tỉnh Kon Tum',
    ],
    ['KBNN tỉnh phối hợp kiểm soát chi.', 'KBNN tỉnh', 'Kho bạc Nhà nước tỉnh'],
  ])('%s', (text, span, name) => {
    expect(find(text).map((f) => [f.text, f.name])).toContainEqual([span, name]);
  });
});

describe('a standing committee someone is elected to, its parent unsaid', () => {
  it.each([
    'Thiếu tá Sùng A Dình, Trưởng Công an xã vào Ban Thường vụ.',
    'Đại tá Hà Minh Sơn cũng trúng cử Ban Thường vụ khóa mới.',
    'Đại hội bầu Ban Chấp hành gồm 45 đồng chí; Ban Chấp hành bầu Ban Thường vụ 13 đồng chí.',
  ])('%s', (text) => {
    expect(find(text).filter((f) => f.text === 'Ban Thường vụ')).toEqual([body('Ban Thường vụ', 'party')]);
  });

  it('reads the committee that elects, and the one elected, both bare', () => {
    expect(
      find('Đại hội bầu Ban Chấp hành gồm 45 đồng chí; Ban Chấp hành bầu Ban Thường vụ 13 đồng chí.').map(
        (f) => f.text,
      ),
    ).toEqual(['Ban Chấp hành', 'Ban Chấp hành', 'Ban Thường vụ']);
  });

  it('reads no bare committee where nothing says it was joined', () => {
    expect(find('Các ban thường vụ huyện ủy họp; Ban Thường vụ quyết định.').map((f) => f.text)).toEqual([]);
  });
});

describe('a sum right after a body of a level', () => {
  it('leaves "500 triệu đồng" out of "Quỹ Cứu trợ tỉnh"', () => {
    expect(find('Ủy ban trích Quỹ Cứu trợ tỉnh 500 triệu đồng hỗ trợ.').map((f) => f.text)).toEqual([
      'Quỹ Cứu trợ tỉnh',
    ]);
  });
});

describe('half a compound after "Sở"', () => {
  it('reads no department in "Sở Chỉ huy"', () => {
    expect(find('Du khách tham quan Di tích Sở Chỉ huy chiến dịch Điện Biên Phủ.')).toEqual([]);
  });

  it('still reads departments the lexicon does not list, two fields joined by a dash too', () => {
    expect(find('Sở Quy hoạch - Kiến trúc phối hợp với Sở Dân tộc và Tôn giáo.').map((f) => f.text)).toEqual([
      'Sở Quy hoạch - Kiến trúc',
      'Sở Dân tộc và Tôn giáo',
    ]);
  });
});

describe("a plant's extension", () => {
  it('closes the name of the plant with "mở rộng"', () => {
    expect(find('Nhà máy Thủy điện Hòa Bình mở rộng có công suất 480 MW.').map((f) => f.text)).toEqual([
      'Nhà máy Thủy điện Hòa Bình mở rộng',
    ]);
    // (Whose it is, or where it lies, may follow.)
    expect(
      find('Nhà máy Thủy điện Hòa Bình mở rộng của Tập đoàn Điện lực Việt Nam đã phát điện.').map(
        (f) => f.text,
      ),
    ).toContain('Nhà máy Thủy điện Hòa Bình mở rộng');
  });

  it('leaves "mở rộng" to the sentence when the plant widens something', () => {
    expect(find('Nhà máy Thủy điện Hòa Bình mở rộng sản xuất.').map((f) => f.text)).toEqual([
      'Nhà máy Thủy điện Hòa Bình',
    ]);
  });
});

describe('the brand of the airports corporation', () => {
  it('is named in full, with its legal form', () => {
    expect(find('Nhà ga do ACV đầu tư.').map((f) => f.name)).toEqual([
      'Tổng công ty Cảng hàng không Việt Nam - Công ty cổ phần',
    ]);
  });
});

describe("a body's abbreviation inside a document's number", () => {
  it('is no body', () => {
    expect(find('Theo Tờ trình số 86/TTr-UBND, UBND tỉnh đề xuất.').map((f) => f.text)).toEqual([
      'UBND tỉnh',
    ]);
  });
});

describe('an association the lexicon does not list', () => {
  it('is named to its level', () => {
    expect(find('Hội Đoàn kết sư sãi yêu nước tỉnh đã vận động bà con.').map((f) => f.text)).toEqual([
      'Hội Đoàn kết sư sãi yêu nước tỉnh',
    ]);
  });

  it.each(['Hội An đón khách.', 'Hội chợ Nông sản tỉnh Phú Thọ khai mạc.', 'Hội nghị tỉnh diễn ra.'])(
    'reads no association in "%s"',
    (text) => {
      expect(find(text)).toEqual([]);
    },
  );
});

describe('a name run on to its level ends there', () => {
  it('leaves the verb and the next body after it', () => {
    expect(
      find(
        'Trung tâm Phát triển quỹ đất huyện phối hợp Công ty Đấu giá hợp danh Phúc Thịnh tổ chức đấu giá.',
      ).map((f) => f.text),
    ).toEqual(['Trung tâm Phát triển quỹ đất huyện', 'Công ty Đấu giá hợp danh Phúc Thịnh']);
  });

  it('expands the glued abbreviation of the disaster board', () => {
    expect(find('Ban Chỉ huy PCTT&TKCN tỉnh yêu cầu.').map((f) => f.name)).toEqual([
      'Ban Chỉ huy Phòng chống thiên tai và Tìm kiếm cứu nạn tỉnh',
    ]);
  });
});

describe('the procuracy by its short name', () => {
  it('names "Viện KSND tỉnh" in full, once', () => {
    expect(find('Viện KSND tỉnh phối hợp.').map((f) => f.name)).toEqual(['Viện Kiểm sát nhân dân tỉnh']);
  });
});

describe('carmakers by the names of their Vietnamese companies', () => {
  it('names Toyota Việt Nam and Honda Việt Nam in full', () => {
    expect(find('Toyota Việt Nam và Honda Việt Nam tăng sản lượng.').map((f) => f.name)).toEqual([
      'Công ty Ô tô Toyota Việt Nam',
      'Công ty Honda Việt Nam',
    ]);
  });
});

describe('the short form of a field defined in brackets', () => {
  it('is no body of its own', () => {
    expect(
      find('Sở Nông nghiệp và Phát triển nông thôn (NN&PTNT) tổ chức hội nghị.').map((f) => f.text),
    ).toEqual(['Sở Nông nghiệp và Phát triển nông thôn']);
  });
});

describe('a customs office named for its gate', () => {
  it('takes the gate into its name', () => {
    expect(
      find('Theo Chi cục Hải quan cửa khẩu quốc tế Lệ Thanh, kim ngạch tăng.').map((f) => f.text),
    ).toEqual(['Chi cục Hải quan cửa khẩu quốc tế Lệ Thanh']);
  });
});

describe('a verb between two bodies', () => {
  it('ends the first before it', () => {
    expect(
      find('Ban Quản lý dự án 2 đôn đốc Tổng công ty Xây dựng công trình giao thông 4 tăng ca.').map(
        (f) => f.text,
      ),
    ).toEqual(['Ban Quản lý dự án 2', 'Tổng công ty Xây dựng công trình giao thông 4']);
  });

  it('keeps a name whose last word opens like a school', () => {
    expect(find('Công ty Cổ phần Du lịch Trường Sơn Xanh cho biết.').map((f) => f.text)).toEqual([
      'Công ty Cổ phần Du lịch Trường Sơn Xanh',
    ]);
  });
});

describe('a company whose name closes with its short name in capitals', () => {
  it('keeps the second syllable and the capitals after it', () => {
    expect(find('Tại Công ty TNHH Cảng Quốc tế SP-SSA (SSIT), sản lượng tăng.').map((f) => f.text)).toEqual([
      'Công ty TNHH Cảng Quốc tế SP-SSA',
      'SSIT',
    ]);
  });

  it('ends before "và" and a zone in capitals', () => {
    expect(find('Trung tâm Điện lực Duyên Hải và KCN Long Đức phát triển.').map((f) => f.text)).toEqual([
      'Trung tâm Điện lực Duyên Hải',
    ]);
  });
});

describe('a board named by what it runs, in lower case', () => {
  it.each([
    ['Ban Quản lý các khu di tích tỉnh cho biết.', 'Ban Quản lý các khu di tích tỉnh'],
    ['Ban Quản lý rừng phòng hộ huyện Na Hang trồng rừng.', 'Ban Quản lý rừng phòng hộ huyện Na Hang'],
    // "phòng, chống" (prevent and fight) is one verb, its comma inside the name.
    ['Ban Chỉ đạo phòng, chống thiên tai tỉnh họp.', 'Ban Chỉ đạo phòng, chống thiên tai tỉnh'],
    ['Quỹ Phòng, chống dịch Covid-19 tỉnh tiếp nhận.', 'Quỹ Phòng, chống dịch Covid-19 tỉnh'],
    // A council is named by what it does, verbs listed with commas, closed by its level.
    [
      'Hội đồng đánh giá, phân hạng sản phẩm OCOP tỉnh công nhận.',
      'Hội đồng đánh giá, phân hạng sản phẩm OCOP tỉnh',
    ],
    ['Hội đồng nghĩa vụ quân sự huyện họp.', 'Hội đồng nghĩa vụ quân sự huyện'],
  ])('%s', (text, span) => {
    expect(find(text).map((f) => f.text)).toEqual([span]);
  });
});

describe('what is no council named by its purpose', () => {
  it('reads no body where the purpose runs into the sentence, and none for a board of directors', () => {
    expect(find('Hội đồng đánh giá, các sở ngành tỉnh tham gia.').map((f) => f.text)).toEqual([]);
    expect(find('Chủ tịch Hội đồng quản trị cho biết.').map((f) => f.text)).toEqual([]);
  });
});

describe('a cooperative', () => {
  it('is named like a company but typed "other", in full and short', () => {
    expect(
      find(
        'Hợp tác xã Nông nghiệp Tân Lập và HTX Chè Bản Liền ký hợp đồng với Công ty Cổ phần Chè Hà Giang.',
      ).map((f) => [f.name, f.type]),
    ).toEqual([
      ['Hợp tác xã Nông nghiệp Tân Lập', 'other'],
      ['Hợp tác xã Chè Bản Liền', 'other'],
      ['Công ty Cổ phần Chè Hà Giang', 'company'],
    ]);
  });
});

describe("the Secretariat's standing member", () => {
  it('is a post: the body is "Ban Bí thư"; "Thường trực HĐND tỉnh" is a board', () => {
    expect(
      find('Dự có Thường trực Ban Bí thư Trần Quốc Vượng. Thường trực HĐND tỉnh họp.').map((f) => f.text),
    ).toEqual(['Ban Bí thư', 'Thường trực HĐND tỉnh']);
  });
});

describe('bodies of food safety, crime prevention and decree-numbered boards', () => {
  it('are named to their level', () => {
    expect(
      find(
        'Ban Chỉ đạo 389 tỉnh, Chi cục An toàn vệ sinh thực phẩm tỉnh và Quỹ Phòng, chống tội phạm tỉnh phối hợp với Chi cục QLTT tỉnh.',
      ).map((f) => [f.text, f.name]),
    ).toEqual([
      ['Ban Chỉ đạo 389 tỉnh', 'Ban Chỉ đạo 389 tỉnh'],
      ['Chi cục An toàn vệ sinh thực phẩm tỉnh', 'Chi cục An toàn vệ sinh thực phẩm tỉnh'],
      ['Quỹ Phòng, chống tội phạm tỉnh', 'Quỹ Phòng, chống tội phạm tỉnh'],
      ['Chi cục QLTT tỉnh', 'Chi cục Quản lý thị trường tỉnh'],
    ]);
  });
});

describe('the party committee of the industrial zones and the market surveillance teams', () => {
  it('are named to their level and number', () => {
    expect(
      find('Đảng ủy các KCN tỉnh kết nạp 40 đảng viên; Đội QLTT số 2 kiểm tra 12 cơ sở.').map((f) => [
        f.text,
        f.name,
      ]),
    ).toEqual([
      ['Đảng ủy các KCN tỉnh', 'Đảng ủy các khu công nghiệp tỉnh'],
      ['Đội QLTT số 2', 'Đội Quản lý thị trường số 2'],
    ]);
  });
});

describe('offices named since the 2025 reform and the land registry', () => {
  it('are bodies with their level; "thống kê" alone is statistics', () => {
    expect(
      find(
        'Theo Thống kê tỉnh Sơn La, số liệu thống kê tỉnh cho thấy IIP tăng; Văn phòng Đăng ký đất đai tỉnh cấp 500 giấy; Công ty Đấu giá hợp danh Bình Minh tổ chức đấu giá.',
      ).map((f) => f.text),
    ).toEqual([
      'Thống kê tỉnh Sơn La',
      'Văn phòng Đăng ký đất đai tỉnh',
      'Công ty Đấu giá hợp danh Bình Minh',
    ]);
  });
});

describe('a department of two fields a merger joined', () => {
  it('names both, joined by a dash, in full or abbreviated', () => {
    expect(
      find('Sở Giao thông vận tải - Xây dựng tỉnh Cao Bằng trình đề án; Sở GTVT - XD sẽ thẩm định.').map(
        (f) => [f.text, f.name],
      ),
    ).toEqual([
      ['Sở Giao thông vận tải - Xây dựng tỉnh Cao Bằng', 'Sở Giao thông vận tải - Xây dựng tỉnh Cao Bằng'],
      ['Sở GTVT - XD', 'Sở Giao thông vận tải - Xây dựng'],
    ]);
  });
});

describe('the bodies of the Youth Union', () => {
  it('are named by their level and place, their boards after them', () => {
    expect(
      find(
        'Đại diện Trung ương Đoàn dự đại hội. Ban Chấp hành Tỉnh đoàn khóa mới ra mắt; Huyện đoàn Phước Long nhận cờ thi đua.',
      ).map((f) => [f.text, f.type]),
    ).toEqual([
      ['Trung ương Đoàn', 'other'],
      ['Ban Chấp hành Tỉnh đoàn', 'other'],
      ['Huyện đoàn Phước Long', 'other'],
    ]);
  });
});

describe("a ward council's committee", () => {
  it("is the council's, named with its parent", () => {
    expect(find('Ban Kinh tế - Xã hội HĐND phường thẩm tra dự toán.').map((f) => [f.text, f.type])).toEqual([
      ['Ban Kinh tế - Xã hội HĐND phường', 'council'],
    ]);
  });
});

describe('a body of a region its offices were grouped into', () => {
  it("is named to the region's number, Roman or Arabic", () => {
    expect(
      find('Kho bạc Nhà nước khu vực XII và Chi cục Thuế khu vực 4 phối hợp thu ngân sách.').map(
        (f) => f.text,
      ),
    ).toEqual(['Kho bạc Nhà nước khu vực XII', 'Chi cục Thuế khu vực 4']);
  });

  it('names the grassroots tax office by its number and place', () => {
    expect(
      find('Thuế cơ sở 7 tỉnh Thanh Hóa và Thuế cơ sở 12 TP.HCM đôn đốc thu nợ.').map((f) => [
        f.text,
        f.name,
      ]),
    ).toEqual([
      ['Thuế cơ sở 7 tỉnh Thanh Hóa', 'Thuế cơ sở 7 tỉnh Thanh Hóa'],
      ['Thuế cơ sở 12 TP.HCM', 'Thuế cơ sở 12 Thành phố Hồ Chí Minh'],
    ]);
  });
});

describe('a cooperative spoken of again as "HTX"', () => {
  it('is the cooperative, after one is named; never "các HTX", nor before any is named', () => {
    const found = find(
      'Tỉnh có HTX liên kết tiêu thụ lúa. Hợp tác xã Nông nghiệp Tân Lập có 40 thành viên; năm 2024, HTX tiêu thụ 900 tấn. Các HTX khác cũng tăng. Giám đốc HTX cho biết.',
    );
    expect(found.map((f) => [f.text, f.name, f.shortName])).toEqual([
      ['Hợp tác xã Nông nghiệp Tân Lập', 'Hợp tác xã Nông nghiệp Tân Lập', null],
      ['HTX', 'Hợp tác xã', 'HTX'],
      ['HTX', 'Hợp tác xã', 'HTX'],
    ]);
  });

  it('is the cooperative after "cùng", "có" and "thành lập" too, once one is named', () => {
    const found = find(
      'Chị Hoa là thành viên HTX Chè Tân Cương. Chị cùng HTX ký hợp đồng tiêu thụ; "Có HTX lo đầu ra, mình yên tâm", chị nói. Năm 2018, 9 hộ thành lập HTX.',
    );
    expect(found.map((f) => f.text)).toEqual(['HTX Chè Tân Cương', 'HTX', 'HTX', 'HTX']);
  });

  it('is the body of a title whose holder is named right after it', () => {
    const found = find('HTX Nông nghiệp Tân Lập có 40 thành viên. Giám đốc HTX Lò Thị Xuân cho biết.');
    expect(found.map((f) => f.text)).toEqual(['HTX Nông nghiệp Tân Lập', 'HTX']);
    // A holder of three words a surname opens, no middle name between.
    const three = find('HTX Nông nghiệp Tân Lập có 40 thành viên. Giám đốc HTX Đinh Quang Huy cho biết.');
    expect(three.map((f) => f.text)).toEqual(['HTX Nông nghiệp Tân Lập', 'HTX']);
  });

  it('is no count of cooperatives, and speaks again past a comma after "thành lập"', () => {
    const found = find(
      'HTX Nông nghiệp Tân Lập có 40 thành viên. Quỹ cho 23 HTX vay vốn; tỉnh lập mới trên 80 HTX. Sau 2 năm thành lập, HTX đạt doanh thu 5 tỷ đồng.',
    );
    expect(found.map((f) => f.text)).toEqual(['HTX Nông nghiệp Tân Lập', 'HTX']);
  });

  it('is no count of cooperatives in words', () => {
    const found = find(
      'HTX Nông nghiệp Tân Lập có 40 thành viên. Toàn huyện có 23 cơ sở và ba HTX làm miến; mười hai HTX khác đang thành lập. HTX đạt doanh thu 5 tỷ đồng.',
    );
    expect(found.map((f) => f.text)).toEqual(['HTX Nông nghiệp Tân Lập', 'HTX']);
  });

  it('is the cooperative after a year, and its trade in lower case is no part of a name', () => {
    const found = find(
      'HTX Dịch vụ Nông nghiệp Phú Lộc có 25 thành viên. Năm 2024 HTX thu mua 120 tấn cà phê. Xã viên HTX thu hái quả Arabica. HTX làm hồ sơ sản phẩm OCOP 4 sao.',
    );
    expect(found.map((f) => [f.text, f.name])).toEqual([
      ['HTX Dịch vụ Nông nghiệp Phú Lộc', 'Hợp tác xã Dịch vụ Nông nghiệp Phú Lộc'],
      ['HTX', 'Hợp tác xã'],
      ['HTX', 'Hợp tác xã'],
      ['HTX', 'Hợp tác xã'],
    ]);
  });
});

describe('a consortium named by its brand', () => {
  it('is a body; "liên danh nhà thầu" in lower case is any consortium', () => {
    expect(
      find('Gói thầu do Liên danh Vietur thực hiện; các liên danh nhà thầu khác chậm tiến độ.').map((f) => [
        f.text,
        f.type,
      ]),
    ).toEqual([['Liên danh Vietur', 'company']]);
  });

  it('is a body in lower case too, when its members are named', () => {
    expect(
      find('Gói thầu do liên danh Công ty Cổ phần Sông Đà 9 - Công ty TNHH Minh Phát thi công.').map((f) => [
        f.text,
        f.name,
      ])[0],
    ).toEqual([
      'liên danh Công ty Cổ phần Sông Đà 9 - Công ty TNHH Minh Phát',
      'Liên danh Công ty Cổ phần Sông Đà 9 - Công ty trách nhiệm hữu hạn Minh Phát',
    ]);
  });
});

describe("the police's and boards' fields by their abbreviations", () => {
  it('expands the traffic and criminal police and types their departments, bureaus and teams police', () => {
    expect(
      find(
        'Phòng CSHS Công an tỉnh Quảng Bình phối hợp Cục CSGT; Đội CSGT - Trật tự Công an huyện Bố Trạch tuần tra.',
      ),
    ).toEqual([
      body('Phòng CSHS Công an tỉnh Quảng Bình', 'police', 'Phòng Cảnh sát hình sự Công an tỉnh Quảng Bình'),
      body('Cục CSGT', 'police', 'Cục Cảnh sát giao thông'),
      body(
        'Đội CSGT - Trật tự Công an huyện Bố Trạch',
        'police',
        'Đội Cảnh sát giao thông - Trật tự Công an huyện Bố Trạch',
      ),
    ]);
  });

  it('opens a field named right after the head word with a capital, as it is written in full', () => {
    expect(find('Ban ATGT tỉnh và Chi cục ATTP tỉnh Thái Bình kiểm tra.')).toEqual([
      body('Ban ATGT tỉnh', 'agency', 'Ban An toàn giao thông tỉnh'),
      body('Chi cục ATTP tỉnh Thái Bình', 'agency', 'Chi cục An toàn thực phẩm tỉnh Thái Bình'),
    ]);
  });

  it('keeps a field inside a steering board in lower case, and types the board an agency', () => {
    expect(find('BCĐ phòng, chống DTLCP huyện Yên Thành họp khẩn; Sở NN-PTNT báo cáo.')).toEqual([
      body(
        'BCĐ phòng, chống DTLCP huyện Yên Thành',
        'agency',
        'Ban Chỉ đạo phòng, chống dịch tả lợn châu Phi huyện Yên Thành',
      ),
      body('Sở NN-PTNT', 'agency', 'Sở Nông nghiệp và Phát triển nông thôn'),
    ]);
  });

  it('reads no team without a field: "Đội tuyển" is a sports team', () => {
    expect(find('Đội tuyển bóng đá tỉnh thắng 2-0.')).toEqual([]);
  });
});

describe('the sports bodies by their abbreviations', () => {
  it('reads the sports field after "Tổng cục" and a culture department written with a comma', () => {
    expect(find('Tổng cục TDTT và Sở VH,TT&DL tỉnh Hà Nam khen thưởng.')).toEqual([
      body('Tổng cục TDTT', 'agency', 'Tổng cục Thể dục thể thao'),
      body('Sở VH,TT&DL tỉnh Hà Nam', 'agency', 'Sở Văn hóa, Thể thao và Du lịch tỉnh Hà Nam'),
    ]);
  });
});

describe('schools, museums, power branches and investigators', () => {
  it('ends a school at a verb that takes a count, and keeps the level a school by its kind belongs to', () => {
    expect(
      find('Trường THPT chuyên Đại học Vinh tuyển 350 học sinh; em vào Trường PTDTNT tỉnh.').map(
        (f) => f.text,
      ),
    ).toEqual(['Trường THPT chuyên Đại học Vinh', 'Trường PTDTNT tỉnh']);
  });

  it('reads a school of two levels and a museum by their names', () => {
    expect(find('Trường THCS và THPT Sao Mai gửi hiện vật cho Bảo tàng Cổ vật Cung đình Huế.')).toEqual([
      body('Trường THCS và THPT Sao Mai', 'other', 'Trường Trung học cơ sở và Trung học phổ thông Sao Mai'),
      body('Bảo tàng Cổ vật Cung đình Huế', 'other'),
    ]);
  });

  it("reads a district's power branch by the district's name, and no body in the trade", () => {
    expect(
      find('Điện lực Mường Nhé và Điện lực Điện Biên Đông kéo điện; ngành điện lực phát triển.'),
    ).toEqual([body('Điện lực Mường Nhé', 'company'), body('Điện lực Điện Biên Đông', 'company')]);
  });

  it("reads the investigators alone, a federation's committee and a police regiment with their types", () => {
    expect(
      find(
        'Cơ quan Cảnh sát điều tra khởi tố; BCH Tổng LĐLĐ Việt Nam và Trung đoàn Cảnh sát cơ động vào cuộc.',
      ),
    ).toEqual([
      body('Cơ quan Cảnh sát điều tra', 'police'),
      body('BCH Tổng LĐLĐ Việt Nam', 'other', 'Ban Chấp hành Tổng Liên đoàn Lao động Việt Nam'),
      body('Trung đoàn Cảnh sát cơ động', 'police'),
    ]);
  });

  it('ends a firm at a verb of speech, and a council board at a Ba Na name after its level', () => {
    expect(
      find(
        'Chị Lan, công nhân Công ty TNHH Linh kiện 3K Vina kể. Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh A Giang có 38 phiếu.',
      ).map((f) => f.text),
    ).toEqual(['Công ty TNHH Linh kiện 3K Vina', 'Ban Kinh tế - Ngân sách HĐND tỉnh']);
  });
});

describe('universities named for their field, and other bodies by their heads', () => {
  it('reads a field whose second syllable is in lower case, a university and its member school', () => {
    expect(
      find(
        'Trường ĐH Sư phạm công bố điểm chuẩn; Trường Đại học Y Dược Thái Bình và Đại học Huế tuyển sinh.',
      ),
    ).toEqual([
      body('Trường ĐH Sư phạm', 'other', 'Trường Đại học Sư phạm'),
      body('Trường Đại học Y Dược Thái Bình', 'other'),
      body('Đại học Huế', 'other'),
    ]);
    expect(find('Trường Đại học Kinh tế Quốc dân ký kết.').map((f) => f.text)).toEqual([
      'Trường Đại học Kinh tế Quốc dân',
    ]);
  });

  it("reads the council's petitions board and a nature reserve", () => {
    expect(
      find('Ban Dân nguyện tiếp nhận kiến nghị; Khu bảo tồn thiên nhiên Pù Luông quản lý rừng.').map((f) => [
        f.text,
        f.type,
      ]),
    ).toEqual([
      ['Ban Dân nguyện', 'council'],
      ['Khu bảo tồn thiên nhiên Pù Luông', 'agency'],
    ]);
  });
});

describe('bodies of justice and firms of equipment', () => {
  it('reads the investigators by their abbreviation, the bar and the enforcement office', () => {
    expect(
      find(
        'Cơ quan CSĐT Công an tỉnh Hưng Yên khởi tố; Đoàn Luật sư tỉnh cử người; Cục Thi hành án dân sự tỉnh thu hồi tiền.',
      ).map((f) => [f.text, f.type]),
    ).toEqual([
      ['Cơ quan CSĐT Công an tỉnh Hưng Yên', 'police'],
      ['Đoàn Luật sư tỉnh', 'other'],
      ['Cục Thi hành án dân sự tỉnh', 'agency'],
    ]);
  });

  it('reads "bị" in "Thiết bị" as a syllable of the name, but a passive after the name', () => {
    expect(
      find('Công ty TNHH Thiết bị y tế Hoàng Lâm bàn giao máy; Công ty Hoàng Long bị phạt.').map(
        (f) => f.text,
      ),
    ).toEqual(['Công ty TNHH Thiết bị y tế Hoàng Lâm', 'Công ty Hoàng Long']);
  });

  it('reads a boarding school of two levels', () => {
    expect(find('Em học Trường PTDTBT Tiểu học và THCS Lao Chải.').map((f) => f.text)).toEqual([
      'Trường PTDTBT Tiểu học và THCS Lao Chải',
    ]);
  });
});

describe('nouns of two syllables inside a name', () => {
  it('reads "Đổi mới", "khởi nghiệp" as the field a centre or a fund is named for', () => {
    expect(
      find(
        'Trung tâm Đổi mới sáng tạo tỉnh Bắc Ninh khai trương; Quỹ Đầu tư khởi nghiệp sáng tạo tỉnh góp vốn; Công ty Hoàng Long đổi mới công nghệ.',
      ).map((f) => f.text),
    ).toEqual([
      'Trung tâm Đổi mới sáng tạo tỉnh Bắc Ninh',
      'Quỹ Đầu tư khởi nghiệp sáng tạo tỉnh',
      'Công ty Hoàng Long',
    ]);
  });
});

describe("a law's title", () => {
  it("names no body, though it holds a body's head; the bar stays one", () => {
    expect(
      find(
        'Tòa chuẩn bị thi hành Luật Tổ chức TAND; theo Luật Đầu tư, UBND tỉnh cấp phép; Đoàn Luật sư tỉnh họp.',
      ).map((f) => f.text),
    ).toEqual(['UBND tỉnh', 'Đoàn Luật sư tỉnh']);
  });
});

describe("a ministry's office of a numbered region, and the science associations' union", () => {
  it('reads "vùng VII" as part of the name, and the union whole', () => {
    expect(
      find(
        'Chi cục Kiểm dịch thực vật vùng VII và Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh phối hợp.',
      ).map((f) => f.text),
    ).toEqual(['Chi cục Kiểm dịch thực vật vùng VII', 'Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh']);
  });
});

describe("the state audit, a victims' association and one capital with its syllable", () => {
  it('reads KTNN as the state audit, not a misspelt treasury, with its region', () => {
    expect(find('KTNN khu vực IX kiểm toán; Kiểm toán Nhà nước chỉ ra sai phạm.')).toEqual([
      body('KTNN khu vực IX', 'agency', 'Kiểm toán Nhà nước khu vực IX'),
      body('Kiểm toán Nhà nước', 'agency'),
    ]);
  });

  it("expands the Agent Orange victims' association", () => {
    expect(find('Hội NNCĐDC huyện Đa Krông trao quà.').map((f) => f.name)).toEqual([
      'Hội Nạn nhân chất độc da cam huyện Đa Krông',
    ]);
  });

  it('keeps the syllable of a one-capital name before a verb of the sentence, and ends at "vượt"', () => {
    expect(
      find('Trung tâm Ghép tạng thực hiện ca ghép; Bệnh viện Trung ương Huế vượt mốc 1.000 ca.').map(
        (f) => f.text,
      ),
    ).toEqual(['Trung tâm Ghép tạng', 'Bệnh viện Trung ương Huế']);
  });
});

describe('departments by hyphenated abbreviations', () => {
  it('reads "GD-ĐT", "KH-ĐT", "TN-MT" as their fields, the holder after them no part of the name', () => {
    expect(
      find('Giám đốc Sở GD-ĐT Võ Thị Bích Ngọc cho biết; Sở KH-ĐT và Sở TN-MT phối hợp.').map((f) => f.name),
    ).toEqual(['Sở Giáo dục và Đào tạo', 'Sở Kế hoạch và Đầu tư', 'Sở Tài nguyên và Môi trường']);
  });
});

describe('a region and a field by their abbreviations inside a name', () => {
  it('expands ĐBSCL and PCCC&CNCH', () => {
    expect(find('Viện Lúa ĐBSCL và Phòng Cảnh sát PCCC&CNCH phối hợp.').map((f) => f.name)).toEqual([
      'Viện Lúa Đồng bằng sông Cửu Long',
      'Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ',
    ]);
  });
});

describe('the securities regulator, exchanges and depository', () => {
  it('reads them in full, by their short names, and a custody firm whose "ký" is no signing', () => {
    expect(
      find(
        'Ủy ban Chứng khoán Nhà nước (UBCKNN), Sở Giao dịch Chứng khoán Hà Nội (HNX) và Tổng công ty Lưu ký và Bù trừ chứng khoán Việt Nam dự; cổ phiếu niêm yết trên HOSE.',
      ),
    ).toEqual([
      body('Ủy ban Chứng khoán Nhà nước', 'agency'),
      body('UBCKNN', 'agency', 'Ủy ban Chứng khoán Nhà nước'),
      body('Sở Giao dịch Chứng khoán Hà Nội', 'company'),
      body('HNX', 'company', 'Sở Giao dịch Chứng khoán Hà Nội'),
      body('Tổng công ty Lưu ký và Bù trừ chứng khoán Việt Nam', 'company'),
      body('HOSE', 'company', 'Sở Giao dịch Chứng khoán Thành phố Hồ Chí Minh'),
    ]);
  });
});

describe('the board and the rangers of a national park', () => {
  it('reads the park a board or a ranger unit is named for, and the board of the park of the story', () => {
    expect(
      find(
        'Giám đốc Ban Quản lý Vườn quốc gia Cát Tiên cho biết; Hạt Kiểm lâm VQG Bạch Mã tuần tra; Ban Quản lý VQG họp.',
      ).map((f) => f.name),
    ).toEqual([
      'Ban Quản lý Vườn quốc gia Cát Tiên',
      'Hạt Kiểm lâm Vườn quốc gia Bạch Mã',
      'Ban Quản lý Vườn quốc gia',
    ]);
  });
});

describe('a bare "Trường" inside a company name', () => {
  it('reads a commune named "Trường …" as part of the name, no school, and a school by its level', () => {
    expect(
      find('Công ty TNHH Vật liệu xây dựng Trường Long Hòa tuyển 135 lao động cho Trường THPT Lê Lợi.').map(
        (f) => f.name,
      ),
    ).toEqual([
      'Công ty trách nhiệm hữu hạn Vật liệu xây dựng Trường Long Hòa',
      'Trường Trung học phổ thông Lê Lợi',
    ]);
  });
});

describe('names closed by a place that opens like a head, and national associations', () => {
  it('runs a one-capital name on to "Hội An", a town, not an association', () => {
    expect(find('Trung tâm Bảo tồn di sản văn hóa Hội An trùng tu 5 nhà cổ.').map((f) => f.name)).toEqual([
      'Trung tâm Bảo tồn di sản văn hóa Hội An',
    ]);
  });

  it('reads an association named to the country with its short name in brackets, and no "Hội An"', () => {
    expect(
      find('Theo Hội Thẩm định giá Việt Nam (VVA), giá tăng; Hội An đón khách Việt Nam (VN).').map(
        (f) => f.text,
      ),
    ).toEqual(['Hội Thẩm định giá Việt Nam', 'VVA']);
  });
});

describe('a name that honours a day of the year', () => {
  it('keeps "19/5", "30-4" inside the name', () => {
    expect(find('Hợp tác xã Thủy sản 19/5 và Công ty 30-4 ký kết.').map((f) => f.text)).toEqual([
      'Hợp tác xã Thủy sản 19/5',
      'Công ty 30-4',
    ]);
  });

  it('leaves out a day with a year or "năm" after it, the date of the sentence', () => {
    const names = find('HTX Dịch vụ nông nghiệp 3/2 năm 2024 đạt lãi; Công ty Lâm nghiệp 12/5/2024 công bố.');
    expect(names.length).toBe(2);
    expect(names.filter((f) => f.text.includes('/'))).toEqual([]);
  });
});

describe('a name closed by a brand or a foreign word', () => {
  it('does not run a name ending on "VietJet" or "Marubeni" on through the sentence to the next capitals', () => {
    expect(
      find(
        'Công ty CP Hàng không VietJet mở đường bay Đà Nẵng - Băng Cốc; Tập đoàn Marubeni hoàn thiện thủ tục nhà máy LNG Nghi Sơn.',
      ).map((f) => f.text),
    ).toEqual(['Công ty CP Hàng không VietJet', 'Tập đoàn Marubeni']);
  });
});

describe('a verb of the sentence after a name closed by a region', () => {
  it('ends "Viện … miền Nam" before "hoàn thiện hồ sơ 5 dự án"', () => {
    expect(find('Viện Khoa học Thủy lợi miền Nam hoàn thiện hồ sơ 5 dự án.').map((f) => f.text)).toEqual([
      'Viện Khoa học Thủy lợi miền Nam',
    ]);
  });
});

describe('the coast guard', () => {
  it('reads a coast guard region and its command, numbered', () => {
    expect(
      find('Bộ Tư lệnh Vùng Cảnh sát biển 3 phối hợp với Vùng Cảnh sát biển 2 kiểm tra.').map((f) => f.name),
    ).toEqual(['Bộ Tư lệnh Vùng Cảnh sát biển 3', 'Vùng Cảnh sát biển 2']);
  });
});

describe('a number of three digits inside a name', () => {
  it('keeps "492" when the name goes on with capitals after it, not a count after a level', () => {
    expect(
      find(
        'Công ty CP Xây dựng giao thông 492 Hà Nam thi công; Trung tâm Khuyến nông tỉnh cấp 250 tấn giống.',
      ).map((f) => f.text),
    ).toEqual(['Công ty CP Xây dựng giao thông 492 Hà Nam', 'Trung tâm Khuyến nông tỉnh']);
  });
});

describe('a foreign government and a numeral after "Trường"', () => {
  it('reads "Chính phủ Ấn Độ" whole, the bare "Chính phủ" alone, and no school in "Cây Trường II"', () => {
    expect(
      find('Chính phủ Ấn Độ tài trợ; Chính phủ ban hành Nghị định; xã Cây Trường II nhận tiền.').map(
        (f) => f.name,
      ),
    ).toEqual(['Chính phủ Ấn Độ', 'Chính phủ']);
  });
});

describe('fruit and vegetables, and the national tourism department', () => {
  it('reads "Rau quả" inside a name and "Cục Du lịch Quốc gia Việt Nam" whole', () => {
    expect(
      find('Viện Nghiên cứu Rau quả và Cục Du lịch Quốc gia Việt Nam phối hợp.').map((f) => f.name),
    ).toEqual(['Viện Nghiên cứu Rau quả', 'Cục Du lịch Quốc gia Việt Nam']);
  });

  it('reads "người" and a people after a head as who the body is of, no name', () => {
    expect(
      find('Tỉnh hỗ trợ HTX người Dao giữ nghề; Công ty TNHH Hoa Sen thuê 40 lao động.').map((f) => f.name),
    ).toEqual(['Công ty trách nhiệm hữu hạn Hoa Sen']);
  });

  it('reads the culture, science and information office with a dash as with a comma', () => {
    expect(
      find(
        'Phòng Văn hóa - Khoa học và Thông tin huyện Quảng Điền phối hợp Phòng Văn hóa, Khoa học và Thông tin thị xã.',
      ).map((f) => f.name),
    ).toEqual([
      'Phòng Văn hóa - Khoa học và Thông tin huyện Quảng Điền',
      'Phòng Văn hóa, Khoa học và Thông tin thị xã',
    ]);
  });

  it('reads the disaster command board abbreviated with "&" or a dash as with "và"', () => {
    expect(
      find('Theo BCH PCTT&TKCN tỉnh, mưa lớn; BCH PCTT-TKCN huyện họp, BCH PCTT và TKCN xã trực.').map(
        (f) => f.name,
      ),
    ).toEqual([
      'Ban Chỉ huy Phòng chống thiên tai và Tìm kiếm cứu nạn tỉnh',
      'Ban Chỉ huy Phòng chống thiên tai và Tìm kiếm cứu nạn huyện',
      'Ban Chỉ huy Phòng chống thiên tai và Tìm kiếm cứu nạn xã',
    ]);
  });

  it('reads a place of a surname and a middle name, one syllable after it, as the holder', () => {
    expect(find('Bí thư Thành ủy Đồng Văn Thịnh đề nghị; Huyện ủy Đồng Văn họp.').map((f) => f.name)).toEqual(
      ['Thành ủy', 'Huyện ủy Đồng Văn'],
    );
  });

  it('reads a place after a committee spelt with other marks than the gazetteer, not a holder', () => {
    expect(
      find('Đoàn làm việc với Huyện ủy Mù Cang Chải. Bí thư Huyện ủy Lê Văn Tâm phát biểu.').map(
        (f) => f.name,
      ),
    ).toEqual(['Huyện ủy Mù Cang Chải', 'Huyện ủy']);
  });

  it('reads Samsung and LG named bare as their groups', () => {
    expect(
      find('Samsung tiếp tục mở rộng đầu tư; các doanh nghiệp của LG đóng góp 34% kim ngạch.').map((f) => [
        f.text,
        f.name,
      ]),
    ).toEqual([
      ['Samsung', 'Tập đoàn Samsung'],
      ['LG', 'Tập đoàn LG'],
    ]);
  });

  it('reads a naval squadron, "Hải đội", named by its force and number', () => {
    expect(
      find('Chỉ huy trưởng Hải đội Biên phòng 3 cho biết, Hải đội 202 đã tuần tra.').map((f) => [
        f.name,
        f.type,
      ]),
    ).toEqual([
      ['Hải đội Biên phòng 3', 'military'],
      ['Hải đội 202', 'military'],
    ]);
  });

  it('reads "Đoàn Thanh niên" as the youth union at its level', () => {
    expect(
      find(
        'Chị Vũ Thị Lan, Bí thư Đoàn Thanh niên xã Tân Lập, cho biết. Đại hội Đoàn Thanh niên huyện khai mạc.',
      ).map((f) => f.name),
    ).toEqual(['Đoàn Thanh niên xã Tân Lập', 'Đoàn Thanh niên huyện']);
  });

  it('reads "Quà tặng" (gifts) as a trade inside a name, its "tặng" no verb', () => {
    expect(
      find('Hợp tác xã bán hàng cho Công ty TNHH Quà tặng Hương Sen (Hà Nội).').map((f) => f.name),
    ).toEqual(['Công ty trách nhiệm hữu hạn Quà tặng Hương Sen']);
    // The verb still ends a name: "Công ty X tặng quà".
    expect(find('Công ty TNHH Minh Long tặng quà cho học sinh.').map((f) => f.name)).toEqual([
      'Công ty trách nhiệm hữu hạn Minh Long',
    ]);
  });
});

describe('a verb of the sentence after a name of lower-case words', () => {
  it.each([
    [
      'Sáng 5/12, Đồn Biên phòng cửa khẩu quốc tế Lệ Thanh đón nhận Huân chương Bảo vệ Tổ quốc.',
      'Đồn Biên phòng cửa khẩu quốc tế Lệ Thanh',
    ],
    ['Tòa án nhân dân tỉnh Gia Lai xét xử Công ty Cổ phần Phú An.', 'Tòa án nhân dân tỉnh Gia Lai'],
  ])('ends it: %s', (text, span) => {
    expect(find(text)[0]?.text).toBe(span);
  });
});

describe("words of bodies' names written a capital then a lower-case syllable", () => {
  it.each([
    ['Đại diện Cục Hàng không Việt Nam dự họp.', 'Cục Hàng không Việt Nam'],
    [
      'Bà Lan, Phó Viện trưởng Viện Khoa học và Công nghệ Môi trường lưu ý, ô nhiễm còn kéo dài.',
      'Viện Khoa học và Công nghệ Môi trường',
    ],
    [
      'Phòng Cảnh sát phòng, chống tội phạm về môi trường Công an tỉnh Thái Nguyên kiểm tra mỏ.',
      'Phòng Cảnh sát phòng, chống tội phạm về môi trường Công an tỉnh Thái Nguyên',
    ],
  ])('keep the lower-case half: %s', (text, span) => {
    expect(find(text).map((f) => f.text)).toContain(span);
  });
});

describe('a document numbered after "và" and a field', () => {
  it('is no second field of the ministry before it', () => {
    expect(
      find('Chiến dịch thực hiện theo Quyết định của Bộ Y tế và Kế hoạch số 214/KH-UBND của tỉnh.').map(
        (f) => f.text,
      ),
    ).toEqual(['Bộ Y tế']);
  });
});

describe('"Thành phố" capitalized inside a name', () => {
  it.each([
    ['Bệnh viện Nhi đồng Thành phố quá tải từ đầu tháng.', 'Bệnh viện Nhi đồng Thành phố'],
    ['Bệnh viện Đa khoa Thành phố Thủ Đức mở cửa.', 'Bệnh viện Đa khoa Thành phố Thủ Đức'],
  ])('is its own word: %s', (text, span) => {
    expect(find(text).map((f) => f.text)).toEqual([span]);
  });
});

describe('the armed forces as institutions', () => {
  it('are named in lower case after their heads', () => {
    expect(
      find(
        'Tham gia diễu binh có lực lượng của Quân đội nhân dân Việt Nam, Công an nhân dân và dân quân.',
      ).map((f) => [f.text, f.type]),
    ).toEqual([
      ['Quân đội nhân dân Việt Nam', 'military'],
      ['Công an nhân dân', 'police'],
    ]);
  });
});

describe('agencies of fisheries and of expressways', () => {
  it.each([
    ['Theo Cục Thủy sản và Kiểm ngư, sản lượng tăng.', 'Cục Thủy sản và Kiểm ngư'],
    ['Ông Khải, Phó Cục trưởng Cục Đường cao tốc Việt Nam cho biết.', 'Cục Đường cao tốc Việt Nam'],
  ])('are named whole: %s', (text, span) => {
    expect(find(text).map((f) => f.text)).toContain(span);
  });
});

describe('regional weather stations and a verb after a bare "Công ty"', () => {
  it('names the station of a region whole', () => {
    expect(find('Theo Đài Khí tượng thủy văn khu vực Nam Bộ, gió mạnh cấp 6.').map((f) => f.text)).toEqual([
      'Đài Khí tượng thủy văn khu vực Nam Bộ',
    ]);
  });

  it('reads no company in "Công ty đưa thêm tàu …"', () => {
    expect(find('Công ty đưa thêm tàu Hải Âu 09 vào khai thác.')).toEqual([]);
  });
});

describe('the offices communes and wards opened in 2025', () => {
  it.each([
    [
      'Theo Phòng Văn hóa, Khoa học và Thông tin TP Hội An, lượng khách tăng.',
      'Phòng Văn hóa, Khoa học và Thông tin TP Hội An',
    ],
    [
      'Phòng Kinh tế, Hạ tầng và Đô thị phường Tam Kỳ kiểm tra công trình.',
      'Phòng Kinh tế, Hạ tầng và Đô thị phường Tam Kỳ',
    ],
  ])('are named with their fields: %s', (text, span) => {
    expect(find(text).map((f) => f.text)).toEqual([span]);
  });
});

describe('the full name of a body known by its brand', () => {
  it.each([
    ['Tập đoàn Bưu chính Viễn thông Việt Nam phủ sóng 5G.', 'Tập đoàn Bưu chính Viễn thông Việt Nam'],
    ['Hôm qua, Tập đoàn Điện lực Việt Nam đóng điện trạm 500 kV.', 'Tập đoàn Điện lực Việt Nam'],
  ])('%s', (text, name) => {
    expect(find(text)).toEqual([body(name, 'company')]);
  });
});

describe('a quarter after a company name', () => {
  it("is the sentence's, no word of the name", () => {
    expect(find('Công ty TNHH Chè Tân Cương Hoàng Bình quý II xuất khẩu 300 tấn chè.')).toEqual([
      body(
        'Công ty TNHH Chè Tân Cương Hoàng Bình',
        'company',
        'Công ty trách nhiệm hữu hạn Chè Tân Cương Hoàng Bình',
      ),
    ]);
  });
});

describe('mass organizations', () => {
  // The front is the Fatherland Front's committees; the bodies under it are typed `other`.
  it.each([
    ['Liên đoàn Lao động tỉnh trao 500 suất quà.', 'Liên đoàn Lao động tỉnh'],
    ['Hội Nông dân tỉnh hỗ trợ vốn.', 'Hội Nông dân tỉnh'],
    ['Hội Liên hiệp Phụ nữ huyện ra quân.', 'Hội Liên hiệp Phụ nữ huyện'],
  ])('%s', (text, name) => {
    expect(find(text)).toEqual([body(name, 'other')]);
  });
});

describe("a unit numbered under its parent's number", () => {
  it.each([
    ['Công ty CP Sông Đà 10.1 trúng thầu.', 'Công ty CP Sông Đà 10.1', 'Công ty cổ phần Sông Đà 10.1'],
    ['Nhà máy điện mặt trời Hồng Phong 4.2 phát điện.', 'Nhà máy điện mặt trời Hồng Phong 4.2', undefined],
  ])('%s', (text, span, name) => {
    expect(find(text).map((f) => [f.text, f.name])).toEqual([[span, name ?? span]]);
  });
});

describe('a holder named by a middle name after a bare "HTX"', () => {
  it('is no name of the cooperative, even with a surname the gazetteer lacks', () => {
    expect(
      find(
        'Hợp tác xã Nông nghiệp Phước Hà có 40 thành viên. Giám đốc HTX Mang Thị Hoa cho biết giá giảm.',
      ).map((f) => f.text),
    ).toEqual(['Hợp tác xã Nông nghiệp Phước Hà', 'HTX']);
  });
});

describe('a district raised a rank since the article', () => {
  it("still closes a body's name by its former level word, though its name opens with a surname", () => {
    // Kim Bảng (Hà Nam) is a "thị xã" in the gazetteer of March 2025; in 2024 it was a "huyện".
    expect(find('UBND huyện Kim Bảng phải bàn giao mặt bằng.')).toEqual([
      body('UBND huyện Kim Bảng', 'government', 'Ủy ban nhân dân huyện Kim Bảng'),
    ]);
  });
});

describe('a verb after a bare firm head', () => {
  it.each(['Công ty chọn KCN Tân Trường vì hạ tầng tốt.', 'Công ty thuê KCN Nam Cấm 5 ha đất.'])(
    '%s names no firm',
    (text) => {
      expect(find(text).filter((f) => f.type === 'company')).toEqual([]);
    },
  );
});

describe('a name of capital and lower-case pairs closed by a number', () => {
  it('ends at the number, not on the verb after it', () => {
    expect(find('Công ty CP Thương mại Xây dựng 492 làm chủ đầu tư.').map((f) => f.text)).toEqual([
      'Công ty CP Thương mại Xây dựng 492',
    ]);
  });
});

describe('a division of the 1950s', () => {
  it('is "Đại đoàn" with its number, and no "Đại đoàn kết"', () => {
    expect(find('Cựu binh Đại đoàn 308 trở lại. Ngày hội Đại đoàn kết toàn dân tộc diễn ra.')).toEqual([
      body('Đại đoàn 308', 'military'),
    ]);
  });
});

describe('a foreign ministry of a field the lexicon lacks', () => {
  it('keeps the whole country that closes it', () => {
    expect(find('Bộ Nông Lâm Thủy sản Nhật Bản cử đoàn sang làm việc.')).toEqual([
      body('Bộ Nông Lâm Thủy sản Nhật Bản', 'government'),
    ]);
  });
});

describe("a surname that opens a district's name inside a company's", () => {
  it('is the place, and the company goes on past it', () => {
    expect(
      find('Ông Lim Boon Keat, Tổng Giám đốc Công ty TNHH Logistics Sơn Trà Pacific cho biết.').map(
        (f) => f.text,
      ),
    ).toEqual(['Công ty TNHH Logistics Sơn Trà Pacific']);
  });
});

describe('"BCH" before what a board commands', () => {
  it.each([
    [
      'BCH Phòng thủ dân sự tỉnh họp khẩn.',
      'BCH Phòng thủ dân sự tỉnh',
      'Ban Chỉ huy Phòng thủ dân sự tỉnh',
      'agency',
    ],
    ['BCH Quân sự huyện tổ chức huấn luyện.', 'BCH Quân sự huyện', 'Ban Chỉ huy Quân sự huyện', 'military'],
    ['BCH Đảng bộ tỉnh thống nhất.', 'BCH Đảng bộ tỉnh', 'Ban Chấp hành Đảng bộ tỉnh', 'party'],
  ])('%s', (text, span, name, type) => {
    expect(find(text)).toEqual([body(span, type, name)]);
  });
});

describe('the carmaker by its brand', () => {
  it('is named in full', () => {
    expect(find('VinFast xuất khẩu lô xe điện đầu tiên.')).toEqual([
      body('VinFast', 'company', 'Công ty Cổ phần Sản xuất và Kinh doanh VinFast'),
    ]);
  });
});

describe('"mới" (new) inside a company\'s trade', () => {
  it('goes on to the brand after it, but not into the sentence', () => {
    expect(find('Công ty TNHH Vật liệu mới Hengtai Việt Nam đầu tư nhà máy.').map((f) => f.text)).toEqual([
      'Công ty TNHH Vật liệu mới Hengtai Việt Nam',
    ]);
    expect(find('Công ty Viettel mới Thủ tướng khen.').map((f) => f.text)).toEqual(['Công ty Viettel']);
  });
});

describe('a legal form in dotted initials', () => {
  it('keeps its last dot', () => {
    expect(
      find('Công ty ký hợp đồng với Tập đoàn Nutland B.V. (Hà Lan) tuần qua.').map((f) => f.text),
    ).toEqual(['Tập đoàn Nutland B.V.']);
  });
});

describe('a verb of asking or pledging after a bare head', () => {
  it('is the sentence’s, no name of the body', () => {
    expect(
      find(
        'Công ty kiến nghị nâng cấp ĐT 746. Doanh nghiệp cam kết Hà Nam sẽ có việc làm. Hợp tác xã phấn đấu Tết này bán hết hàng.',
      ).map((o) => o.text),
    ).toEqual([]);
  });
});

describe('a guesthouse by its own name', () => {
  it('is a company, in lower case too; a place or a description after "homestay" names none', () => {
    expect(
      find(
        'Homestay Suối Mây ở xã Tả Van có 6 phòng; homestay Hoa Ban bên cạnh kín chỗ. Các homestay Sa Pa, homestay làng chài Phú Diên, Homestay Dao đỏ, homestay Hà Nhì và homestay 350 cũng đông.',
      ),
    ).toEqual([
      body('Homestay Suối Mây', 'company'),
      body('homestay Hoa Ban', 'company', 'Homestay Hoa Ban'),
    ]);
  });
});

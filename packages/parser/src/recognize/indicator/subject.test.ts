import { describe, expect, it } from 'vitest';
import { indicatorsOf } from './test-article.js';

describe('the subject of a statistic', () => {
  it('is the district or commune a title opens with, for figures no clause places', () => {
    const body =
      'Ngày 10/10, Huyện ủy Bảo Lâm tổ chức hội nghị. 9 tháng, tốc độ tăng trưởng kinh tế ước đạt 7,2%; thu ngân sách ước đạt 52 tỷ đồng. Tỉnh Lâm Đồng có tỷ lệ hộ nghèo còn 1,8%.';
    // (The title's own "tăng trưởng 7,2%" is left aside: the body's figures are the test.)
    const inBody = (found: ReturnType<typeof indicatorsOf>) =>
      found.filter((i) => i.text !== 'tăng trưởng 7,2%');
    const local = inBody(indicatorsOf(body, '2023-10', 'Bảo Lâm: 9 tháng tăng trưởng 7,2%'));
    expect(local.map((i) => i.subject)).toEqual(['Bảo Lâm', 'Bảo Lâm', 'Lâm Đồng']);
    const provincial = inBody(indicatorsOf(body, '2023-10', 'Lâm Đồng: Bảo Lâm tăng trưởng 7,2%'));
    expect(provincial.map((i) => i.subject).slice(0, 2)).toEqual(['Lâm Đồng', 'Lâm Đồng']);
  });

  it('is the area of a former district a title opens with', () => {
    const found = indicatorsOf(
      'Tỉnh Thanh Hóa cử đoàn làm việc với 8 xã thuộc khu vực huyện Nông Cống (cũ).\n\nNăm 2025, thu ngân sách trên địa bàn đạt 280 tỷ đồng.',
      '2025-12',
      'Khu vực Nông Cống (cũ): 8/8 xã giữ vững chuẩn nông thôn mới',
    );
    expect(found.map((i) => i.subject).at(-1)).toBe('Nông Cống');
  });

  it('is a commune whose body opens the title', () => {
    const found = indicatorsOf(
      'Nhiệm kỳ qua, thu nhập bình quân đầu người đạt 48 triệu đồng.',
      '2025-09',
      'Đại hội Đảng bộ xã Mường Ảng lần thứ I',
    );
    expect(found.map((i) => i.subject)).toEqual(['Mường Ảng']);
  });

  it('is not a place a title names later, where something happened', () => {
    const found = indicatorsOf(
      'Kim ngạch xuất nhập khẩu quý I của tỉnh Lạng Sơn đạt 1,02 tỷ USD.',
      '2023-04',
      'Kiểm tra thông quan tại cửa khẩu Tân Thanh',
    );
    expect(found.map((i) => i.subject)).toEqual(['Lạng Sơn']);
  });

  it('is the commune or district "của xã", "toàn huyện" point back to', () => {
    const found = indicatorsOf(
      'Tỉnh Quảng Ngãi có nhiều xã vùng cao. Tại xã Ngọc Linh, thu nhập bình quân đầu người của xã đạt 41,5 triệu đồng/người/năm.',
      '2025-12',
    );
    expect(found.map((i) => i.subject)).toEqual(['Ngọc Linh']);
  });

  it('is the zone the projects go into, named after them, unless they go into several', () => {
    const found = indicatorsOf(
      'Sáng 20-7, tỉnh Quảng Ngãi trao giấy chứng nhận đăng ký đầu tư cho 4 dự án vào KKT Dung Quất. Năm 2024, tỉnh Quảng Ngãi đặt mục tiêu thu hút thêm 10 dự án vào KKT. ' +
        'Tỉnh Quảng Ngãi cấp mới chủ trương đầu tư cho 46 dự án, trong đó có 5 dự án FDI vào KCN Tịnh Phong và KCN Quảng Phú.',
      '2023-07',
    );
    expect(found.map((i) => [i.value, i.subject])).toEqual([
      [4, 'Dung Quất'],
      [10, 'Dung Quất'],
      [46, 'Quảng Ngãi'],
      [5, 'Quảng Ngãi'],
    ]);
  });

  it('is the island district or special zone "trên đảo", "của đảo" point back to, not another island named', () => {
    const found = indicatorsOf(
      'Năm 2024, tỉnh Kiên Giang đón 9 triệu lượt khách. Thành phố Phú Quốc đón 6 triệu lượt khách. Huyện Kiên Lương có nhiều khu du lịch.\n\n' +
        'Công suất phòng bình quân của các cơ sở lưu trú trên đảo đạt 63,2%. Tỷ lệ lấp đầy trên đảo Hòn Sơn đạt 90%.',
      '2024-11',
    );
    expect(found.map((i) => [i.value, i.subject])).toEqual([
      [9_000_000, 'Kiên Giang'],
      [6_000_000, 'Phú Quốc'],
      [63.2, 'Phú Quốc'],
      [90, 'Kiên Giang'],
    ]);
  });

  it('is the commune whose members "các … trong xã" counts, not one a title\'s district holds', () => {
    const found = indicatorsOf(
      'Ngày 5-3, gia đình ông Lò Văn Khiêm ở xã Chiềng Sinh, huyện Mai Sơn, tỉnh Sơn La mở cửa đón khách.\n\nChủ tịch UBND xã Chiềng Sinh cho biết, xã có 12 homestay. Năm 2024, các homestay trong xã đón hơn 2.100 lượt khách.',
      '2025-03',
      'Mai Sơn: homestay nhà sàn hút khách',
    );
    expect(found.map((i) => [i.value, i.subject])).toEqual([[2100, 'Chiềng Sinh']]);
  });

  it('is none of the provinces a plural lists as taking part', () => {
    const found = indicatorsOf(
      'Lễ hội Đua ghe Ngo được tổ chức tại TP Trà Vinh, với 40 ghe của các tỉnh Trà Vinh, Sóc Trăng, Vĩnh Long và TP Cần Thơ tranh tài. Từ ngày 5 đến 7-11, lễ hội đã đón khoảng 900.000 lượt khách.',
      '2023-11',
    );
    expect(found.map((i) => i.subject)).toEqual(['Trà Vinh']);
  });

  it('is the unit the sentence spoke of as a whole before the clause, not a firm named earlier', () => {
    const found = indicatorsOf(
      'HTX Cói Phú Thành có 38 thành viên; năm 2023 HTX xuất khẩu đạt 96.500 USD.\n\nTheo ông Lê Văn Thành, Phó Chủ tịch UBND huyện Nga Sơn, toàn huyện hiện có 9 HTX và hơn 2.100 hộ làm nghề; năm 2023, giá trị xuất khẩu sản phẩm cói đạt trên 23 triệu USD.',
      '2024-04',
      'Nga Sơn: Chiếu cói sang Nhật Bản',
    );
    expect(found.map((i) => [i.value, i.subject])).toEqual([
      [96500, 'Hợp tác xã Cói Phú Thành'],
      [23000000, 'Nga Sơn'],
    ]);
  });

  it('is not a commune listed before the verb of a merger, "ba xã A, B và C hợp nhất"', () => {
    const found = indicatorsOf(
      'Ngày 5.1, tại xã Tiên Lữ, tỉnh Phú Thọ, nghề mây tre đan phát triển.\n\nPhó Chủ tịch UBND xã Tiên Lữ cho biết, sau khi ba xã Xuân Lôi, Đồng Ích và Văn Quán hợp nhất từ ngày 1.7.2025, toàn xã có 120 hộ làm nghề. Xã đặt mục tiêu đến năm 2030, thu nhập bình quân đầu người đạt 80 triệu đồng/người/năm.',
      '2026-02',
      'Phú Thọ: Làng nghề ở xã Tiên Lữ',
    );
    expect(found.map((i) => i.subject)).toEqual(['Tiên Lữ']);
  });

  it('is the district a clause opens with as a bare level word after "đến năm …"', () => {
    const found = indicatorsOf(
      'Tỉnh Bắc Giang họp. Ông Giáp Văn Tuấn, Chủ tịch UBND huyện Lục Ngạn cho biết, hiện diện tích vải thiều của huyện khoảng 11.860 ha. Theo đề án, đến năm 2030 huyện giữ ổn định diện tích vải thiều khoảng 11.500 ha.',
      '2025-02',
    );
    expect(found.map((i) => [i.value, i.subject])).toEqual([
      [11860, 'Lục Ngạn'],
      [11500, 'Lục Ngạn'],
    ]);
  });

  it('is not a commune a merger joined, with the day of the merger before the list', () => {
    const found = indicatorsOf(
      'Chủ tịch UBND xã Măng Cành cho biết, xã được thành lập ngày 1/7/2025 từ ba xã Hiếu, Pờ Ê và Đắk Tăng của huyện Kon Plông (cũ). Năm 2025, tỉ lệ hộ nghèo của xã còn 30,5%.',
      '2026-02',
      'Quảng Ngãi: rượu cần ở xã Măng Cành',
    );
    expect(found.map((i) => i.subject)).toEqual(['Măng Cành']);
  });

  it('is not a commune a merger joined, though its district is called former', () => {
    const found = indicatorsOf(
      'Ông Lò Văn Sơn, Bí thư Đảng ủy xã Mường Lạn cho biết, xã được lập trên cơ sở xã Mường Cai của huyện Sông Mã (cũ) và xã Mường Hung, có dân số hơn 12.400 người. Từ ngày 1/7 đến 31/10, thu ngân sách trên địa bàn xã đạt 8,2 tỷ đồng.',
      '2025-11',
      'Sơn La: bốn tháng vận hành chính quyền hai cấp',
    );
    expect(found.map((i) => [i.value, i.subject])).toEqual([
      [12400, 'Mường Lạn'],
      [8200000000, 'Mường Lạn'],
    ]);
  });

  it('is the body that receives the visitors, named or by its bare kind, not a firm\'s "HTX"', () => {
    const found = indicatorsOf(
      'Tỉnh Ninh Bình đón 6,2 triệu lượt khách. Riêng Trung tâm Bảo tồn di sản Hoa Lư 9 tháng đón 912.000 lượt khách; trong dịp lễ, trung tâm đón 45.000 lượt khách. Hợp tác xã Du lịch Vân Long có 40 thuyền; năm 2024, HTX đón 18.000 lượt khách.',
      '2024-10',
    );
    expect(found.map((i) => [i.value, i.subject])).toEqual([
      [6200000, 'Ninh Bình'],
      [912000, 'Trung tâm Bảo tồn di sản Hoa Lư'],
      [45000, 'Trung tâm Bảo tồn di sản Hoa Lư'],
      [18000, 'Hợp tác xã Du lịch Vân Long'],
    ]);
  });

  it('is the board its head speaks for, "ban" receiving after "cho biết", or a centre with the months before its verb', () => {
    const found = indicatorsOf(
      'Tỉnh Quảng Ninh đón 9 triệu lượt khách. Ông Tạ Văn Khiêm, Trưởng Ban Quản lý vịnh Hạ Long cho biết, 7 tháng, ban đã đón hơn 1,53 triệu lượt khách.\n\n' +
        'Tỉnh Quảng Bình đón 2,4 triệu lượt khách. Trung tâm Du lịch Phong Nha - Kẻ Bàng 6 tháng đầu năm đón 562.400 lượt khách.',
      '2022-08',
    );
    expect(found.map((i) => [i.value, i.subject])).toEqual([
      [9_000_000, 'Quảng Ninh'],
      [1_530_000, 'Ban Quản lý vịnh Hạ Long'],
      [2_400_000, 'Quảng Bình'],
      [562_400, 'Trung tâm Du lịch Phong Nha - Kẻ Bàng'],
    ]);
  });

  it('is the body that runs the sites the visitors came to, named in "do … quản lý" or by "đơn vị"', () => {
    const found = indicatorsOf(
      'Năm 2024, tỉnh Thừa Thiên Huế đón 3,8 triệu lượt khách. Riêng các điểm di tích do Trung tâm Bảo tồn Di tích Cố đô Huế quản lý, 10 tháng đã đón hơn 2,6 triệu lượt khách.\n\n' +
        'Theo Trung tâm Bảo tồn Di tích Cố đô Huế, lượng khách tham quan các điểm di tích do đơn vị quản lý trong quý II đạt 612.300 lượt. Các khu nghỉ dưỡng do tỉnh quản lý đón 90.000 lượt khách.',
      '2024-11',
    );
    expect(found.map((i) => [i.value, i.subject])).toEqual([
      [3_800_000, 'Thừa Thiên Huế'],
      [2_600_000, 'Trung tâm Bảo tồn Di tích Cố đô Huế'],
      [612_300, 'Trung tâm Bảo tồn Di tích Cố đô Huế'],
      // A place that runs them is no body.
      [90_000, 'Thừa Thiên Huế'],
    ]);
  });

  it("is the visitors' host for the revenue after them, and for its bare kind paragraphs later", () => {
    const found = indicatorsOf(
      'Tỉnh Ninh Bình đón 6,2 triệu lượt khách. Riêng Trung tâm Bảo tồn di sản Hoa Lư 9 tháng đón 912.000 lượt khách; doanh thu du lịch đạt 210 tỷ đồng.\n\nRiêng tháng 9, trung tâm đón 98.000 lượt khách.',
      '2024-10',
    );
    expect(found.map((i) => [i.value, i.subject])).toEqual([
      [6200000, 'Ninh Bình'],
      [912000, 'Trung tâm Bảo tồn di sản Hoa Lư'],
      [210000000000, 'Trung tâm Bảo tồn di sản Hoa Lư'],
      [98000, 'Trung tâm Bảo tồn di sản Hoa Lư'],
    ]);
  });

  it('goes on about a district past the bracket of its baseline, not past the province opening', () => {
    const found = indicatorsOf(
      'Tỉnh Quảng Trị họp. Ở huyện Hướng Hóa, 9 tháng năm 2024, Hướng Hóa ước đón 280.000 lượt khách (cùng kỳ năm 2023 đạt 260.000 lượt); tổng thu từ du lịch ước đạt 91 tỉ đồng. Năm 2024, tỉnh phấn đấu kim ngạch qua cửa khẩu Lao Bảo đạt 600 triệu USD (năm 2023 đạt 520 triệu USD) và thu hút thêm 15 dự án.',
      '2024-10',
    );
    expect(found.map((i) => [i.value, i.subject])).toEqual([
      [280000, 'Hướng Hóa'],
      [260000, 'Hướng Hóa'],
      [91000000000, 'Hướng Hóa'],
      [600000000, 'Lao Bảo'],
      [520000000, 'Lao Bảo'],
      [15, 'Quảng Trị'],
    ]);
  });

  it('is the board a paragraph names for a tourist site spoken of by its bare kind', () => {
    const found = indicatorsOf(
      'Tỉnh Quảng Bình đón 3,1 triệu lượt khách. Theo Ban Quản lý Khu du lịch quốc gia Thác Trắng, 9 tháng khu du lịch đón 820.000 lượt khách. Nhiều khu du lịch đón 40.000 lượt khách.',
      '2024-10',
    );
    expect(found.map((i) => [i.value, i.subject])).toEqual([
      [3100000, 'Quảng Bình'],
      [820000, 'Ban Quản lý Khu du lịch quốc gia Thác Trắng'],
      [40000, 'Quảng Bình'],
    ]);
  });

  it('is not the commune of the households a body buys from ("42 hộ trong xã")', () => {
    const found = indicatorsOf(
      'HTX Chè Shan Tà Xùa ở xã Tà Xùa. Hiện HTX thu mua chè của 35 hộ trong xã, tạo việc làm cho 14 lao động.',
      '2024-06',
    );
    expect(found.map((i) => i.subject)).toEqual(['Hợp tác xã Chè Shan Tà Xùa']);
  });

  it('is the district a sentence opens with as a bare level word, or "toàn huyện" in a clause before', () => {
    const found = indicatorsOf(
      'Tỉnh Lai Châu có nhiều huyện vùng cao. Tại huyện Sìn Hồ, năm 2021, huyện trồng mới 612 ha, nâng tổng diện tích mắc ca lên 3.180 ha. Tại huyện Phong Thổ, toàn huyện có 4/16 xã đạt chuẩn nông thôn mới; diện tích chè đạt 1.420 ha.',
      '2022-05',
    );
    expect(found.map((i) => [i.value, i.subject])).toEqual([
      [3180, 'Sìn Hồ'],
      [4, 'Phong Thổ'],
      [1420, 'Phong Thổ'],
    ]);
  });

  it('is the district of the speaker whose reported speech opens with the bare level word', () => {
    const found = indicatorsOf(
      'Tỉnh Cao Bằng đón khách. Ông Lục Văn An, Chủ tịch UBND huyện Hà Quảng cho biết, trong 8 tháng, huyện đón hơn 215.000 lượt khách; doanh thu du lịch ước đạt 48 tỉ đồng.',
      '2022-09',
    );
    expect(found.map((i) => [i.text, i.subject])).toEqual([
      ['đón hơn 215.000 lượt khách', 'Hà Quảng'],
      ['doanh thu du lịch ước đạt 48 tỉ đồng', 'Hà Quảng'],
    ]);
    // Speech whose figures open with no level word stay the province's.
    const provincial = indicatorsOf(
      'Tỉnh Cao Bằng đón khách. Ông Lục Văn An, Chủ tịch UBND huyện Hà Quảng cho biết, du lịch phục hồi; doanh thu du lịch của tỉnh ước đạt 480 tỉ đồng.',
      '2022-09',
    );
    expect(provincial.map((i) => i.subject)).toEqual(['Cao Bằng']);
  });

  it("is the article's own city for a bare 'thành phố', not a city of the first rank named in passing", () => {
    const found = indicatorsOf(
      'Chiều 20-12, UBND TP Cam Ranh (tỉnh Khánh Hòa) họp. Tàu nối Cam Ranh với TP.HCM. Thu ngân sách nhà nước trên địa bàn thành phố năm 2022 ước đạt 1.254 tỉ đồng. Trong 11 tháng, thành phố thu hút 9 dự án đầu tư.',
      '2022-12',
      'Cam Ranh: Hàng hoá qua cảng tăng',
    );
    expect(found.map((i) => [i.value, i.subject])).toEqual([
      [1_254_000_000_000, 'Cam Ranh'],
      [9, 'Cam Ranh'],
    ]);
  });

  it('is the unit asked, not the place of a partner body it is to work with', () => {
    const found = indicatorsOf(
      'Chủ tịch HĐND huyện Nhà Bè đề nghị UBND huyện phối hợp với Sở Tài nguyên và Môi trường TP.HCM hoàn tất hồ sơ, phấn đấu năm 2022 thu ngân sách đạt 1.320 tỉ đồng.',
      '2022-11',
      'Nhà Bè: đẩy nhanh đấu giá đất công',
    );
    expect(found.map((i) => i.subject)).toEqual(['Nhà Bè']);
  });

  it('is never a city the province is a gateway of', () => {
    const found = indicatorsOf(
      'Mục tiêu đến năm 2030, Bắc Ninh trở thành tỉnh công nghiệp hiện đại, cửa ngõ phía Đông Bắc của Hà Nội. Chỉ tiêu chủ yếu: đến năm 2030, tỷ lệ đô thị hóa đạt 60%.',
      '2025-10',
    );
    expect(found.map((i) => i.subject)).toEqual(['Bắc Ninh']);
  });

  it('is the fund acting after a time that opens the sentence', () => {
    const found = indicatorsOf(
      'Tỉnh Thừa Thiên Huế tổng kết. Năm 2021, Quỹ Vì người nghèo vận động hơn 41,6 tỷ đồng, hỗ trợ 1.146 căn nhà đại đoàn kết.',
      '2022-01',
    );
    expect(found.map((i) => [i.indicator, i.subject])).toEqual([['houses_built', 'Quỹ Vì người nghèo']]);
  });

  it('is the investor for the jobs a project it described is to create', () => {
    const found = indicatorsOf(
      'Tỉnh Vĩnh Long họp. Lớn nhất là nhà máy của Công ty TNHH Dệt Kỹ thuật Sungwoo Vina tại KCN Giao Long. Dự án có vốn đầu tư 86,5 triệu USD, dự kiến giải quyết việc làm cho khoảng 1.800 lao động.',
      '2026-04',
    );
    expect(found.map((i) => [i.indicator, i.subject])).toEqual([
      ['investment_capital', 'Công ty trách nhiệm hữu hạn Dệt Kỹ thuật Sungwoo Vina'],
      ['jobs_created', 'Công ty trách nhiệm hữu hạn Dệt Kỹ thuật Sungwoo Vina'],
    ]);
  });

  it('is the cooperative named before for a bare "HTX"', () => {
    const found = indicatorsOf(
      'Tỉnh Quảng Trị có 120 sản phẩm OCOP. Hợp tác xã Nông nghiệp Hồ tiêu Vĩnh Linh có 3 sản phẩm 4 sao. Kim ngạch xuất khẩu tiêu của HTX sang Nhật Bản năm 2024 đạt khoảng 285.000 USD.',
      '2025-11',
    );
    expect(found.map((i) => i.subject)).toEqual(['Hợp tác xã Nông nghiệp Hồ tiêu Vĩnh Linh']);
  });

  it('is the province for an average over the zones together, after a list of them', () => {
    const found = indicatorsOf(
      'Tỉnh Nam Định có 10 khu công nghiệp. Tỷ lệ lấp đầy của KCN Hòa Xá đạt 100% và KCN Bảo Minh đạt 98,6%; tỷ lệ lấp đầy bình quân các KCN đang hoạt động đạt 76,8%.',
      '2023-12',
    );
    expect(found.map((i) => [i.value, i.subject])).toEqual([
      [98.6, 'Bảo Minh'],
      [100, 'Hòa Xá'],
      [76.8, 'Nam Định'],
    ]);
  });

  it('is the province for "của tỉnh", not a city of the first rank named just before', () => {
    const found = indicatorsOf(
      'Tỉnh Cao Bằng họp. Khi cao tốc xong, từ Cao Bằng về Hà Nội còn 4 giờ. Tính đến ngày 31-7, giải ngân vốn đầu tư công của tỉnh đạt 41,6%; giải ngân vốn đầu tư công của thành phố Hà Nội đạt 52%.',
      '2024-08',
    );
    expect(found.map((i) => [i.value, i.subject])).toEqual([
      [41.6, 'Cao Bằng'],
      [52, 'Hà Nội'],
    ]);
  });

  it('is the firm whose head speaks of "doanh nghiệp" right after saying', () => {
    const found = indicatorsOf(
      'Thành phố Đà Nẵng phục hồi sản xuất. Ông Lý Văn Hậu, Giám đốc Công ty TNHH Kỹ thuật Minh Phát, cho biết doanh nghiệp đã đón 620 công nhân trở lại; từ ngày 1 đến 14/10, kim ngạch xuất khẩu sang Nhật Bản đạt 1,2 triệu USD.',
      '2021-10',
    );
    expect(found.find((i) => i.indicator === 'export_value')?.subject).toBe(
      'Công ty trách nhiệm hữu hạn Kỹ thuật Minh Phát',
    );
    const opened = indicatorsOf(
      'Tỉnh Thái Nguyên thu hút vốn. Ông Park Jin Woo, Tổng Giám đốc Công ty TNHH Điện tử Haesung Vina cho biết, 4 tháng đầu năm 2022, doanh nghiệp đạt doanh thu hơn 2.050 tỷ đồng; kim ngạch xuất khẩu đạt 86,4 triệu USD.',
      '2022-05',
    );
    expect(opened.find((i) => i.indicator === 'export_value')?.subject).toBe(
      'Công ty trách nhiệm hữu hạn Điện tử Haesung Vina',
    );
    // Firms in general, or words about them that are no report of the speaker's own, stay the city's.
    const general = indicatorsOf(
      'Thành phố Đà Nẵng phục hồi sản xuất. Ông Lý Văn Hậu, Giám đốc Công ty TNHH Kỹ thuật Minh Phát, cho biết doanh nghiệp FDI đã trở lại; kim ngạch xuất khẩu của thành phố 9 tháng đạt 1,2 tỷ USD.',
      '2021-10',
    );
    expect(general.find((i) => i.indicator === 'export_value')?.subject).toBe('Đà Nẵng');
  });

  it("is the firm a sentence opens with, for a later clause's firm statistic", () => {
    const found = indicatorsOf(
      'Tỉnh Bà Rịa - Vũng Tàu đón khách. Tại huyện Xuyên Mộc, Công ty TNHH Khu nghỉ dưỡng Biển Ngọc đón khách trở lại từ ngày 15.2; công suất phòng tháng 3 đạt 68%. Công suất phòng bình quân của tỉnh đạt 41,3%.',
      '2022-03',
    );
    expect(found.map((i) => i.subject)).toEqual([
      'Công ty trách nhiệm hữu hạn Khu nghỉ dưỡng Biển Ngọc',
      'Bà Rịa - Vũng Tàu',
    ]);
    // A firm named later in the sentence, after its own verb, opens nothing.
    const later = indicatorsOf(
      'Tỉnh Bà Rịa - Vũng Tàu đón khách. Huyện Xuyên Mộc đón 50.000 lượt khách, nhiều nhất tại Công ty TNHH Khu nghỉ dưỡng Biển Ngọc; công suất phòng tháng 3 đạt 68%.',
      '2022-03',
    );
    expect(later.at(-1)?.subject).not.toBe('Công ty trách nhiệm hữu hạn Khu nghỉ dưỡng Biển Ngọc');
    // A clause that speaks of the zone again is the zone's.
    const zone = indicatorsOf(
      'Tỉnh Hải Dương thu hút vốn. Tại KCN Phúc Điền, Công ty TNHH Minh Quang được điều chỉnh tăng vốn thêm 45 triệu USD; tỷ lệ lấp đầy của khu công nghiệp này đạt khoảng 96%.',
      '2023-12',
    );
    expect(zone.at(-1)?.subject).toBe('Phúc Điền');
    // (Also after the firm's own capital, in the same sentence.)
    const afterCapital = indicatorsOf(
      'Tỉnh Khánh Hòa thu hút vốn. Tại KCN Ninh Thủy, Công ty TNHH Thép Đông Vân đang xây dựng nhà máy cán thép, vốn đầu tư 320 triệu USD; tỷ lệ lấp đầy của KCN này đạt 81,3%.',
      '2025-11',
    );
    expect(afterCapital.map((i) => [i.indicator, i.subject])).toEqual([
      ['investment_capital', 'Công ty trách nhiệm hữu hạn Thép Đông Vân'],
      ['occupancy_rate', 'Ninh Thủy'],
    ]);
  });

  it('is the zone that acts as "khu này" in the clause, not a firm named after, nor where one builds', () => {
    const found = indicatorsOf(
      'Tỉnh Hưng Yên thu hút vốn. Công ty TNHH Nhựa Tân Phát mở rộng nhà máy. Tỷ lệ lấp đầy KCN Liên Hà Thái đạt gần 62%. Trong quý III, khu này đã khởi công 4 nhà máy, tổng vốn đầu tư khoảng 495 triệu USD. ' +
        'Ngày 14/3, Công ty TNHH Điện tử Kenta nhận giấy chứng nhận đầu tư dự án tại khu này, tổng vốn đầu tư 150 triệu USD.',
      '2025-10',
    );
    expect(found.filter((i) => i.indicator === 'investment_capital').map((i) => i.subject)).toEqual([
      'Liên Hà Thái',
      'Công ty trách nhiệm hữu hạn Điện tử Kenta',
    ]);
  });

  it('is the zone named before for "KCN này" and a bare "KCN" that acts, not for the zones at large', () => {
    const found = indicatorsOf(
      'Tỉnh Hưng Yên thu hút vốn. Tại KCN Phố Nối A, 7 tháng, KCN này có 5 dự án FDI mới, vốn đăng ký 38,4 triệu USD. Hiện KCN có tổng diện tích 596 ha. Các DN trong KCN đã giải quyết việc làm cho 2.100 lao động.',
      '2024-08',
    );
    expect(found.map((i) => [i.indicator, i.subject])).toEqual([
      ['fdi_projects', 'Phố Nối A'],
      ['investment_capital', 'Phố Nối A'],
      ['area', 'Phố Nối A'],
      ['jobs_created', 'Hưng Yên'],
    ]);
  });

  it('is no commune for "toàn xã hội", the whole of society', () => {
    const found = indicatorsOf(
      'Tỉnh Đồng Nai có xã Bàu Hàm. Giám đốc Sở cho biết, tổng vốn đầu tư toàn xã hội năm 2020 ước đạt 69.100 tỷ đồng; giải ngân vốn đầu tư công đạt 91,3%.',
      '2021-01',
    );
    expect(found.map((i) => i.subject)).toEqual(['Đồng Nai', 'Đồng Nai']);
  });

  it("is, for a bracketed baseline, its statistic's, unless the bracket names its own", () => {
    const found = indicatorsOf(
      'Tỉnh Hà Giang giảm nghèo nhanh. Tại xã Lũng Cú, tỷ lệ hộ nghèo của xã cuối năm 2023 còn 31,5% (cuối năm 2022 là 38,2%).',
      '2024-03',
    );
    expect(found.map((i) => [i.value, i.subject])).toEqual([
      [31.5, 'Lũng Cú'],
      [38.2, 'Lũng Cú'],
    ]);
    const own = indicatorsOf(
      'Tại xã Lũng Cú, tỷ lệ hộ nghèo của xã cuối năm 2023 còn 31,5% (toàn tỉnh Hà Giang là 18,6%).',
      '2024-03',
    );
    expect(own.map((i) => [i.value, i.subject])).toEqual([
      [31.5, 'Lũng Cú'],
      [18.6, 'Hà Giang'],
    ]);
  });

  it('is the place right after "của", "qua" or "ở" between the name of the statistic and its value', () => {
    const found = indicatorsOf(
      'Thu ngân sách quý I của khu vực Kon Tum (cũ) đạt 1.046 tỷ đồng. Tỉnh An Giang có kim ngạch xuất nhập khẩu qua cửa khẩu quốc tế Tịnh Biên đạt 618 triệu USD.',
      '2024-03',
    );
    expect(found.map((i) => i.subject)).toEqual(['Kon Tum', 'Tịnh Biên']);
  });

  it('is the place of a port the figure went through ("qua cảng …"), a title’s province beside it', () => {
    const found = indicatorsOf(
      'Sáng 4/12, UBND tỉnh Khánh Hòa họp.',
      '2025-12',
      'Khánh Hòa: 11 tháng, xuất khẩu qua cảng Ba Ngòi vượt 400 triệu USD',
    );
    expect(found.map((i) => i.subject)).toEqual(['Ba Ngòi']);
  });

  it('is never a province the reform dissolved, for "của tỉnh" in an article after it', () => {
    const found = indicatorsOf(
      'UBND tỉnh Quảng Ngãi họp. Khu vực Kon Tum (cũ) có nhiều dự án; Kon Tum (cũ) và Kon Tum (cũ) được nhắc lại. Tăng trưởng kinh tế quý I của tỉnh ước đạt 8,74%.',
      '2026-03',
    );
    expect(found.map((i) => i.subject)).toEqual(['Quảng Ngãi']);
  });

  it('is the company a clause opens with, for what a company reaches', () => {
    const found = indicatorsOf(
      'Công ty TNHH Điện tử Minh Quang đã khởi công nhà máy tại KCN Quang Châu với tổng vốn đầu tư 45 triệu USD, dự kiến tạo việc làm cho khoảng 1.200 lao động. Năm 2024, tỉnh Bắc Giang có tỷ lệ hộ nghèo còn 1,2%.',
      '2024-05',
    );
    expect(found.map((i) => [i.indicator, i.subject])).toEqual([
      ['investment_capital', 'Công ty trách nhiệm hữu hạn Điện tử Minh Quang'],
      ['jobs_created', 'Công ty trách nhiệm hữu hạn Điện tử Minh Quang'],
      ['poverty_rate', 'Bắc Giang'],
    ]);
  });

  it('is not the owner a bracket names after the company', () => {
    const found = indicatorsOf(
      'Công ty TNHH Điện gió Hòa Bình 5 (thuộc Tập đoàn Năng lượng Trường Phong) xây dựng nhà máy tại xã Vĩnh Hậu với tổng vốn đầu tư hơn 4.300 tỉ đồng.',
      '2024-05',
    );
    expect(found.map((i) => i.subject)).toEqual(['Công ty trách nhiệm hữu hạn Điện gió Hòa Bình 5']);
  });

  it('is not a neighbour named after "giáp"', () => {
    const found = indicatorsOf(
      'Tỉnh Điện Biên thuộc Tây Bắc, giáp tỉnh Sơn La và Lào, có quy mô dân số 640.000 người.',
      '2024-05',
    );
    expect(found.map((i) => i.subject)).toEqual(['Điện Biên']);
  });

  it("is the province, not the zone of a speaker's title, for the zones the clause places in the whole province", () => {
    const found = indicatorsOf(
      'Tỉnh Nghệ An trao quyết định đầu tư. Ông Cù Huy Thắng, Trưởng ban Quản lý KKT Đông Nam Nghệ An cho biết, năm 2025 các KCN, KKT trên địa bàn tỉnh thu hút 63 dự án. ' +
        'Ông Cù Huy Thắng cho biết, năm 2025 KKT thu hút 40 dự án.',
      '2026-02',
    );
    expect(found.map((i) => [i.value, i.subject])).toEqual([
      [63, 'Nghệ An'],
      [40, 'Đông Nam Nghệ An'],
    ]);
  });

  it('is the province whose districts the article names, though it names a city more often', () => {
    const found = indicatorsOf(
      'Các huyện Tuy An, Đông Hòa và thị xã Sông Cầu có nhiều homestay.\n\nQuý I, du lịch đón hơn 920.000 lượt khách. Vietjet tăng chuyến Hà Nội - Tuy Hòa; giá vé Hà Nội - Tuy Hòa cao hơn chặng Hà Nội - Quy Nhơn.',
      '2023-03',
      'Phú Yên: Quý I đón hơn 920.000 lượt khách',
    );
    expect(found.map((i) => [i.value, i.subject])).toEqual([
      [920_000, 'Phú Yên'],
      [920_000, 'Phú Yên'],
    ]);
  });

  it("is not a place a road's stretch runs through", () => {
    const found = indicatorsOf(
      'Tỉnh Điện Biên họp phiên thường kỳ. Chủ tịch UBND tỉnh đề nghị các sở tháo gỡ mặt bằng cho dự án cải tạo quốc lộ 279 đoạn qua huyện Mường Ảng, phấn đấu giải ngân trên 60% kế hoạch vốn. ' +
        'Riêng huyện Tuần Giáo, tỷ lệ giải ngân đạt 52%.',
      '2022-05',
    );
    expect(found.map((i) => [i.value, i.subject])).toEqual([
      [60, 'Điện Biên'],
      [52, 'Tuần Giáo'],
    ]);
  });

  it('is the place right after the name of the statistic', () => {
    const found = indicatorsOf(
      'Tỉnh Nam Định có nhiều khu công nghiệp. Hiện tỷ lệ lấp đầy KCN Bảo Minh đạt 96%.',
      '2025-03',
    );
    expect(found.map((i) => i.subject)).toEqual(['Bảo Minh']);
  });

  it('is the company named last in the paragraph, for "Dự án" opening the next sentence', () => {
    const found = indicatorsOf(
      'Tỉnh Long An trao chứng nhận cho Công ty TNHH Cơ khí Sakura Long An. Dự án có vốn đầu tư 95 triệu USD.',
      '2024-03',
    );
    expect(found.map((i) => i.subject)).toEqual(['Công ty trách nhiệm hữu hạn Cơ khí Sakura Long An']);
  });

  it('is the subject of the statistic before, for a part "trong đó" opens', () => {
    const found = indicatorsOf(
      'Tỉnh Quảng Trị có nhiều cửa khẩu. Qua cửa khẩu quốc tế Lao Bảo, 9 tháng kim ngạch xuất nhập khẩu đạt 412,6 triệu USD; trong đó xuất khẩu 168,2 triệu USD.',
      '2025-10',
    );
    expect(found.map((i) => i.subject)).toEqual(['Lao Bảo', 'Lao Bảo']);
  });

  it('is the place a zone belongs to, after "thuộc"', () => {
    const found = indicatorsOf(
      'TP.HCM có nhiều khu công nghiệp. Tỷ lệ lấp đầy của 22 khu công nghiệp thuộc Bình Dương cũ hiện đạt 92,3%.',
      '2025-12',
    );
    expect(found.map((i) => i.subject)).toEqual(['Bình Dương']);
  });

  it('is the place a sentence opens with, for its later clauses', () => {
    const found = indicatorsOf(
      'Tỉnh Phú Yên khởi công KCN mới. Theo thiết kế, KCN Hoà Tâm có diện tích 315 ha; giai đoạn 1 có tổng vốn đầu tư hạ tầng khoảng 1.470 tỉ đồng.',
      '2017-12',
    );
    expect(found.map((i) => [i.indicator, i.subject])).toContainEqual(['investment_capital', 'Hòa Tâm']);
  });

  it("is the subject of the statistic a part belongs to, past a baseline's bracket", () => {
    const found = indicatorsOf(
      'Tỉnh Kiên Giang đón nhiều khách. Riêng Phú Quốc 8 tháng đón 3,12 triệu lượt khách (năm 2018 là 2,6 triệu lượt), trong đó hơn 436 ngàn lượt khách quốc tế.',
      '2019-09',
    );
    expect(found.map((i) => [i.value, i.subject])).toContainEqual([436_000, 'Phú Quốc']);
  });

  it('is the province, not its city of the same code, in an article before the reform', () => {
    const found = indicatorsOf(
      'Tỉnh Thừa Thiên Huế đón nhiều khách đến Cố đô Huế. Đến Huế, du khách tham quan Đại Nội. Kim ngạch xuất khẩu 10 tháng ước đạt 1,02 tỉ USD.',
      '2024-11',
    );
    expect(found.map((i) => i.subject)).toEqual(['Thừa Thiên Huế']);
  });

  it('is the place before a bracket, not the one inside it that says where it lies', () => {
    const found = indicatorsOf(
      'Tại Khu kinh tế Chân Mây - Lăng Cô (huyện Phú Lộc), trong 10 tháng, Ban Quản lý đã cấp mới 9 dự án.',
      '2024-11',
    );
    expect(found.map((i) => i.subject)).toEqual(['Chân Mây - Lăng Cô']);
  });

  it('is not a destination ("đi TP.HCM"), and is the place after the name and "khu vực"', () => {
    const found = indicatorsOf(
      'Tỉnh Vĩnh Long có hai cầu mới, hàng hóa đi TP.HCM sẽ nhanh hơn. Tỉnh phấn đấu năm 2025 tăng trưởng GRDP trên 8%. Chín tháng, xuất khẩu dừa khu vực Bến Tre (cũ) đạt 730 triệu USD.',
      '2025-10',
    );
    expect(found.map((i) => i.subject)).toEqual(['Vĩnh Long', 'Bến Tre']);
  });

  it('is not the place in the name of a body the figures are credited to', () => {
    const found = indicatorsOf(
      'Sáng 18-12, HĐND phường Vũng Tàu (TP.HCM) khai mạc kỳ họp thứ năm.\n\nTheo Thuế cơ sở 24 TP.HCM, nguồn thu tăng nhờ du lịch. 11 tháng năm 2025, các cơ sở lưu trú trên địa bàn phường đón khoảng 3,1 triệu lượt khách (cùng kỳ năm 2024 là 2,7 triệu lượt), tổng thu từ du lịch ước đạt 4.820 tỷ đồng.',
      '2025-12',
      'Phường Vũng Tàu: thu ngân sách vượt dự toán',
    );
    expect(found.map((i) => [i.value, i.subject]).at(-1)).toEqual([4_820_000_000_000, 'Vũng Tàu']);
  });

  it('is not a corner of the economic triangle the province lies in', () => {
    const found = indicatorsOf(
      'Tỉnh Hưng Yên họp. Hưng Yên nằm giữa tam giác kinh tế Hà Nội - Hải Phòng - Quảng Ninh. Năm 2024, thu ngân sách của tỉnh đạt 38.000 tỷ đồng.',
      '2024-12',
    );
    expect(found.map((i) => i.subject)).toEqual(['Hưng Yên']);
  });

  it('is not where workers go to work ("đi làm việc tại … tỉnh Bắc Ninh")', () => {
    const found = indicatorsOf(
      'Tỉnh Hà Giang họp. Năm 2024, hơn 900 lao động đi làm việc tại các khu công nghiệp của tỉnh Bắc Ninh. Tỷ lệ hộ nghèo năm 2024 giảm còn 21,3%.',
      '2024-12',
    );
    expect(found.map((i) => [i.value, i.subject])).toEqual([[21.3, 'Hà Giang']]);
  });

  it('is the commune "của xã" points back to by its type word, not one inside a body\'s name', () => {
    const found = indicatorsOf(
      'Ông Kim Sô Thia, Bí thư Đảng ủy xã Đôn Châu, cho biết lao động của xã làm việc tại Trung tâm Điện lực Duyên Hải. Tỷ lệ hộ nghèo của xã giảm còn 3,46%.',
      '2025-10',
    );
    expect(found.map((i) => i.subject)).toEqual(['Đôn Châu']);
  });
});

describe('a bare "thành phố" in a province\'s article', () => {
  it('is the city the article named last, bare as the gazetteer knows it', () => {
    const found = indicatorsOf(
      'Tỉnh Quảng Nam tổng kết du lịch. Năm 2024, Hội An đón 4,1 triệu lượt khách.\n\nThành phố đón 30 chuyến tàu biển, lượt khách tàu biển đạt 12.400 lượt.\n\nLũy kế đến nay, thành phố có 85 dự án còn hiệu lực.',
      '2025-01',
    );
    expect(found.map((i) => i.subject)).toEqual(['Hội An', 'Hội An', 'Hội An']);
  });
});

describe('"tỉnh mới" (the new province)', () => {
  it('is the province a merger was said to form, not the one the article is about', () => {
    const found = indicatorsOf(
      'Tỉnh Hà Nam họp. Theo đề án, tỉnh Hà Nam cùng tỉnh Nam Định hợp nhất vào tỉnh Ninh Bình. Tỉnh mới có diện tích tự nhiên 3.942 km2.',
      '2025-05',
    );
    expect(found.map((i) => i.subject)).toEqual(['Ninh Bình']);
  });
});

describe('a firm named in apposition', () => {
  it('is not the subject when it is the customer the firm before supplies', () => {
    const found = indicatorsOf(
      'Ngày 12.5, Công ty TNHH Daesung Vina (Hàn Quốc), nhà cung ứng linh kiện cho Công ty TNHH LG Innotek Việt Nam, nhận giấy chứng nhận đầu tư tại KCN Tràng Duệ, tổng vốn đầu tư 150 triệu USD.',
      '2024-05',
    );
    expect(found.map((i) => i.subject)).toEqual(['Công ty trách nhiệm hữu hạn Daesung Vina']);
  });
});

describe('the investor that disburses', () => {
  it('is the firm named right before "giải ngân", not one named in an attribution', () => {
    const found = indicatorsOf(
      'Tỉnh Quảng Ninh đẩy nhanh dự án cảng hàng không. Tính đến ngày 31-8, ACV đã giải ngân 2.412 tỷ đồng. Theo báo cáo do Giám đốc Công ty Cổ phần Xây dựng An Phát trình bày, giải ngân vốn đầu tư công đạt 65,1%.',
      '2024-09',
    );
    expect(found.map((i) => i.subject)).toEqual([
      'Tổng công ty Cảng hàng không Việt Nam - Công ty cổ phần',
      'Quảng Ninh',
    ]);
  });
});

describe('an economic zone named again by its bare abbreviation', () => {
  it('is the zone the article named', () => {
    const found = indicatorsOf(
      'Khu kinh tế Nghi Sơn có 150 dự án. Năm 2024, thu ngân sách trên địa bàn KKT ước đạt 4.380 tỉ đồng; kim ngạch xuất khẩu qua KKT đạt 3 tỉ USD.',
      '2024-05',
      'Thanh Hóa: Nghi Sơn',
    );
    expect(found.map((i) => i.subject)).toEqual(['Nghi Sơn', 'Nghi Sơn']);
  });
});

describe('an agency spoken of again by its bare kind', () => {
  it('is the agency of that kind the paragraph named last', () => {
    const found = indicatorsOf(
      'Ông Phan Văn Hải, Chi cục trưởng Chi cục Hải quan cửa khẩu Cầu Treo cho biết, năm 2022 đơn vị thu ngân sách đạt 312,4 tỉ đồng. Năm 2023, chi cục được giao dự toán thu 350 tỉ đồng; hai tháng đầu năm, số thu ngân sách đạt 51,2 tỉ đồng.',
      '2023-03',
      'Hà Tĩnh: kinh tế cửa khẩu',
    );
    expect(found.map((i) => [i.value, i.subject, i.status])).toEqual([
      [312_400_000_000, 'Chi cục Hải quan cửa khẩu Cầu Treo', 'actual'],
      [350_000_000_000, 'Chi cục Hải quan cửa khẩu Cầu Treo', 'target'],
      [51_200_000_000, 'Chi cục Hải quan cửa khẩu Cầu Treo', 'actual'],
    ]);
  });
});

describe("a commune's bare level word", () => {
  it('is the commune when it owns what is counted, right after the value', () => {
    const found = indicatorsOf(
      'Xã Hải Vân (huyện Hải Hậu) có nghề làm muối. Nghề muối tạo việc làm cho hơn 600 lao động của xã, thu nhập ổn định.',
      '2024-05',
    );
    expect(found.map((i) => i.subject)).toEqual(['Hải Vân']);
  });

  it('is the commune when it opens a clause after a sentence the district opened', () => {
    const found = indicatorsOf(
      'Ông Trần Văn Long, Chủ tịch UBND huyện Hải Hậu cho biết, huyện sẽ hỗ trợ xã Hải Vân làm điểm du lịch; năm 2025, xã phấn đấu đón 8.000 lượt khách.',
      '2024-05',
    );
    expect(found.map((i) => i.subject)).toEqual(['Hải Vân']);
  });
});

describe('a firm spoken of again by its bare kind', () => {
  it('is the subject of the figures its sentence gives after that', () => {
    const found = indicatorsOf(
      'Tỉnh Tuyên Quang phát triển kinh tế rừng. Anh Bàn Văn Kiều, Giám đốc Hợp tác xã Lâm sản Khau Tinh cho biết, hợp tác xã có 32 thành viên; 6 tháng doanh thu đạt 3,2 tỉ đồng, tạo việc làm cho 45 lao động.',
      '2023-06',
    );
    expect(found.filter((i) => i.indicator === 'jobs_created').map((i) => i.subject)).toEqual([
      'Hợp tác xã Lâm sản Khau Tinh',
    ]);
  });

  it('is the last firm of that kind, past a firm of another kind named after it', () => {
    const found = indicatorsOf(
      'Tỉnh Hưng Yên có 4.800 ha nhãn. Công ty Cổ phần Nông sản Phố Hiến ký hợp đồng bao tiêu 500 tấn nhãn với HTX Nhãn lồng Hồng Nam; kim ngạch xuất khẩu của công ty năm nay dự kiến đạt 1,4 triệu USD.',
      '2024-07',
    );
    expect(found.filter((i) => i.indicator === 'export_value').map((i) => i.subject)).toEqual([
      'Công ty Cổ phần Nông sản Phố Hiến',
    ]);
  });

  it('is a group named again as "tập đoàn", whatever legal form opens its name', () => {
    const found = indicatorsOf(
      'Tỉnh Bình Định có nhiều nhà máy. Theo báo cáo của Công ty Cổ phần Tập đoàn Phú Tài, 10 tháng, các nhà máy của tập đoàn tại xã Nhơn Hòa chế biến 58.000 m3 gỗ. Tính chung 10 tháng, kim ngạch xuất khẩu của tập đoàn đạt 182,5 triệu USD.',
      '2024-01',
    );
    expect(found.map((i) => i.subject)).toEqual(['Công ty Cổ phần Tập đoàn Phú Tài']);
  });

  it('is not the subject when the sentence names it and goes on to something else', () => {
    const found = indicatorsOf(
      'Tỉnh Tuyên Quang phát triển kinh tế rừng. Giám đốc Hợp tác xã Lâm sản Khau Tinh dự họp; 6 tháng các ngành tạo việc làm cho 4.500 lao động.',
      '2023-06',
    );
    expect(found.map((i) => i.subject)).toEqual(['Tuyên Quang']);
  });
});

describe('a place after "khu vực" and its type word', () => {
  it('is the subject of the figure it follows', () => {
    const found = indicatorsOf(
      'Tỉnh Gia Lai họp. Thu ngân sách ước đạt 30.180 tỷ đồng; riêng thu nội địa khu vực tỉnh Bình Định (cũ) ước đạt 17.250 tỷ đồng.',
      '2025-12',
    );
    expect(found.map((i) => [i.value, i.subject])).toEqual([
      [30_180_000_000_000, 'Gia Lai'],
      [17_250_000_000_000, 'Bình Định'],
    ]);
  });
});

describe('a running total after a part', () => {
  it('sums the whole, of the zone the verb follows', () => {
    const found = indicatorsOf(
      'Tỉnh Thanh Hóa họp. Quý I/2021, khu kinh tế thu hút 7 dự án mới, trong đó có 3 dự án FDI. Luỹ kế đến ngày 31.3.2021, KKT Nghi Sơn có 318 dự án còn hiệu lực.',
      '2021-04',
    );
    expect(found.map((i) => [i.value, i.indicator, i.subject])).toEqual([
      [7, 'investment_projects', 'Thanh Hóa'],
      [3, 'fdi_projects', 'Thanh Hóa'],
      [318, 'investment_projects', 'Nghi Sơn'],
    ]);
  });
});

describe('an economic zone spoken of again by its bare kind', () => {
  it('is the subject of the figure, within the paragraph that named it', () => {
    const found = indicatorsOf(
      'Tỉnh Thanh Hóa họp. KKT Nghi Sơn có 318 dự án. Tỉ lệ lấp đầy các KCN trong khu kinh tế hiện đạt 56,4%.',
      '2021-04',
    );
    // "có 318 dự án" names no statistic of its own; the occupancy rate is the zone's.
    expect(found.map((i) => [i.value, i.subject])).toEqual([[56.4, 'Nghi Sơn']]);
    // Paragraphs later, it is the zone only when the article names no other.
    const apart = indicatorsOf(
      'Tỉnh Thanh Hóa họp. KKT Nghi Sơn có 318 dự án.\n\nTỉ lệ lấp đầy các KCN trong khu kinh tế hiện đạt 56,4%.',
      '2021-04',
    );
    expect(apart.map((i) => i.subject)).toEqual(['Nghi Sơn']);
    const two = indicatorsOf(
      'Tỉnh Thanh Hóa họp. KKT Nghi Sơn có 318 dự án; KKT Vũng Áng có 200 dự án.\n\nTỉ lệ lấp đầy các KCN trong khu kinh tế hiện đạt 56,4%.',
      '2021-04',
    );
    expect(two.map((i) => i.subject)).toEqual(['Thanh Hóa']);
  });
});

describe('where a place lies, said right after it', () => {
  it('in brackets, leaves the zone the subject', () => {
    const found = indicatorsOf(
      'Tỉnh Vĩnh Phúc họp. Đến cuối tháng 5, tỷ lệ lấp đầy của KCN Khai Quang (TP Vĩnh Yên) đạt 98,5%.',
      '2020-06',
    );
    expect(found.map((i) => i.subject)).toEqual(['Khai Quang']);
  });

  it('after a comma, leaves the commune the subject', () => {
    const found = indicatorsOf(
      'Tỉnh Hậu Giang họp. Bà Ranh đề nghị quan tâm đồng bào Khmer, nhất là ở xã Lương Tâm, huyện Long Mỹ, nơi tỷ lệ hộ nghèo vẫn ở mức 6,8%.',
      '2021-12',
    );
    expect(found.map((i) => i.subject)).toEqual(['Lương Tâm']);
  });
});

describe('a city or town inside the name of the statistic', () => {
  it('is the subject when its level word is abbreviated, as after the word in full', () => {
    const subjects = ['TP Buôn Ma Thuột', 'thành phố Buôn Ma Thuột', 'TX Buôn Hồ'].map(
      (place) =>
        indicatorsOf(
          `Tỉnh Đắk Lắk đón khách dịp lễ. Công suất phòng của các khách sạn tại ${place} bình quân đạt 76%.`,
          '2024-05',
        ).at(-1)?.subject,
    );
    expect(subjects).toEqual(['Buôn Ma Thuột', 'Buôn Ma Thuột', 'Buôn Hồ']);
  });
});

describe('a company spoken of again as "công ty" in a later sentence', () => {
  it('is the subject of its figures, not the zone where it builds', () => {
    const found = indicatorsOf(
      'Tỉnh Bến Tre chú trọng cây dừa. Tại Công ty Cổ phần Chế biến dừa Lương Quới, các dây chuyền hoạt động hết công suất. Bà Hoa, Tổng Giám đốc công ty, cho biết 8 tháng đầu năm, kim ngạch xuất khẩu của công ty đạt 12,6 triệu USD. Công ty đang đầu tư nhà máy tại KCN Giao Long với tổng vốn đầu tư 85 tỷ đồng.',
      '2016-09',
    );
    expect(found.map((i) => [i.value, i.subject])).toEqual([
      [12_600_000, 'Công ty Cổ phần Chế biến dừa Lương Quới'],
      [85_000_000_000, 'Công ty Cổ phần Chế biến dừa Lương Quới'],
    ]);
  });

  it("is the article's own firm in a paragraph that names none, not a lessor named after it", () => {
    const found = indicatorsOf(
      'Sáng 3/5, Công ty TNHH Dệt may Hoàng Sa khởi công nhà máy mới tại xã Tân Phú.\n\nNhà máy thuê đất của Công ty Cổ phần Phát triển hạ tầng Bình Minh, diện tích 6 ha.\n\nQuý I/2024, công ty xuất khẩu đạt 14,2 triệu USD.',
      '2024-05',
      'Đồng Nai: Dệt may Hoàng Sa mở rộng sản xuất',
    );
    expect(found.find((i) => i.value === 14_200_000)?.subject).toBe(
      'Công ty trách nhiệm hữu hạn Dệt may Hoàng Sa',
    );
  });

  it('is the cooperative named in full in the lead, not as the headline shortens it', () => {
    const found = indicatorsOf(
      'HTX Nông nghiệp sạch Phú An (xã Phú An) vừa nhận chứng nhận OCOP.\n\nNăm 2024, HTX tạo việc làm thường xuyên cho 42 lao động.',
      '2025-01',
      'HTX Phú An được chứng nhận OCOP 4 sao',
    );
    expect(found.map((i) => i.subject)).toEqual(['Hợp tác xã Nông nghiệp sạch Phú An']);
  });

  it('is not a firm when the companies are many', () => {
    const found = indicatorsOf(
      'Tỉnh Bến Tre chú trọng cây dừa. Công ty Cổ phần Chế biến dừa Lương Quới mở rộng sản xuất. Các công ty trong tỉnh xuất khẩu đạt 120 triệu USD.',
      '2016-09',
    );
    expect(found.map((i) => i.subject)).toEqual(['Bến Tre']);
  });
});

describe('the company that reports, among companies named around it', () => {
  it('is not the group it is a member of, named in apposition', () => {
    const found = indicatorsOf(
      'Tỉnh Quảng Ngãi họp. Tháng 7/2017, Công ty Cổ phần Thép Hòa Phát Dung Quất, thành viên Tập đoàn Hòa Phát, được cấp phép dự án với tổng vốn đầu tư 52.000 tỷ đồng.',
      '2018-03',
    );
    expect(found.map((i) => i.subject)).toEqual(['Công ty Cổ phần Thép Hòa Phát Dung Quất']);
  });

  it('is no place inside the name of a firm that reported a figure of its own before', () => {
    const found = indicatorsOf(
      'Nhà máy Nhiệt điện Vĩnh Tân phát 9 tỷ kWh, thu ngân sách ước đạt 5.412 tỷ đồng. Tỉnh Bình Thuận họp tổng kết.',
      '2023-12',
    );
    expect(found.map((i) => [i.indicator, i.subject])).toEqual([['budget_revenue', 'Bình Thuận']]);
  });

  it('is not the group it is said to belong to right after its name', () => {
    const found = indicatorsOf(
      'Tỉnh Bắc Ninh thu hút vốn. Tháng 3, Công ty TNHH Goertek Vina thuộc Tập đoàn Goertek (Trung Quốc) tại KCN Quế Võ được điều chỉnh vốn tăng thêm 120 triệu USD. ' +
        'Quý I, Công ty Cổ phần Dệt Hà Nam thuộc Tập đoàn Dệt may Việt Nam đạt kim ngạch xuất khẩu 50 triệu USD.',
      '2024-04',
    );
    expect(found.map((i) => i.subject)).toEqual([
      'Công ty trách nhiệm hữu hạn Goertek Vina',
      'Công ty Cổ phần Dệt Hà Nam',
    ]);
  });

  it('is the one right before a bracket of figures that ends the clause', () => {
    const found = indicatorsOf(
      'Tỉnh Quảng Ngãi họp. Công ty TNHH Công nghiệp nặng Doosan Việt Nam (Doosan Vina, 100% vốn Hàn Quốc) năm 2017 đạt kim ngạch xuất khẩu 148 triệu USD.',
      '2018-03',
    );
    expect(found.map((i) => i.subject)).toEqual([
      'Công ty trách nhiệm hữu hạn Công nghiệp nặng Doosan Việt Nam',
    ]);
  });
});

describe('a running total after another statistic', () => {
  it('sums the last one of its unit in the paragraph, and only as the first value of its clause', () => {
    const found = indicatorsOf(
      'Tỉnh Quảng Ngãi họp. Năm 2017, khu kinh tế thu hút 34 dự án mới, vốn đăng ký 137,5 triệu USD. Lũy kế đến ngày 31-12-2017, KKT Dung Quất có 261 dự án còn hiệu lực.',
      '2018-03',
    );
    expect(found.map((i) => [i.value, i.indicator])).toEqual([
      [34, 'investment_projects'],
      [137_500_000, 'investment_capital'],
      [261, 'investment_projects'],
    ]);
  });
});

describe('an industrial zone, and where it lies', () => {
  it('is the subject of "của khu" after it, and of a figure after "ở thị xã X"', () => {
    const found = indicatorsOf(
      'Tỉnh Bình Dương họp. KCN Bàu Bàng thu hút thêm 9 dự án; tỷ lệ lấp đầy của khu đạt 58%, còn KCN Mỹ Phước 3 ở thị xã Bến Cát có tỷ lệ lấp đầy gần 90%.',
      '2017-06',
    );
    expect(found.filter((i) => i.indicator === 'occupancy_rate').map((i) => [i.value, i.subject])).toEqual([
      [58, 'Bàu Bàng'],
      [90, 'Mỹ Phước 3'],
    ]);
  });

  it('is the subject of a parallel figure past where it lies, in a bracket or after "ở"', () => {
    const found = indicatorsOf(
      'Tỉnh Quảng Nam họp. Tỷ lệ lấp đầy KCN Tam Hiệp đạt 100%; riêng KCN Tam Anh (xã Tam Anh Nam, huyện Núi Thành) mới đạt khoảng 18%. ' +
        'Tỷ lệ lấp đầy KCN Bắc Chu Lai đạt 72%, KCN Tam Thăng ở xã Tam Thăng đạt 86%.',
      '2019-12',
    );
    expect(found.map((i) => [i.value, i.subject]).sort((a, b) => Number(a[0]) - Number(b[0]))).toEqual([
      [18, 'Tam Anh'],
      [72, 'Bắc Chu Lai'],
      [86, 'Tam Thăng'],
      [100, 'Tam Hiệp'],
    ]);
  });

  it('is the subject past the communes it spreads over, one or a list of them', () => {
    const found = indicatorsOf(
      'Tỉnh Hải Dương họp. KCN Đại An rộng 600 ha trên địa bàn các xã Cẩm Đoài, Cẩm Đông và Cẩm Điền đã lấp đầy 97%; KCN Lai Cách nằm trên địa bàn xã Cẩm Hưng có tỷ lệ lấp đầy 80%.',
      '2021-07',
    );
    expect(found.map((i) => [i.value, i.subject])).toEqual([
      [97, 'Đại An'],
      [80, 'Lai Cách'],
    ]);
  });
});

describe('a count of units', () => {
  it('is of the unit "của thị xã" names after the count', () => {
    const found = indicatorsOf(
      'Tỉnh Hà Tĩnh họp. Thị xã Kỳ Anh di dời 1.160 hộ dân ở xã Kỳ Lợi. Đến nay, 4/5 xã của thị xã đạt chuẩn nông thôn mới.',
      '2019-12',
    );
    expect(found.map((i) => [i.value, i.subject])).toEqual([[4, 'Kỳ Anh']]);
  });
});

describe('the units a merger joined', () => {
  it("are no subject of the new unit's figures, and a bracket does not end its sentence", () => {
    const found = indicatorsOf(
      'Tỉnh Tuyên Quang họp. Tại xã Phố Bảng, Chủ tịch UBND xã cho biết, xã được lập từ thị trấn Phó Bảng và các xã Phố Là, Lũng Thầu thuộc huyện Đồng Văn (cũ), dân số khoảng 19.400 người. Năm 2025, tỷ lệ hộ nghèo của xã còn 41,5% (cuối năm 2024 là 48,2%); thu nhập bình quân đầu người đạt 21,7 triệu đồng.',
      '2025-12',
    );
    expect(found.map((i) => [i.value, i.subject])).toEqual([
      [19_400, 'Phố Bảng'],
      [41.5, 'Phố Bảng'],
      [48.2, 'Phố Bảng'],
      [21_700_000, 'Phố Bảng'],
    ]);
  });

  it('in a list after "hợp nhất", are no subject of the merged province\'s figure', () => {
    const found = indicatorsOf(
      'Tỉnh Tuyên Quang họp. Sau khi hợp nhất hai tỉnh Tuyên Quang và Hà Giang, tổng kế hoạch vốn đầu tư công năm 2025 của tỉnh là 9.800 tỷ đồng.',
      '2025-10',
    );
    expect(found.map((i) => [i.value, i.subject])).toEqual([[9_800_000_000_000, 'Tuyên Quang']]);
  });
});

describe('a border gate the gazetteer does not know', () => {
  it('is the subject of the trade that passes through it, a bracket after it saying where it lies', () => {
    const found = indicatorsOf(
      'Quý I/2023, tổng kim ngạch XNK của tỉnh Lạng Sơn đạt 1,12 tỷ USD; kim ngạch XNK qua Cửa khẩu quốc tế Hữu Nghị đạt 468,5 triệu USD; kim ngạch XNK qua cửa khẩu chính Chi Ma (xã Yên Khoái, huyện Lộc Bình) đạt 86,3 triệu USD.',
      '2023-04',
    );
    expect(found.map((i) => i.subject)).toEqual(['Lạng Sơn', 'Hữu Nghị', 'Chi Ma']);
  });
});

describe('a clause that opens with the bare word of the province', () => {
  it("is the province's, though the sentence opened with a district", () => {
    const found = indicatorsOf(
      'Tỉnh Nam Định họp. Huyện Hải Hậu được chọn thí điểm huyện nông thôn mới kiểu mẫu; tỉnh phấn đấu đến năm 2020 có 100% số xã đạt chuẩn nông thôn mới.',
      '2019-06',
    );
    expect(found.map((i) => [i.value, i.subject])).toEqual([[100, 'Nam Định']]);
  });
});

describe('"của huyện" after the district a party committee named', () => {
  it('is that district, over one named before it', () => {
    const found = indicatorsOf(
      'Tỉnh Phú Thọ họp. Huyện Lâm Thao có 12 xã. Đồng chí Đinh Công Thưởng, Bí thư Huyện ủy Tân Sơn cho biết, tỷ lệ hộ nghèo của huyện năm 2020 còn 15,2%.',
      '2020-10',
    );
    expect(found.find((i) => i.value === 15.2)?.subject).toBe('Tân Sơn');
  });
});

describe('trade through a border gate named by "kim ngạch" alone', () => {
  it('is the trade of the gate', () => {
    const found = indicatorsOf(
      'Tỉnh Quảng Trị họp. 7 tháng, kim ngạch qua cửa khẩu Lao Bảo đạt 186,4 triệu USD.',
      '2017-08',
    );
    expect(found.map((i) => [i.indicator, i.subject])).toEqual([['trade_value', 'Lao Bảo']]);
  });
});

describe('a border gate the sentence opens with', () => {
  it('is the subject of the trade the sentence reports', () => {
    const found = indicatorsOf(
      'Tỉnh Gia Lai họp. Qua cửa khẩu quốc tế Lệ Thanh (huyện Đức Cơ), kim ngạch xuất nhập khẩu quý I ước đạt 21,4 triệu USD.',
      '2019-03',
    );
    expect(found.map((i) => i.subject)).toEqual(['Lệ Thanh']);
  });

  it('is the gate named last, spoken of again as "cửa khẩu này"', () => {
    const found = indicatorsOf(
      'Tỉnh Lạng Sơn khởi công nâng cấp cửa khẩu quốc tế Chi Ma. Quý III, kim ngạch qua cửa khẩu này đạt 86,2 triệu USD.',
      '2024-10',
    );
    expect(found.map((i) => i.subject)).toEqual(['Chi Ma']);
  });

  it('is the gate its paragraph named, spoken of bare after "tại" or "qua"', () => {
    const found = indicatorsOf(
      'Tỉnh Lào Cai họp. Đoàn thăm cửa khẩu quốc tế Kim Thành. Năm 2024, thu ngân sách tại cửa khẩu đạt 2.950 tỷ đồng; lượng khách qua cửa khẩu đạt 410.000 lượt.\n\nTrong năm, kim ngạch xuất nhập khẩu qua các cửa khẩu của tỉnh đạt 3,1 tỷ USD.',
      '2025-01',
    );
    expect(found.map((i) => [i.indicator, i.subject])).toEqual([
      ['budget_revenue', 'Kim Thành'],
      ['tourist_arrivals', 'Kim Thành'],
      ['trade_value', 'Lào Cai'],
    ]);
  });

  it('is the gate a sentence opens at, after "Tại"', () => {
    const found = indicatorsOf(
      'Tỉnh Hà Giang họp. Tại cửa khẩu quốc tế Thanh Thủy, 9 tháng năm 2024, kim ngạch xuất nhập khẩu đạt 480 triệu USD.',
      '2024-10',
    );
    expect(found.map((i) => i.subject)).toEqual(['Thanh Thủy']);
  });
});

describe('"của thành phố" in the article of a province', () => {
  it('is the city of the province named last', () => {
    const found = indicatorsOf(
      'Tỉnh Quảng Nam họp. Dịp lễ, TP Hội An đón 98.000 lượt khách. Doanh thu du lịch của thành phố ước đạt 385 tỉ đồng.',
      '2024-05',
    );
    expect(found.find((i) => i.indicator === 'tourism_revenue')?.subject).toBe('Hội An');
  });

  it('is the city named last when a clause opens on "thành phố", past an opener with a bracket', () => {
    const found = indicatorsOf(
      'Tỉnh Quảng Nam họp. Mùa du lịch đến sớm với TP Hội An. Trong 4 ngày nghỉ lễ (30/4 - 3/5), thành phố đón hơn 120.000 lượt khách.',
      '2024-05',
    );
    expect(found.map((i) => i.subject)).toEqual(['Hội An']);
  });

  it('is no city of the first rank the article names in passing', () => {
    const found = indicatorsOf(
      'Tỉnh Quảng Nam họp. Tỉnh Quảng Nam mở đường bay Chu Lai - Hà Nội. Tại TP Tam Kỳ, dịp lễ, thành phố đón 45.000 lượt khách.',
      '2024-05',
    );
    expect(found.map((i) => i.subject)).toEqual(['Tam Kỳ']);
  });
});

describe('the place tourists came to', () => {
  it('is the subject of their count', () => {
    const found = indicatorsOf(
      'Tỉnh Kon Tum họp. Trong 6 tháng đầu năm, lượt khách đến huyện Kon Plông ước đạt 620.000 lượt.',
      '2024-06',
    );
    expect(found.map((i) => i.subject)).toEqual(['Kon Plông']);
  });
});

describe("a firm's bare kind in its head's words", () => {
  it('is the firm the speaker was titled by, paragraphs before; another speaker keeps the province', () => {
    const found = indicatorsOf(
      'Tỉnh Quảng Ngãi họp. Dự hội nghị có ông Park Min-ho, Tổng Giám đốc Tập đoàn Doosan Enerbility.\n\nTỉnh trao chủ trương đầu tư cho 9 dự án.\n\nÔng Park Min-ho cho biết, sau 10 năm hoạt động, tập đoàn đã tạo việc làm cho khoảng 3.100 lao động. Ông Đặng Văn Minh cho biết, năm 2024 tỉnh tạo việc làm cho 32.000 lao động.',
      '2024-11',
    );
    expect(found.map((i) => [i.value, i.subject])).toEqual([
      [9, 'Quảng Ngãi'],
      [3100, 'Tập đoàn Doosan Enerbility'],
      [32_000, 'Quảng Ngãi'],
    ]);
  });

  it('is the firm when its head speaks of it as "đơn vị"', () => {
    const found = indicatorsOf(
      'Tỉnh Phú Yên có 1.200 tàu cá. Bà Lê Thị Hạnh, Giám đốc Công ty Cổ phần Thủy sản Sông Cầu cho biết, 9 tháng kim ngạch xuất khẩu của đơn vị đạt 8,4 triệu USD.',
      '2023-10',
    );
    expect(found.map((i) => [i.value, i.subject])).toEqual([
      [8_400_000, 'Công ty Cổ phần Thủy sản Sông Cầu'],
    ]);
  });
});

describe('a firm\'s head speaking of it as "we", and a clause that names who acts', () => {
  it('gives a quoted figure to the firm the speaker heads, and the province its own body', () => {
    const found = indicatorsOf(
      'Tỉnh Tây Ninh họp. Ông Sato Kenji, Tổng Giám đốc Công ty TNHH Điện tử Minh Sato đánh giá cao hạ tầng. “Chúng tôi dự kiến nâng tổng vốn đầu tư lên 300 triệu USD vào năm 2027”, ông Sato Kenji nói.\n\nTại hội nghị, Ngân hàng TMCP Công Thương Việt Nam chi nhánh Long An ký thỏa thuận tín dụng; UBND tỉnh trao quyết định chủ trương đầu tư cho 12 dự án.',
      '2025-11',
    );
    expect(found.map((i) => [i.value, i.subject])).toEqual([
      [300_000_000, 'Công ty trách nhiệm hữu hạn Điện tử Minh Sato'],
      [12, 'Tây Ninh'],
    ]);
  });
});

describe('a board spoken of again as "đơn vị" or "Ban"', () => {
  it("is the subject in its head's words, but a people's committee speaks for its place", () => {
    const found = indicatorsOf(
      'Tỉnh Phú Thọ họp. Giám đốc Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh Bùi Văn Thắng cho biết, năm 2025 đơn vị mới giải ngân 1.351 tỷ đồng. “Riêng tháng 11, Ban giải ngân thêm 286 tỷ đồng”, ông Bùi Văn Thắng nói. Chủ tịch UBND huyện Lâm Thao Hà Văn Tú cho biết, năm 2025 đơn vị giải ngân 420 tỷ đồng.',
      '2025-12',
    );
    expect(found.map((i) => [i.value, i.subject])).toEqual([
      [1_351_000_000_000, 'Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh'],
      [286_000_000_000, 'Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh'],
      [420_000_000_000, 'Lâm Thao'],
    ]);
  });
});

describe('the one economic zone an article speaks of', () => {
  it('is the subject of a clause after its own, of "khu kinh tế" paragraphs later and of "toàn khu"', () => {
    const found = indicatorsOf(
      'Tỉnh Hà Tĩnh họp về Khu kinh tế Vũng Áng.\n\nTính chung 7 tháng, kim ngạch xuất khẩu qua KKT Vũng Áng ước đạt 1,26 tỉ USD; nhập khẩu đạt 1,47 tỉ USD.\n\nThu ngân sách 7 tháng trên địa bàn khu kinh tế đạt 6.215 tỉ đồng.\n\nVề đầu tư, Khu kinh tế Vũng Áng thu hút thêm vốn. Lũy kế đến nay, toàn khu có 58 dự án FDI. Toàn tỉnh có 120 dự án FDI.',
      '2021-08',
    );
    expect(found.map((i) => [i.value, i.subject])).toEqual([
      [1_260_000_000, 'Vũng Áng'],
      [1_470_000_000, 'Vũng Áng'],
      [6_215_000_000_000, 'Vũng Áng'],
      [58, 'Vũng Áng'],
      [120, 'Hà Tĩnh'],
    ]);
  });

  it('is not the "Khu kinh tế tỉnh" in the name of the board that reports', () => {
    const found = indicatorsOf(
      'Tỉnh Phú Yên có KKT Nam Phú Yên.\n\nTheo Trưởng ban Quản lý Khu kinh tế tỉnh Nguyễn Văn A, toàn tỉnh có 58 dự án FDI.',
      '2017-05',
    );
    expect(found.map((i) => [i.value, i.subject])).toEqual([[58, 'Phú Yên']]);
  });
});

describe('a district a statement was of', () => {
  it('goes on in the clause after it that names nothing, and "năm 2023 thị xã" opens a sentence for it', () => {
    const found = indicatorsOf(
      'Tỉnh Lào Cai họp. Dịp Tết, tại huyện Bát Xát đón khoảng 26.500 lượt khách; doanh thu du lịch ước đạt 42 tỷ đồng. Ông Giàng A Tủa, Phó Chủ tịch UBND thị xã Sa Pa cho biết. Theo ông Giàng A Tủa, năm 2023 thị xã phấn đấu đón 3,5 triệu lượt khách.',
      '2023-02',
    );
    expect(found.map((i) => [i.value, i.subject])).toEqual([
      [26_500, 'Bát Xát'],
      [42_000_000_000, 'Bát Xát'],
      [3_500_000, 'Sa Pa'],
    ]);
  });
});

describe('a place after a zone and "tại"', () => {
  it('says where the zone lies: the zone has the figure', () => {
    const found = indicatorsOf(
      'Tỉnh Lào Cai họp. Năm 2025, tỷ lệ lấp đầy của KCN Đông Phố Mới tại phường Lào Cai đạt khoảng 81%.',
      '2025-09',
    );
    expect(found.map((i) => i.subject)).toEqual(['Đông Phố Mới']);
  });

  it('says so past the size of the zone', () => {
    const found = indicatorsOf(
      'Tỉnh Bắc Giang họp. Năm 2024, KCN Hòa Phú rộng 207 ha ở huyện Hiệp Hòa thu hút 11 dự án; CCN Đồng Đình có diện tích 60 ha tại huyện Tân Yên thu hút 4 dự án.',
      '2025-01',
    );
    expect(found.map((i) => [i.value, i.subject])).toEqual([
      [11, 'Hòa Phú'],
      [60, 'Đồng Đình'],
      [4, 'Đồng Đình'],
    ]);
  });

  it('says so for an industrial park in the economic zone it belongs to', () => {
    const found = indicatorsOf(
      'Tỉnh Thái Bình thu hút đầu tư. KCN Liên Hà Thái thuộc Khu kinh tế Thái Bình có diện tích hơn 680 ha, tỷ lệ lấp đầy 62,5%. Khu kinh tế Thái Bình có diện tích 30.583 ha.',
      '2024-11',
    );
    expect(found.map((i) => [i.value, i.subject])).toEqual([
      [680, 'Liên Hà Thái'],
      [62.5, 'Liên Hà Thái'],
      [30_583, 'Thái Bình'],
    ]);
  });

  it('says so past the road the zone lies beside', () => {
    const found = indicatorsOf(
      'Tỉnh Phú Yên họp. Trong 9 tháng, KCN Hòa Hiệp bên quốc lộ 29 tại thị xã Đông Hòa thu hút thêm 4 dự án; KCN An Phú cạnh QL1 ở thành phố Tuy Hòa thu hút 12 dự án.',
      '2023-10',
    );
    expect(found.map((i) => [i.value, i.subject])).toEqual([
      [4, 'Hòa Hiệp'],
      [12, 'An Phú'],
    ]);
  });
});

describe('a zone spoken of again', () => {
  it('as the subject of a verb ("khu đã thu hút"), and past "thuộc khu vực" where it lies', () => {
    const found = indicatorsOf(
      'Tỉnh Phú Thọ họp. Khu công nghệ cao Lương Sơn, thuộc khu vực Hòa Bình (cũ), có tổng diện tích 150 ha. Đến ngày 31/10/2025, khu đã thu hút 5 dự án.',
      '2025-11',
    );
    expect(found.map((i) => [i.value, i.subject])).toEqual([
      [150, 'Lương Sơn'],
      [5, 'Lương Sơn'],
    ]);
  });
});

describe("a paragraph in a firm's head's words", () => {
  it('makes a bare "công ty" in its later sentences the speaker\'s firm', () => {
    const found = indicatorsOf(
      'Tỉnh Sóc Trăng họp. Ông Lâm Văn Tài, Giám đốc Công ty Cổ phần Thủy sản Mỹ Xuyên, đón đoàn.\n\nTheo ông Tài, sản phẩm của công ty có mặt ở 12 nước. Năm 2024, kim ngạch xuất khẩu của công ty đạt 46 triệu USD.',
      '2024-12',
    );
    expect(found.map((i) => i.subject)).toEqual(['Công ty Cổ phần Thủy sản Mỹ Xuyên']);
  });
});

describe('a consortium', () => {
  it('reaches the figure as one, not as its last member', () => {
    const found = indicatorsOf(
      'Tỉnh Bình Định họp. Dự án do Liên danh Công ty Cổ phần Điện gió Mũi Tấn - Tập đoàn Halvard thực hiện, vốn đăng ký 420 triệu USD.',
      '2024-09',
    );
    expect(found.map((i) => i.subject)).toEqual([
      'Liên danh Công ty Cổ phần Điện gió Mũi Tấn - Tập đoàn Halvard',
    ]);
  });
});

describe('an average over a list of places', () => {
  it('is of the whole the list belongs to, not of the place the list ends with', () => {
    const subjects = (body: string) => indicatorsOf(body, '2023-07').map((i) => [i.value, i.subject]);
    expect(
      subjects(
        'Phú Yên có ba KCN đang hoạt động là KCN Hòa Hiệp 1, KCN An Phú và KCN Đông Bắc Sông Cầu, tỷ lệ lấp đầy bình quân đạt 71,5%.',
      ),
    ).toEqual([[71.5, 'Phú Yên']]);
    // Without an average, a figure after one zone is that zone's.
    expect(subjects('Tỉnh Phú Yên có KCN Hòa Hiệp 1, tỷ lệ lấp đầy đạt 71,5%.')).toEqual([
      [71.5, 'Hòa Hiệp 1'],
    ]);
  });
  it('is the province when a sum covers the places a list after "tại" names', () => {
    const found = indicatorsOf(
      'Tỉnh Thanh Hóa họp. Năm 2024, tỉnh cấp phép 4 dự án tại huyện Như Thanh, Hà Trung và Nga Sơn với tổng vốn đăng ký 3.100 tỷ đồng.',
      '2024-12',
    );
    expect(found.map((i) => [i.value, i.subject])).toEqual([
      [4, 'Thanh Hóa'],
      [3_100_000_000_000, 'Thanh Hóa'],
    ]);
  });
});

describe('a sentence that opens on the enterprise acting', () => {
  it('goes on about the firm the sentence before it named, not the place the article is about', () => {
    const body =
      'Kiến Thụy: năm 2022 thu ngân sách vượt dự toán. Huyện Kiến Thụy họp. Trình bày báo cáo của Uỷ ban nhân dân huyện, ông Phạm Đức Thuận, Chủ tịch UBND huyện cho biết, tăng trưởng kinh tế đạt 12,6%.\n\nCông ty Cổ phần Tiếp vận Hải Long năm 2022 giải quyết việc làm cho 2.000 lao động. Doanh nghiệp đang triển khai giai đoạn 2 với vốn đầu tư 1.250 tỷ đồng. Doanh nghiệp trên địa bàn huyện thu hút 4.000 lao động.';
    const found = indicatorsOf(body, '2022-12');
    expect(found.find((i) => i.value === 1_250_000_000_000)?.subject).toBe(
      'Công ty Cổ phần Tiếp vận Hải Long',
    );
  });

  it('goes on about it after "Doanh nghiệp này" too', () => {
    const found = indicatorsOf(
      'Tỉnh Đắk Nông họp. Ông Lê Văn Hòa, Giám đốc Công ty Nhôm Tây Nguyên cho biết, năm 2024 nhà máy sản xuất hơn 665.000 tấn alumin. Doanh nghiệp này giải quyết việc làm cho hơn 1.150 lao động.',
      '2024-12',
    );
    expect(found.map((i) => [i.indicator, i.subject])).toEqual([['jobs_created', 'Công ty Nhôm Tây Nguyên']]);
  });
});

describe("a unit's own level word in the article of that unit", () => {
  it('is the unit the title names, not another of its level named earlier', () => {
    const body =
      'Xã Rạch Kiến được thành lập trên cơ sở sắp xếp ba xã Long Trạch, Long Khê và Long Hòa.\n\nNăm 2023, xã Long Trạch đạt chuẩn nông thôn mới kiểu mẫu.\n\nNăm 2025, toàn xã có 62 doanh nghiệp, giải quyết việc làm cho khoảng 3.500 lao động.';
    const subjects = (title: string) =>
      indicatorsOf(body, '2025-09', title)
        .filter((i) => i.value === 3500)
        .map((i) => i.subject);
    expect(subjects('Đại hội Đảng bộ xã Rạch Kiến lần thứ I')).toEqual(['Rạch Kiến']);
    // With no unit in the title, the commune named last with its level word.
    expect(subjects('Tin nông thôn mới')).toEqual(['Long Trạch']);
  });
});

describe("a commune's level word the sentence opened on, in the article of its district", () => {
  it('is the commune named last, in a later clause past a bracket too; the district keeps its own', () => {
    const found = indicatorsOf(
      'Lò gốm của ông Lê Văn Hạnh ở phường Tương Bình Hiệp, TP Thủ Dầu Một đỏ lửa.\n\nTheo Chủ tịch UBND phường Tương Bình Hiệp, toàn phường còn 7 lò gốm (năm 2010 có 23 lò), giải quyết việc làm cho khoảng 110 lao động. Toàn thành phố giải quyết việc làm cho 2.400 lao động.',
      '2024-12',
      'Thủ Dầu Một: Lò gốm ba đời đỏ lửa đón Tết',
    );
    expect(found.map((i) => [i.value, i.subject])).toEqual([
      [110, 'Tương Bình Hiệp'],
      [2400, 'Thủ Dầu Một'],
    ]);
  });
});

describe('the places investment is drawn into', () => {
  it('are no subject of an aim the clause sets after them, but are of the capital that went there', () => {
    const found = indicatorsOf(
      'Tỉnh Quảng Bình họp. Chủ tịch UBND tỉnh yêu cầu thu hút đầu tư vào Khu kinh tế Hòn La và KCN Cam Liên, phấn đấu năm 2024 tăng trưởng GRDP đạt 7,5%. ' +
        'Quý II, 6 dự án được cấp phép đầu tư vào Khu kinh tế Hòn La, tổng vốn 1.265 tỷ đồng.',
      '2024-07',
    );
    expect(
      found.filter((i) => i.indicator !== 'investment_projects').map((i) => [i.indicator, i.subject]),
    ).toEqual([
      ['grdp_growth', 'Quảng Bình'],
      ['investment_capital', 'Hòn La'],
    ]);
  });
});

describe('a bare level word after a long opener naming a holiday', () => {
  it('is the unit named before, not the province', () => {
    const found = indicatorsOf(
      'Tỉnh Quảng Ngãi đón 1,6 triệu lượt khách. Huyện Lý Sơn đón hơn 285.000 lượt khách. Trong 4 ngày nghỉ lễ Quốc khánh (1 - 4/9), huyện đón khoảng 14.500 lượt khách.',
      '2023-12',
    );
    expect(found.map((i) => [i.value, i.subject])).toEqual([
      [1_600_000, 'Quảng Ngãi'],
      [285_000, 'Lý Sơn'],
      [14_500, 'Lý Sơn'],
    ]);
  });
});

describe('a project described before its capital', () => {
  it("is the investor's, not the plant's it builds", () => {
    const found = indicatorsOf(
      'Sáng 16/8, tại huyện Mường Chà, tỉnh Điện Biên, Công ty Cổ phần Đầu tư Năng lượng Tây Bắc Xanh khởi công Nhà máy thủy điện Nậm Chim 2. Dự án có công suất 48 MW, gồm hai tổ máy, tổng vốn đầu tư khoảng 1.420 tỷ đồng.',
      '2024-08',
    );
    expect(found.map((i) => [i.value, i.subject])).toEqual([
      [1_420_000_000_000, 'Công ty Cổ phần Đầu tư Năng lượng Tây Bắc Xanh'],
    ]);
  });
});

describe('a place singled out with "riêng" inside a sentence', () => {
  it('is an aside: the clause after it goes on about the whole', () => {
    const found = indicatorsOf(
      'Du lịch khởi sắc: 6 tháng, toàn tỉnh Lào Cai đón hơn 1,93 triệu lượt khách, riêng huyện Sa Pa đón 612 ngàn lượt; tổng thu từ du lịch ước đạt 6.140 tỉ đồng.',
      '2017-06',
    );
    expect(found.map((i) => [i.value, i.subject])).toEqual([
      [1_930_000, 'Lào Cai'],
      [612_000, 'Sa Pa'],
      [6_140_000_000_000, 'Lào Cai'],
    ]);
  });

  it('is the whole sentence\'s when "Riêng" opens it, past an abbreviation\'s dot and the place named again', () => {
    const found = indicatorsOf(
      'Tỉnh Phú Yên đón 1,9 triệu lượt khách. Riêng TP. Tuy Hòa đón hơn 1,2 triệu lượt khách; công suất phòng của các khách sạn ven biển Tuy Hòa trong tháng 6 đạt 80%.',
      '2023-07',
    );
    expect(found.map((i) => [i.value, i.subject])).toEqual([
      [1_900_000, 'Phú Yên'],
      [1_200_000, 'Tuy Hòa'],
      [80, 'Tuy Hòa'],
    ]);
  });
});

describe('a place "Riêng" opens a sentence with', () => {
  it('is the subject of the clauses after it, past the whole its share is of', () => {
    const found = indicatorsOf(
      'Trong 9 tháng, toàn tỉnh Kiên Giang đón 8,1 triệu lượt khách, trong đó khách quốc tế hơn 1,05 triệu lượt. Riêng TP Phú Quốc đón 5,6 triệu lượt khách, chiếm 69% lượng khách toàn tỉnh; khách quốc tế đạt 978.400 lượt. Riêng huyện Kiên Hải đón hơn 720.000 lượt khách, gấp 1,3 lần cùng kỳ năm 2023; công suất phòng bình quân 9 tháng trên huyện đảo đạt 68,5%.',
      '2024-10',
    );
    expect(found.map((i) => [i.value, i.subject])).toEqual([
      [8_100_000, 'Kiên Giang'],
      [1_050_000, 'Kiên Giang'],
      [5_600_000, 'Phú Quốc'],
      [978_400, 'Phú Quốc'],
      [720_000, 'Kiên Hải'],
      [68.5, 'Kiên Hải'],
    ]);
  });
});

describe("an abbreviation's dot", () => {
  it('ends no sentence: "(TP. Kon Tum)" after a zone, "của TP. Kon Tum"', () => {
    const found = indicatorsOf(
      'Tỉnh Kon Tum họp. Tỷ lệ lấp đầy KCN Hòa Bình (TP. Kon Tum) đạt khoảng 86%, trong khi KCN Sao Mai mới đạt 14%.',
      '2021-07',
    );
    expect(found.map((i) => [i.value, i.subject])).toEqual([
      [14, 'Sao Mai'],
      [86, 'Hòa Bình'],
    ]);
  });
});

describe('the province "tỉnh" stands for after the reform', () => {
  it('is the one that stands then, though an old one shares its code and is named more', () => {
    const found = indicatorsOf(
      'Tổng lượt khách đến tỉnh Gia Lai quý I/2026 đạt 3,24 triệu lượt. Riêng khu vực Bình Định (cũ) đón 2,25 triệu lượt khách; khu vực Bình Định (cũ) kín phòng. Năm 2026, tỉnh phấn đấu đón 14,5 triệu lượt khách.',
      '2026-03',
    );
    expect(found.map((i) => [i.value, i.subject])).toEqual([
      [3_240_000, 'Gia Lai'],
      [2_250_000, 'Bình Định'],
      [14_500_000, 'Gia Lai'],
    ]);
  });

  it('leaves "khu vực này" to the area named last, a former province too', () => {
    const found = indicatorsOf(
      'Tỉnh Gia Lai đón 3,24 triệu lượt khách. Riêng khu vực Bình Định (cũ) đón 2,25 triệu lượt khách; doanh thu du lịch của khu vực này đạt 6.480 tỷ đồng.',
      '2026-03',
    );
    expect(found.map((i) => [i.value, i.subject])).toContainEqual([6_480_000_000_000, 'Bình Định']);
  });
});

describe('a title naming the city, then a ward after the colon', () => {
  it('reports on the ward: "TP.HCM: Phường Chánh Hiệp thu ngân sách …"', () => {
    const found = indicatorsOf(
      'Quý III/2025, thu ngân sách nhà nước trên địa bàn đạt hơn 96,4 tỉ đồng.',
      '2025-09',
      'TP.HCM: Phường Chánh Hiệp thu ngân sách hơn 96 tỉ đồng trong quý III',
    );
    expect(found.filter((i) => i.value === 96_400_000_000).map((i) => i.subject)).toEqual(['Chánh Hiệp']);
  });
});

describe('"toàn tỉnh" after a province visitors come from', () => {
  it("is the article's own province", () => {
    const found = indicatorsOf(
      'Tỉnh Bình Thuận đón nhiều khách. Khách tự lái từ TP.HCM, Đồng Nai và các tỉnh Đông Nam Bộ chiếm 58%. Doanh thu du lịch toàn tỉnh 6 tháng ước đạt 13.950 tỷ đồng.',
      '2024-07',
      'Bình Thuận: Khách đến Mũi Né tăng 27%',
    );
    expect(found.find((i) => i.indicator === 'tourism_revenue')?.subject).toBe('Bình Thuận');
  });
});

describe('"khu vực này" after a former district named as an area', () => {
  it('is that district', () => {
    const found = indicatorsOf(
      'Tỉnh Thanh Hóa hỗ trợ người dân vùng cao. Khu vực Bá Thước (cũ) có nhiều hộ khó khăn; tỷ lệ hộ nghèo của khu vực này cuối năm 2024 còn 21,5%.',
      '2025-10',
    );
    expect(found.map((i) => i.subject)).toEqual(['Bá Thước']);
  });
});

describe("an economic zone in the figure's own words", () => {
  it('is what a revenue "từ KKT X" comes from, with an estimate\'s verb too', () => {
    const found = indicatorsOf(
      'Tỉnh Khánh Hòa họp. Quý I, thu ngân sách từ KKT Vân Phong ước đạt 2.140 tỉ đồng.',
      '2024-04',
    );
    expect(found.map((i) => i.subject)).toEqual(['Vân Phong']);
  });

  it('is the zone "trong KKT" speaks of again, not a place of the speaker\'s title before it', () => {
    const found = indicatorsOf(
      'Bà Lò Thị Hạnh, Phó Trưởng ban Quản lý KKT Đông Nam và các KCN Nghệ An cho biết, trong 9 tháng, giá trị sản xuất công nghiệp trong KKT ước đạt 48.400 tỷ đồng.',
      '2024-10',
    );
    expect(found.map((i) => i.subject)).toEqual(['Đông Nam']);
  });

  it("does not carry over a clause the province's bare level word opens", () => {
    const found = indicatorsOf(
      'Tỉnh Thanh Hóa họp. Năm 2024, thu ngân sách từ KKT Nghi Sơn là 21.300 tỷ đồng; tỉnh phấn đấu GRDP tăng 9%.',
      '2024-03',
    );
    expect(found.map((i) => [i.indicator, i.subject])).toEqual([
      ['budget_revenue', 'Nghi Sơn'],
      ['grdp_growth', 'Thanh Hóa'],
    ]);
  });
});

describe('a province that sends a delegation', () => {
  it('is a visitor: "toàn tỉnh" is the host named as often', () => {
    const found = indicatorsOf(
      'Sáng 12/3, đoàn công tác tỉnh Cao Bằng do Phó Bí thư Tỉnh ủy Nông Thị Hà dẫn đầu đến làm việc tại tỉnh Bến Tre.\n\nNăm 2023, toàn tỉnh thu hút 14 dự án với tổng vốn đăng ký 2.350 tỷ đồng.',
      '2024-03',
    );
    expect(found.map((i) => i.subject)).toEqual(['Bến Tre', 'Bến Tre']);
  });
});

describe('a mine spoken of bare', () => {
  it('is the firm that runs it, named before', () => {
    const found = indicatorsOf(
      'Tỉnh Quảng Ninh: Công ty Cổ phần Than Núi Béo - Vinacomin hoàn thành kế hoạch năm sớm 20 ngày.\n\nMỏ đang tạo việc làm cho hơn 1.800 lao động.',
      '2025-12',
    );
    expect(found.map((i) => [i.indicator, i.subject])).toEqual([
      ['jobs_created', 'Công ty Cổ phần Than Núi Béo - Vinacomin'],
    ]);
  });
});

describe('a production line opening a sentence', () => {
  it('is the firm said to have a line, not the customer named last', () => {
    const found = indicatorsOf(
      'Tỉnh Bắc Ninh: Công ty TNHH Linh kiện Sanwa Việt Nam khánh thành dây chuyền sản xuất bo mạch. Sản phẩm chủ yếu cung cấp cho Công ty TNHH Samsung Display Việt Nam. Dây chuyền mới tạo việc làm cho 260 lao động.',
      '2025-10',
    );
    expect(found.map((i) => [i.indicator, i.subject])).toEqual([
      ['jobs_created', 'Công ty trách nhiệm hữu hạn Linh kiện Sanwa Việt Nam'],
    ]);
  });
});

describe('a museum or a centre spoken of again, capitalized', () => {
  it('is the one named before, in an earlier paragraph too', () => {
    const found = indicatorsOf(
      'Sáng 5/9, Bảo tàng Đắk Lắk khánh thành khu trưng bày mới.\n\nNăm 2024, Bảo tàng đón hơn 85.000 lượt khách.',
      '2025-09',
    );
    expect(found.map((i) => i.subject)).toEqual(['Bảo tàng Đắk Lắk']);
  });

  it('is not a new centre a firm builds', () => {
    const found = indicatorsOf(
      'Năm 2023, Công ty CP Du lịch Sao Biển được chấp thuận xây dựng Trung tâm hội nghị ven biển với tổng vốn đầu tư 320 tỷ đồng.',
      '2023-11',
    );
    expect(found.map((i) => i.subject)).toEqual(['Công ty cổ phần Du lịch Sao Biển']);
  });
});

describe('a plant spoken of bare when no plant was named', () => {
  it('is the company that builds it', () => {
    const found = indicatorsOf(
      'Sáng 10/6, tại KCN Phố Nối A (tỉnh Hưng Yên), Công ty TNHH Điện tử Minh Hải khởi công nhà máy linh kiện.\n\nTheo chủ đầu tư, nhà máy dự kiến tạo việc làm cho khoảng 1.500 lao động.',
      '2025-06',
    );
    expect(found.map((i) => [i.indicator, i.subject])).toEqual([
      ['jobs_created', 'Công ty trách nhiệm hữu hạn Điện tử Minh Hải'],
    ]);
  });
});

describe('a border gate the sentence opens on', () => {
  it('is the subject of its trade, not the town the bracket places it in', () => {
    const found = indicatorsOf(
      'Tỉnh Lạng Sơn họp. Cửa khẩu quốc tế Chi Ma (xã Yên Khoái, huyện Lộc Bình) dẫn đầu với kim ngạch XNK 2 tháng đạt 212,4 triệu USD.',
      '2025-03',
    );
    expect(found.map((i) => i.subject)).toEqual(['Chi Ma']);
  });

  it('is so too when the gate opens what a speaker reports', () => {
    const found = indicatorsOf(
      'Tỉnh Lạng Sơn họp. Ông Nông Văn Tám, Phó Giám đốc Sở Công Thương cho biết, cửa khẩu quốc tế Hữu Nghị (thị trấn Đồng Đăng, huyện Cao Lộc) dẫn đầu với kim ngạch 6 tháng đạt 1,21 tỷ USD. Bà Hoàng Thị Mai cho hay, qua cửa khẩu chính Chi Ma (xã Yên Khoái, huyện Lộc Bình) kim ngạch đạt 97,3 triệu USD.',
      '2024-07',
    );
    expect(found.map((i) => i.subject)).toEqual(['Hữu Nghị', 'Chi Ma']);
  });

  it('is so too when the sentence singles the gate out with "Riêng"', () => {
    const found = indicatorsOf(
      'Tỉnh Lạng Sơn họp. Kim ngạch xuất nhập khẩu quý III đạt 1,9 tỷ USD. Riêng cửa khẩu quốc tế Hữu Nghị, kim ngạch quý III đạt 1,32 tỷ USD.',
      '2024-10',
    );
    expect(found.map((i) => i.subject)).toEqual(['Lạng Sơn', 'Hữu Nghị']);
  });
});

describe('"toàn tỉnh" in a later part of a clause that named a place of the province', () => {
  it("is the province, though the place opened the clause; not in the place's own part", () => {
    const found = indicatorsOf(
      'Tỉnh Khánh Hòa đặt mục tiêu đến năm 2030 thành phố Nha Trang đón 9 triệu lượt khách/năm, tổng thu du lịch toàn tỉnh đạt 85.000 tỷ đồng. ' +
        'Năm 2024, KKT Vân Phong và các KCN của tỉnh thu hút 21 dự án mới.',
      '2025-03',
    );
    expect(found.map((i) => [i.indicator, i.subject, i.value])).toEqual([
      ['tourist_arrivals', 'Nha Trang', 9_000_000],
      ['tourism_revenue', 'Khánh Hòa', 85_000_000_000_000],
      ['investment_projects', 'Vân Phong', 21],
    ]);
  });
});

describe('a province named in a list after a merger partner or a destination', () => {
  it('shares the scope of the list’s first place', () => {
    const merged = indicatorsOf(
      'Tỉnh Long An chuẩn bị hợp nhất với TP.HCM và Bình Thuận, mục tiêu thu ngân sách đạt 20.000 tỷ đồng vẫn giữ nguyên.',
      '2025-05',
    );
    expect(merged.map((i) => i.subject)).toEqual(['Long An']);
    const shipped = indicatorsOf(
      'Hàng hóa của Kiên Giang phải chở lên các cảng ở TP.HCM và Đồng Nai. Năm 2024, kim ngạch xuất khẩu của tỉnh đạt 900 triệu USD.',
      '2024-12',
    );
    expect(shipped.map((i) => i.subject)).toEqual(['Kiên Giang']);
  });
});

describe('a cooperative named again by its bare kind ("HTX")', () => {
  it('is the article’s cooperative, not a company its paragraph names', () => {
    const found = indicatorsOf(
      'HTX Nông nghiệp Tân Hưng ở xã Tân Hưng có 42 thành viên.\n\nNăm nay, HTX ký hợp đồng bao tiêu 300 tấn với Công ty TNHH Nông sản Việt Úc. Vào vụ thu hoạch, HTX còn tạo việc làm cho gần 60 lao động.',
      '2025-05',
    );
    expect(found.map((i) => [i.indicator, i.subject])).toEqual([
      ['jobs_created', 'Hợp tác xã Nông nghiệp Tân Hưng'],
    ]);
  });
});

describe('a place in apposition after a smaller one', () => {
  it('says where the smaller one lies: a commune right under its province, or a zone "nay thuộc" one', () => {
    const found = indicatorsOf(
      'Tỉnh Tuyên Quang họp. 6 tháng, xã Minh Ngọc, tỉnh Tuyên Quang đón 52.000 lượt khách. Khu kinh tế Vân Phong, nay thuộc tỉnh Khánh Hòa, 9 tháng thu hút 12 dự án.',
      '2026-07',
    );
    expect(found.map((i) => [i.value, i.subject])).toEqual([
      [52_000, 'Minh Ngọc'],
      [12, 'Vân Phong'],
    ]);
  });
});

describe('a speaker whose title names the cooperative by its bare kind ("Giám đốc HTX")', () => {
  it('speaks of the cooperative the article named', () => {
    const found = indicatorsOf(
      'Xưởng của Hợp tác xã Mây tre đan Phú Vinh ở xã Phú Nghĩa luôn rộn tiếng máy. Bà Nguyễn Thị Lan, Giám đốc HTX cho biết, đơn vị hiện tạo việc làm thường xuyên cho khoảng 150 lao động.',
      '2024-05',
    );
    expect(found.map((i) => [i.indicator, i.subject])).toEqual([
      ['jobs_created', 'Hợp tác xã Mây tre đan Phú Vinh'],
    ]);
  });
});

describe("a headline's short name of a firm", () => {
  it('is the firm the body names in full', () => {
    const found = indicatorsOf(
      'Chị Lò Thị Hoa là Giám đốc Hợp tác xã Nông nghiệp sạch Mường Sang ở huyện Mộc Châu, tỉnh Sơn La. Năm 2024, HTX bán 85 tấn chè.\n\nCông ty TNHH Thương mại Tây Bắc Xanh ký hợp đồng bao tiêu.',
      '2025-02',
      'HTX Mường Sang đón 2.300 lượt khách, Công ty Tây Bắc Xanh xuất khẩu 1,2 triệu USD',
    );
    expect(found.map((i) => [i.indicator, i.subject])).toEqual([
      ['tourist_arrivals', 'Hợp tác xã Nông nghiệp sạch Mường Sang'],
      ['export_value', 'Công ty trách nhiệm hữu hạn Thương mại Tây Bắc Xanh'],
    ]);
  });
});

describe('a headline that names a resort for its visitors', () => {
  it('gives a later figure on another matter, past a comma, to the province it opens with', () => {
    const found = indicatorsOf(
      'Sáng 5/10, UBND tỉnh Quảng Ninh họp.',
      '2024-10',
      'Quảng Ninh 9 tháng: Hạ Long đón hơn 8,2 triệu lượt khách, thu ngân sách ước đạt 41.500 tỷ đồng',
    );
    expect(found.map((i) => [i.indicator, i.subject])).toEqual([
      ['tourist_arrivals', 'Hạ Long'],
      ['budget_revenue', 'Quảng Ninh'],
    ]);
  });

  it('leaves a figure of the same trade to the resort', () => {
    const found = indicatorsOf(
      'Sáng 5/10, UBND tỉnh Quảng Ninh họp.',
      '2024-10',
      'Quảng Ninh 9 tháng: Hạ Long đón hơn 8,2 triệu lượt khách, doanh thu du lịch đạt 21.000 tỷ đồng',
    );
    expect(found.map((i) => i.subject)).toEqual(['Hạ Long', 'Hạ Long']);
  });
});

describe('a headline clause that opens on a place', () => {
  it("is that place's figure, not a firm the headline named before", () => {
    const found = indicatorsOf(
      'Sáng 12/12, Tỉnh ủy Quảng Nam họp.',
      '2019-12',
      'Quảng Nam năm 2019: Thaco tiêu thụ hơn 112.000 xe, Hội An đón 5,3 triệu lượt khách',
    );
    expect(found.map((i) => [i.indicator, i.subject])).toEqual([['tourist_arrivals', 'Hội An']]);
  });
});

describe('a tourist site that receives the visitors', () => {
  const subjects = (body: string, title = 'Du lịch khởi sắc') =>
    indicatorsOf(body, '2024-10', title)
      .filter((i) => i.indicator === 'tourist_arrivals')
      .map((i) => [i.text, i.subject]);

  it('is the site, by its name, right before "đón", past the bracket that says where it lies', () => {
    expect(
      subjects(
        'Tỉnh Lạng Sơn 9 tháng đón 2,1 triệu lượt khách. Khu du lịch hang Gió Mẫu Sơn đón 95.000 lượt. Danh thắng Hồ Cốc Lâm (xã Lâm Xuyên, huyện Vân Sơn) đón hơn 40.000 lượt khách.',
      ),
    ).toEqual([
      ['đón 2,1 triệu lượt khách', 'Lạng Sơn'],
      ['đón 95.000 lượt', 'Lạng Sơn'], // "hang Gió" in lower case: no name after the kind
      ['đón hơn 40.000 lượt khách', 'Hồ Cốc Lâm'],
    ]);
  });

  it('reads a national tourist site by its name', () => {
    expect(subjects('Năm 2024, Khu du lịch quốc gia Núi Sam đón 4,1 triệu lượt khách.')).toEqual([
      ['đón 4,1 triệu lượt khách', 'Núi Sam'],
    ]);
  });

  it('keeps a bay its kind, and reads a region the gazetteer knows', () => {
    expect(
      subjects(
        'Năm 2024, vịnh Lan Hạ 8 tháng đón 1,2 triệu lượt khách; riêng Cao nguyên đá Đồng Văn đón 900.000 lượt khách.',
      ),
    ).toEqual([
      ['đón 1,2 triệu lượt khách', 'Vịnh Lan Hạ'],
      ['đón 900.000 lượt khách', 'Cao nguyên đá Đồng Văn'],
    ]);
  });

  it('goes on to the next clause on its visitors, and is named in a headline after a comma', () => {
    const found = subjects(
      'Thác Pa Sỹ đón 70.000 lượt khách; riêng 3 ngày lễ đón khoảng 8.000 lượt.',
      'Kon Tum 9 tháng: Thu ngân sách đạt 3.000 tỷ đồng, thác Pa Sỹ đón 70.000 lượt khách',
    );
    expect(found.map(([, s]) => s)).toEqual(['Pa Sỹ', 'Pa Sỹ', 'Pa Sỹ']);
  });

  it('is a site named again by its name alone, in a headline or the body, once named with its kind', () => {
    const found = subjects(
      'Năm 2024, tỉnh đón 3,1 triệu lượt khách. Danh thắng Ghềnh Bàng (xã Tân Thành) là điểm đến mới. Ghềnh Bàng đón 60.000 lượt khách, gấp đôi năm trước.',
      'Quảng Trị: Ghềnh Bàng đón 60.000 lượt khách',
    );
    expect(found.map(([, s]) => s)).toEqual(['Ghềnh Bàng', 'Quảng Trị', 'Ghềnh Bàng']);
  });

  it("is not a site that only says where a place is, one in a body's name, nor a relic site", () => {
    expect(
      subjects(
        'Riêng xã Vạn Hòa, nơi có thác Dải Yếm, đón 60.000 lượt khách. Ban Quản lý vịnh Lăng Cô đón 30.000 lượt khách. Khu di tích Kim Sơn đón 20.000 lượt khách.',
        'Lâm Đồng 9 tháng',
      ).map(([, s]) => s),
    ).toEqual(['Vạn Hòa', 'Ban Quản lý vịnh Lăng Cô', 'Lâm Đồng']);
  });
});

describe('a zone spoken of again as "khu" alone', () => {
  it('reached the figures of the clause "khu" opens with what it did', () => {
    const found = indicatorsOf(
      'Tỉnh Bắc Ninh họp. KCN Quế Võ II (thị xã Quế Võ) hiện lấp đầy 88%. Trong 9 tháng, khu thu hút thêm 5 dự án, trong đó có 3 dự án FDI.',
      '2024-10',
    );
    expect(
      found.filter((i) => i.indicator !== 'occupancy_rate').map((i) => [i.indicator, i.subject]),
    ).toEqual([
      ['investment_projects', 'Quế Võ II'],
      ['fdi_projects', 'Quế Võ II'],
    ]);
  });
});

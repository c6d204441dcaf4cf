import { describe, expect, it } from 'vitest';
import { indicatorsOf } from './test-article.js';

describe('a target cue covers only what comes after it', () => {
  it('does not make the next clause a target after "thấp hơn kế hoạch"', () => {
    const found = indicatorsOf(
      'Năm 2018, Đà Nẵng có tăng trưởng GRDP đạt 8%, thấp hơn kế hoạch đề ra; GRDP bình quân đầu người đạt 105,8 triệu đồng.',
      '2019-01',
    );
    expect(found.map((i) => [i.indicator, i.status])).toEqual([
      ['grdp_growth', 'actual'],
      ['grdp_per_capita', 'actual'],
    ]);
  });

  it('still makes every value a target when the sentence opens with the cue', () => {
    const found = indicatorsOf(
      'Năm 2019, Đà Nẵng đặt mục tiêu tăng trưởng GRDP 8%; thu ngân sách 28.500 tỷ đồng.',
      '2019-01',
    );
    expect(found.map((i) => i.status)).toEqual(['target', 'target']);
  });
});

describe('a time inside a clause covers only its own statement', () => {
  it('leaves a time that another value and a comma follow to that value', () => {
    const found = indicatorsOf(
      'Kinh tế 9 tháng đầu năm 2025 phục hồi. Gia Lai có thu ngân sách 9 tháng tăng 18,6%, thu hút 38 dự án mới.',
      '2025-10',
    );
    expect(found.map((i) => [i.indicator, i.period])).toEqual([
      ['budget_revenue', '2025-01-01..2025-09-30'],
      ['investment_projects', '2025-01-01..2025-12-31'],
    ]);
  });

  it('gives a time that opens the clause to every value of it', () => {
    const found = indicatorsOf(
      'Tính chung 9 tháng, Gia Lai thu ngân sách tăng 18,6%, thu hút 38 dự án mới.',
      '2025-10',
    );
    expect(found.map((i) => i.period)).toEqual(['2025-01-01..2025-09-30', '2025-01-01..2025-09-30']);
  });

  it('carries a time across a semicolon when the next clause names none', () => {
    const found = indicatorsOf(
      'Quy mô nền kinh tế năm 2024 của Gia Lai ước đạt 152.300 tỷ đồng; GRDP bình quân đầu người ước đạt 92,5 triệu đồng.',
      '2025-10',
    );
    expect(found.map((i) => i.period)).toEqual(['2024-01-01..2024-12-31', '2024-01-01..2024-12-31']);
  });

  it('gives a length that opens the clause to every value of it, and a length inside a statement to that one', () => {
    const opening = indicatorsOf(
      'Trong hơn 2 năm, Hà Nam thu hút 45 dự án, với tổng vốn đầu tư 3.100 tỷ đồng.',
    );
    expect(opening.map((i) => i.period)).toEqual(['null..null', 'null..null']);
    const inside = indicatorsOf(
      'Kinh tế 9 tháng đầu năm 2025 phục hồi. Gia Lai sau 3 tháng hợp nhất có thu ngân sách 9 tháng tăng 18,6%, thu hút 38 dự án mới.',
      '2025-10',
    );
    expect(inside.map((i) => i.period)).toEqual(['2025-01-01..2025-09-30', '2025-01-01..2025-12-31']);
  });
});

describe('the province in scope', () => {
  it('does not carry a city named in an earlier paragraph over to the next', () => {
    const found = indicatorsOf(
      'Tỉnh Long An đón đoàn doanh nghiệp. Tỉnh Long An có nhiều lợi thế.\n\nĐoàn đã làm việc với Công ty TNHH An Phát tại TP.HCM.\n\nNăm 2023, kim ngạch xuất khẩu đạt 8,1 tỷ USD.',
      '2024-01',
    );
    expect(found.map((i) => [i.indicator, i.subject])).toEqual([['export_value', 'Long An']]);
  });

  it('reads "của tỉnh" as the province the article names most, not a city named more', () => {
    const found = indicatorsOf(
      'Tỉnh Hòa Bình giáp Hà Nội. Từ Hà Nội đi cao tốc về Hà Nội chỉ mất một giờ.\n\nNăm 2023, kim ngạch xuất khẩu của tỉnh đạt 1,2 tỷ USD.',
      '2024-01',
    );
    expect(found.map((i) => i.subject)).toEqual(['Hòa Bình']);
  });

  it('keeps a province named earlier in the same paragraph', () => {
    const found = indicatorsOf(
      'Tỉnh Hà Tĩnh có nhiều dự án. Đoàn công tác tỉnh Hà Tĩnh thăm tỉnh Bình Phước. Tỉnh Bình Phước giới thiệu: tỷ lệ hộ nghèo của tỉnh còn 1,2%.',
      '2024-01',
    );
    expect(found.map((i) => i.subject)).toEqual(['Bình Phước']);
  });
});

describe('what a figure is not', () => {
  it('makes a figure for a period ending after the article year a target, unless estimated', () => {
    const found = indicatorsOf(
      'Đại hội thống nhất 16 chỉ tiêu chủ yếu cho nhiệm kỳ 2025 - 2030, trong đó tốc độ tăng trưởng kinh tế bình quân 9 - 10%/năm. Dự kiến đến năm 2027, dự án tạo việc làm cho khoảng 500 lao động. Năm 2025, tỉnh Điện Biên có tỷ lệ hộ nghèo còn 14%.',
      '2025-09',
    );
    expect(found.map((i) => [i.indicator, i.status])).toEqual([
      ['grdp_growth', 'target'],
      ['jobs_created', 'estimate'],
      ['poverty_rate', 'actual'],
    ]);
  });

  it('reads no statistic in the share a count makes ("…, chiếm 66,3%")', () => {
    const found = indicatorsOf(
      'Đến cuối năm 2023, tỉnh Quảng Nam có 128/193 xã đạt chuẩn nông thôn mới, chiếm 66,3%.',
      '2023-12',
    );
    expect(found.map((i) => [i.indicator, i.value])).toEqual([['new_rural_communes', 128]]);
  });

  it('reads no statistic in the approved cost of public works, whatever phrase stands before it', () => {
    const found = indicatorsOf(
      'Năm 2025, tỉnh An Giang triển khai 18 dự án, trong đó 7 dự án dùng vốn đầu tư công có tổng mức đầu tư khoảng 21.600 tỉ đồng; các dự án tư nhân có tổng vốn đăng ký hơn 39.800 tỉ đồng.',
      '2025-09',
    );
    expect(found.map((i) => [i.indicator, i.value])).toEqual([['investment_capital', 39_800_000_000_000]]);
  });

  it("reads no statistic in one market's visitors, a part of the count, unless a border gate let them in", () => {
    const found = indicatorsOf(
      '5 tháng, tỉnh Khánh Hòa đón 2,4 triệu lượt khách, trong đó khách quốc tế đạt 700.000 lượt. Khách Hàn Quốc vẫn dẫn đầu với khoảng 286.000 lượt; khách Trung Quốc đạt gần 58.000 lượt. ' +
        'Tại tỉnh Lào Cai, khách Trung Quốc đi bằng giấy thông hành qua cửa khẩu đạt gần 470.000 lượt.',
      '2023-06',
    );
    expect(found.map((i) => [i.subject, i.value])).toEqual([
      ['Khánh Hòa', 2_400_000],
      ['Khánh Hòa', 700_000],
      ['Lào Cai', 470_000],
    ]);
  });

  it('reads no statistic in a difference from another count ("nhiều hơn 2 xã")', () => {
    const found = indicatorsOf(
      'Năm 2023, tỉnh Quảng Nam có thêm 9 xã được công nhận đạt chuẩn nông thôn mới, nhiều hơn 2 xã so với năm trước.',
      '2023-12',
    );
    expect(found.map((i) => [i.indicator, i.value])).toEqual([['new_rural_communes', 9]]);
    // The time compared with may stand between the word and the difference.
    const later = indicatorsOf(
      'Trong 4 tháng, tỉnh Cao Bằng có 71 doanh nghiệp thành lập mới, nhiều hơn cùng kỳ năm trước 8 doanh nghiệp.',
      '2024-05',
    );
    expect(later.map((i) => [i.indicator, i.value])).toEqual([['new_enterprises', 71]]);
  });

  it('reaches past a bracket for the time that opens the sentence', () => {
    const found = indicatorsOf(
      '6 tháng đầu năm 2024, tăng trưởng kinh tế của Bình Dương ước đạt 5,73% (cùng kỳ năm 2023 tăng 2,41%); chỉ số sản xuất công nghiệp tăng 6,8%.',
      '2024-07',
    );
    expect(found.map((i) => [i.value, i.period])).toEqual([
      [5.73, '2024-01-01..2024-06-30'],
      [2.41, '2023-01-01..2023-06-30'],
      [6.8, '2024-01-01..2024-06-30'],
    ]);
  });

  it('closes a period "từ ngày … đến …" names, leaves open one "Từ đầu …" opens, dates a length by its bracket', () => {
    const found = indicatorsOf(
      'Trong kỳ nghỉ Tết từ ngày 14/2 đến 22/2, tỉnh Tuyên Quang đón 350.000 lượt khách. Từ đầu nhiệm kỳ 2020 - 2025 đến nay, Tuyên Quang đã thu hút 85 dự án đầu tư. Riêng 7 ngày nghỉ Tết (từ 8 - 14/2), tỉnh Tuyên Quang đón khoảng 86.000 lượt khách.',
      '2026-02',
    );
    expect(found.map((i) => [i.value, i.period])).toEqual([
      [350_000, '2026-02-14..2026-02-22'],
      [85, '2020-01-01..null'],
      [86_000, '2026-02-08..2026-02-14'],
    ]);
  });

  it('reads no statistic in how far a plan was beaten ("vượt 4 xã so với kế hoạch")', () => {
    const found = indicatorsOf(
      'Năm 2024 tỉnh Hải Dương có thêm 19 xã đạt chuẩn nông thôn mới nâng cao, vượt 4 xã so với kế hoạch.',
      '2024-12',
    );
    expect(found.map((i) => i.value)).toEqual([19]);
  });

  it('reads no statistic in how much a count grew ("tăng 15 doanh nghiệp so với cùng kỳ")', () => {
    const found = indicatorsOf(
      'Tỉnh Phú Yên họp. Quý I có 118 doanh nghiệp thành lập mới, tăng 15 doanh nghiệp so với cùng kỳ. Năm 2017 tỉnh thu hút 60 dự án, giảm 5 dự án so với năm trước.',
      '2018-04',
    );
    expect(found.map((i) => i.value)).toEqual([118, 60]);
  });

  it('gives a baseline "cùng kỳ năm 2023" the same months of that year; "cùng kỳ năm trước" none', () => {
    const found = indicatorsOf(
      '8 tháng đầu năm 2024, xuất khẩu của tỉnh Bình Dương ước đạt 1,6 tỷ USD (cùng kỳ năm 2023 đạt 741 triệu USD). Năm 2024, tỷ lệ hộ nghèo của tỉnh còn 1,2% (cùng kỳ năm trước là 1,5%).',
      '2024-09',
    );
    expect(found.map((i) => [i.value, i.period])).toEqual([
      [1_600_000_000, '2024-01-01..2024-08-31'],
      [741_000_000, '2023-01-01..2023-08-31'],
      [1.2, '2024-01-01..2024-12-31'],
      [1.5, 'null..null'],
    ]);
  });

  it('reads a count of communes after a share of communes as a statistic of its own', () => {
    const found = indicatorsOf(
      'Năm 2022, tỉnh Sóc Trăng có 74/80 xã đạt chuẩn nông thôn mới, 22 xã đạt chuẩn nông thôn mới nâng cao.',
      '2022-11',
    );
    expect(found.map((i) => i.value)).toEqual([74, 22]);
  });
});

describe('a count of units before a statistic', () => {
  it('makes it a share of the units in the same statement, not the subject’s, but not past a comma', () => {
    const shared = indicatorsOf(
      'Tỉnh Lai Châu họp. Năm 2023, 7/8 huyện có tỷ lệ giải ngân trên 80%.',
      '2023-12',
    );
    expect(shared.map((i) => i.indicator)).toEqual([]);
    const apart = indicatorsOf(
      'Tỉnh Lai Châu họp. Đến năm 2025 có 11/21 xã đạt chuẩn nông thôn mới, thu nhập bình quân đầu người đạt 35 triệu đồng/người/năm.',
      '2022-05',
    );
    expect(apart.map((i) => [i.indicator, i.value])).toEqual([
      ['new_rural_communes', 11],
      ['grdp_per_capita', 35_000_000],
    ]);
  });
});

describe('domestic investment projects', () => {
  it('are investment projects, beside the FDI ones', () => {
    const found = indicatorsOf(
      'Tỉnh Vĩnh Phúc họp. 5 tháng đầu năm, toàn tỉnh cấp mới 11 dự án FDI với tổng vốn đăng ký 95,6 triệu USD và 9 dự án DDI với tổng vốn đầu tư 1.284 tỉ đồng.',
      '2020-06',
    );
    expect(found.filter((i) => i.indicator.endsWith('projects')).map((i) => [i.indicator, i.value])).toEqual([
      ['fdi_projects', 11],
      ['investment_projects', 9],
    ]);
  });
});

describe("a bank's disbursement", () => {
  it('is no public investment, named by the bank or by the borrowers after the sum', () => {
    const bank = indicatorsOf(
      'Tỉnh Đồng Tháp họp. Agribank Chi nhánh Đồng Tháp đã giải ngân 320 tỉ đồng.',
      '2024-12',
    );
    expect(bank.map((i) => i.indicator)).not.toContain('public_investment_disbursement');
    const borrowers = indicatorsOf(
      'Tỉnh Đồng Tháp họp. Năm 2024 đã giải ngân 320 tỉ đồng cho nông dân vay vốn.',
      '2024-12',
    );
    expect(borrowers.map((i) => i.indicator)).not.toContain('public_investment_disbursement');
    const state = indicatorsOf(
      'Tỉnh Đồng Tháp họp. Năm 2024, tỉnh giải ngân vốn đầu tư công đạt 95,2%.',
      '2024-12',
    );
    expect(state.map((i) => i.indicator)).toContain('public_investment_disbursement');
  });
});

describe('the size of a housing project', () => {
  it('is no count of houses built, unless the projects were finished', () => {
    const size = indicatorsOf(
      'Tỉnh Bình Dương họp. Dự án nhà ở xã hội tại phường Hòa Lợi có quy mô 4.500 căn. Toàn tỉnh có 11 dự án nhà ở xã hội với hơn 19,6 ngàn căn.',
      '2017-06',
    );
    expect(size.map((i) => i.indicator)).not.toContain('houses_built');
    const built = indicatorsOf(
      'Tỉnh Bắc Ninh họp. Năm 2025 toàn tỉnh hoàn thành 6 dự án với 5.860 căn nhà ở xã hội.',
      '2025-12',
    );
    expect(built.map((i) => [i.indicator, i.value])).toContainEqual(['houses_built', 5860]);
  });
});

describe('what an event did, after a comma', () => {
  it('is no statistic of the phrase before it', () => {
    const found = indicatorsOf(
      'Tỉnh Yên Bái bị lũ. Tại xã Mỏ Vàng, nơi đồng bào Mông chiếm hơn 95% dân số, làm 5 người chết.',
      '2024-09',
    );
    expect(found.map((i) => i.indicator)).not.toContain('population');
    expect(
      indicatorsOf('Tỉnh Yên Bái có dân số khoảng 850.000 người.', '2024-09').map((i) => i.indicator),
    ).toEqual(['population']);
  });
});

describe("a fund's disbursement", () => {
  it('is no public investment either', () => {
    const found = indicatorsOf(
      'Thành phố Đà Nẵng họp. Quỹ Đầu tư phát triển thành phố đã giải ngân 35 tỉ đồng cho các dự án.',
      '2025-09',
    );
    expect(found.map((i) => i.indicator)).not.toContain('public_investment_disbursement');
  });
});

describe('a body a sentence singles out with "Riêng"', () => {
  it('is the subject of that sentence, and a place singled out is too', () => {
    const found = indicatorsOf(
      'Tỉnh Ninh Bình họp. 9 tháng năm 2024, toàn tỉnh đón 6,2 triệu lượt khách. Riêng Ban Quản lý Quần thể danh thắng Tràng An, 9 tháng đón gần 2,1 triệu lượt khách, doanh thu du lịch đạt 410 tỷ đồng. Riêng huyện Hoa Lư, doanh thu du lịch đạt 95 tỷ đồng.',
      '2024-10',
    );
    expect(found.map((i) => [i.value, i.subject])).toEqual([
      [6_200_000, 'Ninh Bình'],
      [2_100_000, 'Ban Quản lý Quần thể danh thắng Tràng An'],
      [410_000_000_000, 'Ban Quản lý Quần thể danh thắng Tràng An'],
      [95_000_000_000, 'Hoa Lư'],
    ]);
  });
});

describe('a body a clause singles out with "riêng"', () => {
  it('is the subject of what it receives', () => {
    const found = indicatorsOf(
      'Tỉnh Ninh Bình họp. Năm 2024, toàn tỉnh đón 16 triệu lượt khách; riêng Vườn quốc gia Cúc Phương đón hơn 182.000 lượt khách.',
      '2024-12',
    );
    expect(found.map((i) => [i.value, i.subject])).toEqual([
      [16_000_000, 'Ninh Bình'],
      [182_000, 'Vườn quốc gia Cúc Phương'],
    ]);
  });
});

describe('the front or a fund that opens a sentence as who acts', () => {
  it('is the subject of its figures, not when it is only the source or speaks', () => {
    const found = indicatorsOf(
      'Tỉnh Hà Nam họp. Quỹ Vì người nghèo tỉnh 6 tháng vận động được 9,2 tỉ đồng, hỗ trợ xây mới 120 nhà đại đoàn kết. Ủy ban MTTQ Việt Nam tỉnh đã hỗ trợ xây mới 86 căn nhà đại đoàn kết. Theo Ủy ban MTTQ tỉnh, năm 2022 đã xây 300 nhà đại đoàn kết. Ủy ban MTTQ tỉnh cho biết, tỷ lệ hộ nghèo còn 2,1%.',
      '2022-07',
    );
    expect(found.map((i) => [i.value, i.subject])).toEqual([
      [120, 'Quỹ Vì người nghèo tỉnh'],
      [86, 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh'],
      [300, 'Hà Nam'],
      [2.1, 'Hà Nam'],
    ]);
  });
});

describe('a project board that opens a sentence as who acts', () => {
  it('is the subject of what it disbursed, not when it is only the source', () => {
    const found = indicatorsOf(
      'Tỉnh Quảng Trị giải ngân đạt 40,2%. Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh được giao 960 tỷ đồng nhưng mới giải ngân 212 tỷ đồng. Theo Ban Quản lý dự án đầu tư xây dựng công trình dân dụng tỉnh, toàn tỉnh đã giải ngân 1.250 tỷ đồng.',
      '2025-07',
    );
    expect(found.map((i) => [i.value, i.subject])).toEqual([
      [40.2, 'Quảng Trị'],
      [212_000_000_000, 'Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh'],
      [1_250_000_000_000, 'Quảng Trị'],
    ]);
  });

  it('is so past a pointing word and a time, and past an apposition that calls it "đơn vị"', () => {
    const found = indicatorsOf(
      'Tỉnh Bến Tre giải ngân đạt 46,2%. Đáng chú ý, đến ngày 31/8, Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh, đơn vị được giao nhiều vốn nhất với 1.612 tỷ đồng, mới giải ngân 512,6 tỷ đồng.',
      '2023-09',
    );
    expect(found.map((i) => [i.value, i.subject])).toEqual([
      [46.2, 'Bến Tre'],
      [512_600_000_000, 'Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh'],
    ]);
  });
});

describe('a place the clause is only next to', () => {
  it('is not who the figure is of: "Liền kề CCN …, toàn xã có …"', () => {
    const found = indicatorsOf(
      'Xã Rạch Kiến có nhiều doanh nghiệp. Liền kề CCN Long Định - Long Cang, toàn xã hiện có 62 doanh nghiệp đang hoạt động, giải quyết việc làm cho khoảng 3.500 lao động địa phương.',
      '2025-09',
    );
    expect(found.map((i) => [i.value, i.subject])).toEqual([[3500, 'Rạch Kiến']]);
  });
});

describe('a neighbour', () => {
  it('is never the province in scope: "giáp TP.HCM" leaves the figures to the article\'s province', () => {
    const found = indicatorsOf(
      'Tỉnh Long An họp. Tỉnh cần phát triển nhà ở xã hội cho công nhân các KCN giáp TP.HCM. Hiện toàn tỉnh có 17 dự án nhà ở xã hội, với 1.368 căn nhà ở xã hội đã hoàn thành.',
      '2022-11',
    );
    expect(found.map((i) => [i.value, i.subject])).toEqual([[1368, 'Long An']]);
  });
});

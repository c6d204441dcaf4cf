import { describe, expect, it } from 'vitest';
import { indicatorsOf } from './test-article.js';

describe('a time after the value', () => {
  it('is not the period of a statistic past a comma, where another statement starts', () => {
    const found = indicatorsOf(
      'Tỉnh Đắk Lắk họp. Tổng diện tích cà phê toàn tỉnh đạt 213.800 ha, sản lượng niên vụ 2023 - 2024 khoảng 560 nghìn tấn.',
      '2024-08',
    );
    expect(found.map((i) => [i.indicator, i.period])).toEqual([['area', '2024-01-01..2024-12-31']]);
  });
});

describe('a year written right after the value', () => {
  it('dates the value over the time its sentence opened with in another clause', () => {
    const found = indicatorsOf(
      'Tỉnh Hà Tĩnh: 9 tháng năm 2024, GRDP ước tăng 6,1%; để đạt mục tiêu tăng trưởng 7% năm 2024, quý IV phải tăng tốc.',
      '2024-10',
    );
    expect(found.map((i) => [i.value, i.period])).toEqual([
      [6.1, '2024-01-01..2024-09-30'],
      [7, '2024-01-01..2024-12-31'],
    ]);
  });
});

describe("a part after its whole's share of plan or change", () => {
  it('shares the whole\'s period: "…, bằng 11,8% dự toán, trong đó thu nội địa …"', () => {
    const found = indicatorsOf(
      'Tỉnh Quảng Trị họp. Thu ngân sách nhà nước quý I ước đạt 5.210 tỷ đồng, bằng 24,6% dự toán, tăng 8,1%, trong đó thu nội địa ước đạt 4.300 tỷ đồng.',
      '2024-04',
    );
    expect(found.map((i) => [i.value, i.period])).toEqual([
      [5210000000000, '2024-01-01..2024-03-31'],
      [4300000000000, '2024-01-01..2024-03-31'],
    ]);
  });

  it('shares it past a change compared with the year before and the share of plan, "… và bằng …"', () => {
    const found = indicatorsOf(
      'Tỉnh Hà Tĩnh họp. Thu ngân sách nhà nước 10 tháng ước đạt 15.880 tỷ đồng, tăng 12,4% so với cùng kỳ năm trước và bằng 98,2% dự toán, trong đó thu nội địa 9.410 tỷ đồng.',
      '2025-11',
    );
    expect(found.map((i) => [i.value, i.period])).toEqual([
      [15880000000000, '2025-01-01..2025-10-31'],
      [9410000000000, '2025-01-01..2025-10-31'],
    ]);
  });
});

describe('a time inside a concession', () => {
  it('dates the hardship, not the figure: "Dù chịu ảnh hưởng của bão hồi tháng 9, …"', () => {
    const found = indicatorsOf(
      'Tỉnh Yên Bái họp. Mặc dù chịu thiệt hại nặng do bão số 3 hồi tháng 9, năm 2024 toàn tỉnh vẫn đón 1,6 triệu lượt khách. Dù mưa lũ kéo dài trong tháng 7, doanh thu du lịch ước đạt 1.100 tỷ đồng.',
      '2024-12',
    );
    expect(found.map((i) => [i.value, i.period])).toEqual([
      [1600000, '2024-01-01..2024-12-31'],
      [1100000000000, '2024-01-01..2024-12-31'],
    ]);
  });
});

describe('the jobs a firm is to create', () => {
  it('are counted over the year of the day its sentence opens with, not on that day', () => {
    const found = indicatorsOf(
      'Ngày 12/9, Công ty TNHH Dệt may Phú Hưng nhận giấy chứng nhận đầu tư nhà máy sợi, vốn đăng ký 120 triệu USD, dự kiến tạo việc làm cho 1.500 lao động.',
      '2024-09',
    );
    expect(found.map((i) => [i.indicator, i.period])).toEqual([
      ['investment_capital', '2024-09-12..2024-09-12'],
      ['jobs_created', '2024-01-01..2024-12-31'],
    ]);
  });
});

describe('a crop season named in the subject', () => {
  it('gives way to the cut-off date that opens the clause, and dates the figure where none does', () => {
    const found = indicatorsOf(
      'Tỉnh Sóc Trăng: Tính đến ngày 20/3, diện tích lúa vụ Đông Xuân 2024 - 2025 bị nhiễm mặn khoảng 4.100 ha. Sản lượng lúa vụ Đông Xuân 2024 - 2025 ước đạt 1,2 triệu tấn.',
      '2025-03',
    );
    expect(found.map((i) => [i.indicator, i.period])).toEqual([
      ['area', '2025-03-20..2025-03-20'],
      ['rice_output', '2024-01-01..2025-12-31'],
    ]);
  });

  it('gives way to the cut-off date that opens the sentence, past a clause before it', () => {
    const found = indicatorsOf(
      'Tỉnh Bến Tre: Đến ngày 12/3, mặn đã vào sâu 60 km; diện tích lúa vụ Đông Xuân 2024 - 2025 bị ảnh hưởng khoảng 2.300 ha.',
      '2025-03',
    );
    expect(found.map((i) => [i.indicator, i.period])).toEqual([['area', '2025-03-12..2025-03-12']]);
  });
});

describe('the date a unit was founded', () => {
  it('is no period of what it has: that stands in the article year', () => {
    const found = indicatorsOf(
      'Phường Đông Ngàn được thành lập từ ngày 1/7/2025 trên cơ sở sáp nhập 3 phường, có diện tích tự nhiên 21,4 km2, dân số khoảng 68.000 người.',
      '2026-02',
    );
    expect(found.map((i) => [i.indicator, i.period])).toEqual([
      ['area', '2026-01-01..2026-12-31'],
      ['population', '2026-01-01..2026-12-31'],
    ]);
  });

  it('is none either when the unit "was formed" that day', () => {
    const found = indicatorsOf(
      'Tỉnh Phú Thọ mới được hình thành ngày 1/7/2025 từ 3 tỉnh, có diện tích tự nhiên khoảng 9.361 km2, dân số hơn 4 triệu người.',
      '2025-11',
    );
    expect(found.map((i) => [i.indicator, i.period])).toEqual([
      ['area', '2025-01-01..2025-12-31'],
      ['population', '2025-01-01..2025-12-31'],
    ]);
  });

  it('is none either when the sentence opens on it before the unit and its founding', () => {
    const found = indicatorsOf(
      'Tỉnh Hà Tĩnh họp. Từ ngày 1/7/2025, xã Sơn Kim hợp nhất từ 3 xã, hiện có diện tích cây có múi khoảng 420 ha. Quý III, tỉnh thành lập mới 120 doanh nghiệp.',
      '2025-12',
    );
    expect(found.map((i) => [i.indicator, i.period])).toEqual([
      ['area', '2025-01-01..2025-12-31'],
      ['new_enterprises', '2025-07-01..2025-09-30'],
    ]);
  });
});

describe('a time a value is due within', () => {
  it('dates it over the time the statement before it opened with', () => {
    const found = indicatorsOf(
      'Tỉnh Cao Bằng: Chủ tịch yêu cầu phấn đấu đến ngày 31/1/2026 giải ngân 100% kế hoạch vốn, hoàn thành 850 căn nhà còn lại trong quý I/2026.',
      '2025-10',
    );
    expect(found.map((i) => [i.value, i.period])).toEqual([
      [100, '2026-01-31..2026-01-31'],
      [850, '2026-01-01..2026-03-31'],
    ]);
  });
});

describe('a time a "riêng" singles out', () => {
  it('dates its aside only, not the clauses after it', () => {
    const found = indicatorsOf(
      'Tỉnh Long An: 9 tháng đầu năm 2021, chỉ số sản xuất công nghiệp giảm 4,3%, riêng IIP quý III/2021 giảm 21,7%; kim ngạch xuất khẩu ước đạt 5,06 tỷ USD.',
      '2021-10',
    );
    expect(found.map((i) => [i.value, i.period])).toEqual([
      [4.3, '2021-01-01..2021-09-30'],
      [21.7, '2021-07-01..2021-09-30'],
      [5_060_000_000, '2021-01-01..2021-09-30'],
    ]);
  });
});

describe('a sentence opening on "Theo đó"', () => {
  it('takes the time and aim of the sentence it spells out', () => {
    const found = indicatorsOf(
      'Huyện Krông Bông, tỉnh Đắk Lắk: năm 2020 tốc độ tăng trưởng kinh tế ước đạt 6,2%. Kỳ họp thông qua Nghị quyết về nhiệm vụ phát triển kinh tế - xã hội năm 2021 với 18 chỉ tiêu chủ yếu. Theo đó, tốc độ tăng trưởng kinh tế đạt 7 - 7,5%; thu ngân sách trên địa bàn 34,2 tỉ đồng.',
      '2020-12',
    );
    expect(found.map((i) => [i.value, i.period, i.status])).toEqual([
      [6.2, '2020-01-01..2020-12-31', 'estimate'],
      [7, '2021-01-01..2021-12-31', 'target'],
      [34_200_000_000, '2021-01-01..2021-12-31', 'target'],
    ]);
  });
});

describe('a sentence singling out a part ("Riêng …")', () => {
  it('shares the period of the statistic before it, past a baseline in brackets', () => {
    const found = indicatorsOf(
      'Tỉnh Quảng Nam: năm 2018, công suất sử dụng phòng bình quân đạt 68,5% (năm 2017 là 65,2%). Riêng TP Hội An đón khoảng 3,9 triệu lượt khách.',
      '2018-12',
    );
    expect(found.map((i) => [i.value, i.period])).toEqual([
      [68.5, '2018-01-01..2018-12-31'],
      [65.2, '2017-01-01..2017-12-31'],
      [3_900_000, '2018-01-01..2018-12-31'],
    ]);
  });
});

describe('a time opened by "từ" in another statement', () => {
  it('gives way to the year of the plan the value is a share of', () => {
    const found = indicatorsOf(
      'Tỉnh Đắk Lắk họp. Đồng chí Bí thư đề nghị phân bổ vốn ngay từ tháng 1.2025, phấn đấu giải ngân 100% kế hoạch vốn năm 2025.',
      '2024-12',
    );
    expect(found.map((i) => [i.value, i.period])).toEqual([[100, '2025-01-01..2025-12-31']]);
  });
});

describe("a clause's own range after its value", () => {
  it('outranks the time its sentence opened with in another clause', () => {
    const found = indicatorsOf(
      'Năm 2022, tỉnh Thừa Thiên Huế phấn đấu vận động Quỹ Vì người nghèo đạt 40 tỷ đồng; tỷ lệ hộ nghèo giảm bình quân 1 - 1,5%/năm trong giai đoạn 2022 - 2025.',
      '2022-01',
    );
    expect(found.find((i) => i.indicator === 'poverty_rate')?.period).toBe('2022-01-01..2025-12-31');
  });
});

describe('a horizon after a comma', () => {
  it('is the period of the same statistic for a later year, the span opening at the year', () => {
    const found = indicatorsOf(
      'Tỉnh Hà Tĩnh phấn đấu đến năm 2025 tỷ lệ lao động qua đào tạo đạt 75%, tầm nhìn đến năm 2030 đạt 80%; đến năm 2035 là 85%.',
      '2023-12',
    );
    expect(found.map((i) => [i.text, i.period, i.status])).toEqual([
      ['tỷ lệ lao động qua đào tạo đạt 75%', '2025-01-01..2025-12-31', 'target'],
      ['năm 2030 đạt 80%', '2030-01-01..2030-12-31', 'target'],
      // Past a semicolon too, a clause of an aim and a value only is the same statistic's.
      ['năm 2035 là 85%', '2035-01-01..2035-12-31', 'target'],
    ]);
  });
});

describe('a length after a value', () => {
  it('measures that value and dates no clause after it', () => {
    const found = indicatorsOf(
      'Tỉnh Lạng Sơn hoàn thành 21/23 chỉ tiêu năm 2022: tốc độ tăng trưởng kinh tế ước đạt 8,07%, cao nhất trong 5 năm qua; thu ngân sách nhà nước ước đạt 7.052 tỉ đồng; tỉ lệ hộ nghèo giảm còn 9,86%.',
      '2022-12',
    );
    expect(found.map((i) => [i.value, i.period])).toEqual([
      [8.07, '2022-01-01..2022-12-31'],
      [7_052_000_000_000, '2022-01-01..2022-12-31'],
      [9.86, '2022-01-01..2022-12-31'],
    ]);
  });

  it('so does the year of the plan a value of an earlier clause is a share of', () => {
    const found = indicatorsOf(
      'Tỉnh Vĩnh Long họp. Đến ngày 31/3, toàn tỉnh giải ngân được 1.386 tỷ đồng, đạt 12,1% kế hoạch vốn năm 2026 (cùng kỳ năm 2025 đạt 10,8%), trong đó tỷ lệ giải ngân của khu vực Bến Tre (cũ) là 11,2%.',
      '2026-04',
    );
    expect(found.find((i) => i.value === 11.2)?.period).toBe('2026-03-31..2026-03-31');
  });
});

describe('a part of a statistic ("trong đó")', () => {
  it('takes the period of its whole, in the next sentence and after semicolons too', () => {
    const found = indicatorsOf(
      'Tỉnh Đắk Lắk họp. 7 tháng đầu năm 2024, kim ngạch xuất khẩu ước đạt 1.318,6 triệu USD. Trong đó, xuất khẩu cà phê đạt 812 triệu USD; xuất khẩu sầu riêng đạt 96,7 triệu USD.',
      '2024-08',
    );
    expect(found.map((i) => [i.value, i.period])).toEqual([
      [1_318_600_000, '2024-01-01..2024-07-31'],
      [812_000_000, '2024-01-01..2024-07-31'],
      [96_700_000, '2024-01-01..2024-07-31'],
    ]);
  });

  it("takes the period of its whole when it names the places of a list, after the whole's share of plan", () => {
    const found = indicatorsOf(
      'Tỉnh Quảng Bình họp. Kế hoạch vốn đầu tư công năm 2022 là 4.670 tỷ đồng, đến ngày 30/9 toàn tỉnh mới giải ngân được 2.541 tỷ đồng, đạt 54,4% kế hoạch, trong đó huyện Tuyên Hóa và thị xã Ba Đồn có tỷ lệ giải ngân thấp nhất, lần lượt 37,2% và 39,8%.',
      '2022-10',
    );
    expect(found.slice(1).map((i) => [i.value, i.subject, i.period])).toEqual([
      [2_541_000_000_000, 'Quảng Bình', '2022-09-30..2022-09-30'],
      [39.8, 'Ba Đồn', '2022-09-30..2022-09-30'],
      [37.2, 'Tuyên Hóa', '2022-09-30..2022-09-30'],
    ]);
  });

  it('takes the period of its whole when it names a firm of its own, and keeps the firm', () => {
    const found = indicatorsOf(
      'Tỉnh Kon Tum họp. 11 tháng năm 2018, kim ngạch xuất khẩu cà phê đạt 17,6 triệu USD. Trong đó, Công ty TNHH Sao Mai Kon Tum xuất khẩu 4.200 tấn, trị giá gần 7,5 triệu USD.',
      '2018-12',
    );
    expect(found.map((i) => [i.value, i.subject, i.period])).toEqual([
      [17_600_000, 'Kon Tum', '2018-01-01..2018-11-30'],
      [7_500_000, 'Công ty trách nhiệm hữu hạn Sao Mai Kon Tum', '2018-01-01..2018-11-30'],
    ]);
  });

  it('takes the period and status of its whole, not a date the sentence opened with', () => {
    const found = indicatorsOf(
      'Tỉnh Hưng Yên họp. Theo Nghị quyết số 52/NQ-HĐND ngày 8/12/2023, dự toán thu ngân sách năm 2024 là 19.050 tỷ đồng, trong đó thu nội địa 14.300 tỷ đồng, thu xuất nhập khẩu 4.750 tỷ đồng.',
      '2023-12',
    );
    expect(found.map((i) => [i.value, i.period, i.status])).toEqual([
      [19_050_000_000_000, '2024-01-01..2024-12-31', 'target'],
      [14_300_000_000_000, '2024-01-01..2024-12-31', 'target'],
      [4_750_000_000_000, '2024-01-01..2024-12-31', 'target'],
    ]);
  });

  it('is the subject it names itself', () => {
    const found = indicatorsOf(
      'Tỉnh Vĩnh Long họp. Năm 2025, tổng diện tích lúa toàn tỉnh hơn 150 ngàn ha, trong đó diện tích lúa của khu vực Trà Vinh (cũ) gần 70 ngàn ha.',
      '2025-09',
    );
    expect(found.map((i) => [i.value, i.subject])).toEqual([
      [150_000, 'Vĩnh Long'],
      [70_000, 'Trà Vinh'],
    ]);
  });

  it('is no part across a sentence that does not open with "Trong đó", though a flow goes on with the report\'s months', () => {
    const found = indicatorsOf(
      'Tỉnh Đắk Lắk họp. 7 tháng đầu năm 2024, kim ngạch xuất khẩu ước đạt 1.318,6 triệu USD. Xuất khẩu cà phê đạt 812 triệu USD.',
      '2024-08',
    );
    // (The exports of coffee are no part of the whole, so no estimate of it; they take the months of
    // the report the sentence before opened, as seeds/README.md says of flows summed from January.)
    expect(found.map((i) => [i.status, i.period])).toEqual([
      ['estimate', '2024-01-01..2024-07-31'],
      ['actual', '2024-01-01..2024-07-31'],
    ]);
  });
});

describe('a name that holds the words of a statistic', () => {
  it('names no statistic: the company\'s "Xuất nhập khẩu" leaves "7 tháng" to the export', () => {
    const found = indicatorsOf(
      'Tỉnh Đắk Lắk họp. Công ty TNHH MTV Xuất nhập khẩu 2-9 Đắk Lắk 7 tháng xuất khẩu khoảng 38.000 tấn cà phê, kim ngạch đạt 176 triệu USD.',
      '2024-08',
    );
    expect(found.map((i) => [i.value, i.period])).toEqual([[176_000_000, '2024-01-01..2024-07-31']]);
  });
});

describe('a day before a verb of saying', () => {
  it('dates the speech, not the figure said', () => {
    const found = indicatorsOf(
      'Tỉnh Gia Lai họp. Tại phiên chất vấn ngày 11-12, đại biểu Đinh Văn Plơi cho biết, xã hiện còn 1.240 hộ nghèo, tỷ lệ hộ nghèo 18,6%.',
      '2025-12',
    );
    expect(found.map((i) => [i.value, i.period])).toEqual([[18.6, '2025-01-01..2025-12-31']]);
  });

  it('still dates a figure said to stand on that day', () => {
    const found = indicatorsOf(
      'Tỉnh Gia Lai họp. Tính đến ngày 11-12, giải ngân vốn đầu tư công đạt 81,2%.',
      '2025-12',
    );
    expect(found.map((i) => [i.value, i.period])).toEqual([[81.2, '2025-12-11..2025-12-11']]);
  });
});

describe('a baseline in brackets a few words after its statistic', () => {
  it('is a statistic of its own, with its own period', () => {
    const found = indicatorsOf(
      'Tỉnh Quảng Ngãi họp. Tỉnh phấn đấu đón 250.000 lượt khách ra đảo (năm 2017 đạt hơn 210.000 lượt).',
      '2018-03',
    );
    expect(found.map((i) => [i.value, i.indicator, i.period, i.status])).toEqual([
      [250_000, 'tourist_arrivals', '2018-01-01..2018-12-31', 'target'],
      [210_000, 'tourist_arrivals', '2017-01-01..2017-12-31', 'actual'],
    ]);
  });
});

describe('a time before two measures of one export', () => {
  it('is the period of its worth after "trị giá" too', () => {
    const found = indicatorsOf(
      'Tỉnh Long An họp. Xuất khẩu gạo 6 tháng đạt khoảng 215 ngàn tấn, trị giá 118,6 triệu USD.',
      '2021-07',
    );
    expect(found.map((i) => [i.value, i.period])).toEqual([[118_600_000, '2021-01-01..2021-06-30']]);
  });
});

describe('a term named as which year a year is', () => {
  it('leaves the year the period: "Năm 2020, năm cuối nhiệm kỳ 2015 - 2020, …"', () => {
    const found = indicatorsOf(
      'Tỉnh Hà Tĩnh họp. Năm 2020, năm cuối nhiệm kỳ 2015 - 2020, tỉnh phấn đấu tăng trưởng GRDP đạt 11%, thu ngân sách 15.500 tỉ đồng.',
      '2019-12',
    );
    expect(found.map((i) => [i.value, i.period])).toEqual([
      [11, '2020-01-01..2020-12-31'],
      [15_500_000_000_000, '2020-01-01..2020-12-31'],
    ]);
  });

  it('leaves the year the period when the term names it its finishing or turning year', () => {
    for (const place of [
      'năm về đích của giai đoạn 2021 - 2025',
      'năm bản lề của nhiệm kỳ 2020 - 2025',
      'năm đầu tiên của giai đoạn 2021 - 2025',
    ]) {
      const found = indicatorsOf(
        `Tỉnh Bến Tre họp. Chủ tịch UBND tỉnh yêu cầu bám sát các chỉ tiêu năm 2023, ${place}, gồm tăng trưởng GRDP đạt 7% trở lên, thu ngân sách 6.200 tỷ đồng.`,
        '2023-02',
      );
      expect(found.map((i) => [i.value, i.period])).toEqual([
        [7, '2023-01-01..2023-12-31'],
        [6_200_000_000_000, '2023-01-01..2023-12-31'],
      ]);
    }
  });
});

describe('imports after exports', () => {
  it('share the time the exports named, a comma between, whatever came between them', () => {
    const found = indicatorsOf(
      'Tỉnh Tây Ninh họp. Kim ngạch xuất khẩu 5 tháng ước đạt 1,58 tỷ USD, tăng 12,9% so với cùng kỳ, nhập khẩu khoảng 1,12 tỷ USD.',
      '2019-06',
    );
    expect(found.map((i) => [i.indicator, i.period])).toEqual([
      ['export_value', '2019-01-01..2019-05-31'],
      ['import_value', '2019-01-01..2019-05-31'],
    ]);
  });

  it('leave another statistic after a comma to the year, as the seeds do', () => {
    const found = indicatorsOf(
      'Tỉnh Tây Ninh họp. Kim ngạch xuất khẩu 5 tháng ước đạt 1,58 tỷ USD, tăng 12,9%, thu hút 12 dự án mới.',
      '2019-06',
    );
    expect(found.map((i) => [i.indicator, i.period])).toEqual([
      ['export_value', '2019-01-01..2019-05-31'],
      ['investment_projects', '2019-01-01..2019-12-31'],
    ]);
  });
});

describe('a topic the sentence opens with', () => {
  it('leaves the time after it the opener of the whole sentence, running total included', () => {
    const found = indicatorsOf(
      'Tỉnh Lai Châu họp. Về xây dựng nông thôn mới, 9 tháng có thêm 4 xã đạt chuẩn nông thôn mới, nâng tổng số lên 55/94 xã.',
      '2023-10',
    );
    expect(found.map((i) => [i.value, i.period])).toEqual([
      [4, '2023-01-01..2023-09-30'],
      [55, '2023-01-01..2023-09-30'],
    ]);
  });
});

describe('a horizon right after the value', () => {
  it("outranks the sentence's opening time past a comma, and not a time of the value's own", () => {
    const found = indicatorsOf(
      'Tỉnh Bình Dương họp. Năm 2025 tỉnh phấn đấu hoàn thành 10.000 căn nhà ở xã hội, góp phần đạt mục tiêu 86.900 căn nhà ở xã hội đến năm 2030.',
      '2025-05',
    );
    expect(found.map((i) => [i.value, i.indicator, i.period])).toEqual([
      [10_000, 'houses_built', '2025-01-01..2025-12-31'],
      [86_900, 'houses_built', '2030-01-01..2030-12-31'],
    ]);
    const own = indicatorsOf(
      'Tỉnh Bình Dương họp. Năm 2025 tỉnh phấn đấu hoàn thành 10.000 căn nhà ở xã hội đến năm 2030.',
      '2025-05',
    );
    expect(own.map((i) => i.period)).toEqual(['2025-01-01..2025-12-31']);
  });
});

describe('a share of the same period a year before', () => {
  it('is a baseline: "bằng 70% cùng kỳ" leaves the period to the time before it', () => {
    const found = indicatorsOf(
      'Tỉnh Hòa Bình họp. Toàn tỉnh 10 tháng đón khoảng 2,1 triệu lượt khách, bằng 70% cùng kỳ; tổng thu từ du lịch ước đạt 1.205 tỉ đồng.',
      '2020-11',
    );
    expect(found.map((i) => [i.indicator, i.period])).toEqual([
      ['tourist_arrivals', '2020-01-01..2020-10-31'],
      ['tourism_revenue', '2020-01-01..2020-10-31'],
    ]);
  });
});

describe('an event of the year compared with', () => {
  it('is a baseline: "so với Tuần lễ Festival năm 2022" leaves the period to the days before it', () => {
    const found = indicatorsOf(
      'Tỉnh Ninh Bình họp báo. Trong 4 ngày (27 - 30.4), toàn tỉnh đón hơn 90.000 lượt khách, tăng 8% so với Lễ hội Hoa Lư năm 2022; doanh thu du lịch ước đạt 210 tỉ đồng.',
      '2023-05',
    );
    expect(found.map((i) => [i.indicator, i.period])).toEqual([
      ['tourist_arrivals', '2023-04-27..2023-04-30'],
      ['tourism_revenue', '2023-04-27..2023-04-30'],
    ]);
  });
});

describe('a time inside "sau khi …"', () => {
  it('dates the event the figure came after, not the figure; a time after the comma still counts', () => {
    const found = indicatorsOf(
      'Tỉnh Lâm Đồng họp. Sau khi hợp nhất với tỉnh Đắk Nông (cũ) từ ngày 1/7/2025, Lâm Đồng có tổng diện tích cà phê 310.000 ha. Sau khi sáp nhập, 9 tháng năm 2025 xuất khẩu cà phê đạt 1,4 tỷ USD.',
      '2025-10',
    );
    expect(found.map((i) => [i.value, i.period])).toEqual([
      [310_000, '2025-01-01..2025-12-31'],
      [1_400_000_000, '2025-01-01..2025-09-30'],
    ]);
  });

  it('dates a figure inside that clause, before its comma', () => {
    const found = indicatorsOf(
      'Thành phố Hải Phòng tổng kết năm. Sau khi GRDP 6 tháng đầu năm 2023 chỉ tăng 5,49%, kinh tế thành phố đã bứt phá.',
      '2024-01',
    );
    expect(found.map((i) => [i.value, i.period])).toEqual([[5.49, '2023-01-01..2023-06-30']]);
  });
});

describe('a figure whose sentence names no time, in a January review of the year before', () => {
  it('is of the year reviewed; a running total, a share filled or a firm now are of the article year', () => {
    const found = indicatorsOf(
      'Sáng 5/1, UBND tỉnh Hà Nam tổng kết công tác năm 2023.\n\nTổng thu ngân sách đạt 19.200 tỷ đồng. Luỹ kế đến nay, tỉnh có 402 dự án FDI. Tỷ lệ lấp đầy KCN Đồng Văn I đạt 95%.',
      '2024-01',
    );
    expect(found.map((i) => [i.value, i.period])).toEqual([
      [19_200_000_000_000, '2023-01-01..2023-12-31'],
      [402, '2024-01-01..2024-12-31'],
      [95, '2024-01-01..2024-12-31'],
    ]);
  });

  it('is of the year reviewed when the lead "đánh giá" or "nhìn lại" it, not only "tổng kết"', () => {
    for (const lead of [
      'Sáng 5/1, UBND tỉnh Sóc Trăng họp để đánh giá kết quả phát triển kinh tế - xã hội năm 2023.',
      'Ngày 8/1, Tỉnh ủy Hậu Giang tổ chức hội nghị nhìn lại năm 2023.',
    ]) {
      const found = indicatorsOf(`${lead}\n\nThu ngân sách đạt 5.300 tỷ đồng.`, '2024-01');
      expect(found.map((i) => i.period)).toEqual(['2023-01-01..2023-12-31']);
    }
  });

  it('is of the year reviewed at current prices: "hiện hành" is no "now"', () => {
    const found = indicatorsOf(
      'Sáng 6/1, UBND tỉnh Phú Yên tổng kết kinh tế - xã hội năm 2024.\n\nQuy mô GRDP theo giá hiện hành đạt khoảng 68.200 tỷ đồng.',
      '2025-01',
    );
    expect(found.map((i) => [i.indicator, i.period])).toEqual([['grdp', '2024-01-01..2024-12-31']]);
  });

  it('is of the article year when the article reviews nothing, or after February', () => {
    const plain = indicatorsOf('Tỉnh Hà Nam họp.\n\nTổng thu ngân sách đạt 1.200 tỷ đồng.', '2024-01');
    expect(plain.map((i) => i.period)).toEqual(['2024-01-01..2024-12-31']);
    const late = indicatorsOf(
      'UBND tỉnh Hà Nam tổng kết công tác năm 2023.\n\nTổng thu ngân sách đạt 4.100 tỷ đồng.',
      '2024-04',
    );
    expect(late.map((i) => i.period)).toEqual(['2024-01-01..2024-12-31']);
  });

  it('is of the year reviewed when a programme named at length is what the lead reviews', () => {
    const found = indicatorsOf(
      'Ngày 9/1, Sở Giao thông vận tải tỉnh Lào Cai tổng kết chương trình phát triển giao thông nông thôn năm 2024.\n\nCác địa phương đã huy động nhân dân đóng góp trên 126 tỷ đồng.',
      '2025-01',
    );
    expect(found.map((i) => [i.value, i.period])).toEqual([[126_000_000_000, '2024-01-01..2024-12-31']]);
  });

  it('is of the year reviewed for an average over it, though of a kind that stands', () => {
    const found = indicatorsOf(
      'Chiều 8/1, Sở Du lịch tỉnh Khánh Hòa tổng kết hoạt động du lịch năm 2024.\n\nCông suất sử dụng phòng bình quân đạt 68,4%.',
      '2025-01',
    );
    expect(found.map((i) => [i.value, i.period])).toEqual([[68.4, '2024-01-01..2024-12-31']]);
  });
});

describe('a time the sentence before compares with', () => {
  it('stays there when a bracket joins the next sentence to it', () => {
    const found = indicatorsOf(
      'Tỉnh Tuyên Quang họp. Thu nhập bình quân đầu người năm 2020 ước đạt 45,6 triệu đồng, gấp 1,6 lần năm 2015. Tỷ lệ hộ nghèo giảm còn 8,27% (năm 2015 là 21,2%); tỷ lệ che phủ rừng đạt 65,1%.',
      '2020-10',
    );
    expect(found.map((i) => [i.value, i.period])).toEqual([
      [45_600_000, '2020-01-01..2020-12-31'],
      [8.27, '2020-01-01..2020-12-31'],
      [21.2, '2015-01-01..2015-12-31'],
      [65.1, '2020-01-01..2020-12-31'],
    ]);
  });
});

describe("an aim's deadline and a document's date", () => {
  it('dates an aim by its deadline, never by the date of the document it cites', () => {
    const found = indicatorsOf(
      'Tỉnh Phú Thọ họp. Phó Chủ tịch UBND tỉnh yêu cầu thực hiện nghiêm Công điện số 18/CĐ-UBND ngày 21/11/2025 của UBND tỉnh, phấn đấu giải ngân đạt 100% kế hoạch vốn trước ngày 31/1/2026. Đến nay, giải ngân đạt 64,2% trước thời hạn.',
      '2025-12',
    );
    expect(found.map((i) => [i.value, i.period, i.status])).toEqual([
      [100, '2026-01-31..2026-01-31', 'target'],
      [64.2, '2025-01-01..2025-12-31', 'actual'],
    ]);
  });

  it('keeps a quarter named before the value over a deadline after it', () => {
    const found = indicatorsOf(
      'Trong quý IV/2025, phường Chánh Hiệp phấn đấu thu ngân sách thêm khoảng 70 tỉ đồng để hoàn thành dự toán trước ngày 31/12.',
      '2025-09',
    );
    expect(found.map((i) => [i.value, i.period, i.status])).toEqual([
      [70_000_000_000, '2025-10-01..2025-12-31', 'target'],
    ]);
  });

  it('gives a deadline to the value next to it, not to every aim of the clause before it', () => {
    const found = indicatorsOf(
      'UBND tỉnh Nghệ An yêu cầu phấn đấu đến ngày 30/6/2026 giải ngân đạt trên 45% và giải ngân 100% kế hoạch trước ngày 31/1/2027.',
      '2026-05',
    );
    expect(found.map((i) => [i.value, i.period, i.status])).toEqual([
      [45, '2026-06-30..2026-06-30', 'target'],
      [100, '2027-01-31..2027-01-31', 'target'],
    ]);
  });
});

describe('a bracket after the year compared with', () => {
  it('is the value of that year', () => {
    const found = indicatorsOf(
      'Thu nhập bình quân đầu người của xã Rạch Kiến năm 2025 ước đạt 78,6 triệu đồng, gấp 1,7 lần so với năm 2020 (46,2 triệu đồng).',
      '2025-09',
    );
    expect(found.map((i) => [i.value, i.period])).toEqual([
      [78_600_000, '2025-01-01..2025-12-31'],
      [46_200_000, '2020-01-01..2020-12-31'],
    ]);
  });

  it('is the value of the year a figure beats, over the year the sentence opened with', () => {
    const found = indicatorsOf(
      'Năm 2025, tốc độ tăng trưởng kinh tế của tỉnh Nghệ An ước đạt 8,1%, thấp hơn năm 2024 (tăng trưởng 9,0%); chỉ số sản xuất công nghiệp tăng 10,2% so với năm 2024 (kế hoạch tăng 9,5%).',
      '2025-12',
    );
    expect(found.map((i) => [i.value, i.period, i.status])).toEqual([
      [8.1, '2025-01-01..2025-12-31', 'estimate'],
      [9, '2024-01-01..2024-12-31', 'actual'],
      [10.2, '2025-01-01..2025-12-31', 'actual'],
      [9.5, '2025-01-01..2025-12-31', 'target'],
    ]);
  });
});

describe('a change from one level to another', () => {
  it('dates each end by its own time', () => {
    const found = indicatorsOf(
      'Tỷ lệ hộ nghèo của huyện Mường Nhé giảm từ 42,6% năm 2021 xuống còn 24,1% năm 2024.',
      '2025-02',
    );
    expect(found.map((i) => [i.value, i.period])).toEqual([
      [24.1, '2024-01-01..2024-12-31'],
      [42.6, '2021-01-01..2021-12-31'],
    ]);
  });
});

describe('a time compared with', () => {
  it('gives no period, even after "gấp … lần dịp lễ"', () => {
    const found = indicatorsOf(
      'Riêng dịp nghỉ lễ Quốc khánh 2/9, trong 4 ngày (từ 30/8 đến 2/9), tỉnh Thái Nguyên đón khoảng 312 nghìn lượt khách, gấp 1,6 lần dịp lễ năm trước; công suất phòng tại phường Phan Đình Phùng đạt 85 - 90%.',
      '2025-11',
    );
    expect(found.map((i) => [i.value, i.period])).toEqual([
      [312_000, '2025-08-30..2025-09-02'],
      [85, '2025-08-30..2025-09-02'],
    ]);
  });
});

describe('a vision and a length after the value', () => {
  it("name no period: the plan's period does, or the article year", () => {
    const found = indicatorsOf(
      'Theo Quy hoạch tỉnh thời kỳ 2021 - 2030, tầm nhìn đến năm 2050, Thái Bình có 50 cụm công nghiệp với tổng diện tích hơn 2.300 ha. Tỷ lệ lấp đầy CCN An Đồng mới đạt 18,5% do công ty chậm góp vốn gần 2 năm.',
      '2024-07',
    );
    expect(found.map((i) => [i.value, i.period])).toEqual([
      [2300, '2021-01-01..2030-12-31'],
      [18.5, '2024-01-01..2024-12-31'],
    ]);
  });
});

describe('a sentence opening on "Riêng"', () => {
  it('shares the period of the statistic before it in the paragraph, unless it stands at a moment', () => {
    const found = indicatorsOf(
      'Kim ngạch xuất nhập khẩu qua các cửa khẩu tỉnh Lào Cai 6 tháng đầu năm 2017 đạt 1,27 tỷ USD. Riêng tại cửa khẩu Bản Vược, kim ngạch xuất nhập khẩu đạt 46,5 triệu USD. Riêng KCN Đông Phố Mới có tỷ lệ lấp đầy đạt 90%.',
      '2017-06',
    );
    expect(found.map((i) => [i.value, i.period])).toEqual([
      [1_270_000_000, '2017-01-01..2017-06-30'],
      [46_500_000, '2017-01-01..2017-06-30'],
      [90, '2017-01-01..2017-12-31'],
    ]);
  });
});

describe('a running total said after a time', () => {
  it('is of the article year, not of the time the meeting was named for', () => {
    const found = indicatorsOf(
      'Tại hội nghị sơ kết quý III/2024 của Ban Quản lý Khu công nghệ cao Đà Nẵng, ông Phan Hữu Lộc cho biết lũy kế đến nay khu có 47 dự án còn hiệu lực.',
      '2024-10',
    );
    expect(found.map((i) => [i.indicator, i.value, i.period])).toEqual([
      ['investment_projects', 47, '2024-01-01..2024-12-31'],
    ]);
  });
});

describe('a time compared with as an estimated outturn', () => {
  it('gives no period: "so với ước thực hiện năm 2020"', () => {
    const found = indicatorsOf(
      'Dự toán thu ngân sách tỉnh Vĩnh Phúc năm 2021 là 32.150 tỷ đồng, giảm 4,4% so với ước thực hiện năm 2020; trong đó thu nội địa 27.800 tỷ đồng.',
      '2020-12',
    );
    expect(found.map((i) => [i.value, i.period, i.status])).toEqual([
      [32_150_000_000_000, '2021-01-01..2021-12-31', 'target'],
      [27_800_000_000_000, '2021-01-01..2021-12-31', 'target'],
    ]);
  });

  it('lets a paragraph opening on "Riêng" share the period of the statistic that closed the one before', () => {
    const found = indicatorsOf(
      'Năm 2025 xuất khẩu gạo của TP Cần Thơ ước đạt 1,32 tỷ USD.\n\nRiêng khu vực Sóc Trăng (cũ) xuất khẩu gạo trị giá 596 triệu USD.',
      '2026-01',
    );
    expect(found.map((i) => [i.value, i.period])).toContainEqual([596_000_000, '2025-01-01..2025-12-31']);
  });
});

describe('a numbered list of targets under a heading, and a clause on what stands now', () => {
  it("gives each item the heading's year and aim", () => {
    const found = indicatorsOf(
      'Kỳ họp HĐND tỉnh Thanh Hóa thống nhất các chỉ tiêu chủ yếu năm 2026:\n1. Tốc độ tăng trưởng GRDP đạt 10% trở lên;\n2. Thu ngân sách nhà nước 52.500 tỉ đồng.',
      '2025-12',
    );
    expect(found.map((i) => [i.value, i.period, i.status])).toEqual([
      [10, '2026-01-01..2026-12-31', 'target'],
      [52_500_000_000_000, '2026-01-01..2026-12-31', 'target'],
    ]);
  });

  it('leaves "hiện có …" after a year to the article year', () => {
    const found = indicatorsOf(
      'Năm 2022, huyện Hương Khê huy động hơn 41 tỷ đồng nguồn lực xã hội hóa; hiện có 16/19 xã đạt chuẩn nông thôn mới.',
      '2023-05',
    );
    expect(found.map((i) => [i.value, i.period])).toEqual([
      [41_000_000_000, '2022-01-01..2022-12-31'],
      [16, '2023-01-01..2023-12-31'],
    ]);
  });
});

describe('the years a poverty line is drawn for', () => {
  it('date no statistic measured by it, nor make it a target', () => {
    const found = indicatorsOf(
      'Năm 2023, tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giai đoạn 2022 - 2025 của tỉnh Lai Châu giảm còn 14,2%.',
      '2024-01',
    );
    expect(found.map((i) => [i.value, i.period, i.status])).toEqual([
      [14.2, '2023-01-01..2023-12-31', 'actual'],
    ]);
  });
});

describe('an aim after the statistic, past a comma or a semicolon', () => {
  it('is the same statistic aimed at that year', () => {
    const found = indicatorsOf(
      'Tỷ lệ đô thị hóa của tỉnh Khánh Hòa năm 2023 đạt 52,4%, mục tiêu đến năm 2030 đạt 70%. Thu nhập bình quân đầu người năm 2022 đạt 53,6 triệu đồng; phấn đấu đến năm 2025 đạt 65 triệu đồng.',
      '2023-06',
    );
    expect(found.map((i) => [i.indicator, i.value, i.period, i.status]).sort()).toEqual([
      ['grdp_per_capita', 53_600_000, '2022-01-01..2022-12-31', 'actual'],
      ['grdp_per_capita', 65_000_000, '2025-01-01..2025-12-31', 'target'],
      ['urbanization_rate', 52.4, '2023-01-01..2023-12-31', 'actual'],
      ['urbanization_rate', 70, '2030-01-01..2030-12-31', 'target'],
    ]);
  });
});

describe('a level a figure is compared with ("cao hơn mức …")', () => {
  it('is a baseline of the time named after it', () => {
    const found = indicatorsOf(
      'Quý I, tốc độ tăng trưởng kinh tế của tỉnh Bắc Ninh ước đạt 7,4%, thấp hơn mức 8,9% của cùng kỳ năm 2025. Năm 2025, thu ngân sách của tỉnh Bắc Ninh đạt 41.000 tỷ đồng, cao hơn mức 38.200 tỷ đồng của năm trước.',
      '2026-04',
    );
    expect(found.map((i) => [i.value, i.period, i.status])).toEqual([
      [8.9, '2025-01-01..2025-03-31', 'actual'],
      [7.4, '2026-01-01..2026-03-31', 'estimate'],
      [38_200_000_000_000, '2024-01-01..2024-12-31', 'actual'],
      [41_000_000_000_000, '2025-01-01..2025-12-31', 'actual'],
    ]);
  });

  it('keeps the time of the level to that level, not the clause after it', () => {
    const found = indicatorsOf(
      'Năm 2025, tăng trưởng kinh tế của tỉnh Tây Ninh ước đạt 8,2%, thấp hơn mức 9,1% của năm 2024; thu ngân sách ước đạt 24.600 tỷ đồng.',
      '2025-12',
    );
    expect(found.map((i) => [i.value, i.period])).toEqual([
      [9.1, '2024-01-01..2024-12-31'],
      [8.2, '2025-01-01..2025-12-31'],
      [24_600_000_000_000, '2025-01-01..2025-12-31'],
    ]);
  });
});

describe('how long since a firm began ("sau 4 năm hoạt động")', () => {
  it('dates no standing figure of it, which is the article year’s, but spans what it did', () => {
    const found = indicatorsOf(
      'Ông Park Min-su, Tổng Giám đốc Công ty TNHH Hanil Vina, cho biết sau 4 năm hoạt động tại KCN Phú Bài, công ty đã nâng tổng vốn đầu tư lên 62 triệu USD. Trong 4 năm qua, công ty đã tạo việc làm cho hơn 1.900 lao động.',
      '2024-08',
    );
    expect(found.map((i) => [i.indicator, i.value, i.period])).toEqual([
      ['investment_capital', 62_000_000, '2024-01-01..2024-12-31'],
      ['jobs_created', 1900, 'null..null'],
    ]);
  });
});

describe('the year a share of a plan is of', () => {
  it('dates a target after a clause that named months', () => {
    const found = indicatorsOf(
      'Trong quý I/2026, tỉnh Lai Châu giải ngân vốn đầu tư công đạt 14,2%; tỉnh phấn đấu giải ngân 95% kế hoạch vốn năm 2026.',
      '2026-04',
    );
    expect(found.map((i) => [i.value, i.period, i.status])).toEqual([
      [14.2, '2026-01-01..2026-03-31', 'actual'],
      [95, '2026-01-01..2026-12-31', 'target'],
    ]);
  });
});

describe('an article of January that opens on the year before', () => {
  it('gives the figures that name no time that year', () => {
    const article = (lead: string) =>
      indicatorsOf(
        `${lead} Ngành thủy sản đóng góp lớn với kim ngạch xuất khẩu ước đạt 840 triệu USD.`,
        '2026-01',
      );
    expect(article('Năm 2025, tỉnh Cà Mau giữ đà tăng trưởng ổn định.').map((i) => i.period)).toEqual([
      '2025-01-01..2025-12-31',
    ]);
    expect(article('Tỉnh Cà Mau bước vào năm 2026 với nhiều kỳ vọng.').map((i) => i.period)).toEqual([
      '2026-01-01..2026-12-31',
    ]);
  });
});

describe('a sentence that breaks down the figure before ("Trong số này, …")', () => {
  it('shares its period when it names none', () => {
    const found = indicatorsOf(
      'Trong 9 tháng, tỉnh Thái Nguyên thu hút hơn 1,2 tỷ USD vốn FDI. Trong số này, 64 dự án FDI cấp mới có tổng vốn đăng ký khoảng 700 triệu USD.',
      '2025-10',
    );
    expect(found.map((i) => [i.value, i.period])).toEqual([
      [1_200_000_000, '2025-01-01..2025-09-30'],
      [64, '2025-01-01..2025-09-30'],
      [700_000_000, '2025-01-01..2025-09-30'],
    ]);
  });
});

describe('the capital of the projects the sentence before counted ("Tổng vốn …")', () => {
  it('shares their period when its sentence names none', () => {
    const found = indicatorsOf(
      '5 tháng đầu năm, tỉnh Hưng Yên cấp mới 31 dự án, trong đó có 12 dự án FDI. Tổng vốn đăng ký đạt hơn 640 triệu USD.',
      '2024-06',
    );
    expect(found.map((i) => [i.value, i.period])).toEqual([
      [31, '2024-01-01..2024-05-31'],
      [12, '2024-01-01..2024-05-31'],
      [640_000_000, '2024-01-01..2024-05-31'],
    ]);
  });
});

describe('a firm’s figure in a January article that opens on the year before', () => {
  it('is of that year, as other figures are; its capital stands at the article’s own', () => {
    const found = indicatorsOf(
      'Năm 2025, kinh tế tỉnh Hà Tĩnh tăng trưởng khá.\n\nÔng Lin Wei, Tổng Giám đốc Công ty TNHH Gang thép Sông Trà cho biết, kim ngạch xuất khẩu của công ty đạt 1,2 tỷ USD; công ty đã nâng tổng vốn đầu tư lên 3 tỷ USD.',
      '2026-01',
    );
    expect(found.map((i) => [i.indicator, i.period])).toEqual([
      ['export_value', '2025-01-01..2025-12-31'],
      ['investment_capital', '2026-01-01..2026-12-31'],
    ]);
  });
});

describe('visitors after a sentence that singles out a time ("Riêng quý IV, …")', () => {
  it('do not take the singled-out time', () => {
    const found = indicatorsOf(
      'Năm 2025, tỉnh Lâm Đồng đón hơn 21 triệu lượt khách. Riêng quý IV/2025, khách quốc tế đạt 400.000 lượt. Khu vực Đà Lạt (cũ) đón gần 9 triệu lượt khách.',
      '2026-01',
    );
    expect(found.map((i) => [i.value, i.period])).toEqual([
      [21_000_000, '2025-01-01..2025-12-31'],
      [400_000, '2025-10-01..2025-12-31'],
      [9_000_000, '2025-01-01..2025-12-31'],
    ]);
  });
});

describe('a day before "đánh giá" (a verb of saying)', () => {
  it('dates the speech, not the standing figure said', () => {
    const found = indicatorsOf(
      'Chiều 8/1, tại hội nghị tổng kết, ông Trần Văn Hưng đánh giá tỉnh Lâm Đồng mới có diện tích tự nhiên hơn 24.200 km2.',
      '2026-01',
    );
    expect(found.map((i) => [i.value, i.period])).toEqual([[24_200, '2026-01-01..2026-12-31']]);
  });
});

describe('tourism takings after visitors and the rooms they filled', () => {
  it('share the months the visitors were counted over', () => {
    const found = indicatorsOf(
      'Trong 10 tháng, tỉnh Khánh Hòa đón khoảng 9,7 triệu lượt khách, tăng 16,3%; công suất sử dụng phòng bình quân đạt 64,8%. Tổng thu từ du lịch ước đạt 8.950 tỷ đồng.',
      '2025-11',
    );
    expect(found.map((i) => [i.indicator, i.period])).toEqual([
      ['tourist_arrivals', '2025-01-01..2025-10-31'],
      ['occupancy_rate', '2025-01-01..2025-10-31'],
      ['tourism_revenue', '2025-01-01..2025-10-31'],
    ]);
  });
});

describe('a time after a name that ends on a word of comparison', () => {
  it('is the period, not a baseline ("Cao Bằng 9 tháng năm 2020")', () => {
    const found = indicatorsOf('Cao Bằng 9 tháng năm 2020, thu ngân sách đạt 1.620 tỷ đồng.', '2020-10');
    expect(found.map((i) => [i.value, i.period])).toContainEqual([
      1_620_000_000_000,
      '2020-01-01..2020-09-30',
    ]);
  });
});

describe('visitors of places counted one after another in the sentence after the whole', () => {
  it('share the months the whole was counted over, each place as the first', () => {
    const found = indicatorsOf(
      'Trong 6 tháng, tỉnh Quảng Ninh đón 9,2 triệu lượt khách. TP Hạ Long đón khoảng 4,1 triệu lượt khách; huyện Vân Đồn đón gần 1,3 triệu lượt khách.',
      '2024-07',
    );
    expect(found.map((i) => [i.subject, i.period])).toEqual([
      ['Quảng Ninh', '2024-01-01..2024-06-30'],
      ['Hạ Long', '2024-01-01..2024-06-30'],
      ['Vân Đồn', '2024-01-01..2024-06-30'],
    ]);
  });
});

describe('a year a figure counts from, right after its unit', () => {
  it('is the year the figure is for, over the day its sentence opened with', () => {
    const found = indicatorsOf(
      'Tỉnh Thái Bình họp. Ngày 20-3, Công ty TNHH May Hòa Bình khởi công nhà máy, dự kiến tạo việc làm cho khoảng 1.800 lao động từ năm 2027.',
      '2025-04',
    );
    expect(found.map((i) => [i.indicator, i.value, i.period])).toEqual([
      ['jobs_created', 1800, '2027-01-01..2027-12-31'],
    ]);
  });

  it('is no year after another number in the clause', () => {
    const found = indicatorsOf(
      'Tỉnh Thái Bình họp. Năm 2024, tỉnh tạo việc làm cho 21.000 lao động, 3 lần từ năm 2020.',
      '2025-04',
    );
    expect(found.map((i) => [i.value, i.period])).toEqual([[21_000, '2024-01-01..2024-12-31']]);
  });
});

describe('the time a record is measured from', () => {
  it('dates no statistic after it: "mức cao nhất kể từ đầu nhiệm kỳ"', () => {
    const found = indicatorsOf(
      'Tỉnh Nam Định họp. Năm 2024, GRDP ước tăng 7,8%, mức cao nhất kể từ đầu nhiệm kỳ, đưa quy mô GRDP lên 92,8 nghìn tỷ đồng; GRDP bình quân đầu người ước đạt 68,5 triệu đồng.',
      '2024-12',
    );
    expect(found.map((i) => [i.indicator, i.period])).toEqual([
      ['grdp_growth', '2024-01-01..2024-12-31'],
      ['grdp', '2024-01-01..2024-12-31'],
      ['grdp_per_capita', '2024-01-01..2024-12-31'],
    ]);
  });
});

describe('the jobs a plant is to give from a time', () => {
  it('are counted over that time, not from it on', () => {
    const found = indicatorsOf(
      'Tỉnh Hải Dương họp. Công ty TNHH Điện tử Minh Long dự kiến vận hành nhà máy từ quý III/2026, tạo việc làm cho khoảng 1.800 lao động.',
      '2025-11',
    );
    expect(found.filter((i) => i.indicator === 'jobs_created').map((i) => [i.status, i.period])).toEqual([
      ['estimate', '2026-07-01..2026-09-30'],
    ]);
  });
});

describe('"cả năm" between a shorter time and the value', () => {
  it('widens the time to the whole of its year', () => {
    const found = indicatorsOf(
      'Tỉnh Thái Bình họp. Tỉnh tập trung trong quý IV/2024, phấn đấu cả năm thu ngân sách đạt 21.000 tỷ đồng. Tháng 10, xuất khẩu đạt 350 triệu USD; ước cả năm xuất khẩu đạt 4,1 tỷ USD.',
      '2024-11',
    );
    expect(found.map((i) => [i.value, i.period])).toEqual([
      [21_000_000_000_000, '2024-01-01..2024-12-31'],
      [350_000_000, '2024-10-01..2024-10-31'],
      [4_100_000_000, '2024-01-01..2024-12-31'],
    ]);
  });

  it('leaves a school year alone', () => {
    const found = indicatorsOf(
      'Tỉnh Thái Bình họp. Trong tháng 9/2024, các trường bước vào cả năm học mới với 98% học sinh đủ sách, tỷ lệ hộ nghèo còn 2,1%.',
      '2024-11',
    );
    expect(found.map((i) => [i.value, i.period])).toEqual([[2.1, '2024-09-01..2024-09-30']]);
  });
});

describe('"cả vụ" after a shorter time', () => {
  it('is the whole of the season the sentence named', () => {
    const found = indicatorsOf(
      'Tỉnh An Giang họp. Vụ hè thu 2024, toàn tỉnh xuống giống 230.000 ha; đến ngày 20-8 đã thu hoạch 180.000 ha, sản lượng lúa cả vụ ước đạt 1,35 triệu tấn.',
      '2024-08',
    );
    expect(found.find((i) => i.indicator === 'rice_output')?.period).toBe('2024-01-01..2024-12-31');
  });
});

describe('"N tháng qua" as many months as the year has had', () => {
  it('is the year to date; a length that is not stays open', () => {
    const found = indicatorsOf(
      'Tỉnh Sóc Trăng họp. Trong 10 tháng qua, diện tích thả nuôi tôm toàn tỉnh đạt 50.320 ha. Trong 3 tháng qua, thu ngân sách đạt 900 tỷ đồng.',
      '2019-11',
    );
    expect(found.map((i) => [i.value, i.period])).toEqual([
      [50_320, '2019-01-01..2019-10-31'],
      [900_000_000_000, 'null..null'],
    ]);
  });
});

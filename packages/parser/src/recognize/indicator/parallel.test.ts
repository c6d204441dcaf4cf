import { describe, expect, it } from 'vitest';
import { indicatorsOf } from './test-article.js';

describe('a parallel clause after a comma takes the indicator of the one before', () => {
  it('gives the second zone its own subject and the same indicator', () => {
    const found = indicatorsOf(
      'Năm 2024, Đà Nẵng thu hút đầu tư tốt. Tỷ lệ lấp đầy tại KCN Hòa Khánh đạt 92%, KCN Hòa Cầm mới đạt 47,6%.',
    );
    // Both spans open at the phrase, so their order is not the point.
    const facts = found.map((i) => [i.subject, i.indicator, i.value]);
    expect(facts).toHaveLength(2);
    expect(facts).toEqual(
      expect.arrayContaining([
        ['Hòa Khánh', 'occupancy_rate', 92],
        ['Hòa Cầm', 'occupancy_rate', 47.6],
      ]),
    );
  });

  it('gives a clause after a semicolon that opens on another time the same measure for that time', () => {
    const found = indicatorsOf(
      'Ông Trần Quốc Bửu cho biết, năm 2024 tỉnh Bến Tre có kim ngạch xuất khẩu đạt 18,7 triệu USD; 10 tháng năm nay đạt khoảng 17,2 triệu USD; 500 hộ được hỗ trợ.',
      '2025-06',
    );
    expect(found.map((i) => [i.indicator, i.value, i.period])).toEqual([
      ['export_value', 18_700_000, '2024-01-01..2024-12-31'],
      ['export_value', 17_200_000, '2025-01-01..2025-10-31'],
    ]);
  });

  it("gives a year's level after a growth rate the same measure, in the unit the measure takes", () => {
    const found = indicatorsOf(
      'Trong 5 năm (2018 - 2022), kim ngạch xuất khẩu của tỉnh Bến Tre tăng bình quân 9,3%/năm; năm 2022 đạt 391,2 triệu USD. ' +
        'GRDP của tỉnh Bến Tre tăng 7,5%; năm 2022 đạt 50.000 tỷ đồng.',
      '2023-09',
    );
    expect(found.map((i) => [i.indicator, i.value, i.period])).toEqual([
      ['export_value', 9.3, '2018-01-01..2022-12-31'],
      ['export_value', 391_200_000, '2022-01-01..2022-12-31'],
      // A growth rate names no size: the sum after it is no figure of the growth.
      ['grdp_growth', 7.5, '2023-01-01..2023-12-31'],
    ]);
  });

  it('gives a place that "còn" sets against the ones before its own subject', () => {
    const found = indicatorsOf(
      'Tỉnh Bình Dương họp. Đến ngày 30/6, tỷ lệ giải ngân của TP Thủ Dầu Một đạt 58,3%, còn huyện Bắc Tân Uyên chỉ đạt 21,4%.',
      '2024-07',
    );
    expect(found.map((i) => [i.subject, i.indicator, i.value]).sort()).toEqual([
      ['Bắc Tân Uyên', 'public_investment_disbursement', 21.4],
      ['Thủ Dầu Một', 'public_investment_disbursement', 58.3],
    ]);
  });

  it('gives a place that "trong khi" sets against a list before it its own subject', () => {
    const found = indicatorsOf(
      'Tỉnh Quảng Nam họp. Đến ngày 30/9, huyện Núi Thành và huyện Phú Ninh có tỷ lệ giải ngân lần lượt 76,4% và 70,2%, trong khi thị xã Điện Bàn mới đạt 33,8%.',
      '2023-10',
    );
    expect(found.map((i) => [i.subject, i.indicator, i.value]).sort()).toEqual(
      [
        ['Phú Ninh', 'public_investment_disbursement', 70.2],
        ['Điện Bàn', 'public_investment_disbursement', 33.8],
        ['Núi Thành', 'public_investment_disbursement', 76.4],
      ].sort(),
    );
  });

  it('gives a second zone whose name closes on a number its own subject', () => {
    const found = indicatorsOf(
      'Năm 2024, tỉnh thu hút đầu tư tốt. Tỷ lệ lấp đầy KCN Hiệp Phước đạt 92%, KCN Tân Hương 2 đạt 61,3%.',
    );
    expect(found.map((i) => [i.subject, i.value])).toEqual(
      expect.arrayContaining([
        ['Hiệp Phước', 92],
        ['Tân Hương 2', 61.3],
      ]),
    );
    expect(found).toHaveLength(2);
  });

  it('reads a second subject whose verb is left out with the phrase', () => {
    const found = indicatorsOf(
      'Năm 2025, tỉnh Ninh Bình thu hút đầu tư. Tỷ lệ lấp đầy KCN Đồng Văn II đạt 96,5%, KCN Khánh Phú khoảng 92%.',
    );
    expect(found.map((i) => [i.subject, i.value]).sort()).toEqual([
      ['Khánh Phú', 92],
      ['Đồng Văn II', 96.5],
    ]);
    const lower = indicatorsOf(
      'Năm 2025, tỉnh Ninh Bình thu hút đầu tư. Tỷ lệ lấp đầy KCN Đồng Văn II đạt 96,5%, riêng mức bình quân 80%.',
    );
    expect(lower.map((i) => i.value)).toEqual([96.5]);
  });

  it('reads a second border gate named after "qua" and its type word', () => {
    const found = indicatorsOf(
      'Năm 2025, kim ngạch xuất nhập khẩu qua cửa khẩu quốc tế Tịnh Biên của tỉnh An Giang đạt 618 triệu USD, qua cửa khẩu quốc tế Vĩnh Xương đạt 436 triệu USD.',
    );
    expect(found.map((i) => [i.indicator, i.value]).sort()).toEqual([
      ['trade_value', 436_000_000],
      ['trade_value', 618_000_000],
    ]);
  });

  it('does not carry an indicator to a value of another unit or without a new subject', () => {
    const found = indicatorsOf(
      'Năm 2024, Đà Nẵng có tỷ lệ lấp đầy KCN đạt 82%, tăng 5 điểm phần trăm, giải quyết 3.000 lao động.',
    );
    expect(found.map((i) => i.value)).toEqual([82]);
  });
});

describe('subject in scope', () => {
  it('is not a place named only as a comparison', () => {
    const found = indicatorsOf(
      'Tỉnh Quảng Nam có tốc độ tăng trưởng GRDP đạt 8,2%, chỉ sau thành phố Đà Nẵng. Thu ngân sách đạt 25.000 tỷ đồng.',
    );
    expect(found.map((i) => i.subject)).toEqual(['Quảng Nam', 'Quảng Nam']);
  });

  it('is not the place a ranking puts the province after', () => {
    const found = indicatorsOf(
      'Tỉnh Bình Dương họp. Kim ngạch xuất khẩu ước đạt 32,4 tỉ USD, đứng thứ ba cả nước sau TP.HCM và Bắc Ninh. Riêng tháng 6, xuất khẩu đạt 2,9 tỉ USD.',
    );
    expect(found.map((i) => i.subject)).toEqual(['Bình Dương', 'Bình Dương']);
  });

  it('is not a former unit', () => {
    const found = indicatorsOf(
      'Tỉnh Gia Lai mới gồm tỉnh Gia Lai và tỉnh Bình Định (cũ). Tăng trưởng kinh tế của tỉnh ước đạt 8,16%.',
      '2025-10',
    );
    expect(found.map((i) => i.subject)).toEqual(['Gia Lai']);
  });

  it('is not a counterpart after "với" nor a unit a merger joined', () => {
    const found = indicatorsOf(
      'Tỉnh Lâm Đồng mới ra đời sau khi hợp nhất ba tỉnh Lâm Đồng, Đắk Nông và Bình Thuận. Cao tốc kết nối tỉnh với TP.HCM. Tỷ lệ đô thị hóa đạt 50%.',
      '2025-10',
    );
    expect(found.map((i) => i.subject)).toEqual(['Lâm Đồng']);
  });

  it('is the zone named right after "tại" in the clause', () => {
    const found = indicatorsOf('Thành phố Đà Nẵng có nhiều KCN. Tỷ lệ lấp đầy tại KCN Hòa Khánh đạt 92%.');
    expect(found.map((i) => i.subject)).toEqual(['Hòa Khánh']);
  });

  it("reads a place singled out after a baseline's bracket, its figure what is left", () => {
    const found = indicatorsOf(
      'Tỷ lệ hộ nghèo toàn tỉnh Bắc Kạn cuối năm 2022 còn 20,6% (cuối năm 2021 là 24,35%), riêng huyện Pác Nặm vẫn còn 41,8%.',
      '2023-06',
    );
    expect(found.map((i) => [i.subject, i.value, i.period])).toContainEqual([
      'Pác Nặm',
      41.8,
      '2022-01-01..2022-12-31',
    ]);
  });

  it('reads a place singled out past the change of the figure before', () => {
    for (const change of [
      'giảm 0,74 điểm phần trăm',
      'tương ứng giảm 0,74 điểm phần trăm so với cùng kỳ',
      'giảm 0,74 điểm phần trăm so với năm 2022',
    ]) {
      const found = indicatorsOf(
        `Tỷ lệ hộ nghèo toàn tỉnh Ninh Thuận cuối năm 2023 ước còn 3,12% (cuối năm 2022 là 3,86%), ${change}; riêng huyện Bác Ái vẫn còn 17,4%.`,
        '2023-12',
      );
      expect(found.map((i) => [i.subject, i.value])).toContainEqual(['Bác Ái', 17.4]);
    }
  });

  it('reads a place "riêng" singles out after a semicolon', () => {
    const found = indicatorsOf(
      'Toàn tỉnh Đồng Nai có tỷ lệ hộ nghèo 0,27% (cuối năm 2024 là 0,58%); riêng khu vực Bình Phước (cũ) là 0,74%.',
      '2025-11',
    );
    expect(found.map((i) => [i.subject, i.value])).toContainEqual(['Bình Phước', 0.74]);
  });

  it('reads the last zone of a parallel list after "và"', () => {
    const found = indicatorsOf(
      'Tỉnh Hà Nam có tỷ lệ lấp đầy của KCN Đồng Văn I đạt 100%, KCN Đồng Văn II đạt 98,7% và KCN Đồng Văn IV đạt 78,2%.',
      '2023-10',
    );
    expect(found.map((i) => [i.subject, i.value])).toContainEqual(['Đồng Văn IV', 78.2]);
  });
});

describe('parts listed after "trong đó", the measure left out', () => {
  it('gives the next part the measure of the first', () => {
    const found = indicatorsOf(
      'Tỉnh Bình Phước họp. Năm 2021, kim ngạch xuất khẩu ước đạt 3,62 tỉ USD; trong đó xuất khẩu hạt điều nhân ước đạt 1.480 triệu USD, cao su ước đạt 585 triệu USD.',
      '2021-12',
    );
    expect(found.map((i) => [i.indicator, i.value]).sort((a, b) => Number(b[1]) - Number(a[1]))).toEqual([
      ['export_value', 3_620_000_000],
      ['export_value', 1_480_000_000],
      ['export_value', 585_000_000],
    ]);
  });

  it('leaves a new measure after the comma alone', () => {
    const found = indicatorsOf(
      'Tỉnh Lai Châu họp. Năm 2024, trong đó xuất khẩu chè đạt 12 triệu USD, vốn sự nghiệp 465 triệu USD.',
      '2024-12',
    );
    expect(found.map((i) => i.value)).toEqual([12_000_000]);
  });
});

describe('where a breakdown goes on in lower case and names a place', () => {
  it('gives the place its share no measure of its own', () => {
    const found = indicatorsOf(
      'Tỉnh Tiền Giang họp. Đến ngày 20/4, trong đó diện tích sầu riêng bị thiệt hại là 1.236 ha, tập trung ở huyện Cái Bè với 768 ha.',
      '2024-04',
    );
    expect(found.map((i) => i.value)).toEqual([1236]);
  });
});

describe('a clause after a comma that says what else happened', () => {
  it('is no parallel clause: "…, KCN Quang Châu đón dự án điện tử 150 triệu USD"', () => {
    const found = indicatorsOf(
      'Tỉnh Bắc Giang họp. Tháng 1, xuất khẩu ước đạt 3,58 tỷ USD, KCN Quang Châu đón dự án điện tử 150 triệu USD.',
      '2025-02',
    );
    expect(found.map((i) => [i.indicator, i.value])).toEqual([['export_value', 3580000000]]);
  });
});

describe('a phrase joined to a value by "và" alone', () => {
  it('ends one item of a list: "… vùng trồng xuất khẩu và 80% vườn vải đạt chuẩn"', () => {
    const found = indicatorsOf(
      'Tỉnh Bắc Giang họp. Đến năm 2030, huyện có 65 mã số vùng trồng xuất khẩu và 80% vườn vải đạt chuẩn VietGAP.',
      '2025-02',
    );
    expect(found.map((i) => i.indicator)).not.toContain('export_value');
  });
});

describe('a part of a part singled out by "riêng"', () => {
  it('is no statistic of the part before it', () => {
    const found = indicatorsOf(
      'Tỉnh Hải Dương họp. Thu ngân sách 9 tháng đạt 15.412 tỷ đồng; trong đó thu nội địa gần 13.100 tỷ đồng, riêng tiền sử dụng đất khoảng 3,2 nghìn tỷ đồng.',
      '2024-10',
    );
    expect(found.map((i) => i.value)).toEqual([15412000000000, 13100000000000]);
  });
});

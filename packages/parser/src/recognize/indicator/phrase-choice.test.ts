import { describe, expect, it } from 'vitest';
import { indicatorsOf } from './test-article.js';

const keys = (body: string) => indicatorsOf(body).map((i) => [i.indicator, i.value]);

describe('a phrase inside a longer compound is not that phrase', () => {
  it.each([
    ['Thu từ hoạt động xuất nhập khẩu đạt 4.950 tỷ đồng.', 'budget_revenue', 4_950_000_000_000],
    ['Kim ngạch xuất nhập khẩu đạt 2,1 tỷ USD.', 'trade_value', 2_100_000_000],
    ['Thu nội địa của tỉnh đạt 7.200 tỷ đồng.', 'budget_revenue', 7_200_000_000_000],
  ])('%s', (body, key, value) => {
    const found = keys(`Tỉnh Quảng Nam: ${body}`);
    expect(found).not.toContainEqual(['import_value', value]);
    expect(found).not.toContainEqual(['export_value', value]);
    if (key !== 'trade_value') expect(found).toContainEqual([key, value]);
  });

  it('still reads a plain "nhập khẩu"', () => {
    expect(keys('Tỉnh Quảng Nam: kim ngạch nhập khẩu đạt 1,2 tỷ USD.')).toContainEqual([
      'import_value',
      1_200_000_000,
    ]);
  });
});

describe('the verb of result that governs the clause wins', () => {
  it.each([
    ['Tỉnh Lai Châu giải ngân vốn đầu tư phát triển đạt 612,4 tỷ đồng.', 'public_investment_disbursement'],
    ['Tỉnh Lai Châu giải ngân nguồn vốn đầu tư đạt 95 tỷ đồng.', 'public_investment_disbursement'],
  ])('%s', (body, key) => {
    expect(indicatorsOf(body).map((i) => i.indicator)).toEqual([key]);
  });

  it('keeps a noun phrase when no verb of result opens the clause', () => {
    expect(
      indicatorsOf('Tỉnh Lai Châu có tổng vốn đầu tư đạt 612,4 tỷ đồng.').map((i) => i.indicator),
    ).toEqual(['investment_capital']);
  });
});

describe('tourists', () => {
  it('reads international visitors after a semicolon', () => {
    const found = keys(
      'Năm 2024, Đà Nẵng đón 7,66 triệu lượt khách, tăng 16%; trong đó khách quốc tế ước đạt 3,5 triệu lượt, tăng 22%.',
    );
    expect(found).toContainEqual(['tourist_arrivals', 7_660_000]);
    expect(found).toContainEqual(['tourist_arrivals', 3_500_000]);
  });

  it('reads domestic visitors', () => {
    expect(keys('Năm 2024, Khánh Hòa có khách nội địa đạt 6 triệu lượt.')).toContainEqual([
      'tourist_arrivals',
      6_000_000,
    ]);
  });
});

describe('a part counted after "trong đó" is no statistic of its own', () => {
  it('reads the total, not the part', () => {
    const found = indicatorsOf(
      'Năm 2024, tỉnh Bình Dương hoàn thành 5.200 căn nhà ở xã hội, trong đó 2.618 căn đã bàn giao.',
    );
    expect(found.map((i) => i.value)).not.toContain(2618);
  });
});

describe('the level a rate came to after its change takes the phrase too', () => {
  it.each([
    ['Tỷ lệ hộ nghèo giảm bình quân 2,3%/năm, hiện còn 9,6%.', 9.6],
    ['Tỷ lệ hộ nghèo giảm 1,8%, nay chỉ còn 3,2%.', 3.2],
    ['Tỷ lệ hộ nghèo giảm 2%, đến cuối năm còn 7,45%.', 7.45],
  ])('%s', (body, level) => {
    expect(keys(`Năm 2022, tỉnh Kon Tum: ${body}`)).toContainEqual(['poverty_rate', level]);
  });

  it('leaves a second value with no "còn" to its own statement', () => {
    expect(keys('Năm 2022, tỉnh Kon Tum: tỷ lệ hộ nghèo giảm 2%, 15 xã thoát nghèo.')).not.toContainEqual([
      'poverty_rate',
      15,
    ]);
  });
});

describe('the projects a zone holds in all', () => {
  it.each([
    ['nâng tổng số dự án còn hiệu lực lên 64 dự án', 'investment_projects'],
    ['nâng tổng số dự án có vốn đầu tư nước ngoài còn hiệu lực lên 64 dự án', 'fdi_projects'],
  ])('%s', (clause, key) => {
    expect(keys(`Năm 2018, KKT Chân Mây - Lăng Cô thu hút thêm 7 dự án, ${clause}.`)).toContainEqual([
      key,
      64,
    ]);
  });
});

describe('growth named bare, districts that completed the new-rural programme', () => {
  it.each([
    ['Năm 2024, tỉnh Bắc Giang phấn đấu tăng trưởng 14%.', 'grdp_growth', 14],
    [
      'Năm 2024, tỉnh Thái Nguyên có 7/9 huyện, thành phố đã hoàn thành nhiệm vụ xây dựng nông thôn mới.',
      'new_rural_communes',
      7,
    ],
    [
      'Năm 2023, tỉnh Quảng Nam có 5/18 huyện, thị xã, thành phố đạt chuẩn, hoàn thành nhiệm vụ xây dựng nông thôn mới.',
      'new_rural_communes',
      5,
    ],
  ])('%s', (body, key, value) => {
    expect(keys(body)).toContainEqual([key, value]);
  });

  it('leaves a topic a comma closes to no figure after it', () => {
    expect(
      keys(
        'Sáu tháng, tỉnh Khánh Hòa tăng trưởng, thu ngân sách nhà nước đạt 7.115 tỉ đồng, bằng 52,4% dự toán.',
      ),
    ).not.toContainEqual(['grdp_growth', 52.4]);
  });
});

describe('passengers a company carried', () => {
  it('are no tourists of the province', () => {
    expect(keys('Năm 2024, tỉnh Quảng Nam: công ty tàu cao tốc đã chở hơn 9.500 lượt khách.')).toEqual([]);
  });
});

describe('the land a work takes is no area of the place', () => {
  it('reads no statistic in land to clear, and the area of the province still', () => {
    const found = indicatorsOf(
      'Tỉnh An Giang họp. Tổng diện tích đất phải thu hồi cho tuyến cao tốc hơn 497 ha. Diện tích giải phóng mặt bằng đạt 215 ha. Tổng diện tích tự nhiên của tỉnh là 3.536 km2.',
      '2023-05',
    );
    expect(found.map((i) => [i.indicator, i.value])).toEqual([['area', 3536]]);
  });
});

describe('where a total lies, place by place', () => {
  it('is no statistic of each place after "tập trung ở"; a list of places each reaching its own is', () => {
    const found = indicatorsOf(
      'Tỉnh Bến Tre họp. Diện tích dừa bị ảnh hưởng là 9.240 ha, tập trung ở Ba Tri 3.120 ha, Thạnh Phú 2.780 ha và Bình Đại 1.900 ha. Tỷ lệ lấp đầy KCN Giao Long đạt 82%, KCN An Hiệp đạt 95%.',
      '2023-03',
    );
    expect(found.map((i) => [i.value, i.subject])).toEqual([
      [9240, 'Bến Tre'],
      // (Both spans open at "Tỷ lệ": the longer one first.)
      [95, 'An Hiệp'],
      [82, 'Giao Long'],
    ]);
  });
});

describe('a share and the count it names', () => {
  it('takes the phrase right after it over a statistic named before', () => {
    const found = indicatorsOf(
      'Tỉnh Nghệ An họp. Phấn đấu đến năm 2025, tỷ lệ hộ nghèo giảm còn dưới 1,5% và 100% số xã đạt chuẩn nông thôn mới.',
      '2019-03',
    );
    expect(found.map((i) => [i.indicator, i.value])).toEqual([
      ['poverty_rate', 1.5],
      ['new_rural_communes', 100],
    ]);
  });
});

describe('capital left unspent', () => {
  it('is no capital attracted; the capital of a licensed project is', () => {
    const found = indicatorsOf(
      'Tỉnh Phú Thọ họp. 27 dự án có tỷ lệ giải ngân dưới 30%, tổng số vốn còn treo khoảng 2.140 tỷ đồng. Năm 2025, tỉnh cấp mới 12 dự án với tổng vốn đầu tư 9.870 tỷ đồng.',
      '2025-12',
    );
    expect(found.map((i) => [i.indicator, i.value])).toEqual([
      ['investment_projects', 12],
      ['investment_capital', 9_870_000_000_000],
    ]);
  });
});

describe('the share of a crop sold abroad', () => {
  it('is no value of trade; the growth of an export is', () => {
    const found = indicatorsOf(
      'Tỉnh Bắc Giang họp. Năm 2022, tỷ lệ vải xuất khẩu chiếm 26,6%; kim ngạch xuất khẩu vải đạt 120 triệu USD, xuất khẩu gạo tăng 20%.',
      '2022-06',
    );
    expect(found.map((i) => [i.indicator, i.value])).toEqual([
      ['export_value', 120_000_000],
      ['export_value', 20],
    ]);
  });
});

describe('a phrase past a value of its own', () => {
  it('reaches no clause after a comma that names someone or somewhere else', () => {
    expect(
      keys('Năm 2021, tỉnh Sơn La: GRDP ước tăng 6,1%, xoài Yên Châu mang về khoảng 780 tỷ đồng.'),
    ).toEqual([['grdp_growth', 6.1]]);
    // The same statistic's second figure, no name between, still takes it.
    const same = keys('Năm 2021, tỉnh Sơn La: GRDP ước tăng 6,1%, quy mô đạt khoảng 58.000 tỷ đồng.');
    expect(same).toHaveLength(2);
    expect(same).toContainEqual(['grdp', 58_000_000_000_000]);
  });
});

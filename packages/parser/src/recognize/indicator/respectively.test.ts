import { describe, expect, it } from 'vitest';
import { indicatorsOf } from './test-article.js';

describe('"lần lượt" pairs a list of values with the list named before it', () => {
  it('gives each value the statistic of its rank', () => {
    const found = indicatorsOf(
      'Năm 2024, kim ngạch xuất khẩu và nhập khẩu của tỉnh Sóc Trăng lần lượt đạt 1,2 tỷ USD và 310 triệu USD.',
      '2025-01',
    );
    expect(found.map((i) => [i.indicator, i.value])).toEqual([
      ['export_value', 1_200_000_000],
      ['import_value', 310_000_000],
    ]);
  });

  it('gives each value the time of its rank when a list of times stands right before it', () => {
    const found = indicatorsOf(
      'Tăng trưởng GRDP của tỉnh Quảng Ninh quý III và quý IV lần lượt đạt 7,1% và 8,2%. ' +
        'Công suất phòng của tỉnh Quảng Ninh trong tháng 6, tháng 7 lần lượt đạt 68% và 74,5%.',
      '2022-12',
    );
    // (Both spans of a list open at its phrase, so they are sorted here by value.)
    expect(
      found.map((i) => [i.indicator, i.value, i.period]).sort((a, b) => Number(a[1]) - Number(b[1])),
    ).toEqual([
      ['grdp_growth', 7.1, '2022-07-01..2022-09-30'],
      ['grdp_growth', 8.2, '2022-10-01..2022-12-31'],
      ['occupancy_rate', 68, '2022-06-01..2022-06-30'],
      ['occupancy_rate', 74.5, '2022-07-01..2022-07-31'],
    ]);
  });

  it('reads three names and three values, an abbreviation in brackets standing for its name', () => {
    const found = indicatorsOf(
      'Quý I, tổng sản phẩm trên địa bàn (GRDP), thu ngân sách và xuất khẩu của Long An lần lượt tăng 7,1%, 12% và 9,4%.',
      '2024-04',
    );
    expect(found.map((i) => [i.indicator, i.value])).toEqual([
      ['grdp_growth', 7.1],
      ['budget_revenue', 12],
      ['export_value', 9.4],
    ]);
  });

  it('reads two phrases of one statistic, a comma between, as one name of the list', () => {
    const found = indicatorsOf(
      'Quý III/2023, chỉ số sản xuất công nghiệp và tổng mức bán lẻ hàng hóa, doanh thu dịch vụ tiêu dùng của tỉnh Hà Nam lần lượt tăng 9,4% và 11,8%.',
      '2023-10',
    );
    expect(found.map((i) => [i.indicator, i.value])).toEqual([
      ['industrial_production_index', 9.4],
      ['retail_sales', 11.8],
    ]);
    expect(found[1]?.text.startsWith('tổng mức bán lẻ hàng hóa, doanh thu')).toBe(true);
  });

  it('leaves the usual reading when the lists differ in length', () => {
    const found = indicatorsOf(
      'Tỷ lệ hộ nghèo và hộ cận nghèo của tỉnh Yên Bái lần lượt giảm còn 3,1% và 4,5%.',
      '2024-12',
    );
    expect(found.map((i) => [i.indicator, i.value])).toContainEqual(['poverty_rate', 3.1]);
  });

  it('gives each figure of a bracket the statistic of its rank before it, with its subject', () => {
    const found = indicatorsOf(
      'Kim ngạch xuất nhập khẩu qua cửa khẩu quốc tế Lao Bảo đạt 540 triệu USD, qua cửa khẩu quốc tế Tịnh Biên đạt 120 triệu USD (năm 2023 lần lượt là 498 triệu USD và 97 triệu USD).',
      '2025-01',
    );
    // Facts come in dataset order (by start, then end): compare them as a set.
    const sorted = found
      .map((i) => [i.value, i.subject, i.period])
      .sort((a, b) => String(a[2]).localeCompare(String(b[2])) || Number(b[0]) - Number(a[0]));
    expect(sorted).toEqual([
      [498_000_000, 'Lao Bảo', '2023-01-01..2023-12-31'],
      [97_000_000, 'Tịnh Biên', '2023-01-01..2023-12-31'],
      [540_000_000, 'Lao Bảo', '2025-01-01..2025-12-31'],
      [120_000_000, 'Tịnh Biên', '2025-01-01..2025-12-31'],
    ]);
  });

  it('gives one statistic to the places of a list, each value to the place of its rank', () => {
    const found = indicatorsOf(
      'Sáu tháng, kim ngạch xuất nhập khẩu qua hai cửa khẩu quốc tế Tịnh Biên (thị xã Tịnh Biên) và Vĩnh Xương (thị xã Tân Châu) của tỉnh An Giang lần lượt đạt 146,2 triệu USD và 103,5 triệu USD.',
      '2024-07',
    );
    expect(found.map((i) => [i.indicator, i.subject, i.value]).sort()).toEqual([
      ['trade_value', 'Tịnh Biên', 146_200_000],
      ['trade_value', 'Vĩnh Xương', 103_500_000],
    ]);
  });

  it('reads past the complements of a name ("nhà nước trên địa bàn") to the next name of the list', () => {
    const found = indicatorsOf(
      'Năm 2025, tổng thu ngân sách nhà nước trên địa bàn và tổng chi ngân sách địa phương của tỉnh Bạc Liêu lần lượt đạt 9.120 tỷ đồng và 14.300 tỷ đồng.',
      '2026-01',
    );
    expect(found.map((i) => [i.indicator, i.value])).toEqual([
      ['budget_revenue', 9_120_000_000_000],
      ['budget_expenditure', 14_300_000_000_000],
    ]);
  });

  it('gives each value the zone of its rank past an adverb before the cue ("hiện lần lượt")', () => {
    const found = indicatorsOf(
      'Tỷ lệ lấp đầy KCN Long Đức và KCN Hòa Phú của tỉnh Vĩnh Long hiện lần lượt đạt 88,5% và 61%.',
      '2025-05',
    );
    expect(found.map((i) => [i.indicator, i.subject, i.value]).sort()).toEqual([
      ['occupancy_rate', 'Hòa Phú', 61],
      ['occupancy_rate', 'Long Đức', 88.5],
    ]);
  });

  it('gives each value the place of its rank past how the figures stand, a comma after it', () => {
    for (const stand of ['vẫn ở mức cao', 'cao nhất', 'vẫn cao nhất tỉnh', 'thấp nhất toàn tỉnh']) {
      const found = indicatorsOf(
        `Năm 2020, tỉnh Phú Thọ họp. Tỷ lệ hộ nghèo ở hai huyện miền núi Tân Sơn và Yên Lập ${stand}, lần lượt là 12,4% và 7,8%.`,
        '2020-12',
      );
      expect(found.map((i) => [i.subject, i.value]).sort()).toEqual([
        ['Tân Sơn', 12.4],
        ['Yên Lập', 7.8],
      ]);
    }
  });

  it('gives each value the place of its rank past the period that stands before the places', () => {
    for (const period of ['9 tháng', 'quý III', 'năm 2024']) {
      const found = indicatorsOf(
        `Tỉnh Thanh Hóa họp. Kim ngạch xuất khẩu ${period} của thị xã Nghi Sơn, TP Sầm Sơn và huyện Hoằng Hóa lần lượt đạt 410 triệu USD, 12 triệu USD và 9,5 triệu USD.`,
        '2024-10',
      );
      expect(found.map((i) => [i.subject, i.value]).sort()).toEqual([
        ['Hoằng Hóa', 9_500_000],
        ['Nghi Sơn', 410_000_000],
        ['Sầm Sơn', 12_000_000],
      ]);
    }
  });

  it('gives each value the gate of its rank when one gate named by its kind and another follow "và"', () => {
    const found = indicatorsOf(
      'Năm 2019, kim ngạch qua cửa khẩu quốc tế Mộc Bài (huyện Bến Cầu) và Xa Mát (huyện Tân Biên) lần lượt đạt 412 triệu USD và 196 triệu USD.',
      '2019-12',
    );
    expect(found.map((i) => [i.subject, i.value]).sort()).toEqual([
      ['Mộc Bài', 412_000_000],
      ['Xa Mát', 196_000_000],
    ]);
  });

  it('reads no statistic in the changes a list gives to the values before it', () => {
    const found = indicatorsOf(
      'Sáu tháng, xuất khẩu gạo của tỉnh An Giang ước đạt 382.000 tấn, trị giá gần 260 triệu USD, tăng lần lượt 14,6% và 37,2%.',
      '2024-07',
    );
    expect(found.map((i) => i.value)).toEqual([260_000_000]);
  });

  it('gives each value the place of its rank when the places open the clause', () => {
    const found = indicatorsOf(
      'Năm 2024, KCN VSIP Nghệ An (huyện Hưng Nguyên) và KCN WHA Industrial Zone 1 - Nghệ An (huyện Nghi Lộc) có tỷ lệ lấp đầy lần lượt 78% và 63,5%.',
      '2024-12',
    );
    expect(found.map((i) => [i.subject, i.value]).sort()).toEqual([
      ['VSIP Nghệ An', 78],
      ['WHA Industrial Zone 1 - Nghệ An', 63.5],
    ]);
  });

  it('gives each value its place when a comma and "nơi" stand before the statistic\'s name', () => {
    const found = indicatorsOf(
      'Tỉnh Bắc Ninh thu hút vốn. Vốn mới vào KCN Quế Võ và KCN Yên Phong (huyện Yên Phong), nơi tỷ lệ lấp đầy lần lượt đạt 91% và 87%.',
      '2024-12',
    );
    expect(found.map((i) => [i.subject, i.value]).sort()).toEqual([
      ['Quế Võ', 91],
      ['Yên Phong', 87],
    ]);
  });

  it('reads a list of areas, each named with its word for an area', () => {
    const found = indicatorsOf(
      'Tính riêng 4 tháng năm 2026, khu vực Tiền Giang (cũ) và khu vực Đồng Tháp (cũ) giải ngân lần lượt đạt 24,3% và 17,9%.',
      '2026-05',
    );
    expect(found.map((i) => [i.subject, i.value]).sort()).toEqual([
      ['Tiền Giang', 24.3],
      ['Đồng Tháp', 17.9],
    ]);
  });

  it('reads the type word of each place in the list, before the statistic or after it', () => {
    const opening = indicatorsOf(
      'Năm 2024, TP Thuận An và TP Dĩ An thu ngân sách lần lượt đạt 112,3% và 109,7% dự toán.',
      '2025-01',
    );
    expect(opening.map((i) => [i.subject, i.value]).sort()).toEqual([
      ['Dĩ An', 109.7],
      ['Thuận An', 112.3],
    ]);
    const closing = indicatorsOf(
      'Công suất phòng của các cơ sở lưu trú tại TP Việt Trì và thị xã Phú Thọ lần lượt đạt 93% và 88%.',
      '2024-04',
    );
    expect(closing.map((i) => [i.subject, i.value]).sort()).toEqual([
      ['Phú Thọ', 88],
      ['Việt Trì', 93],
    ]);
  });

  it("reads past the period of the list to the cue, and gives each value the first one's period", () => {
    const found = indicatorsOf(
      'Lạng Sơn họp sơ kết. Xuất khẩu 5 tháng đạt 846 triệu USD. Xuất khẩu và nhập khẩu 5 tháng lần lượt đạt 846,3 triệu USD và 1,02 tỉ USD.',
      '2023-06',
    );
    expect(
      found
        .filter((i) => i.value !== 846_000_000)
        .map((i) => [i.indicator, i.value, i.period])
        .sort(),
    ).toEqual([
      ['export_value', 846_300_000, '2023-01-01..2023-05-31'],
      ['import_value', 1_020_000_000, '2023-01-01..2023-05-31'],
    ]);
  });

  it('gives each value the gate of its rank in a list of gates counted, their kind named once', () => {
    const found = indicatorsOf(
      'Tỉnh Hà Giang họp. Năm 2023, kim ngạch qua hai cửa khẩu Thanh Thủy (huyện Vị Xuyên) và Săm Pun (huyện Mèo Vạc) lần lượt đạt 86,4 triệu USD và 12,7 triệu USD.',
      '2024-01',
    );
    expect(found.map((i) => [i.subject, i.value]).sort()).toEqual([
      ['Săm Pun', 12_700_000],
      ['Thanh Thủy', 86_400_000],
    ]);
  });

  it('gives each value the border gate of its rank, a gate the gazetteer does not know too', () => {
    const found = indicatorsOf(
      'Tỉnh Lạng Sơn họp. Năm 2023, kim ngạch qua Cửa khẩu quốc tế Hữu Nghị (huyện Cao Lộc) và cửa khẩu Tân Thanh (huyện Văn Lãng) lần lượt đạt 1,05 tỉ USD và 528,6 triệu USD.',
      '2024-01',
    );
    expect(found.map((i) => [i.subject, i.value]).sort()).toEqual([
      ['Hữu Nghị', 1_050_000_000],
      ['Tân Thanh', 528_600_000],
    ]);
  });

  it('gives each value the place of its rank after a count of the places and a verb before the cue', () => {
    const found = indicatorsOf(
      'Tỉnh Lào Cai họp. Đến cuối năm 2024, tỷ lệ hộ nghèo tại 3 huyện Si Ma Cai, Mường Khương và Bắc Hà vẫn còn lần lượt 21,4%, 18,9% và 15,2%.',
      '2025-01',
    );
    expect(found.map((i) => [i.subject, i.value]).sort()).toEqual([
      ['Bắc Hà', 15.2],
      ['Mường Khương', 18.9],
      ['Si Ma Cai', 21.4],
    ]);
  });
});

describe('places listed before "có tỷ lệ …" and then "lần lượt"', () => {
  it('each take the value of their rank, and the span keeps "tỷ lệ"', () => {
    const found = indicatorsOf(
      'Tỉnh Long An họp. Đến ngày 30/9, trong đó các huyện Tân Hưng, Vĩnh Hưng có tỷ lệ giải ngân lần lượt 71,3% và 68,5%.',
      '2023-10',
    );
    expect(found.map((i) => [i.text, i.subject, i.value])).toEqual([
      ['tỷ lệ giải ngân lần lượt 71,3% và 68,5%', 'Vĩnh Hưng', 68.5],
      ['tỷ lệ giải ngân lần lượt 71,3%', 'Tân Hưng', 71.3],
    ]);
  });

  it('each take the value of their rank past the time the list is of, before the cue', () => {
    const found = indicatorsOf(
      'Tỉnh Thái Bình họp. Tỷ lệ lấp đầy KCN Tiền Hải và KCN Gia Lễ (huyện Đông Hưng) đến cuối tháng 6 lần lượt đạt 82,5% và 47,1%.',
      '2024-07',
    );
    expect(found.map((i) => [i.subject, i.value, i.period]).sort()).toEqual([
      ['Gia Lễ', 47.1, '2024-06-01..2024-06-30'],
      ['Tiền Hải', 82.5, '2024-06-01..2024-06-30'],
    ]);
  });

  it('each take the value of their rank past "vẫn" or "cũng" before "có"', () => {
    for (const adverb of ['vẫn', 'cũng']) {
      const found = indicatorsOf(
        `Tỉnh Kon Tum họp. Cuối năm 2022, huyện Tu Mơ Rông và Kon Plông ${adverb} có tỷ lệ hộ nghèo lần lượt là 31,4% và 24,9%.`,
        '2023-01',
      );
      expect(found.map((i) => [i.subject, i.value]).sort()).toEqual([
        ['Kon Plông', 24.9],
        ['Tu Mơ Rông', 31.4],
      ]);
    }
  });

  it('each take the value of their rank when they "dẫn đầu với" or "đứng đầu với" the statistic', () => {
    for (const rank of ['dẫn đầu', 'đứng đầu']) {
      const found = indicatorsOf(
        `Tỉnh Nghệ An họp. Đến ngày 31/8, huyện Quỳnh Lưu và thị xã Hoàng Mai ${rank} với tỷ lệ giải ngân lần lượt 64,2% và 59,7%.`,
        '2022-09',
      );
      expect(found.map((i) => [i.subject, i.value]).sort()).toEqual([
        ['Hoàng Mai', 59.7],
        ['Quỳnh Lưu', 64.2],
      ]);
    }
  });
});

describe('places that open a clause after a statistic\'s own value, then "lần lượt"', () => {
  it('each take the statistic and the value of their rank, after a semicolon', () => {
    const found = indicatorsOf(
      'Năm 2024, tỉnh Hải Dương thu hút đầu tư tốt. Tỷ lệ lấp đầy KCN Đại An đạt 97,2%; KCN Nam Sách và KCN Cộng Hòa lần lượt đạt 88% và 64,5%.',
      '2024-12',
    );
    expect(found.map((i) => [i.subject, i.indicator, i.value]).sort()).toEqual(
      [
        ['Cộng Hòa', 'occupancy_rate', 64.5],
        ['Nam Sách', 'occupancy_rate', 88],
        ['Đại An', 'occupancy_rate', 97.2],
      ].sort(),
    );
    expect(found.find((i) => i.value === 88)?.text).toBe(
      'Tỷ lệ lấp đầy KCN Đại An đạt 97,2%; KCN Nam Sách và KCN Cộng Hòa lần lượt đạt 88%',
    );
  });

  it('each take the statistic and the value of their rank, after "trong đó"', () => {
    const found = indicatorsOf(
      'Năm 2023, tỉnh Nghệ An họp. Đến ngày 30/11, tỷ lệ giải ngân toàn tỉnh đạt 72,4%, trong đó các huyện Diễn Châu, Yên Thành và Đô Lương lần lượt đạt 91,3%, 85% và 80,6%.',
      '2023-12',
    );
    expect(found.filter((i) => i.subject !== 'Nghệ An').map((i) => [i.subject, i.value])).toEqual(
      expect.arrayContaining([
        ['Diễn Châu', 91.3],
        ['Yên Thành', 85],
        ['Đô Lương', 80.6],
      ]),
    );
  });

  it('each take the statistic, its period and the value of their rank, after "; trong đó", named as former areas', () => {
    const found = indicatorsOf(
      'Tốc độ tăng trưởng kinh tế 9 tháng của tỉnh Lâm Đồng ước đạt 8,4% (cùng kỳ năm 2024 tăng 6,1%); trong đó khu vực Lâm Đồng (cũ), Đắk Nông (cũ) và Bình Thuận (cũ) lần lượt tăng 9,2%, 7,5% và 8,1%.',
      '2025-10',
    );
    expect(
      found
        .filter((i) => i.text.includes('lần lượt'))
        .map((i) => [i.subject, i.value, i.period])
        .sort((a, b) => Number(b[1]) - Number(a[1])),
    ).toEqual([
      ['Lâm Đồng', 9.2, '2025-01-01..2025-09-30'],
      ['Bình Thuận', 8.1, '2025-01-01..2025-09-30'],
      ['Đắk Nông', 7.5, '2025-01-01..2025-09-30'],
    ]);
  });

  it('share the period of the statistic whose value stands before them, after ", trong đó"', () => {
    const found = indicatorsOf(
      'Tỉnh Quảng Ngãi họp. Thu ngân sách 6 tháng đạt 9.120 tỷ đồng, trong đó huyện Bình Sơn và huyện Sơn Tịnh lần lượt đạt 6.300 tỷ đồng và 410 tỷ đồng.',
      '2024-07',
    );
    expect(found.map((i) => [i.subject, i.period])).toEqual([
      ['Sơn Tịnh', '2024-01-01..2024-06-30'],
      ['Bình Sơn', '2024-01-01..2024-06-30'],
      ['Quảng Ngãi', '2024-01-01..2024-06-30'],
    ]);
  });

  it('each take the statistic and the value of their rank, counted and described after their type word', () => {
    const found = indicatorsOf(
      'Năm 2020, tỉnh Ninh Thuận họp. Tỷ lệ hộ nghèo toàn tỉnh còn 3,26%; hai huyện miền núi Bác Ái và Thuận Bắc lần lượt còn 24,15% và 9,72%.',
      '2020-12',
    );
    expect(found.map((i) => [i.subject, i.value]).sort()).toEqual(
      [
        ['Bác Ái', 24.15],
        ['Ninh Thuận', 3.26],
        ['Thuận Bắc', 9.72],
      ].sort(),
    );
  });

  it('gives the statistic to no value of another unit', () => {
    const found = indicatorsOf(
      'Năm 2024, tỉnh Hải Dương thu hút đầu tư tốt. Tỷ lệ lấp đầy KCN Đại An đạt 97,2%; KCN Nam Sách và KCN Cộng Hòa lần lượt có 12 ha và 9 ha đất trống.',
      '2024-12',
    );
    expect(found.filter((i) => i.indicator === 'occupancy_rate').map((i) => [i.subject, i.value])).toEqual([
      ['Đại An', 97.2],
    ]);
  });
});

describe('places that open the clause before "lần lượt", the statistic named after it', () => {
  it('each take the value of their rank', () => {
    const found = indicatorsOf(
      'Tỉnh Bắc Giang họp. KCN Quang Châu và KCN Vân Trung (huyện Việt Yên) lần lượt thu hút 23 dự án và 15 dự án mới.',
      '2023-01',
    );
    expect(found.map((i) => [i.subject, i.value])).toEqual([
      ['Vân Trung', 15],
      ['Quang Châu', 23],
    ]);
  });
});

describe('places before the statistic, past the place that owns them', () => {
  it('each take the value of their rank', () => {
    const found = indicatorsOf(
      'Tỉnh Phú Thọ họp. KCN Thụy Vân và KCN Trung Hà thuộc khu vực Phú Thọ (cũ) đã lấp đầy lần lượt 92% và 64,5%.',
      '2025-10',
    );
    expect(found.map((i) => [i.subject, i.value]).sort()).toEqual([
      ['Thụy Vân', 92],
      ['Trung Hà', 64.5],
    ]);
  });
});

describe('a bracket of baselines after what the list is compared with', () => {
  it('gives each baseline the statistic of its rank', () => {
    const found = indicatorsOf(
      'Tỉnh Hà Nam họp. 9 tháng, thu ngân sách và kim ngạch xuất khẩu lần lượt tăng 8,2% và 15,6% so với cùng kỳ (cùng kỳ năm 2023 lần lượt tăng 5,1% và 3,4%).',
      '2024-10',
    );
    expect(found.map((i) => [i.indicator, i.value, i.period]).sort()).toEqual([
      ['budget_revenue', 5.1, '2023-01-01..2023-09-30'],
      ['budget_revenue', 8.2, '2024-01-01..2024-09-30'],
      ['export_value', 15.6, '2024-01-01..2024-09-30'],
      ['export_value', 3.4, '2023-01-01..2023-09-30'],
    ]);
  });
});

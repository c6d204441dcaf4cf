import { describe, expect, it } from 'vitest';
import { parseDocument } from '../parse-document.js';

/** The indicators of a short article with the given body, dated `date`. */
function indicatorsOf(body: string, date = '2024-06') {
  const article = ` date ${date} Tin kinh tế địa phương\n\n${body}\n\nPhương Linh\n`;
  const { facts, problems } = parseDocument(article, { source: 'x.txt' });
  expect(problems).toEqual([]);
  return facts.flatMap((f) =>
    f.kind === 'indicator'
      ? [
          {
            text: f.evidence.text,
            subject: f.subject,
            indicator: f.indicator,
            value: f.value,
            unit: f.unit,
            period: f.period,
            status: f.status,
          },
        ]
      : [],
  );
}

describe('recognizeIndicators', () => {
  it('ties a growth rate to its province, period and estimate status', () => {
    const [i] = indicatorsOf(
      'Tỉnh Quảng Ngãi có tốc độ tăng trưởng kinh tế giai đoạn 2021 - 2025 ước đạt 6,8%, cao hơn bình quân cả nước.',
    );
    expect(i).toEqual({
      text: 'tốc độ tăng trưởng kinh tế giai đoạn 2021 - 2025 ước đạt 6,8%',
      subject: 'Quảng Ngãi',
      indicator: 'grdp_growth',
      value: 6.8,
      unit: '%',
      period: { start: '2021-01-01', end: '2025-12-31' },
      status: 'estimate',
    });
  });

  it('takes the subject from an earlier sentence of the paragraph and the article year when no time is given', () => {
    const found = indicatorsOf(
      'Lào Cai là tỉnh biên giới phía Bắc. Tỷ lệ hộ nghèo của tỉnh giảm còn 9,2%, thu ngân sách đạt 9.500 tỷ đồng.',
      '2023-04',
    );
    expect(found.map((i) => [i.subject, i.indicator, i.value, i.unit, i.period.start, i.period.end])).toEqual(
      [
        ['Lào Cai', 'poverty_rate', 9.2, '%', '2023-01-01', '2023-12-31'],
        ['Lào Cai', 'budget_revenue', 9_500_000_000_000, 'VND', '2023-01-01', '2023-12-31'],
      ],
    );
  });

  it('marks plans and targets', () => {
    const [i] = indicatorsOf('Năm 2025, tỉnh Bắc Giang phấn đấu tăng trưởng kinh tế đạt 13%.');
    expect(i?.status).toBe('target');
    expect(i?.period).toEqual({ start: '2025-01-01', end: '2025-12-31' });
  });

  it('reads a value in parentheses right after a statistic as its baseline', () => {
    const found = indicatorsOf('Tỷ lệ hộ nghèo của tỉnh Yên Bái còn 6,1% (năm 2020 là 12,5%).', '2024-02');
    expect(found.map((i) => [i.indicator, i.value, i.period.start])).toEqual([
      ['poverty_rate', 6.1, '2024-01-01'],
      ['poverty_rate', 12.5, '2020-01-01'],
    ]);
    expect(found[1]?.text).toBe('năm 2020 là 12,5%');
  });

  it('reads a second baseline in the same bracket, after ";" or ",", with the statistic\'s months', () => {
    for (const joiner of [';', ',']) {
      const found = indicatorsOf(
        `Tăng trưởng kinh tế 9 tháng năm 2024 của tỉnh Vĩnh Long ước đạt 6,4% (6 tháng đầu năm tăng 5,8%${joiner} cùng kỳ năm 2023 tăng 4,9%).`,
        '2024-10',
      );
      expect(found.map((i) => [i.text, i.value, i.period])).toEqual([
        [
          'Tăng trưởng kinh tế 9 tháng năm 2024 của tỉnh Vĩnh Long ước đạt 6,4%',
          6.4,
          { start: '2024-01-01', end: '2024-09-30' },
        ],
        ['6 tháng đầu năm tăng 5,8%', 5.8, { start: '2024-01-01', end: '2024-06-30' }],
        ['cùng kỳ năm 2023 tăng 4,9%', 4.9, { start: '2023-01-01', end: '2023-09-30' }],
      ]);
    }
  });

  it('does not take a comparison baseline as the period', () => {
    const [i] = indicatorsOf('Kim ngạch xuất khẩu của tỉnh Long An tăng 8% so với năm 2022.', '2023-12');
    expect(i?.indicator).toBe('export_value');
    expect(i?.period).toEqual({ start: '2023-01-01', end: '2023-12-31' });
  });

  it('needs a phrase whose unit fits: a count of projects is no growth rate', () => {
    const found = indicatorsOf('Tỉnh Phú Thọ có tốc độ tăng trưởng nhanh, thu hút 40 dự án mới.');
    expect(found.map((i) => i.indicator)).toEqual(['investment_projects']);
  });

  it('finds no statistic where there is no indicator phrase', () => {
    expect(indicatorsOf('Tỉnh Hà Giang tổ chức 3 hội nghị với 200 đại biểu tham dự.')).toEqual([]);
  });
  it('reads through a short aside in parentheses', () => {
    const [i] = indicatorsOf('Chỉ số sản xuất công nghiệp (IIP) của tỉnh Thái Nguyên tăng 7,4%.');
    expect([i?.indicator, i?.value]).toEqual(['industrial_production_index', 7.4]);
  });

  it('takes a phrase that follows the value', () => {
    const [i] = indicatorsOf('Huyện Yên Thế có 9 xã được công nhận đạt chuẩn nông thôn mới.');
    expect([i?.indicator, i?.value, i?.unit, i?.text]).toEqual([
      'new_rural_communes',
      9,
      'xã',
      '9 xã được công nhận đạt chuẩn nông thôn mới',
    ]);
  });

  it('does not give a value to the phrase of the next statistic', () => {
    const found = indicatorsOf(
      'Quý I/2024, tỷ lệ lấp đầy các khu công nghiệp tỉnh Hải Dương đạt 71% và tỷ lệ giải ngân vốn đầu tư công đạt 18,2%.',
    );
    expect(found.map((i) => [i.indicator, i.value, i.text])).toEqual([
      ['occupancy_rate', 71, 'tỷ lệ lấp đầy các khu công nghiệp tỉnh Hải Dương đạt 71%'],
      ['public_investment_disbursement', 18.2, 'tỷ lệ giải ngân vốn đầu tư công đạt 18,2%'],
    ]);
  });

  it('reads through a place in parentheses and a parallel subject after "của"', () => {
    const found = indicatorsOf(
      'Ở tỉnh Thừa Thiên Huế, tỷ lệ lấp đầy của KCN Phú Bài (phường Phú Bài, thị xã Hương Thủy) đạt 72%, của KCN Phong Điền mới đạt 30,5%.',
    );
    expect(found.map((i) => [i.indicator, i.value])).toEqual([
      ['occupancy_rate', 30.5],
      ['occupancy_rate', 72],
    ]);
  });

  it('gives no statistic to a share of the units that reached it', () => {
    const found = indicatorsOf(
      'Tỉnh Nam Định giải ngân đạt 52% kế hoạch; 6/10 huyện, thành phố có tỷ lệ giải ngân trên 60%.',
    );
    expect(found.map((i) => i.value)).toEqual([52]);
  });

  it('leaves a count of another noun out of a phrase that is the noun of the value before it', () => {
    const found = indicatorsOf(
      'Lũy kế đến nay, tỉnh Bắc Giang có 523 dự án FDI với tổng vốn đầu tư 8,2 tỷ USD và 610 dự án trong nước.',
    );
    expect(found.map((i) => [i.indicator, i.value])).toContainEqual(['fdi_projects', 523]);
    // (The domestic projects are a statistic of their own, never the foreign ones'.)
    expect(found.filter((i) => i.value === 610).map((i) => i.indicator)).toEqual(['investment_projects']);
  });

  it('reads a clause on the same months of another year as the baseline of the statistic before it', () => {
    const rows = (body: string, date: string) =>
      indicatorsOf(body, date).map((i) => [
        i.indicator,
        i.value,
        `${i.period.start}..${i.period.end}`,
        i.text,
      ]);
    expect(
      rows(
        'Năm 2024, kim ngạch xuất khẩu của tỉnh Long An đạt 8,2 tỷ USD, cùng kỳ năm trước là 7,5 tỷ USD.',
        '2024-12',
      )[1],
    ).toEqual(['export_value', 7_500_000_000, '2023-01-01..2023-12-31', 'cùng kỳ năm trước là 7,5 tỷ USD']);
    expect(
      rows(
        '6 tháng đầu năm 2024, tỷ lệ giải ngân vốn đầu tư công của tỉnh Sơn La đạt 38,2%; cùng kỳ năm 2022 đạt 31,5%.',
        '2024-07',
      )[1],
    ).toEqual([
      'public_investment_disbursement',
      31.5,
      '2022-01-01..2022-06-30',
      'cùng kỳ năm 2022 đạt 31,5%',
    ]);
    // Another unit is another statistic, or none.
    expect(
      rows(
        'Quý I/2024, thu ngân sách của tỉnh Long An đạt 4.200 tỷ đồng, cùng kỳ có 120 doanh nghiệp.',
        '2024-04',
      ),
    ).toHaveLength(1);
  });

  it('counts bare houses as built only after a verb of building', () => {
    const houses = (body: string) =>
      indicatorsOf(body, '2024-12')
        .filter((i) => i.indicator === 'houses_built')
        .map((i) => [i.value, i.text]);
    expect(houses('Tỉnh Cao Bằng đã hỗ trợ làm mới, sửa chữa 1.150 căn nhà cho hộ nghèo.')).toEqual([
      [1150, '1.150 căn nhà'],
    ]);
    expect(houses('Tỉnh Yên Bái đã di dời 300 căn nhà khỏi vùng sạt lở.')).toEqual([]);
    // Houses begun are not built yet.
    expect(houses('Tỉnh Điện Biên đã khởi công 640 căn nhà cho hộ nghèo.')).toEqual([]);
    // A fund the money came from built nothing itself; the places did.
    expect(
      houses(
        'Tỉnh Điện Biên họp. Từ Quỹ Vì người nghèo và nguồn xã hội hóa, các địa phương đã bàn giao 915 căn nhà.',
      ),
    ).toEqual([[915, '915 căn nhà']]);
    expect(houses('Tỉnh Sóc Trăng có khoảng 2.400 căn nhà nằm trong vùng nguy cơ sạt lở.')).toEqual([]);
    // A kind of house names the statistic by itself.
    expect(houses('Tỉnh Sóc Trăng có 3.247 căn nhà ở xã hội.')).toEqual([[3247, '3.247 căn nhà ở xã hội']]);
    // Houses a gift paid for, or a donor built, are no statistic of the place.
    expect(houses('Công ty Điện lực tỉnh Trà Vinh hỗ trợ 3,5 tỉ đồng xây 50 căn nhà cho hộ nghèo.')).toEqual(
      [],
    );
    expect(houses('Tỉnh Trà Vinh nhận 10 tỷ đồng, đơn vị đã trao 2,5 tỷ đồng để xây 50 căn nhà.')).toEqual(
      [],
    );
  });

  it('reads no area in the size of each home, given as a range of square metres', () => {
    expect(
      indicatorsOf(
        'Tỉnh Bắc Ninh: các căn hộ nhà ở xã hội có diện tích từ 40 đến 75 m2, giá bán 14 triệu đồng/m2.',
      ),
    ).toEqual([]);
  });

  it('reads no area of land still to clear', () => {
    expect(
      indicatorsOf(
        'Tỉnh Bắc Ninh sẽ đẩy nhanh giải phóng mặt bằng KCN Yên Phong II-A trên diện tích 159 ha, kết nối với QL18.',
      ),
    ).toEqual([]);
    expect(
      indicatorsOf(
        'Tỉnh Hà Tĩnh: tuyến tránh QL1 còn vướng mặt bằng của 32 hộ dân với diện tích gần 4,2 ha.',
      ),
    ).toEqual([]);
  });

  it('counts houses finished by their counter after the paragraph named the statistic', () => {
    const found = indicatorsOf(
      'Giai đoạn 2021 - 2030 Hà Nội phải hoàn thành 56.200 căn nhà ở xã hội. Thành phố đặt mục tiêu đến năm 2030 hoàn thành thêm gần 39.000 căn. Hiện thành phố có 18 dự án với khoảng 14.600 căn đang thi công.',
      '2025-12',
    );
    expect(found.map((i) => [i.indicator, i.value])).toEqual([
      ['houses_built', 56_200],
      ['houses_built', 39_000],
    ]);
    // With no statistic of houses before it, a bare count of units is none.
    expect(indicatorsOf('Tỉnh Bắc Ninh đã hoàn thành thêm 390 căn trong năm.')).toEqual([]);
  });

  it('reads a share of communes named by the communes right after it', () => {
    const found = indicatorsOf(
      'Tỉnh Bạc Liêu phấn đấu đến năm 2025 có 100% xã đạt chuẩn nông thôn mới.',
      '2023-12',
    );
    expect(found.map((i) => [i.indicator, i.value, i.text])).toEqual([
      ['new_rural_communes', 100, '100% xã đạt chuẩn nông thôn mới'],
    ]);
  });

  it('reads a baseline in brackets after a change of the same unit', () => {
    const found = indicatorsOf(
      'Thu nhập bình quân đầu người tỉnh Bạc Liêu năm 2023 ước đạt 58,4 triệu đồng, tăng 9,2 triệu đồng so với năm 2020 (năm 2020 là 49,2 triệu đồng).',
      '2023-12',
    );
    expect(found.map((i) => [i.value, i.period])).toEqual([
      [58_400_000, { start: '2023-01-01', end: '2023-12-31' }],
      [49_200_000, { start: '2020-01-01', end: '2020-12-31' }],
    ]);
  });

  it('spans a statistic from its verb to the words that still name it, as the corpus writes them', () => {
    const texts = (body: string, date = '2024-12') => indicatorsOf(body, date).map((i) => i.text);
    expect(texts('Năm 2024, tỉnh Ninh Bình đón 3,5 triệu lượt khách.')).toEqual(['đón 3,5 triệu lượt khách']);
    expect(texts('Năm 2024, tỉnh Ninh Bình thu hút 5 dự án mới.')).toEqual(['thu hút 5 dự án mới']);
    expect(texts('Năm 2024, tỉnh Ninh Bình có 15 xã đạt chuẩn nông thôn mới nâng cao.')).toEqual([
      '15 xã đạt chuẩn nông thôn mới nâng cao',
    ]);
    expect(texts('Năm 2025, tỉnh Ninh Bình phấn đấu tăng trưởng GRDP đạt 8% trở lên.')).toEqual([
      'tăng trưởng GRDP đạt 8% trở lên',
    ]);
    expect(texts('Năm 2024, tỉnh Ninh Bình hoàn thành 5.100 căn nhà ở xã hội.')).toEqual([
      '5.100 căn nhà ở xã hội',
    ]);
  });

  it("reads capital added as a statistic, and houses a place built with a fund's money", () => {
    expect(
      indicatorsOf(
        'Trong đó, vốn đăng ký mới tại tỉnh Hải Dương khoảng 312,4 triệu USD, vốn tăng thêm 174,3 triệu USD.',
        '2022-10',
      ).map((i) => [i.value, i.text]),
    ).toContainEqual([174_300_000, 'vốn tăng thêm 174,3 triệu USD']);
    expect(
      indicatorsOf(
        'Huyện Mèo Vạc (tỉnh Hà Giang) họp. Bằng vốn chương trình và Quỹ Vì người nghèo của huyện, Mèo Vạc đã xây mới, sửa chữa 412 căn nhà cho hộ nghèo.',
        '2024-05',
      ).map((i) => [i.value, i.subject]),
    ).toEqual([[412, 'Mèo Vạc']]);
  });

  it('gives the parts after "Trong đó" opening the next paragraph their whole\'s period', () => {
    const found = indicatorsOf(
      'Theo Sở Kế hoạch và Đầu tư tỉnh Hải Dương, 9 tháng đầu năm 2022, tổng vốn đăng ký mới và tăng thêm đạt 486,7 triệu USD.\n\nTrong đó, vốn đăng ký của các dự án cấp mới khoảng 312,4 triệu USD.',
      '2022-10',
    );
    expect(found.map((i) => [i.value, i.period])).toEqual([
      [486_700_000, { start: '2022-01-01', end: '2022-09-30' }],
      [312_400_000, { start: '2022-01-01', end: '2022-09-30' }],
    ]);
  });

  it("reads no statistic in a share some contribute, a deficit, or the country's figure", () => {
    const values = (body: string) => indicatorsOf(body, '2020-12').map((i) => i.value);
    expect(
      values(
        'Công ty Honda Việt Nam và Công ty Toyota Việt Nam đóng góp khoảng 60% số thu nội địa của tỉnh Vĩnh Phúc.',
      ),
    ).toEqual([]);
    expect(values('Bội chi ngân sách địa phương tỉnh Vĩnh Phúc 289,5 tỷ đồng.')).toEqual([]);
    expect(
      values(
        'Tỷ lệ giải ngân vốn đầu tư công của tỉnh Quảng Trị đạt 61,5%, cao hơn bình quân cả nước (52,3%).',
      ),
    ).toEqual([61.5]);
  });

  it('reads no value of trade in the balance of trade after it ("xuất siêu", "nhập siêu")', () => {
    const found = indicatorsOf(
      'Tám tháng, kim ngạch xuất nhập khẩu của tỉnh Bắc Ninh đạt 109,6 tỷ USD, tăng 15,8%; trong đó xuất khẩu đạt 58,4 tỷ USD, tăng 17,3%, nhập khẩu đạt 51,2 tỷ USD, tỉnh xuất siêu 7,2 tỷ USD. ' +
        'Tính chung, tỉnh xuất siêu hơn 7,9 tỷ USD.',
      '2025-09',
    );
    expect(found.map((i) => [i.indicator, i.value])).toEqual([
      ['trade_value', 109_600_000_000],
      ['export_value', 58_400_000_000],
      ['import_value', 51_200_000_000],
    ]);
  });

  it('reads no trade in a price per unit sold, and none in a fine; a yearly value still counts', () => {
    const found = indicatorsOf(
      'Năm 2025, tỉnh Lâm Đồng xuất khẩu hoa đạt 71,4 triệu USD. Giá cúc xuất khẩu hiện 6.800 - 7.500 đồng/cành. Lực lượng chức năng xử lý 46 trường hợp, phạt tiền hơn 170 triệu đồng. Mục tiêu năm 2030 kim ngạch xuất khẩu hoa đạt 150 triệu USD/năm.',
      '2025-11',
    );
    expect(found.map((i) => [i.indicator, i.value])).toEqual([
      ['export_value', 71_400_000],
      ['export_value', 150_000_000],
    ]);
  });

  it("reads the subject's own baseline in a bracket after its rank in the country", () => {
    const found = indicatorsOf(
      'Tăng trưởng kinh tế 6 tháng của tỉnh Hà Tĩnh ước đạt 7,2%, đứng thứ 12 cả nước (cùng kỳ năm 2023 tăng 5,1%).',
      '2024-07',
    );
    expect(found.map((i) => [i.indicator, i.value, i.subject])).toEqual([
      ['grdp_growth', 7.2, 'Hà Tĩnh'],
      ['grdp_growth', 5.1, 'Hà Tĩnh'],
    ]);
  });

  it("gives the worth of an estimated amount the estimate's status", () => {
    const [i] = indicatorsOf(
      'Năm 2025 xuất khẩu gạo của TP Cần Thơ ước đạt 2,1 triệu tấn, trị giá khoảng 1,32 tỷ USD.',
      '2025-12',
    );
    expect([i?.value, i?.status]).toEqual([1_320_000_000, 'estimate']);
  });

  it('reads capital attracted as FDI: "thu hút FDI đạt 586,4 triệu USD"', () => {
    const [i] = indicatorsOf(
      '6 tháng đầu năm 2024, tỉnh Bà Rịa - Vũng Tàu thu hút FDI đạt 586,4 triệu USD.',
      '2024-06',
    );
    expect([i?.indicator, i?.value, i?.text]).toEqual([
      'investment_capital',
      586_400_000,
      'thu hút FDI đạt 586,4 triệu USD',
    ]);
  });

  it('counts projects under a heading of foreign investment as foreign ones', () => {
    const key = (body: string) => indicatorsOf(body).find((i) => i.unit === 'dự án')?.indicator;
    expect(key('Năm 2024, tỉnh Nam Định thu hút đầu tư trực tiếp nước ngoài có 26 dự án mới.')).toBe(
      'fdi_projects',
    );
    expect(key('Về thu hút FDI, tỉnh Hà Nam cấp mới 15 dự án, vốn đăng ký 120 triệu USD.')).toBe(
      'fdi_projects',
    );
    expect(key('Đối với nguồn vốn đầu tư nước ngoài, tỉnh Thái Bình cấp phép 7 dự án mới.')).toBe(
      'fdi_projects',
    );
    // Domestic, or no foreign heading: a count of projects of every kind.
    expect(key('Về thu hút đầu tư, tỉnh Hà Nam cấp mới 15 dự án.')).toBe('investment_projects');
    expect(key('Tỉnh Hưng Yên thu hút đầu tư trong nước với 40 dự án mới.')).toBe('investment_projects');
    expect(
      indicatorsOf('Vốn FDI của tỉnh Bắc Ninh đạt 2 tỷ USD; tỉnh cấp mới 30 dự án đầu tư.').map((i) => [
        i.indicator,
        i.value,
      ]),
    ).toContainEqual(['investment_projects', 30]);
  });

  it('reads a baseline in parentheses later in the sentence, with its own period', () => {
    const found = indicatorsOf(
      'Năm 2024, tốc độ tăng trưởng kinh tế của tỉnh Bến Tre ước đạt 7,1%, cao hơn 0,4 điểm phần trăm so với năm trước (năm 2023 đạt 6,7%).',
      '2024-12',
    );
    expect(found.map((i) => [i.indicator, i.value, i.period.start])).toEqual([
      ['grdp_growth', 7.1, '2024-01-01'],
      ['grdp_growth', 6.7, '2023-01-01'],
    ]);
  });

  it('takes the verb before money over the noun after it', () => {
    const [i] = indicatorsOf('Tỉnh Vĩnh Phúc đã giải ngân được 2.150 tỷ đồng vốn đầu tư công.');
    expect([i?.indicator, i?.text]).toEqual([
      'public_investment_disbursement',
      'giải ngân được 2.150 tỷ đồng',
    ]);
  });

  it('opens the span at the name, not inside its abbreviation in brackets', () => {
    const [i] = indicatorsOf('Chỉ số giá tiêu dùng (CPI) của tỉnh Bắc Kạn tăng 3,2%.');
    expect([i?.indicator, i?.text]).toEqual(['cpi', 'Chỉ số giá tiêu dùng (CPI) của tỉnh Bắc Kạn tăng 3,2%']);
  });

  it('names money by the noun after it only after a verb of result', () => {
    expect(
      indicatorsOf('Năm 2023, tỉnh Long An thu hút gần 1,1 tỷ USD vốn đầu tư trực tiếp nước ngoài.'),
    ).toEqual([expect.objectContaining({ indicator: 'investment_capital', value: 1_100_000_000 })]);
    expect(indicatorsOf('HĐND tỉnh Long An thông qua việc bổ sung 850 tỷ đồng vốn đầu tư công.')).toEqual([]);
  });

  it('reads a share of the communes named after it', () => {
    const [i] = indicatorsOf('Đến nay, tỉnh Phú Thọ có 60% số xã đạt chuẩn nông thôn mới.');
    expect([i?.indicator, i?.value, i?.unit]).toEqual(['new_rural_communes', 60, '%']);
  });

  it('gives the same statistic in another unit after "tương đương"', () => {
    const found = indicatorsOf(
      'GRDP bình quân đầu người của tỉnh Kiên Giang ước đạt 85,2 triệu đồng, tương đương khoảng 3.340 USD.',
    );
    expect(found.map((i) => [i.indicator, i.value, i.status])).toEqual([
      ['grdp_per_capita', 3340, 'estimate'],
      ['grdp_per_capita', 85_200_000, 'estimate'],
    ]);
  });

  it('reads a revenue from a source as the revenue, and a change after a level as no statistic', () => {
    const found = indicatorsOf(
      'Năm 2018, tỉnh Lào Cai có thu ngân sách từ hoạt động xuất nhập khẩu đạt 2.800 tỉ đồng. Hàng xuất khẩu qua địa bàn tỉnh Lào Cai đạt hơn 1,2 triệu tấn, tăng 15%. ' +
        // (Nor a ratio to another time after it.)
        'Nông sản xuất khẩu qua các cửa khẩu của tỉnh Lào Cai đạt khoảng 62.400 tấn, chỉ bằng 38% cùng kỳ.',
      '2018-12',
    );
    expect(found.map((i) => [i.indicator, i.value])).toEqual([['budget_revenue', 2_800_000_000_000]]);
  });

  it('reads the same measure again as a target after "phấn đấu"', () => {
    const found = indicatorsOf(
      'Tỷ lệ đô thị hóa của tỉnh Long An năm 2021 đạt 24,6%, phấn đấu đến năm 2030 đạt 45 - 50%.',
      '2022-09',
    );
    expect(found.map((i) => [i.indicator, i.value, i.status])).toContainEqual([
      'urbanization_rate',
      45,
      'target',
    ]);
  });

  it('reads a parallel subject with its place in brackets', () => {
    const found = indicatorsOf(
      'Tỉnh Phú Yên tổng kết năm. Tỷ lệ lấp đầy KCN Hòa Hiệp 1 đạt 100%, KCN An Phú (TP Tuy Hòa) đạt khoảng 78%.',
      '2019-12',
    );
    expect(found.map((i) => [i.indicator, i.value]).sort()).toEqual([
      ['occupancy_rate', 100],
      ['occupancy_rate', 78],
    ]);
  });

  it('reads the parts of a budget revenue by their source, and no tourists in ship calls', () => {
    const found = indicatorsOf(
      'Tỉnh Bà Rịa - Vũng Tàu tổng kết năm 2020. Tổng thu ngân sách năm 2020 đạt 93.268 tỷ đồng; trong đó thu từ dầu khí hơn 20,6 nghìn tỷ đồng, thu nội địa 37.440 tỷ đồng. Cảng biển đón 10.782 lượt tàu.',
      '2021-01',
    );
    expect(found.map((i) => [i.indicator, i.value])).toEqual([
      ['budget_revenue', 93_268_000_000_000],
      ['budget_revenue', 20_600_000_000_000],
      ['budget_revenue', 37_440_000_000_000],
    ]);
  });

  it('reads a cumulative figure after a monthly one as the same statistic over its own period', () => {
    const found = indicatorsOf(
      'Kim ngạch xuất khẩu của tỉnh Thái Nguyên tháng 7 ước đạt 2,86 tỷ USD; lũy kế 7 tháng đầu năm ước đạt 19,42 tỷ USD.',
      '2025-08',
    );
    expect(found.map((i) => [i.indicator, i.value, i.period?.start, i.period?.end, i.status])).toEqual([
      ['export_value', 2_860_000_000, '2025-07-01', '2025-07-31', 'estimate'],
      ['export_value', 19_420_000_000, '2025-01-01', '2025-07-31', 'estimate'],
    ]);
  });

  it('reads a cumulative figure after a comma, and after a change of the monthly one, as the same statistic', () => {
    const found = indicatorsOf(
      'Kim ngạch xuất khẩu của tỉnh Nghệ An tháng 10 ước đạt 210 triệu USD, lũy kế 10 tháng đạt 1,95 tỷ USD. ' +
        'Thu ngân sách tháng 10 đạt 1.520 tỷ đồng, tăng 3%, tính chung 10 tháng ước đạt 14.300 tỷ đồng.',
      '2023-11',
    );
    expect(found.map((i) => [i.text, i.indicator, i.period?.start, i.period?.end, i.status])).toEqual([
      [
        'Kim ngạch xuất khẩu của tỉnh Nghệ An tháng 10 ước đạt 210 triệu USD',
        'export_value',
        '2023-10-01',
        '2023-10-31',
        'estimate',
      ],
      ['lũy kế 10 tháng đạt 1,95 tỷ USD', 'export_value', '2023-01-01', '2023-10-31', 'actual'],
      ['Thu ngân sách tháng 10 đạt 1.520 tỷ đồng', 'budget_revenue', '2023-10-01', '2023-10-31', 'actual'],
      [
        'tính chung 10 tháng ước đạt 14.300 tỷ đồng',
        'budget_revenue',
        '2023-01-01',
        '2023-10-31',
        'estimate',
      ],
    ]);
  });

  it("reads a period singled out of a whole's parts as the whole, and a clause of a time and a value as the statistic before", () => {
    const found = indicatorsOf(
      '9 tháng năm 2025, tổng kim ngạch xuất nhập khẩu qua các cửa khẩu của tỉnh Tuyên Quang ước đạt 512,6 triệu USD. ' +
        'Trong đó, xuất khẩu đạt 146,3 triệu USD, nhập khẩu 366,3 triệu USD; tỷ trọng xuất khẩu lên 28,5%. ' +
        'Riêng quý III, kim ngạch đạt 201,7 triệu USD; tháng 9 đạt 74,2 triệu USD.',
      '2025-10',
    );
    expect(found.map((i) => [i.text, i.indicator, i.period?.start, i.period?.end])).toEqual([
      [
        'tổng kim ngạch xuất nhập khẩu qua các cửa khẩu của tỉnh Tuyên Quang ước đạt 512,6 triệu USD',
        'trade_value',
        '2025-01-01',
        '2025-09-30',
      ],
      ['xuất khẩu đạt 146,3 triệu USD', 'export_value', '2025-01-01', '2025-09-30'],
      ['nhập khẩu 366,3 triệu USD', 'import_value', '2025-01-01', '2025-09-30'],
      ['kim ngạch đạt 201,7 triệu USD', 'trade_value', '2025-07-01', '2025-09-30'],
      ['tháng 9 đạt 74,2 triệu USD', 'trade_value', '2025-09-01', '2025-09-30'],
    ]);
  });

  it('reads the value of farm and industrial output under the names outlets give them', () => {
    const found = indicatorsOf(
      'Năm 2023, giá trị sản xuất nông, lâm nghiệp và thủy sản của tỉnh Thanh Hóa ước đạt 28.450 tỷ đồng; ' +
        'giá trị sản xuất toàn ngành công nghiệp đạt 61.200 tỷ đồng; giá trị sản xuất nông lâm thủy sản quý IV tăng 3,1%.',
      '2024-01',
    );
    expect(found.map((i) => [i.indicator, i.value])).toEqual([
      ['agricultural_output', 28_450_000_000_000],
      ['industrial_output', 61_200_000_000_000],
      ['agricultural_output', 3.1],
    ]);
  });

  it('reads health insurance coverage in a rate of coverage, not in money collected or owed', () => {
    const found = indicatorsOf(
      'Tỉnh Hậu Giang: tỷ lệ người dân tham gia BHYT đạt 92,6%; tổng số thu BHXH, BHYT, bảo hiểm thất nghiệp ước đạt 1.284 tỉ đồng, bằng 71,3% kế hoạch; số tiền chậm đóng bảo hiểm y tế còn 46,8 tỉ đồng, chiếm 3,6%.',
      '2023-10',
    );
    expect(
      found.filter((i) => i.indicator === 'health_insurance_coverage').map((i) => [i.text, i.value]),
    ).toEqual([['tỷ lệ người dân tham gia BHYT đạt 92,6%', 92.6]]);
  });

  it('reads no houses built in houses a firm pays for, but houses the province pays for', () => {
    const found = indicatorsOf(
      'Tỉnh Thừa Thiên Huế: Tổng công ty Điện lực miền Trung hỗ trợ 3,5 tỷ đồng xây 70 căn nhà đại đoàn kết; tỉnh hỗ trợ 12 tỷ đồng xây 300 căn nhà đại đoàn kết.',
      '2022-01',
    );
    expect(found.map((i) => [i.indicator, i.value])).toEqual([['houses_built', 300]]);
  });

  it('reads the houses built when the body named is only the source of the figure', () => {
    const found = indicatorsOf(
      'Tỉnh Tiền Giang họp. Theo Sở Xây dựng, 10 tháng năm 2024, toàn tỉnh đã xây mới, sửa chữa 2.146 căn nhà cho hộ nghèo.',
      '2024-11',
    );
    expect(found.map((i) => [i.indicator, i.value])).toEqual([['houses_built', 2146]]);
    const told = indicatorsOf(
      'Tỉnh Hà Giang họp. Theo ông Lý Văn Páo, Phó Giám đốc Sở Xây dựng, năm 2024 toàn tỉnh đã xây mới, sửa chữa 1.380 căn nhà cho hộ nghèo.',
      '2024-12',
    );
    expect(told.map((i) => [i.indicator, i.value])).toEqual([['houses_built', 1380]]);
  });

  it('reads no houses built in houses flooded or given', () => {
    const found = indicatorsOf(
      'Tỉnh Quảng Bình: lũ làm ngập 4.500 nhà ở; Ủy ban MTTQ tỉnh trao tặng 120 nhà đại đoàn kết; năm 2024 toàn tỉnh xây mới 1.200 nhà ở cho hộ nghèo.',
      '2024-11',
    );
    expect(found.map((i) => [i.indicator, i.value])).toEqual([['houses_built', 1200]]);
    const after = indicatorsOf(
      'Tỉnh Hà Tĩnh: bão đã làm 2.310 nhà ở tại 25 xã bị tốc mái; năm 2024 tỉnh xây mới 640 nhà ở cho hộ bị ảnh hưởng.',
      '2024-10',
    );
    expect(after.map((i) => [i.indicator, i.value])).toEqual([['houses_built', 640]]);
    const coordinated = indicatorsOf(
      'Tỉnh Hà Tĩnh: đến nay đã xây mới 52 căn nhà ở cho hộ mất nhà và sửa chữa 980 nhà bị tốc mái.',
      '2024-10',
    );
    expect(coordinated.map((i) => [i.indicator, i.value])).toEqual([['houses_built', 52]]);
  });

  it('reads a bracket after the share of its plan a statistic restates as that share a year before', () => {
    const found = indicatorsOf(
      'Tỉnh Bến Tre: 9 tháng năm 2024, thu ngân sách đạt 4.120 tỷ đồng, bằng 71,2% dự toán (cùng kỳ năm 2023 đạt 66,5%).',
      '2024-10',
    );
    expect(found.map((i) => [i.indicator, i.value, i.unit, i.period])).toEqual([
      ['budget_revenue', 4_120_000_000_000, 'VND', { start: '2024-01-01', end: '2024-09-30' }],
      ['budget_revenue', 66.5, '%', { start: '2023-01-01', end: '2023-09-30' }],
    ]);
  });

  it("reads no public disbursement in a bank's loans", () => {
    const found = indicatorsOf(
      'Tỉnh Hòa Bình: Ngân hàng Chính sách xã hội huyện Mai Châu giải ngân 96,3 tỷ đồng cho 2.100 hộ vay.',
      '2023-10',
    );
    expect(found.filter((i) => i.indicator === 'public_investment_disbursement')).toEqual([]);
  });

  it('reads no level in how much an estimate was changed, nor in the cost of each item', () => {
    const found = indicatorsOf(
      'Tỉnh Điện Biên: HĐND tỉnh điều chỉnh tăng dự toán chi ngân sách năm 2024 thêm 120 tỷ đồng, nâng tổng chi ngân sách lên 8.300 tỷ đồng. Tỉnh vận động nguồn lực xã hội hóa cho trường học, nơi mỗi phòng học cần bình quân 1,2 tỷ đồng.',
      '2024-07',
    );
    expect(found.map((i) => [i.indicator, i.value])).toEqual([['budget_expenditure', 8_300_000_000_000]]);
  });

  it('reads no amount of a statistic in its pace of money a month, a quarter or a day', () => {
    const found = indicatorsOf(
      'Tỉnh Hà Tĩnh: đến ngày 30/9, toàn tỉnh giải ngân được 4.120 tỷ đồng. Từ nay đến cuối năm, tỉnh phải giải ngân bình quân mỗi tháng khoảng 640 tỷ đồng; kim ngạch xuất khẩu mỗi quý hơn 300 triệu USD.',
      '2024-10',
    );
    expect(found.map((i) => [i.indicator, i.value])).toEqual([
      ['public_investment_disbursement', 4_120_000_000_000],
    ]);
  });

  it('reads no export in workers sent abroad, and no jobs made in a loan programme', () => {
    const found = indicatorsOf(
      'Tỉnh Nam Định: về xuất khẩu lao động, năm 2024 toàn tỉnh đưa 3.100 người đi làm việc ở nước ngoài, đạt 62,4%; ngân hàng cho 1.200 lao động vay vốn tạo việc làm.',
      '2024-12',
    );
    expect(found).toEqual([]);
  });

  it('reads no projects attracted in projects whose approval is revoked', () => {
    const found = indicatorsOf(
      'Tỉnh Quảng Nam: tỉnh thu hồi chủ trương đầu tư đối với 3 dự án chậm tiến độ; năm 2024 chấp thuận chủ trương đầu tư 15 dự án.',
      '2024-12',
    );
    expect(found.map((i) => [i.indicator, i.value])).toEqual([['investment_projects', 15]]);
  });

  it("reads no capital of projects in a national programme's budget", () => {
    const found = indicatorsOf(
      'Tỉnh Lai Châu: năm 2024, tổng vốn Chương trình mục tiêu quốc gia giao cho tỉnh là 1.420 tỷ đồng; tỉnh thu hút 9 dự án với tổng vốn đầu tư 2.150 tỷ đồng.',
      '2024-12',
    );
    expect(found.map((i) => [i.indicator, i.value])).toEqual([
      ['investment_projects', 9],
      ['investment_capital', 2_150_000_000_000],
    ]);
  });

  it("reads no growth of the economy in a bank's credit, and no investment of society in its deposits", () => {
    const found = indicatorsOf(
      'Tỉnh Thanh Hóa: đến cuối tháng 9, tổng nguồn vốn huy động của các tổ chức tín dụng đạt 210.000 tỉ đồng; ngành ngân hàng phấn đấu tăng trưởng tín dụng năm 2024 đạt 14%. Tăng trưởng kinh tế 9 tháng ước đạt 8,1%.',
      '2024-10',
    );
    expect(found.map((i) => [i.indicator, i.value])).toEqual([['grdp_growth', 8.1]]);
  });

  it('reads a sum "với" the projects just counted as their capital, the span from the verb', () => {
    const found = indicatorsOf(
      'Quý I/2026, tỉnh Vĩnh Long GRDP ước tăng 7,38%, thu hút 5 dự án FDI với hơn 212 triệu USD.',
      '2026-04',
    );
    expect(found.map((i) => [i.text, i.indicator])).toEqual([
      ['GRDP ước tăng 7,38%', 'grdp_growth'],
      ['thu hút 5 dự án FDI với hơn 212 triệu USD', 'investment_capital'],
      ['5 dự án FDI', 'fdi_projects'],
    ]);
  });

  it("reads no value of trade in a firm's takings from its exports", () => {
    const found = indicatorsOf(
      'Tỉnh Cà Mau: năm 2023, Công ty CP Thủy sản Minh Phú xuất khẩu 9.450 tấn tôm, doanh thu gần 2.180 tỉ đồng; kim ngạch xuất khẩu thủy sản của tỉnh đạt 1,2 tỷ USD.',
      '2023-12',
    );
    expect(found.map((i) => [i.indicator, i.value])).toEqual([['export_value', 1_200_000_000]]);
  });

  it('reads the budget estimate as revenue aimed at, its share of the estimate as no target', () => {
    const found = indicatorsOf(
      'Huyện Nhà Bè (TP.HCM): 10 tháng năm 2022, tổng thu ngân sách nhà nước trên địa bàn huyện đạt 1.094,6 tỉ đồng, bằng 85,1% dự toán. Dự toán thu năm 2022 được UBND TP.HCM giao là 1.286 tỉ đồng.',
      '2022-11',
    );
    expect(found.map((i) => [i.value, i.status])).toEqual([
      [1_094_600_000_000, 'actual'],
      [1_286_000_000_000, 'target'],
    ]);
  });

  it('reads no statistic in a threshold that picks out places', () => {
    const found = indicatorsOf(
      'Tỉnh Điện Biên ưu tiên nguồn lực cho các xã có tỷ lệ hộ nghèo trên 50%. Năm 2024, tỷ lệ hộ nghèo toàn tỉnh còn 18,3%.',
      '2024-12',
    );
    expect(found.map((i) => i.value)).toEqual([18.3]);
  });

  it('reads no area in the size of each lot', () => {
    const found = indicatorsOf(
      'Tỉnh Tây Ninh: 52 lô đất ở được đưa ra đấu giá, diện tích từ 100 đến 180 m2/lô. Tổng diện tích khu dân cư là 6,8 ha.',
      '2021-12',
    );
    expect(found.map((i) => [i.indicator, i.value])).toEqual([['area', 6.8]]);
    const floors = indicatorsOf(
      'Tỉnh Bạc Liêu: Trung tâm dữ liệu có diện tích sàn khoảng 2.400 m2; tổng diện tích lúa đạt 180.000 ha.',
      '2024-10',
    );
    expect(floors.map((i) => [i.indicator, i.value])).toEqual([['area', 180_000]]);
  });

  it('reads no disbursement in a threshold', () => {
    const found = indicatorsOf(
      'Tỉnh Quảng Nam đã giải ngân đạt 45,2%. Còn 15 dự án giải ngân dưới 10%; địa phương nào giải ngân dưới 20% phải giải trình. Chậm giải ngân thì xử lý người đứng đầu, chủ đầu tư dưới 50% bị điều chuyển vốn.',
    );
    expect(found.map((i) => [i.indicator, i.value])).toEqual([['public_investment_disbursement', 45.2]]);
  });

  it('reads a part of the period singled out after "riêng"', () => {
    const found = indicatorsOf(
      'Kim ngạch xuất khẩu của tỉnh Đắk Lắk 9 tháng ước đạt 2,87 tỷ USD; riêng quý III/2025 đạt 796,5 triệu USD.',
      '2025-10',
    );
    expect(found.map((i) => [i.indicator, i.value, i.period?.start])).toEqual([
      ['export_value', 2_870_000_000, '2025-01-01'],
      ['export_value', 796_500_000, '2025-07-01'],
    ]);
  });

  it('reads a part of the period after "trong đó", which stays out of its span as "riêng" does', () => {
    const found = indicatorsOf(
      'Tốc độ tăng trưởng GRDP 9 tháng của tỉnh Thái Nguyên ước đạt 6,4%, trong đó quý III ước tăng 7,1%.',
      '2024-10',
    );
    expect(found.map((i) => [i.text, i.value, i.period?.start])).toEqual([
      ['Tốc độ tăng trưởng GRDP 9 tháng của tỉnh Thái Nguyên ước đạt 6,4%', 6.4, '2024-01-01'],
      ['quý III ước tăng 7,1%', 7.1, '2024-07-01'],
    ]);
  });

  it('reads no statistic in a part of the period singled out of a value that is none', () => {
    const found = indicatorsOf(
      'Khai trương năm 2023, khu nghỉ tại tỉnh Quảng Bình do Công ty TNHH Du lịch Sao Biển đầu tư với tổng vốn 6,5 tỷ đồng. ' +
        'Sau 8 tháng, khu nghỉ có 25 nhân viên, doanh thu khoảng 900 triệu đồng/tháng; riêng tháng 7 đạt hơn 1,3 tỷ đồng.',
      '2024-09',
    );
    expect(found.map((i) => [i.indicator, i.value])).toEqual([['investment_capital', 6_500_000_000]]);
  });

  it('reads the part of the period singled out past a baseline in brackets', () => {
    const found = indicatorsOf(
      'Tăng trưởng kinh tế của tỉnh Sóc Trăng năm 2024 ước đạt 7,6% (năm 2023 tăng 6,8%), riêng quý IV tăng 8,1%. ' +
        'Kim ngạch xuất khẩu năm 2024 đạt 1,2 tỷ USD (năm 2023 đạt 1,1 tỷ USD), riêng tháng 12 đạt 130 triệu USD.',
      '2025-01',
    );
    expect(found.map((i) => [i.text, i.indicator, i.period.start])).toEqual([
      ['Tăng trưởng kinh tế của tỉnh Sóc Trăng năm 2024 ước đạt 7,6%', 'grdp_growth', '2024-01-01'],
      ['năm 2023 tăng 6,8%', 'grdp_growth', '2023-01-01'],
      ['quý IV tăng 8,1%', 'grdp_growth', '2024-10-01'],
      ['Kim ngạch xuất khẩu năm 2024 đạt 1,2 tỷ USD', 'export_value', '2024-01-01'],
      ['năm 2023 đạt 1,1 tỷ USD', 'export_value', '2023-01-01'],
      ['tháng 12 đạt 130 triệu USD', 'export_value', '2024-12-01'],
    ]);
  });

  it('gives a sum that opens "Tính chung," the period of the figures it sums', () => {
    const found = indicatorsOf(
      'Quý I, tỉnh Bến Tre thu hút 6 dự án với tổng vốn đăng ký 1.250 tỷ đồng; 4 dự án điều chỉnh tăng vốn 300 tỷ đồng. ' +
        'Tổng cộng, vốn đầu tư thu hút đạt 1.550 tỷ đồng. Năm 2023, thu ngân sách đạt 4.200 tỷ đồng. Tính chung lại, thu ngân sách nhà nước tăng 5,6%.',
      '2024-04',
    );
    expect(found.filter((i) => i.unit !== 'dự án').map((i) => [i.value, i.period])).toEqual([
      [1_250_000_000_000, { start: '2024-01-01', end: '2024-03-31' }],
      [1_550_000_000_000, { start: '2024-01-01', end: '2024-03-31' }],
      [4_200_000_000_000, { start: '2023-01-01', end: '2023-12-31' }],
      [5.6, { start: '2023-01-01', end: '2023-12-31' }],
    ]);
  });

  it("carries a report's months, framing the sentence before, into the trade and budget flows that name no time", () => {
    const found = indicatorsOf(
      'Theo Cục Thống kê tỉnh Long An, 7 tháng đầu năm 2024, chỉ số sản xuất công nghiệp tăng 8,2%. ' +
        'Kim ngạch xuất khẩu ước đạt 4,35 tỷ USD, tăng 9,1%; thu ngân sách nhà nước đạt 12.400 tỷ đồng. ' +
        'Tỷ lệ hộ nghèo còn 1,9%.\n\n' +
        '9 tháng đầu năm 2024, tỉnh Long An thu hút 30 dự án FDI. Cả năm, thu ngân sách ước đạt 21.000 tỷ đồng.\n\n' +
        'Tỉnh Long An có nhiều dự án, chỉ số sản xuất công nghiệp 7 tháng tăng 7%. Kim ngạch nhập khẩu đạt 3,1 tỷ USD.\n\n' +
        'Theo Sở Tài chính, 6 tháng, tỉnh Long An thu hút 12 dự án FDI. Tổng mức bán lẻ hàng hóa đạt 61.000 tỷ đồng, tăng 10% so với cùng kỳ năm trước; chỉ số giá tiêu dùng (CPI) bình quân tăng 1,18%.',
      '2024-08',
    );
    expect(found.map((i) => [i.indicator, i.value, i.period.end])).toEqual([
      ['industrial_production_index', 8.2, '2024-07-31'],
      ['export_value', 4_350_000_000, '2024-07-31'],
      ['budget_revenue', 12_400_000_000_000, '2024-07-31'],
      // A rate that stands is not summed over the report's months.
      ['poverty_rate', 1.9, '2024-12-31'],
      ['fdi_projects', 30, '2024-09-30'],
      ['budget_revenue', 21_000_000_000_000, '2024-12-31'],
      ['industrial_production_index', 7, '2024-07-31'],
      // The months of the last flow the sentence before reported go on too.
      ['import_value', 3_100_000_000, '2024-07-31'],
      ['fdi_projects', 12, '2024-06-30'],
      // The same months of the year before, compared with, are no time of the sentence's own.
      ['retail_sales', 61_000_000_000_000, '2024-06-30'],
      // (So are prices averaged over the same months.)
      ['cpi', 1.18, '2024-06-30'],
    ]);
  });

  it("carries a report's months past a sentence of it that names no time and no statistic, and past a source's title", () => {
    const found = indicatorsOf(
      'Theo Cục Thống kê tỉnh Quảng Ninh, 7 tháng, chỉ số sản xuất công nghiệp tăng 9,3%. Sản lượng điện sản xuất đạt 17,2 tỉ kWh. ' +
        'Kim ngạch xuất khẩu ước đạt 1.765 triệu USD.\n\n' +
        'Theo ông Lâm Quốc Thịnh, Trưởng Ban Quản lý, 6 tháng đầu năm 2022, tỉnh Quảng Ninh thu hút 9 dự án mới. Thu ngân sách nhà nước ước đạt 7.950 tỉ đồng.\n\n' +
        'Tỉnh Quảng Ninh có nhiều mỏ than. Theo Sở Công Thương, 5 tháng, chỉ số sản xuất công nghiệp tăng 6%. Sản lượng than đạt 20 triệu tấn. Năm 2021, tỉnh đón 5 triệu khách. Kim ngạch nhập khẩu đạt 900 triệu USD.',
      '2022-08',
    );
    expect(found.map((i) => [i.indicator, i.period.end])).toEqual([
      ['industrial_production_index', '2022-07-31'],
      ['export_value', '2022-07-31'],
      ['investment_projects', '2022-06-30'],
      ['budget_revenue', '2022-06-30'],
      ['industrial_production_index', '2022-05-31'],
      // A sentence that names a time of its own between breaks the report's frame.
      ['import_value', '2022-12-31'],
    ]);
  });

  it('gives the capital of projects just counted their subject, past who invests in them', () => {
    const found = indicatorsOf(
      'Tỉnh Khánh Hòa họp. Theo báo cáo, 6 tháng đầu năm, KKT Vân Phong thu hút mới 7 dự án với tổng vốn đăng ký gần 3.900 tỉ đồng, gấp 2,4 lần cùng kỳ năm 2022; trong đó có 2 dự án FDI của nhà đầu tư Hàn Quốc và Singapore, tổng vốn 46,5 triệu USD.',
      '2023-06',
    );
    expect(found.map((i) => [i.indicator, i.value, i.subject])).toEqual([
      ['investment_projects', 7, 'Vân Phong'],
      ['investment_capital', 3_900_000_000_000, 'Vân Phong'],
      ['fdi_projects', 2, 'Vân Phong'],
      ['investment_capital', 46_500_000, 'Vân Phong'],
    ]);
  });

  it("reads the term in a national programme's name as the programme's, not the figure's", () => {
    const found = indicatorsOf(
      '4 tháng đầu năm, tỉnh Yên Bái giải ngân 95 tỷ đồng vốn Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025, xây mới, sửa chữa 412 căn nhà.\n\n' +
        'Thực hiện Chương trình MTQG xây dựng nông thôn mới giai đoạn 2021 - 2025, tỉnh Yên Bái phấn đấu có thêm 40 xã đạt chuẩn nông thôn mới.',
      '2023-05',
    );
    expect(found.map((i) => [i.indicator, i.value, i.status, i.period])).toEqual([
      [
        'public_investment_disbursement',
        95_000_000_000,
        'actual',
        { start: '2023-01-01', end: '2023-04-30' },
      ],
      ['houses_built', 412, 'actual', { start: '2023-01-01', end: '2023-04-30' }],
      // With no time of its own before it, the programme's term is the aim's.
      ['new_rural_communes', 40, 'target', { start: '2021-01-01', end: '2025-12-31' }],
    ]);
  });

  it('reads a count the words give per day as a rate, no count of the statistic', () => {
    const found = indicatorsOf(
      'Từ ngày 15/3, lượng khách Trung Quốc vào tỉnh Lào Cai tăng nhanh, bình quân 1.100 - 1.300 lượt khách mỗi ngày. ' +
        'Năm 2023, tỉnh Lào Cai phấn đấu đón 5 triệu lượt khách.',
      '2023-05',
    );
    expect(found.map((i) => [i.indicator, i.value])).toEqual([['tourist_arrivals', 5_000_000]]);
  });

  it('reads the plan a result is compared with, right after it, as the same statistic aimed at', () => {
    const found = indicatorsOf(
      'Tốc độ tăng trưởng kinh tế (GRDP) năm 2023 của tỉnh Trà Vinh ước đạt 5,26% (năm 2022 tăng 9,31%), chưa đạt mục tiêu 7,5%. ' +
        'Thu ngân sách đạt 4.100 tỷ đồng, thấp hơn kế hoạch đề ra 4.500 tỷ đồng. Tỷ lệ hộ nghèo còn 2,1%, giảm 0,8%.',
      '2023-12',
    );
    expect(found.map((i) => [i.text, i.value, i.status, i.period.start])).toEqual([
      [
        'Tốc độ tăng trưởng kinh tế (GRDP) năm 2023 của tỉnh Trà Vinh ước đạt 5,26%',
        5.26,
        'estimate',
        '2023-01-01',
      ],
      ['năm 2022 tăng 9,31%', 9.31, 'actual', '2022-01-01'],
      ['mục tiêu 7,5%', 7.5, 'target', '2023-01-01'],
      ['Thu ngân sách đạt 4.100 tỷ đồng', 4_100_000_000_000, 'actual', '2023-01-01'],
      ['kế hoạch đề ra 4.500 tỷ đồng', 4_500_000_000_000, 'target', '2023-01-01'],
      ['Tỷ lệ hộ nghèo còn 2,1%', 2.1, 'actual', '2023-01-01'],
    ]);
  });

  it('lets a time singled out where the sentence opens frame all of it, and one singled out mid-sentence only its aside', () => {
    const found = indicatorsOf(
      'Riêng tháng 7, tỉnh Khánh Hòa đón 812.000 lượt khách lưu trú, tăng 9,6%; công suất sử dụng phòng bình quân đạt 68,4%.\n\n' +
        '7 tháng, tỉnh Khánh Hòa đón 5,1 triệu lượt khách, riêng tháng 7 đón 812.000 lượt; công suất sử dụng phòng bình quân đạt 61%.',
      '2023-08',
    );
    expect(found.map((i) => [i.value, i.period])).toEqual([
      [812_000, { start: '2023-07-01', end: '2023-07-31' }],
      [68.4, { start: '2023-07-01', end: '2023-07-31' }],
      [5_100_000, { start: '2023-01-01', end: '2023-07-31' }],
      [812_000, { start: '2023-07-01', end: '2023-07-31' }],
      [61, { start: '2023-01-01', end: '2023-07-31' }],
    ]);
  });

  it("carries the months from January of a report's last flow into the next sentence's flows, unless singled out of the year", () => {
    const found = indicatorsOf(
      'Tổng mức bán lẻ hàng hóa của tỉnh Ninh Thuận quý I ước đạt 5.486,2 tỷ đồng. Kim ngạch xuất khẩu ước đạt 46,5 triệu USD.\n\n' +
        'Kim ngạch xuất khẩu năm 2024 của tỉnh Ninh Thuận ước đạt 3,4 tỷ USD; riêng 11 tháng đạt 3,1 tỷ USD. Thu ngân sách đạt 5.000 tỷ đồng.',
      '2024-12',
    );
    expect(found.map((i) => [i.value, i.period.end])).toEqual([
      [5_486_200_000_000, '2024-03-31'],
      [46_500_000, '2024-03-31'],
      [3_400_000_000, '2024-12-31'],
      [3_100_000_000, '2024-11-30'],
      [5_000_000_000_000, '2024-12-31'],
    ]);
  });

  it('pairs a bracket of baselines with the statistics before it in their order, by unit', () => {
    const found = indicatorsOf(
      '7 tháng đầu năm, các KCN tỉnh Tây Ninh thu hút 9 dự án FDI với tổng vốn đăng ký 286,4 triệu USD (cùng kỳ năm 2023 là 5 dự án, 173,9 triệu USD). ' +
        'Đến năm 2030, GRDP bình quân đầu người của tỉnh Tây Ninh đạt khoảng 7.500 USD (năm 2023 ước đạt 85,6 triệu đồng).',
      '2024-08',
    );
    expect(found.map((i) => [i.indicator, i.value, i.period.start, i.period.end])).toEqual([
      ['fdi_projects', 9, '2024-01-01', '2024-07-31'],
      ['investment_capital', 286_400_000, '2024-01-01', '2024-07-31'],
      ['investment_capital', 173_900_000, '2023-01-01', '2023-07-31'],
      ['fdi_projects', 5, '2023-01-01', '2023-07-31'],
      ['grdp_per_capita', 7_500, '2030-01-01', '2030-12-31'],
    ]);
    // (Money in another currency is the last statistic's, never paired with one before it.)
    expect(found.some((i) => i.value === 85_600_000 && i.indicator !== 'grdp_per_capita')).toBe(false);
  });

  it("gives the spending named after the revenue in one sentence the revenue's period", () => {
    const found = indicatorsOf(
      'Tổng thu ngân sách nhà nước trên địa bàn tỉnh Bình Định năm 2024 được giao 12.030 tỷ đồng, tổng chi ngân sách địa phương 18.947,6 tỷ đồng.',
      '2023-12',
    );
    expect(found.map((i) => [i.indicator, i.status, i.period.start])).toEqual([
      ['budget_revenue', 'target', '2024-01-01'],
      ['budget_expenditure', 'target', '2024-01-01'],
    ]);
  });

  it("gives a plan in brackets that names no time the statistic's term of years, but the year's plan to months so far", () => {
    const found = indicatorsOf(
      'Tăng trưởng kinh tế bình quân giai đoạn 2021 - 2025 của tỉnh Phú Thọ ước đạt 7,2% (mục tiêu là 7%). ' +
        '9 tháng, tỉnh Phú Thọ giải quyết việc làm cho 18.000 lao động (kế hoạch 23.000 lao động).',
      '2024-11',
    );
    expect(found.map((i) => [i.value, i.status, i.period.start, i.period.end])).toEqual([
      [7.2, 'estimate', '2021-01-01', '2025-12-31'],
      [7, 'target', '2021-01-01', '2025-12-31'],
      [18_000, 'actual', '2024-01-01', '2024-09-30'],
      [23_000, 'target', '2024-01-01', '2024-12-31'],
    ]);
  });

  it("reads no statistic in the jobs a household, a homestay or a farm gives, but one in a district's homestays or a firm's", () => {
    const found = indicatorsOf(
      'Tại huyện Kon Plông, homestay của chị Y Thu đón 4.000 lượt khách mỗi năm. Homestay tạo việc làm thường xuyên cho 6 lao động. ' +
        'Trừ chi phí, gia đình lãi gần 900 triệu đồng/năm, tạo việc làm thường xuyên cho 5 lao động.\n\n' +
        'Toàn huyện Kon Plông có 151 homestay, tạo việc làm thường xuyên cho hơn 1.300 lao động. Công ty Cổ phần Nông sản Đắk Kan dự kiến tạo việc làm cho khoảng 300 lao động.',
      '2023-12',
    );
    expect(found.filter((i) => i.indicator === 'jobs_created').map((i) => i.value)).toEqual([1_300, 300]);
  });

  it('gives an aim that names no time the year to come the sentence before named', () => {
    const found = indicatorsOf(
      'Với năm 2027, HĐND tỉnh Sóc Trăng thống nhất 21 chỉ tiêu chủ yếu. Tỉnh phấn đấu GRDP tăng 8,5%, thu ngân sách 6.100 tỷ đồng.\n\n' +
        'Mục tiêu đến năm 2030, tỉnh trở thành trung tâm năng lượng; tầm nhìn đến năm 2050 là tỉnh phát triển. Tỉnh phấn đấu thu hút 50 dự án FDI.\n\n' +
        'Năm 2025, tỉnh đón 1,2 triệu lượt khách. Tỉnh phấn đấu tỷ lệ che phủ rừng đạt 45%.',
      '2026-12',
    );
    expect(found.map((i) => [i.value, i.status, i.period.start])).toEqual([
      [8.5, 'target', '2027-01-01'],
      [6_100_000_000_000, 'target', '2027-01-01'],
      [50, 'target', '2030-01-01'],
      [1_200_000, 'actual', '2025-01-01'],
      [45, 'target', '2026-01-01'],
    ]);
  });

  it("reads the year to come as the article's own in a January review of the year before", () => {
    const found = indicatorsOf(
      'Sáng 8/1, UBND tỉnh Hải Dương tổ chức hội nghị tổng kết công tác năm 2024. Năm 2024, GRDP của tỉnh tăng 10,2%.\n\n' +
        'Năm 2025 là năm tăng tốc về đích. Tỉnh phấn đấu GRDP tăng 10,5 - 11%, thu ngân sách 24.300 tỷ đồng.',
      '2025-01',
    );
    expect(found.map((i) => [i.value, i.status, i.period.start])).toEqual([
      [10.2, 'actual', '2024-01-01'],
      [10.5, 'target', '2025-01-01'],
      [24_300_000_000_000, 'target', '2025-01-01'],
    ]);
  });

  it("gives the partner that leads the projects the sentence before counted their period, but not a running total's day", () => {
    const found = indicatorsOf(
      'Tỉnh Bắc Ninh họp. 10 tháng, tỉnh cấp mới 64 dự án FDI, tổng vốn đăng ký 1,2 tỷ USD. Trung Quốc dẫn đầu với 28 dự án, vốn đăng ký 512 triệu USD.\n\n' +
        'Lũy kế đến ngày 31/10/2024, toàn tỉnh có 2.100 dự án FDI. Nhật Bản dẫn đầu với 9 dự án mới, vốn đăng ký 240 triệu USD.',
      '2024-11',
    );
    expect(found.filter((i) => i.unit === 'USD').map((i) => [i.value, i.period])).toEqual([
      [1_200_000_000, { start: '2024-01-01', end: '2024-10-31' }],
      [512_000_000, { start: '2024-01-01', end: '2024-10-31' }],
      [240_000_000, { start: '2024-01-01', end: '2024-12-31' }],
    ]);
  });

  it('gives takings the period of the visitors before, past a bracketed baseline written with a thousands dot', () => {
    const found = indicatorsOf(
      'Tỉnh Ninh Bình họp. Quý I/2024, Tràng An đón 1,6 triệu lượt khách (cùng kỳ năm 2023 đạt 1.180.000 lượt). Doanh thu du lịch ước đạt 920 tỷ đồng.',
      '2024-04',
    );
    expect(found.map((i) => [i.indicator, i.value, i.period])).toEqual([
      ['tourist_arrivals', 1_600_000, { start: '2024-01-01', end: '2024-03-31' }],
      ['tourist_arrivals', 1_180_000, { start: '2023-01-01', end: '2023-03-31' }],
      ['tourism_revenue', 920_000_000_000, { start: '2024-01-01', end: '2024-03-31' }],
    ]);
  });

  it('gives the takings and visitors of a sentence that names no time the period of the visitors the sentence before counted', () => {
    const found = indicatorsOf(
      'Trong 5 tháng, tỉnh Ninh Thuận đón 1,4 triệu lượt khách, tăng 9%. Tổng thu từ du lịch ước đạt 2.150 tỷ đồng. ' +
        'Doanh thu vận tải đạt 800 tỷ đồng. Khách quốc tế đạt 61.000 lượt.\n\n' +
        'Năm 2023, tỉnh đón 2,9 triệu lượt khách.\n\nDoanh thu du lịch đạt 4.100 tỷ đồng.\n\n' +
        // (And the takings after the visitors in their own sentence.)
        'Lượng khách đến tỉnh 3 tháng đầu năm ước đạt 287.000 lượt, tổng thu từ du lịch khoảng 236 tỉ đồng.',
      '2024-06',
    );
    expect(found.map((i) => [i.indicator, i.value, i.period])).toEqual([
      ['tourist_arrivals', 1_400_000, { start: '2024-01-01', end: '2024-05-31' }],
      ['tourism_revenue', 2_150_000_000_000, { start: '2024-01-01', end: '2024-05-31' }],
      ['tourist_arrivals', 61_000, { start: '2024-01-01', end: '2024-12-31' }],
      ['tourist_arrivals', 2_900_000, { start: '2023-01-01', end: '2023-12-31' }],
      ['tourism_revenue', 4_100_000_000_000, { start: '2024-01-01', end: '2024-12-31' }],
      ['tourist_arrivals', 287_000, { start: '2024-01-01', end: '2024-03-31' }],
      ['tourism_revenue', 236_000_000_000, { start: '2024-01-01', end: '2024-03-31' }],
    ]);
  });

  it('gives jobs a sentence opening on "Doanh nghiệp" reports to the firm named sentences before it spoke of by its kind', () => {
    const found = indicatorsOf(
      'Đoàn kiểm tra Công ty Cổ phần Thủy sản Phú Cường ở xã Tân Thành. Năm nay, doanh nghiệp dự kiến xuất khẩu 9.000 tấn tôm. ' +
        'Doanh nghiệp hiện tạo việc làm cho hơn 1.800 lao động.\n\nTỉnh Cà Mau có 320 doanh nghiệp thủy sản. Nhiều doanh nghiệp thiếu vốn. ' +
        'Doanh nghiệp hiện tạo việc làm cho 45.000 lao động.',
      '2025-11',
    );
    expect(found.filter((i) => i.indicator === 'jobs_created').map((i) => [i.value, i.subject])).toEqual([
      [1_800, 'Công ty Cổ phần Thủy sản Phú Cường'],
      [45_000, 'Cà Mau'],
    ]);
  });

  it('gives a cooperative spoken of again by its bare kind its output and land, but not a count of cooperatives', () => {
    // (The title opens with the district the article reports on, which the bare kind outranks.)
    const article =
      'date 2023-03 Thoại Sơn: HTX Nông nghiệp Tân Mỹ vào vụ\n\nHTX Nông nghiệp Tân Mỹ (huyện Thoại Sơn) thu hoạch lúa.\n\n' +
      'Ông Lê Văn Tư, Giám đốc HTX cho biết, sản lượng lúa của HTX vụ này ước đạt 3.200 tấn. HTX hiện có 210 thành viên, tổng diện tích canh tác 540 ha.\n\n' +
      'Toàn huyện có 9 HTX và 1.200 hộ; năm 2023, tổng diện tích lúa đạt 34.000 ha.\n\nPhương Linh\n';
    const found = parseDocument(article, { source: 'x.txt' }).facts.flatMap((f) =>
      f.kind === 'indicator' && (f.unit === 'tấn' || f.unit === 'ha') ? [[f.value, f.subject]] : [],
    );
    expect(found).toEqual([
      [3_200, 'Hợp tác xã Nông nghiệp Tân Mỹ'],
      [540, 'Hợp tác xã Nông nghiệp Tân Mỹ'],
      [34_000, 'Thoại Sơn'],
    ]);
  });

  it('gives trade through a border gate named again by its name alone to that gate', () => {
    const found = indicatorsOf(
      'Tỉnh Lạng Sơn nâng cấp cửa khẩu chính Chi Ma. Năm 2024, kim ngạch XNK qua Chi Ma đạt 1,2 tỷ USD. ' +
        'Kim ngạch xuất khẩu qua Trung Quốc đạt 3,4 tỷ USD.',
      '2025-01',
    );
    expect(found.map((i) => [i.value, i.subject])).toEqual([
      [1_200_000_000, 'Chi Ma'],
      [3_400_000_000, 'Lạng Sơn'],
    ]);
  });

  it('reads domestic direct investment (DDI) as capital attracted, as FDI is', () => {
    const found = indicatorsOf(
      'Năm 2024, tỉnh Vĩnh Phúc phấn đấu thu hút 300 triệu USD vốn FDI, vốn DDI đạt 8.000 tỷ đồng.',
      '2024-04',
    );
    expect(found.map((i) => [i.indicator, i.value, i.status])).toEqual([
      ['investment_capital', 300_000_000, 'target'],
      ['investment_capital', 8_000_000_000_000, 'target'],
    ]);
  });

  it('reads projects its own words call domestic (DDI) as no foreign ones, after foreign capital', () => {
    const found = indicatorsOf(
      'Sáu tháng, tỉnh Tây Ninh thu hút 1,1 tỷ USD vốn FDI. Ngoài vốn FDI, các KCN còn thu hút 96 dự án DDI, tổng vốn đăng ký 38.500 tỷ đồng.',
      '2026-07',
    );
    expect(found.filter((i) => i.unit === 'dự án').map((i) => [i.indicator, i.value])).toEqual([
      ['investment_projects', 96],
    ]);
  });

  it("gives a zone's fill rate no months another statement counts, but those that open a list or a baseline shares", () => {
    const found = indicatorsOf(
      'Tỉnh Tây Ninh 6 tháng thu hút hơn 1,11 tỷ USD vốn FDI, tỷ lệ lấp đầy KCN đạt 71,8%. ' +
        '6 tháng đầu năm, theo Sở Tài chính, tổng mức bán lẻ đạt 66,3 ngàn tỷ đồng; tỉ lệ lấp đầy đạt hơn 49%. ' +
        'Quý II, KCN Thạnh Đức thu hút 3 dự án, tỷ lệ lấp đầy giai đoạn 1 đạt 54,2% (cùng kỳ năm 2025 là 43,5%).',
      '2026-07',
    );
    expect(found.filter((i) => i.indicator === 'occupancy_rate').map((i) => [i.value, i.period.end])).toEqual(
      [
        [71.8, '2026-12-31'],
        [49, '2026-06-30'],
        [54.2, '2026-06-30'],
        [43.5, '2025-06-30'],
      ],
    );
  });

  it('gives a part singled out after a comma the period of its whole, not of another statistic', () => {
    const found = indicatorsOf(
      'Chỉ số sản xuất công nghiệp (IIP) của Hải Phòng 10 tháng tăng 16,4%, riêng IIP của khu vực Hải Dương (cũ) tăng 12,7%. ' +
        'Sản lượng lúa năm 2025 đạt 8,9 triệu tấn trên diện tích gieo trồng 1,27 triệu ha, riêng sản lượng lúa của khu vực Kiên Giang (cũ) đạt 4,1 triệu tấn.',
      '2025-11',
    );
    expect(found.filter((i) => i.unit !== 'ha').map((i) => [i.value, i.period.end])).toEqual([
      [16.4, '2025-10-31'],
      [12.7, '2025-10-31'],
      [8_900_000, '2025-12-31'],
      [4_100_000, '2025-12-31'],
    ]);
  });

  it('reads no city travellers come from as the "thành phố" a province\'s article speaks of', () => {
    const article =
      'date 2023-07 Bình Thuận: Du lịch Phan Thiết tăng tốc\n\nThành ủy Phan Thiết tổ chức hội nghị. 6 tháng, thành phố đón hơn 2,9 triệu lượt khách.\n\n' +
      'Thời gian đi từ TP Hồ Chí Minh đến Phan Thiết chỉ còn 2 giờ; riêng tháng 6, thành phố đón khoảng 610.000 lượt khách.\n\nNam\n';
    const subjects = parseDocument(article, { source: 'x.txt' }).facts.flatMap((f) =>
      f.kind === 'indicator' ? [f.subject] : [],
    );
    expect(subjects).toEqual(['Phan Thiết', 'Phan Thiết']);
  });

  it("gives a sentence opening on a commune's level word, in a district's article, that commune", () => {
    const article =
      'date 2023-11 Kinh Môn: Nông dân xã Minh Hòa lãi lớn từ gừng\n\nGia đình ông Hải ở xã Minh Hòa, thị xã Kinh Môn thu hoạch gừng.\n\n' +
      'Chủ tịch UBND xã Minh Hòa cho biết, diện tích trồng gừng toàn xã khoảng 25 ha. Xã phấn đấu đến năm 2025 mở rộng diện tích gừng lên 40 ha. ' +
      'Năm 2023, diện tích gừng toàn thị xã đạt 310 ha.\n\nNam\n';
    const found = parseDocument(article, { source: 'x.txt' }).facts.flatMap((f) =>
      f.kind === 'indicator' ? [[f.value, f.subject]] : [],
    );
    expect(found).toEqual([
      [25, 'Minh Hòa'],
      [40, 'Minh Hòa'],
      [310, 'Kinh Môn'],
    ]);
  });

  it("gives a sentence opening on the commune's level word, in that commune's article, the commune", () => {
    const article =
      'date 2024-09 Vạn Phúc: Làng lụa đón khách quốc tế\n\nTheo Chủ tịch UBND phường Vạn Phúc, năm 2023 làng lụa đón khoảng 90.000 lượt khách. ' +
      'Phường mở tour cho khách từ Hà Nội. Dự án được UBND quận Hà Đông hỗ trợ 500 triệu đồng. ' +
      'Phường đặt mục tiêu đến năm 2030 đón 200.000 lượt khách.\n\nNam\n';
    const found = parseDocument(article, { source: 'x.txt' }).facts.flatMap((f) =>
      f.kind === 'indicator' ? [[f.value, f.subject]] : [],
    );
    expect(found).toEqual([
      [90_000, 'Vạn Phúc'],
      [200_000, 'Vạn Phúc'],
    ]);
  });

  it('gives a period that opens on a time the reader must know and closes on one named no start', () => {
    const found = indicatorsOf(
      'Từ đầu nhiệm kỳ đến hết tháng 5/2023, tỉnh Hà Tĩnh thu hút 138 dự án với tổng vốn đăng ký 105.600 tỷ đồng. Từ ngày 1/3 đến 31/5, tỉnh thu hút 12 dự án.',
      '2023-06',
    );
    expect(found.map((i) => [i.value, i.period])).toEqual([
      [138, { start: null, end: '2023-05-31' }],
      [105_600_000_000_000, { start: null, end: '2023-05-31' }],
      [12, { start: '2023-03-01', end: '2023-05-31' }],
    ]);
  });

  it('reads no capital in the sector "có vốn đầu tư nước ngoài" names', () => {
    const found = indicatorsOf(
      'Kim ngạch xuất khẩu của khu vực có vốn đầu tư nước ngoài toàn tỉnh Thanh Hóa 9 tháng ước đạt 3,42 tỷ USD. Tỉnh thu hút vốn đầu tư nước ngoài 780 triệu USD.',
      '2023-10',
    );
    expect(found.map((i) => [i.indicator, i.value])).toEqual([
      ['export_value', 3_420_000_000],
      ['investment_capital', 780_000_000],
    ]);
  });

  it('reads no tourists in the passengers of a station or a line', () => {
    const found = indicatorsOf(
      'Tỉnh Khánh Hòa đón 14.850 lượt khách quốc tế; nhà ga T2 Cam Ranh đã phục vụ gần 7.900 lượt khách quốc tế. Tuyến metro đón 20,6 triệu lượt khách.',
      '2022-04',
    );
    expect(found.map((i) => [i.indicator, i.value])).toEqual([['tourist_arrivals', 14_850]]);
  });

  it("reads no tourists in the guests of one family's house, but those of many", () => {
    const found = indicatorsOf(
      'Tỉnh Sơn La phát triển du lịch cộng đồng. Năm 2024, homestay đón 980 lượt khách; gia đình chị phục vụ 640 lượt khách. ' +
        'Ông Lò Văn Dũng kể nhà tôi đón 300 lượt khách. Các homestay đón 12.500 lượt khách, cả huyện đón 86.000 lượt khách. ' +
        'Tại xã Chiềng Yên, 30 hộ làm homestay đã đón hơn 7.000 lượt khách.',
      '2025-02',
    );
    expect(found.map((i) => [i.indicator, i.value])).toEqual([
      ['tourist_arrivals', 12_500],
      ['tourist_arrivals', 86_000],
      ['tourist_arrivals', 7_000],
    ]);
  });

  it('reads the guests of a guesthouse named before as its figure, spoken of by its bare kind', () => {
    const found = indicatorsOf(
      'Homestay Hoa Sen ở xã Tả Van có 8 phòng. Năm 2024, homestay đón 2.300 lượt khách, trong đó 400 lượt khách quốc tế.',
      '2025-03',
    );
    expect(found.map((i) => [i.subject, i.value, i.period])).toEqual([
      ['Homestay Hoa Sen', 2_300, { start: '2024-01-01', end: '2024-12-31' }],
      ['Homestay Hoa Sen', 400, { start: '2024-01-01', end: '2024-12-31' }],
    ]);
  });

  it("reads no tourists in a part of one house's guests, but in a part of many houses'", () => {
    const found = indicatorsOf(
      'Tỉnh Hà Giang phát triển du lịch. Năm 2024, gia đình anh đón 1.850 lượt khách, trong đó 320 lượt khách quốc tế. ' +
        'Các homestay đón 9.400 lượt khách, trong đó hơn 2.100 lượt khách quốc tế.',
      '2025-03',
    );
    expect(found.map((i) => [i.indicator, i.value])).toEqual([
      ['tourist_arrivals', 9_400],
      ['tourist_arrivals', 2_100],
    ]);
  });

  it('reads no trade in goods restated after their value, nor in trade named as a purpose', () => {
    const found = indicatorsOf(
      'Tỉnh Nam Định phát triển thủy sản. Năm 2024, kim ngạch xuất khẩu thủy sản của tỉnh đạt 86 triệu USD, tương đương 21.000 tấn. ' +
        'Để đủ điều kiện xuất khẩu, Công ty TNHH Hải Long đầu tư 12 tỷ đồng xây kho lạnh. ' +
        'Giá trị nhập khẩu đạt 1.250 tỷ đồng, tương đương 50 triệu USD.',
      '2025-01',
    );
    expect(found.map((i) => [i.indicator, i.value, i.unit])).toEqual([
      ['export_value', 86_000_000, 'USD'],
      ['import_value', 50_000_000, 'USD'],
      ['import_value', 1_250_000_000_000, 'VND'],
    ]);
  });

  it('reads a bare "kim ngạch" as the trade through a gate, and as exports after exports alone', () => {
    const found = indicatorsOf(
      'Tỉnh Lạng Sơn họp. Cửa khẩu quốc tế Chi Ma dẫn đầu với kim ngạch quý I đạt 96,4 triệu USD. ' +
        'Công ty TNHH Xuất nhập khẩu Bắc Sơn xuất khẩu 1.200 tấn hồi, kim ngạch đạt 5,3 triệu USD.',
      '2025-04',
    );
    expect(found.map((i) => [i.indicator, i.value])).toEqual([
      ['trade_value', 96_400_000],
      ['export_value', 5_300_000],
    ]);
  });

  it('reads no figure in a threshold a count of zones passes', () => {
    const found = indicatorsOf(
      'Tỉnh Bình Dương họp. Tính đến ngày 30/6, tỷ lệ lấp đầy tại KCN Nam Cầu Kiền đạt khoảng 85%; 9/12 KCN đang hoạt động có tỷ lệ lấp đầy trên 70%.',
      '2024-07',
    );
    expect(found.map((i) => i.value)).toEqual([85]);
  });

  it('reads the whole province after one of its districts', () => {
    const found = indicatorsOf(
      'Tỉnh Kon Tum trồng rừng. Tỷ lệ che phủ rừng của Kon Plông đạt 80,2%, cao nhất tỉnh; toàn tỉnh đạt 63,41% (năm 2020 là 62,9%).',
      '2024-05',
    );
    expect(found.filter((i) => i.value !== 80.2).map((i) => [i.subject, i.indicator, i.value])).toEqual([
      ['Kon Tum', 'forest_cover', 63.41],
      ['Kon Tum', 'forest_cover', 62.9],
    ]);
  });

  it('reads a baseline that leaves the counted noun out', () => {
    const found = indicatorsOf(
      'Năm 2025, tỉnh An Giang đón 19 triệu lượt khách; đặc khu Phú Quốc đón 7,3 triệu lượt khách (năm 2024 là 6,2 triệu lượt).',
      '2026-01',
    );
    expect(found.map((i) => [i.indicator, i.value])).toEqual([
      ['tourist_arrivals', 19_000_000],
      ['tourist_arrivals', 7_300_000],
      ['tourist_arrivals', 6_200_000],
    ]);
  });

  it('reads no total in a sum per person', () => {
    const found = indicatorsOf(
      'Tỉnh Phú Thọ có 5.200 lao động xuất khẩu gửi về bình quân 15 - 20 triệu đồng/người/tháng; GRDP bình quân đầu người đạt 92 triệu đồng/người/năm.',
      '2025-10',
    );
    expect(found.map((i) => [i.indicator, i.value])).toEqual([['grdp_per_capita', 92_000_000]]);
  });

  it('reads no count in a count per day', () => {
    const found = indicatorsOf(
      'Dịp lễ, tỉnh Quảng Trị đón khoảng 5.000 lượt khách/ngày; cả tháng đón 120.000 lượt khách.',
    );
    expect(found.map((i) => [i.indicator, i.value])).toEqual([['tourist_arrivals', 120_000]]);
  });

  it('reads the room occupancy of hotels', () => {
    const [i] = indicatorsOf('Công suất sử dụng phòng bình quân quý I của tỉnh Quảng Trị đạt 56,8%.');
    expect([i?.indicator, i?.value]).toEqual(['occupancy_rate', 56.8]);
  });

  it('names money by the noun after it when a verb of result opens the clause', () => {
    const found = indicatorsOf(
      'Giai đoạn 2021 - 2025, tỉnh Vĩnh Phúc phấn đấu thu hút 2,5 tỷ USD vốn FDI và khoảng 50.000 tỷ đồng vốn đầu tư trong nước.',
      '2021-03',
    );
    expect(found.map((i) => [i.indicator, i.value])).toEqual([
      ['investment_capital', 2_500_000_000],
      ['investment_capital', 50_000_000_000_000],
    ]);
  });

  it('reads a restatement in brackets opened by "khoảng" as the same statistic', () => {
    const found = indicatorsOf(
      'Dự án ở tỉnh Đồng Nai có tổng vốn đầu tư 109.111 tỉ đồng (khoảng 4,66 tỉ USD).',
      '2022-12',
    );
    expect(found.map((i) => [i.indicator, i.value])).toEqual([
      ['investment_capital', 109_111_000_000_000],
      ['investment_capital', 4_660_000_000],
    ]);
  });

  it('gives no statistic to a comparison with the plan, nor to what a share is taken of', () => {
    const found = indicatorsOf(
      'Tổng thu ngân sách tỉnh Thái Nguyên ước đạt 20.350 tỷ đồng, vượt 8,5% dự toán. Tỷ trọng kinh tế số trong GRDP của tỉnh Thái Nguyên ước đạt 24,5%.',
      '2024-12',
    );
    expect(found.map((i) => [i.indicator, i.value])).toEqual([['budget_revenue', 20_350_000_000_000]]);
  });

  it('gives coordinated values the same phrase, and skips a value that does not fit', () => {
    const found = indicatorsOf(
      'Tỉnh Bắc Ninh thu hút tổng vốn đăng ký 1.200 tỷ đồng và 450 triệu USD; tỷ lệ hộ nghèo giảm 0,5 điểm phần trăm, còn 1,1%.',
    );
    // Both spans start at the phrase; dataset order puts the longer first.
    expect(found.map((i) => [i.indicator, i.value, i.unit])).toEqual([
      ['investment_capital', 450_000_000, 'USD'],
      ['investment_capital', 1_200_000_000_000, 'VND'],
      ['poverty_rate', 1.1, '%'],
    ]);
  });

  it('keeps a target through a list of targets, but a plan named as a yardstick or a name is no target', () => {
    const targets = indicatorsOf(
      'Năm 2025, tỉnh Bắc Kạn phấn đấu tăng trưởng kinh tế đạt 8%; thu ngân sách đạt 900 tỷ đồng; tỷ lệ hộ nghèo giảm còn 10%.',
    );
    expect(targets.map((i) => i.status)).toEqual(['target', 'target', 'target']);
    const [result] = indicatorsOf(
      'Trong 20 chỉ tiêu chủ yếu, tỉnh Hòa Bình có thu ngân sách đạt 5.200 tỷ đồng, bằng 104% kế hoạch.',
    );
    expect(result?.status).toBe('actual');
    const [named] = indicatorsOf(
      'Giám đốc Sở Kế hoạch và Đầu tư tỉnh Ninh Bình cho biết, thu ngân sách đạt 14.000 tỷ đồng.',
    );
    expect(named?.status).toBe('actual');
    const [grant] = indicatorsOf(
      'HĐND tỉnh Nam Định thông qua nghị quyết bổ sung có mục tiêu cho ngân sách huyện với tổng vốn 412 tỷ đồng.',
    );
    expect(grant?.status).toBe('actual');
  });

  it('files trade with a province abroad under the article province, and reads "XNK"', () => {
    const [trade] = indicatorsOf(
      'Tỉnh Cao Bằng giáp Quảng Tây (Trung Quốc). Quý I, tổng kim ngạch XNK qua các cửa khẩu đạt 215 triệu USD.',
      '2023-04',
    );
    expect(trade).toMatchObject({ subject: 'Cao Bằng', indicator: 'trade_value', value: 215_000_000 });
  });

  it('reads an equivalent in parentheses as the same statistic, status and period', () => {
    const found = indicatorsOf(
      'GRDP bình quân đầu người của tỉnh Đồng Nai ước đạt 5.000 USD (tương đương 120 triệu đồng).',
    );
    expect(found.map((i) => [i.indicator, i.value, i.unit, i.status])).toEqual([
      ['grdp_per_capita', 5000, 'USD', 'estimate'],
      ['grdp_per_capita', 120_000_000, 'VND', 'estimate'],
    ]);
  });

  it('skips negated results, prices per tonne and the parts of a total', () => {
    expect(indicatorsOf('Tỉnh Kon Tum có 3 chủ đầu tư không giải ngân được 50% vốn.')).toEqual([]);
    expect(indicatorsOf('Giá xuất khẩu gạo của tỉnh An Giang ở mức 650 USD/tấn.')).toEqual([]);
    const found = indicatorsOf(
      'Tổng vốn đầu tư của tỉnh Hưng Yên là 6.000 tỷ đồng (gồm vốn trung ương 2.000 tỷ đồng).',
    );
    expect(found.map((i) => i.value)).toEqual([6_000_000_000_000]);
  });
});

describe('a speaker whose body a bracket says it belongs to', () => {
  it('credits the figure the speaker gives as "đơn vị" to the speaker body, not its owner in brackets', () => {
    const found = indicatorsOf(
      'Sáng 3.7, Trung tâm Dịch vụ Du lịch Tràng Sơn (thuộc Ban Quản lý Khu di tích Tràng Sơn) cho biết, 6 tháng đầu năm, đơn vị đón 212.500 lượt khách.',
      '2024-07',
    );
    expect(found.map((i) => [i.indicator, i.value, i.subject])).toEqual([
      ['tourist_arrivals', 212500, 'Trung tâm Dịch vụ Du lịch Tràng Sơn'],
    ]);
  });
});

describe("the stock market's and the banks' money", () => {
  it('reads no investment or disbursement in listings, foreign funds, deposits or a bank branch', () => {
    expect(
      indicatorsOf(
        'Năm 2023, giá trị huy động qua IPO và chào bán cổ phiếu đạt 42.000 tỷ đồng. Các quỹ ngoại có thể giải ngân 1,5 tỷ USD vào thị trường. Tổng nguồn vốn huy động ước đạt 210.400 tỷ đồng, trong đó tiền gửi dân cư chiếm 61%. Giám đốc Chi nhánh NHCSXH tỉnh Hà Tĩnh cho biết, đơn vị đã giải ngân 96,5 tỷ đồng cho 2.100 hộ.',
        '2024-01',
      ).filter(
        (i) => i.indicator === 'social_investment' || i.indicator === 'public_investment_disbursement',
      ),
    ).toEqual([]);
  });

  it('still reads the money a place raised for a programme, whatever the sources it lists', () => {
    expect(
      indicatorsOf(
        'Năm 2023, tỉnh Hà Tĩnh huy động hơn 4.100 tỷ đồng xây dựng nông thôn mới, trong đó vốn tín dụng 900 tỷ đồng.',
        '2024-01',
      ).map((i) => [i.indicator, i.value]),
    ).toEqual([['social_investment', 4100000000000]]);
  });
});

describe('a body whose name holds a place, doing what the figure counts', () => {
  it('credits the visitors to the park, not to the province in its name', () => {
    const found = indicatorsOf('10 tháng năm 2024, VQG Mũi Cà Mau đón 380.500 lượt khách.', '2024-11');
    expect(found.map((i) => [i.indicator, i.subject])).toEqual([
      ['tourist_arrivals', 'Vườn quốc gia Mũi Cà Mau'],
    ]);
  });

  it("leaves a zone's figures to the zone its board is named for, and a province's body to the province", () => {
    const found = indicatorsOf(
      '6 tháng đầu năm 2024, Ban Quản lý Khu kinh tế Vân Phong cấp mới 9 dự án. UBND tỉnh Khánh Hòa đón 2 triệu lượt khách.',
      '2024-07',
    );
    expect(found.map((i) => i.subject)).toEqual(['Vân Phong', 'Khánh Hòa']);
  });
});

describe('capital per firm', () => {
  it('reads no investment capital in an average per firm, but a total per year is one', () => {
    const found = indicatorsOf(
      'Năm 2023, tỉnh Bắc Giang có 1.250 doanh nghiệp thành lập mới, vốn đăng ký bình quân 7,2 tỷ đồng/doanh nghiệp.',
      '2024-01',
    );
    expect(found.filter((i) => i.indicator === 'investment_capital')).toEqual([]);
  });
});

describe('a clause that turns on "song" or "nhưng" past a value of its own', () => {
  it('counts something else than the phrase before the turn', () => {
    const found = indicatorsOf(
      'Quý I, tỉnh Hà Nam có 312 doanh nghiệp thành lập mới với vốn đăng ký 2.600 tỷ đồng, nhưng 415 doanh nghiệp tạm ngừng hoạt động.',
      '2024-04',
    );
    expect(found.filter((i) => i.indicator === 'new_enterprises').map((i) => i.value)).toEqual([312]);
  });
});

describe('a baseline bracket after the change of a statistic', () => {
  it('is the statistic’s baseline, in its unit or a shorter one', () => {
    const found = indicatorsOf(
      '5 tháng, tỉnh Phú Yên đón 1,25 triệu lượt khách, tăng 12,4% so với cùng kỳ (cùng kỳ năm 2023 đạt 1,11 triệu lượt).',
      '2024-06',
    );
    expect(found.map((i) => [i.indicator, i.value, i.period.start, i.period.end])).toEqual([
      ['tourist_arrivals', 1250000, '2024-01-01', '2024-05-31'],
      ['tourist_arrivals', 1110000, '2023-01-01', '2023-05-31'],
    ]);
  });
});

describe('projects a foreign total is broken down into', () => {
  it('are foreign projects', () => {
    const found = indicatorsOf(
      'Năm 2024, tỉnh Bắc Ninh thu hút 4,1 tỷ USD vốn FDI, tăng 20% so với năm 2023, gồm 112 dự án cấp mới.',
      '2025-01',
    );
    expect(found.filter((i) => i.unit === 'dự án').map((i) => [i.indicator, i.value])).toEqual([
      ['fdi_projects', 112],
    ]);
  });
});

describe("the guests of one family's orchard", () => {
  it('are no tourists of a place; a national park spoken of as "vườn" still counts', () => {
    const orchard = indicatorsOf(
      'Tại phường Lái Thiêu, năm 2024, vườn măng cụt của ông Lê Văn Hai đón 8.000 lượt khách.',
      '2025-01',
    );
    expect(orchard.filter((i) => i.indicator === 'tourist_arrivals')).toEqual([]);
    const park = indicatorsOf(
      'Giám đốc VQG Tràm Chim cho biết, năm 2024, vườn đón 41.260 lượt khách.',
      '2025-01',
    );
    expect(park.map((i) => [i.indicator, i.value])).toEqual([['tourist_arrivals', 41260]]);
  });
});

describe('a change from one level to another', () => {
  it('is a statistic at each end, each with its own time', () => {
    const found = indicatorsOf(
      'Tỷ lệ hộ nghèo của tỉnh Gia Lai giảm từ 18,7% năm 2021 xuống còn 7,15% cuối năm 2024. Thu ngân sách của huyện Krông Pa tăng từ mức 312 tỷ đồng năm 2020 lên 540 tỷ đồng năm 2023.',
      '2025-03',
    );
    expect(found.map((i) => [i.text, i.subject, i.value, i.period.start])).toEqual([
      [
        'Tỷ lệ hộ nghèo của tỉnh Gia Lai giảm từ 18,7% năm 2021 xuống còn 7,15%',
        'Gia Lai',
        7.15,
        '2024-01-01',
      ],
      ['Tỷ lệ hộ nghèo của tỉnh Gia Lai giảm từ 18,7%', 'Gia Lai', 18.7, '2021-01-01'],
      [
        'Thu ngân sách của huyện Krông Pa tăng từ mức 312 tỷ đồng năm 2020 lên 540 tỷ đồng',
        'Krông Pa',
        540e9,
        '2023-01-01',
      ],
      ['Thu ngân sách của huyện Krông Pa tăng từ mức 312 tỷ đồng', 'Krông Pa', 312e9, '2020-01-01'],
    ]);
  });

  it('reads the level after "đã giảm còn", the verb after the time of the first', () => {
    const found = indicatorsOf(
      'Tỷ lệ hộ nghèo của xã Hướng Lập từ 38,2% năm 2021 đã giảm còn 21,7% vào cuối năm 2023.',
      '2024-10',
    );
    expect(found.map((i) => [i.value, i.period.start])).toEqual([
      [21.7, '2023-01-01'],
      [38.2, '2021-01-01'],
    ]);
  });

  it('is no statistic when it is a share of the total it names', () => {
    const found = indicatorsOf(
      'Tỉ trọng của cà phê trong tổng kim ngạch xuất khẩu của tỉnh Đắk Lắk giảm từ 31,2% xuống 26,4%.',
    );
    expect(found).toEqual([]);
  });
});

describe('a standard named for a trade', () => {
  it('is no figure of the trade', () => {
    const found = indicatorsOf(
      'Tỷ lệ tôm đạt tiêu chuẩn xuất khẩu của tỉnh Cà Mau tăng từ 55% lên khoảng 80%. Kim ngạch xuất khẩu tôm của tỉnh Cà Mau tăng 12%.',
    );
    expect(found.map((i) => [i.indicator, i.value])).toEqual([['export_value', 12]]);
  });
});

describe('a capacity ("công suất", "năng lực")', () => {
  it('is no figure reached', () => {
    const found = indicatorsOf(
      'Tỉnh Khánh Hòa họp. Ngày 20/12, nhà ga T3 sẽ đón chuyến bay thử nghiệm; dự kiến từ quý I/2026 sẽ khai thác với công suất 12 triệu lượt khách/năm. Năm 2025, tỉnh Khánh Hòa đón 8,1 triệu lượt khách.',
      '2025-12',
    );
    expect(found.map((i) => [i.indicator, i.value])).toEqual([['tourist_arrivals', 8_100_000]]);
  });
});

describe('a running total of a measure no statistic has ("tính chung 9 tháng đạt … tấn, tăng 23%")', () => {
  it('lends its change to no statistic of the same unit before it', () => {
    const found = indicatorsOf(
      'Tỷ lệ hộ nghèo toàn tỉnh Long An còn 0,47%.\n\nRiêng quý III/2024, hàng hóa thông qua cảng đạt 3,95 triệu tấn; tính chung 9 tháng đạt gần 10,8 triệu tấn, tăng 23% so với cùng kỳ.',
      '2024-10',
    );
    expect(found.map((i) => [i.indicator, i.value])).toEqual([['poverty_rate', 0.47]]);
  });
});

describe('domestic projects ("dự án trong nước")', () => {
  it('are investment projects, beside the foreign ones', () => {
    const found = indicatorsOf(
      'Năm 2024, tỉnh Bắc Giang thu hút 45 dự án FDI với tổng vốn 1,2 tỷ USD và 38 dự án trong nước với tổng vốn 9.800 tỷ đồng.',
      '2025-01',
    );
    expect(found.map((i) => [i.indicator, i.value])).toEqual([
      ['fdi_projects', 45],
      ['investment_capital', 1_200_000_000],
      ['investment_projects', 38],
      ['investment_capital', 9_800_000_000_000],
    ]);
  });
});

describe('a zone filled ("đã lấp đầy 100%") without "tỷ lệ"', () => {
  it('is its fill rate', () => {
    const found = indicatorsOf(
      'Tỉnh Long An họp. KCN Tân Đức (huyện Đức Hòa) rộng 545 ha, đã lấp đầy 100%; KCN Thuận Đạo lấp đầy gần 92%.',
      '2024-10',
    );
    expect(found.filter((i) => i.indicator === 'occupancy_rate').map((i) => [i.subject, i.value])).toEqual([
      ['Tân Đức', 100],
      ['Thuận Đạo', 92],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { contextOf, type Reading, readings } from './time/test-context.js';
import { recognizeTimes } from './time.js';

/** The time facts of `text` in an article of month `date`, as Readings. */
function read(text: string, date = '2023-11'): Reading[] {
  const ctx = contextOf(text, date);
  return readings(ctx, recognizeTimes(ctx));
}

const day = (text: string, iso: string, partOfDay?: string): Reading => ({
  text,
  start: iso,
  end: iso,
  granularity: 'day',
  ...(partOfDay ? { partOfDay } : {}),
});

describe('days', () => {
  it.each([
    ['Sáng 11/11, hai đoàn đã trao đổi kinh nghiệm.', day('Sáng 11/11', '2023-11-11', 'sáng')],
    ['Chiều 20/7, Ban Chỉ đạo họp phiên thứ ba.', day('Chiều 20/7', '2023-07-20', 'chiều')],
    ['Buổi gặp mặt diễn ra tối 5/9 tại nhà văn hóa xã.', day('tối 5/9', '2023-09-05', 'tối')],
    ['Hội nghị khai mạc ngày 15/3/2024 ở thành phố.', day('ngày 15/3/2024', '2024-03-15')],
    ['Luật có hiệu lực từ ngày 15 tháng 3 năm 2024.', day('ngày 15 tháng 3 năm 2024', '2024-03-15')],
    ['Văn bản ký 4.1.2017 vẫn còn hiệu lực.', day('4.1.2017', '2017-01-04')],
    ['Quyết định ban hành ngày 4-1-2017.', day('ngày 4-1-2017', '2017-01-04')],
    ['Sáng 6-2, lãnh đạo tỉnh dâng hương.', day('Sáng 6-2', '2024-02-06', 'sáng')],
    ['Ngày 12.4, sở tổ chức tọa đàm.', day('Ngày 12.4', '2023-04-12')],
    ['Rạng sáng 3/8, mưa lớn gây ngập nhiều tuyến phố.', day('Rạng sáng 3/8', '2023-08-03', 'rạng sáng')],
    ['Trưa ngày 2/11, đoàn đến thăm trường.', day('Trưa ngày 2/11', '2023-11-02', 'trưa')],
    ['Hạn chót nộp hồ sơ là đến 30/6 hằng năm.', day('30/6', '2023-06-30')],
    ['Hôm 9/11, xã tổ chức ra quân.', day('Hôm 9/11', '2023-11-09')],
    ['Lễ kỷ niệm diễn ra ngày 2 tháng 9.', day('ngày 2 tháng 9', '2023-09-02')],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual([expected]);
  });

  it('reads a run of days in one month as a range', () => {
    expect(read('Ngày 11-12/11, hội thi diễn ra sôi nổi.')).toEqual([
      { text: 'Ngày 11-12/11', start: '2023-11-11', end: '2023-11-12', granularity: 'range' },
    ]);
    // After a number, "ngày" is what the number counts: "(trong) hai ngày", a length the dates
    // after it spell out.
    expect(read('Trong hai ngày 11-12/11, hội thi diễn ra sôi nổi.')).toEqual([
      { text: 'hai ngày', start: '2023-11-11', end: '2023-11-12', granularity: 'duration', duration: 'P2D' },
      { text: '11-12/11', start: '2023-11-11', end: '2023-11-12', granularity: 'range' },
    ]);
    expect(read('Trong 3 ngày 15/10, đoàn làm việc.')).toEqual([
      { text: '3 ngày', start: null, end: null, granularity: 'duration', duration: 'P3D' },
      day('15/10', '2023-10-15'),
    ]);
    expect(read('Kỳ họp diễn ra từ ngày 10 đến 12/7.', '2019-07')).toEqual([
      { text: 'ngày 10 đến 12/7', start: '2019-07-10', end: '2019-07-12', granularity: 'range' },
    ]);
  });

  it('reads a run of days in brackets after the length it spans, the bracket left out', () => {
    expect(read('Trong 2 ngày (8 - 9/9), đại hội làm việc khẩn trương.', '2025-09')).toContainEqual({
      text: '8 - 9/9',
      start: '2025-09-08',
      end: '2025-09-09',
      granularity: 'range',
    });
    // A ratio in brackets is no run of days: the second number is no month.
    expect(read('Đã có 11 xã (8 - 9/19 tiêu chí) đạt chuẩn.', '2025-09')).toEqual([]);
  });

  it('reads two days in one style filling a bracket as a range, not two numbers out of order', () => {
    expect(read('Trong kỳ nghỉ Tết (25.1 - 2.2), tỉnh đón 125.400 lượt khách.', '2025-02')).toContainEqual({
      text: '25.1 - 2.2',
      start: '2025-01-25',
      end: '2025-02-02',
      granularity: 'range',
    });
    expect(read('Chỉ số dao động (12.5 - 14.2) trong năm.', '2025-02')).toEqual([]);
    // Hyphens around "đến" only: "(5-7 - 8-9)" may be numbers.
    expect(read('Kỳ nghỉ lễ kéo dài 4 ngày (30-8 đến 2-9).', '2025-10')).toContainEqual({
      text: '30-8 đến 2-9',
      start: '2025-08-30',
      end: '2025-09-02',
      granularity: 'range',
    });
    expect(read('Giá dao động (5-7 - 8-9) nghìn đồng.', '2025-10')).toEqual([]);
  });

  it('reads whole months in brackets as a range, and the length before them as those months', () => {
    const found = read(
      'Quý I, tỉnh đón 410.000 lượt khách; 3 tháng đầu năm tăng 12%. Trong 3 tháng (1/6 - 31/8), tỉnh tổ chức lễ hội biển.',
      '2024-04',
    );
    expect(found.slice(-2)).toEqual([
      { text: '3 tháng', start: '2024-06-01', end: '2024-08-31', granularity: 'duration', duration: 'P3M' },
      { text: '1/6 - 31/8', start: '2024-06-01', end: '2024-08-31', granularity: 'range' },
    ]);
    // Not a first to a month's end: two numbers.
    expect(read('Tỷ lệ dao động (3/6 - 29/8) tùy xã.', '2024-04')).toEqual([]);
  });

  it('reads a national day after "dịp" in any style', () => {
    expect(read('Tỉnh tặng quà người có công dịp 27-7.', '2024-07')).toEqual([
      { text: '27-7', start: '2024-07-27', end: '2024-07-27', granularity: 'day' },
    ]);
  });

  it('joins two dates into a range, the first taking the year of the second', () => {
    expect(read('Chương trình kéo dài từ ngày 20/12 đến ngày 15/1/2024.')).toEqual([
      { text: 'ngày 20/12 đến ngày 15/1/2024', start: '2023-12-20', end: '2024-01-15', granularity: 'range' },
    ]);
  });
});

describe('months, quarters, halves', () => {
  it.each([
    ['Số liệu tháng 10/2024 cho thấy tăng trưởng.', 'tháng 10/2024', '2024-10-01', '2024-10-31', 'month'],
    [
      'Dự kiến khánh thành trong tháng 10 năm 2024.',
      'tháng 10 năm 2024',
      '2024-10-01',
      '2024-10-31',
      'month',
    ],
    ['Công trình khởi công vào tháng 10.', 'tháng 10', '2023-10-01', '2023-10-31', 'month'],
    ['Kể từ tháng 1.2018, xã có trạm y tế mới.', 'tháng 1.2018', '2018-01-01', '2018-01-31', 'month'],
    ['Từ tháng 4-2016, huyện triển khai đề án.', 'tháng 4-2016', '2016-04-01', '2016-04-30', 'month'],
    ['Chỉ số tăng mạnh trong tháng 2/2024.', 'tháng 2/2024', '2024-02-01', '2024-02-29', 'month'],
    ['Kết quả quý III/2024 khả quan.', 'quý III/2024', '2024-07-01', '2024-09-30', 'quarter'],
    [
      'Mục tiêu quý I năm 2025 là hoàn thành giải phóng mặt bằng.',
      'quý I năm 2025',
      '2025-01-01',
      '2025-03-31',
      'quarter',
    ],
    ['Doanh thu quý 2/2024 giảm nhẹ.', 'quý 2/2024', '2024-04-01', '2024-06-30', 'quarter'],
    ['Riêng quý I-2024, thu ngân sách tăng.', 'quý I-2024', '2024-01-01', '2024-03-31', 'quarter'],
    ['Số vốn giải ngân trong quý III còn thấp.', 'quý III', '2023-07-01', '2023-09-30', 'quarter'],
    ['Quý IV năm 2023 sẽ khởi công.', 'Quý IV năm 2023', '2023-10-01', '2023-12-31', 'quarter'],
    ['Kinh tế 6 tháng đầu năm tăng 6,5%.', '6 tháng đầu năm', '2023-01-01', '2023-06-30', 'half'],
    [
      'Trong 9 tháng đầu năm 2024, tỉnh thu hút 20 dự án.',
      '9 tháng đầu năm 2024',
      '2024-01-01',
      '2024-09-30',
      'range',
    ],
    ['Nhiệm vụ 6 tháng cuối năm rất nặng nề.', '6 tháng cuối năm', '2023-07-01', '2023-12-31', 'half'],
    ['Ba tháng đầu năm, xuất khẩu tăng.', 'Ba tháng đầu năm', '2023-01-01', '2023-03-31', 'quarter'],
    [
      'Lũy kế 11 tháng năm 2023, thu ngân sách đạt dự toán.',
      '11 tháng năm 2023',
      '2023-01-01',
      '2023-11-30',
      'range',
    ],
    ['Trong nửa đầu năm 2024, giá cả ổn định.', 'nửa đầu năm 2024', '2024-01-01', '2024-06-30', 'half'],
    // "năm" before "tháng đầu năm" counts the months; compound number words count too.
    ['Trong năm tháng đầu năm, tỉnh có 12 dự án.', 'năm tháng đầu năm', '2023-01-01', '2023-05-31', 'range'],
    ['Mười một tháng đầu năm 2022 tăng.', 'Mười một tháng đầu năm 2022', '2022-01-01', '2022-11-30', 'range'],
    ['Hai tháng cuối năm phải tăng tốc.', 'Hai tháng cuối năm', '2023-11-01', '2023-12-31', 'range'],
    ['Lũy kế mười hai tháng năm 2022 đạt.', 'mười hai tháng năm 2022', '2022-01-01', '2022-12-31', 'year'],
    ['Cuối tháng 10, mưa lũ kéo dài.', 'Cuối tháng 10', '2023-10-01', '2023-10-31', 'month'],
  ])('%s', (text, span, start, end, granularity) => {
    expect(read(text)).toEqual([{ text: span, start, end, granularity }]);
  });

  it('reads "trong N tháng" closing a figure as the months of the year it was reached in', () => {
    expect(read('Các nhà máy phát lên lưới gần 22,4 tỷ kWh trong 11 tháng, tăng 6,2%.', '2025-12')).toEqual([
      { text: '11 tháng', start: '2025-01-01', end: '2025-11-30', granularity: 'range' },
    ]);
    // (Not the lean months a grant covers, a loan's term, nor months in a clause of their own.)
    expect(read('Tỉnh hỗ trợ 1.000 tấn gạo cứu đói trong 3 tháng giáp hạt.', '2025-04')[0]?.granularity).toBe(
      'duration',
    );
    expect(read('Ngân hàng cho vay 100 triệu đồng trong 36 tháng.', '2025-12')[0]?.granularity).toBe(
      'duration',
    );
    expect(read('Mỗi người được 1,5 triệu đồng/tháng trong 2 tháng.', '2025-03')[0]?.granularity).toBe(
      'duration',
    );
  });

  it('reads the months of this year or the last named by word, not a length and a year', () => {
    expect(read('11 tháng năm nay, toàn tỉnh đón 8 triệu lượt khách.', '2025-12')).toEqual([
      {
        text: '11 tháng năm nay',
        start: '2025-01-01',
        end: '2025-11-30',
        granularity: 'range',
        relative: true,
      },
    ]);
    expect(read('Thu ngân sách tăng 12% so với 9 tháng năm ngoái.', '2024-10')).toEqual([
      {
        text: '9 tháng năm ngoái',
        start: '2023-01-01',
        end: '2023-09-30',
        granularity: 'range',
        relative: true,
      },
    ]);
    expect(read('Sáu tháng năm trước, giá lúa thấp.', '2024-08')).toEqual([
      {
        text: 'Sáu tháng năm trước',
        start: '2023-01-01',
        end: '2023-06-30',
        granularity: 'half',
        relative: true,
      },
    ]);
  });

  it('gives a range with no year the year of its end, as reported up to the article', () => {
    const ctx = contextOf('Từ ngày 1.1 đến 31.10, kim ngạch đạt 86 triệu USD.', '2023-11');
    expect(readings(ctx, recognizeTimes(ctx))).toEqual([
      { text: 'ngày 1.1 đến 31.10', start: '2023-01-01', end: '2023-10-31', granularity: 'range' },
    ]);
    const winter = contextOf('Từ ngày 20/12 đến 5/1, giá rau tăng.', '2024-01');
    expect(readings(winter, recognizeTimes(winter))).toEqual([
      { text: 'ngày 20/12 đến 5/1', start: '2023-12-20', end: '2024-01-05', granularity: 'range' },
    ]);
  });

  it('lends the year of the second month to the first across the new year', () => {
    expect(read('Mùa khô kéo dài từ tháng 11 đến tháng 4/2024.')).toEqual([
      { text: 'tháng 11 đến tháng 4/2024', start: '2023-11-01', end: '2024-04-30', granularity: 'range' },
    ]);
  });
});

describe('years and periods', () => {
  it.each([
    ['Năm 2025, tỉnh phấn đấu tăng trưởng 8%.', 'Năm 2025', '2025-01-01', '2025-12-31', 'year'],
    ['Đầu năm 2024, nhà máy đi vào hoạt động.', 'Đầu năm 2024', '2024-01-01', '2024-12-31', 'year'],
    ['Hoàn thành chậm nhất cuối năm 2023.', 'cuối năm 2023', '2023-01-01', '2023-12-31', 'year'],
    [
      'Kế hoạch cho giai đoạn 2021 - 2023 đã xong.',
      'giai đoạn 2021 - 2023',
      '2021-01-01',
      '2023-12-31',
      'range',
    ],
    [
      'Chiến lược giai đoạn 2021-2025 được phê duyệt.',
      'giai đoạn 2021-2025',
      '2021-01-01',
      '2025-12-31',
      'range',
    ],
    ['Đại hội nhiệm kỳ 2020 - 2025 thành công.', 'nhiệm kỳ 2020 - 2025', '2020-01-01', '2025-12-31', 'range'],
    ['Quy hoạch thời kỳ 2021 - 2030 đã trình.', 'thời kỳ 2021 - 2030', '2021-01-01', '2030-12-31', 'range'],
    ['Tăng trưởng bình quân năm 2016-2020 đạt 7%.', 'năm 2016-2020', '2016-01-01', '2020-12-31', 'range'],
    ['Sản lượng niên vụ 2024 - 2025 tăng.', 'niên vụ 2024 - 2025', '2024-01-01', '2025-12-31', 'range'],
    ['Số liệu 2021 – 2023 cho thấy xu hướng tăng.', '2021 – 2023', '2021-01-01', '2023-12-31', 'range'],
    [
      'Dân số tăng đều từ năm 2020 đến năm 2023.',
      'năm 2020 đến năm 2023',
      '2020-01-01',
      '2023-12-31',
      'range',
    ],
    [
      'Giai đoạn từ 2016 đến 2020 có nhiều biến động.',
      'Giai đoạn từ 2016 đến 2020',
      '2016-01-01',
      '2020-12-31',
      'range',
    ],
  ])('%s', (text, span, start, end, granularity) => {
    expect(read(text)).toEqual([{ text: span, start, end, granularity }]);
  });

  it.each([
    ['Định hướng đến năm 2050, tỉnh là trung tâm công nghiệp.', 'năm 2050', '2050'],
    ['Quy hoạch vùng, tầm nhìn đến năm 2045, đã được duyệt.', 'năm 2045', '2045'],
    ['GRDP bình quân đầu người đến hết năm 2023 ước đạt 90 triệu đồng.', 'năm 2023', '2023'],
  ])('leaves "đến", "đến hết" out: %s', (text, span, year) => {
    expect(read(text)).toEqual([
      { text: span, start: `${year}-01-01`, end: `${year}-12-31`, granularity: 'year' },
    ]);
  });

  it('keeps the edge of a year but not the "đến" before it', () => {
    expect(read('Đến cuối năm 2023, có 11 xã đạt chuẩn.')).toEqual([
      { text: 'cuối năm 2023', start: '2023-01-01', end: '2023-12-31', granularity: 'year' },
    ]);
  });

  it('reads a dotted day after "trước" or "đến" where the article writes its dates with dots', () => {
    expect(read('Ngày 4.10.2023, UBND tỉnh họp, yêu cầu hoàn thành trước 30.11.').map((r) => r.text)).toEqual(
      ['Ngày 4.10.2023', '30.11'],
    );
    expect(read('UBND tỉnh yêu cầu hoàn thành trước 30.11.')).toEqual([]);
    // Hyphens stay ranges of numbers: "từ 5-7 ngày".
    expect(read('Ngày 4-10, tỉnh họp; thời gian xử lý từ 5-7 ngày.').map((r) => r.text)).toEqual([
      'Ngày 4-10',
    ]);
  });

  it('reads "từ d.m đến d.m" as a range in any style, not a range of numbers', () => {
    expect(read('Từ 1.7 đến 30.11, công an tiếp nhận 18.600 hồ sơ.')).toEqual([
      { text: '1.7 đến 30.11', start: '2023-07-01', end: '2023-11-30', granularity: 'range' },
    ]);
    expect(read('Từ 1-7 đến 30-11, tỉnh tiếp nhận hồ sơ.')).toEqual([
      { text: '1-7 đến 30-11', start: '2023-07-01', end: '2023-11-30', granularity: 'range' },
    ]);
    expect(read('Giá tăng từ 3.5 đến 4.2 triệu đồng.')).toEqual([]);
    // A lone "từ 1.7" stays no date.
    expect(read('Điểm chuẩn tăng từ 1.7 lên mức cao.')).toEqual([]);
  });

  it('reads a bare edge of the year as the header year, not a meeting named by it nor the New Year', () => {
    expect(read('Từ nay đến cuối năm, tỉnh phấn đấu giải ngân hết vốn.')).toEqual([
      { text: 'cuối năm', start: '2023-01-01', end: '2023-12-31', granularity: 'year' },
    ]);
    expect(read('Đây là kỳ họp cuối năm đầu tiên của tỉnh.')).toEqual([]);
    expect(read('Ban Thường vụ Tỉnh ủy họp phiên cuối năm, cho ý kiến báo cáo.')).toEqual([]);
    expect(read('Công nhân sản xuất than đầu năm mới.')).toEqual([]);
  });

  it('reads no edge in a word that ends in "đầu": the year after it is whole', () => {
    expect(read('Tháng 3 là tháng mở đầu năm đầu tiên của huyện mới.').map((t) => t.text)).toEqual([
      'Tháng 3',
    ]);
    expect(read('Nhà máy bắt đầu năm 2022 với 300 công nhân.')).toEqual([
      { text: 'năm 2022', start: '2022-01-01', end: '2022-12-31', granularity: 'year' },
    ]);
    expect(read('Huyện dẫn đầu năm 2021 về thu ngân sách.').map((t) => t.text)).toEqual(['năm 2021']);
    expect(read('Từ đầu năm 2021, xã thu 3 tỷ đồng.').map((t) => t.text)).toEqual(['đầu năm 2021']);
  });

  it('reads the year that closes the name of an event, not a number after a verb', () => {
    const year = (text: string, y: number) => ({
      text,
      start: `${y}-01-01`,
      end: `${y}-12-31`,
      granularity: 'year',
    });
    expect(read('Festival Biển Nha Trang 2023 thu hút đông khách.')).toEqual([year('2023', 2023)]);
    expect(read('Khai mạc Hội chợ Thương mại Việt - Lào 2024 tại Vinh.')).toEqual([year('2024', 2024)]);
    expect(read('Năm Du lịch quốc gia 2025 khép lại.')).toEqual([year('2025', 2025)]);
    expect(read('Lễ hội năm 2022 đông vui.')).toEqual([year('năm 2022', 2022)]);
    expect(read('Tỉnh đã giải ngân 2023 tỷ đồng.')).toEqual([]);
    expect(read('Festival Biển 2023 - 2024 chưa có lịch.').map((r) => r.granularity)).toEqual(['range']);
    expect(read('Phú Quốc chuẩn bị cho APEC 2027.')).toEqual([year('2027', 2027)]);
    expect(read('Việt Nam đăng cai SEA Games 2021.')).toEqual([year('2021', 2021)]);
  });

  it('reads the first or last month of a year', () => {
    expect(read('Thu ngân sách tháng đầu năm đạt 600 tỷ đồng.', '2024-02')).toEqual([
      { text: 'tháng đầu năm', start: '2024-01-01', end: '2024-01-31', granularity: 'month' },
    ]);
    expect(read('Tháng cuối năm 2023, giá tăng.', '2024-02')).toEqual([
      { text: 'Tháng cuối năm 2023', start: '2023-12-01', end: '2023-12-31', granularity: 'month' },
    ]);
  });

  it('reads a holiday day in the hyphen style after "lễ", not a bare pair of numbers', () => {
    expect(read('Dịp nghỉ lễ 2-9, bến thuyền đông khách.', '2025-12')).toEqual([day('2-9', '2025-09-02')]);
    expect(read('Đội thắng 2-9 trong trận chung kết.', '2025-12')).toEqual([]);
  });

  it("reads a national day's date after its name, in any style, and only the days the state keeps", () => {
    expect(read('Từ dịp Quốc khánh 2-9, đơn vị hỗ trợ bà con.', '2023-09')).toEqual([
      day('2-9', '2023-09-02'),
    ]);
    expect(read('Dịp Quốc khánh 2/9 tỉnh đón 20.000 lượt khách.', '2023-09')).toEqual([
      day('2/9', '2023-09-02'),
    ]);
    expect(read('Kỷ niệm Giải phóng miền Nam 30.4, tỉnh tổ chức lễ.', '2025-05')).toEqual([
      day('30.4', '2025-04-30'),
    ]);
    expect(read('Ngày Phụ nữ Việt Nam 20-10 năm nay, hội tặng quà.', '2024-10')).toEqual([
      day('20-10', '2024-10-20'),
    ]);
    // Not a national day: a share of workers.
    expect(read('Có 120 lao động 2-3 ca mỗi ngày.', '2024-10')).toEqual([]);
  });

  it('reads a named period after "đầu" as the period', () => {
    expect(read('Từ đầu nhiệm kỳ 2020 - 2025 đến nay, huyện làm được nhiều việc.')).toEqual([
      { text: 'nhiệm kỳ 2020 - 2025', start: '2020-01-01', end: '2025-12-31', granularity: 'range' },
    ]);
  });

  it('resolves years named from the article year, and marks them relative', () => {
    expect(read('Năm nay tăng hơn năm ngoái, còn năm trước thì giảm; năm tới sẽ khác.', '2024-03')).toEqual([
      { text: 'Năm nay', start: '2024-01-01', end: '2024-12-31', granularity: 'year', relative: true },
      { text: 'năm ngoái', start: '2023-01-01', end: '2023-12-31', granularity: 'year', relative: true },
      { text: 'năm trước', start: '2023-01-01', end: '2023-12-31', granularity: 'year', relative: true },
      { text: 'năm tới', start: '2025-01-01', end: '2025-12-31', granularity: 'year', relative: true },
    ]);
  });

  it.each([
    'Kết quả năm sau cao hơn năm trước.',
    'Những năm trước, xã còn nhiều khó khăn.',
    'Sau hai năm trước đó, dự án mới khởi động.',
    'Các năm tới cần tập trung nguồn lực.',
  ])('no year in "%s" beyond durations', (text) => {
    expect(read(text).filter((r) => r.granularity !== 'duration')).toEqual([]);
  });
});

describe("a life's years in brackets", () => {
  it('is a range of years, though it opens before 1900', () => {
    expect(read('Nhạc sĩ Cao Văn Lầu (1892 - 1976) sáng tác bài Dạ cổ hoài lang.')).toEqual([
      { text: '1892 - 1976', start: '1892-01-01', end: '1976-12-31', granularity: 'range' },
    ]);
  });
});

describe('durations', () => {
  it.each([
    ['Trong gần 3 năm, tỉnh thu hút 110 dự án.', 'gần 3 năm', 'P3Y'],
    ['Trong 5 năm qua, kinh tế tăng trưởng khá.', '5 năm qua', 'P5Y'],
    ['Công trình thi công 10 tháng thì xong.', '10 tháng', 'P10M'],
    ['Kỳ họp diễn ra trong ba ngày.', 'ba ngày', 'P3D'],
    ['Sau hai năm, mô hình cho thu nhập ổn định.', 'hai năm', 'P2Y'],
    ['Hơn 20 năm gắn bó với nghề.', 'Hơn 20 năm', 'P20Y'],
    ['Dự án chậm tiến độ 1,5 năm.', '1,5 năm', 'P1.5Y'],
    ['Chỉ trong nửa năm, hợp tác xã đã có lãi.', 'nửa năm', 'P6M'],
    ['Lớp học kéo dài 2 tuần.', '2 tuần', 'P2W'],
    // A decimal after the months is a rate, no day of a date: no "tháng 4" either.
    ['Lãi suất kỳ hạn 12 tháng 4,6 - 5,5%/năm.', '12 tháng', 'P12M'],
    ['Ba thập kỷ qua, làng nghề phát triển.', 'Ba thập kỷ qua', 'P30Y'],
    ['Bà có hơn nửa thế kỷ giữ nghề chằm nón.', 'hơn nửa thế kỷ', 'P50Y'],
    ['Ngôi đình đã tồn tại gần 2 thế kỷ.', 'gần 2 thế kỷ', 'P200Y'],
    // After "mỗi" (each), "đợt" and "khóa" are no labels: "mỗi đợt 3 tháng" is a length.
    ['Bác sĩ luân phiên về xã, mỗi đợt 3 tháng.', '3 tháng', 'P3M'],
    ['Học viên học tập trung, mỗi khóa 2 tuần.', '2 tuần', 'P2W'],
    // Counts from eleven to ninety-nine in words, "lăm" for five after a ten.
    ['Sở phải báo cáo trong ba mươi ngày.', 'ba mươi ngày', 'P30D'],
    ['Mười lăm ngày qua, trời không mưa.', 'Mười lăm ngày qua', 'P15D'],
    ['Sau hai mươi năm, làng đổi mới.', 'hai mươi năm', 'P20Y'],
    ['Công trình kéo dài ba mươi mốt tháng.', 'ba mươi mốt tháng', 'P31M'],
    // Tens counted in "chục", as the spoken language does.
    ['Ông gắn bó với rừng ngập mặn ba chục năm nay.', 'ba chục năm', 'P30Y'],
    ['Hai chục ngày qua, tàu nằm bờ.', 'Hai chục ngày qua', 'P20D'],
    // "năm" before "năm" is five, when a tail or a preposition shows a length.
    ['Trong năm năm qua, tỉnh đổi mới.', 'năm năm qua', 'P5Y'],
    ['Sau năm năm triển khai, mô hình nhân rộng.', 'năm năm', 'P5Y'],
    ['Năm năm liền, xã đạt chuẩn.', 'Năm năm liền', 'P5Y'],
    ['Ba năm rồi mới có Tết đủ đầy.', 'Ba năm rồi', 'P3Y'],
    // So is one before days, weeks or months after a qualifier, and five tens ("năm mươi").
    ['Tàu nằm bờ hơn năm ngày vì bão.', 'hơn năm ngày', 'P5D'],
    ['Công trình chậm gần năm tuần.', 'gần năm tuần', 'P5W'],
    ['Sau năm tháng thi công, cầu thông xe.', 'năm tháng', 'P5M'],
    ['Hạn hán kéo dài năm mươi ngày.', 'năm mươi ngày', 'P50D'],
  ])('%s', (text, span, duration) => {
    expect(read(text)).toEqual([{ text: span, start: null, end: null, granularity: 'duration', duration }]);
  });

  it('reads no five months in "năm tháng", the years and months, without a qualifier or preposition', () => {
    expect(read('Năm tháng qua, ông vẫn giữ nghề. Những năm tháng gian khó đã lùi xa.')).toEqual([]);
  });

  it('reads the months of a figure reported up to a quarter later as the year to date', () => {
    const months = (text: string) => read(text, '2025-11')[0];
    expect(months('Tăng trưởng GRDP 9 tháng đạt 11,24%.')).toEqual({
      text: '9 tháng',
      start: '2025-01-01',
      end: '2025-09-30',
      granularity: 'range',
    });
    expect(months('Nhà máy chạy thử 5 tháng đạt công suất thiết kế.')?.granularity).toBe('duration');
  });

  it('reads a bare count of months opening a sentence, a comma after it, as the year to date', () => {
    expect(read('Tỉnh họp. 8 tháng, tỉnh thu hút 3 dự án.', '2018-09')).toEqual([
      { text: '8 tháng', start: '2018-01-01', end: '2018-08-31', granularity: 'range' },
    ]);
    // Inside a sentence, a length: "Kỳ họp diễn ra trong 4 tháng, …".
    expect(read('Kỳ họp diễn ra trong 4 tháng, rồi bế mạc.', '2018-09')[0]?.granularity).toBe('duration');
  });

  it('reads a bare count of months as the "N tháng đầu năm" the article names', () => {
    const text = 'Kinh tế 9 tháng đầu năm 2022 phục hồi.\n\nTrong 9 tháng, tỉnh thu hút 2 tỷ USD vốn FDI.';
    expect(read(text, '2022-10')).toEqual([
      { text: '9 tháng đầu năm 2022', start: '2022-01-01', end: '2022-09-30', granularity: 'range' },
      { text: '9 tháng', start: '2022-01-01', end: '2022-09-30', granularity: 'range' },
    ]);
  });
});

describe('relative expressions', () => {
  it('mirrors the granularity of the period before "cùng kỳ", with null dates', () => {
    expect(read('Quý I năm 2024, thu ngân sách tăng 9,8% so với cùng kỳ năm trước.', '2024-04')).toEqual([
      { text: 'Quý I năm 2024', start: '2024-01-01', end: '2024-03-31', granularity: 'quarter' },
      { text: 'cùng kỳ năm trước', start: null, end: null, granularity: 'quarter', relative: true },
    ]);
  });

  it.each([
    ['Sản lượng tăng 5% so với cùng kỳ.', 'cùng kỳ', 'range'],
    ['Tỷ lệ hộ nghèo giảm còn 2% (đầu nhiệm kỳ là 6%).', 'đầu nhiệm kỳ', 'year'],
    ['Đánh giá cuối kỳ cho thấy tiến bộ.', 'cuối kỳ', 'range'],
  ])('%s', (text, span, granularity) => {
    expect(read(text)).toEqual([{ text: span, start: null, end: null, granularity, relative: true }]);
  });

  it.each([
    'Thời gian qua, tỉnh đã làm tốt.',
    'Đến nay, xã đã hoàn thành.',
    'Hiện nay, dự án đang thi công.',
  ])('vague phrases are no facts: %s', (text) => {
    expect(read(text)).toEqual([]);
  });
});

describe('not dates', () => {
  it.each([
    'Thực hiện Nghị quyết 06-NQ/TU của Ban Thường vụ Tỉnh ủy.',
    'Theo Quyết định 942/QĐ-UBND của tỉnh.',
    'Căn cứ Nghị quyết số 15/2023/NĐ-CP của Chính phủ.',
    'Quyết định 1234/QĐ-TTg phê duyệt đề án.',
    'Đã có 11/13 huyện đạt chuẩn nông thôn mới.',
    'Có 3/5 xã hoàn thành chỉ tiêu.',
    'Tăng trưởng ước đạt 7,92%, vốn 1.272 triệu USD.',
    'Liên hệ số 0912.345.678 hoặc 0236-3822-111.',
    'Đội nhà thắng với tỷ số 3-1, hiệp một 2/1.',
    'Tỷ lệ 3/4 số hộ, tăng 12/5% là nhầm.',
    'Xe chạy trên quốc lộ 14 và ĐT 741, km 12+500.',
    'Đường 30/4 và Hội trường 2-9 được sửa chữa.',
    'Ngày 31/2 không có trong lịch, ngày 29/2/2023 cũng vậy.',
    'Giá 1.500 - 2.000 đồng, lợi nhuận 2000 - 3000 tỷ.',
    'Bài học kinh nghiệm quý để tỉnh tiếp tục thực hiện.',
    'Đại hội lần thứ XIX, khóa XIII, kỳ họp thứ 22.',
    'Năm tháng trôi qua, làng vẫn thế.',
  ])('%s', (text) => {
    expect(read(text)).toEqual([]);
  });
});

describe('resolution against the header month', () => {
  it.each([
    ['Ngày 28/12, tỉnh tổng kết công tác.', '2024-01', '2023-12-28'],
    ['Sáng 5/1, khai mạc hội chợ.', '2023-12', '2024-01-05'],
    ['Ngày 29/2, trường khai giảng.', '2024-03', '2024-02-29'],
    ['Ngày 31/12, hệ thống chốt số liệu.', '2023-12', '2023-12-31'],
  ])('%s in a %s article is %s', (text, date, iso) => {
    expect(read(text, date).map((r) => r.start)).toEqual([iso]);
  });

  it('drops a day that the resolved year does not have', () => {
    expect(read('Ngày 29/2, trường khai giảng.', '2023-03')).toEqual([]);
  });

  it('reads a month of the past year in a January article', () => {
    expect(read('Tháng 12, thu ngân sách vượt dự toán; quý IV tăng 8%.', '2024-01')).toEqual([
      { text: 'Tháng 12', start: '2023-12-01', end: '2023-12-31', granularity: 'month' },
      { text: 'quý IV', start: '2023-10-01', end: '2023-12-31', granularity: 'quarter' },
    ]);
  });

  it('reads the month alone after a number that "số" labels', () => {
    expect(
      read(
        'Dù chịu thiệt hại do bão số 3 tháng 9.2024, kinh tế vẫn tăng; ngày 3 tháng 9 năm 2024 bão đổ bộ.',
        '2025-02',
      ),
    ).toEqual([
      { text: 'tháng 9.2024', start: '2024-09-01', end: '2024-09-30', granularity: 'month' },
      { text: 'ngày 3 tháng 9 năm 2024', start: '2024-09-03', end: '2024-09-03', granularity: 'day' },
    ]);
  });

  it("reads a quarter the words before look ahead to as this year's, in spring", () => {
    expect(
      read('Tỉnh phấn đấu khởi công cao tốc trong quý IV; lượng xe tăng 20% so với quý IV.', '2024-03'),
    ).toEqual([
      { text: 'quý IV', start: '2024-10-01', end: '2024-12-31', granularity: 'quarter' },
      { text: 'quý IV', start: '2023-10-01', end: '2023-12-31', granularity: 'quarter' },
    ]);
  });

  it('keeps earlier months of a review in the article year', () => {
    expect(read('Từ tháng 2, giá lúa tăng.', '2023-11')[0]?.start).toBe('2023-02-01');
  });
});

describe('reading', () => {
  it('skips the byline', () => {
    const ctx = contextOf('Sáng 11/11, hội nghị khai mạc.\n\nNăm 2023', '2023-11', { byline: true });
    expect(recognizeTimes(ctx).map((f) => f.evidence.text)).toEqual(['Sáng 11/11']);
  });

  it('matches old tone marks and capitals, and slices evidence from the text as written', () => {
    const ctx = contextOf('GIAI ĐOẠN 2021 - 2025 và Quý II/2024 và ngày 1\u00a0tháng 6 năm 2024.');
    expect(recognizeTimes(ctx).map((f) => f.evidence.text)).toEqual([
      'GIAI ĐOẠN 2021 - 2025',
      'Quý II/2024',
      'ngày 1\u00a0tháng 6 năm 2024',
    ]);
  });

  it('never returns overlapping facts', () => {
    const facts = recognizeTimes(
      contextOf('Sáng 11/11/2023, trong 6 tháng đầu năm 2023 và quý I-2024 đến năm 2025.'),
    );
    for (let i = 1; i < facts.length; i++) {
      expect(facts[i]!.evidence.start).toBeGreaterThanOrEqual(facts[i - 1]!.evidence.end);
    }
  });
});

describe('bare days with a cue', () => {
  it('reads the date a relative day stands for, in brackets', () => {
    expect(read('Hôm qua (9/11), UBND tỉnh họp. Chiều nay (10/11), đoàn về.')).toEqual([
      day('9/11', '2023-11-09'),
      day('10/11', '2023-11-10'),
    ]);
  });

  it('reads a day its kind names a word or two before, but not a share after "ngày càng"', () => {
    expect(
      read(
        'Riêng ngày chính hội 26/4, tỉnh đón 820.000 lượt khách; ngày càng có 10/12 xã tham gia.',
        '2026-04',
      ),
    ).toEqual([day('26/4', '2026-04-26')]);
    expect(read('Ngày khai mạc 17/2, đoàn về.', '2025-02')).toEqual([day('17/2', '2025-02-17')]);
  });

  it('reads an occasion and the second end of a range', () => {
    // Seven months back, the 30/4 a November article names is this year's, as for any day without a year.
    expect(read('Dịp 30/4 - 1/5, du khách tăng; dịp lễ 2/9 cũng vậy.')).toEqual([
      { text: '30/4 - 1/5', start: '2023-04-30', end: '2023-05-01', granularity: 'range' },
      day('2/9', '2023-09-02'),
    ]);
  });

  it("reads the second end of a range in the first one's style", () => {
    expect(read('Dịp nghỉ lễ từ ngày 30-4 đến 3-5, khách tăng.')).toEqual([
      { text: 'ngày 30-4 đến 3-5', start: '2023-04-30', end: '2023-05-03', granularity: 'range' },
    ]);
    expect(read('Từ ngày 28.4 đến 2.5, khách đông.')).toEqual([
      { text: 'ngày 28.4 đến 2.5', start: '2023-04-28', end: '2023-05-02', granularity: 'range' },
    ]);
  });

  it('reads a second day after "và" in the first one\'s style', () => {
    expect(
      read('Dịp nghỉ lễ 30-4 và 1-5 vừa qua, khách tăng.').map((t) => [t.text, t.start?.slice(5)]),
    ).toEqual([
      ['30-4', '04-30'],
      ['1-5', '05-01'],
    ]);
  });

  it('reads a second day after a comma only when the pair is two national days or a day and the next', () => {
    expect(
      read('Dịp nghỉ lễ 30-4, 1-5 và ngày 8-3, 9-3 có hội thi; ngày 12-3, 5-7 người dự.').map((t) => [
        t.text,
        t.start?.slice(5),
      ]),
    ).toEqual([
      ['30-4', '04-30'],
      ['1-5', '05-01'],
      ['ngày 8-3', '03-08'],
      ['9-3', '03-09'],
      ['ngày 12-3', '03-12'],
    ]);
  });

  it('reads a run of days after "từ", leaving "từ" out', () => {
    expect(read('Lễ hội diễn ra từ 12 - 14/4.')).toEqual([
      { text: '12 - 14/4', start: '2023-04-12', end: '2023-04-14', granularity: 'range' },
    ]);
  });

  it('still reads a share of units as no date', () => {
    expect(read('Có 9/10 xã đạt chuẩn; (9/10) số xã.')).toEqual([]);
  });
});

describe('crop seasons', () => {
  it('read a season of a year as the year, and one across two years as the range', () => {
    expect(
      read('Vụ xuân 2024 năng suất cao hơn vụ xuân 2023; vụ đông 2024 - 2025 mở rộng.', '2024-09'),
    ).toEqual([
      { text: 'Vụ xuân 2024', start: '2024-01-01', end: '2024-12-31', granularity: 'year' },
      { text: 'vụ xuân 2023', start: '2023-01-01', end: '2023-12-31', granularity: 'year' },
      { text: 'vụ đông 2024 - 2025', start: '2024-01-01', end: '2025-12-31', granularity: 'range' },
    ]);
  });
});

describe('"mỗi tháng" before a number', () => {
  it('is each month, then an amount: no month is named', () => {
    const ctx = contextOf('Lương mỗi tháng 7 - 8 triệu đồng, hằng tháng 5 triệu tiền ăn.', '2018-03');
    expect(recognizeTimes(ctx)).toEqual([]);
  });
});

describe('a number after a class word', () => {
  it('is a grade, not a count of years: "loại 1 năm nay" is this year', () => {
    const ctx = contextOf('Giá nhãn loại 1 năm nay 45.000 đồng/kg; trong 3 năm nay giá tăng.', '2024-12');
    expect(recognizeTimes(ctx).map((t) => [t.evidence.text, t.granularity])).toEqual([
      ['năm nay', 'year'],
      ['3 năm', 'duration'],
    ]);
  });
});

describe('a run of months', () => {
  it('is one range, with or without spaces around the dash', () => {
    const ctx = contextOf('Nhãn chín rộ vào tháng 7 - 8; xoài vào tháng 3-5/2021.', '2021-03');
    expect(readings(ctx, recognizeTimes(ctx))).toEqual([
      { text: 'tháng 7 - 8', start: '2021-07-01', end: '2021-08-31', granularity: 'range' },
      { text: 'tháng 3-5/2021', start: '2021-03-01', end: '2021-05-31', granularity: 'range' },
    ]);
  });
});

describe('a clock time before a date', () => {
  it.each([
    ['Tính đến 17 giờ ngày 11/8, toàn tỉnh lấy 12.500 mẫu.', day('17 giờ ngày 11/8', '2023-08-11', '17 giờ')],
    ['Từ 0 giờ ngày 28/7, tỉnh tạm dừng tắm biển.', day('0 giờ ngày 28/7', '2023-07-28', '0 giờ')],
    ['Lúc 9 giờ sáng 12/10, đoàn đến xã.', day('9 giờ sáng 12/10', '2023-10-12', '9 giờ sáng')],
    [
      'Vào 14 giờ 30 phút ngày 5/10, xe bị lật.',
      day('14 giờ 30 phút ngày 5/10', '2023-10-05', '14 giờ 30 phút'),
    ],
    ['Khoảng 21h ngày 3/9, mưa lớn.', day('21h ngày 3/9', '2023-09-03', '21h')],
  ])('%s', (text, reading) => {
    expect(read(text)).toEqual([reading]);
  });

  it('reads more hours than a day has, and hours after "quá", as a length', () => {
    expect(
      read('Đường bị chia cắt giao thông 36 giờ; xe phải chờ quá 6 giờ. Lúc 8 giờ, đường thông.'),
    ).toEqual([
      { text: '36 giờ', start: null, end: null, granularity: 'duration', duration: 'PT36H' },
      { text: 'quá 6 giờ', start: null, end: null, granularity: 'duration', duration: 'PT6H' },
    ]);
  });

  it('leaves a length in hours before a date out', () => {
    expect(read('Mưa kéo dài 3,5 giờ ngày 11/8.').map((r) => r.text)).toContain('ngày 11/8');
  });
});

describe('a length of days the dates after it spell out', () => {
  it.each([
    ['Trong 2 ngày (8 - 9/9), đại hội diễn ra.', '2 ngày', '2023-09-08', '2023-09-09'],
    ['Trong 4 ngày cao điểm (từ ngày 4 đến 7-5), tỉnh đón khách.', '4 ngày', '2023-05-04', '2023-05-07'],
    ['Kỳ họp diễn ra trong 3 ngày, từ ngày 10 đến 12/7.', '3 ngày', '2023-07-10', '2023-07-12'],
    ['Tỉnh hỗ trợ lãi suất trong 3 năm, từ 2019 - 2021.', '3 năm', '2019-01-01', '2021-12-31'],
    ['Chương trình kéo dài 2 năm (2024 - 2025).', '2 năm', '2024-01-01', '2025-12-31'],
    ['Đợt cao điểm trong 3 tháng, từ tháng 10 đến tháng 12/2023.', '3 tháng', '2023-10-01', '2023-12-31'],
    ['Hội chợ diễn ra trong hai tuần, từ ngày 12.11 đến 25.11.', 'hai tuần', '2023-11-12', '2023-11-25'],
    // Past a comma, the bare run of days those counted fill.
    ['Kỳ họp diễn ra trong 2 ngày, 17 - 18/7.', '2 ngày', '2023-07-17', '2023-07-18'],
    ['Lễ hội kéo dài ba ngày, 26 - 28/9, tại huyện.', 'ba ngày', '2023-09-26', '2023-09-28'],
    // The occasion named between, a time of its own, then the dates in brackets.
    [
      'Trong 7 ngày nghỉ Tết Nguyên đán Giáp Thìn 2024 (từ ngày 8 đến 14/2), thị xã đón khách.',
      '7 ngày',
      '2024-02-08',
      '2024-02-14',
    ],
  ])('%s', (text, span, start, end) => {
    expect(read(text).find((r) => r.text === span)).toMatchObject({ start, end, granularity: 'duration' });
  });

  it('reads a bare run of days past a comma as dates only when it fills the days counted', () => {
    expect(read('Kỳ họp diễn ra trong 2 ngày, 17 - 18/7.')).toContainEqual({
      text: '17 - 18/7',
      start: '2023-07-17',
      end: '2023-07-18',
      granularity: 'range',
    });
    expect(read('Lễ hội kéo dài 5 ngày, 3 - 4/5 số hộ tham gia.').map((r) => r.text)).toEqual(['5 ngày']);
  });

  it('leaves a length the dates do not match unanchored', () => {
    expect(read('Trong 5 ngày (từ 8 - 9/9), đoàn làm việc.').find((r) => r.text === '5 ngày')).toMatchObject({
      start: null,
      end: null,
    });
    expect(read('Trong 3 năm (2019 - 2020), tỉnh hỗ trợ.').find((r) => r.text === '3 năm')).toMatchObject({
      start: null,
    });
    expect(
      read('Trong 2 tháng, từ ngày 5/10 đến 30/11, tỉnh hỗ trợ.').find((r) => r.text === '2 tháng'),
    ).toMatchObject({
      start: null,
    });
  });
});

describe('"cùng ngày" with a part of the day', () => {
  it('keeps the part of the day and names the day of the event written with one', () => {
    const found = read(
      'Sáng 18.6, HĐND tỉnh khai mạc kỳ họp. Tính đến ngày 15-6, giải ngân đạt 41%. Chiều cùng ngày, UBND tỉnh vinh danh học sinh.',
      '2019-06',
    );
    expect(found.at(-1)).toEqual({
      text: 'Chiều cùng ngày',
      start: '2019-06-18',
      end: '2019-06-18',
      granularity: 'day',
      partOfDay: 'chiều',
      relative: true,
    });
  });
});

describe('"cùng ngày" after a holiday named in passing', () => {
  it('names the day of the event, not the holiday', () => {
    const found = read(
      'Sáng 24-7, đoàn thăm gia đình chính sách. “Không chỉ vào dịp 27-7 mà phải thường xuyên”, ông nói. Cùng ngày, Đại tá Lương Văn Hào thăm hỏi.',
      '2024-07',
    );
    expect(found.at(-1)).toMatchObject({ text: 'Cùng ngày', start: '2024-07-24', end: '2024-07-24' });
  });
});

describe('a month or quarter counted from the article', () => {
  it.each([
    ['So với tháng trước, CPI tăng 0,3%.', 'tháng trước', '2023-07-01', '2023-07-31', 'month'],
    ['Tháng này, giá lúa tăng.', 'Tháng này', '2023-08-01', '2023-08-31', 'month'],
    ['Quý trước, sản lượng giảm.', 'Quý trước', '2023-04-01', '2023-06-30', 'quarter'],
    ['Quý tới, tỉnh khởi công dự án.', 'Quý tới', '2023-10-01', '2023-12-31', 'quarter'],
  ])('%s', (text, span, start, end, granularity) => {
    expect(read(text, '2023-08')).toEqual([{ text: span, start, end, granularity, relative: true }]);
  });

  it('is the month before the one its sentence named, when compared with', () => {
    const months = (text: string, date: string) =>
      read(text, date)
        .filter((r) => r.text === 'tháng trước')
        .map((r) => r.start);
    expect(months('Riêng tháng 3, IIP tăng 16,1% so với tháng trước.', '2026-04')).toEqual(['2026-02-01']);
    expect(months('CPI tháng 12/2025 tăng 0,4% so với tháng trước.', '2026-01')).toEqual(['2025-11-01']);
    // Any word of comparison, not "so với" alone.
    expect(months('Tháng 10, giá tôm cao hơn tháng trước.', '2023-12')).toEqual(['2023-09-01']);
    expect(
      months('Riêng tháng 11, huyện đón 46.500 lượt khách, gấp 2,4 lần tháng trước.', '2021-12'),
    ).toEqual(['2021-10-01']);
    // A month named in another sentence is not the one compared.
    expect(months('Tháng 10, giá tôm tăng. Giá lúa cao hơn tháng trước.', '2023-12')).toEqual(['2023-11-01']);
    expect(months('Năm 2023 có 3 tháng mưa. CPI tăng so với tháng trước.', '2023-08')).toEqual([
      '2023-07-01',
    ]);
  });

  it('is the quarter before the one its sentence named, when compared with', () => {
    const quarters = (text: string, date: string) =>
      read(text, date)
        .filter((r) => r.text === 'quý trước')
        .map((r) => [r.start, r.end]);
    expect(quarters('Riêng quý III, IIP tăng 4,7% so với quý trước.', '2023-10')).toEqual([
      ['2023-04-01', '2023-06-30'],
    ]);
    expect(quarters('GRDP quý I/2024 tăng 2% so với quý trước.', '2024-04')).toEqual([
      ['2023-10-01', '2023-12-31'],
    ]);
    // (In a January article, a fourth quarter with no year is last year's.)
    expect(quarters('Quý IV, xuất khẩu tăng 5% so với quý trước.', '2025-01')).toEqual([
      ['2024-07-01', '2024-09-30'],
    ]);
    expect(quarters('Sản lượng tăng 3% so với quý trước.', '2023-10')).toEqual([
      ['2023-07-01', '2023-09-30'],
    ]);
  });

  it('crosses the turn of the year', () => {
    expect(read('Tháng trước, CPI giảm.', '2024-01')[0]).toMatchObject({
      start: '2023-12-01',
      end: '2023-12-31',
    });
  });

  it.each([
    '3 tháng trước, dự án khởi công.',
    'Những tháng tới, tỉnh tập trung giải ngân.',
    'Một tháng trước Tết, chợ đông.',
    'Mỗi tháng tới đây có thêm khách.',
  ])('reads no month in "%s"', (text) => {
    expect(read(text, '2023-08').filter((r) => r.granularity === 'month')).toEqual([]);
  });
});

describe('a quarter by its place in the year', () => {
  it.each([
    ['Quý đầu năm, tỉnh thu 1.200 tỷ đồng.', 'Quý đầu năm', '2023-01-01', '2023-03-31'],
    ['Trong quý cuối năm 2022, khách tăng.', 'quý cuối năm 2022', '2022-10-01', '2022-12-31'],
  ])('%s', (text, span, start, end) => {
    expect(read(text, '2023-08')).toEqual([{ text: span, start, end, granularity: 'quarter' }]);
  });
});

describe('a length in quarters', () => {
  it('reads "một quý" as three months and leaves a named quarter a quarter', () => {
    expect(
      read('Hội nghị diễn ra tròn một quý kể từ khi tỉnh hợp nhất; quý I/2025 tăng 5%.', '2025-10'),
    ).toEqual([
      { text: 'một quý', start: null, end: null, granularity: 'duration', duration: 'P3M' },
      { text: 'quý I/2025', start: '2025-01-01', end: '2025-03-31', granularity: 'quarter' },
    ]);
  });
});

describe('"chín" that ripens', () => {
  it('reads "năm nay" after ripe rice, and nine years elsewhere', () => {
    expect(read('Mùa lúa chín năm nay, huyện đón khách. Chín năm qua, huyện đổi thay.', '2019-06')).toEqual([
      { text: 'năm nay', start: '2019-01-01', end: '2019-12-31', granularity: 'year', relative: true },
      { text: 'Chín năm qua', start: null, end: null, granularity: 'duration', duration: 'P9Y' },
    ]);
  });
});

describe('a number glued after a colon', () => {
  it("is no length: a standard's year or the minutes of a clock", () => {
    const found = read(
      'Vườn được chứng nhận theo TCVN 11041-2:2017 ngày 18.9. Lúc 8:30 ngày 20.9, đoàn đến.',
      '2025-10',
    );
    expect(found.filter((r) => r.granularity === 'duration')).toEqual([]);
    expect(found.map((r) => r.start)).toEqual(['2025-09-18', '2025-09-20']);
  });
});

describe('a number word that closes a name', () => {
  it('counts no length: "Ngã Bảy ngày" is the town, then the day', () => {
    expect(
      read('Chợ nổi ở TP Ngã Bảy ngày cận Tết đông khách. Hai ngày qua, chợ mở đến khuya.', '2025-02').map(
        (r) => r.text,
      ),
    ).toEqual(['Hai ngày qua']);
  });
});

describe('"dưới" before a length', () => {
  it('is kept in the span as the other qualifiers are', () => {
    expect(
      read('Thông quan mỗi xe hiện dưới 30 phút; dự án kéo dài dưới 2 năm.', '2025-11').map((r) => r.text),
    ).toEqual(['dưới 30 phút', 'dưới 2 năm']);
  });
});

describe('years listed after the first', () => {
  it('reads each year of "năm 2021, 2022 và 2023"', () => {
    expect(read('Các năm 2021, 2022 và 2023 đều đạt kế hoạch.', '2024-02').map((r) => r.text)).toEqual([
      'năm 2021',
      '2022',
      '2023',
    ]);
  });

  it('leaves a second period a period', () => {
    expect(read('Giai đoạn 2021 - 2025 và 2026 - 2030 quan trọng.', '2024-02').map((r) => r.text)).toEqual([
      'Giai đoạn 2021 - 2025',
      '2026 - 2030',
    ]);
  });
});

describe('the solar date in brackets after a day of Tết', () => {
  it('is a day of its own', () => {
    expect(
      read('Sáng mùng 1 Tết (12/2), Chủ tịch UBND tỉnh thăm gia đình chính sách.', '2021-02').map(
        (r) => r.text,
      ),
    ).toEqual(['Sáng mùng 1 Tết', '12/2']);
  });
});

describe('a day four months ahead across the turn of the year', () => {
  it('is this year, past, unless words before it look ahead', () => {
    expect(
      read(
        'Từ ngày 30-4, Sầm Sơn đón khách. Dự án phải hoàn thành trước ngày 30/4. Ngày 5/1, tỉnh tổ chức lễ.',
        '2022-12',
      ).map((r) => r.start),
    ).toEqual(['2022-04-30', '2023-04-30', '2023-01-05']);
  });

  it('looks for those words in its own sentence only', () => {
    expect(
      read(
        'Thu từ du lịch gấp 1,5 lần năm trước. Cao điểm là dịp lễ: từ ngày 25/4 đến 8/5, tỉnh đón khách.',
        '2024-12',
      ).map((r) => [r.text, r.start]),
    ).toEqual([
      ['năm trước', '2023-01-01'],
      ['ngày 25/4 đến 8/5', '2024-04-25'],
    ]);
  });
});

describe('school years named by their distance from the running one', () => {
  it('reads the running year from the autumn, and from June the one to come', () => {
    const span = (text: string, date: string) => read(text, date).map((r) => [r.text, r.start, r.end]);
    expect(span('Số học sinh tăng so với năm học trước.', '2023-11')).toEqual([
      ['năm học trước', '2022-01-01', '2023-12-31'],
    ]);
    expect(span('Chỉ tiêu tăng so với năm học trước.', '2025-06')).toEqual([
      ['năm học trước', '2024-01-01', '2025-12-31'],
    ]);
    expect(span('Năm học này có 12 trường mới.', '2026-02')).toEqual([
      ['Năm học này', '2025-01-01', '2026-12-31'],
    ]);
  });
});

describe('a share of units after "đến từ"', () => {
  it('is no day, though it reads as one; after "từ" alone the day stays', () => {
    expect(read('Vận động viên đến từ 10/10 huyện, thành phố tranh tài.', '2024-11')).toEqual([]);
    expect(read('Từ 1/7 huyện mới đi vào hoạt động.', '2024-11').map((r) => r.start)).toEqual(['2024-07-01']);
  });

  it('is no day when it counts all the units, after any preposition', () => {
    expect(read('Mưa lũ đã ảnh hưởng tới 9/9 huyện, thị xã, thành phố.', '2024-09')).toEqual([]);
    expect(read('Đến 10/10, các huyện họp.', '2024-11').map((r) => r.start)).toEqual(['2024-10-10']);
  });
});

describe('months spelt out by the dates in a bracket, or counted from an event', () => {
  it('are a length, anchored by a bracketed range whose second day has its year', () => {
    const found = read(
      'Hội nghị đánh giá sáu tháng (1.7 - 31.12.2025) vận hành; xã sau 6 tháng đã ổn định.',
      '2026-01',
    );
    expect(found.map((r) => [r.text, r.granularity, r.start, r.end])).toEqual([
      ['sáu tháng', 'duration', '2025-07-01', '2025-12-31'],
      ['1.7 - 31.12.2025', 'range', '2025-07-01', '2025-12-31'],
      ['6 tháng', 'duration', null, null],
    ]);
  });

  it('stay a length after "sau" in an article on those months, which names them elsewhere', () => {
    const found = read(
      'Hội nghị đánh giá kết quả quý I/2026. Sau 3 tháng triển khai, thành phố bổ sung 27.400 ha. Trong 3 tháng, thành phố xuất khẩu 500 triệu USD. Sau 3 tháng, thu ngân sách đạt 900 tỷ đồng.',
      '2026-03',
    );
    expect(found.map((r) => [r.text, r.granularity, r.start])).toEqual([
      ['quý I/2026', 'quarter', '2026-01-01'],
      ['3 tháng', 'duration', null],
      ['3 tháng', 'quarter', '2026-01-01'],
      // (Nothing done after it: the months the report sums.)
      ['3 tháng', 'quarter', '2026-01-01'],
    ]);
  });
});

describe('a day months before the article month', () => {
  it('is of the article year after "tới" a place, and of the next before a deadline', () => {
    expect(read('Tàu đưa khách tới Quảng Ninh ngày 2-4.', '2019-12').map((r) => r.start)).toEqual([
      '2019-04-02',
    ]);
    expect(read('Dự án phải hoàn thành trước ngày 2-4.', '2019-12').map((r) => r.start)).toEqual([
      '2020-04-02',
    ]);
  });
});

describe('a name that honours a day', () => {
  it('is no date when its month word is capitalized', () => {
    expect(read('Lễ diễn ra tại Quảng trường 2 Tháng 4 và Trường THPT 19 Tháng 5.', '2024-07')).toEqual([]);
  });

  it('leaves the dates around it', () => {
    expect(read('Ngày 2 tháng 9, người dân đổ về Quảng trường 2 Tháng 4.', '2024-09')).toEqual([
      day('Ngày 2 tháng 9', '2024-09-02'),
    ]);
  });
});

describe('the first or last days of a month', () => {
  it.each([
    [
      'Trong 10 ngày đầu tháng 7, bệnh viện tiếp nhận nhiều ca.',
      '10 ngày đầu tháng 7',
      '2025-07-01',
      '2025-07-10',
    ],
    ['Trong 5 ngày cuối tháng 2/2024, trời rét đậm.', '5 ngày cuối tháng 2/2024', '2024-02-25', '2024-02-29'],
    [
      'Mười ngày đầu tháng 3 năm 2024, giá lúa tăng.',
      'Mười ngày đầu tháng 3 năm 2024',
      '2024-03-01',
      '2024-03-10',
    ],
    ['Tuần đầu tháng 11, phố cổ đón 21.500 lượt khách.', 'Tuần đầu tháng 11', '2025-11-01', '2025-11-07'],
    ['Tuần cuối tháng 6/2025, giá lúa giảm.', 'Tuần cuối tháng 6/2025', '2025-06-24', '2025-06-30'],
  ])('%s', (text, span, start, end) => {
    expect(read(text, '2025-07')).toEqual([{ text: span, start, end, granularity: 'range' }]);
  });
});

describe('a year of birth after "SN"', () => {
  it('is a year whose span is its digits', () => {
    expect(read('Tài xế Lê Văn Khang (SN 1984, trú xã Ea Kar) cầm lái.', '2025-12')).toEqual([
      { text: '1984', start: '1984-01-01', end: '1984-12-31', granularity: 'year' },
    ]);
  });
});

describe('a length of months measured, in an article that names the first months of its year', () => {
  // "quý I" and "6 tháng đầu năm" are periods a bare "3 tháng" or "6 tháng" of a report stands for.
  it.each([
    ['Quý I/2024, tỉnh thu hút 8 dự án. Nhà máy nợ 3 tháng lương của 300 công nhân.', '3 tháng', 'P3M'],
    ['Quý I/2024, xuất khẩu tăng. Hộ dân mất thu nhập suốt ba tháng mùa khô.', 'ba tháng', 'P3M'],
    ['6 tháng đầu năm 2024, thu ngân sách đạt 5.000 tỷ đồng. Dự án mất 6 tháng chuẩn bị.', '6 tháng', 'P6M'],
  ])('%s', (text, span, duration) => {
    expect(read(text, '2024-07').find((r) => r.text === span)).toEqual({
      text: span,
      start: null,
      end: null,
      granularity: 'duration',
      duration,
    });
  });

  it('still gives a bare count of a report the period it stands for', () => {
    expect(
      read('Quý I/2024, tỉnh thu hút 8 dự án. Trong 3 tháng, xuất khẩu đạt 1 tỷ USD.', '2024-05')[1],
    ).toEqual({
      text: '3 tháng',
      start: '2024-01-01',
      end: '2024-03-31',
      granularity: 'quarter',
    });
  });
});

describe('months an aim names ahead of the article', () => {
  it('are the first months of its year, read by no other count of months', () => {
    expect(
      read(
        'Thành phố phấn đấu 9 tháng giải ngân đạt trên 60%, mục tiêu hết 10 tháng đạt 75%. Sau 9 tháng thi công, cầu đã thông xe. Trong 5 tháng, tỉnh đón 2 triệu lượt khách.',
        '2024-07',
      ),
    ).toEqual([
      { text: '9 tháng', start: '2024-01-01', end: '2024-09-30', granularity: 'range' },
      { text: '10 tháng', start: '2024-01-01', end: '2024-10-31', granularity: 'range' },
      { text: '9 tháng', start: null, end: null, granularity: 'duration', duration: 'P9M' },
      { text: '5 tháng', start: '2024-01-01', end: '2024-05-31', granularity: 'range' },
    ]);
  });
});

describe('a full stop before a number', () => {
  // A dot and a space end the sentence: the number after it opens the next one, and does not
  // carry the time on as "tháng 3.2024" or "quý I/2024-2" would.
  it.each([
    ['Mái nhà ga khép kín trong quý II/2024. 5 tháng đầu năm, tỉnh thu 90 tỷ đồng.', 'quý II/2024'],
    ['Nhà máy chạy thử từ tháng 3/2024. 12 doanh nghiệp đã đăng ký.', 'tháng 3/2024'],
    ['Cây trồng vào cuối tháng 4. 30 hộ tham gia mô hình.', 'cuối tháng 4'],
    ['Thu ngân sách đạt 90% trong 9 tháng năm 2024. 3 huyện vượt dự toán.', '9 tháng năm 2024'],
  ])('%s', (text, time) => {
    expect(read(text, '2024-06').map((r) => r.text)).toContain(time);
  });
});

import { describe, expect, it } from 'vitest';
import { foldForMatch } from '../../text/fold.js';
import { statusOf } from './status.js';
import { indicatorsOf } from './test-article.js';

const status = (clause: string, head = '') => statusOf(foldForMatch(clause), foldForMatch(head));

describe('statusOf', () => {
  it('reads the figure a plan word names right after a verb of reaching it as the target', () => {
    expect(status('chưa đạt mục tiêu tăng trưởng 8,5%')).toBe('target');
    expect(status('thấp xa so với mục tiêu tăng trưởng 7 - 7,5%')).toBe('target');
    expect(status('thu ngân sách tăng 12% so với kế hoạch, đạt 5.400 tỷ đồng')).toBe('actual');
    expect(status('cả năm hoàn thành kế hoạch thu ngân sách 12.000 tỷ đồng')).toBe('target');
    expect(status('thu ngân sách đạt 104% kế hoạch 11.500 tỷ đồng')).toBe('actual');
    expect(status('giải ngân vượt kế hoạch năm 2024, đạt 102%')).toBe('actual');
  });

  it('reads estimates and targets from their cue words', () => {
    expect(status('thu ngân sách ước đạt')).toBe('estimate');
    expect(status('GRDP tăng', 'Năm 2025, tỉnh phấn đấu')).toBe('target');
    expect(status('giải ngân đạt')).toBe('actual');
  });

  it('reads a clause that opens on the months gone by as actual, whatever the sentence planned', () => {
    expect(
      status(
        'hai tháng đầu năm, số thu ngân sách đạt',
        'Năm 2023, chi cục được giao dự toán thu 350 tỉ đồng;',
      ),
    ).toBe('actual');
    expect(status('9 tháng đầu năm, giải ngân đạt', 'Kế hoạch vốn năm nay là 900 tỷ đồng;')).toBe('actual');
    expect(status('lũy kế 9 tháng, toàn tỉnh giải ngân được', 'Kế hoạch vốn năm nay là 900 tỷ đồng;')).toBe(
      'actual',
    );
    expect(status('thu ngân sách đạt', 'Năm 2023, chi cục được giao dự toán thu 350 tỉ đồng;')).toBe(
      'target',
    );
  });

  it('reads "mới" after the verb it qualifies as new, not as "only just": the aim still holds', () => {
    expect(status('vốn FDI thu hút mới đạt', 'Năm 2024 phấn đấu tăng trưởng GRDP khoảng 7%,')).toBe('target');
    expect(status('đến ngày 15/11 mới giải ngân', 'Kế hoạch vốn năm 2024 là 415,6 tỷ đồng;')).toBe('actual');
  });

  it('reads what is allotted ("được giao", "giao cho") as a target, not a share of it', () => {
    expect(status('vốn đầu tư công giao cho tỉnh năm 2024 là')).toBe('target');
    expect(status('tổng chi ngân sách địa phương được giao')).toBe('target');
    expect(status('thu ngân sách đạt 2.184 tỉ đồng, bằng 57,6% dự toán HĐND tỉnh giao, tăng')).toBe('actual');
  });

  it('reads a clause that opens on the day a figure counts up to as actual, but not a deadline', () => {
    expect(
      status('đến ngày 30/6, toàn tỉnh giải ngân đạt', 'Kế hoạch vốn năm 2024 của tỉnh là 6.850 tỷ đồng;'),
    ).toBe('actual');
    expect(status('đến ngày 15.9.2023, huyện giải ngân', 'Dự toán thu năm 2023 là 90 tỷ đồng;')).toBe(
      'actual',
    );
    expect(
      status(
        'đến hết ngày 31-12-2024, tỉnh giải ngân được',
        'Kế hoạch vốn năm 2024 của tỉnh là 4.538 tỷ đồng;',
      ),
    ).toBe('actual');
    expect(status('tính đến hết ngày 30/11, toàn tỉnh thu', 'Dự toán thu năm 2023 là 9.000 tỷ đồng;')).toBe(
      'actual',
    );
    expect(status('đến ngày 31/12 giải ngân', 'Kế hoạch vốn năm 2024 của tỉnh là 6.850 tỷ đồng;')).toBe(
      'target',
    );
    expect(status('phấn đấu đến ngày 31/1/2026, giải ngân đạt')).toBe('target');
  });

  it('reads a request to a body or a level of the administration as a target', () => {
    expect(status('tỷ lệ hộ nghèo giảm', 'đồng chí Giàng A Chờ đề nghị huyện Sìn Hồ hoàn thành')).toBe(
      'target',
    );
    expect(status('thu ngân sách đạt', 'Chủ tịch yêu cầu các sở, ngành')).toBe('target');
    expect(status('Ông yêu cầu giải ngân trên')).toBe('target');
    expect(status('Chủ tịch yêu cầu đến ngày 31/12 giải ngân trên')).toBe('target');
    expect(status('Bà đề nghị trước tháng 9/2025 hoàn thành')).toBe('target');
  });

  it('reads what must be reached after "phải" as a target, not what had to be done', () => {
    expect(status('toàn tỉnh phải giải ngân thêm khoảng', 'Trong 2 tháng cuối năm,')).toBe('target');
    expect(status('phải giải ngân đạt')).toBe('target');
    expect(status('tỷ lệ giải ngân phải vượt', 'Chủ tịch yêu cầu đến hết quý II/2018')).toBe('target');
    expect(status('thu ngân sách đạt', 'Dù phải vượt qua nhiều khó khăn,')).toBe('actual');
    expect(status('thu ngân sách đạt', 'Dù nhà máy phải dừng hai tháng,')).toBe('actual');
    expect(status('thu ngân sách đạt', 'Tỉnh không phải vay,')).toBe('actual');
  });

  it('reads no target in a national target programme named by its kind, nor in what is only just reached', () => {
    expect(
      status(
        'đến ngày 30/6 mới giải ngân được',
        'Năm 2024, tỉnh được giao 1.186 tỷ đồng vốn 3 chương trình mục tiêu quốc gia, nhưng',
      ),
    ).toBe('actual');
    expect(status('đến ngày 15/11 mới giải ngân', 'Năm 2024, kế hoạch vốn đầu tư công của tỉnh là')).toBe(
      'actual',
    );
    expect(status('từ năm 2021 đến nay đã hoàn thành', 'Theo Kế hoạch số 21/KH-UBND, tỉnh hỗ trợ xây')).toBe(
      'actual',
    );
    expect(status('giải ngân đạt', 'Năm 2024, kế hoạch vốn của tỉnh là')).toBe('target');
    // The plan and what was spent of it in one clause: "mới giải ngân" after the plan is spent.
    expect(status('kế hoạch vốn năm 2025 của huyện là 820 tỉ đồng nhưng mới giải ngân')).toBe('actual');
    expect(status('đã giải ngân 300 tỉ đồng; kế hoạch năm sau giải ngân')).toBe('target');
  });

  it('reads what a request asks to be done with all effort as aimed at', () => {
    expect(
      status(
        'trong đó thu ngân sách nhà nước đạt',
        'Bí thư Tỉnh ủy đề nghị tập trung hoàn thành 20 chỉ tiêu chủ yếu của năm 2022,',
      ),
    ).toBe('target');
    expect(status('giải ngân', 'Chủ tịch UBND tỉnh yêu cầu khẩn trương hoàn thành')).toBe('target');
  });

  it('reads no target in a request named as a source or a requirement met', () => {
    expect(status('thu ngân sách đạt', 'Theo đề nghị của Sở Tài chính,')).toBe('actual');
    expect(status('giải ngân đạt', 'Đáp ứng yêu cầu,')).toBe('actual');
  });
});

describe('a request in the sentence', () => {
  it('makes the district asked the subject of what it asks for', () => {
    const found = indicatorsOf(
      'Tỉnh Lai Châu họp. Đồng chí Giàng A Chờ đề nghị huyện Sìn Hồ hoàn thành phân bổ vốn trong quý II/2022; năm 2022 có thêm 2 xã đạt chuẩn nông thôn mới, tỷ lệ hộ nghèo giảm 4 - 5%.',
      '2022-05',
    );
    expect(found.map((i) => [i.value, i.subject, i.status])).toEqual([
      [2, 'Sìn Hồ', 'target'],
      [4, 'Sìn Hồ', 'target'],
    ]);
  });
});

describe('an estimate', () => {
  it('reaches only its own statement, up to the next value and comma', () => {
    const found = indicatorsOf(
      'Tỉnh Ninh Bình họp. Năm 2025, GRDP ước tăng 9,52%, thu ngân sách đạt 52.318 tỷ đồng.',
      '2025-10',
    );
    expect(found.map((i) => [i.indicator, i.status])).toEqual([
      ['grdp_growth', 'estimate'],
      ['budget_revenue', 'actual'],
    ]);
  });
});

describe('a target cue at the head of a sentence', () => {
  it('reaches past a bracket to the clauses after it', () => {
    const found = indicatorsOf(
      'Tỉnh Vĩnh Phúc phấn đấu tăng trưởng GRDP năm 2020 đạt 4 - 5% (mục tiêu đề ra là 8%), giải ngân vốn đầu tư công đạt 100% kế hoạch.',
      '2020-06',
    );
    expect(found.map((i) => [i.value, i.status])).toEqual([
      [4, 'target'],
      [8, 'target'],
      [100, 'target'],
    ]);
  });

  it("reaches a clause that counts up to a day after the article's month: a deadline", () => {
    const found = indicatorsOf(
      'Năm 2025, tỉnh Quảng Bình phấn đấu thu ngân sách đạt 7.200 tỷ đồng; đến ngày 31/12/2025, giải ngân vốn đầu tư công đạt 100% kế hoạch.',
      '2025-05',
    );
    expect(found.map((i) => [i.value, i.status])).toEqual([
      [7_200_000_000_000, 'target'],
      [100, 'target'],
    ]);
    const past = indicatorsOf(
      'Năm 2025, tỉnh Quảng Bình phấn đấu thu ngân sách đạt 7.200 tỷ đồng; đến ngày 30/4/2025, giải ngân vốn đầu tư công đạt 31,5% kế hoạch.',
      '2025-05',
    );
    expect(past.map((i) => [i.value, i.status])).toEqual([
      [7_200_000_000_000, 'target'],
      [31.5, 'actual'],
    ]);
  });

  it('reaches no part of an actual whole that aims at nothing itself', () => {
    const found = indicatorsOf(
      'Năm 2023, tỉnh Thanh Hóa được giao kế hoạch vốn đầu tư công 8.950 tỷ đồng; đến hết ngày 31-10 mới giải ngân được 5.120 tỷ đồng; trong đó tỷ lệ giải ngân của huyện Như Xuân và huyện Thường Xuân lần lượt đạt 81,2% và 77,5%.',
      '2023-11',
    );
    expect(found.map((i) => [i.value, i.status])).toEqual([
      [8_950_000_000_000, 'target'],
      [5_120_000_000_000, 'actual'],
      [77.5, 'actual'],
      [81.2, 'actual'],
    ]);
  });

  it('keeps saying what is after a clause of the same statistic turned from the aim to it', () => {
    const found = indicatorsOf(
      'Kế hoạch vốn đầu tư công năm 2024 của tỉnh Tuyên Quang là 2.815 tỷ đồng; đến ngày 20-11, tỉnh đã giải ngân 2.034 tỷ đồng; các huyện Lâm Bình, Na Hang giải ngân tốt nhất, lần lượt đạt 88,6% và 84,1%.',
      '2024-11',
    );
    expect(found.map((i) => [i.value, i.status])).toEqual([
      [2_815_000_000_000, 'target'],
      [2_034_000_000_000, 'actual'],
      [84.1, 'actual'],
      [88.6, 'actual'],
    ]);
    // A baseline's bracket says what was, no turn from the aim.
    const aimed = indicatorsOf(
      'Năm 2025, tỉnh Tuyên Quang phấn đấu kim ngạch xuất khẩu đạt 1,2 tỷ USD (năm 2024 đạt 1,05 tỷ USD), trong đó xuất khẩu gỗ 640 triệu USD.',
      '2025-02',
    );
    expect(aimed.map((i) => [i.value, i.status])).toEqual([
      [1_200_000_000, 'target'],
      [1_050_000_000, 'actual'],
      [640_000_000, 'target'],
    ]);
  });
});

describe('a bracket that gives the figure of the plan', () => {
  it.each([
    ['Năm 2020, độ che phủ rừng đạt 38,4%, thấp hơn mục tiêu đề ra (40%).', 40],
    ['Năm 2020, tỷ lệ hộ nghèo còn 3,1%, chưa đạt kế hoạch (2,5%).', 2.5],
  ])('%s', (body, plan) => {
    const found = indicatorsOf(`Tỉnh Đắk Nông họp. ${body}`, '2020-10');
    expect(found.map((i) => [i.value, i.status])).toEqual([
      [found[0]!.value, 'actual'],
      [plan, 'target'],
    ]);
  });

  it('leaves a baseline in brackets actual', () => {
    const found = indicatorsOf(
      'Tỉnh Đắk Nông họp. Năm 2020, độ che phủ rừng đạt 38,4% (năm 2015 là 35%).',
      '2020-10',
    );
    expect(found.map((i) => i.status)).toEqual(['actual', 'actual']);
  });
});

describe('a plan that measures a result before a bracket', () => {
  it('leaves the bracket a baseline', () => {
    const found = indicatorsOf(
      'Tỉnh Hà Nam họp. Đến ngày 30/9, giải ngân đạt 45,2% kế hoạch (cùng kỳ năm 2022 đạt 54,3%).',
      '2023-10',
    );
    expect(found.map((i) => i.status)).toEqual(['actual', 'actual']);
  });
});

describe('a request to a body the text names', () => {
  it('aims the figure it asks for', () => {
    const found = indicatorsOf(
      'Tỉnh Thái Bình họp. Chủ tịch HĐND tỉnh yêu cầu UBND tỉnh chỉ đạo quyết liệt để năm 2024 tăng trưởng GRDP đạt từ 10% trở lên.',
      '2024-07',
    );
    expect(found.map((i) => i.status)).toEqual(['target']);
  });

  it('leaves the reason given for a request actual', () => {
    const found = indicatorsOf(
      'Tỉnh Lâm Đồng họp. Đồng chí Bí thư yêu cầu UBND tỉnh đẩy nhanh tiến độ, bởi giải ngân vốn đầu tư công đến ngày 30.6 mới đạt 38,4% kế hoạch.',
      '2019-07',
    );
    expect(found.map((i) => i.status)).toEqual(['actual']);
  });
});

describe('a list of targets under its heading', () => {
  const body = [
    'Tỉnh Hà Nam họp.',
    'Các chỉ tiêu kinh tế chủ yếu năm 2025:',
    '- Tốc độ tăng trưởng GRDP: 10,5%.',
    '- Tổng thu ngân sách nhà nước trên địa bàn: 19.400 tỷ đồng.',
  ].join('\n');

  it("reads each item's year and aim from the heading", () => {
    const found = indicatorsOf(body, '2024-12');
    expect(found.map((i) => [i.indicator, i.status, i.period])).toEqual([
      ['grdp_growth', 'target', '2025-01-01..2025-12-31'],
      ['budget_revenue', 'target', '2025-01-01..2025-12-31'],
    ]);
  });

  it('leaves a list with no heading to its own words', () => {
    const found = indicatorsOf('Tỉnh Hà Nam họp năm 2024.\n- Tốc độ tăng trưởng GRDP: 10,5%.', '2024-12');
    expect(found.map((i) => i.status)).toEqual(['actual']);
  });
});

describe('targets said to be met', () => {
  it('leave the figures after them actual', () => {
    const found = indicatorsOf(
      'Tỉnh Hà Nam họp. Năm 2024, các chỉ tiêu đều đạt và vượt kế hoạch: thu ngân sách đạt 18.200 tỷ đồng.',
      '2024-12',
    );
    expect(found.map((i) => i.status)).toEqual(['actual']);
  });
});

describe("a statement's own estimate after an aim the sentence opened with", () => {
  it('is an estimate', () => {
    const found = indicatorsOf(
      'Thành phố Hải Phòng họp. Năm 2025 Hải Phòng phấn đấu tăng trưởng GRDP đạt trên 11%; tốc độ tăng trưởng bình quân giai đoạn 2021 - 2025 dự kiến đạt 10,8%/năm.',
      '2024-12',
    );
    expect(found.map((i) => [i.value, i.status])).toEqual([
      [11, 'target'],
      [10.8, 'estimate'],
    ]);
  });
});

describe('a clause that says what is now, after a request', () => {
  it('is actual; a clause that does not is still what was asked for', () => {
    const found = indicatorsOf(
      'Tỉnh Tiền Giang họp. Ông Huỳnh Văn An, Phó Chủ tịch UBND tỉnh đề nghị Sở Nông nghiệp và Phát triển nông thôn đẩy nhanh cấp mã số vùng trồng theo kế hoạch của tỉnh; hiện toàn tỉnh có 203 mã số vùng trồng với diện tích 9.850 ha. Ông An đề nghị Sở Nông nghiệp và Phát triển nông thôn đẩy nhanh cấp mã số vùng trồng; năm 2024 diện tích đạt 10.000 ha.',
      '2024-07',
    );
    expect(found.map((i) => [i.value, i.status])).toEqual([
      [9850, 'actual'],
      [10_000, 'target'],
    ]);
  });
});

describe('what "still" stands', () => {
  it('is actual, whatever the sentence aimed at; a target after "vẫn giữ" stays one', () => {
    const found = indicatorsOf(
      'Tỉnh Điện Biên họp. Tỷ lệ hộ nghèo toàn tỉnh phấn đấu giảm còn 14% (cuối năm 2023 là 16,4%); riêng huyện Nậm Pồ, tỷ lệ hộ nghèo vẫn ở mức 38,2%. Năm 2024, tỉnh phấn đấu tăng trưởng GRDP vẫn giữ mức 7,5%.',
      '2024-03',
    );
    expect(found.map((i) => [i.value, i.status])).toEqual([
      [14, 'target'],
      [16.4, 'actual'],
      [38.2, 'actual'],
      [7.5, 'target'],
    ]);
  });
});

describe('a plan to be completed', () => {
  it('is aimed at after "để hoàn thành"; a plan completed is a yardstick', () => {
    const found = indicatorsOf(
      'Tỉnh Cà Mau họp. Để hoàn thành kế hoạch xuất khẩu tôm năm 2015 đạt 980 triệu USD, Sở đã tham mưu nhiều giải pháp. Xuất khẩu tôm năm 2014 đạt 1,1 tỷ USD, hoàn thành kế hoạch.',
      '2015-10',
    );
    expect(found.map((i) => [i.value, i.status])).toEqual([
      [980_000_000, 'target'],
      [1_100_000_000, 'actual'],
    ]);
  });
});

describe('what must be reached', () => {
  it('is a target: "phải bảo đảm thu ngân sách đạt …"', () => {
    const [i] = indicatorsOf(
      'Chủ tọa kết luận: năm 2024 tỉnh Thái Bình phải bảo đảm thu ngân sách đạt 9.850 tỷ đồng như Nghị quyết đã giao.',
      '2024-07',
    );
    expect([i?.value, i?.status]).toEqual([9_850_000_000_000, 'target']);
  });

  it('is a target when "phải" gives the least it must be: "giải ngân phải trên 40%"', () => {
    expect(status('đến hết quý II, giải ngân vốn đầu tư công phải trên 40%')).toBe('target');
    expect(status('tỷ lệ che phủ rừng phải tối thiểu 45%')).toBe('target');
    expect(status('giải ngân không phải trên 40%')).toBe('actual');
  });
});

describe('a count of targets in words', () => {
  it('is no target: "ba chỉ tiêu chưa đạt, trong đó …"', () => {
    const [i] = indicatorsOf(
      'Báo cáo của tỉnh Phú Thọ chỉ ra ba chỉ tiêu chưa đạt, trong đó giải ngân vốn đầu tư công đến hết tháng 11 mới đạt 71,3% kế hoạch.',
      '2023-12',
    );
    expect([i?.value, i?.status]).toEqual([71.3, 'actual']);
  });
});

describe('a clause that opens on a time gone by, after an aim', () => {
  it('states what was', () => {
    const found = indicatorsOf(
      'Tỉnh Kiên Giang họp. Giai đoạn 2021 - 2025, tỉnh đặt mục tiêu tỷ lệ hộ nghèo giảm bình quân 0,5%/năm; cuối năm 2023, tỷ lệ hộ nghèo toàn tỉnh còn 1,98%.',
      '2024-04',
    );
    expect(found.map((i) => [i.value, i.status])).toEqual([
      [0.5, 'target'],
      [1.98, 'actual'],
    ]);
  });

  it('aims still when the time is to come, or the clause aims itself', () => {
    const found = indicatorsOf(
      'Tỉnh Kiên Giang họp. Tỉnh phấn đấu năm 2025 GRDP tăng 8%; năm 2025, thu ngân sách đạt 9.000 tỷ đồng; năm 2023, kế hoạch vốn đầu tư công là 5.100 tỷ đồng.',
      '2024-04',
    );
    expect(found.map((i) => [i.value, i.status])).toEqual([
      [8, 'target'],
      [9_000_000_000_000, 'target'],
      [5_100_000_000_000, 'target'],
    ]);
  });
});

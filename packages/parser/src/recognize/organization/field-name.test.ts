import { describe, expect, it } from 'vitest';
import { recognizeOrganizations } from '../organization.js';
import { contextOf } from '../tokens/test-context.js';

const spans = (text: string) => recognizeOrganizations(contextOf(text)).map((f) => f.evidence.text);

describe('a field word of two syllables capitalizes only the first', () => {
  it.each([
    ['Hiệp hội Du lịch thành phố kiến nghị giảm phí.', 'Hiệp hội Du lịch thành phố'],
    ['Hiệp hội Du lịch tỉnh Quảng Nam tổ chức hội chợ.', 'Hiệp hội Du lịch tỉnh Quảng Nam'],
    ['Trung tâm Y tế huyện Đồng Phú tiêm vắc xin.', 'Trung tâm Y tế huyện Đồng Phú'],
    ['Ông là Viện trưởng Viện Nông nghiệp tỉnh.', 'Viện Nông nghiệp tỉnh'],
    ['Hiệp hội Doanh nghiệp cho biết quý tới sẽ khó khăn.', 'Hiệp hội Doanh nghiệp'],
  ])('%s', (text, span) => {
    expect(spans(text)).toContain(span);
  });

  it('ends the name at a verb or function word after a one-syllable field', () => {
    expect(spans('Hiệp hội Du lịch đã kiến nghị.')).toContain('Hiệp hội Du lịch');
    expect(spans('Trung tâm Y tế tiêm vắc xin cho trẻ.')).not.toContain('Trung tâm Y tế tiêm');
    expect(spans('Công ty Hoàng Long xây nhà máy mới.')).not.toContain('Công ty Hoàng Long xây');
  });
});

describe('a name that capitalizes only its first word runs to its level', () => {
  it.each([
    ['Quỹ Đầu tư phát triển tỉnh Long An cho vay 40 dự án.', 'Quỹ Đầu tư phát triển tỉnh Long An'],
    ['Quỹ Hỗ trợ nông dân huyện đã giải ngân hết vốn.', 'Quỹ Hỗ trợ nông dân huyện'],
    ['Trung tâm Xúc tiến đầu tư tỉnh giới thiệu dự án.', 'Trung tâm Xúc tiến đầu tư tỉnh'],
    [
      'Ban Quản lý dự án Đầu tư xây dựng tỉnh Tây Ninh làm chủ đầu tư.',
      'Ban Quản lý dự án Đầu tư xây dựng tỉnh Tây Ninh',
    ],
    ['BQL Khu kinh tế tỉnh Hà Tĩnh cấp phép 3 dự án.', 'BQL Khu kinh tế tỉnh Hà Tĩnh'],
  ])('%s', (text, span) => {
    expect(spans(text)).toContain(span);
  });

  it('stops at a function word before any level', () => {
    const found = spans('Trung tâm Y tế tiêm vắc xin cho trẻ em tỉnh này.');
    expect(found.some((s) => s.includes('tiêm'))).toBe(false);
  });

  it('expands the abbreviated head', () => {
    const [org] = recognizeOrganizations(contextOf('BQL KKT tỉnh Quảng Trị cấp phép 3 dự án.'));
    expect(org?.name).toBe('Ban Quản lý Khu kinh tế tỉnh Quảng Trị');
  });
});

describe('a name with one capitalized syllable runs on to its level or its closing capitals', () => {
  it.each([
    [
      'Ngân hàng Chính sách xã hội chi nhánh tỉnh Gia Lai giải ngân vốn vay.',
      'Ngân hàng Chính sách xã hội chi nhánh tỉnh Gia Lai',
    ],
    [
      'Công ty Cổ phần Phát triển hạ tầng KCN Long Hậu ký hợp đồng.',
      'Công ty Cổ phần Phát triển hạ tầng KCN Long Hậu',
    ],
    [
      'Công ty TNHH Xây dựng và thương mại Hải Phong trúng thầu.',
      'Công ty TNHH Xây dựng và thương mại Hải Phong',
    ],
  ])('%s', (text, span) => {
    expect(spans(text)).toContain(span);
  });

  it('leaves the sentence out when no level or capital closes the name', () => {
    expect(spans('Công ty Phát triển nhà ở đã bàn giao 300 căn hộ.')).toEqual(['Công ty Phát']);
    expect(spans('Công ty Hoàng Long hỗ trợ xã Tân Lập 200 triệu đồng.')).toEqual(['Công ty Hoàng Long']);
  });
});

describe('funds and commands named in full', () => {
  it.each([
    ['Ủy ban MTTQ xã vận động Quỹ Vì người nghèo được 1,2 tỷ đồng.', 'Quỹ Vì người nghèo'],
    ['Quỹ Đền ơn đáp nghĩa huyện trao 20 sổ tiết kiệm.', 'Quỹ Đền ơn đáp nghĩa huyện'],
    [
      'Ông là Chỉ huy trưởng Ban Chỉ huy Phòng thủ khu vực 3 - Cầu Kè.',
      'Ban Chỉ huy Phòng thủ khu vực 3 - Cầu Kè',
    ],
  ])('%s', (text, span) => {
    expect(spans(text)).toContain(span);
  });
});

describe('"Ban <field>" with a level', () => {
  it.each([
    ['Ban Dân tộc tỉnh đã rà soát danh sách.', 'Ban Dân tộc tỉnh'],
    ['Trưởng Ban Dân tộc tỉnh Lai Châu phát biểu.', 'Ban Dân tộc tỉnh Lai Châu'],
    ['Ban Dân tộc HĐND tỉnh thẩm tra báo cáo.', 'Ban Dân tộc HĐND tỉnh'],
  ])('%s', (text, span) => {
    expect(spans(text)).toContain(span);
  });

  it('reads no "Ban" with a lower-case field', () => {
    expect(spans('Ban tổ chức tỉnh đã chuẩn bị chu đáo.')).toEqual([]);
  });
});

describe('a body before a count or a plural of units is generic', () => {
  it.each([
    'Chủ tịch UBND tám huyện, thành phố ký cam kết.',
    'Đại diện UBND 8 huyện, thành phố dự họp.',
    'UBND nhiều xã chưa báo cáo.',
    'HĐND các cấp đã giám sát.',
    'UBND những xã vùng cao được hỗ trợ.',
  ])('%s', (text) => {
    expect(spans(text)).toEqual([]);
  });

  it('still reads a body before a number that is no count of units', () => {
    expect(spans('UBND huyện giao chỉ tiêu cho 8 xã.')).toContain('UBND huyện');
    expect(spans('UBND đã giao 8 xã làm điểm.')).toContain('UBND');
  });
});

describe('a list of fields inside a name', () => {
  it.each([
    [
      'Trung tâm Xúc tiến đầu tư, Thương mại và Du lịch tỉnh Ninh Bình tổ chức hội nghị.',
      'Trung tâm Xúc tiến đầu tư, Thương mại và Du lịch tỉnh Ninh Bình',
    ],
    ['Viện Khoa học, Công nghệ và Môi trường đã khảo sát.', 'Viện Khoa học, Công nghệ và Môi trường'],
    [
      'Trung tâm Văn hóa, Thể thao và Du lịch huyện Kim Sơn tham gia.',
      'Trung tâm Văn hóa, Thể thao và Du lịch huyện Kim Sơn',
    ],
    [
      'Trung tâm Xúc tiến Đầu tư, Thương mại, Du lịch và Hội chợ tỉnh đã khảo sát.',
      'Trung tâm Xúc tiến Đầu tư, Thương mại, Du lịch và Hội chợ tỉnh',
    ],
  ])('reads the fields up to the last one after "và": %s', (text, name) => {
    expect(spans(text)[0]).toBe(name);
  });

  it.each([
    [
      'Trung tâm Y tế, Hội Chữ thập đỏ và Công an huyện phối hợp.',
      ['Trung tâm Y tế', 'Hội Chữ thập đỏ', 'Công an huyện'],
    ],
    ['Trung tâm Y tế, Bệnh viện Đa khoa và Trạm Y tế xã phối hợp.', ['Trung tâm Y tế', 'Bệnh viện Đa khoa']],
    ['Trung tâm Y tế, nơi có 20 giường, và Bệnh viện tỉnh.', ['Trung tâm Y tế']],
  ])('leaves a list of bodies or a clause out: %s', (text, found) => {
    expect(spans(text).slice(0, found.length)).toEqual(found);
  });
});

describe('a board named by its purpose in lower case', () => {
  it.each([
    [
      'Sáng 15.10, Ban Chỉ đạo khắc phục hậu quả bão số 3 tỉnh Lào Cai họp.',
      'Ban Chỉ đạo khắc phục hậu quả bão số 3 tỉnh Lào Cai',
    ],
    [
      'Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh Sơn La làm chủ đầu tư.',
      'Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh Sơn La',
    ],
    [
      'Theo Ban Quản lý dự án đầu tư xây dựng công trình dân dụng và công nghiệp huyện, gói thầu chậm.',
      'Ban Quản lý dự án đầu tư xây dựng công trình dân dụng và công nghiệp huyện',
    ],
    [
      'Ban Chỉ đạo thực hiện Chương trình mục tiêu quốc gia tỉnh họp.',
      'Ban Chỉ đạo thực hiện Chương trình mục tiêu quốc gia tỉnh',
    ],
  ])('%s', (text, name) => {
    expect(spans(text)[0]).toBe(name);
  });

  it.each([
    'Ban Chỉ đạo yêu cầu các huyện khẩn trương hoàn thành.',
    'Ban Chỉ đạo yêu cầu huyện Mường Tè báo cáo.',
    'Ban Quản lý dự án đã bàn giao mặt bằng cho xã Tà Tổng.',
  ])('reads no purpose over the sentence: %s', (text) => {
    expect(spans(text)).toEqual([]);
  });
});

describe('a number after the level of a name', () => {
  it('belongs to the sentence', () => {
    expect(spans('Hội Nông dân phối hợp Trung tâm Khuyến nông tỉnh cấp 25 tấn giống.')).toContain(
      'Trung tâm Khuyến nông tỉnh',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { recognizeOrganizations } from '../organization.js';
import { contextOf } from '../tokens/test-context.js';

const types = (text: string) => recognizeOrganizations(contextOf(text)).map((o) => [o.evidence.text, o.type]);

describe('types a full name settles', () => {
  it.each([
    [
      'Phòng Cảnh sát giao thông Công an tỉnh xử lý 200 trường hợp.',
      'Phòng Cảnh sát giao thông Công an tỉnh',
      'police',
    ],
    ['Đơn vị của Bộ Tư lệnh Cảnh sát cơ động diễn tập.', 'Bộ Tư lệnh Cảnh sát cơ động', 'police'],
    ['Trạm Y tế xã Ea Tiêu tiêm vắc xin.', 'Trạm Y tế xã Ea Tiêu', 'other'],
    ['Trung tâm Y tế huyện Sơn Hòa tiếp nhận bệnh nhân.', 'Trung tâm Y tế huyện Sơn Hòa', 'other'],
    ['Trung tâm Điện lực Vĩnh Tân phát điện.', 'Trung tâm Điện lực Vĩnh Tân', 'company'],
    ['Quỹ Đầu tư phát triển tỉnh Quảng Nam giải ngân.', 'Quỹ Đầu tư phát triển tỉnh Quảng Nam', 'other'],
    [
      'Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh họp.',
      'Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh',
      'agency',
    ],
    [
      'Ban Chỉ huy Phòng thủ dân sự tỉnh Yên Bái báo cáo.',
      'Ban Chỉ huy Phòng thủ dân sự tỉnh Yên Bái',
      'agency',
    ],
    ['Ban Dân tộc tỉnh khảo sát.', 'Ban Dân tộc tỉnh', 'agency'],
    ['Văn phòng Tỉnh ủy tổ chức hội nghị.', 'Văn phòng Tỉnh ủy', 'party'],
    ['Trường Quân sự tỉnh khai giảng khóa học.', 'Trường Quân sự tỉnh', 'military'],
    ['Bệnh viện Quân đội 175 ghép thận thành công.', 'Bệnh viện Quân đội 175', 'military'],
    ['Ban Chấp hành Tỉnh đoàn khóa mới ra mắt.', 'Ban Chấp hành Tỉnh đoàn', 'other'],
    ['Bộ Quốc phòng và Bộ Công an phối hợp.', 'Bộ Quốc phòng', 'government'],
  ])('%s', (text, span, type) => {
    expect(types(text)).toContainEqual([span, type]);
  });

  it('leaves a head that says enough as it is', () => {
    expect(types('Ban Dân tộc HĐND tỉnh và Ban Chỉ huy Quân sự huyện khảo sát.')).toEqual([
      ['Ban Dân tộc HĐND tỉnh', 'council'],
      ['Ban Chỉ huy Quân sự huyện', 'military'],
    ]);
  });
});

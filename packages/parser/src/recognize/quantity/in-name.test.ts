import { describe, expect, it } from 'vitest';
import { recognizeQuantities } from '../quantity.js';
import { contextOf } from '../tokens/test-context.js';

const spans = (text: string) => recognizeQuantities(contextOf(text)).map((q) => q.evidence.text);

describe('numbers inside names are not quantities', () => {
  it.each([
    'Khi nhà máy điện Sông Lam 2 công suất lớn đi vào vận hành, tỉnh có thêm nguồn thu.',
    'Tuyến xe buýt nối cầu Mỹ Lợi 3 khởi công trong tháng.',
    'Tỉnh triển khai Đề án phát triển 500 nghìn ha rừng gỗ lớn đến năm 2030.',
    'Huyện tham gia Chương trình phủ xanh 200 ha đất trống đồi núi trọc.',
    'Xã hưởng ứng Cuộc vận động xây dựng 100 mô hình dân vận khéo.',
    // The number right after the title word is the name's too.
    'Tỉnh mở rộng vùng lúa theo Đề án 1 triệu ha trong năm nay.',
    'Huyện triển khai Kế hoạch 100 ngày đêm cao điểm.',
  ])('%s', (text) => {
    expect(spans(text)).toEqual([]);
  });
});

describe('numbers beside names and titles that still are quantities', () => {
  it.each([
    ['Đồng Nai có thêm 20 dự án FDI.', ['20 dự án FDI']],
    ['Năm nay Bình Dương 15 dự án đã khởi công.', ['15 dự án']],
    ['Có 5 giải pháp được đề ra.', ['5 giải pháp']],
    ['Dự án làm mới 12 tuyến đường đã hoàn thành.', ['12 tuyến đường']],
    ['Tỉnh triển khai Dự án với tổng vốn 500 tỷ đồng.', ['500 tỷ đồng']],
    ['Huyện thực hiện Chương trình hỗ trợ 200 hộ nghèo.', ['200 hộ nghèo']],
    ['Tỉnh phê duyệt Đề án, bố trí 1.000 ha đất sạch.', ['1.000 ha']],
    ['Theo Kế hoạch, năm nay trồng 3 triệu cây xanh.', ['3 triệu cây xanh']],
    ['Dự án 2 ha được khởi công, Dự án có 3 hạng mục.', ['2 ha', '3 hạng mục']],
    // The field a body is named for is no plan's title.
    ['Sở Kế hoạch và Đầu tư cấp mới 19 dự án FDI.', ['19 dự án FDI']],
    ['Phòng Kế hoạch - Tài chính huyện phân bổ 5 tỷ đồng.', ['5 tỷ đồng']],
  ])('%s', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });
});

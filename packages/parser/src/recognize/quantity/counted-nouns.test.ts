import { describe, expect, it } from 'vitest';
import { recognizeQuantities } from '../quantity.js';
import { contextOf } from '../tokens/test-context.js';

const found = (text: string) =>
  recognizeQuantities(contextOf(text)).map((q) => ({ text: q.evidence.text, value: q.value, unit: q.unit }));

// Counted nouns of provincial news (data/units.json): the whole compound is the unit,
// in digits and in words, and a modifier after it belongs to the span.
describe('counted nouns of the unit lexicon', () => {
  it.each([
    ['Tỉnh có ba mặt hàng xuất khẩu chủ lực.', 'ba mặt hàng xuất khẩu chủ lực', 3, 'mặt hàng'],
    ['Có 17 chủ đầu tư giải ngân dưới 20%.', '17 chủ đầu tư', 17, 'chủ đầu tư'],
    ['Còn mười lăm chủ đầu tư chậm tiến độ.', 'mười lăm chủ đầu tư', 15, 'chủ đầu tư'],
    ['Huyện xây dựng 14 cánh đồng lớn trồng lúa.', '14 cánh đồng lớn', 14, 'cánh đồng'],
    ['Đã đấu thầu 9 gói thầu xây lắp.', '9 gói thầu', 9, 'gói thầu'],
    ['Toàn tỉnh có 1.250 trang trại chăn nuôi.', '1.250 trang trại', 1250, 'trang trại'],
    ['Có 62 sản phẩm OCOP được công nhận.', '62 sản phẩm OCOP', 62, 'sản phẩm'],
    ['Thành lập mới bốn hợp tác xã nông nghiệp.', 'bốn hợp tác xã nông nghiệp', 4, 'hợp tác xã'],
    ['Ngành y tế có 320 y bác sĩ tuyến huyện.', '320 y bác sĩ', 320, 'y bác sĩ'],
    ['Kết nạp 1.120 đảng viên mới.', '1.120 đảng viên', 1120, 'đảng viên'],
    ['Sáp nhập 45 tổ dân phố thành 20.', '45 tổ dân phố', 45, 'tổ dân phố'],
    ['Sắp xếp hai đơn vị hành chính cấp xã.', 'hai đơn vị hành chính', 2, 'đơn vị hành chính'],
    ['Đón 12.000 lượt khám chữa bệnh mỗi tháng.', '12.000 lượt khám chữa bệnh', 12000, 'lượt khám chữa bệnh'],
    ['Bố trí 35 nền tái định cư cho hộ dân.', '35 nền tái định cư', 35, 'nền tái định cư'],
    ['Nhà máy lắp thêm hai dây chuyền SMT.', 'hai dây chuyền', 2, 'dây chuyền'],
    ['Thời gian qua, khoảng hai mươi lò đã bị tháo dỡ.', 'khoảng hai mươi lò', 20, 'lò'],
    ['Tỉnh có hai cảng cá loại II.', 'hai cảng cá', 2, 'cảng cá'],
    ['Gia đình ba đời giữ nghề làm muối.', 'ba đời', 3, 'đời'],
    ['Căn nhà trình tường hai tầng nằm sát phố cổ.', 'hai tầng', 2, 'tầng'],
    ['Tòa nhà có 2 tầng hầm để xe.', '2 tầng hầm', 2, 'tầng hầm'],
    ['Hai thế hệ cùng bám ghe ở chợ nổi.', 'Hai thế hệ', 2, 'thế hệ'],
    ['Sân bay đón 19 hãng hàng không nước ngoài.', '19 hãng hàng không nước ngoài', 19, 'hãng hàng không'],
    ['Xã mua thêm 25 máy phun thuốc muỗi.', '25 máy phun', 25, 'máy phun'],
    ['Công an xã cùng 30 dân quân trực chốt.', '30 dân quân', 30, 'dân quân'],
    ['Ngày hội thu được 860 đơn vị máu an toàn.', '860 đơn vị máu', 860, 'đơn vị máu'],
    // "cây" is a classifier: "93 cây cầu" counts bridges, as "46 cầu dân sinh" does.
    ['Đoàn viên góp công xây 12 cây cầu nông thôn.', '12 cây cầu nông thôn', 12, 'cầu'],
    ['Thanh niên trồng hơn 8.000 cây xanh.', 'hơn 8.000 cây xanh', 8000, 'cây xanh'],
    ['Dự án gồm 4 khối nhà cao 15 tầng.', '4 khối nhà', 4, 'khối nhà'],
    ['Ngành điện lắp 23 máy biến áp mới.', '23 máy biến áp', 23, 'máy biến áp'],
    ['Nhà thầu huy động khoảng 210 máy móc, thiết bị.', 'khoảng 210 máy móc, thiết bị', 210, 'máy móc'],
    ['Đã thi công 26/31 cống hộp trên tuyến.', '26/31 cống hộp', 26, 'cống hộp'],
    ['Hội chợ thu hút 27 nhà phân phối lớn.', '27 nhà phân phối lớn', 27, 'nhà phân phối'],
    ['Công an lập hai tổ tuần tra cơ động.', 'hai tổ tuần tra', 2, 'tổ tuần tra'],
    ['Hội chợ có ba phiên giao dịch.', 'ba phiên', 3, 'phiên'],
    ['Trung tâm mở 412 lớp nghề cho lao động nông thôn.', '412 lớp nghề', 412, 'lớp nghề'],
    ['Mỗi ngày chị dệt 8 - 10 tấm khăn.', '8 - 10 tấm khăn', 8, 'khăn'],
    ['Công ty xây ba kho lạnh mới.', 'ba kho lạnh', 3, 'kho lạnh'],
    ['Cơ sở bán 450 hộp bánh dịp Tết.', '450 hộp', 450, 'hộp'],
    ['Đơn vị dán 2.300 tem truy xuất nguồn gốc.', '2.300 tem', 2300, 'tem'],
    ['Lễ hội quy tụ 35 nghệ sĩ nhân dân.', '35 nghệ sĩ', 35, 'nghệ sĩ'],
    ['Quân khu điều 3 trực thăng tiếp tế.', '3 trực thăng', 3, 'trực thăng'],
    ['Tỉnh bố trí 37 điểm tái định cư tập trung.', '37 điểm tái định cư', 37, 'điểm tái định cư'],
    ['Bệnh viện có 10 phòng mổ hiện đại.', '10 phòng mổ', 10, 'phòng mổ'],
    ['Mưa lũ làm sạt ba đoạn đường.', 'ba đoạn', 3, 'đoạn'],
    ['Huyện xây thêm ba bãi đỗ xe miễn phí.', 'ba bãi đỗ xe', 3, 'bãi đỗ xe'],
    ['Trường có 96 phòng ở bán trú cho học sinh.', '96 phòng ở', 96, 'phòng ở'],
    // A school's kind after "trường" is a modifier, as the corpus counts "trường THPT".
    ['Xã có 3 trường tiểu học đạt chuẩn.', '3 trường tiểu học', 3, 'trường'],
    ['Nhà máy vận hành ba lò đốt công suất lớn.', 'ba lò đốt', 3, 'lò đốt'],
    ['Quy hoạch 6 khu xử lý chất thải rắn.', '6 khu xử lý', 6, 'khu xử lý'],
    ['Từ đầu năm, tỉnh chịu ảnh hưởng của ba cơn bão.', 'ba cơn bão', 3, 'bão'],
    ['Đã cấp 412 giấy xác nhận nguồn gốc thủy sản.', '412 giấy xác nhận', 412, 'giấy xác nhận'],
    ['Phường mới có 42 khu phố.', '42 khu phố', 42, 'khu phố'],
    ['Tỉnh điều 16 xe bồn chở nước ngọt.', '16 xe bồn', 16, 'xe bồn'],
    ['Mỗi ngày có 35 - 40 xe hàng qua cửa khẩu.', '35 - 40 xe hàng', 35, 'xe hàng'],
    ['Thành phố hỗ trợ hai đợt cho người lao động.', 'hai đợt', 2, 'đợt'],
    ['Tổ chức cho trên 2.400 lượt cán bộ tham gia tập huấn.', 'trên 2.400 lượt cán bộ', 2400, 'lượt cán bộ'],
    ['Ngân hàng giải ngân cho hơn 9,2 ngàn lượt hộ vay vốn.', 'hơn 9,2 ngàn lượt hộ', 9200, 'lượt hộ'],
    ['Mỗi ngày có 300 lượt thông quan.', '300 lượt', 300, 'lượt'],
    ['Thành phố có ba điểm đến mới.', 'ba điểm đến', 3, 'điểm đến'],
    ['Huyện bố trí 6 khu tại các xã vùng cao.', '6 khu', 6, 'khu'],
    ['Đã giải quyết 1.032 đơn đủ điều kiện.', '1.032 đơn', 1032, 'đơn'],
    ['Kiểm tra 12 tổ chức đảng và 19 đảng viên.', '12 tổ chức đảng', 12, 'tổ chức đảng'],
    ['Kết luận 15 đảng viên có vi phạm.', '15 đảng viên', 15, 'đảng viên'],
    ['Tỉnh đã thi hành kỷ luật 47 đảng viên.', '47 đảng viên', 47, 'đảng viên'],
    ['Lũ làm ngập 4.500 nhà ở phường Đức Ninh.', '4.500 nhà', 4500, 'nhà'],
    ['Tỉnh xây 1.200 nhà ở cho người thu nhập thấp.', '1.200 nhà ở', 1200, 'nhà ở'],
    ['Lũ cuốn trôi khoảng 386.000 con vật nuôi.', 'khoảng 386.000 con vật nuôi', 386_000, 'vật nuôi'],
    ['Có 320 lượt xuồng máy tham gia cứu hộ.', '320 lượt xuồng máy', 320, 'lượt xuồng máy'],
    ['Lô 12 tấn xoài đầu tiên đã sang Úc.', '12 tấn', 12, 'tấn'],
    ['Công an thu giữ 14 khẩu súng tự chế.', '14 khẩu súng', 14, 'súng'],
    ['Tỉnh trao 500 bộ bàn ghế cho các trường.', '500 bộ bàn ghế', 500, 'bàn ghế'],
    ['Huyện có 6 khu dân cư mới.', '6 khu dân cư', 6, 'khu dân cư'],
    // Cases, pills and blocks counted by their counter, as the hand-checked seeds count them.
    ['Xảy ra 38 vụ tai nạn giao thông.', '38 vụ', 38, 'vụ'],
    ['Thu 1.850 viên ma túy tổng hợp.', '1.850 viên', 1850, 'viên'],
    ['Tỉnh có 15 đơn vị bầu cử và 712 khu vực bỏ phiếu.', '15 đơn vị bầu cử', 15, 'đơn vị bầu cử'],
    ['Có 81 người ứng cử đại biểu HĐND tỉnh.', '81 người ứng cử', 81, 'người ứng cử'],
    ['Có 1.250 tàu cá công suất 90 CV.', '1.250 tàu cá', 1250, 'tàu cá'],
    // "suất" counts portions, as "căn" counts houses: the gift is the unit.
    ['Tỉnh trao 12.500 suất quà cho hộ nghèo.', '12.500 suất quà', 12500, 'quà'],
    ['Có 8 nhà thầu bị nhắc nhở.', '8 nhà thầu', 8, 'nhà thầu'],
  ])('%s', (text, span, value, unit) => {
    expect(found(text)).toContainEqual({ text: span, value, unit });
  });

  it('reads no number in words before a noun that counts nothing', () => {
    expect(found('Hai mặt của vấn đề cần được nhìn nhận.')).toEqual([]);
    expect(found('Ba mẹ em đều làm ruộng.')).toEqual([]);
    // "đời sống" is life, no generation counted.
    expect(found('Năm đời sống người dân được nâng lên.')).toEqual([]);
    // "tầng lớp" is a social stratum, no floor counted.
    expect(found('Hai tầng lớp nhân dân cùng góp sức.')).toEqual([]);
  });
});

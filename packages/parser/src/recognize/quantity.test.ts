import type { Paragraph } from '@dukien/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldForMatch } from '../text/fold.js';
import type { RecognizeContext } from './context.js';
import { recognizeQuantities } from './quantity.js';

function context(text: string, byline?: string): RecognizeContext {
  const full = byline ? `${text}\n\n${byline}` : text;
  const paragraphs: Paragraph[] = [{ start: 0, end: text.length, role: 'body' }];
  if (byline) paragraphs.push({ start: text.length + 2, end: full.length, role: 'byline' });
  return { text: full, folded: foldForMatch(full), date: '2024-06', paragraphs };
}

const found = (text: string) => recognizeQuantities(context(text));
const spans = (text: string) => found(text).map((q) => q.evidence.text);
const only = (text: string) => {
  const all = found(text);
  expect(all.map((q) => q.evidence.text)).toHaveLength(1);
  return all[0];
};

describe('recognizeQuantities: numbers, scales and units', () => {
  it.each([
    ['Huyện trồng được hơn một nghìn hai trăm ha sâm.', 'hơn một nghìn hai trăm ha', 1200, 'ha'],
    ['Xã có một nghìn hai trăm năm mươi hộ dân.', 'một nghìn hai trăm năm mươi hộ dân', 1250, 'hộ dân'],
    ['Mỗi suất hỗ trợ hai triệu ba trăm nghìn đồng.', 'hai triệu ba trăm nghìn đồng', 2300000, 'VND'],
    ['Mức hỗ trợ 3 triệu 500 nghìn đồng mỗi tháng.', '3 triệu 500 nghìn đồng', 3500000, 'VND'],
    ['Tổng kinh phí 1 tỷ 200 triệu đồng.', '1 tỷ 200 triệu đồng', 1200000000, 'VND'],
    ['Lễ hội đón khoảng hai nghìn rưỡi người.', 'khoảng hai nghìn rưỡi người', 2500, 'người'],
    ['Giá mỗi cây giống 2 triệu rưỡi đồng.', '2 triệu rưỡi đồng', 2500000, 'VND'],
    ['Toàn xã có hai nghìn không trăm hai mươi hộ.', 'hai nghìn không trăm hai mươi hộ', 2020, 'hộ'],
    ['Thôn có một nghìn lẻ năm hộ.', 'một nghìn lẻ năm hộ', 1005, 'hộ'],
  ])('reads the part a number goes on with after its scale: %s', (text, span, value, unit) => {
    const q = only(text);
    expect([q?.evidence.text, q?.value, q?.unit]).toEqual([span, value, unit]);
  });

  it('goes on after a scale only with what may follow it', () => {
    // A thousand years; digits after a comma, or with no scale word of their own, are a number apart.
    expect(spans('Làng có một nghìn năm lịch sử.')).toEqual([]);
    // Hundreds of years: a scale word no number reached leaves "năm" the year, no five.
    expect(spans('Vườn có những cây chè hàng trăm năm tuổi; cây đa hàng chục năm tuổi.')).toEqual([]);
    expect(spans('Đình làng có hàng nghìn năm lịch sử, cháu bé năm tuổi.')).toEqual(['năm tuổi']);
    expect(spans('Tỉnh hỗ trợ 2 triệu, 500 hộ được nhận.')).toEqual(['2 triệu', '500 hộ']);
    expect(found('Đã giải ngân 2 triệu 500 hộ.').map((q) => q.value)).not.toContain(2000500);
    // A part as big as the scale is another number.
    expect(found('Có hai nghìn ba nghìn hộ.').map((q) => q.value)).not.toContain(5000);
  });

  it.each([
    ['Tổng vốn đăng ký đạt 2.450 triệu USD.', '2.450 triệu USD', 2450000000, 'USD'],
    ['Kinh phí xây dựng là 35,7 tỷ đồng.', '35,7 tỷ đồng', 35700000000, 'VND'],
    ['Mỗi suất quà trị giá 500.000 đồng.', '500.000 đồng', 500000, 'VND'],
    ['Doanh thu đạt 12.345,6 triệu VNĐ', '12.345,6 triệu VNĐ', 12345600000, 'VND'],
    ['Tổng mức đầu tư 1,2 nghìn tỷ đồng.', '1,2 nghìn tỷ đồng', 1200000000000, 'VND'],
    ['Kim ngạch xuất khẩu đạt 3,5 tỷ đô la Mỹ.', '3,5 tỷ đô la Mỹ', 3500000000, 'USD'],
    ['Dự án được tài trợ 20 triệu euro.', '20 triệu euro', 20000000, 'EUR'],
    ['Diện tích lúa đạt 12.500 ha.', '12.500 ha', 12500, 'ha'],
    ['Khu đô thị rộng 150 hécta.', '150 hécta', 150, 'ha'],
    // "sào", the old measure of land, is a measure: what the land bears is no part of the unit.
    ['Ông chuyển 6 sào trồng ngô sang trồng nhãn.', '6 sào', 6, 'sào'],
    ['Nhà xưởng có diện tích 8.000 m2.', '8.000 m2', 8000, 'm2'],
    ['Huyện có diện tích 320 km².', '320 km²', 320, 'km2'],
    ['Tuyến đường dài 24,5 km.', '24,5 km', 24.5, 'km'],
    ['Sản lượng cà phê đạt 560 nghìn tấn.', '560 nghìn tấn', 560000, 'tấn'],
    ['Mỗi ngày xử lý 300 m3 nước thải.', '300 m3', 300, 'm3'],
    ['Tỷ lệ hộ nghèo còn 2,1%.', '2,1%', 2.1, '%'],
    ['Chỉ số PCI đạt 68,5 điểm.', '68,5 điểm', 68.5, 'điểm'],
    ['GRDP cao hơn cùng kỳ 0,9 điểm phần trăm.', '0,9 điểm phần trăm', 0.9, 'pp'],
    ['Trong tổng số 120 hộ được hỗ trợ, phần lớn đã có nhà.', '120 hộ', 120, 'hộ'],
    ['Tỉnh có quy mô dân số 3,2 triệu người.', '3,2 triệu người', 3_200_000, 'người'],
    ['Trong số 7 dự án, phần lớn đã khởi công.', '7 dự án', 7, 'dự án'],
    ['Thành phố đấu giá 286 ô đất ở.', '286 ô đất', 286, 'ô đất'],
    ['Tăng trưởng kinh tế (kế hoạch 9,5%) chưa đạt.', '9,5%', 9.5, '%'],
    ['Nhà máy lắp thêm 2 tổ máy.', '2 tổ máy', 2, 'tổ máy'],
    ['Tỉnh có hai đặc khu trên biển.', 'hai đặc khu', 2, 'đặc khu'],
    ['Lễ hội có 52 ghe ngo tranh tài.', '52 ghe ngo', 52, 'ghe ngo'],
    ['Huyện bố trí 5 khu đất sạch.', '5 khu đất', 5, 'khu đất'],
    ['Xã có sáu dân tộc cùng sinh sống.', 'sáu dân tộc', 6, 'dân tộc'],
    ['Huyện tổ chức ba cuộc đối thoại với dân.', 'ba cuộc đối thoại', 3, 'cuộc đối thoại'],
    ['Tăng trưởng cao hơn 0,8 điểm phần trăm so với năm trước.', '0,8 điểm phần trăm', 0.8, 'pp'],
    ['Tỉnh thu hút 47 dự án, với tổng vốn lớn.', '47 dự án', 47, 'dự án'],
    ['Có 12 doanh nghiệp tham gia hội chợ.', '12 doanh nghiệp', 12, 'doanh nghiệp'],
    ['Hội nghị có 350 đại biểu dự.', '350 đại biểu', 350, 'đại biểu'],
    ['Toàn tỉnh đón 2,3 triệu lượt khách.', '2,3 triệu lượt khách', 2300000, 'lượt khách'],
    ['Đã hỗ trợ 1.300 căn nhà ở cho hộ nghèo.', '1.300 căn nhà ở', 1300, 'nhà ở'],
    ['Tỉnh xác định 4 nhiệm vụ trọng tâm.', '4 nhiệm vụ trọng tâm', 4, 'nhiệm vụ'],
    ['Đã cấp mới 15 dự án FDI trong quý.', '15 dự án FDI', 15, 'dự án'],
    ['Tỉnh có 3 cửa khẩu quốc tế và nhiều lối mở.', '3 cửa khẩu quốc tế', 3, 'cửa khẩu'],
    ['Chương trình đã trao 120 suất học bổng.', '120 suất học bổng', 120, 'học bổng'],
    ['Đơn vị đề xuất 6 giải pháp đồng bộ.', '6 giải pháp', 6, 'giải pháp'],
  ])('%s', (text, span, value, unit) => {
    const q = only(text);
    expect(q?.evidence.text).toBe(span);
    expect(q?.value).toBe(value);
    expect(q?.unit).toBe(unit);
  });

  it('gives a bare number a null unit', () => {
    expect(only('Chỉ số hài lòng đạt 82,4 trên thang đo.')).toMatchObject({ value: 82.4, unit: null });
  });

  it('reads a bare "tỷ"/"triệu" after a money word as VND, and not elsewhere', () => {
    expect(only('Tổng kinh phí thực hiện là 993 tỷ.')).toMatchObject({
      evidence: { text: '993 tỷ' },
      unit: 'VND',
      value: 993e9,
    });
    expect(only('Doanh thu ước 42 triệu mỗi tháng.')).toMatchObject({
      unit: 'VND',
      value: 42e6,
      approx: 'about',
    });
    expect(only('Dân số toàn tỉnh khoảng 1,6 triệu.')).toMatchObject({ unit: null, value: 1.6e6 });
  });

  it('counts the animal after the classifier "con", and the kind of animal a second word names', () => {
    expect(
      found('Huyện tiêu hủy 9.684 con lợn, trong đó 1.150 con lợn thịt; mỗi hộ nuôi 5 con gà.').map((q) => [
        q.evidence.text,
        q.unit,
      ]),
    ).toEqual([
      ['9.684 con lợn', 'lợn'],
      ['1.150 con lợn thịt', 'lợn thịt'],
      ['5 con gà', 'gà'],
    ]);
  });

  it('keeps classifier-free units lower-cased as written, old tone placement included', () => {
    expect(only('Xây mới 30 Nhà văn hoá thôn.')).toMatchObject({ unit: 'nhà văn hoá' });
  });
});

describe('recognizeQuantities: qualifiers and change', () => {
  it.each([
    ['Thu hút hơn 318 tỷ đồng vốn.', 'hơn 318 tỷ đồng', 'over'],
    ['Huy động trên 450 tỷ đồng.', 'trên 450 tỷ đồng', 'over'],
    ['Kế hoạch vượt 5% so với dự kiến ban đầu.', 'vượt 5%', 'over'],
    ['Có dưới 3% hộ chưa có điện.', 'dưới 3%', 'under'],
    ['Số hộ nghèo chưa đến 200 hộ.', 'chưa đến 200 hộ', 'under'],
    ['Xây được gần 4.200 nhà ở kiên cố.', 'gần 4.200 nhà ở', 'nearly'],
    ['Tốc độ tăng trưởng ước đạt 7,5%.', 'ước đạt 7,5%', 'about'],
    ['Năng suất ước tính 60 tạ trên mỗi sào.', 'ước tính 60 tạ', 'about'],
    ['Dự kiến 40 xã về đích nông thôn mới.', 'Dự kiến 40 xã', 'about'],
    ['Sử dụng khoảng 4.000 lao động địa phương.', 'khoảng 4.000 lao động', 'about'],
    ['Giá trị xấp xỉ 1,2 tỷ USD.', 'xấp xỉ 1,2 tỷ USD', 'about'],
    ['Tuyển chừng 50 người.', 'chừng 50 người', 'about'],
  ])('%s', (text, span, approx) => {
    expect(only(text)).toMatchObject({ evidence: { text: span }, approx });
  });

  it('does not read "cao hơn" and "đạt và vượt" as qualifiers', () => {
    expect(only('Mức tăng cao hơn 1,3 điểm phần trăm.')).toMatchObject({
      evidence: { text: '1,3 điểm phần trăm' },
      approx: 'exact',
      change: 'increase',
    });
    expect(only('Tỉnh đạt và vượt 15/21 chỉ tiêu chủ yếu.')).toMatchObject({
      evidence: { text: '15/21 chỉ tiêu' },
      approx: 'exact',
      ratio: [15, 21],
      value: 15,
    });
  });

  it.each([
    ['Xuất khẩu tăng 12,4% so với cùng kỳ.', '12,4%', 'increase'],
    ['Số ca mắc giảm 30 ca.', '30 ca', 'decrease'],
    ['Thu ngân sách tăng hơn 5%.', 'hơn 5%', 'increase'],
    ['Tỷ lệ hộ nghèo giảm còn 2,35%.', '2,35%', null],
    ['Doanh thu tăng lên 20 tỷ đồng.', '20 tỷ đồng', null],
  ])('%s: the verb stays outside, change is set', (text, span, change) => {
    expect(only(text)).toMatchObject({ evidence: { text: span }, change });
  });

  it.each([
    ['Số hộ được hỗ trợ nhiều hơn cùng kỳ năm trước 12 hộ.', '12 hộ', 'increase'],
    ['Giá bán cao hơn năm trước khoảng 4.000 đồng/kg.', 'khoảng 4.000 đồng/kg', 'increase'],
    ['Số dự án ít hơn cùng kỳ 11 dự án.', '11 dự án', 'decrease'],
    ['Năng suất thấp hơn so với năm 2023 0,4 tấn/ha.', '0,4 tấn/ha', 'decrease'],
    ['Hội thi có nhiều hơn 40 đội.', '40 đội', 'increase'],
    ['Nhà máy cao hơn hẳn 20 m.', '20 m', null],
  ])('%s: the time compared with may stand between the comparative and the change', (text, span, change) => {
    expect(only(text)).toMatchObject({ evidence: { text: span }, change });
  });
});

describe('recognizeQuantities: ranges, rates, ratios, multiples', () => {
  it('reads no range down "tới" a smaller number: a label, then by how much', () => {
    expect(only('Lũ sông Kiến Giang vượt báo động 3 tới 0,86 m.')).toMatchObject({
      evidence: { text: '0,86 m' },
      value: 0.86,
      valueMax: null,
    });
    expect(only('Giá bán từ 30 tới 45 nghìn đồng/kg.')).toMatchObject({ value: 30_000, valueMax: 45_000 });
  });

  it('reads ranges with a dash or "đến", the scale of the upper end applying to both', () => {
    expect(only('Phấn đấu tăng trưởng 8,5 - 9% trong năm.')).toMatchObject({
      evidence: { text: '8,5 - 9%' },
      value: 8.5,
      valueMax: 9,
      unit: '%',
    });
    expect(only('Thu nhập từ 86 đến 88 triệu đồng mỗi năm.')).toMatchObject({
      evidence: { text: 'từ 86 đến 88 triệu đồng' },
      value: 86e6,
      valueMax: 88e6,
      unit: 'VND',
    });
    expect(only('Mỗi làng cách trung tâm từ 8-12 km.')).toMatchObject({ value: 8, valueMax: 12, unit: 'km' });
  });

  it('reads a low end written in full before a scaled high end as it stands', () => {
    expect(only('Chè bán với giá 600.000 - 1,2 triệu đồng/kg.')).toMatchObject({
      evidence: { text: '600.000 - 1,2 triệu đồng/kg' },
      value: 600_000,
      valueMax: 1_200_000,
      unit: 'VND',
      per: 'kg',
    });
    expect(only('Mỗi hộ lãi 900 - 1.200 triệu đồng.')).toMatchObject({ value: 900e6, valueMax: 1200e6 });
  });

  it('reads rates', () => {
    expect(only('Giá thuê đất 80 USD/m2/chu kỳ.')).toMatchObject({
      evidence: { text: '80 USD/m2/chu kỳ' },
      per: 'm2/chu kỳ',
    });
    expect(only('Lương bình quân 8 triệu đồng/lao động/tháng.')).toMatchObject({
      evidence: { text: '8 triệu đồng/lao động/tháng' },
      per: 'lao động/tháng',
    });
    expect(only('Thu nhập bình quân đạt 65 triệu đồng/người/năm.')).toMatchObject({
      evidence: { text: '65 triệu đồng/người/năm' },
      value: 65e6,
      unit: 'VND',
      per: 'người/năm',
    });
    expect(only('Giá lúa 7.500 đồng/kg.')).toMatchObject({ unit: 'VND', per: 'kg', value: 7500 });
  });

  it('reads ratios of a part and a whole', () => {
    expect(only('Đã có 9/12 huyện đạt chuẩn.')).toMatchObject({
      evidence: { text: '9/12 huyện' },
      value: 9,
      ratio: [9, 12],
      unit: 'huyện',
    });
    expect(only('Thực hiện tại 45/102 xã, phường trong tỉnh.')).toMatchObject({
      evidence: { text: '45/102 xã, phường' },
      unit: 'xã',
    });
    // "khối lượng" is the amount of work, not "khối" (cubic metres) of something.
    expect(only('Đã hoàn thành khoảng 2/3 khối lượng công trình.')).toMatchObject({
      evidence: { text: 'khoảng 2/3 khối lượng' },
      unit: 'khối lượng',
      ratio: [2, 3],
    });
    expect(only('Đã khai thác 500 khối gỗ.')).toMatchObject({ unit: 'm3', value: 500 });
    // A group of a counted noun is counted as one noun, in words too.
    expect(only('Tỉnh đề ra ba nhóm giải pháp.')).toMatchObject({ unit: 'nhóm giải pháp', value: 3 });
    expect(spans('Huyện lập 5 tổ kiểm tra và 3 điểm sơ chế.')).toEqual(['5 tổ kiểm tra', '3 điểm sơ chế']);
    // "kíp" is a shift of workers; the Lao currency is "kíp Lào".
    expect(spans('Nhà máy chạy 3 ca, 4 kíp; hàng trị giá 500 triệu kíp Lào.')).toEqual([
      '3 ca',
      '4 kíp',
      '500 triệu kíp Lào',
    ]);
    expect(found('Hàng trị giá 500 triệu kíp Lào.')[0]).toMatchObject({ unit: 'LAK', value: 500_000_000 });
  });

  it('joins a second noun to the count only when it is of the same kind', () => {
    expect(found('Thành phố có 2 triệu dân, huyện có 120.000 dân.').map((q) => q.evidence.text)).toEqual([
      '2 triệu dân',
      '120.000 dân',
    ]);
    expect(only('Có 13 huyện, thị xã, thành phố tham gia.')).toMatchObject({
      evidence: { text: '13 huyện, thị xã, thành phố' },
    });
    expect(only('Có 300 cán bộ, chiến sĩ tham gia.')).toMatchObject({
      evidence: { text: '300 cán bộ, chiến sĩ' },
    });
  });

  it('reads a fraction in words as a share, with no noun counted', () => {
    expect(only('Hai phần ba số phòng đã được đặt.')).toMatchObject({
      evidence: { text: 'Hai phần ba' },
      value: 0.6667,
      unit: null,
    });
    expect(only('Có hơn một phần ba doanh nghiệp tham gia.')).toMatchObject({
      evidence: { text: 'hơn một phần ba' },
      value: 0.3333,
      approx: 'over',
      unit: null,
    });
  });

  it('counts no "tổng" (the whole of something), but does count "tổng công ty"', () => {
    expect(found('Chiếm khoảng 1/3 tổng vốn đầu tư.').map((q) => q.unit)).not.toContain('tổng vốn');
    expect(only('Tỉnh có 3 tổng công ty nhà nước.')).toMatchObject({ unit: 'tổng công ty' });
  });

  it('counts what "điều" dispatches, but not an article "Điều 5" numbers', () => {
    expect(only('Bộ đội Biên phòng điều 650 cán bộ, chiến sĩ về các huyện.')).toMatchObject({
      value: 650,
      unit: 'cán bộ',
    });
    expect(found('Theo Điều 5 Luật Đất đai, tỉnh thực hiện.')).toEqual([]);
    // A capitalized word after the number names the code, though "bộ" alone counts sets.
    expect(found('Hồ sơ được chuyển xử lý theo Điều 216 Bộ luật Hình sự.')).toEqual([]);
  });

  it('reads a range of rates joined by a dash, the second rate covering both', () => {
    expect(only('Lãi suất 5% - 6%/năm.')).toMatchObject({
      evidence: { text: '5% - 6%/năm' },
      value: 5,
      valueMax: 6,
      per: 'năm',
    });
    expect(found('GRDP tăng 7%, thu ngân sách tăng 12%.').map((q) => q.valueMax)).toEqual([null, null]);
  });

  it('reads "đô" as dollars and negative growth as a fall', () => {
    expect(only('Doanh thu đạt 5 triệu đô.')).toMatchObject({ value: 5_000_000, unit: 'USD' });
    expect(only('Tăng trưởng âm 2,3%.')).toMatchObject({ value: 2.3, change: 'decrease' });
  });

  it('counts zones by their abbreviation, as the noun it stands for', () => {
    expect(only('Hiện 19 KCN đã đi vào hoạt động.')).toMatchObject({
      evidence: { text: '19 KCN' },
      unit: 'khu công nghiệp',
    });
    expect(found('Năm 2024 UBND tỉnh họp.')).toEqual([]);
  });

  it('counts athletes by their abbreviation, its capital Đ read as a capital', () => {
    expect(
      found('Giải có khoảng 1.200 VĐV nước ngoài; tỉnh cử 14 VĐV.').map((q) => [q.evidence.text, q.unit]),
    ).toEqual([
      ['khoảng 1.200 VĐV', 'vận động viên'],
      ['14 VĐV', 'vận động viên'],
    ]);
  });

  it('counts codes of growing areas, in digits or in words', () => {
    expect(
      found('Tỉnh có 79 mã số vùng trồng, trong đó 9 mã sang Úc và ba mã sang Nhật.').map((q) => [
        q.value,
        q.unit,
      ]),
    ).toEqual([
      [79, 'mã số vùng trồng'],
      [9, 'mã'],
      [3, 'mã'],
    ]);
  });

  it('counts cages', () => {
    expect(only('Sông Cầu có khoảng 43.600 lồng tôm hùm.')).toMatchObject({
      evidence: { text: 'khoảng 43.600 lồng' },
      unit: 'lồng',
    });
  });

  it('counts teams and checkpoints, pots and baskets', () => {
    expect(found('Huyện duy trì 45 tổ, chốt kiểm soát.')[0]).toMatchObject({ value: 45, unit: 'tổ' });
    expect(only('Làng hoa bán khoảng 3,8 triệu chậu hoa.')).toMatchObject({
      value: 3_800_000,
      unit: 'chậu hoa',
    });
    expect(only('Bán trên 500 ngàn giỏ hoa.')).toMatchObject({ value: 500_000, unit: 'giỏ hoa' });
  });

  it('counts fruit by "trái", as the south says "quả"', () => {
    expect(only('Sản lượng ước 550 triệu trái/năm.')).toMatchObject({
      value: 550_000_000,
      unit: 'trái',
      per: 'năm',
    });
  });

  it('keeps DDI with the projects and counts boarding rooms', () => {
    expect(only('Tỉnh cấp mới 9 dự án DDI.')).toMatchObject({
      evidence: { text: '9 dự án DDI' },
      unit: 'dự án',
    });
    expect(only('Có 1.150 phòng trọ bỏ trống.')).toMatchObject({ unit: 'phòng trọ' });
  });

  it('counts crew members, not boats, in "lượt thuyền viên"', () => {
    expect(only('Đơn vị làm thủ tục cho hơn 9 ngàn lượt thuyền viên.')).toMatchObject({
      value: 9000,
      unit: 'lượt thuyền viên',
    });
  });

  it('counts inhabitants and reads "trđ" as millions of đồng', () => {
    expect(only('Dân số tỉnh khoảng 1,5 triệu dân.')).toMatchObject({ value: 1_500_000, unit: 'dân' });
    expect(only('Thu nhập đạt 45 trđ/người/năm.')).toMatchObject({
      evidence: { text: '45 trđ/người/năm' },
      value: 45_000_000,
      unit: 'VND',
      per: 'người/năm',
    });
  });

  it('reads multiples', () => {
    expect(only('Vốn đăng ký gấp 1,5 lần năm trước.')).toMatchObject({
      evidence: { text: '1,5 lần' },
      value: 1.5,
      unit: 'lần',
    });
    expect(only('Sản lượng tăng gấp đôi.')).toMatchObject({
      evidence: { text: 'gấp đôi' },
      value: 2,
      unit: 'lần',
    });
    expect(only('Giá trị tăng gấp ba so với trước.')).toMatchObject({
      evidence: { text: 'gấp ba' },
      value: 3,
      unit: 'lần',
    });
  });

  it('reads percentages of a plan and of ownership', () => {
    expect(only('Thu ngân sách đạt 105% kế hoạch.')).toMatchObject({
      evidence: { text: '105%' },
      value: 105,
      unit: '%',
    });
    expect(only('Công ty có 100% vốn của Nhật Bản.')).toMatchObject({ value: 100, unit: '%' });
  });
});

describe('recognizeQuantities: numbers in words', () => {
  it.each([
    ['Hai tỉnh ký kết biên bản hợp tác.', 'Hai tỉnh', 2, 'tỉnh'],
    ['Hai KCN đang hoạt động là KCN Bảo Minh.', 'Hai KCN', 2, 'khu công nghiệp'],
    ['Tỉnh có năm dự án trọng điểm.', 'năm dự án trọng điểm', 5, 'dự án'],
    ['Đã ký hai biên bản ghi nhớ.', 'hai biên bản ghi nhớ', 2, 'biên bản ghi nhớ'],
    ['Tỉnh chọn ba đột phá chiến lược.', 'ba đột phá chiến lược', 3, 'đột phá'],
    ['Có mười lăm xã tham gia.', 'mười lăm xã', 15, 'xã'],
    ['Đoàn gồm hai mươi mốt người.', 'hai mươi mốt người', 21, 'người'],
    ['Có ba mươi hộ được hỗ trợ.', 'ba mươi hộ', 30, 'hộ'],
    ['Khoảng một trăm học sinh nhận quà.', 'Khoảng một trăm học sinh', 100, 'học sinh'],
    ['Gần một nửa số hộ đã thoát nghèo.', 'Gần một nửa', 0.5, null],
    ['Kinh phí một triệu đồng mỗi suất.', 'một triệu đồng', 1e6, 'VND'],
    // A classifier opens a noun the lexicon does not know, as after digits.
    ['Công ty xây hai tòa nhà mới.', 'hai tòa nhà', 2, 'tòa nhà'],
    ['Hai con tàu cập cảng.', 'Hai con tàu', 2, 'tàu'],
    // A number spelled out in two words or more, or before an abbreviation, counts any noun.
    ['Có ba mươi luật sư bào chữa.', 'ba mươi luật sư', 30, 'luật sư'],
    ['Hơn ba chục phóng viên đưa tin.', 'Hơn ba chục phóng viên', 30, 'phóng viên'],
    ['Đoàn thể thao giành bốn HCV.', 'bốn HCV', 4, 'HCV'],
  ])('%s', (text, span, value, unit) => {
    expect(only(text)).toMatchObject({ evidence: { text: span }, value, unit });
  });

  it.each([
    'Trong năm người dân được hỗ trợ nhiều.',
    'Một dự án lớn đã khởi công.',
    'Một số sở, ngành chưa quyết liệt.',
    'Ba mẹ em đều là nông dân.',
    'Bốn phương cùng hướng về Thủ đô.',
    'Không gian phát triển được mở rộng.',
    'Mỗi năm tỉnh đón nhiều khách.',
    'Năm nay tỉnh tăng trưởng khá.',
    'Cả nhà gói bánh đến nửa đêm vẫn chưa xong.',
    'Dự án giai đoạn 1 và 2 đã hoàn thành.',
  ])('finds no quantity in %s', (text) => {
    expect(spans(text)).toEqual([]);
  });
});

describe('recognizeQuantities: numbers that are not quantities', () => {
  it.each([
    'Sáng 14/9, đoàn công tác đến làm việc.',
    'Giai đoạn 2021 - 2025 là giai đoạn quan trọng.',
    'Trong năm 2023, kinh tế phục hồi.',
    'Từ tháng 10/2024, chính sách có hiệu lực.',
    'Ngày 15/3/2024, hội nghị khai mạc.',
    'Kỳ họp bế mạc vào ngày 6-2.',
    'Văn bản ký ngày 4.1.2017 tại Hà Nội.',
    'Đại hội lần thứ XVIII của Đảng bộ tỉnh.',
    'Năm APEC 2017 được tổ chức tại Đà Nẵng.',
    'Quận Hai Bà Trưng có nhiều dự án.',
    'Kỳ họp thứ 18 HĐND tỉnh khóa XII.',
    'Dự án mở rộng quốc lộ 19 qua tỉnh.',
    'Tuyến QL19 và ĐT 753 được nâng cấp.',
    'Đường tỉnh 830 đang thi công.',
    'Thực hiện Nghị quyết 09-NQ/TU của Tỉnh ủy.',
    'Theo Quyết định 942/QĐ-UBND của tỉnh.',
    'Căn cứ Nghị định số 15/2023/NĐ-CP của Chính phủ.',
    'Thực hiện Nghị định 100 về xử phạt.',
    'Xe buýt điện tuyến 09 chạy thử trên quốc lộ.',
    'Sự cố bục nước tại lò chợ vỉa 11 được khắc phục.',
    'Năm 2026 là năm kế hoạch trọn vẹn đầu tiên của tỉnh mới.',
    'Năm tài chính 2025 khép lại với nhiều kết quả.',
    'Trong gần 4 năm đã có nhiều đổi mới.',
    'Sau bão số 3 tỉnh Lào Cai khẩn trương khắc phục.',
    'Nước sông Cả vượt báo động 2 từ chiều qua.',
    'Quán dời vào hẻm 52 từ khi con học lớp 3.',
    'Xã là 1 trong những điểm sáng của huyện.',
    'Thực hiện Kết luận 15 của Bộ Chính trị về phát triển vùng.',
    'Theo Hướng dẫn 36 của Ban Tổ chức Trung ương.',
    'Tổ công tác số 2 huyện Mường Tè đã có mặt.',
    'Sau 6 tháng triển khai, mô hình phát huy hiệu quả.',
    'Phòng chống dịch COVID-19 hiệu quả.',
    'Hội nghị bắt đầu lúc 8h30 tại hội trường.',
    'Dự án Vành đai 3 qua địa bàn tỉnh.',
    'Nhà số 5 trên đường Trần Phú.',
    'Ngành giáo dục hoàn thành tuyển sinh lớp 10 bổ sung trước ngày 10/8.',
    'Học sinh khối 12 ôn thi tốt nghiệp.',
    'Tỉnh đẩy nhanh tiêm mũi 1 cho công nhân.',
    'Thực hiện Kế hoạch 123 của UBND tỉnh về chuyển đổi số.',
    'Theo Quyết định 1234 của Thủ tướng, dự án được phê duyệt.',
    'Thuế cơ sở 1 tỉnh Quảng Trị đã đôn đốc.',
    'Giá đất ở vị trí 1 cao nhất thuộc phố Hàng Bông.',
    'Nước mặn vào kênh Một Ngàn và ấp Bảy Mẫu.',
    'Du khách đi bộ ra cột mốc 836 và mốc 1116.',
    'Hàn Quốc là thị trường số 2 đông khách nhất.',
  ])('%s', (text) => {
    expect(spans(text)).toEqual([]);
  });

  it('counts cage cells and land plots by "ô", their classifier', () => {
    expect(
      found('Bão đánh tan 40 ô lồng gỗ; xã chia 120 ô đất tái định cư.').map((q) => [
        q.evidence.text,
        q.unit,
      ]),
    ).toEqual([
      ['40 ô lồng', 'ô lồng'],
      ['120 ô đất', 'ô đất'],
    ]);
  });

  it('counts an age after "năm", the year of one\'s life', () => {
    expect(
      found('Bà học dệt từ năm 12 tuổi; năm 2012 bà lập tổ dệt.').map((q) => [q.evidence.text, q.unit]),
    ).toEqual([['12 tuổi', 'tuổi']]);
  });

  it('counts the units a merger joined "trên cơ sở" (on the basis of), no office numbered', () => {
    expect(
      found(
        'Xã Tân Phong thành lập trên cơ sở ba xã Tân Lập, Tân Hòa, Tân Mỹ; phường mới trên cơ sở 2 phường Hòa Bình, Hòa An.',
      ).map((q) => [q.evidence.text, q.value, q.unit]),
    ).toEqual([
      ['ba xã', 3, 'xã'],
      ['2 phường', 2, 'phường'],
    ]);
  });

  it('leaves a word describing a noun no lexicon names out of the noun', () => {
    expect(found('Cảng xây 2 bến dài 700 m.').map((q) => [q.evidence.text, q.unit])).toEqual([
      ['2 bến', 'bến'],
      ['700 m', 'm'],
    ]);
  });

  it('reads no counted noun in an adjective compared after a number', () => {
    expect(
      found('Chỉ số của tỉnh đứng trong nhóm 10 cao nhất cả nước.').map((q) => [q.evidence.text, q.unit]),
    ).toEqual([['10', null]]);
  });

  it('counts what a plan plans, though a bare number after "kế hoạch" numbers it', () => {
    expect(spans('Tỉnh giải quyết việc làm cho 22.640 lao động (kế hoạch 20.000 lao động).')).toEqual([
      '22.640 lao động',
      '20.000 lao động',
    ]);
  });

  it('skips list numbering at a paragraph start and after a colon', () => {
    expect(spans('1. Hoàn thiện hạ tầng.')).toEqual([]);
    expect(spans('Ba nhiệm vụ: 1. Phát triển du lịch; 2. Thu hút đầu tư.')).toEqual(['Ba nhiệm vụ']);
  });

  it('keeps a year range out but the quantity beside it in', () => {
    expect(spans('Giai đoạn 2020 - 2022 thu hút 64 dự án.')).toEqual(['64 dự án']);
  });

  it('honours spans excluded by the caller', () => {
    const text = 'Đạt 25 dự án trong đợt này.';
    const at = text.indexOf('25');
    expect(recognizeQuantities(context(text), { exclude: [{ start: at, end: at + 2 }] })).toEqual([]);
  });

  it('reads nothing from the byline', () => {
    expect(recognizeQuantities(context('Có 3 xã.', 'Nhóm 5 PV'))).toHaveLength(1);
  });

  it('gives full draft facts', () => {
    expect(found('Tỉnh có 2 tỉnh bạn.')).toEqual([
      {
        kind: 'quantity',
        evidence: { start: 8, end: 14, text: '2 tỉnh' },
        value: 2,
        valueMax: null,
        unit: 'tỉnh',
        per: null,
        approx: 'exact',
        ratio: null,
        change: null,
      },
    ]);
  });
});

describe('recognizeQuantities: robustness', () => {
  const pieces = [
    'tỉnh',
    'có',
    'hơn',
    'gần',
    '1.272',
    '7,92%',
    'triệu',
    'tỷ',
    'đồng',
    'USD',
    '/',
    '-',
    'đến',
    'từ',
    'năm',
    '2023',
    '11/13',
    'huyện',
    'gấp',
    'đôi',
    'lần',
    'thứ',
    'hai',
    'mươi',
    'QL',
    '14',
    'ha',
    ',',
    '.',
    '\n',
    'Đại',
    'Uỷ',
    '😀',
    '%',
  ];
  const mutated = fc
    .array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 4 })), { maxLength: 40 })
    .map((parts) => parts.join(' '));

  it('never throws; evidence is the text at its offsets; values are finite', () => {
    fc.assert(
      fc.property(mutated, (text) => {
        const ctx = context(text);
        for (const q of recognizeQuantities(ctx)) {
          expect(q.evidence.text).toBe(ctx.text.slice(q.evidence.start, q.evidence.end));
          expect(q.evidence.text.length).toBeGreaterThan(0);
          expect(Number.isFinite(q.value)).toBe(true);
          if (q.valueMax !== null) expect(Number.isFinite(q.valueMax)).toBe(true);
        }
      }),
      { seed: 20241111, numRuns: 400 },
    );
  });
});

describe('recognizeQuantities: counted points and trades', () => {
  it.each([
    ['Tỉnh bố trí 3 điểm tiếp nhận lưu động.', '3 điểm tiếp nhận', 'điểm tiếp nhận'],
    ['Ngân hàng mở thêm 12 điểm giao dịch.', '12 điểm giao dịch', 'điểm giao dịch'],
    ['Đầu năm, hơn 20 ngàn thợ mỏ đã ra quân.', 'hơn 20 ngàn thợ mỏ', 'thợ mỏ'],
    // (Hired hands, and not the work they do after: "cắt", "hái".)
    ['Anh Thuận cùng 5 nhân công cắt những chùm nho chín.', '5 nhân công', 'nhân công'],
  ])('%s', (text, span, unit) => {
    const q = only(text);
    expect([q?.evidence.text, q?.unit]).toEqual([span, unit]);
  });

  it('leaves a score in points a bare "điểm"', () => {
    expect(only('Chỉ số PCI đạt 65,2 điểm.')?.unit).toBe('điểm');
  });
});

describe('recognizeQuantities: "một" counted beside another count', () => {
  it('reads "một người" in a list of casualties', () => {
    expect(spans('Mưa lũ làm ba người chết, một người mất tích.')).toEqual(['ba người', 'một người']);
    expect(spans('Vụ tai nạn làm một người chết, 2 người bị thương.')).toEqual(['một người', '2 người']);
  });

  it('leaves "một" the article elsewhere', () => {
    expect(spans('Một người dân cho biết, 3 hộ đã nhận hỗ trợ.')).toEqual(['3 hộ']);
  });

  it('reads no three lots in "khách ba lô", backpackers, but a count of lots elsewhere', () => {
    expect(spans('Chị có 4 phòng cho khách ba lô; dân ba lô thích ở đây. Xã giao ba lô đất.')).toEqual([
      '4 phòng',
      'ba lô đất',
    ]);
  });

  it('reads no quantity in a code written with a leading zero, but a count so written is one', () => {
    expect(spans('Giống bơ 034 cho 20 tấn quả. Huyện cử 02 đồng chí dự họp.')).toEqual([
      '20 tấn',
      '02 đồng chí',
    ]);
  });

  it('reads no count in "một lần", once, but counts the times of a multiple in digits', () => {
    expect(spans('Cây trồng một lần cho thu hoạch 4 vụ, năng suất gấp 2 lần.')).toEqual(['4 vụ', '2 lần']);
    expect(spans('Có 1.150 người nhận trợ cấp một lần.')).toEqual(['1.150 người']);
  });

  it('reads "một" past a semicolon after a count of the same noun, and after another count and "và"', () => {
    expect(spans('Tỉnh có 12 sản phẩm 4 sao; một sản phẩm được đề nghị xếp 5 sao.')).toEqual([
      '12 sản phẩm',
      'một sản phẩm',
    ]);
    expect(spans('Quà do 3 cá nhân và một doanh nghiệp trao tặng.')).toEqual([
      '3 cá nhân',
      'một doanh nghiệp',
    ]);
    expect(spans('Năm 2023 và một doanh nghiệp khác; 5 tỉnh và một cách làm mới.')).toEqual(['5 tỉnh']);
  });

  it('counts sessions, but no ordinal of one', () => {
    expect(spans('HĐND tỉnh tổ chức 20 kỳ họp, trong đó có kỳ họp thứ 6 bất thường.')).toEqual(['20 kỳ họp']);
  });

  it('counts victims and votes', () => {
    expect(spans('Ông đạt 44/46 phiếu tín nhiệm cao; tòa buộc bồi thường cho 137 bị hại.')).toEqual([
      '44/46 phiếu',
      '137 bị hại',
    ]);
  });
});

describe('recognizeQuantities: slogans in quotes', () => {
  it('reads no count in “3 tại chỗ”', () => {
    expect(spans('Công nhân sản xuất theo phương án “3 tại chỗ”; tỉnh lập 3 tổ công tác.')).toEqual([
      '3 tổ công tác',
    ]);
  });

  it('still reads a count in quotes', () => {
    expect(spans('Ông nói: “Xã có 120 hộ thoát nghèo”.')).toEqual(['120 hộ thoát nghèo']);
  });
});

describe('recognizeQuantities: pagodas and masks', () => {
  it.each([
    ['Lãnh đạo tỉnh chúc Tết 92 chùa Khmer.', '92 chùa', 'chùa'],
    ['Tỉnh cấp phát hơn 25 ngàn khẩu trang.', 'hơn 25 ngàn khẩu trang', 'khẩu trang'],
  ])('%s', (text, span, unit) => {
    const q = only(text);
    expect([q?.evidence.text, q?.unit]).toEqual([span, unit]);
  });
});

describe('recognizeQuantities: auctions', () => {
  it('counts "phiên đấu giá", a range of them too', () => {
    expect(spans('Huyện tổ chức 11 phiên đấu giá và dự kiến 8 - 10 phiên đấu giá nữa.')).toEqual([
      '11 phiên đấu giá',
      'dự kiến 8 - 10 phiên đấu giá',
    ]);
  });
});

describe('recognizeQuantities: a share of the population', () => {
  it('counts "dân số" whole, not "dân"', () => {
    expect(only('Có 1/4 dân số là đồng bào dân tộc thiểu số.')?.unit).toBe('dân số');
  });
});

describe('recognizeQuantities: machines and day-care points', () => {
  it.each([
    ['Tỉnh huy động 26 máy xúc thông đường.', '26 máy xúc'],
    ['Khu công nghiệp mở 3 điểm trông trẻ cho công nhân.', '3 điểm trông trẻ'],
  ])('%s', (text, span) => {
    expect(spans(text)).toEqual([span]);
  });
});

describe('recognizeQuantities: turbines', () => {
  it('counts "trụ tua-bin" whole', () => {
    expect(only('Nhà máy đã lắp 22/25 trụ tua-bin.')?.unit).toBe('trụ tua-bin');
  });
});

describe('recognizeQuantities: expressways and coal faces', () => {
  it.each([
    ['Tỉnh có hai tuyến cao tốc đi qua.', 'hai tuyến cao tốc'],
    ['Công ty đưa hai lò chợ mới vào khai thác.', 'hai lò chợ'],
  ])('%s', (text, span) => {
    expect(spans(text)).toEqual([span]);
  });
});

describe('recognizeQuantities: fairs', () => {
  it('counts "hội chợ"', () => {
    expect(spans('Tỉnh tổ chức ba hội chợ nông sản.')).toEqual(['ba hội chợ']);
  });
});

describe('recognizeQuantities: islands', () => {
  it('counts "đảo" after a number in words', () => {
    expect(spans('Lòng hồ có gần một trăm đảo núi đá.')).toEqual(['gần một trăm đảo']);
  });
});

describe('recognizeQuantities: two counts joined by a slash', () => {
  it('reads the cases and the defendants of a court report, and the suspects of a police one', () => {
    expect(
      spans(
        'Tòa thụ lý 1.962 vụ/3.418 bị cáo, giải quyết 1.921 vụ/3.336 bị cáo; công an bắt 15 vụ/28 đối tượng.',
      ),
    ).toEqual(['1.962 vụ', '3.418 bị cáo', '1.921 vụ', '3.336 bị cáo', '15 vụ', '28 đối tượng']);
  });

  it('leaves a rate per so many people one quantity', () => {
    expect(spans('Tỉnh có 9 bác sĩ/10.000 dân.')).toEqual(['9 bác sĩ']);
  });
});

describe('recognizeQuantities: "định kỳ" (regularly) before a count', () => {
  it('reads the count after "định kỳ", no session number', () => {
    expect(only('Tàu chạy định kỳ 2 chuyến/tuần.')).toMatchObject({
      evidence: { text: '2 chuyến/tuần' },
      value: 2,
      unit: 'chuyến',
      per: 'tuần',
    });
  });
});

describe('recognizeQuantities: a count made "mỗi ngày", "mỗi tháng"', () => {
  it.each([
    ['Sân bay đón mỗi ngày 60 - 70 chuyến bay.', '60 - 70 chuyến bay'],
    ['Cửa khẩu thông quan mỗi tháng 1.200 xe hàng.', '1.200 xe hàng'],
  ])('%s counts what follows, no date', (text, span) => {
    expect(spans(text)).toEqual([span]);
  });
});

describe('recognizeQuantities: nouns that open with "đồng"', () => {
  it.each([
    ['Ông gặp lại 14 đồng đội cũ.', 'đồng đội'],
    ['Hơn 200 đồng nghiệp đến dự.', 'đồng nghiệp'],
    ['Công ty lắp 50 đồng hồ nước.', 'đồng hồ'],
    ['Xã có 30 đồng bào Mông được hỗ trợ.', 'đồng bào'],
  ])('%s counts people or things, no VND', (text, unit) => {
    expect(found(text).map((q) => q.unit)).toEqual([unit]);
  });

  it('still reads a sum in đồng', () => {
    expect(found('Giá bán 30.000 đồng/kg.').map((q) => q.unit)).toEqual(['VND']);
  });
});

describe('recognizeQuantities: one of a count', () => {
  it('reads the count, not the one', () => {
    expect(spans('Công ty là 1 trong 3 doanh nghiệp của tỉnh được chọn.')).toEqual(['3 doanh nghiệp']);
    expect(spans('Xã có 1 trạm y tế.')).toEqual(['1 trạm y tế']);
  });
});

describe('recognizeQuantities: after a word that numbers things', () => {
  it.each([
    ['Cả thôn sáu mươi tư hộ đều phải di dời.', 'sáu mươi tư hộ'],
    ['Có lúc 68/173 xã bị chia cắt.', '68/173 xã'],
  ])('%s counts, no label or clock', (text, span) => {
    expect(spans(text)).toEqual([span]);
  });

  it('still numbers a village by its digits', () => {
    expect(spans('Thôn 5 được bàn giao.')).toEqual([]);
  });
});

describe('recognizeQuantities: "quyết định" (to decide) before a count', () => {
  it('counts what the session decided on, not a decision numbered', () => {
    expect(spans('Kỳ họp xem xét, quyết định 46 nội dung quan trọng.')).toEqual(['46 nội dung']);
    expect(spans('Theo Quyết định 46/QĐ-UBND, tỉnh hỗ trợ nông dân.')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { recognizeTimes } from '../time.js';
import { contextOf, readings } from './test-context.js';

const read = (text: string) => {
  const ctx = contextOf(text);
  return readings(ctx, recognizeTimes(ctx));
};
const length = (text: string, duration: string) => ({
  text,
  start: null,
  end: null,
  granularity: 'duration',
  duration,
});

describe('seconds of a rate', () => {
  it('are no length: "15 giây/người" is a quantity', () => {
    expect(read('Thời gian làm thủ tục còn khoảng 15 giây/người.')).toEqual([]);
  });
});

describe('lengths in hours and minutes', () => {
  it.each([
    ['Thời gian đi lại rút ngắn còn khoảng 3 giờ.', 'khoảng 3 giờ', 'PT3H'],
    ['Hồ sơ được giải quyết trong 24 giờ.', '24 giờ', 'PT24H'],
    ['Lực lượng cứu hộ làm việc hơn 10 tiếng đồng hồ.', 'hơn 10 tiếng đồng hồ', 'PT10H'],
    ['Mưa lớn trong 48 giờ qua gây ngập nhiều nơi.', '48 giờ qua', 'PT48H'],
    ['Chuyến bay chỉ mất 1,5 giờ.', '1,5 giờ', 'PT1.5H'],
    ['Cửa khẩu làm việc thêm 2 giờ mỗi ngày.', '2 giờ', 'PT2H'],
    ['Nhà máy phải thông báo trước 6 giờ khi mở cửa xả đáy.', '6 giờ', 'PT6H'],
    ['Xe khách chạy tối đa 4 giờ thì phải nghỉ.', '4 giờ', 'PT4H'],
    ['Lò sấy vận hành liên tục 18 giờ mỗi mẻ.', '18 giờ', 'PT18H'],
    ['Cầu mới rút ngắn 2 tiếng đi lại.', '2 tiếng', 'PT2H'],
    ['Xe chạy mất hai tiếng.', 'hai tiếng', 'PT2H'],
    ['Thủ tục hoàn tất sau 15 phút.', '15 phút', 'PT15M'],
    ['Mỗi xe qua trạm mất khoảng 45 giây.', 'khoảng 45 giây', 'PT45S'],
    ['Đoạn clip dài 42 giây ghi lại sự việc.', '42 giây', 'PT42S'],
    ['Ghe nam về nhất với thời gian 4 phút 18 giây.', '4 phút 18 giây', 'PT4M18S'],
    // Minutes alone after "từ" are a length: no clock names a time by its minutes.
    ['Thời gian chờ đã giảm từ 35 phút.', '35 phút', 'PT35M'],
    ['Tàu chờ cầu đã giảm từ 10 tiếng.', '10 tiếng', 'PT10H'],
    ['Buổi họp kéo dài gần 3 giờ đồng hồ.', 'gần 3 giờ đồng hồ', 'PT3H'],
    ['Gia súc bệnh phải tiêu hủy trong vòng 24 giờ.', '24 giờ', 'PT24H'],
    ['Thủ tục không được chậm một giờ.', 'một giờ', 'PT1H'],
    ['Tuyến mới giúp xe về sớm 2 tiếng.', '2 tiếng', 'PT2H'],
    ['Chuyến phà mất 1 giờ 15 phút.', '1 giờ 15 phút', 'PT1H15M'],
    ['Chị về nhất với thành tích 3 giờ 5 phút 42 giây.', '3 giờ 5 phút 42 giây', 'PT3H5M42S'],
    ['Vận động viên hoàn thành cự ly sau 2 giờ 41 phút 9 giây.', '2 giờ 41 phút 9 giây', 'PT2H41M9S'],
  ])('%s', (text, span, duration) => {
    expect(read(text)).toEqual([length(span, duration)]);
  });

  it.each([
    'Hội nghị khai mạc lúc 8 giờ tại hội trường.',
    'Đoàn đến vào khoảng 3 giờ chiều.',
    'Đúng 8 giờ 30 phút, lễ khánh thành bắt đầu.',
    'Buổi làm việc diễn ra từ 7 giờ đến 11 giờ.',
    'Cuộc họp bắt đầu 14 giờ, kết thúc muộn.',
    'Phiên chợ mở cửa khoảng 5 giờ sáng.',
  ])('reads no length in a time of day: %s', (text) => {
    expect(read(text).filter((r) => r.granularity === 'duration')).toEqual([]);
  });
});

describe('hours a trip falls from', () => {
  it('are a length when it falls "xuống" or "còn" fewer, no time of day', () => {
    expect(read('Thời gian đi rút từ khoảng 4 giờ xuống chưa đến 2 giờ.')).toEqual([
      length('khoảng 4 giờ', 'PT4H'),
      length('chưa đến 2 giờ', 'PT2H'),
    ]);
    expect(read('Hành trình giảm từ 6 giờ còn 3 giờ.').map((r) => r.duration)).toEqual(['PT6H', 'PT3H']);
    expect(
      read('Thời gian kiểm tra mỗi xe giảm từ khoảng 1 giờ xuống còn 25 phút.').map((r) => r.duration),
    ).toEqual(['PT1H', 'PT25M']);
    // A clock runs "đến" another: "từ 7 giờ đến 11 giờ" stays no length.
    expect(read('Chợ họp từ 7 giờ đến 11 giờ, sau đó còn 2 giờ dọn dẹp.').map((r) => r.text)).toEqual([
      '2 giờ',
    ]);
  });
});

describe('an hour and its minutes', () => {
  it('is the time of day unless a length is said or its seconds are counted', () => {
    expect(read('Lễ khai mạc 8 giờ 30 phút tại quảng trường.')).toEqual([]);
  });
});

describe('hours a trip falls from, by a named road', () => {
  it('are a length though the road stands between them and "xuống"', () => {
    expect(
      read('Thời gian đi rút từ khoảng 6 giờ theo QL3 xuống còn hơn 3 giờ.').map((r) => [r.text, r.duration]),
    ).toEqual([
      ['khoảng 6 giờ', 'PT6H'],
      ['hơn 3 giờ', 'PT3H'],
    ]);
  });
});

describe('a deadline before an hour', () => {
  it('is a time of day, not a length, without a notice before it', () => {
    expect(read('Hồ sơ nộp trước 17 giờ ngày 20/10.').map((r) => r.granularity)).not.toContain('duration');
  });
});

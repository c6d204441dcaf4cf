import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences.js';

const sentences = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('splits at a period, question or exclamation mark before a capital', () => {
    expect(sentences('Tỉnh có 9 huyện. Trong đó có 3 huyện miền núi! Vì sao? Đây là câu hỏi.')).toEqual([
      'Tỉnh có 9 huyện.',
      'Trong đó có 3 huyện miền núi!',
      'Vì sao?',
      'Đây là câu hỏi.',
    ]);
  });

  it('keeps numbers with dots whole and splits before a sentence that opens with a digit', () => {
    expect(sentences('Vốn đạt 2.345 triệu USD, tăng 6,81%. 15 dự án mới được cấp phép.')).toEqual([
      'Vốn đạt 2.345 triệu USD, tăng 6,81%.',
      '15 dự án mới được cấp phép.',
    ]);
  });

  it.each([
    'Hội nghị tổ chức tại TP. Hồ Chí Minh với nhiều đại biểu.',
    'Báo cáo do ThS. Nguyễn Văn An trình bày.',
    'Đề tài của TS. Lê Thị Hoa được đánh giá cao.',
    'Chủ nhiệm là PGS. Trần Văn Bình.',
    'Khách mời có GS. Phạm Minh và BS. Hoàng Lan.',
    'Nhà ở số 5, Q. Ba Đình được cải tạo.',
    'Ông Th.S. Vũ Nam phát biểu.',
    'Các ngành y tế, giáo dục v.v. đều tăng trưởng.',
  ])('does not break after an abbreviation: %s', (text) => {
    expect(sentences(text)).toEqual([text]);
  });

  it('ends a sentence after "v.v." followed by a capital, and after an ellipsis', () => {
    expect(sentences('Gồm y tế, giáo dục v.v. Tỉnh cũng chú trọng du lịch... Kết quả tốt.')).toEqual([
      'Gồm y tế, giáo dục v.v.',
      'Tỉnh cũng chú trọng du lịch...',
      'Kết quả tốt.',
    ]);
  });

  it('keeps closing quotes with their sentence and honours a range', () => {
    const text = 'Ông nói: "Tỉnh sẽ làm." Sau đó ông rời đi.';
    expect(sentences(text)).toEqual(['Ông nói: "Tỉnh sẽ làm."', 'Sau đó ông rời đi.']);
    expect(splitSentences(text, 24)).toEqual([{ start: 24, end: text.length }]);
  });

  it('returns nothing for white space', () => {
    expect(splitSentences('  \n ')).toEqual([]);
  });
});

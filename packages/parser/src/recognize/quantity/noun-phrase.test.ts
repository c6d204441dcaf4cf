import { describe, expect, it } from 'vitest';
import { recognizeQuantities } from '../quantity.js';
import { contextOf } from '../tokens/test-context.js';

const found = (text: string) =>
  recognizeQuantities(contextOf(text)).map((q) => ({ text: q.evidence.text, value: q.value, unit: q.unit }));

describe('a counted noun no lexicon names', () => {
  it.each([
    // The second syllable is a unit form ("đồng") but part of the compound.
    ['Tỉnh đúc 3 chuông đồng lớn.', '3 chuông đồng lớn', 'chuông đồng'],
    ['Xã có 4 cộng đồng dân cư.', '4 cộng đồng', 'cộng đồng'],
    ['Hoàn thành 6 vòng thi trong tháng.', '6 vòng thi', 'vòng thi'],
    ['Đề xuất 5 giải pháp cụ thể.', '5 giải pháp', 'giải pháp'],
  ])('takes the two-word compound: %s', (text, span, unit) => {
    expect(found(text)).toContainEqual({ text: span, value: Number.parseInt(span, 10), unit });
  });

  it.each([
    ['Có 6 giải pháp và 3 nhiệm vụ.', '6 giải pháp', 'giải pháp'],
    ['Đã ký 7 biên bản với đối tác.', '7 biên bản', 'biên bản'],
  ])('stops before a function word: %s', (text, span, unit) => {
    expect(found(text)).toContainEqual({ text: span, value: Number.parseInt(span, 10), unit });
  });

  it.each([
    ['Trong số đó, 4 mở rộng quy mô sản xuất.', '4'],
    ['Trong số đó, 3 đưa vào sử dụng từ quý trước.', '3'],
    ['Có 11 doanh nghiệp đăng ký, 9 hoàn thành thủ tục.', '9'],
    ['Số còn lại, 2 nằm trong vùng quy hoạch.', '2'],
  ])('never takes a verb as the unit: %s', (text, span) => {
    expect(found(text)).toContainEqual({ text: span, value: Number(span), unit: null });
  });

  it.each([
    ['Tại bản Hin, 12 chị em người Mông thêu váy.', '12 chị em', 'chị em'],
    ['Xưởng có 9 thợ mộc người Tày làm việc.', '9 thợ mộc', 'thợ mộc'],
    ['Đoàn gồm 5 nghệ nhân người Hà Nội.', '5 nghệ nhân', 'nghệ nhân'],
  ])('stops before "người" and who they are: %s', (text, span, unit) => {
    expect(found(text)).toContainEqual({ text: span, value: Number.parseInt(span, 10), unit });
  });

  it('leaves a number after a capitalized name with a verb after it to the name', () => {
    expect(found('Khi nhà máy Sông Lam 2 đưa vào vận hành, sản lượng tăng.')).toEqual([]);
    expect(found('Cầu Bạch Đằng 3 khởi công cuối năm.')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { recognizeQuantities } from '../quantity.js';
import { contextOf } from '../tokens/test-context.js';

const changes = (text: string) =>
  recognizeQuantities(contextOf(text)).map((q) => [q.evidence.text, q.change] as const);

describe('a change carries to the numbers coordinated with it', () => {
  it.each([
    [
      'Xuất khẩu gạo tăng 12,4% về lượng và 20,1% về giá trị.',
      [
        ['12,4%', 'increase'],
        ['20,1%', 'increase'],
      ],
    ],
    [
      'Số ca mắc giảm 5%, 7% và 9% ở ba huyện.',
      [
        ['5%', 'decrease'],
        ['7%', 'decrease'],
        ['9%', 'decrease'],
        ['ba huyện', null],
      ],
    ],
    [
      'Doanh thu tăng 8% so với cùng kỳ và 3% so với kế hoạch.',
      [
        ['8%', 'increase'],
        ['3%', 'increase'],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(changes(text)).toEqual(expected);
  });

  it.each([
    [
      'Thu ngân sách tăng 12%, đạt 4.500 tỷ đồng.',
      [
        ['12%', 'increase'],
        ['4.500 tỷ đồng', null],
      ],
    ],
    [
      'Vốn tăng 15%, 20 dự án mới được cấp phép.',
      [
        ['15%', 'increase'],
        ['20 dự án', null],
      ],
    ],
    [
      'Tỷ lệ hộ nghèo giảm 1,2%. 30% số xã đạt chuẩn.',
      [
        ['1,2%', 'decrease'],
        ['30%', null],
      ],
    ],
    [
      'Sản lượng tăng 10% và chiếm 25% toàn vùng.',
      [
        ['10%', 'increase'],
        ['25%', null],
      ],
    ],
  ])('does not carry past a verb, a sentence or another unit: %s', (text, expected) => {
    expect(changes(text)).toEqual(expected);
  });
});

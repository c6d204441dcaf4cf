import { describe, expect, it } from 'vitest';
import { recognizeLocations } from '../location.js';
import { contextOf } from '../tokens/test-context.js';

const places = (text: string, date = '2023-12') =>
  recognizeLocations(contextOf(text, date)).map((f) => ({
    text: f.evidence.text,
    type: f.type,
    code: f.code,
  }));

describe('a type word covers every item of a list', () => {
  it.each([
    [
      'Tỉnh Lai Châu hỗ trợ các huyện Sìn Hồ, Phong Thổ và Than Uyên.',
      [
        ['Sìn Hồ', '108'],
        ['Phong Thổ', '109'],
        ['Than Uyên', '110'],
      ],
    ],
    [
      'Lai Châu bố trí dân cư tại các xã Pa Vệ Sử, Tá Bạ.',
      [
        ['Pa Vệ Sử', '03448'],
        ['Tá Bạ', '03440'],
      ],
    ],
    [
      'Bắc Giang chỉ đạo huyện Lục Nam, Yên Thế hoặc Sơn Động rà soát.',
      [
        ['Lục Nam', '218'],
        ['Yên Thế', '215'],
      ],
    ],
  ])('%s', (text, expected) => {
    const found = places(text);
    for (const [span, code] of expected) {
      expect(found).toContainEqual(expect.objectContaining({ text: span, code }));
    }
  });

  it('takes no item the gazetteer lacks at that level', () => {
    const found = places('Các huyện Sìn Hồ, Ngọc Lan và Hoàng Mai dự hội nghị.').map((f) => f.text);
    expect(found).toContain('Sìn Hồ');
    expect(found).not.toContain('Ngọc Lan');
  });

  it('stops at a list item outside the province the article writes about', () => {
    // "Yên Thế" is a district of Bắc Giang, not of Lai Châu.
    const found = places('Tỉnh Lai Châu có các huyện Sìn Hồ, Yên Thế.').map((f) => f.text);
    expect(found).toContain('Sìn Hồ');
    expect(found).not.toContain('Yên Thế');
  });

  it('does not run on into a person named after the list', () => {
    const found = places('Các xã Pa Vệ Sử, Tá Bạ, Nguyễn Văn An cho biết.').map((f) => f.text);
    expect(found).not.toContain('Nguyễn Văn An');
  });
});

import { describe, expect, it } from 'vitest';
import { recognizeLocations } from '../location.js';
import { contextOf } from '../tokens/test-context.js';

const places = (text: string) =>
  recognizeLocations(contextOf(text, '2023-12')).map((f) => ({ text: f.evidence.text, type: f.type }));

describe('a party committee names its place', () => {
  it.each([
    ['Bí thư Huyện ủy Yên Thế Nguyễn Văn Hải phát biểu.', 'Yên Thế', 'district'],
    ['Huyện ủy Lục Nam tổ chức hội nghị.', 'Lục Nam', 'district'],
    ['Ban Thường vụ Quận ủy Ba Đình họp.', 'Ba Đình', 'district'],
    ['Đồng chí Bí thư Thị ủy Sơn Tây dự lễ.', 'Sơn Tây', 'district'],
  ])('%s', (text, span, type) => {
    expect(places(text)).toContainEqual({ text: span, type });
  });

  it('reads no place after a committee with no name', () => {
    expect(places('Huyện ủy đã ban hành nghị quyết.')).toEqual([]);
  });
});

describe('a plural type word is generic', () => {
  it.each([
    'Các huyện Miền núi đều đạt chỉ tiêu.',
    'Lãnh đạo các xã Vùng cao dự họp.',
    'Những phường Trung tâm có mật độ dân số cao.',
  ])('reads no place in %s', (text) => {
    expect(places(text)).toEqual([]);
  });

  it('still reads the places the gazetteer knows after a plural', () => {
    expect(places('Lãnh đạo các huyện Lục Nam, Yên Thế dự họp.')).toContainEqual({
      text: 'Lục Nam',
      type: 'district',
    });
    expect(places('Các tỉnh Tây Nguyên tăng trưởng khá.')).toEqual([{ text: 'Tây Nguyên', type: 'region' }]);
  });
});

describe('a numbered ward', () => {
  const coded = (text: string) =>
    recognizeLocations(contextOf(text, '2023-12')).map((f) => [f.evidence.text, f.type, f.code]);

  it('takes its code from the district the article names', () => {
    expect(coded('Đoàn làm việc tại Phường 1, thành phố Đông Hà.')).toEqual([
      ['Phường 1', 'commune', '19333'],
      ['Đông Hà', 'district', '461'],
    ]);
  });

  it('keeps a null code when no district tells which one', () => {
    expect(coded('Đoàn làm việc tại Phường 1.')).toEqual([['Phường 1', 'commune', null]]);
  });
});

describe('a person after a level word', () => {
  it('is no place even when the gazetteer has the surname as a commune', () => {
    expect(places('Chủ tịch UBND tỉnh Phan Minh Tuấn và Chủ tịch HĐND tỉnh Hồ Thị Bích Vân dự họp.')).toEqual(
      [],
    );
  });

  it('still reads the commune of that name', () => {
    expect(places('Đoàn về xã Phan, huyện Tánh Linh khảo sát.')).toEqual([
      { text: 'Phan', type: 'commune' },
      { text: 'Tánh Linh', type: 'district' },
    ]);
  });
});

describe('a place written with the old tone placement', () => {
  it('keeps the span as written and names it in the modern placement', () => {
    const [place] = recognizeLocations(contextOf('Đoàn về xã Lai Hoà khảo sát.', '2023-12'));
    expect([place?.evidence.text, place?.name]).toEqual(['Lai Hoà', 'Lai Hòa']);
  });
});

describe('a number after a level word', () => {
  it('is a figure after "tỉnh" or when it has decimals', () => {
    expect(places('Vốn đối ứng của tỉnh 9,5 triệu USD; huyện 3,2 tỷ đồng.')).toEqual([]);
  });

  it('still names a numbered district or ward', () => {
    expect(places('Tại Quận 1 và Phường 3 có 20 dự án.').map((p) => p.text)).toEqual(['Quận 1', 'Phường 3']);
  });
});

describe('"xã" in "hợp tác xã"', () => {
  it('opens no commune', () => {
    expect(places('Hợp tác xã Nuôi trồng thủy sản Kiểng Phước có 46 thành viên.')).toEqual([]);
  });
});

describe('communes that share a name', () => {
  const coded = (text: string) =>
    recognizeLocations(contextOf(text, '2025-03'))
      .filter((f) => f.type === 'commune')
      .map((f) => [f.evidence.text, f.code]);

  it('are told apart by the district named nearest', () => {
    expect(
      coded(
        'Tỉnh Nam Định sắp xếp xã. Xã Nam Điền (huyện Nam Trực) nhập với phường Nam Phong.\n\nỞ huyện Nghĩa Hưng, thị trấn Rạng Đông nhập với xã Nam Điền.',
      ).filter(([name]) => name === 'Nam Điền'),
    ).toEqual([
      ['Nam Điền', '13972'],
      ['Nam Điền', '13963'],
    ]);
  });
});

describe('a body after a type word', () => {
  it('is the place the type word names', () => {
    expect(places('Thị trấn Quỹ Nhất nhập với 2 xã.')).toEqual([{ text: 'Quỹ Nhất', type: 'commune' }]);
  });
});

import { describe, expect, it } from 'vitest';
import { recognizeQuantities } from '../quantity.js';
import { contextOf } from '../tokens/test-context.js';

const found = (text: string) =>
  recognizeQuantities(contextOf(text)).map((q) => ({ text: q.evidence.text, value: q.value, unit: q.unit }));

describe('"mức" before a number: a level unless a unit follows', () => {
  it.each([
    ['Lạm phát cơ bản duy trì ở mức 4,2% trong quý.', '4,2%', 4.2, '%'],
    ['Giá cà phê ở mức 98.000 đồng/kg, tăng mạnh.', '98.000 đồng/kg', 98000, 'VND'],
    ['Tỷ lệ thất nghiệp giữ mức 2,3%.', '2,3%', 2.3, '%'],
    ['Mực nước hồ xuống mức 12 m so với mực nước dâng.', '12 m', 12, 'm'],
  ])('%s', (text, span, value, unit) => {
    expect(found(text)).toContainEqual({ text: span, value, unit });
  });

  it('keeps a range after "ở mức"', () => {
    const q = recognizeQuantities(contextOf('Giá gạo xuất khẩu ở mức 540 - 560 USD/tấn.'));
    expect(q).toHaveLength(1);
    expect(q[0]).toMatchObject({ value: 540, valueMax: 560, unit: 'USD', per: 'tấn' });
  });

  it.each([
    'Tỉnh cung cấp 100% dịch vụ công mức 4 cho người dân.',
    'Rủi ro thiên tai ở mức 3 trên toàn vùng.',
    'Cảnh báo lũ mức độ 2 được ban hành.',
  ])('reads a bare level as no quantity: %s', (text) => {
    expect(found(text).filter((q) => q.value !== 100)).toEqual([]);
  });
});

describe('"cấp" before a number: a grade unless a unit follows', () => {
  it.each([
    ['Tỉnh đang nâng cấp 38,5 km quốc lộ 1A.', '38,5 km', 38.5, 'km'],
    ['Sở đã cấp 12 giấy chứng nhận đầu tư.', '12 giấy chứng nhận đầu tư', 12, 'giấy chứng nhận'],
  ])('%s', (text, span, value, unit) => {
    expect(found(text)).toContainEqual({ text: span, value, unit });
  });

  it.each(['Em học trường cấp 3 của huyện.', 'Rừng được xếp cấp 2 về nguy cơ cháy.'])(
    'reads a bare grade as no quantity: %s',
    (text) => {
      expect(found(text)).toEqual([]);
    },
  );
});

describe('a grade after "loại"', () => {
  it('reads a size with its unit after "loại"', () => {
    expect(found('Tôm thẻ loại 100 con/kg có giá cao.')).toEqual([
      { text: '100 con/kg', value: 100, unit: 'con' },
    ]);
  });

  it('reads no quantity in "loại 1"', () => {
    expect(found('Giá cá tra loại 1 hiện dao động 29.000 - 30.500 đồng/kg.')).toEqual([
      { text: '29.000 - 30.500 đồng/kg', value: 29000, unit: 'VND' },
    ]);
  });
});

describe('people counted in a disaster', () => {
  it('leaves the verb after "người" out of the span', () => {
    expect(found('Bão làm 12 người chết, 3 người mất tích và 40 người bị thương.')).toEqual([
      { text: '12 người', value: 12, unit: 'người' },
      { text: '3 người', value: 3, unit: 'người' },
      { text: '40 người', value: 40, unit: 'người' },
    ]);
  });
});

describe('a duration word as the unit of a rate', () => {
  it('reads hours a year as a measure, and a bare length as none', () => {
    expect(found('Số giờ nắng đạt 2.800 giờ/năm; dự án làm trong 3 năm.')).toEqual([
      { text: '2.800 giờ/năm', value: 2800, unit: 'giờ' },
    ]);
  });
});

describe('a grade in stars', () => {
  it('counts the products, not the stars', () => {
    expect(found('Tỉnh có 312 sản phẩm OCOP, trong đó 2 sản phẩm 5 sao.')).toEqual([
      { text: '312 sản phẩm OCOP', value: 312, unit: 'sản phẩm' },
      { text: '2 sản phẩm', value: 2, unit: 'sản phẩm' },
    ]);
  });
});

describe('a number after "thu hồi"', () => {
  it('is a measure, not a time of day', () => {
    expect(found('Tỉnh cần thu hồi 68,2 ha đất của 734 hộ dân.')).toEqual([
      { text: '68,2 ha', value: 68.2, unit: 'ha' },
      { text: '734 hộ dân', value: 734, unit: 'hộ dân' },
    ]);
  });
});

describe('a noun of three syllables no lexicon names', () => {
  it('is read whole when the sentence closes after it', () => {
    expect(found('Tỉnh lấy 12.500 mẫu xét nghiệm, lập 4 chốt kiểm soát và 5 giải pháp trọng tâm.')).toEqual([
      { text: '12.500 mẫu xét nghiệm', value: 12500, unit: 'mẫu xét nghiệm' },
      { text: '4 chốt kiểm soát', value: 4, unit: 'chốt kiểm soát' },
      { text: '5 giải pháp trọng tâm', value: 5, unit: 'giải pháp' },
    ]);
  });
});

describe('permille and names that open with a number word', () => {
  it('reads salinity in permille', () => {
    expect(found('Độ mặn đo được 4,8‰, có nơi 12 - 15‰.')).toEqual([
      { text: '4,8‰', value: 4.8, unit: '‰' },
      { text: '12 - 15‰', value: 12, unit: '‰' },
    ]);
  });

  it('reads no count in a place named with a number word', () => {
    expect(found('Vườn quốc gia Ba Bể và huyện Năm Căn có 20 hộ dân.')).toEqual([
      { text: '20 hộ dân', value: 20, unit: 'hộ dân' },
    ]);
  });
});

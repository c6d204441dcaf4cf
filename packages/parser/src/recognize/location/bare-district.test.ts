import { describe, expect, it } from 'vitest';
import { recognizeLocations } from '../location.js';
import { contextOf } from '../tokens/test-context.js';

const places = (text: string, date = '2023-12') =>
  recognizeLocations(contextOf(text, date)).map((f) => ({
    text: f.evidence.text,
    type: f.type,
    code: f.code,
  }));

describe('a district named without its type word', () => {
  it.each([
    ['Đà Nẵng khởi công bến cảng tại khu vực Liên Chiểu trong năm nay.', 'Liên Chiểu', '490'],
    [
      'Thành phố Đà Nẵng mở rộng đô thị về phía Hòa Vang, nơi Đà Nẵng quy hoạch khu công nghệ cao.',
      'Hòa Vang',
      '497',
    ],
  ])('%s', (text, span, code) => {
    expect(places(text, '2019-01')).toContainEqual({ text: span, type: 'district', code });
  });

  it('reads a district in the spelling the press and the registry of today use', () => {
    // The 2024 registry spells the district "Mù Căng Chải", the 2025 one its commune "Mù Cang Chải".
    expect(places('Yên Bái: du khách đổ về Mù Cang Chải ngắm lúa chín.', '2024-09')).toContainEqual({
      text: 'Mù Cang Chải',
      type: 'district',
      code: '137',
    });
  });

  it('reads a bare district only in the province the article writes about', () => {
    expect(places('Hà Nội mở rộng khu vực Liên Chiểu.', '2019-01').map((f) => f.text)).not.toContain(
      'Liên Chiểu',
    );
  });

  it('leaves a district name inside a person name or a run of capitals', () => {
    const found = places('Đà Nẵng khen thưởng ông Trần Hòa Vang và Công ty Hòa Vang Xanh.', '2019-01');
    expect(found.map((f) => f.text)).toEqual(['Đà Nẵng']);
  });

  it('reads no bare district after the 2025 reform abolished districts', () => {
    expect(places('Đà Nẵng đầu tư mạnh cho khu vực Liên Chiểu.', '2025-10').map((f) => f.type)).not.toContain(
      'district',
    );
  });
});

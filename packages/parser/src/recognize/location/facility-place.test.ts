import { describe, expect, it } from 'vitest';
import { recognizeLocations } from '../location.js';
import { contextOf } from '../tokens/test-context.js';

const coded = (text: string, date: string) =>
  recognizeLocations(contextOf(text, date)).map((f) => ({
    text: f.evidence.text,
    type: f.type,
    code: f.code,
  }));

describe('the place a facility is named by', () => {
  it('reads the commune of a border gate in the article province', () => {
    expect(coded('Lạng Sơn: hàng hóa qua cửa khẩu Tân Thanh tăng mạnh.', '2024-03')).toContainEqual({
      text: 'Tân Thanh',
      type: 'commune',
      code: '06166',
    });
  });

  it('reads the district of an airport before 2025 and the commune after', () => {
    expect(coded('Tỉnh Đồng Nai bàn giao mặt bằng sân bay Long Thành.', '2022-12')).toContainEqual({
      text: 'Long Thành',
      type: 'district',
      code: '740',
    });
    expect(coded('Tỉnh Đồng Nai đẩy nhanh tiến độ sân bay Long Thành.', '2025-11')).toContainEqual({
      text: 'Long Thành',
      type: 'commune',
      code: '26368',
    });
  });

  it('reads the commune or district a floating market is named by, but no place a market hall is', () => {
    expect(coded('Sáng 12/5, chợ nổi Cái Bè tấp nập ghe xuồng.', '2026-05')).toContainEqual({
      text: 'Cái Bè',
      type: 'commune',
      code: '28360',
    });
    expect(coded('Tỉnh Hậu Giang bảo tồn chợ nổi Ngã Bảy.', '2024-10')).toContainEqual({
      text: 'Ngã Bảy',
      type: 'district',
      code: '931',
    });
    expect(coded('TP.HCM: chợ Bến Thành đón khách dịp Tết.', '2024-02').map((f) => f.text)).not.toContain(
      'Bến Thành',
    );
  });

  it('reads the commune a landfill is named by', () => {
    expect(coded('Tỉnh Nghệ An: bãi chôn lấp Nghi Yên đã quá tải.', '2024-03')).toContainEqual({
      text: 'Nghi Yên',
      type: 'commune',
      code: '17833',
    });
  });

  it('reads the ward a passenger port is named by', () => {
    expect(coded('Vé điện tử áp dụng tại cảng tàu khách quốc tế Tuần Châu.', '2024-08')).toContainEqual({
      text: 'Tuần Châu',
      type: 'commune',
      code: '06700',
    });
  });

  it('reads no place for a facility whose bracketed province has no unit of its name', () => {
    expect(
      coded('Xe chở alumin về cảng Gò Dầu (Đồng Nai) để xuất khẩu.', '2024-06').map((p) => p.text),
    ).toEqual(['Đồng Nai']);
  });

  it('reads no place for a facility whose name the article province lacks', () => {
    expect(coded('Tỉnh Lạng Sơn có cửa khẩu Hữu Nghị.', '2024-03').map((p) => p.text)).toEqual(['Lạng Sơn']);
    expect(coded('Tỉnh Lạng Sơn cử đoàn đến sân bay Long Thành.', '2024-03').map((p) => p.text)).toEqual([
      'Lạng Sơn',
    ]);
  });
});

describe('facilities in a list', () => {
  it('reads each gate the gazetteer has, past one named otherwise', () => {
    const found = coded(
      'Ba cửa khẩu Hữu Nghị, Tân Thanh và Chi Ma của tỉnh Lạng Sơn chiếm 85% kim ngạch.',
      '2023-04',
    );
    expect(found.filter((p) => p.type === 'commune')).toEqual([
      { text: 'Tân Thanh', type: 'commune', code: '06166' },
    ]);
  });

  it('reads no plateau in a brand written with two capitals', () => {
    expect(coded('Hợp tác xã Cao Nguyên Xanh ở tỉnh Gia Lai.', '2023-04').map((p) => p.type)).not.toContain(
      'region',
    );
  });
});

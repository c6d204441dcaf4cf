import { describe, expect, it } from 'vitest';
import { foldForMatch } from '../text/fold.js';
import { matchScale, matchUnit } from './units.js';

const unitOf = (s: string) => {
  const m = matchUnit(foldForMatch(s), 0);
  return m && { kind: m.kind, unit: m.unit, text: s.slice(0, m.end) };
};

describe('matchUnit', () => {
  it.each([
    ['đồng/người', 'measure', 'VND', 'đồng'],
    ['VNĐ.', 'measure', 'VND', 'VNĐ'],
    ['USD', 'measure', 'USD', 'USD'],
    ['đô la Mỹ', 'measure', 'USD', 'đô la Mỹ'],
    ['euro', 'measure', 'EUR', 'euro'],
    ['yên', 'measure', 'JPY', 'yên'],
    ['% kế hoạch', 'measure', '%', '%'],
    ['điểm phần trăm so', 'measure', 'pp', 'điểm phần trăm'],
    ['điểm', 'measure', 'điểm', 'điểm'],
    ['ha cà phê', 'measure', 'ha', 'ha'],
    ['hécta', 'measure', 'ha', 'hécta'],
    ['m² sàn', 'measure', 'm2', 'm²'],
    ['km2', 'measure', 'km2', 'km2'],
    ['km đường', 'measure', 'km', 'km'],
    ['tấn lúa', 'measure', 'tấn', 'tấn'],
    ['lít', 'measure', 'lít', 'lít'],
    ['ml tùy người', 'measure', 'ml', 'ml'],
    ['lần', 'measure', 'lần', 'lần'],
    ['CV trở lên', 'measure', 'CV', 'CV'],
    ['mã lực', 'measure', 'CV', 'mã lực'],
    ['kVA trạm biến áp', 'measure', 'kVA', 'kVA'],
    ['MVA', 'measure', 'MVA', 'MVA'],
    ['kV', 'measure', 'kV', 'kV'],
    ['tua-bin gió', 'counted', null, 'tua-bin'],
    ['cây trồng chủ lực', 'counted', null, 'cây trồng'],
    ['khu vực trọng điểm', 'counted', null, 'khu vực'],
    ['Nhà văn hoá', 'counted', null, 'Nhà văn hoá'],
    ['đồng chí', 'counted', null, 'đồng chí'],
    ['lượt khách', 'counted', null, 'lượt khách'],
    ['vé xổ số kiến thiết', 'counted', null, 'vé'],
    ['kỳ quay thưởng', 'counted', null, 'kỳ'],
    ['kỳ họp', 'counted', null, 'kỳ họp'],
    ['chai rượu vang', 'counted', null, 'chai'],
    ['bao cát chắn sóng', 'counted', null, 'bao cát'],
    ['trạm quan trắc môi trường', 'counted', null, 'trạm quan trắc'],
    ['câu lạc bộ khởi nghiệp', 'counted', null, 'câu lạc bộ'],
    ['năm qua', 'duration', null, 'năm'],
    ['tháng', 'duration', null, 'tháng'],
  ])('%s', (s, kind, unit, text) => {
    expect(unitOf(s)).toEqual({ kind, unit, text });
  });

  it('needs a word boundary: "ha" is not in "hai", "m" not in "mũi"', () => {
    expect(unitOf('hai')).toBeNull();
    expect(unitOf('mũi')?.text).not.toBe('m');
    expect(unitOf('đôi')).toBeNull();
  });

  it('reads the longest counted noun: construction teams, not vaccine doses', () => {
    expect(unitOf('mũi thi công trên công trường')).toEqual({
      kind: 'counted',
      unit: null,
      text: 'mũi thi công',
    });
    expect(unitOf('mũi vắc xin')?.text).toBe('mũi');
    expect(unitOf('đoàn giám sát chuyên đề')?.text).toBe('đoàn giám sát');
    expect(unitOf('lượt truy cập trên sàn')?.text).toBe('lượt truy cập');
    expect(unitOf('máy bơm dầu')?.text).toBe('máy bơm');
    expect(unitOf('hóa đơn điện tử')?.text).toBe('hóa đơn');
    // Shares and bonds: the "trái" of "trái phiếu" is no fruit's classifier.
    expect(unitOf('trái phiếu riêng lẻ')?.text).toBe('trái phiếu');
    expect(unitOf('cổ phiếu được khớp')?.text).toBe('cổ phiếu');
    expect(unitOf('mẫu bệnh phẩm dương tính')?.text).toBe('mẫu bệnh phẩm');
    // Exchanges, exam subjects and deputies are counted too.
    expect(unitOf('sàn giao dịch')?.text).toBe('sàn giao dịch');
    expect(unitOf('môn thi')?.text).toBe('môn thi');
    expect(unitOf('liệt sĩ')?.text).toBe('liệt sĩ');
    // A sample, a boat, a raft, whatever was sampled or carried.
    expect(unitOf('mẫu tôm nhiễm bệnh')?.text).toBe('mẫu');
    expect(unitOf('ghe chở khách')?.text).toBe('ghe');
    expect(unitOf('Phó Chủ tịch UBND')?.text).toBe('Phó Chủ tịch');
  });

  it('reads no unit in a word that only opens with a counted noun', () => {
    expect(unitOf('bản lề để phục hồi')).toBeNull();
    expect(unitOf('bản sắc văn hóa')).toBeNull();
    expect(unitOf('bản làng')?.text).toBe('bản');
  });
});

describe('matchScale', () => {
  it.each([
    ['triệu USD', 1e6],
    ['tỷ đồng', 1e9],
    ['tỉ', 1e9],
    ['nghìn', 1e3],
    ['ngàn', 1e3],
    ['vạn', 1e4],
  ])('%s', (s, value) => {
    expect(matchScale(foldForMatch(s), 0)?.[0]).toBe(value);
  });

  it('reads "tr" as a million only right before "đ": "trđ", "tr.đ"', () => {
    expect(matchScale(foldForMatch('trđ/người'), 0)).toEqual([1e6, 2]);
    expect(matchScale(foldForMatch('tr.đ'), 0)).toEqual([1e6, 3]);
    expect(matchScale(foldForMatch('tr đường'), 0)).toBeNull();
    expect(matchScale(foldForMatch('trđường'), 0)).toBeNull();
    expect(matchScale(foldForMatch('trận'), 0)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { recognizeOrganizations } from '../organization.js';
import { contextOf } from '../tokens/test-context.js';

const named = (text: string) => recognizeOrganizations(contextOf(text)).map((f) => [f.evidence.text, f.name]);

describe('the board of a zone', () => {
  it.each([
    [
      'Ban Quản lý Khu kinh tế mở Chu Lai cấp phép 3 dự án.',
      'Ban Quản lý Khu kinh tế mở Chu Lai',
      'Ban Quản lý Khu kinh tế mở Chu Lai',
    ],
    ['BQL KKTM Chu Lai cấp phép 3 dự án.', 'BQL KKTM Chu Lai', 'Ban Quản lý Khu kinh tế mở Chu Lai'],
    ['BQL KCN Tân Trường cho biết.', 'BQL KCN Tân Trường', 'Ban Quản lý Khu công nghiệp Tân Trường'],
    [
      'BQL các KCN tỉnh Bình Dương cho biết.',
      'BQL các KCN tỉnh Bình Dương',
      'Ban Quản lý các khu công nghiệp tỉnh Bình Dương',
    ],
    [
      'Ban Quản lý Khu kinh tế tỉnh Hà Tĩnh cho biết.',
      'Ban Quản lý Khu kinh tế tỉnh Hà Tĩnh',
      'Ban Quản lý Khu kinh tế tỉnh Hà Tĩnh',
    ],
    [
      'Ban Quản lý Khu kinh tế Nghi Sơn và các khu công nghiệp tỉnh cho biết.',
      'Ban Quản lý Khu kinh tế Nghi Sơn và các khu công nghiệp tỉnh',
      'Ban Quản lý Khu kinh tế Nghi Sơn và các khu công nghiệp tỉnh',
    ],
  ])('%s', (text, span, name) => {
    expect(named(text)).toContainEqual([span, name]);
  });

  it('reads the board of a site named by its capitals, and none where no name follows', () => {
    expect(named('Ban Quản lý chợ Đông Ba họp bàn.')).toEqual([
      ['Ban Quản lý chợ Đông Ba', 'Ban Quản lý chợ Đông Ba'],
    ]);
    expect(named('Ban Quản lý chợ họp bàn.')).toEqual([]);
  });
});

describe('the zone a board is named for', () => {
  it("takes a capital, as the board's name is written in full", () => {
    expect(named('Ban Quản lý KKT cấp phép 5 dự án.')).toEqual([
      ['Ban Quản lý KKT', 'Ban Quản lý Khu kinh tế'],
    ]);
    expect(named('BQL KCN đã rà soát.')).toEqual([['BQL KCN', 'Ban Quản lý Khu công nghiệp']]);
  });
});

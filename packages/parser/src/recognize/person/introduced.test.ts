import { describe, expect, it } from 'vitest';
import { recognizePeople } from '../person.js';
import { contextOf } from '../tokens/test-context.js';

const names = (text: string) => recognizePeople(contextOf(text, '2024-05')).map((f) => f.name);

describe('capitals after a place type are a place, not a person', () => {
  it.each([
    ['Doanh nghiệp trong KKTM Vân Phong tăng vốn.', 'Vân Phong'],
    ['Hạ tầng KKT Chu Lương được đầu tư thêm.', 'Chu Lương'],
    ['Tuyến xe buýt qua cầu Trần Thị Lý rất đông.', 'Trần Thị Lý'],
    ['Nhà đầu tư chọn khu đô thị Lê Hồng Phong mở rộng.', 'Lê Hồng Phong'],
    ['Đoàn khảo sát tại xã Trần Hưng Đạo, huyện Kim Sơn.', 'Trần Hưng Đạo'],
  ])('%s', (text, place) => {
    expect(names(text)).not.toContain(place);
  });

  it('still reads the person a place type comes before in a title', () => {
    expect(names('Trưởng BQL KKTM Vân Phong Trần Văn Hải phát biểu.')).toEqual(['Trần Văn Hải']);
    expect(names('Chủ tịch UBND huyện Nguyễn Văn An phát biểu.')).toEqual(['Nguyễn Văn An']);
    expect(names('Chủ tịch xã Lê Thị Hoa cho biết.')).toEqual(['Lê Thị Hoa']);
    expect(names('Chủ tịch HĐND thành phố Phạm Văn Bình dự lễ.')).toEqual(['Phạm Văn Bình']);
    expect(names('Tỉnh yêu cầu Đỗ Văn Nam báo cáo.')).toEqual(['Đỗ Văn Nam']);
  });
});

describe('foreign names where a courtesy word, rank or title introduces them', () => {
  it.each([
    ['Về phía đối tác có ông Kim Min-jun, Giám đốc dự án.', 'Kim Min-jun'],
    ['Bà Lim Wei Ling cho biết công ty sẽ mở rộng.', 'Lim Wei Ling'],
    ['Ông Suzuki Kenji đề nghị tỉnh hỗ trợ mặt bằng.', 'Suzuki Kenji'],
    ['Tổng Giám đốc Watanabe Taro phát biểu.', 'Watanabe Taro'],
    ['Đại tá Y Ngông Niê - Chỉ huy trưởng dự họp.', 'Y Ngông Niê'],
    ['Đại tá Rơ Châm Long dự lễ.', 'Rơ Châm Long'],
  ])('%s', (text, name) => {
    expect(names(text)).toContain(name);
  });

  it.each([
    'Ông Nguyễn cho biết thêm.',
    'Bà con Hà Giang vui mừng.',
    'Giám đốc Sở Tư pháp phát biểu.',
    'Ông cho biết Hàn Quốc là đối tác lớn.',
    'Các doanh nghiệp Singapore Airlines mở đường bay.',
    'Chủ tịch Tập đoàn Hanwha Group đến thăm.',
  ])('reads no foreign name in %s', (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('an envoy named after the country and seat of the title', () => {
  it.each([
    ['Cùng dự có Đại sứ Hàn Quốc tại Việt Nam Choi Young Sam.', 'Choi Young Sam'],
    ['Tổng Lãnh sự Hoa Kỳ tại TP.HCM Susan Burns dự lễ.', 'Susan Burns'],
  ])('%s', (text, name) => {
    expect(names(text)).toEqual([name]);
  });

  it('reads no person in a country named after the title', () => {
    expect(names('Đại sứ Hàn Quốc tại Việt Nam phát biểu.')).toEqual([]);
  });
});

describe('the given names of someone named in full before', () => {
  it('are that person spoken of again, no full name', () => {
    expect(
      names('Ông Danh Chanh Đa, ngư dân người Khmer, cho biết. Ông Chanh Đa và nhiều chủ tàu đã ký cam kết.'),
    ).toEqual(['Danh Chanh Đa']);
  });

  it('still reads a full name that shares the given name', () => {
    expect(names('Ông Danh Chanh Đa cho biết. Ông Nguyễn Văn Đa cũng ký.')).toEqual([
      'Danh Chanh Đa',
      'Nguyễn Văn Đa',
    ]);
  });
});

describe('a courtesy word opening the sentence', () => {
  it('is no surname of the name after it', () => {
    expect(names('Bà Thị Mai Hơn, Bí thư Đảng ủy xã Bom Bo, cho biết.')).toEqual(['Thị Mai Hơn']);
  });
});

describe('an islet named "Cù Lao"', () => {
  it('is no person, though "Cù" is a surname', () => {
    expect(names('Du khách ra Cù Lao Chàm tăng mạnh; ông Cù Văn Lâm cho biết.')).toEqual(['Cù Văn Lâm']);
  });
});

describe('surnames no gazetteer lists, known by "Thị"', () => {
  it.each([
    ['Bà Bố Thị Hồng Nhung, Giám đốc công ty, cho biết.', 'Bố Thị Hồng Nhung'],
    ['Bí thư Đảng ủy xã Phan Sơn Bo Bo Thị Ngọc phát biểu.', 'Bo Bo Thị Ngọc'],
  ])('%s', (text, name) => {
    expect(names(text)).toEqual([name]);
  });
});

describe('"Ban" opening a board', () => {
  it('is no Dao surname there', () => {
    expect(names('Ông Hà Văn An, Giám đốc Ban Quản lý các khu di tích tỉnh; ông Ban Văn Quản dự.')).toEqual([
      'Hà Văn An',
      'Ban Văn Quản',
    ]);
  });
});

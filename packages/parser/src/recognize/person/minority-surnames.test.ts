import { describe, expect, it } from 'vitest';
import { recognizePeople } from '../person.js';
import { contextOf } from '../tokens/test-context.js';

const names = (text: string) => recognizePeople(contextOf(text, '2024-05')).map((f) => f.name);

// Surnames of ethnic minorities (data/surnames.json) open a name like Kinh ones.
describe('ethnic-minority surnames', () => {
  it.each([
    ['Bí thư Huyện ủy Mường Tè Pờ Thị Hoa dự lễ.', 'Pờ Thị Hoa'], // Hà Nhì
    ['Chủ tịch UBND xã Ia Pếch Kpuih Hlen phát biểu.', 'Kpuih Hlen'], // Bahnar
    ['Trưởng bản Chẻo Văn Sinh được khen thưởng.', 'Chẻo Văn Sinh'], // Dao
    ['Chủ tịch Hội Nông dân tỉnh Điêu Thị Hương trình bày tham luận.', 'Điêu Thị Hương'], // Thái
    ['Theo Mè Văn Tám, bản đã hết hộ đói.', 'Mè Văn Tám'], // Thái
    ['Phó Chủ tịch UBND huyện Sìn Hồ Chang A Dình chủ trì.', 'Chang A Dình'], // Hmông
    ['Giám đốc Sở Y tế Hạng A Páo cho biết như vậy.', 'Hạng A Páo'], // Hmông
    ['Trưởng thôn Phàn Văn Sáng chia sẻ kinh nghiệm.', 'Phàn Văn Sáng'], // Dao
    ['Bí thư Chi bộ Chẩu Thị Lan nhận giải.', 'Chẩu Thị Lan'], // Tày
    ['Phó Bí thư Huyện ủy Đèo Văn Pọm đến dự.', 'Đèo Văn Pọm'], // Thái
    ['Chủ tịch UBND xã Ia Hrú Rơ Ô Thơ phát biểu.', 'Rơ Ô Thơ'], // Gia Rai
    ['Bà Kră Jăn Ha Ni cho biết vụ hoa đạt cao.', 'Kră Jăn Ha Ni'], // Cơ Ho
    ['Chủ tịch UBND xã Lát Liêng Hót Ha Thuân phát biểu.', 'Liêng Hót Ha Thuân'], // Cơ Ho
    ['Trưởng thôn Cil Brông chia sẻ kinh nghiệm.', 'Cil Brông'], // Cơ Ho
    ['Phó Chủ tịch HĐND huyện Rơ Lan Thị Hiền nhận quà.', 'Rơ Lan Thị Hiền'], // Gia Rai
  ])('%s', (text, name) => {
    expect(names(text)).toContain(name);
  });

  it('keeps place names that open with such a syllable out', () => {
    expect(names('Huyện Mường Tè giáp tỉnh Điện Biên.')).toEqual([]);
    expect(names('Đoàn công tác đến thăm huyện Phong Thổ.')).toEqual([]);
    // "Sa" is a Thái surname and opens place names: "Sa Pa", "Sa Thầy".
    expect(names('Du khách đổ về Sa Pa dịp lễ.')).toEqual([]);
    expect(names('Huyện Sa Thầy có nhiều rừng.')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { recognizeOrganizations } from '../organization.js';
import { recognizePeople } from '../person.js';
import { contextOf } from '../tokens/test-context.js';

const named = (text: string) =>
  recognizeOrganizations(contextOf(text)).map((f) => [f.evidence.text, f.name, f.type]);

describe('an airport as a body', () => {
  it('is the company that runs it when its director speaks or it is cited', () => {
    expect(named('Bà Lê Thị Hạnh, Phó Giám đốc Cảng hàng không quốc tế Liên Khương cho biết.')).toEqual([
      ['Cảng hàng không quốc tế Liên Khương', 'Cảng hàng không quốc tế Liên Khương', 'company'],
    ]);
    expect(named('Theo Cảng hàng không Buôn Ma Thuột, quý I cảng phục vụ 400.000 khách.')).toEqual([
      ['Cảng hàng không Buôn Ma Thuột', 'Cảng hàng không Buôn Ma Thuột', 'company'],
    ]);
  });

  it('is the company at each of its mentions once the article shows it so', () => {
    expect(
      named(
        'Tại Cảng hàng không Chu Lai, quý I có 120 chuyến bay. Ông Lê Văn Tám, Giám đốc Cảng hàng không Chu Lai cho biết. Dự án mở rộng Cảng hàng không Phù Cát chậm.',
      ).map(([text]) => text),
    ).toEqual(['Cảng hàng không Chu Lai', 'Cảng hàng không Chu Lai']);
  });

  it('is the company that runs it when it goes on to run flights or serve passengers', () => {
    expect(named('Cảng hàng không quốc tế Phú Quốc hiện khai thác 27 đường bay quốc tế.')).toEqual([
      ['Cảng hàng không quốc tế Phú Quốc', 'Cảng hàng không quốc tế Phú Quốc', 'company'],
    ]);
    expect(
      named(
        'Cảng hàng không Tuy Hoà 9 tháng phục vụ 412.300 lượt hành khách. Tại Cảng hàng không quốc tế Cam Ranh, 2 tháng đầu năm khai thác 7.350 chuyến bay. Cảng hàng không Phù Cát (xã Phù Cát, tỉnh Gia Lai) đã nối lại 2 đường bay.',
      ).map(([text]) => text),
    ).toEqual(['Cảng hàng không Tuy Hoà', 'Cảng hàng không quốc tế Cam Ranh', 'Cảng hàng không Phù Cát']);
    // What is built or spent on it is the airfield's, not the company's doing.
    expect(
      named('Cảng hàng không Điện Biên có tổng mức đầu tư 1.548 tỷ đồng, phục vụ 300.000 khách.'),
    ).toEqual([]);
    expect(named('Tại Cảng hàng không Điện Biên, đường cất hạ cánh mới dài 2.400 m.')).toEqual([]);
  });

  it('is no body where it is the airfield or the project to build it', () => {
    expect(named('Dự án mở rộng Cảng hàng không Rạch Giá có tổng mức đầu tư 900 tỷ đồng.')).toEqual([]);
    expect(named('Khách làm thủ tục tại nhà ga Cảng hàng không Liên Khương.')).toEqual([]);
  });
});

describe("an airport in its director's title", () => {
  it('is read whole, its lower-case kind words with it', () => {
    const people = recognizePeople(
      contextOf('Ông Trần Văn Bình, Giám đốc Cảng hàng không quốc tế Liên Khương cho biết.'),
    );
    expect(people.map((p) => p.titles)).toEqual([['Giám đốc Cảng hàng không quốc tế Liên Khương']]);
  });

  it("ends at the place it is named for when the director's name follows", () => {
    const text = 'Giám đốc Cảng hàng không Phù Cát Hà Quang Vĩnh cho biết, sân bay phục vụ 1 triệu khách.';
    expect(named(text).map(([name]) => name)).toEqual(['Cảng hàng không Phù Cát']);
    expect(recognizePeople(contextOf(text)).map((p) => [p.name, p.titles])).toEqual([
      ['Hà Quang Vĩnh', ['Giám đốc Cảng hàng không Phù Cát']],
    ]);
  });
});

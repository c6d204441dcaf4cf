import { describe, expect, it } from 'vitest';
import { recognizeLocations } from '../location.js';
import { contextOf } from '../tokens/test-context.js';

const places = (text: string) =>
  recognizeLocations(contextOf(text, '2022-05')).map((f) => ({
    text: f.evidence.text,
    name: f.name,
    type: f.type,
  }));

describe('plateaus', () => {
  it.each([
    ['Du lịch trên Cao nguyên đá Đồng Văn hồi phục.', 'Cao nguyên đá Đồng Văn', 'Cao nguyên đá Đồng Văn'],
    ['Khách lên cao nguyên Mộc Châu ngắm hoa mận.', 'cao nguyên Mộc Châu', 'Cao nguyên Mộc Châu'],
    ['Đà Lạt nằm trên cao nguyên Lâm Viên.', 'cao nguyên Lâm Viên', 'Cao nguyên Lâm Viên'],
  ])('reads the plateau as one region, the place in its name included: %s', (text, span, name) => {
    const found = places(text);
    expect(found).toContainEqual({ text: span, name, type: 'region' });
    expect(found.filter((p) => p.type === 'district')).toEqual([]);
  });

  it('reads no plateau without a name, and no bridge in "toàn cầu"', () => {
    expect(places('Vùng cao nguyên có khí hậu mát.')).toEqual([]);
    expect(
      places('Công viên địa chất toàn cầu Non Nước Cao Bằng được công nhận.').map((p) => p.type),
    ).not.toContain('road');
  });
});

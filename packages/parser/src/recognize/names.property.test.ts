import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recognizeLocations } from './location.js';
import { recognizeOrganizations } from './organization.js';
import { recognizePeople } from './person.js';
import { contextOf } from './tokens/test-context.js';

// Pieces of provincial news, shuffled with odd characters, so the text looks
// enough like the genre to reach deep into the rules.
const pieces = [
  'Bí thư Tỉnh ủy',
  'Nguyễn Văn An',
  'UBND tỉnh',
  'Uỷ ban nhân dân',
  'Hoà Bình',
  'Bình Phước',
  'TP.HCM',
  'KCN',
  'QL.1A',
  'ĐT 741',
  ' - ',
  ', ',
  '. ',
  '\n\n',
  'Đại tá',
  'Y',
  "H'Hen Niê",
  'Công ty TNHH',
  'Sở KH&ĐT',
  'huyện',
  'xã',
  'Tây Nguyên',
  'Việt Nam',
  '(',
  ')',
  'Ủy viên BTV',
  'Chỉ huy trưởng Bộ CHQS tỉnh',
  'đồng chí',
];
const newsLike = fc
  .array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 4 }), fc.constant(' ')), {
    maxLength: 40,
  })
  .map((parts) => parts.join(' '));

const recognizers = { recognizeLocations, recognizeOrganizations, recognizePeople };

describe.each(Object.entries(recognizers))('%s', (_, recognize) => {
  it('never throws, and every evidence is the text at its offsets', () => {
    fc.assert(
      fc.property(fc.oneof(newsLike, fc.string({ maxLength: 120 })), (text) => {
        const ctx = contextOf(text);
        for (const fact of recognize(ctx)) {
          expect(fact.evidence.text).toBe(text.slice(fact.evidence.start, fact.evidence.end));
          expect(fact.evidence.text.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });
});

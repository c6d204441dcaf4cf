import { describe, expect, it } from 'vitest';
import { parseDocument } from './parse-document.js';

// Pathological articles: one long paragraph each, of what a broken scrape or a hostile page
// gives. Each is parsed at n and 8n characters; linear time gives a ratio near 8, quadratic
// near 64. The bound (24) is on the ratio, not on seconds, and leaves room for a machine
// busy with other test files, so a slow or loaded machine does not fail it.
const SENTENCE =
  'Ngày 19/12, UBND tỉnh Quảng Ninh cho biết tổng thu ngân sách đạt 1.272 tỷ đồng, tăng 12,5% so với ' +
  'cùng kỳ năm 2015; ông Nguyễn Văn An, Chủ tịch UBND huyện Vân Đồn, trồng 300 ha rừng. ';

const repeat = (piece: string, length: number) =>
  piece.repeat(Math.ceil(length / piece.length)).slice(0, length);

const CASES: Record<string, { make: (n: number) => string; n: number }> = {
  '100,000 digits in a row': { make: (n) => '7'.repeat(n), n: 25_000 },
  '10,000 nested parentheses': {
    make: (n) => `${'('.repeat(n / 2)}Hà Nội có 5 ha${')'.repeat(n / 2)}`,
    n: 2_500,
  },
  'a 1 MB line of "1.1.1.1..."': { make: (n) => repeat('1.', n), n: 125_000 },
  '200 KB of "Nguyễn "': { make: (n) => repeat('Nguyễn ', n), n: 50_000 },
  'numbers without punctuation ("1 1 1 ...")': { make: (n) => repeat('1 ', n), n: 25_000 },
  'one clause of statistics ("tỷ lệ 5% tỷ lệ 5% ...")': { make: (n) => repeat('tỷ lệ 5% ', n), n: 25_000 },
  'a news sentence repeated in one paragraph': { make: (n) => repeat(SENTENCE, n), n: 40_000 },
  'unclosed parentheses with numbers ("(1 (1 (1 ...")': { make: (n) => repeat('(1 ', n), n: 25_000 },
  // Items of one list under a heading, each reading the heading.
  'a list of figures under one heading': {
    make: (n) => `Các chỉ tiêu năm 2025:\n${repeat('- Tỷ lệ hộ nghèo: 5%.\n', n)}`,
    n: 5_000,
  },
  // Communes of one name in many districts, and bodies closing with a place, all in one paragraph.
  'namesake communes beside their districts': {
    make: (n) => repeat('xã Tân Lập, huyện Đồng Phú, Đồn Biên phòng Lộc Tấn, tỉnh Bình Phước; ', n),
    n: 10_000,
  },
};

/**
 * The fastest of `times` parses of the article with this body, in ms of this process's CPU time:
 * wall time counts whatever else the machine runs meanwhile (CI runs every workspace's tests at
 * once on two cores), CPU time far less.
 */
function parseTime(body: string, times: number): number {
  const text = `date 2023-11 Bài kiểm tra\n\n${body}\n`;
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < times; i++) {
    const started = process.cpuUsage();
    const { document } = parseDocument(text, { source: 'long.txt' });
    const used = process.cpuUsage(started);
    best = Math.min(best, (used.user + used.system) / 1000);
    expect(document).not.toBeNull();
  }
  return best;
}

describe('parseDocument on pathological input', () => {
  parseTime(SENTENCE, 2);

  it.each(Object.entries(CASES))(
    '%s takes time linear in its length',
    (_, { make, n }) => {
      const small = parseTime(make(n), 3);
      const large = parseTime(make(8 * n), 3);
      // Under a few milliseconds the timer and the scheduler say little: count that as 5 ms.
      expect(large / Math.max(small, 5)).toBeLessThan(24);
    },
    120_000,
  );
});

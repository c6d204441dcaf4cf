import { TimeFact } from '@dukien/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contextOf } from './time/test-context.js';
import { recognizeTimes } from './time.js';

// Pieces of the time vocabulary and its near misses, so random text hits the rules.
const PIECES = [
  'Sáng',
  'chiều',
  'tối',
  'ngày',
  'hôm',
  'tháng',
  'năm',
  'quý',
  'I',
  'II',
  'III',
  'IV',
  'giai đoạn',
  'nhiệm kỳ',
  'thời kỳ',
  'đầu',
  'cuối',
  'giữa',
  'đến',
  'hết',
  'từ',
  'trong',
  'cùng kỳ',
  'trước',
  'ngoái',
  'nay',
  'tới',
  'qua',
  'gần',
  'hơn',
  'nửa',
  'ba',
  'hai',
  'số',
  'NQ/TU',
  'QĐ-UBND',
  'huyện',
  '%',
  'và',
  '/',
  '-',
  '–',
  '.',
  ',',
  ' ',
  '  ',
  '\n',
  '\n\n',
  '(',
  ')',
  '11',
  '13',
  '2',
  '29',
  '31',
  '0',
  '12',
  '2023',
  '2024',
  '1999',
  '2100',
  '2.000',
  '7,92',
  '1.272',
  'Uỷ ban',
  'GIAI ĐOẠN',
  '\u00a0',
  'ẞ',
  '😀',
];

const SENTENCES = [
  'Sáng 11/11, đoàn làm việc với tỉnh; ngày 15/3/2024 họp tiếp.',
  'Kinh tế 6 tháng đầu năm 2024 tăng so với cùng kỳ năm trước; trong 6 tháng, thu 2 tỷ.',
  'Giai đoạn 2021 - 2025, tầm nhìn đến năm 2045, đến hết năm 2023 và quý III/2024.',
  'Từ tháng 11 đến tháng 2/2025, ngày 10 đến 12/7, Nghị quyết 15/2023/NĐ-CP, 11/13 huyện.',
  'Trong gần 3 năm, 5 năm qua, năm nay, năm ngoái, đầu nhiệm kỳ 2020 - 2025, 4.1.2017, tháng 1.2018.',
];

const pieceText = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((parts) => parts.join(' '));
const mutated = fc
  .tuple(
    fc.constantFrom(...SENTENCES),
    fc.array(fc.tuple(fc.nat(), fc.nat({ max: 3 }), fc.constantFrom(...PIECES)), { maxLength: 8 }),
  )
  .map(([sentence, edits]) =>
    edits.reduce((s, [at, cut, insert]) => {
      const i = at % (s.length + 1);
      return s.slice(0, i) + insert + s.slice(i + cut);
    }, sentence),
  );
const anyText = fc.oneof(pieceText, mutated, fc.string({ unit: 'grapheme', maxLength: 80 }));
const headerMonth = fc
  .tuple(fc.integer({ min: 1990, max: 2030 }), fc.integer({ min: 1, max: 12 }))
  .map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`);

function isCalendarDate(iso: string): boolean {
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso;
}

describe('recognizeTimes on random and mutated text', () => {
  it('never throws, grounds every span, and gives valid ordered dates', () => {
    fc.assert(
      fc.property(anyText, headerMonth, (text, date) => {
        const ctx = contextOf(text.normalize('NFC'), date);
        const facts = recognizeTimes(ctx);
        for (const fact of facts) {
          const { start, end, text: evidence } = fact.evidence;
          expect(evidence).toBe(ctx.text.slice(start, end));
          expect(evidence.length).toBeGreaterThan(0);
          expect(TimeFact.safeParse({ ...fact, id: 'x', documentId: 'd' }).success).toBe(true);
          for (const iso of [fact.start, fact.end]) if (iso !== null) expect(isCalendarDate(iso)).toBe(true);
          if (fact.start !== null && fact.end !== null) expect(fact.start <= fact.end).toBe(true);
        }
        for (let i = 1; i < facts.length; i++) {
          expect(facts[i]!.evidence.start).toBeGreaterThanOrEqual(facts[i - 1]!.evidence.end);
        }
      }),
      { seed: 20231111, numRuns: 400 },
    );
  });
});

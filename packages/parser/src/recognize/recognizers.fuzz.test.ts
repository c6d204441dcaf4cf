import { Fact, offsetMap } from '@dukien/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../read/read-document.js';
import { generateArticle } from '../synthetic/index.js';
import { fuzzSettings } from '../test-support/fuzz-settings.js';
import { foldForMatch } from '../text/fold.js';
import type { DraftFact, RecognizeContext } from './context.js';
import { recognizeIndicators } from './indicator.js';
import { recognizeLocations } from './location.js';
import { recognizeOrganizations } from './organization.js';
import { recognizePeople } from './person.js';
import { recognizeQuantities } from './quantity.js';
import { recognizeTimes } from './time.js';

// Pieces of provincial news and their near misses, so random edits reach deep into the rules.
const PIECES = [
  'UBND tỉnh',
  'Hà Tĩnh',
  'huyện Vân Đồn',
  'Bí thư Tỉnh ủy',
  'ông Nguyễn Văn An',
  'Công ty TNHH',
  'QL.1A',
  'KCN',
  'tỷ lệ hộ nghèo',
  'tổng thu ngân sách',
  'ước đạt',
  'phấn đấu',
  'tăng',
  'so với cùng kỳ',
  '6 tháng đầu năm',
  'quý III/2024',
  'giai đoạn 2021 - 2025',
  'ngày 15/3',
  '1.272 tỷ đồng',
  '7,92%',
  '11/13 huyện',
  'từ 86 đến 88 triệu đồng',
  'gấp đôi',
  '(',
  ')',
  ', ',
  '. ',
  '; ',
  '\n\n',
  ' ',
  '-',
  '/',
  '0',
  '9',
  '😀',
  '\u0301',
  '\u00a0',
];

const ARTICLES = [1, 2, 3, 4, 5].map((seed) => generateArticle(seed).text);
const HEADER = 'date 2023-11 Tin tức tỉnh\n\n';

/** A generated article with a few spots replaced by news pieces or random characters. */
const mutatedArticle = fc
  .tuple(
    fc.constantFrom(...ARTICLES),
    fc.array(
      fc.tuple(
        fc.nat(),
        fc.nat({ max: 30 }),
        fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'grapheme', maxLength: 8 })),
      ),
      { maxLength: 10 },
    ),
  )
  .map(([text, edits]) =>
    edits.reduce((s, [at, cut, insert]) => {
      // Keep the header line, so the article is read and reaches the recognizers.
      const i = s.indexOf('\n') + 1 + (at % Math.max(1, s.length - s.indexOf('\n')));
      return s.slice(0, i) + insert + s.slice(i + cut);
    }, text),
  );

/** Random news pieces in a row, under a header. */
const piecesText = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 4 })), { maxLength: 60 })
  .map((parts) => HEADER + parts.join(' '));

const anyText = fc.oneof(
  mutatedArticle,
  piecesText,
  fc.string({ unit: 'grapheme', maxLength: 200 }).map((s) => HEADER + s),
  fc.string({ unit: 'binary', maxLength: 200 }).map((s) => HEADER + s),
);

/** The context parseDocument gives the recognizers, for a text that reads as an article. */
function contextOf(text: string): RecognizeContext | null {
  const { document } = readDocument(text, { source: 'fuzz.txt' });
  if (!document) return null;
  const map = offsetMap(document.text);
  return {
    text: document.text,
    folded: foldForMatch(document.text),
    date: document.date,
    paragraphs: document.paragraphs.map((p) => ({
      ...p,
      start: map.toUtf16(p.start),
      end: map.toUtf16(p.end),
    })),
  };
}

/** Every number anywhere in a value. */
function numbersIn(value: unknown): number[] {
  if (typeof value === 'number') return [value];
  if (Array.isArray(value)) return value.flatMap(numbersIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(numbersIn);
  return [];
}

function isCalendarDate(iso: string): boolean {
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso;
}

/** What every fact of every recognizer must hold. */
function checkFacts(ctx: RecognizeContext, facts: readonly DraftFact[]): void {
  for (const fact of facts) {
    const { start, end, text } = fact.evidence;
    expect(Number.isInteger(start) && Number.isInteger(end)).toBe(true);
    expect(start).toBeGreaterThanOrEqual(0);
    expect(end).toBeLessThanOrEqual(ctx.text.length);
    expect(end).toBeGreaterThan(start);
    expect(text).toBe(ctx.text.slice(start, end));
    for (const n of numbersIn(fact)) expect(Number.isFinite(n)).toBe(true);
    const dates =
      fact.kind === 'time'
        ? [fact.start, fact.end]
        : fact.kind === 'indicator'
          ? [fact.period.start, fact.period.end]
          : [];
    for (const iso of dates) if (iso !== null) expect(isCalendarDate(iso)).toBe(true);
    const [first, last] = dates;
    if (first && last) expect(first <= last).toBe(true);
    // The schema the dataset is checked against (offsets as they stand: UTF-16 here).
    const parsed = Fact.safeParse({ ...fact, id: 'fuzz:x:0-1', documentId: 'fuzz' });
    if (!parsed.success) expect(parsed.error.issues).toEqual([]);
  }
}

/** Every recognizer, fed as parseDocument feeds it. */
function recognizeAll(ctx: RecognizeContext) {
  const times = recognizeTimes(ctx);
  const locations = recognizeLocations(ctx);
  const organizations = recognizeOrganizations(ctx);
  const people = recognizePeople(ctx, { locations, organizations });
  const quantities = recognizeQuantities(ctx, { exclude: times.map((t) => t.evidence) });
  const indicators = recognizeIndicators(ctx, { quantities, times, locations, organizations });
  return { times, locations, organizations, people, quantities, indicators };
}

describe('every recognizer on random and damaged articles', () => {
  it('never throws; each evidence is the text at its offsets; numbers finite; dates real and ordered', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const ctx = contextOf(text);
        if (!ctx) return;
        for (const facts of Object.values(recognizeAll(ctx))) checkFacts(ctx, facts);
      }),
      fuzzSettings(7101, 150),
    );
  });

  it("alone, without the other recognizers' facts, never throws either", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const ctx = contextOf(text);
        if (!ctx) return;
        checkFacts(ctx, recognizePeople(ctx));
        checkFacts(ctx, recognizeQuantities(ctx));
        checkFacts(
          ctx,
          recognizeIndicators(ctx, { quantities: [], times: [], locations: [], organizations: [] }),
        );
      }),
      fuzzSettings(7102, 100),
    );
  });
});

import { describe, expect, it } from 'vitest';
import { sampleDocument, sampleFact } from '../test-support/sample.js';
import { placeFacts } from './place.js';

const doc = sampleDocument('d', 'Tỉnh 😀 Đồng Nai có 3 dự án.');

describe('placeFacts', () => {
  it('turns code point offsets into UTF-16 indices past an astral character', () => {
    const fact = sampleFact(doc, 'location', 'Đồng Nai');
    const { placed, unplaced } = placeFacts(doc, [fact]);
    expect(unplaced).toEqual([]);
    expect(placed).toHaveLength(1);
    const { start, end } = placed[0]!;
    expect(fact.evidence.start).toBe(7);
    expect(doc.text.slice(start, end)).toBe('Đồng Nai');
  });

  it('sets aside a span past the end of the text with its reason', () => {
    const fact = { ...sampleFact(doc, 'quantity', '3 dự án'), evidence: { start: 20, end: 99, text: 'x' } };
    expect(placeFacts(doc, [fact])).toEqual({
      placed: [],
      unplaced: [
        { fact, reason: 'out_of_range', message: 'span 20-99 lies outside the text (27 characters)' },
      ],
    });
  });

  it('sets aside a span whose text differs from the evidence', () => {
    const good = sampleFact(doc, 'quantity', '3 dự án');
    const fact = { ...good, evidence: { ...good.evidence, text: '4 dự án' } };
    const { unplaced } = placeFacts(doc, [fact]);
    expect(unplaced.map((u) => u.reason)).toEqual(['text_mismatch']);
    expect(unplaced[0]!.message).toContain('"3 dự án"');
  });

  it('places the first of two facts sharing an id and lists the second', () => {
    const a = sampleFact(doc, 'location', 'Đồng Nai');
    const b = { ...sampleFact(doc, 'quantity', '3 dự án'), id: a.id };
    const { placed, unplaced } = placeFacts(doc, [a, b]);
    expect(placed.map((p) => p.fact)).toEqual([a]);
    expect(unplaced.map((u) => [u.fact, u.reason])).toEqual([[b, 'duplicate_id']]);
  });
});

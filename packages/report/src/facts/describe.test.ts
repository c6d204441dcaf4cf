import { describe, expect, it } from 'vitest';
import { sampleDocument, sampleFact } from '../test-support/sample.js';
import { describeFact, summarizeFact } from './describe.js';

const doc = sampleDocument(
  'd',
  'Năm 2023, Bí thư Tỉnh ủy Nguyễn Văn A cho biết GRDP ước đạt 8,5 - 9%, 11/13 huyện đạt chuẩn.',
);

describe('describeFact', () => {
  it('shows a range with its unit and leaves out empty fields', () => {
    const fact = sampleFact(doc, 'quantity', 'ước đạt 8,5 - 9%', {
      value: 8.5,
      valueMax: 9,
      unit: '%',
      approx: 'about',
    });
    expect(describeFact(fact)).toEqual([
      ['value', '8.5–9 %'],
      ['approx', 'about'],
    ]);
  });

  it('shows a ratio', () => {
    const fact = sampleFact(doc, 'quantity', '11/13 huyện', { value: 11, unit: 'huyện', ratio: [11, 13] });
    expect(summarizeFact(fact)).toBe('value: 11 huyện · approx: exact · ratio: 11/13');
  });

  it('shows a time as an ISO period', () => {
    const fact = sampleFact(doc, 'time', 'Năm 2023', { start: '2023-01-01', end: '2023-12-31' });
    expect(describeFact(fact)).toEqual([
      ['period', '2023-01-01/2023-12-31'],
      ['granularity', 'year'],
    ]);
  });

  it('shows the titles of a person and the subject and period of an indicator', () => {
    const person = sampleFact(doc, 'person', 'Nguyễn Văn A', { titles: ['Bí thư Tỉnh ủy'] });
    expect(summarizeFact(person)).toBe('name: Nguyễn Văn A · titles: Bí thư Tỉnh ủy');
    const indicator = sampleFact(doc, 'indicator', 'GRDP ước đạt 8,5 - 9%', {
      period: { start: '2023-01-01', end: null },
      status: 'estimate',
    });
    expect(describeFact(indicator)).toEqual([
      ['subject', 'Đồng Nai'],
      ['indicator', 'grdp_growth'],
      ['value', '7.5 %'],
      ['period', '2023-01-01/…'],
      ['status', 'estimate'],
    ]);
  });
});

import type { Fact } from '@dukien/core';
import { describe, expect, it } from 'vitest';
import { fieldsAgree, matchFacts, scoreDocument, summarize } from './score.js';

const evidence = (start: number, end: number) => ({ start, end, text: 'x'.repeat(end - start) });
const base = (start: number, end: number) => ({
  id: `d:${start}-${end}`,
  documentId: 'd',
  evidence: evidence(start, end),
});

const q = (start: number, end: number, value: number, unit: string | null = 'VND'): Fact => ({
  ...base(start, end),
  kind: 'quantity',
  value,
  valueMax: null,
  unit,
  per: null,
  approx: 'exact',
  ratio: null,
  change: null,
});
const t = (start: number, end: number, from: string | null, to: string | null): Fact => ({
  ...base(start, end),
  kind: 'time',
  start: from,
  end: to,
  granularity: 'day',
  partOfDay: null,
  duration: null,
  relative: false,
});
const loc = (start: number, end: number, name: string, type: 'province' | 'district'): Fact => ({
  ...base(start, end),
  kind: 'location',
  name,
  type,
  code: null,
});
const org = (start: number, end: number, name: string): Fact => ({
  ...base(start, end),
  kind: 'organization',
  name,
  shortName: null,
  type: 'government',
});

describe('fieldsAgree', () => {
  it('compares values with a relative tolerance and units exactly', () => {
    expect(fieldsAgree(q(0, 5, 7245600000000), q(0, 5, 7245600000000.001))).toBe(true);
    expect(fieldsAgree(q(0, 5, 7.92, '%'), q(0, 5, 7.93, '%'))).toBe(false);
    expect(fieldsAgree(q(0, 5, 2, 'tỉnh'), q(0, 5, 2, null))).toBe(false);
  });

  it('compares times by start and end, places by name and type, names folded', () => {
    expect(fieldsAgree(t(0, 5, '2023-11-11', '2023-11-11'), t(0, 5, '2023-11-11', null))).toBe(false);
    expect(fieldsAgree(loc(0, 5, 'Hòa Bình', 'province'), loc(0, 5, 'Hoà Bình', 'province'))).toBe(true);
    expect(fieldsAgree(loc(0, 5, 'Hòa Bình', 'province'), loc(0, 5, 'Hòa Bình', 'district'))).toBe(false);
    expect(fieldsAgree(org(0, 5, 'Ủy ban nhân dân tỉnh X'), org(0, 5, 'Uỷ ban nhân dân tỉnh X'))).toBe(true);
  });
});

describe('matchFacts', () => {
  it('pairs one to one, preferring agreeing fields and then the larger overlap', () => {
    const ref = [q(10, 20, 5)];
    const pred = [q(12, 20, 6), q(15, 25, 5), q(10, 20, 5)];
    const full = matchFacts(ref, pred, 'full');
    expect(full).toHaveLength(1);
    expect(full[0]?.predicted).toBe(pred[2]);
    const span = matchFacts(ref, pred, 'span');
    expect(span).toHaveLength(1);
    expect(span[0]?.agree).toBe(true);
  });

  it('needs the same kind and overlapping spans: touching spans do not overlap', () => {
    expect(matchFacts([q(0, 5, 1)], [q(5, 9, 1)], 'span')).toEqual([]);
    expect(matchFacts([q(0, 5, 1)], [t(0, 5, null, null)], 'span')).toEqual([]);
  });
});

const ind = (
  start: number,
  end: number,
  fields: { subject?: string; year?: string; status?: 'actual' | 'estimate' | 'target' } = {},
): Fact => ({
  ...base(start, end),
  kind: 'indicator',
  subject: fields.subject ?? 'Gia Lai',
  indicator: 'grdp_growth',
  value: 7.5,
  unit: '%',
  period: { start: `${fields.year ?? '2024'}-01-01`, end: `${fields.year ?? '2024'}-12-31` },
  status: fields.status ?? 'actual',
});

const person = (start: number, end: number, titles: string[], rank: string | null = null): Fact => ({
  ...base(start, end),
  kind: 'person',
  name: 'Nguyễn Văn A',
  titles,
  rank,
});

describe('scoreDocument and summarize', () => {
  it('counts the titles and rank of found people and the type of found organizations', () => {
    const ref = [
      person(0, 10, ['Tỉnh ủy viên', 'Phó Chủ tịch UBND tỉnh']),
      person(20, 30, ['Giám đốc công ty'], 'Đại tá'),
      person(40, 50, []),
      org(60, 70, 'Sở Y tế'),
      org(80, 90, 'Công ty X'),
    ];
    const pred = [
      // Tone placement and case are folded, as for names.
      person(0, 10, ['Tỉnh uỷ viên', 'phó Chủ tịch UBND tỉnh']),
      person(20, 30, ['Giám đốc công'], 'Đại tá'),
      person(40, 50, [], 'Thượng tá'),
      org(60, 70, 'Sở Y tế'),
      { ...org(80, 90, 'Công ty X'), type: 'company' } as Fact,
    ];
    const score = scoreDocument('d', ref, pred);
    expect(score.details).toEqual({
      people: 3,
      organizations: 2,
      agree: { 'person.titles': 2, 'person.rank': 2, 'organization.type': 1 },
    });
    expect(score.detailMismatches.map((p) => p.reference.evidence.start)).toEqual([20, 40, 80]);
    expect(summarize([score, score]).details.agree['person.titles']).toBe(4);
  });

  it('counts the subject, period and status of found statistics, names folded', () => {
    const ref = [ind(0, 10), ind(20, 30), ind(40, 50), ind(60, 70)];
    const pred = [
      ind(0, 10, { subject: 'gia lai' }),
      ind(20, 30, { subject: 'Kon Tum' }),
      ind(40, 50, { year: '2023', status: 'estimate' }),
    ];
    const score = scoreDocument('d', ref, pred);
    expect(score.indicatorFields).toEqual({ compared: 3, subject: 2, period: 2, status: 2, span: 3 });
    expect(score.indicatorFieldMismatches.map((p) => p.reference.evidence.start)).toEqual([20, 40]);
    expect(summarize([score, score]).indicatorFields).toEqual({
      compared: 6,
      subject: 4,
      period: 4,
      status: 4,
      span: 6,
    });
  });

  it("counts found statistics whose evidence is the gold's exactly", () => {
    const score = scoreDocument('d', [ind(0, 10), ind(20, 30)], [ind(0, 10), ind(24, 30)]);
    expect([score.indicatorFields.compared, score.indicatorFields.span]).toEqual([2, 1]);
  });

  it('counts matches, span matches, misses, false positives and value accuracy', () => {
    const ref = [
      q(0, 10, 100),
      q(20, 30, 5, '%'),
      t(40, 50, '2024-01-01', '2024-12-31'),
      loc(60, 65, 'Gia Lai', 'province'),
    ];
    const pred = [
      q(0, 10, 100),
      q(22, 30, 6, '%'),
      t(40, 50, '2024-01-01', '2024-12-31'),
      org(70, 80, 'Sở Y tế'),
    ];
    const score = scoreDocument('d', ref, pred);
    expect(score.counts.quantity).toEqual({ reference: 2, predicted: 2, matched: 1, spanMatched: 2 });
    expect(score.values).toEqual({ compared: 2, correct: 1 });
    expect(score.misses.map((f) => f.kind)).toEqual(['quantity', 'location']);
    expect(score.falsePositives.map((f) => f.kind)).toEqual(['quantity', 'organization']);
    expect(score.mismatches).toHaveLength(1);

    const summary = summarize([score, scoreDocument('e', [q(0, 3, 1)], [])]);
    expect(summary.kinds.quantity.precision).toBeCloseTo(1 / 2);
    expect(summary.kinds.quantity.recall).toBeCloseTo(1 / 3);
    expect(summary.kinds.quantity.spanRecall).toBeCloseTo(2 / 3);
    expect(summary.kinds.time).toMatchObject({ precision: 1, recall: 1, meetsTarget: true });
    expect(summary.kinds.location).toMatchObject({ precision: null, recall: 0, meetsTarget: false });
    expect(summary.kinds.organization.precision).toBe(0);
    expect(summary.valueAccuracy).toMatchObject({
      compared: 2,
      correct: 1,
      accuracy: 0.5,
      meetsTarget: false,
    });
  });
});

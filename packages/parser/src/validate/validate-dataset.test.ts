import { createHash } from 'node:crypto';
import type { Dataset } from '@dukien/core';
import { describe, expect, it } from 'vitest';
import { validateDataset } from './validate-dataset.js';

const FILE =
  ' date 2024-03 Gia Lai thu hút đầu tư\n\nNăm 2023, tỉnh thu hút 45 dự án với tổng vốn 1.250 tỷ đồng.\n\nMinh Anh\n';
const TEXT = FILE; // already canonical: UTF-8, LF, NFC
const sha = (s: string) => createHash('sha256').update(s).digest('hex');

function span(text: string) {
  const start = TEXT.indexOf(text);
  return { start, end: start + text.length, text };
}

function dataset(): Dataset {
  const projects = span('45 dự án');
  const capital = span('1.250 tỷ đồng');
  return {
    schemaVersion: '1.0.0',
    generator: { name: 'test', version: '1' },
    documents: [
      {
        id: 'gl',
        source: 'gl.txt',
        sha256: sha(FILE),
        date: '2024-03',
        title: 'Gia Lai thu hút đầu tư',
        byline: 'Minh Anh',
        captions: [],
        paragraphs: [],
        text: TEXT,
      },
    ],
    facts: [
      {
        id: `gl:quantity:${projects.start}-${projects.end}`,
        documentId: 'gl',
        kind: 'quantity',
        evidence: projects,
        value: 45,
        valueMax: null,
        unit: 'dự án',
        per: null,
        approx: 'exact',
        ratio: null,
        change: null,
      },
      {
        id: `gl:quantity:${capital.start}-${capital.end}`,
        documentId: 'gl',
        kind: 'quantity',
        evidence: capital,
        value: 1_250_000_000_000,
        valueMax: null,
        unit: 'VND',
        per: null,
        approx: 'exact',
        ratio: null,
        change: null,
      },
    ],
  };
}

const corpus = (files: Record<string, string>) => (source: string) =>
  source in files ? new TextEncoder().encode(files[source]) : null;

describe('validateDataset', () => {
  it('accepts a dataset whose facts are the text at their offsets', () => {
    const report = validateDataset(dataset(), { corpus: corpus({ 'gl.txt': FILE }) });
    expect(report.problems).toEqual([]);
    expect(report.valid).toBe(true);
    expect(report.counts).toEqual({ documents: 1, facts: 2 });
  });

  it('names the fact, its document and expected vs found text when a span moved by one', () => {
    const d = dataset();
    const fact = d.facts[0]!;
    fact.evidence.start += 1;
    const [p, ...rest] = validateDataset(d).problems;
    expect(rest).toEqual([]);
    expect(p).toMatchObject({
      code: 'evidence_mismatch',
      factId: fact.id,
      documentId: 'gl',
      start: fact.evidence.start,
      end: fact.evidence.end,
      path: '/facts/0/evidence',
    });
    expect(p?.message).toContain('"45 dự án"');
    expect(p?.message).toContain('"5 dự án"');
  });

  it('re-reads quantities: a wrong value or unit is reported', () => {
    const d = dataset();
    const capital = d.facts[1]!;
    if (capital.kind !== 'quantity') throw new Error('sample');
    capital.value = 1_250_000_000;
    capital.unit = 'USD';
    const codes = validateDataset(d).problems.map((p) => [p.code, p.factId]);
    expect(codes).toEqual([
      ['value_mismatch', capital.id],
      ['unit_mismatch', capital.id],
    ]);
  });

  it("warns, without failing, when a place's code is another unit in the gazetteer", () => {
    const d = dataset();
    const gialai = span('Gia Lai');
    d.facts.push({
      id: `gl:location:${gialai.start}-${gialai.end}`,
      documentId: 'gl',
      kind: 'location',
      evidence: gialai,
      name: 'Gia Lai',
      type: 'province',
      code: '62', // Kon Tum's; Gia Lai is 64
    });
    const report = validateDataset(d);
    expect(report.valid).toBe(true);
    expect(report.problems).toMatchObject([
      { code: 'code_mismatch', severity: 'warning', factId: d.facts[2]!.id, path: '/facts/2/code' },
    ]);
    expect(report.problems[0]?.message).toContain('tỉnh Kon Tum');
  });

  it('warns when a span starts or ends inside a word, as a missing nth makes it', () => {
    const d = dataset();
    const inside = span('5 dự án'); // inside "45 dự án"
    const fact = d.facts[0]!;
    fact.evidence = inside;
    fact.id = `gl:quantity:${inside.start}-${inside.end}`;
    if (fact.kind !== 'quantity') throw new Error('sample');
    fact.value = 5;
    const report = validateDataset(d);
    expect(report.valid).toBe(true);
    expect(report.problems).toMatchObject([
      { code: 'span_boundary', severity: 'warning', factId: fact.id, path: '/facts/0/evidence' },
    ]);
    expect(report.problems[0]?.message).toContain('starts inside');
    expect(report.problems[0]?.message).toContain('thu hút 45 dự án');
  });

  it('warns when a span starts or ends at the separator inside a written number', () => {
    for (const [written, value, where] of [
      ['250 tỷ đồng', 250_000_000_000, 'starts inside'], // inside "1.250 tỷ đồng"
      ['1', 1, 'ends inside'], // the "1" of "1.250"
    ] as const) {
      const d = dataset();
      const start = TEXT.indexOf(written === '1' ? '1.250' : written);
      const fact = d.facts[1]!;
      fact.evidence = { start, end: start + written.length, text: written };
      fact.id = `gl:quantity:${start}-${start + written.length}`;
      if (fact.kind !== 'quantity') throw new Error('sample');
      fact.value = value;
      if (written === '1') fact.unit = null;
      const report = validateDataset(d);
      expect(report.problems).toMatchObject([
        { code: 'span_boundary', factId: fact.id, path: '/facts/1/evidence' },
      ]);
      expect(report.problems[0]?.message).toContain(where);
    }
  });

  it('warns when two facts of one kind share a span, as a note that fell on the wrong occurrence makes them', () => {
    const d = dataset();
    const twin = { ...d.facts[0]!, id: `${d.facts[0]!.id}:2` };
    d.facts.push(twin);
    const report = validateDataset(d);
    expect(report.valid).toBe(true);
    expect(report.problems).toMatchObject([
      { code: 'duplicate_fact', severity: 'warning', factId: twin.id, path: '/facts/2/evidence' },
    ]);
    expect(report.problems[0]?.message).toContain(d.facts[0]!.id);
    // (Another kind on the same span is no twin: a quantity and the statistic that holds it.)
    d.facts.pop();
    d.facts.push({ ...d.facts[0]!, id: 'gl:time:0', kind: 'time' } as never);
    expect(validateDataset(d).problems.filter((p) => p.code === 'duplicate_fact')).toEqual([]);
  });

  it('reports a span outside the text', () => {
    const d = dataset();
    d.facts[0]!.evidence.end = 10_000;
    expect(validateDataset(d).problems.map((p) => p.code)).toEqual(['evidence_out_of_range']);
  });

  it('reports schema problems per fact and still grounds the others', () => {
    const d = dataset() as unknown as { facts: Record<string, unknown>[] };
    d.facts[0]!.approx = 'roughly';
    (d.facts[1]!.evidence as { start: number }).start += 2;
    const problems = validateDataset(d).problems;
    expect(problems.map((p) => [p.code, p.path])).toEqual([
      ['schema', '/facts/0/approx'],
      ['evidence_mismatch', '/facts/1/evidence'],
    ]);
    expect(problems[0]?.factId).toBe((d.facts[0] as { id: string }).id);
  });

  it('reports a changed and a missing source file', () => {
    expect(validateDataset(dataset(), { corpus: corpus({}) }).problems.map((p) => p.code)).toEqual([
      'source_missing',
    ]);
    const edited = FILE.replace('45', '46');
    const codes = validateDataset(dataset(), { corpus: corpus({ 'gl.txt': edited }) }).problems.map(
      (p) => p.code,
    );
    expect(codes).toContain('source_changed');
    expect(codes).toContain('evidence_mismatch');
  });

  it('reports duplicate ids and facts of unknown documents', () => {
    const d = dataset();
    d.facts[1]!.id = d.facts[0]!.id;
    d.facts.push({ ...d.facts[0]!, id: 'x', documentId: 'nope' });
    expect(validateDataset(d).problems.map((p) => p.code)).toEqual(['duplicate_id', 'unknown_document']);
  });

  it('reports a broken envelope without throwing', () => {
    const report = validateDataset({ schemaVersion: '9', facts: 'none' });
    expect(report.valid).toBe(false);
    expect(report.problems.every((p) => p.code === 'schema')).toBe(true);
    expect(report.problems.map((p) => p.path)).toEqual(expect.arrayContaining(['/schemaVersion', '/facts']));
  });
});

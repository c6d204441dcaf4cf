import { Dataset, FACT_KINDS, IndicatorFact, Period, QuantityFact, TimeFact } from '@dukien/core';
import { describe, expect, it } from 'vitest';
import { sampleDataset } from '../test-support/sample-dataset.js';
import type { Cell, Row } from './column.js';
import { DOCUMENTS_TABLE } from './documents.js';
import { KIND_TABLES, TABLES, tableOf } from './registry.js';
import { rowsOf, tableRows } from './rows.js';

function columnOf(table: string, column: string) {
  const found = TABLES.find((t) => t.name === table)?.columns.find((c) => c.name === column);
  if (!found) throw new Error(`${table}.${column} missing`);
  return found;
}

describe('column tables', () => {
  it('the sample dataset is valid, so the tests below start from a real dataset', () => {
    expect(Dataset.safeParse(sampleDataset()).success).toBe(true);
  });

  it('lists every table once, documents first and the long facts table last', () => {
    expect(TABLES.map((t) => t.name)).toEqual([
      'documents',
      'quantities',
      'times',
      'people',
      'organizations',
      'locations',
      'indicators',
      'facts',
    ]);
  });

  it('has a table for every fact kind, reachable through tableOf', () => {
    for (const kind of FACT_KINDS) expect(tableOf(kind)).toBe(KIND_TABLES[kind]);
  });

  it('uses flat snake_case column names, unique within a table, with a primary key among them', () => {
    for (const table of TABLES) {
      const names = table.columns.map((c) => c.name);
      for (const name of names) expect(name).toMatch(/^[a-z][a-z0-9_]*$/);
      expect(new Set(names).size).toBe(names.length);
      for (const key of table.primaryKey) expect(names).toContain(key);
    }
  });

  it('takes descriptions from the zod schemas', () => {
    expect(columnOf('quantities', 'value').description).toBe(QuantityFact.shape.value.description);
    expect(columnOf('times', 'date_start').description).toBe(TimeFact.shape.start.description);
    expect(columnOf('indicators', 'period_end').description).toBe(Period.shape.end.description);
    expect(columnOf('quantities', 'ratio_whole').description).toBe(
      `${QuantityFact.shape.ratio.description}. Column: the whole`,
    );
    for (const table of TABLES)
      for (const c of table.columns) expect(c.description.length).toBeGreaterThan(3);
  });

  it('types columns so statistics tools read numbers, dates and flags', () => {
    expect(columnOf('quantities', 'value').type).toBe('number');
    expect(columnOf('quantities', 'start').type).toBe('integer');
    expect(columnOf('times', 'relative').type).toBe('boolean');
    expect(columnOf('indicators', 'period_start').type).toBe('date');
    expect(columnOf('locations', 'code').type).toBe('string');
  });

  it('derives which cells may be empty and the enum values from zod', () => {
    expect(columnOf('quantities', 'value').required).toBe(true);
    expect(columnOf('quantities', 'unit').required).toBe(false);
    expect(columnOf('people', 'titles').required).toBe(false);
    expect(columnOf('documents', 'title').required).toBe(false);
    expect(columnOf('documents', 'document_id').required).toBe(true);
    expect(columnOf('quantities', 'change').values).toEqual(['increase', 'decrease']);
    expect(columnOf('indicators', 'status').values).toEqual(IndicatorFact.shape.status.options);
    expect(columnOf('facts', 'kind').values).toEqual(FACT_KINDS);
    expect(columnOf('quantities', 'value').values).toBeUndefined();
  });
});

describe('rows', () => {
  const dataset = sampleDataset();
  const record = (table: string, row: Row): Record<string, Cell> => {
    const spec = TABLES.find((t) => t.name === table)!;
    return Object.fromEntries(spec.columns.map((c, i) => [c.name, row[i] ?? null]));
  };

  it('writes one row per item, in dataset order, with as many cells as columns', () => {
    for (const { table, rows } of rowsOf(dataset)) {
      for (const row of rows) expect(row).toHaveLength(table.columns.length);
    }
    expect([...tableRows(dataset, 'facts')].map((r) => r[1])).toEqual(dataset.facts.map((f) => f.id));
    expect([...tableRows(dataset, 'quantities')]).toHaveLength(4);
  });

  it('splits a ratio into part and whole, and leaves both empty without one', () => {
    const rows = [...tableRows(dataset, 'quantities')].map((r) => record('quantities', r));
    const ratio = rows.find((r) => r.evidence === '9/10 huyện')!;
    expect([ratio.ratio_part, ratio.ratio_whole]).toEqual([9, 10]);
    const plain = rows.find((r) => r.evidence === '5 triệu USD')!;
    expect([plain.ratio_part, plain.ratio_whole, plain.value]).toEqual([null, null, -5000000]);
  });

  it('joins titles with " | " and writes a period as two dates', () => {
    const person = record('people', [...tableRows(dataset, 'people')][0]!);
    expect(person.titles).toBe('Bí thư Tỉnh ủy | Chủ tịch HĐND tỉnh');
    const indicator = record('indicators', [...tableRows(dataset, 'indicators')][0]!);
    expect([indicator.period_start, indicator.period_end]).toEqual(['2024-01-01', null]);
  });

  it('writes paragraphs as "start-end role" and reads them back', () => {
    const doc = dataset.documents.find((d) => d.paragraphs.length > 0)!;
    const row = record('documents', DOCUMENTS_TABLE.row(doc));
    expect(row.paragraphs).toBe('0-53 title | 55-145 lead | 146-217 body | 219-227 byline');
    expect(DOCUMENTS_TABLE.fromRecord(row)).toEqual(doc);
  });

  it('rebuilds every fact from its kind row', () => {
    for (const fact of dataset.facts) {
      const table = tableOf(fact.kind);
      // biome-ignore lint/suspicious/noExplicitAny: the fact matches its table by kind
      const row = table.row(fact as any);
      expect(table.fromRecord(record(table.name, row))).toEqual(fact);
    }
  });
});

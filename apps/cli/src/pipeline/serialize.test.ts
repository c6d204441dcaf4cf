import { stringifyTable, TABLES, tableRows } from '@dukien/export';
import { describe, expect, it } from 'vitest';
import { articlesDataset } from '../test-support/articles.js';
import { serializeDocument } from './serialize.js';

describe('serializeDocument', () => {
  const dataset = articlesDataset();
  const outputs = dataset.documents.map((d) =>
    serializeDocument(
      d,
      dataset.facts.filter((f) => f.documentId === d.id),
      true,
    ),
  );

  it('gives CSV records that, after the header, are the whole-table CSV', () => {
    for (const table of TABLES) {
      const header = stringifyTable(table, []);
      const joined = header + outputs.map((o) => o.csv?.[table.name] ?? '').join('');
      expect(joined).toBe(stringifyTable(table, tableRows(dataset, table.name)));
    }
  });

  it('writes one JSON line per fact and counts facts by kind', () => {
    const lines = outputs.map((o) => o.factLines).join('');
    expect(
      lines
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l)),
    ).toEqual(dataset.facts);
    const counted = outputs.reduce((n, o) => n + Object.values(o.factCounts).reduce((a, b) => a + b, 0), 0);
    expect(counted).toBe(dataset.facts.length);
  });

  it('leaves CSV out when it is not asked for', () => {
    const [document] = dataset.documents;
    expect(serializeDocument(document!, [], false).csv).toBeNull();
  });
});

import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { TABLES } from '../tables/registry.js';
import { tableRows } from '../tables/rows.js';
import { sampleDataset } from '../test-support/sample-dataset.js';
import { restoreFormula } from './formula.js';
import { createCsvStringifier, stringifyTable, tableCsvStream } from './stringify.js';

const dataset = sampleDataset();
const table = (name: string) => TABLES.find((t) => t.name === name)!;
const csvOf = (name: string, bom = false) =>
  stringifyTable(table(name), tableRows(dataset, table(name).name), { bom });
const records = (text: string): Record<string, string>[] => parse(text, { columns: true, bom: true });

async function collect(stream: NodeJS.ReadableStream): Promise<string> {
  let out = '';
  for await (const chunk of stream) out += chunk.toString();
  return out;
}

describe('CSV text', () => {
  it('starts with a header row of the column names and ends records with CRLF', () => {
    const text = csvOf('quantities');
    expect(text.split('\r\n')[0]).toBe(
      table('quantities')
        .columns.map((c) => c.name)
        .join(','),
    );
    expect(text.endsWith('\r\n')).toBe(true);
    expect(records(text)).toHaveLength(4);
  });

  it('writes numbers with a dot decimal and negative numbers as numbers', () => {
    const rows = records(csvOf('quantities'));
    expect(rows.map((r) => r.value)).toEqual(['3', '9', '-5000000', '8.5']);
    expect(rows.find((r) => r.value === '8.5')!.value_max).toBe('9');
  });

  it('keeps a title that looks like a formula as text, and a negative-looking caption too', () => {
    const doc = records(csvOf('documents')).find((r) => r.document_id === 'qt/2024-03-a')!;
    expect(doc.title).toBe(`'=HYPERLINK("http://x","y") Tỉnh Quảng Trị, "năm 2024"`);
    // Only a cell's first character can start a formula.
    expect(doc.captions).toBe('Ảnh: lễ ký kết | -Đại biểu dự hội nghị');
    const plus = records(csvOf('quantities')).find((r) => r.document_id === 'dn/2024-05-b')!;
    expect(plus.evidence).toBe("'+3 dự án");
  });

  it('quotes cells holding commas, quotes and line breaks so they read back whole', () => {
    const doc = records(csvOf('documents')).find((r) => r.document_id === 'qt/2024-03-a')!;
    expect(restoreFormula(doc.text!)).toBe(dataset.documents.find((d) => d.id === 'qt/2024-03-a')!.text);
    expect(doc.text).toContain('\n\nSáng 12/3/2024, Bí thư');
  });

  it('writes empty cells for missing values and true/false for flags', () => {
    const time = records(csvOf('times'))[0]!;
    expect(time.duration).toBe('');
    expect(time.relative).toBe('false');
    const header = csvOf('times').split('\r\n')[1]!;
    expect(header).toContain(',,');
  });

  it('adds a UTF-8 BOM only when asked', () => {
    expect(csvOf('people', true).charCodeAt(0)).toBe(0xfeff);
    expect(csvOf('people').charCodeAt(0)).not.toBe(0xfeff);
  });

  it('writes only the header for an empty table', () => {
    const text = stringifyTable(table('people'), []);
    expect(text).toBe(
      `${table('people')
        .columns.map((c) => c.name)
        .join(',')}\r\n`,
    );
  });

  it('gives the same text through the pull stream, the push transform and the sync call', async () => {
    const many = Array.from({ length: 2500 }, () => [...dataset.facts]).flat();
    const t = table('facts');
    const sync = stringifyTable(t, tableRows({ documents: [], facts: many }, 'facts'), { bom: true });
    const pulled = await collect(
      tableCsvStream(t, tableRows({ documents: [], facts: many }, 'facts'), { bom: true }),
    );
    const stringifier = createCsvStringifier(t, { bom: true });
    const pushed = collect(stringifier);
    for (const row of tableRows({ documents: [], facts: many }, 'facts')) stringifier.write(row);
    stringifier.end();
    expect(pulled).toBe(sync);
    expect(await pushed).toBe(sync);
    expect(records(sync)).toHaveLength(many.length);
  });
});

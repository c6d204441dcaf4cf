import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { QUANTITIES, SUMMARY, sheetXml, tempDir } from './test-support/fixture.js';
import type { XlsxCell, XlsxWarning } from './types.js';
import { writeXlsx } from './write.js';

const ROWS: XlsxCell[][] = [
  ['doc-1', 0, 1272000000, '2024-05-01', false, '1.272 triệu USD'],
  ['doc-1', 17, -3.25, '2023-12-31', true, '=HYPERLINK("http://x","y")'],
  ['doc-2', 5, 0.1, null, null, '+84 912'],
  ['doc-2', 9, null, '1858-09-01', false, '-5 độ C'],
  ['doc-2', 12, 7, '2024-02-29', true, '@SUM(A1)'],
];

async function written(rows: XlsxCell[][] = ROWS) {
  const dir = await tempDir();
  const path = join(dir, 'dataset.xlsx');
  const report = await writeXlsx(path, [{ spec: QUANTITIES, rows }], { summary: SUMMARY });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return { dir, path, report, workbook };
}

function sheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const found = workbook.getWorksheet(name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

describe('writeXlsx', () => {
  it('writes summary, dictionary and the table, in that order', async () => {
    const { workbook, report } = await written();
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['summary', 'dictionary', 'quantities']);
    expect(report.sheets).toEqual([
      { sheet: 'summary', table: 'summary', rows: 5 },
      { sheet: 'dictionary', table: 'dictionary', rows: QUANTITIES.columns.length },
      { sheet: 'quantities', table: 'quantities', rows: ROWS.length },
    ]);
  });

  it('writes numbers as number cells, dates as date cells and booleans as booleans', async () => {
    const { workbook } = await written();
    const ws = sheet(workbook, 'quantities');
    const row = ws.getRow(2);
    expect(row.getCell(2).type).toBe(ExcelJS.ValueType.Number);
    expect(row.getCell(2).numFmt).toBe('0');
    expect(row.getCell(3).value).toBe(1272000000);
    expect(ws.getRow(3).getCell(3).value).toBe(-3.25);
    expect(row.getCell(4).type).toBe(ExcelJS.ValueType.Date);
    expect(row.getCell(4).numFmt).toBe('yyyy-mm-dd');
    expect((row.getCell(4).value as Date).toISOString()).toBe('2024-05-01T00:00:00.000Z');
    expect(row.getCell(5).value).toBe(false);
    expect(ws.getRow(3).getCell(5).value).toBe(true);
  });

  it('keeps a day Excel cannot show (before March 1900) as its ISO text', async () => {
    const { workbook } = await written();
    const cell = sheet(workbook, 'quantities').getRow(5).getCell(4);
    expect(cell.value).toEqual({ richText: [{ text: '1858-09-01' }] });
  });

  it('leaves missing values as empty cells', async () => {
    const { workbook } = await written();
    const row = sheet(workbook, 'quantities').getRow(4);
    expect(row.getCell(4).value).toBeNull();
    expect(row.getCell(5).value).toBeNull();
  });

  it('gives every sheet a bold, frozen header with an autofilter over its rows', async () => {
    const { workbook } = await written();
    for (const ws of workbook.worksheets) {
      expect(ws.getRow(1).getCell(1).font?.bold).toBe(true);
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    }
    const ws = sheet(workbook, 'quantities');
    expect(ws.getRow(1).values).toEqual([
      undefined,
      ...QUANTITIES.columns.map((c) => ({ richText: [{ text: c.name }] })),
    ]);
    expect(ws.autoFilter).toBe(`A1:F${ROWS.length + 1}`);
  });

  it('sizes columns from the header and the first rows, within bounds', async () => {
    const { workbook } = await written([['doc-1', 1, 2, '2024-01-01', true, 'x'.repeat(500)]]);
    const ws = sheet(workbook, 'quantities');
    expect(ws.getColumn(1).width).toBe('document_id'.length + 3);
    expect(ws.getColumn(6).width).toBe(60);
  });

  it('writes text that looks like a formula as inline text, with no formula anywhere', async () => {
    const { path, workbook } = await written();
    const ws = sheet(workbook, 'quantities');
    expect(ws.getRow(3).getCell(6).value).toEqual({ richText: [{ text: '=HYPERLINK("http://x","y")' }] });
    expect(ws.getRow(3).getCell(6).formula).toBeUndefined();
    const xml = await sheetXml(path);
    expect(xml.size).toBe(3);
    for (const text of xml.values()) {
      expect(text).not.toMatch(/<f[\s>]/);
      expect(text).not.toMatch(/t="str"/);
      expect(text).not.toMatch(/t="s"/);
    }
    const data = [...xml.values()].find((text) => text.includes('HYPERLINK')) ?? '';
    expect(data).toContain('<c r="F3" s="');
    expect(data).toMatch(
      /<c r="F3" s="\d+" t="inlineStr"><is><r><t>=HYPERLINK\("http:\/\/x","y"\)<\/t><\/r><\/is><\/c>/,
    );
  });

  it('lists every column in the dictionary and the counts in the summary', async () => {
    const { workbook } = await written();
    const text = (v: ExcelJS.CellValue) =>
      v && typeof v === 'object' && 'richText' in v ? v.richText[0]?.text : v;
    const dictionary = sheet(workbook, 'dictionary');
    expect([1, 2, 3, 4].map((c) => text(dictionary.getRow(4).getCell(c).value))).toEqual([
      'quantities',
      'value',
      'number',
      'The number the text states',
    ]);
    const summary = sheet(workbook, 'summary');
    const pairs = [];
    for (let r = 2; r <= summary.rowCount; r++) {
      pairs.push([text(summary.getRow(r).getCell(1).value), summary.getRow(r).getCell(2).value]);
    }
    expect(pairs).toEqual([
      ['documents', 2],
      ['facts', 4],
      ['facts: quantity', 3],
      ['facts: time', 1],
      ['problems', 1],
    ]);
  });

  it('cuts text over 32,767 characters and warns naming the cell', async () => {
    const warnings: XlsxWarning[] = [];
    const dir = await tempDir();
    const path = join(dir, 'long.xlsx');
    const long = 'á'.repeat(40_000);
    const report = await writeXlsx(path, [{ spec: QUANTITIES, rows: [['d', 1, 1, null, null, long]] }], {
      summary: SUMMARY,
      onWarning: (w) => warnings.push(w),
    });
    const expected = {
      code: 'xlsx/text_truncated',
      sheet: 'quantities',
      cell: 'F2',
      column: 'evidence',
      length: 40_000,
      kept: 32_767,
    };
    expect(warnings).toEqual([expected]);
    expect(report.warnings).toEqual([expected]);
    expect(report.warningCount).toBe(1);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    expect(sheet(workbook, 'quantities').getRow(2).getCell(6).value).toEqual({
      richText: [{ text: 'á'.repeat(32_767) }],
    });
  });

  it('warns about a number it cannot write and a date that is no calendar day', async () => {
    const warnings: XlsxWarning[] = [];
    const dir = await tempDir();
    await writeXlsx(
      join(dir, 'bad.xlsx'),
      [{ spec: QUANTITIES, rows: [['d', 1, Number.NaN, '2023-02-30', null, 'x']] }],
      {
        summary: SUMMARY,
        onWarning: (w) => warnings.push(w),
      },
    );
    expect(warnings).toEqual([
      { code: 'xlsx/number_not_finite', sheet: 'quantities', cell: 'C2', column: 'value', value: 'NaN' },
      {
        code: 'xlsx/date_invalid',
        sheet: 'quantities',
        cell: 'D2',
        column: 'published',
        value: '2023-02-30',
      },
    ]);
  });

  it('leaves only the finished file in the folder', async () => {
    const { dir } = await written();
    expect(await readdir(dir)).toEqual(['dataset.xlsx']);
  });

  it('leaves the previous file and no temporary file when the rows fail', async () => {
    const { dir, path } = await written();
    function* failing(): Generator<XlsxCell[]> {
      yield ['d', 1, 1, null, null, 'x'];
      throw new Error('source broke');
    }
    await expect(
      writeXlsx(path, [{ spec: QUANTITIES, rows: failing() }], { summary: SUMMARY }),
    ).rejects.toThrow('source broke');
    expect(await readdir(dir)).toEqual(['dataset.xlsx']);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    expect(sheet(workbook, 'quantities').rowCount).toBe(ROWS.length + 1);
  });
});

describe('writeXlsx into a folder that does not exist', () => {
  it('rejects with the file error', async () => {
    const path = join(await tempDir(), 'missing', 'dataset.xlsx');
    await expect(
      writeXlsx(path, [{ spec: QUANTITIES, rows: ROWS }], { summary: SUMMARY }),
    ).rejects.toMatchObject({
      code: 'ENOENT',
    });
  });
});

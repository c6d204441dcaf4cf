import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Finished, runDukien, tempDir } from './cli.js';

// Titles and lines as a hostile or careless page gives them: each would run as a formula
// in a spreadsheet if written as it stands.
const TITLES: Record<string, string> = {
  equals: '=HYPERLINK("http://x","y")',
  plus: '+84 912 345 678 là đường dây nóng của tỉnh',
  minus: '-5% thu ngân sách so với cùng kỳ',
  at: '@hatinh ra mắt trang tin mới',
};
const BODY = [
  '=1+2 là công thức trong bảng tính.',
  '+84 912 345 678 là số điện thoại của UBND tỉnh Hà Tĩnh.',
  '-5% so với cùng kỳ năm 2022, tổng thu ngân sách đạt 1.272 tỷ đồng.',
  '@hatinh trên mạng xã hội, ông Nguyễn Văn An cho biết.',
].join('\n\n');
const TRIGGER = /^[=+\-@]/;

describe('text that looks like a formula reaches CSV and XLSX as text', () => {
  const tmp = tempDir('formulas');
  const corpus = join(tmp.dir, 'corpus');
  const out = join(tmp.dir, 'out');
  let run: Finished;

  beforeAll(() => {
    mkdirSync(corpus);
    for (const [name, title] of Object.entries(TITLES)) {
      writeFileSync(join(corpus, `${name}.txt`), `date 2023-11 ${title}\n\n${BODY}\n`);
    }
    run = runDukien(['extract', corpus, '--out', out, '--format', 'csv,xlsx', '--jobs', '1']);
  }, 120_000);
  afterAll(() => tmp.remove());

  it('writes them all', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('CSV: each title cell starts with a quote that stops the formula, and restores to the title', () => {
    const rows = parse(readFileSync(join(out, 'csv', 'documents.csv')), { columns: true }) as {
      document_id: string;
      title: string;
    }[];
    expect(rows.map((r) => r.document_id).sort()).toEqual(Object.keys(TITLES).sort());
    for (const row of rows) expect(row.title).toBe(`'${TITLES[row.document_id]}`);
  });

  it('CSV: no cell of any table starts with = + - or @', () => {
    for (const name of readdirSync(join(out, 'csv')).filter((n) => n.endsWith('.csv'))) {
      const cells = (
        parse(readFileSync(join(out, 'csv', name)), { relax_column_count: true }) as string[][]
      ).flat();
      expect(cells.filter((cell) => TRIGGER.test(cell))).toEqual([]);
    }
  });

  it('XLSX: exceljs finds no formula cell, and the titles are text as written', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(out, 'dataset.xlsx'));
    const texts: string[] = [];
    workbook.eachSheet((sheet) => {
      sheet.eachRow((row) => {
        row.eachCell((cell) => {
          expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
          expect(cell.formula).toBeFalsy();
          // A string or rich text (an inline string): either way text, never run.
          texts.push(cell.text);
        });
      });
    });
    for (const title of Object.values(TITLES)) {
      expect(texts).toContain(title);
    }
  });

  it('XLSX: no sheet holds an <f> (formula) element', async () => {
    const zip = await JSZip.loadAsync(readFileSync(join(out, 'dataset.xlsx')));
    const sheets = Object.keys(zip.files).filter((n) => /^xl\/worksheets\/.*\.xml$/.test(n));
    expect(sheets.length).toBeGreaterThan(0);
    for (const name of sheets) {
      const xml = (await zip.file(name)?.async('string')) ?? '';
      expect(xml).not.toMatch(/<f[\s>/]/);
    }
  });
});

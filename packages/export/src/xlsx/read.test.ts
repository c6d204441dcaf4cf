import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readXlsxTables } from './read.js';
import { QUANTITIES, SUMMARY, tempDir } from './test-support/fixture.js';
import type { XlsxCell } from './types.js';
import { writeXlsx } from './write.js';

// Rows chosen for what could get lost on the way: escapes, control characters, CR, lone
// surrogates, emoji, XML's special characters, edge spaces, formula look-alikes, extreme
// numbers, old and leap dates.
const TRICKY: XlsxCell[][] = [
  ['doc-1', 0, 1272000000, '2024-05-01', false, 'Hà Nội: 1.272 triệu USD'],
  ['doc-1', 1, -0.1, '2024-02-29', true, '=HYPERLINK("http://x","y")'],
  ['doc-2', 2, 5e-324, '1900-03-01', null, '  lề trái\r\nvà phải  '],
  ['doc-2', 3, 1.7976931348623157e308, '1858-09-01', true, 'literal _x0041_ and _x00ab_'],
  ['doc-3', 4, null, null, false, 'bell \u0007 tab\t vt \u000b del \u007f'],
  ['doc-3', 5, 0, '9999-12-31', true, 'lone \ud800 high, lone \udc00 low, pair 😀'],
  [null, null, 3, null, null, '+84 912 345 678'],
  ['doc-4', 6, 1e21, '2024-01-01', null, ' a < b && c > "d" \'e\' '],
];

describe('writeXlsx then readXlsxTables', () => {
  it('gives back exactly the rows written', async () => {
    const path = join(await tempDir(), 'round.xlsx');
    await writeXlsx(path, [{ spec: QUANTITIES, rows: TRICKY }], { summary: SUMMARY });
    const tables = await readXlsxTables(path, [QUANTITIES]);
    expect(tables.get('quantities')).toEqual(TRICKY);
  });

  it('continues a table past the row limit on "name (2)", header repeated, losing nothing', async () => {
    const path = join(await tempDir(), 'split.xlsx');
    const rows: XlsxCell[][] = Array.from({ length: 10 }, (_, i) => [
      `doc-${i}`,
      i,
      i / 4,
      null,
      i % 2 === 0,
      `e${i}`,
    ]);
    const report = await writeXlsx(path, [{ spec: QUANTITIES, rows }], {
      summary: SUMMARY,
      maxRowsPerSheet: 4,
    });
    expect(report.sheets.filter((s) => s.table === 'quantities')).toEqual([
      { sheet: 'quantities', table: 'quantities', rows: 3 },
      { sheet: 'quantities (2)', table: 'quantities', rows: 3 },
      { sheet: 'quantities (3)', table: 'quantities', rows: 3 },
      { sheet: 'quantities (4)', table: 'quantities', rows: 1 },
    ]);
    expect((await readXlsxTables(path, [QUANTITIES])).get('quantities')).toEqual(rows);
  });

  it('writes an empty table as a header alone', async () => {
    const path = join(await tempDir(), 'empty.xlsx');
    const report = await writeXlsx(path, [{ spec: QUANTITIES, rows: [] }], { summary: SUMMARY });
    expect(report.sheets.at(-1)).toEqual({ sheet: 'quantities', table: 'quantities', rows: 0 });
    expect((await readXlsxTables(path, [QUANTITIES])).get('quantities')).toEqual([]);
  });

  it('reads rows from an async source the same as from an array', async () => {
    const path = join(await tempDir(), 'async.xlsx');
    async function* source(): AsyncGenerator<XlsxCell[]> {
      for (const row of TRICKY) yield row;
    }
    await writeXlsx(path, [{ spec: QUANTITIES, rows: source() }], { summary: SUMMARY });
    expect((await readXlsxTables(path, [QUANTITIES])).get('quantities')).toEqual(TRICKY);
  });

  it('finds columns by header, so a sheet with columns moved still reads', async () => {
    const path = join(await tempDir(), 'moved.xlsx');
    const moved = { ...QUANTITIES, columns: [...QUANTITIES.columns].reverse() };
    const rows: XlsxCell[][] = [['x', false, '2024-01-02', 2.5, 7, 'doc-9']];
    await writeXlsx(path, [{ spec: moved, rows }], { summary: SUMMARY });
    expect((await readXlsxTables(path, [QUANTITIES])).get('quantities')).toEqual([
      ['doc-9', 7, 2.5, '2024-01-02', false, 'x'],
    ]);
  });
});

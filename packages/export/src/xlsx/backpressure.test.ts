import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { bufferedBytes, type StreamingSheet, untilZipCatchesUp } from './backpressure.js';
import { tempDir } from './test-support/fixture.js';

const ROWS = 20_000;
// StreamBuf keeps one partial 64 KiB block to itself; the bound holds on what is handed on.
const BLOCK = 64 * 1024;
const BOUND = 128 * 1024;

/** Writes ROWS rows the way the writer does, returning the most sheet XML ever held unzipped. */
async function peakBuffered(waitForZip: boolean): Promise<number> {
  const dir = await tempDir();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: createWriteStream(join(dir, 'b.xlsx')),
    useSharedStrings: false,
    useStyles: true,
  });
  const sheet = workbook.addWorksheet('rows');
  const streaming = sheet as unknown as StreamingSheet;
  let peak = 0;
  for (let i = 1; i <= ROWS; i++) {
    const row = sheet.getRow(i);
    row.getCell(1).value = { richText: [{ text: `document ${i} with some words in it` }] };
    row.getCell(2).value = i * 1.5;
    row.commit();
    peak = Math.max(peak, bufferedBytes(streaming));
    if (waitForZip && i % 100 === 0) await untilZipCatchesUp(streaming, BOUND, () => undefined);
  }
  sheet.commit();
  await workbook.commit();
  return peak;
}

describe('backpressure on exceljs streaming', () => {
  it('keeps the sheet XML waiting for the zip under the bound', async () => {
    // 100 rows of this sheet are about 7 KiB of XML.
    expect(await peakBuffered(true)).toBeLessThanOrEqual(BOUND + BLOCK + 16 * 1024);
  });

  it('is needed: exceljs alone holds the whole sheet (if this fails, exceljs may have fixed it)', async () => {
    expect(await peakBuffered(false)).toBeGreaterThan(10 * BOUND);
  });

  it('reports bytes only while a sheet is being written', async () => {
    const dir = await tempDir();
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: join(dir, 'c.xlsx') });
    const sheet = workbook.addWorksheet('rows');
    expect(bufferedBytes(sheet as unknown as StreamingSheet)).toBeGreaterThan(0);
    sheet.commit();
    await workbook.commit();
    expect(bufferedBytes(sheet as unknown as StreamingSheet)).toBe(0);
  });

  it('fails loudly when exceljs no longer has the internals it reads', () => {
    expect(() => bufferedBytes({ stream: {} })).toThrow(/exceljs internals changed/);
  });
});

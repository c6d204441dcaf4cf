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

const BATCH = 100;

interface Peak {
  /** The most sheet XML ever held unzipped. */
  readonly held: number;
  /** The most XML one batch of rows added between two waits. */
  readonly batch: number;
}

/** Writes ROWS rows the way the writer does, waiting for the zip every BATCH rows if asked. */
async function peakBuffered(waitForZip: boolean): Promise<Peak> {
  const dir = await tempDir();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: createWriteStream(join(dir, 'b.xlsx')),
    useSharedStrings: false,
    useStyles: true,
  });
  const sheet = workbook.addWorksheet('rows');
  const streaming = sheet as unknown as StreamingSheet;
  let held = 0;
  let batch = 0;
  // Rows are committed synchronously between waits, so the zip cannot read meanwhile and the
  // growth over a batch is exactly the XML that batch wrote.
  let atWait = bufferedBytes(streaming);
  for (let i = 1; i <= ROWS; i++) {
    const row = sheet.getRow(i);
    row.getCell(1).value = { richText: [{ text: `document ${i} with some words in it` }] };
    row.getCell(2).value = i * 1.5;
    row.commit();
    const now = bufferedBytes(streaming);
    held = Math.max(held, now);
    batch = Math.max(batch, now - atWait);
    if (waitForZip && i % BATCH === 0) {
      await untilZipCatchesUp(streaming, BOUND, () => undefined);
      atWait = bufferedBytes(streaming);
    }
  }
  sheet.commit();
  await workbook.commit();
  return { held, batch };
}

describe('backpressure on exceljs streaming', () => {
  it('keeps the sheet XML waiting for the zip under the bound', async () => {
    const { held, batch } = await peakBuffered(true);
    // 100 rows of this sheet are 11 to 18 KiB of XML, growing with the row number's digits.
    expect(batch).toBeGreaterThan(10 * 1024);
    expect(batch).toBeLessThan(BLOCK / 2);
    // At each wait at most BOUND is queued and one partial block kept; one batch comes on top.
    expect(held).toBeLessThanOrEqual(BOUND + BLOCK + batch);
  });

  it('is needed: exceljs alone holds the whole sheet (if this fails, exceljs may have fixed it)', async () => {
    expect((await peakBuffered(false)).held).toBeGreaterThan(10 * BOUND);
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

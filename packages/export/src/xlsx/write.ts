import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { registerCellStyles } from './cell-styles.js';
import { loadExcelJs } from './load-exceljs.js';
import { DICTIONARY_SPEC, dictionaryRows, SUMMARY_SPEC, summaryRows } from './meta-sheets.js';
import { EXCEL_MAX_ROWS, type SheetContext, writeTableSheets } from './table-sheets.js';
import type { WriteXlsxOptions, XlsxReport, XlsxSheetReport, XlsxTable, XlsxWarning } from './types.js';

/** Warnings kept in the report; all of them still go to `onWarning` and are counted. */
export const WARNINGS_KEPT = 1000;

/** Sheet XML allowed to wait for the zip: enough to keep deflate busy, small beside the heap. */
export const DEFAULT_MAX_BUFFERED_BYTES = 4 * 1024 * 1024;

interface Emitter {
  on(event: 'error', listener: (error: unknown) => void): unknown;
}

/**
 * Writes the tables to an XLSX workbook at `path`: a `summary` sheet, a `dictionary` sheet, then
 * a sheet per table (continued on "name (2)"... past Excel's row limit). Written under a
 * temporary name in the same folder and renamed when complete, so an interrupted run leaves any
 * previous file intact.
 */
export async function writeXlsx(
  path: string,
  tables: Iterable<XlsxTable> | AsyncIterable<XlsxTable>,
  options: WriteXlsxOptions,
): Promise<XlsxReport> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  const file = createWriteStream(temp);
  let failure: unknown;
  let rejectFailed: (error: unknown) => void = () => {};
  // Settles only when the zip or the file fails: exceljs's commit would otherwise wait forever
  // for a 'finish' that a failed file stream never emits.
  const failed = new Promise<never>((_, reject) => {
    rejectFailed = reject;
  });
  failed.catch(() => {});
  const fail = (error: unknown): void => {
    failure ??= error;
    rejectFailed(error);
  };
  file.on('error', fail);
  const workbook = new (await loadExcelJs()).stream.xlsx.WorkbookWriter({
    stream: file,
    useSharedStrings: false,
    useStyles: true,
  });
  (workbook as unknown as { zip: Emitter }).zip.on('error', fail);

  const warnings: XlsxWarning[] = [];
  let warningCount = 0;
  const ctx: SheetContext = {
    workbook,
    maxRowsPerSheet: options.maxRowsPerSheet ?? EXCEL_MAX_ROWS,
    maxBufferedBytes: options.maxBufferedBytes ?? DEFAULT_MAX_BUFFERED_BYTES,
    styles: registerCellStyles(workbook),
    warn: (warning) => {
      warningCount++;
      if (warnings.length < WARNINGS_KEPT) warnings.push(warning);
      options.onWarning?.(warning);
    },
    failed: () => failure,
  };

  try {
    const sheets: XlsxSheetReport[] = [];
    sheets.push(...(await writeTableSheets(ctx, SUMMARY_SPEC, summaryRows(options.summary))));
    const described = options.dictionary ?? (Array.isArray(tables) ? tables.map((t) => t.spec) : undefined);
    if (described) sheets.push(...(await writeTableSheets(ctx, DICTIONARY_SPEC, dictionaryRows(described))));
    const names = new Set(sheets.map((sheet) => sheet.table));
    for await (const table of tables) {
      if (names.has(table.spec.name)) throw new Error(`two sheets would be named "${table.spec.name}"`);
      names.add(table.spec.name);
      sheets.push(...(await writeTableSheets(ctx, table.spec, table.rows)));
    }
    await Promise.race([workbook.commit(), failed]);
    if (!file.closed)
      await Promise.race([new Promise<void>((resolve) => file.once('close', () => resolve())), failed]);
    if (failure) throw failure;
    await rename(temp, path);
    return { path, sheets, warnings, warningCount };
  } catch (error) {
    file.destroy();
    await rm(temp, { force: true });
    throw error;
  }
}

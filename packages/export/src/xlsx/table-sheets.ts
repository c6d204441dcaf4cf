import type ExcelJS from 'exceljs';
import { cellAddress, columnLetters } from './address.js';
import { type StreamingSheet, untilZipCatchesUp } from './backpressure.js';
import { batches } from './batches.js';
import type { CellIssue } from './cell-value.js';
import type { CellStyleIds } from './cell-xml.js';
import { SheetRowWriter } from './row-xml.js';
import type { XlsxCell, XlsxSheetReport, XlsxTableSpec, XlsxWarning } from './types.js';
import { columnWidths } from './widths.js';

/** Excel's rows per sheet, header included. */
export const EXCEL_MAX_ROWS = 1_048_576;

/** Rows committed between two looks at the zip's backlog. */
const BATCH_ROWS = 512;

/** What writing a table's sheets needs from the workbook being written. */
export interface SheetContext {
  readonly workbook: ExcelJS.stream.xlsx.WorkbookWriter;
  readonly maxRowsPerSheet: number;
  readonly maxBufferedBytes: number;
  /** The number formats registered for data cells. */
  readonly styles: CellStyleIds;
  readonly warn: (warning: XlsxWarning) => void;
  /** The error the zip or the file has met, if any. */
  readonly failed: () => unknown;
}

const HEADER_FONT: Partial<ExcelJS.Font> = { bold: true };

interface Part {
  readonly name: string;
  readonly sheet: ExcelJS.Worksheet;
  readonly writer: SheetRowWriter;
  rows: number;
}

function partName(table: string, part: number): string {
  return part === 1 ? table : `${table} (${part})`;
}

function openPart(ctx: SheetContext, spec: XlsxTableSpec, part: number, widths: number[]): Part {
  const name = partName(spec.name, part);
  const sheet = ctx.workbook.addWorksheet(name, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }],
  });
  widths.forEach((width, index) => {
    sheet.getColumn(index + 1).width = width;
  });
  // The header goes through exceljs, which writes the columns and opens <sheetData> with it.
  const header = sheet.addRow(spec.columns.map((column) => ({ richText: [{ text: column.name }] })));
  header.eachCell((cell) => {
    cell.font = HEADER_FONT;
  });
  header.commit();
  const columns = spec.columns;
  const writer = new SheetRowWriter(
    sheet,
    columns.map((column) => column.type),
    ctx.styles,
    (issue: CellIssue, row: number, column: number) => {
      ctx.warn({
        ...issue,
        sheet: name,
        cell: cellAddress(row, column + 1),
        column: columns[column]?.name ?? '',
      });
    },
  );
  return { name, sheet, writer, rows: 0 };
}

function closePart(spec: XlsxTableSpec, part: Part): XlsxSheetReport {
  const lastColumn = columnLetters(Math.max(1, spec.columns.length));
  part.writer.flush();
  part.sheet.autoFilter = `A1:${lastColumn}${part.rows + 1}`;
  part.sheet.commit();
  return { sheet: part.name, table: spec.name, rows: part.rows };
}

/**
 * Writes a table on as many sheets as it needs ("quantities", "quantities (2)", ...), each with
 * the header repeated, bold and frozen, and an autofilter over its rows. Rows are committed as
 * they come and the zip is waited for, so memory does not grow with the table.
 */
export async function writeTableSheets(
  ctx: SheetContext,
  spec: XlsxTableSpec,
  rows: Iterable<readonly XlsxCell[]> | AsyncIterable<readonly XlsxCell[]>,
): Promise<XlsxSheetReport[]> {
  const rowsPerSheet = ctx.maxRowsPerSheet - 1;
  if (rowsPerSheet < 1) throw new RangeError('maxRowsPerSheet must leave room for a data row');
  const reports: XlsxSheetReport[] = [];
  let widths: number[] | undefined;
  let part: Part | undefined;

  for await (const batch of batches(rows, BATCH_ROWS)) {
    widths ??= columnWidths(spec, batch);
    for (const cells of batch) {
      if (!part || part.rows === rowsPerSheet) {
        if (part) reports.push(closePart(spec, part));
        part = openPart(ctx, spec, reports.length + 1, widths);
      }
      part.writer.write(part.rows + 2, cells);
      part.rows++;
    }
    if (!part) continue;
    part.writer.flush();
    await untilZipCatchesUp(part.sheet as unknown as StreamingSheet, ctx.maxBufferedBytes, ctx.failed);
  }
  part ??= openPart(ctx, spec, 1, widths ?? columnWidths(spec, []));
  reports.push(closePart(spec, part));
  return reports;
}

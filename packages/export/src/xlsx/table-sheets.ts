import type ExcelJS from 'exceljs';
import { cellAddress, columnLetters } from './address.js';
import { type StreamingSheet, untilZipCatchesUp } from './backpressure.js';
import { batches } from './batches.js';
import { type CellIssue, type ExcelValue, toExcelValue } from './cell-value.js';
import { RowModelWriter } from './row-model.js';
import type { XlsxCell, XlsxColumnType, XlsxSheetReport, XlsxTableSpec, XlsxWarning } from './types.js';
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
  readonly warn: (warning: XlsxWarning) => void;
  /** The error the zip or the file has met, if any. */
  readonly failed: () => unknown;
}

// One style object per kind of cell, shared by every cell: exceljs caches a style's id by object
// identity, so sharing skips building and looking up the style XML for each cell.
const HEADER_STYLE: Partial<ExcelJS.Style> = { font: { bold: true } };
const TYPE_STYLES: Record<XlsxColumnType, Partial<ExcelJS.Style>> = {
  // "@" (Text) also keeps a cell text when someone edits it in Excel.
  string: { numFmt: '@' },
  integer: { numFmt: '0' },
  // General shows every significant digit and no trailing point, which no fixed pattern does.
  number: { numFmt: 'General' },
  boolean: {},
  date: { numFmt: 'yyyy-mm-dd' },
};

interface Part {
  readonly name: string;
  readonly sheet: ExcelJS.Worksheet;
  readonly writer: RowModelWriter;
  rows: number;
}

function partName(table: string, part: number): string {
  return part === 1 ? table : `${table} (${part})`;
}

function openPart(
  ctx: SheetContext,
  spec: XlsxTableSpec,
  part: number,
  widths: number[],
  styles: readonly Partial<ExcelJS.Style>[],
): Part {
  const name = partName(spec.name, part);
  const sheet = ctx.workbook.addWorksheet(name, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }],
  });
  widths.forEach((width, index) => {
    sheet.getColumn(index + 1).width = width;
  });
  new RowModelWriter(
    sheet,
    spec.columns.map(() => HEADER_STYLE),
  ).write(
    1,
    spec.columns.map((column) => ({ richText: [{ text: column.name }] })),
  );
  return { name, sheet, writer: new RowModelWriter(sheet, styles), rows: 0 };
}

function closePart(spec: XlsxTableSpec, part: Part): XlsxSheetReport {
  const lastColumn = columnLetters(Math.max(1, spec.columns.length));
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
  const columns = spec.columns;
  const types = columns.map((column) => column.type);
  const styles = types.map((type) => TYPE_STYLES[type]);
  const values: ExcelValue[] = new Array(columns.length);
  const reports: XlsxSheetReport[] = [];
  let widths: number[] | undefined;
  let part: Part | undefined;
  // Where the cell being written is, read only when a cell has something to report.
  let rowNumber = 0;
  let columnIndex = 0;
  const warn = (issue: CellIssue): void => {
    ctx.warn({
      ...issue,
      sheet: part?.name ?? spec.name,
      cell: cellAddress(rowNumber, columnIndex + 1),
      column: columns[columnIndex]?.name ?? '',
    });
  };

  for await (const batch of batches(rows, BATCH_ROWS)) {
    widths ??= columnWidths(spec, batch);
    for (const cells of batch) {
      if (!part || part.rows === rowsPerSheet) {
        if (part) reports.push(closePart(spec, part));
        part = openPart(ctx, spec, reports.length + 1, widths, styles);
      }
      rowNumber = part.rows + 2;
      for (columnIndex = 0; columnIndex < columns.length; columnIndex++) {
        values[columnIndex] = toExcelValue(cells[columnIndex], types[columnIndex] ?? 'string', warn);
      }
      part.writer.write(rowNumber, values);
      part.rows++;
    }
    if (part)
      await untilZipCatchesUp(part.sheet as unknown as StreamingSheet, ctx.maxBufferedBytes, ctx.failed);
  }
  part ??= openPart(ctx, spec, 1, widths ?? columnWidths(spec, []), styles);
  reports.push(closePart(spec, part));
  return reports;
}

import type ExcelJS from 'exceljs';
import { columnLetters } from './address.js';
import type { CellIssue } from './cell-value.js';
import { type CellStyleIds, CellXml } from './cell-xml.js';
import type { XlsxCell, XlsxColumnType } from './types.js';

/** The part of an exceljs WorksheetWriter this module writes to: its sheet XML StreamBuf. */
interface SheetStream {
  write(chunk: string): unknown;
}

function sheetStream(sheet: ExcelJS.Worksheet): SheetStream {
  const stream = (sheet as unknown as { stream?: Partial<SheetStream> }).stream;
  if (typeof stream?.write !== 'function') {
    throw new Error('exceljs internals changed: WorksheetWriter.stream is not writable');
  }
  return stream as SheetStream;
}

/**
 * Writes data rows as `<row>` XML straight into an exceljs WorksheetWriter's sheet stream, after
 * its header row: exceljs still writes the workbook, the sheet around the rows, the styles and
 * the zip. Rendering a row through exceljs (a Row, Cells and Values, then a model, a style
 * lookup and an XmlStream of small strings per cell) cost more CPU than the zip, so the writer
 * was slower than exceljs used plainly even though it writes the same cells.
 *
 * The sheet must have committed its first row (exceljs opens `<sheetData>` then) and must get
 * no rows through exceljs afterwards. Rows are kept until `flush()`, one stream write a batch.
 */
export class SheetRowWriter {
  private readonly stream: SheetStream;
  private readonly letters: string[];
  private readonly cells: CellXml[];
  private readonly warnCell: (issue: CellIssue) => void;
  private pending = '';
  // Where the cell being rendered is, read only when it has something to report.
  private row = 0;
  private column = 0;

  /** `warn` hears what a cell could not keep, with its 1-based row and 0-based column index. */
  constructor(
    sheet: ExcelJS.Worksheet,
    types: readonly XlsxColumnType[],
    styles: CellStyleIds,
    warn: (issue: CellIssue, row: number, column: number) => void,
  ) {
    this.stream = sheetStream(sheet);
    this.letters = types.map((_, index) => columnLetters(index + 1));
    this.cells = types.map((type) => new CellXml(type, styles));
    this.warnCell = (issue) => warn(issue, this.row, this.column);
  }

  /** Adds row `number`; `values[i]` null or undefined leaves column i empty, an empty row is left out. */
  write(number: number, values: readonly XlsxCell[]): void {
    this.row = number;
    let xml = '';
    for (let column = 0; column < this.cells.length; column++) {
      const value = values[column];
      if (value === null || value === undefined) continue;
      this.column = column;
      const ref = `${this.letters[column]}${number}`;
      xml += (this.cells[column] as CellXml).render(ref, value, this.warnCell);
    }
    if (xml !== '') this.pending += `<row r="${number}">${xml}</row>`;
  }

  /** Hands the rows written since the last flush to exceljs's sheet stream. */
  flush(): void {
    if (this.pending === '') return;
    this.stream.write(this.pending);
    this.pending = '';
  }
}

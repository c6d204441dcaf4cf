import ExcelJS from 'exceljs';
import { columnLetters } from './address.js';
import type { ExcelValue } from './cell-value.js';

/** An exceljs cell model, the shape its CellXform renders. */
interface CellModel {
  address: string;
  type: ExcelJS.ValueType;
  value: Exclude<ExcelValue, undefined>;
  style: Partial<ExcelJS.Style>;
}

/** The part of exceljs's WorksheetWriter that writes one row model to the sheet XML. */
interface RowModelSheet {
  _writeRow(row: {
    hasValues: true;
    model: { number: number; cells: CellModel[]; min: number; max: number };
  }): void;
}

const { Boolean: BOOLEAN, Date: DATE, Number: NUMBER, RichText: RICH_TEXT } = ExcelJS.ValueType;

function valueType(value: Exclude<ExcelValue, undefined>): ExcelJS.ValueType {
  if (typeof value === 'number') return NUMBER;
  if (typeof value === 'boolean') return BOOLEAN;
  return value instanceof Date ? DATE : RICH_TEXT;
}

/**
 * Writes one row as the model exceljs's RowXform renders, straight to the sheet: what
 * `row.commit()` does after building a Row, a Cell and a Value object per cell, which cost more
 * than rendering the row. exceljs still renders the XML, registers styles and feeds the zip.
 */
export class RowModelWriter {
  private readonly sheet: RowModelSheet;
  private readonly letters: string[];

  constructor(
    sheet: ExcelJS.Worksheet,
    private readonly styles: readonly Partial<ExcelJS.Style>[],
  ) {
    if (typeof (sheet as unknown as Partial<RowModelSheet>)._writeRow !== 'function') {
      throw new Error('exceljs internals changed: WorksheetWriter has no _writeRow');
    }
    this.sheet = sheet as unknown as RowModelSheet;
    this.letters = styles.map((_, index) => columnLetters(index + 1));
  }

  /** Writes row `number`; `values[i]` undefined leaves column i empty. */
  write(number: number, values: readonly ExcelValue[]): void {
    const cells: CellModel[] = [];
    for (let index = 0; index < values.length; index++) {
      const value = values[index];
      if (value === undefined) continue;
      cells.push({
        address: `${this.letters[index]}${number}`,
        type: valueType(value),
        value,
        style: this.styles[index] as Partial<ExcelJS.Style>,
      });
    }
    // min and max 0: no `spans` attribute, an optional hint readers do without.
    if (cells.length > 0) this.sheet._writeRow({ hasValues: true, model: { number, cells, min: 0, max: 0 } });
  }
}

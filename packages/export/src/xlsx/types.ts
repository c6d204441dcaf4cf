/**
 * The shapes the XLSX writer reads and reports. They are structural on purpose: the column
 * tables of `../tables` (TableSpec, Row) fit them without the writer importing the tables.
 */

/** The column types of the column tables (Frictionless Table Schema names). */
export type XlsxColumnType = 'string' | 'integer' | 'number' | 'boolean' | 'date';

/** One cell value: dates are ISO `YYYY-MM-DD` strings, a missing value is null. */
export type XlsxCell = string | number | boolean | null;

/** The part of a table spec the writer needs. */
export interface XlsxTableSpec {
  readonly name: string;
  readonly columns: readonly {
    readonly name: string;
    readonly type: XlsxColumnType;
    readonly description: string;
  }[];
}

/** A table to write: its spec and its rows, each row the cells in column order. */
export interface XlsxTable {
  readonly spec: XlsxTableSpec;
  readonly rows: Iterable<readonly XlsxCell[]> | AsyncIterable<readonly XlsxCell[]>;
}

/** What the `summary` sheet states about the dataset. */
export interface XlsxSummary {
  readonly documents: number;
  /** Facts per kind, e.g. `{ quantity: 12, time: 3 }`. */
  readonly facts: Readonly<Record<string, number>>;
  readonly problems: number;
}

/** Something the writer changed or could not represent; `cell` is the A1 address in `sheet`. */
export type XlsxWarning =
  | {
      readonly code: 'xlsx/text_truncated';
      readonly sheet: string;
      readonly cell: string;
      readonly column: string;
      /** Length of the original text in UTF-16 code units (Excel's measure). */
      readonly length: number;
      readonly kept: number;
    }
  | {
      readonly code: 'xlsx/number_not_finite' | 'xlsx/date_invalid';
      readonly sheet: string;
      readonly cell: string;
      readonly column: string;
      readonly value: string;
    };

export interface XlsxSheetReport {
  readonly sheet: string;
  readonly table: string;
  /** Data rows on this sheet, header excluded. */
  readonly rows: number;
}

export interface XlsxReport {
  readonly path: string;
  readonly sheets: readonly XlsxSheetReport[];
  /** The first `WARNINGS_KEPT` warnings; `warningCount` counts them all. */
  readonly warnings: readonly XlsxWarning[];
  readonly warningCount: number;
}

export interface WriteXlsxOptions {
  readonly summary: XlsxSummary;
  /**
   * The tables the `dictionary` sheet describes. Defaults to the specs of `tables` when it is an
   * array; with a lazy `tables` and no `dictionary`, the sheet is left out.
   */
  readonly dictionary?: readonly XlsxTableSpec[];
  readonly onWarning?: (warning: XlsxWarning) => void;
  /** Rows per sheet, header included; Excel's limit unless a test needs a small one. */
  readonly maxRowsPerSheet?: number;
  /** Bytes of sheet XML allowed to wait for the zip before rows stop being produced. */
  readonly maxBufferedBytes?: number;
}

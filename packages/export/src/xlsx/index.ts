export { bufferedBytes } from './backpressure.js';
export { readXlsxTables } from './read.js';
export { EXCEL_MAX_ROWS } from './table-sheets.js';
export { EXCEL_MAX_CELL_TEXT } from './text.js';
export type {
  WriteXlsxOptions,
  XlsxCell,
  XlsxColumnType,
  XlsxReport,
  XlsxSheetReport,
  XlsxSummary,
  XlsxTable,
  XlsxTableSpec,
  XlsxWarning,
} from './types.js';
export { DEFAULT_MAX_BUFFERED_BYTES, writeXlsx } from './write.js';

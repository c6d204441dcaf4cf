export { writeFileAtomic } from './atomic/write.js';
export { neutralizeFormula, restoreFormula } from './csv/formula.js';
export type { CsvOptions } from './csv/options.js';
export { createCsvStringifier, csvChunks, stringifyTable, tableCsvStream } from './csv/stringify.js';
export { writeCsvTables } from './csv/write.js';
export { DUKIEN_PROPERTY, dataPackageOf, dataPackageText } from './datapackage/describe.js';
export { datasetJsonText, jsonLines } from './json/lines.js';
export { datasetJsonSchema } from './json/schema.js';
export { createDatasetValidator, DatasetInvalidError } from './json/validate.js';
export { createJsonWriter, type JsonWriter } from './json/write.js';
export { loadPython } from './load-scripts/python.js';
export { loadR } from './load-scripts/r.js';
export { loadStata } from './load-scripts/stata.js';
export { loadScripts, writeLoadScripts } from './load-scripts/write.js';
export { type OutputFormat, type OutputOptions, writeOutputs } from './outputs/write.js';
export { columnLetter } from './read-back/locate.js';
export { type CsvReadResult, readCsvDataset } from './read-back/read.js';
export type {
  Cell,
  Column,
  ColumnType,
  FieldPath,
  Row,
  Table,
  TableName,
  TableSpec,
} from './tables/column.js';
export { DOCUMENTS_TABLE } from './tables/documents.js';
export { FACTS_TABLE } from './tables/facts.js';
export { INDICATORS_TABLE } from './tables/indicators.js';
export { LIST_SEPARATOR } from './tables/lists.js';
export { LOCATIONS_TABLE } from './tables/locations.js';
export { ORGANIZATIONS_TABLE } from './tables/organizations.js';
export { PEOPLE_TABLE } from './tables/people.js';
export { QUANTITIES_TABLE } from './tables/quantities.js';
export { KIND_TABLES, TABLES, tableOf } from './tables/registry.js';
export { rowsOf, tableRows } from './tables/rows.js';
export { TIMES_TABLE } from './tables/times.js';
export type {
  WriteXlsxOptions,
  XlsxCell,
  XlsxReport,
  XlsxSheetReport,
  XlsxSummary,
  XlsxTable,
  XlsxTableSpec,
  XlsxWarning,
} from './xlsx/index.js';
export {
  DEFAULT_MAX_BUFFERED_BYTES,
  EXCEL_MAX_CELL_TEXT,
  EXCEL_MAX_ROWS,
  readXlsxTables,
  writeXlsx,
} from './xlsx/index.js';

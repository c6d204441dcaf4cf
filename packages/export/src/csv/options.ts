import type { Options } from 'csv-stringify';
import type { TableSpec } from '../tables/column.js';

export interface CsvOptions {
  /** Start the file with a UTF-8 byte order mark, for Excel on Windows. */
  readonly bom?: boolean;
}

/** csv-stringify options for RFC 4180: comma, double quotes, CRLF, a header row. */
export function stringifyOptions(table: TableSpec, options: CsvOptions, header: boolean): Options {
  return {
    bom: options.bom === true,
    header,
    columns: table.columns.map((c) => c.name),
    delimiter: ',',
    quote: '"',
    escape: '"',
    record_delimiter: '\r\n',
    eof: true,
  };
}

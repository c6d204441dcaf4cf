import { Readable, Transform } from 'node:stream';
import { stringify } from 'csv-stringify/sync';
import type { Row, TableSpec } from '../tables/column.js';
import { cellEncoders, encodeRow } from './cells.js';
import { type CsvOptions, stringifyOptions } from './options.js';

/** Rows per call into csv-stringify: large enough that per-call work does not count. */
const BATCH = 1000;

/** The whole CSV text of a table: header row, then one record per row. */
export function stringifyTable(table: TableSpec, rows: Iterable<Row>, options: CsvOptions = {}): string {
  return [...csvChunks(table, rows, options)].join('');
}

/** The CSV text of a table in chunks of about a thousand rows, header first. */
export function* csvChunks(
  table: TableSpec,
  rows: Iterable<Row>,
  options: CsvOptions = {},
): Generator<string> {
  const encoders = cellEncoders(table.columns);
  const first = stringifyOptions(table, options, true);
  const rest = stringifyOptions(table, {}, false);
  let batch: string[][] = [];
  let started = false;
  for (const row of rows) {
    batch.push(encodeRow(encoders, row));
    if (batch.length === BATCH) {
      yield stringify(batch, started ? rest : first);
      started = true;
      batch = [];
    }
  }
  if (batch.length > 0 || !started) yield stringify(batch, started ? rest : first);
}

/** A readable stream of a table's CSV text, pulled as the consumer reads. */
export function tableCsvStream(table: TableSpec, rows: Iterable<Row>, options: CsvOptions = {}): Readable {
  return Readable.from(csvChunks(table, rows, options), { objectMode: false });
}

/** A transform from rows (object mode) to CSV text, for producers that push. */
export function createCsvStringifier(table: TableSpec, options: CsvOptions = {}): Transform {
  const encoders = cellEncoders(table.columns);
  const first = stringifyOptions(table, options, true);
  const rest = stringifyOptions(table, {}, false);
  let batch: string[][] = [];
  let started = false;
  const flushBatch = (): string => {
    const text = stringify(batch, started ? rest : first);
    started = true;
    batch = [];
    return text;
  };
  return new Transform({
    writableObjectMode: true,
    readableObjectMode: false,
    transform(row: Row, _encoding, done) {
      batch.push(encodeRow(encoders, row));
      done(null, batch.length === BATCH ? flushBatch() : undefined);
    },
    flush(done) {
      done(null, batch.length > 0 || !started ? flushBatch() : undefined);
    },
  });
}

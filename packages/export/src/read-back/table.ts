import type { Problem } from '@dukien/core';
import { parse } from 'csv-parse/sync';
import type { Cell, TableSpec } from '../tables/column.js';
import { parseCell } from './cells.js';
import { cellRef } from './locate.js';

/** A row of a CSV table read back: typed cells by column name, and where it stands. */
export interface ReadRow {
  readonly record: Record<string, Cell>;
  /** The row number as a spreadsheet shows it: the header is row 1. */
  readonly row: number;
  /** Index of each column in the file as edited (columns may have been moved). */
  readonly indexOf: ReadonlyMap<string, number>;
}

export const problem = (
  message: string,
  source: string,
  path: string,
  more: Partial<Problem> = {},
): Problem => ({
  code: 'schema',
  severity: 'error',
  message,
  documentId: null,
  source,
  factId: null,
  start: null,
  end: null,
  path,
  ...more,
});

/** The rows of one CSV file with typed cells; rows with a cell that does not read are left out, with a problem. */
export function readTableRows(
  file: string,
  text: string,
  table: TableSpec,
  problems: Problem[],
): ReadRow[] | null {
  let rows: string[][];
  try {
    rows = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: true });
  } catch (error) {
    problems.push(
      problem(`${file} is not valid CSV: ${(error as Error).message}`, file, file, { code: 'unreadable' }),
    );
    return null;
  }
  const header = rows[0] ?? [];
  const indexOf = new Map(header.map((name, i) => [name.trim(), i]));
  const missing = table.columns.filter((c) => !indexOf.has(c.name)).map((c) => c.name);
  if (missing.length > 0) {
    problems.push(
      problem(`${file} lacks the column(s) ${missing.join(', ')}`, file, cellRef(file, undefined, 1)),
    );
    return null;
  }
  header.forEach((name, i) => {
    if (!table.columns.some((c) => c.name === name.trim())) {
      problems.push(
        problem(
          `${file} has a column ${name} that ${table.name} does not define; it is ignored`,
          file,
          cellRef(file, i, 1),
          {
            severity: 'warning',
          },
        ),
      );
    }
  });
  const out: ReadRow[] = [];
  const documentColumn = indexOf.get('document_id')!;
  rows.slice(1).forEach((cells, i) => {
    const row = i + 2;
    const documentId = cells[documentColumn] || null;
    const record: Record<string, Cell> = {};
    let ok = true;
    for (const column of table.columns) {
      const index = indexOf.get(column.name)!;
      const raw = cells[index] ?? '';
      const parsed = parseCell(raw, column.type);
      if (parsed.ok) record[column.name] = parsed.value;
      else {
        ok = false;
        problems.push(
          problem(
            `${column.name} is ${JSON.stringify(raw)}; expected ${parsed.expected}`,
            file,
            cellRef(file, index, row),
            { documentId },
          ),
        );
      }
    }
    if (ok) out.push({ record, row, indexOf });
  });
  return out;
}

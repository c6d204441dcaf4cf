import { compareFacts, type Dataset, Document, Fact, type Problem, SCHEMA_VERSION } from '@dukien/core';
import {
  type Cell,
  columnLetter,
  DOCUMENTS_TABLE,
  KIND_TABLES,
  readXlsxTables,
  TABLES,
  type Table,
} from '@dukien/export';
import { UsageError } from '../errors.js';
import { GENERATOR } from '../pipeline/generator.js';
import type { RowPlace } from './cell-places.js';
import type { TableInput } from './table-input.js';

const schemaProblem = (message: string, path: string, more: Partial<Problem>): Problem => ({
  code: 'schema',
  severity: 'error',
  message: `${path}: ${message}`,
  documentId: null,
  source: null,
  factId: null,
  start: null,
  end: null,
  path,
  ...more,
});

/**
 * A workbook written by dukien (maybe edited in a spreadsheet since): every table sheet read
 * back, each row checked against its schema, problems at sheet!cell. Rows are numbered as the
 * writer laid them out (header in row 1); a sheet continued on "name (2)" counts on.
 */
export async function readXlsxFile(path: string): Promise<TableInput> {
  let tables: Map<string, Cell[][]>;
  try {
    tables = await readXlsxTables(path, TABLES);
  } catch (error) {
    throw new UsageError(`${path}: not a readable XLSX workbook (${(error as Error).message})`);
  }
  const problems: Problem[] = [];
  const factPlaces = new Map<string, RowPlace>();
  const documentPlaces = new Map<string, RowPlace>();
  const readSheet = <T extends { id: string }>(
    table: Table<unknown>,
    schema: typeof Document | typeof Fact,
    places: Map<string, RowPlace>,
  ): T[] => {
    const columns = new Map(table.columns.map((c, i) => [c.name, i]));
    const out: T[] = [];
    (tables.get(table.name) ?? []).forEach((cells, i) => {
      const row = i + 2;
      const record = Object.fromEntries(table.columns.map((c, j) => [c.name, cells[j] ?? null]));
      const parsed = schema.safeParse(table.fromRecord(record));
      const id = String(record.fact_id ?? record.document_id ?? '');
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          const at = table.columns.findIndex((c) => c.path.every((k, n) => issue.path[n] === k));
          const ref = `${table.name}!${at < 0 ? `${row}:${row}` : `${columnLetter(at)}${row}`}`;
          problems.push(
            schemaProblem(`${at < 0 ? 'row' : table.columns[at]?.name}: ${issue.message}`, ref, {
              documentId: typeof record.document_id === 'string' ? record.document_id : null,
              factId: typeof record.fact_id === 'string' ? record.fact_id : null,
            }),
          );
        }
        return;
      }
      places.set(id, { table: table.name, row, columns });
      out.push(parsed.data as unknown as T);
    });
    return out;
  };
  const documents = readSheet<Document>(DOCUMENTS_TABLE as Table<unknown>, Document, documentPlaces);
  const facts = Object.values(KIND_TABLES).flatMap((table) =>
    readSheet<Fact>(table as Table<unknown>, Fact, factPlaces),
  );
  documents.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  facts.sort(compareFacts);
  const dataset: Dataset = { schemaVersion: SCHEMA_VERSION, generator: GENERATOR, documents, facts };
  return { dataset, problems, facts: factPlaces, documents: documentPlaces };
}

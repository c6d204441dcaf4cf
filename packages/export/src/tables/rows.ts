import type { Dataset, Fact, FactKind, FactOf } from '@dukien/core';
import type { Row, TableName, TableSpec } from './column.js';
import { DOCUMENTS_TABLE } from './documents.js';
import { FACTS_TABLE } from './facts.js';
import { KIND_TABLES, TABLES } from './registry.js';

const KIND_OF_TABLE = new Map<TableName, FactKind>(
  (Object.keys(KIND_TABLES) as FactKind[]).map((kind) => [KIND_TABLES[kind].name, kind]),
);

function* kindRows<K extends FactKind>(facts: Iterable<Fact>, kind: K): Generator<Row> {
  const table = KIND_TABLES[kind];
  for (const fact of facts) if (fact.kind === kind) yield table.row(fact as FactOf<K>);
}

function* mapRows<T>(items: Iterable<T>, row: (item: T) => Row): Generator<Row> {
  for (const item of items) yield row(item);
}

/** The rows of one table, lazily, in dataset order. */
export function tableRows(dataset: Pick<Dataset, 'documents' | 'facts'>, name: TableName): Iterable<Row> {
  if (name === 'documents') return mapRows(dataset.documents, DOCUMENTS_TABLE.row);
  if (name === 'facts') return mapRows(dataset.facts, FACTS_TABLE.row);
  const kind = KIND_OF_TABLE.get(name);
  if (!kind) throw new Error(`unknown table ${name}`);
  return kindRows(dataset.facts, kind);
}

/** Every table with its rows, lazily, in `TABLES` order. */
export function rowsOf(
  dataset: Pick<Dataset, 'documents' | 'facts'>,
): { table: TableSpec; rows: Iterable<Row> }[] {
  return TABLES.map((table) => ({ table, rows: tableRows(dataset, table.name) }));
}

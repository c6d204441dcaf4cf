import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Problem } from '@dukien/core';
import { KIND_TABLES, readCsvDataset } from '@dukien/export';
import type { RowPlace } from './cell-places.js';
import { csvRecords } from './csv-records.js';
import type { TableInput } from './table-input.js';

/** Each row's place in one CSV file, by the value of its key column. */
function placesOf(dir: string, file: string, key: string, into: Map<string, RowPlace>): void {
  const path = join(dir, file);
  if (!existsSync(path)) return;
  const [header, ...rows] = csvRecords(readFileSync(path, 'utf8'));
  const columns = new Map((header ?? []).map((name, i) => [name.trim(), i]));
  const at = columns.get(key);
  if (at === undefined) return;
  rows.forEach((cells, i) => {
    const id = cells[at];
    if (id && !into.has(id)) into.set(id, { table: file, row: i + 2, columns });
  });
}

/** A CSV folder written by dukien (maybe edited since), read through its datapackage.json. */
export function readCsvFolder(dir: string): TableInput {
  const { dataset, problems } = readCsvDataset(dir);
  const facts = new Map<string, RowPlace>();
  const documents = new Map<string, RowPlace>();
  placesOf(dir, 'documents.csv', 'document_id', documents);
  for (const table of Object.values(KIND_TABLES)) placesOf(dir, `${table.name}.csv`, 'fact_id', facts);
  const shown: Problem[] = problems.map((p) => (p.path ? { ...p, message: `${p.path}: ${p.message}` } : p));
  return { dataset, problems: shown, facts, documents };
}

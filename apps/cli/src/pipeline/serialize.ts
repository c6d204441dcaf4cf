import type { Document, Fact, FactKind } from '@dukien/core';
import { stringifyTable, TABLES, type TableName, tableRows } from '@dukien/export';
import type { DocumentOutput } from './task.js';

const headers = new Map<TableName, number>();

/** Length of a table's CSV header row, which csvChunks writes once at the top of the file. */
function headerLength(table: (typeof TABLES)[number]): number {
  let length = headers.get(table.name);
  if (length === undefined) {
    length = stringifyTable(table, []).length;
    headers.set(table.name, length);
  }
  return length;
}

/** The CSV records of one document in every table, in the bytes the whole-table writer gives. */
export function csvRecords(document: Document, facts: readonly Fact[]): Partial<Record<TableName, string>> {
  const one = { documents: [document], facts: facts as Fact[] };
  const out: Partial<Record<TableName, string>> = {};
  for (const table of TABLES) {
    const text = stringifyTable(table, tableRows(one, table.name));
    out[table.name] = text.slice(headerLength(table));
  }
  return out;
}

/** A document and its (sorted, valid) facts as the lines every output is made of. */
export function serializeDocument(
  document: Document,
  facts: readonly Fact[],
  csv: boolean,
): Pick<DocumentOutput, 'documentLine' | 'factLines' | 'csv' | 'factCounts'> {
  const factCounts: Partial<Record<FactKind, number>> = {};
  let factLines = '';
  for (const fact of facts) {
    factLines += `${JSON.stringify(fact)}\n`;
    factCounts[fact.kind] = (factCounts[fact.kind] ?? 0) + 1;
  }
  return {
    documentLine: JSON.stringify(document),
    factLines,
    csv: csv ? csvRecords(document, facts) : null,
    factCounts,
  };
}

/** The facts of serialized fact lines, for outputs rebuilt from JSONL (merge, cached entries). */
export function parseFactLines(lines: string): Fact[] {
  return lines
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Fact);
}

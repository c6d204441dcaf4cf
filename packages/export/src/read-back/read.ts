import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  compareFacts,
  type Dataset,
  Document,
  Fact,
  type Generator,
  type Problem,
  SCHEMA_VERSION,
} from '@dukien/core';
import { DUKIEN_PROPERTY } from '../datapackage/describe.js';
import type { Table, TableName } from '../tables/column.js';
import { DOCUMENTS_TABLE } from '../tables/documents.js';
import { KIND_TABLES } from '../tables/registry.js';
import { cellRef, columnOfPath } from './locate.js';
import { problem, type ReadRow, readTableRows } from './table.js';

export interface CsvReadResult {
  /** The documents and facts whose rows read and passed the schema; null when the folder cannot be read. */
  readonly dataset: Dataset | null;
  /** What is wrong, each naming the file and the cell ("quantities.csv!F12"). */
  readonly problems: Problem[];
}

interface PackageInfo {
  readonly paths: ReadonlyMap<string, string>;
  readonly generator: Generator;
}

function readPackage(dir: string, problems: Problem[]): PackageInfo | null {
  const file = 'datapackage.json';
  let pkg: Record<string, unknown>;
  try {
    pkg = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, unknown>;
  } catch (error) {
    problems.push(
      problem(`cannot read ${file}: ${(error as Error).message}`, file, file, { code: 'unreadable' }),
    );
    return null;
  }
  const resources = Array.isArray(pkg.resources) ? (pkg.resources as Record<string, unknown>[]) : [];
  const paths = new Map<string, string>();
  for (const r of resources)
    if (typeof r.name === 'string' && typeof r.path === 'string') paths.set(r.name, r.path);
  const info = (pkg[DUKIEN_PROPERTY] ?? {}) as { schemaVersion?: unknown; generator?: Generator };
  if (info.schemaVersion !== SCHEMA_VERSION) {
    problems.push(
      problem(
        `${file} says schema version ${String(info.schemaVersion)}; this dukien reads ${SCHEMA_VERSION}`,
        file,
        `${file}#/${DUKIEN_PROPERTY}`,
        {
          severity: 'warning',
        },
      ),
    );
  }
  return {
    paths,
    generator: info.generator ?? { name: 'dukien', version: 'unknown' },
  };
}

/** The items of one table that pass their zod schema; the others become problems at their cells. */
function readItems<T>(
  dir: string,
  info: PackageInfo,
  table: Table<unknown>,
  schema: {
    safeParse(
      v: unknown,
    ):
      | { success: true; data: T }
      | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
  },
  problems: Problem[],
): { item: T; at: ReadRow; file: string }[] {
  const file = info.paths.get(table.name) ?? `${table.name}.csv`;
  if (!existsSync(join(dir, file))) {
    problems.push(problem(`${file} is missing`, file, file, { code: 'unreadable' }));
    return [];
  }
  const rows = readTableRows(file, readFileSync(join(dir, file), 'utf8'), table, problems) ?? [];
  const out: { item: T; at: ReadRow; file: string }[] = [];
  for (const at of rows) {
    const parsed = schema.safeParse(table.fromRecord(at.record));
    if (parsed.success) {
      out.push({ item: parsed.data, at, file });
      continue;
    }
    const r = at.record;
    for (const issue of parsed.error.issues) {
      const column = columnOfPath(table.columns, issue.path);
      const offsets = typeof r.start === 'number' && typeof r.end === 'number';
      problems.push(
        problem(
          `${column?.name ?? 'row'}: ${issue.message}`,
          file,
          cellRef(file, column ? at.indexOf.get(column.name) : undefined, at.row),
          {
            documentId: typeof r.document_id === 'string' ? r.document_id : null,
            factId: typeof r.fact_id === 'string' ? r.fact_id : null,
            ...(offsets ? { start: r.start as number, end: r.end as number } : {}),
          },
        ),
      );
    }
  }
  return out;
}

/**
 * Reads a CSV folder written by dukien (and maybe edited since) back into a dataset,
 * through its datapackage.json. Rows that do not read or do not pass the schema are left
 * out of the dataset and reported, each problem naming the file, the cell and the fact.
 * The long facts table is not read: the kind tables hold every field.
 */
export function readCsvDataset(dir: string): CsvReadResult {
  const problems: Problem[] = [];
  const info = readPackage(dir, problems);
  if (!info) return { dataset: null, problems };
  const documents = readItems(dir, info, DOCUMENTS_TABLE as Table<unknown>, Document, problems).map(
    (d) => d.item,
  );
  const known = new Set(documents.map((d) => d.id));
  const facts: Fact[] = [];
  const ids = new Set<string>();
  for (const kind of Object.keys(KIND_TABLES) as (keyof typeof KIND_TABLES)[]) {
    const table = KIND_TABLES[kind] as Table<unknown>;
    for (const { item, at, file } of readItems(dir, info, table, Fact, problems)) {
      const where = (name: TableName | string) => cellRef(file, at.indexOf.get(name), at.row);
      const more = {
        documentId: item.documentId,
        factId: item.id,
        start: item.evidence.start,
        end: item.evidence.end,
      };
      if (!known.has(item.documentId)) {
        problems.push(
          problem(`document ${item.documentId} is not in documents.csv`, file, where('document_id'), {
            ...more,
            code: 'unknown_document',
          }),
        );
      } else if (ids.has(item.id)) {
        problems.push(
          problem(`fact id ${item.id} appears more than once`, file, where('fact_id'), {
            ...more,
            code: 'duplicate_id',
          }),
        );
      } else {
        ids.add(item.id);
        facts.push(item);
      }
    }
  }
  documents.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  facts.sort(compareFacts);
  return {
    dataset: { schemaVersion: SCHEMA_VERSION, generator: info.generator, documents, facts },
    problems,
  };
}

import { join } from 'node:path';
import type { Dataset } from '@dukien/core';
import { writeFileAtomic } from '../atomic/write.js';
import { TABLES } from '../tables/registry.js';
import { tableRows } from '../tables/rows.js';
import type { CsvOptions } from './options.js';
import { csvChunks } from './stringify.js';

/** Writes `<table>.csv` for every table into `dir`, each atomically; returns the file names. */
export async function writeCsvTables(
  dataset: Pick<Dataset, 'documents' | 'facts'>,
  dir: string,
  options: CsvOptions = {},
): Promise<string[]> {
  const files: string[] = [];
  for (const table of TABLES) {
    const file = `${table.name}.csv`;
    await writeFileAtomic(join(dir, file), csvChunks(table, tableRows(dataset, table.name), options));
    files.push(file);
  }
  return files;
}

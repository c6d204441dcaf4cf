import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Problem } from '@dukien/core';
import { loadDatasetInput } from '../commands/load-dataset-input.js';
import { UsageError } from '../errors.js';
import { placeProblems } from './cell-places.js';
import { readCsvFolder } from './csv-folder.js';
import type { TableInput } from './table-input.js';
import { readXlsxFile } from './xlsx-file.js';

/** What validate checks: the dataset, problems found reading it, and how to point at its cells. */
export interface ValidateInput {
  dataset: unknown;
  problems: Problem[];
  /** Turns problems about the dataset into problems about the cells it was read from. */
  place: (problems: readonly Problem[]) => Problem[];
}

const fromTables = (t: TableInput): ValidateInput => ({
  dataset: t.dataset ?? { documents: [], facts: [] },
  problems: t.problems,
  place: (problems) => placeProblems(problems, t.facts, t.documents),
});

/**
 * A dataset.json or facts file; a CSV folder written by dukien (the folder holding
 * datapackage.json, or the output folder above it); or a dataset.xlsx.
 */
export async function loadValidateInput(path: string): Promise<ValidateInput> {
  const isDirectory = existsSync(path) && statSync(path).isDirectory();
  if (isDirectory) {
    const dir = existsSync(join(path, 'datapackage.json'))
      ? path
      : existsSync(join(path, 'csv', 'datapackage.json'))
        ? join(path, 'csv')
        : null;
    if (!dir) {
      throw new UsageError(
        `${path} is a folder without datapackage.json; give a dataset.json, a CSV folder or an .xlsx`,
      );
    }
    return fromTables(readCsvFolder(dir));
  }
  if (/\.xlsx$/i.test(path) && existsSync(path)) return fromTables(await readXlsxFile(path));
  return { dataset: loadDatasetInput(path), problems: [], place: (problems) => [...problems] };
}

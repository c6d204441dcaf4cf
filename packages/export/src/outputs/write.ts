import { join } from 'node:path';
import type { Dataset, Problem } from '@dukien/core';
import { writeFileAtomic } from '../atomic/write.js';
import { writeCsvTables } from '../csv/write.js';
import { dataPackageText } from '../datapackage/describe.js';
import { jsonLines } from '../json/lines.js';
import { DatasetInvalidError } from '../json/validate.js';
import { createJsonWriter, type JsonWriter } from '../json/write.js';
import { writeLoadScripts } from '../load-scripts/write.js';

export type OutputFormat = 'json' | 'jsonl' | 'csv';

export interface OutputOptions {
  readonly outDir: string;
  readonly formats: readonly OutputFormat[];
  /** Start CSV files with a UTF-8 BOM, for Excel on Windows. */
  readonly bom?: boolean;
  /** Problems found on the way, written to problems.jsonl beside the dataset. */
  readonly problems?: readonly Problem[];
}

let shared: JsonWriter | undefined;

/**
 * Writes the dataset in the formats asked for: dataset.json; facts.jsonl and documents.jsonl;
 * csv/<table>.csv with datapackage.json and load scripts. The dataset is checked against its
 * JSON Schema first, and nothing is written when it fails. Returns the files written,
 * relative to outDir.
 */
export async function writeOutputs(dataset: Dataset, options: OutputOptions): Promise<string[]> {
  shared ??= createJsonWriter();
  const writer = shared;
  const problems = writer.check(dataset);
  if (problems.length > 0) throw new DatasetInvalidError(problems);
  const { outDir, formats } = options;
  const files: string[] = [];
  if (formats.includes('json')) {
    await writeFileAtomic(join(outDir, 'dataset.json'), writer.datasetText(dataset));
    files.push('dataset.json');
  }
  if (formats.includes('jsonl')) {
    await writer.writeFacts(join(outDir, 'facts.jsonl'), dataset.facts);
    await writer.writeDocuments(join(outDir, 'documents.jsonl'), dataset.documents);
    files.push('facts.jsonl', 'documents.jsonl');
  }
  if (formats.includes('csv')) {
    const dir = join(outDir, 'csv');
    const tables = await writeCsvTables(dataset, dir, { bom: options.bom === true });
    await writeFileAtomic(join(dir, 'datapackage.json'), dataPackageText(dataset));
    const scripts = await writeLoadScripts(dir);
    files.push(...[...tables, 'datapackage.json', ...scripts].map((file) => `csv/${file}`));
  }
  if (options.problems) {
    await writeFileAtomic(join(outDir, 'problems.jsonl'), jsonLines(options.problems));
    files.push('problems.jsonl');
  }
  return files;
}

import type { Dataset, Document, Fact, Problem } from '@dukien/core';
import { writeFileAtomic } from '../atomic/write.js';
import { datasetJsonText, jsonLines } from './lines.js';
import { createDatasetValidator, DatasetInvalidError } from './validate.js';

export interface JsonWriter {
  /** The schema problems of a dataset; none when it may be written. */
  check(dataset: unknown): Problem[];
  /** Writes dataset.json after checking it; throws DatasetInvalidError and writes nothing when it fails. */
  writeDataset(path: string, dataset: Dataset): Promise<void>;
  /** The text of dataset.json, unchecked: for callers that checked the dataset already. */
  datasetText(dataset: Dataset): Iterable<string>;
  /** Writes one fact per line. */
  writeFacts(path: string, facts: Iterable<Fact>): Promise<void>;
  /** Writes one document per line. */
  writeDocuments(path: string, documents: Iterable<Document>): Promise<void>;
}

/** A JSON writer; its ajv validator is compiled once, when the writer is made. */
export function createJsonWriter(): JsonWriter {
  const check = createDatasetValidator();
  return {
    check,
    async writeDataset(path, dataset) {
      const problems = check(dataset);
      if (problems.length > 0) throw new DatasetInvalidError(problems);
      await writeFileAtomic(path, datasetJsonText(dataset));
    },
    datasetText: (dataset) => datasetJsonText(dataset),
    writeFacts: (path, facts) => writeFileAtomic(path, jsonLines(facts)),
    writeDocuments: (path, documents) => writeFileAtomic(path, jsonLines(documents)),
  };
}

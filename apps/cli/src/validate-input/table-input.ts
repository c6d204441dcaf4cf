import type { Dataset, Problem } from '@dukien/core';
import type { RowPlace } from './cell-places.js';

/** A dataset read back from tables (a CSV folder, a workbook), with where each row came from. */
export interface TableInput {
  /** Documents and facts whose rows read and passed the schema; null when nothing could be read. */
  dataset: Dataset | null;
  /** Rows that did not read, each at its cell. */
  problems: Problem[];
  facts: ReadonlyMap<string, RowPlace>;
  documents: ReadonlyMap<string, RowPlace>;
}

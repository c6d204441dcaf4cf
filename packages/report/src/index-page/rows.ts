import { FACT_KINDS } from '../core.js';
import type { DocumentSummary } from './summary.js';

/** Rows drawn at first and added per "show more": enough to browse, few enough to lay out fast. */
export const ROWS_PER_PAGE = 200;

/**
 * A document's row as the index script reads it: date, title, id, page, the count of each
 * kind in FACT_KINDS order, total, problems. Arrays keep 1,000 rows near 150 kB.
 */
export type RowData = [string, string, string, string, ...number[]];

export function rowData(s: DocumentSummary): RowData {
  return [s.date, s.title, s.id, s.href, ...FACT_KINDS.map((kind) => s.counts[kind]), s.total, s.problems];
}

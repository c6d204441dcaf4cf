import type { Problem } from '@dukien/core';
import { columnLetter } from '@dukien/export';

/** Where one fact or document sits in a table file or sheet: its row, and its columns by name. */
export interface RowPlace {
  /** "quantities.csv" or the sheet name "quantities". */
  table: string;
  /** The row as a spreadsheet shows it; the header is row 1. */
  row: number;
  columns: ReadonlyMap<string, number>;
}

// The column a grounding problem is about.
const COLUMN_OF: Partial<Record<Problem['code'], string>> = {
  evidence_mismatch: 'evidence',
  evidence_out_of_range: 'start',
  span_boundary: 'start',
  value_mismatch: 'value',
  unit_mismatch: 'unit',
  code_mismatch: 'code',
  duplicate_id: 'fact_id',
  duplicate_fact: 'start',
  unknown_document: 'document_id',
  source_changed: 'sha256',
  source_missing: 'source',
};

/**
 * Points problems found on a dataset read from tables back at the cells they come from: the
 * path becomes "quantities.csv!F12" and the message starts with it, so a person sees both the
 * cell to fix and (through the span) the place in the article.
 */
export function placeProblems(
  problems: readonly Problem[],
  facts: ReadonlyMap<string, RowPlace>,
  documents: ReadonlyMap<string, RowPlace>,
): Problem[] {
  return problems.map((p) => {
    const place = p.factId ? facts.get(p.factId) : p.documentId ? documents.get(p.documentId) : undefined;
    if (!place) return p;
    const column = place.columns.get(COLUMN_OF[p.code] ?? (p.factId ? 'fact_id' : 'document_id'));
    const ref = `${place.table}!${column === undefined ? `${place.row}:${place.row}` : `${columnLetter(column)}${place.row}`}`;
    return { ...p, path: ref, message: `${ref}: ${p.message}` };
  });
}

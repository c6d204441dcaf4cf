import { Evidence, type Fact, QuantityFact } from '@dukien/core';
import type { Cell } from './column.js';
import { type ColumnDef, column } from './describe.js';

// Every kind spreads the same base shape; quantity's copy stands for all.
const base = QuantityFact.shape;

/** The columns every fact table starts with. */
export function factColumns<F extends Fact>(): ColumnDef<F>[] {
  return [
    column<F>('document_id', 'string', base.documentId, ['documentId'], (x) => x.documentId),
    column<F>('fact_id', 'string', base.id, ['id'], (x) => x.id),
    column<F>('start', 'integer', Evidence.shape.start, ['evidence', 'start'], (x) => x.evidence.start),
    column<F>('end', 'integer', Evidence.shape.end, ['evidence', 'end'], (x) => x.evidence.end),
    column<F>('evidence', 'string', Evidence.shape.text, ['evidence', 'text'], (x) => x.evidence.text),
  ];
}

/** The fields every fact has, read back from the common columns. */
export function factBase(r: Readonly<Record<string, Cell>>): Record<string, unknown> {
  return {
    id: r.fact_id,
    documentId: r.document_id,
    evidence: { start: r.start, end: r.end, text: r.evidence },
  };
}

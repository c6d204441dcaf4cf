import { FACT_KINDS, type Fact, QuantityFact } from '@dukien/core';
import { defineTable } from './define.js';
import { column } from './describe.js';
import { factBase, factColumns } from './fact-columns.js';

// Each kind's schema has its own `kind` literal; the long table lists them all.
const kindField = {
  description: QuantityFact.shape.kind.description,
  options: FACT_KINDS,
  safeParse: (value: unknown) => ({ success: (FACT_KINDS as readonly unknown[]).includes(value) }),
};

/** The long table: one row per fact of any kind, with the columns all kinds share. */
export const FACTS_TABLE = defineTable<Fact>(
  'facts',
  ['fact_id'],
  [
    ...factColumns<Fact>().slice(0, 2),
    column<Fact>('kind', 'string', kindField, ['kind'], (x) => x.kind),
    ...factColumns<Fact>().slice(2),
  ],
  (r) => ({ ...factBase(r), kind: r.kind }),
);

import { QuantityFact } from '@dukien/core';
import { defineTable } from './define.js';
import { column } from './describe.js';
import { factBase, factColumns } from './fact-columns.js';

const f = QuantityFact.shape;

/** One row per quantity fact; the ratio [part, whole] becomes two number columns. */
export const QUANTITIES_TABLE = defineTable<QuantityFact>(
  'quantities',
  ['fact_id'],
  [
    ...factColumns<QuantityFact>(),
    column('value', 'number', f.value, ['value'], (x) => x.value),
    column('value_max', 'number', f.valueMax, ['valueMax'], (x) => x.valueMax),
    column('unit', 'string', f.unit, ['unit'], (x) => x.unit),
    column('per', 'string', f.per, ['per'], (x) => x.per),
    column('approx', 'string', f.approx, ['approx'], (x) => x.approx),
    column('ratio_part', 'number', f.ratio, ['ratio', 0], (x) => x.ratio?.[0] ?? null, { note: 'the part' }),
    column('ratio_whole', 'number', f.ratio, ['ratio', 1], (x) => x.ratio?.[1] ?? null, {
      note: 'the whole',
    }),
    column('change', 'string', f.change, ['change'], (x) => x.change),
  ],
  (r) => ({
    ...factBase(r),
    kind: 'quantity',
    value: r.value,
    valueMax: r.value_max,
    unit: r.unit,
    per: r.per,
    approx: r.approx,
    ratio: r.ratio_part === null && r.ratio_whole === null ? null : [r.ratio_part, r.ratio_whole],
    change: r.change,
  }),
);

import { IndicatorFact, Period } from '@dukien/core';
import { defineTable } from './define.js';
import { column } from './describe.js';
import { factBase, factColumns } from './fact-columns.js';

const f = IndicatorFact.shape;

/** One row per indicator; the period becomes period_start and period_end. */
export const INDICATORS_TABLE = defineTable<IndicatorFact>(
  'indicators',
  ['fact_id'],
  [
    ...factColumns<IndicatorFact>(),
    column('subject', 'string', f.subject, ['subject'], (x) => x.subject),
    column('indicator', 'string', f.indicator, ['indicator'], (x) => x.indicator),
    column('value', 'number', f.value, ['value'], (x) => x.value),
    column('unit', 'string', f.unit, ['unit'], (x) => x.unit),
    column('period_start', 'date', Period.shape.start, ['period', 'start'], (x) => x.period.start),
    column('period_end', 'date', Period.shape.end, ['period', 'end'], (x) => x.period.end),
    column('status', 'string', f.status, ['status'], (x) => x.status),
  ],
  (r) => ({
    ...factBase(r),
    kind: 'indicator',
    subject: r.subject,
    indicator: r.indicator,
    value: r.value,
    unit: r.unit,
    period: { start: r.period_start, end: r.period_end },
    status: r.status,
  }),
);

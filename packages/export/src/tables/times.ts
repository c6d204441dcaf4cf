import { TimeFact } from '@dukien/core';
import { defineTable } from './define.js';
import { column } from './describe.js';
import { factBase, factColumns } from './fact-columns.js';

const f = TimeFact.shape;

/** One row per time fact; its start and end are named date_* to stay apart from the span's. */
export const TIMES_TABLE = defineTable<TimeFact>(
  'times',
  ['fact_id'],
  [
    ...factColumns<TimeFact>(),
    column('date_start', 'date', f.start, ['start'], (x) => x.start),
    column('date_end', 'date', f.end, ['end'], (x) => x.end),
    column('granularity', 'string', f.granularity, ['granularity'], (x) => x.granularity),
    column('part_of_day', 'string', f.partOfDay, ['partOfDay'], (x) => x.partOfDay),
    column('duration', 'string', f.duration, ['duration'], (x) => x.duration),
    column('relative', 'boolean', f.relative, ['relative'], (x) => x.relative),
  ],
  (r) => ({
    ...factBase(r),
    kind: 'time',
    start: r.date_start,
    end: r.date_end,
    granularity: r.granularity,
    partOfDay: r.part_of_day,
    duration: r.duration,
    relative: r.relative,
  }),
);

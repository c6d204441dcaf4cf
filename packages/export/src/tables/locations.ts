import { LocationFact } from '@dukien/core';
import { defineTable } from './define.js';
import { column } from './describe.js';
import { factBase, factColumns } from './fact-columns.js';

const f = LocationFact.shape;

/** One row per place mention; the code is text so "064" keeps its zero. */
export const LOCATIONS_TABLE = defineTable<LocationFact>(
  'locations',
  ['fact_id'],
  [
    ...factColumns<LocationFact>(),
    column('name', 'string', f.name, ['name'], (x) => x.name),
    column('type', 'string', f.type, ['type'], (x) => x.type),
    column('code', 'string', f.code, ['code'], (x) => x.code),
  ],
  (r) => ({ ...factBase(r), kind: 'location', name: r.name, type: r.type, code: r.code }),
);

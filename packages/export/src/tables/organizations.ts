import { OrganizationFact } from '@dukien/core';
import { defineTable } from './define.js';
import { column } from './describe.js';
import { factBase, factColumns } from './fact-columns.js';

const f = OrganizationFact.shape;

/** One row per organization mention. */
export const ORGANIZATIONS_TABLE = defineTable<OrganizationFact>(
  'organizations',
  ['fact_id'],
  [
    ...factColumns<OrganizationFact>(),
    column('name', 'string', f.name, ['name'], (x) => x.name),
    column('short_name', 'string', f.shortName, ['shortName'], (x) => x.shortName),
    column('type', 'string', f.type, ['type'], (x) => x.type),
  ],
  (r) => ({ ...factBase(r), kind: 'organization', name: r.name, shortName: r.short_name, type: r.type }),
);

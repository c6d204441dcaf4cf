import { PersonFact } from '@dukien/core';
import { defineTable } from './define.js';
import { column } from './describe.js';
import { factBase, factColumns } from './fact-columns.js';
import { joinList, LIST_SEPARATOR, splitList } from './lists.js';

const f = PersonFact.shape;

/** One row per person mention; the titles share one cell. */
export const PEOPLE_TABLE = defineTable<PersonFact>(
  'people',
  ['fact_id'],
  [
    ...factColumns<PersonFact>(),
    column('name', 'string', f.name, ['name'], (x) => x.name),
    column('titles', 'string', f.titles, ['titles'], (x) => joinList(x.titles), {
      note: `joined with "${LIST_SEPARATOR}"`,
      list: true,
    }),
    column('rank', 'string', f.rank, ['rank'], (x) => x.rank),
  ],
  (r) => ({ ...factBase(r), kind: 'person', name: r.name, titles: splitList(r.titles), rank: r.rank }),
);

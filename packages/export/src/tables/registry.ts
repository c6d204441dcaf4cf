import type { FactKind, FactOf } from '@dukien/core';
import type { Table, TableSpec } from './column.js';
import { DOCUMENTS_TABLE } from './documents.js';
import { FACTS_TABLE } from './facts.js';
import { INDICATORS_TABLE } from './indicators.js';
import { LOCATIONS_TABLE } from './locations.js';
import { ORGANIZATIONS_TABLE } from './organizations.js';
import { PEOPLE_TABLE } from './people.js';
import { QUANTITIES_TABLE } from './quantities.js';
import { TIMES_TABLE } from './times.js';

/** The table of each fact kind: a new kind in core does not compile until it has one here. */
export const KIND_TABLES: { readonly [K in FactKind]: Table<FactOf<K>> } = {
  quantity: QUANTITIES_TABLE,
  time: TIMES_TABLE,
  person: PEOPLE_TABLE,
  organization: ORGANIZATIONS_TABLE,
  location: LOCATIONS_TABLE,
  indicator: INDICATORS_TABLE,
};

/** Every table, in the order files, sheets and the data dictionary list them. */
export const TABLES: readonly TableSpec[] = [
  DOCUMENTS_TABLE,
  QUANTITIES_TABLE,
  TIMES_TABLE,
  PEOPLE_TABLE,
  ORGANIZATIONS_TABLE,
  LOCATIONS_TABLE,
  INDICATORS_TABLE,
  FACTS_TABLE,
];

/** The table a fact kind is written to. */
export function tableOf<K extends FactKind>(kind: K): Table<FactOf<K>> {
  return KIND_TABLES[kind];
}

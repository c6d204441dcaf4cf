import { z } from 'zod';
import { IndicatorFact } from './indicator.js';
import { LocationFact } from './location.js';
import { OrganizationFact } from './organization.js';
import { PersonFact } from './person.js';
import { QuantityFact } from './quantity.js';
import { TimeFact } from './time.js';

export const Fact = z
  .discriminatedUnion('kind', [
    QuantityFact,
    TimeFact,
    PersonFact,
    OrganizationFact,
    LocationFact,
    IndicatorFact,
  ])
  .describe('A fact of any kind, told apart by kind')
  .meta({ id: 'Fact' });
export type Fact = z.infer<typeof Fact>;
export type FactKind = Fact['kind'];

/** Every fact kind, in the order exporters and reports list them. */
export const FACT_KINDS = [
  'quantity',
  'time',
  'person',
  'organization',
  'location',
  'indicator',
] as const satisfies readonly FactKind[];

/** The fact of one kind. */
export type FactOf<K extends FactKind> = Extract<Fact, { kind: K }>;

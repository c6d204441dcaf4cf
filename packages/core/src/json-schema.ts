import { z } from 'zod';
import { Dataset } from './schemas/dataset.js';
import { Document } from './schemas/document.js';
import { Fact } from './schemas/fact.js';
import { IndicatorFact } from './schemas/indicator.js';
import { LocationFact } from './schemas/location.js';
import { OrganizationFact } from './schemas/organization.js';
import { PersonFact } from './schemas/person.js';
import { Problem } from './schemas/problem.js';
import { QuantityFact } from './schemas/quantity.js';
import { TimeFact } from './schemas/time.js';

/** The schemas published as JSON Schema files, by file stem. */
export const PUBLISHED_SCHEMAS = {
  dataset: Dataset,
  document: Document,
  fact: Fact,
  quantity: QuantityFact,
  time: TimeFact,
  person: PersonFact,
  organization: OrganizationFact,
  location: LocationFact,
  indicator: IndicatorFact,
  problem: Problem,
} as const;
export type PublishedSchemaName = keyof typeof PUBLISHED_SCHEMAS;

const BASE_URI = 'https://dukien.dev/schemas/1.0.0/';

/** JSON Schema (draft 2020-12) generated from a zod schema, with a stable $id. */
export function toJsonSchema(name: PublishedSchemaName): Record<string, unknown> {
  const schema = z.toJSONSchema(PUBLISHED_SCHEMAS[name], {
    target: 'draft-2020-12',
    io: 'output',
    unrepresentable: 'throw',
  }) as Record<string, unknown>;
  return { $id: `${BASE_URI}${name}.schema.json`, ...schema };
}

/** The text of a committed schema file: pretty JSON and a final newline. */
export function jsonSchemaText(name: PublishedSchemaName): string {
  return `${JSON.stringify(toJsonSchema(name), null, 2)}\n`;
}

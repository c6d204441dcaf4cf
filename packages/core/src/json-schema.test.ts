import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { jsonSchemaText, PUBLISHED_SCHEMAS, type PublishedSchemaName, toJsonSchema } from './json-schema.js';
import { Dataset } from './schemas/dataset.js';
import { invalidDatasets, validDataset } from './test-support/samples.js';

// ajv-formats is CommonJS with a default export; under NodeNext it arrives wrapped.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (
  ajv: Ajv2020,
) => Ajv2020;

function committed(name: string): string {
  return readFileSync(new URL(`../schemas/${name}.schema.json`, import.meta.url), 'utf8');
}

describe('committed JSON Schema files', () => {
  for (const name of Object.keys(PUBLISHED_SCHEMAS) as PublishedSchemaName[]) {
    it(`schemas/${name}.schema.json equals what zod generates now (run npm run schemas -w @dukien/core)`, () => {
      expect(committed(name)).toBe(jsonSchemaText(name));
    });
  }
});

describe('ajv and zod agree', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  const validate = ajv.compile(toJsonSchema('dataset'));

  it('both accept a valid dataset', () => {
    expect(Dataset.safeParse(validDataset()).success).toBe(true);
    expect(validate(validDataset())).toBe(true);
  });

  for (const [label, sample] of Object.entries(invalidDatasets())) {
    it(`both reject: ${label}`, () => {
      expect(Dataset.safeParse(sample).success).toBe(false);
      expect(validate(sample)).toBe(false);
    });
  }

  it('ajv names the field of a bad fact', () => {
    const sample = validDataset();
    (sample.facts[0] as Record<string, unknown>).approx = 'roughly';
    expect(validate(sample)).toBe(false);
    expect(validate.errors?.map((e) => e.instancePath)).toContain('/facts/0/approx');
  });
});

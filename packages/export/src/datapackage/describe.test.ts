import { describe, expect, it } from 'vitest';
import { TABLES } from '../tables/registry.js';
import { sampleDataset } from '../test-support/sample-dataset.js';
import { dataPackageOf } from './describe.js';

type Resource = {
  name: string;
  path: string;
  schema: { fields: Record<string, unknown>[] } & Record<string, unknown>;
};

describe('datapackage.json', () => {
  const pkg = dataPackageOf(sampleDataset()) as { $schema: string; resources: Resource[]; dukien: unknown };

  it('is a Data Package v2 with one CSV resource per table', () => {
    expect(pkg.$schema).toBe('https://datapackage.org/profiles/2.0/datapackage.json');
    expect(pkg.resources.map((r) => [r.name, r.path])).toEqual(TABLES.map((t) => [t.name, `${t.name}.csv`]));
    expect(pkg.dukien).toEqual({ schemaVersion: '1.0.0', generator: { name: 'dukien', version: '0.1.0' } });
  });

  it('describes fields with the column tables types, descriptions and constraints', () => {
    const quantities = pkg.resources.find((r) => r.name === 'quantities')!;
    const table = TABLES.find((t) => t.name === 'quantities')!;
    expect(quantities.schema.fields.map((f) => [f.name, f.type, f.description])).toEqual(
      table.columns.map((c) => [c.name, c.type, c.description]),
    );
    expect(quantities.schema.fields.find((f) => f.name === 'approx')!.constraints).toEqual({
      required: true,
      enum: ['exact', 'over', 'under', 'nearly', 'about'],
    });
    expect(quantities.schema.fields.find((f) => f.name === 'unit')!.constraints).toBeUndefined();
    expect(quantities.schema.primaryKey).toEqual(['fact_id']);
    expect(quantities.schema.missingValues).toEqual(['']);
  });

  it('links every fact table to documents, and documents to nothing', () => {
    for (const resource of pkg.resources) {
      const keys = resource.schema.foreignKeys;
      if (resource.name === 'documents') expect(keys).toBeUndefined();
      else {
        expect(keys).toEqual([
          { fields: ['document_id'], reference: { resource: 'documents', fields: ['document_id'] } },
        ]);
      }
    }
  });

  it('spells booleans the way the CSV writes them', () => {
    const times = pkg.resources.find((r) => r.name === 'times')!;
    expect(times.schema.fields.find((f) => f.name === 'relative')).toMatchObject({
      type: 'boolean',
      trueValues: ['true'],
      falseValues: ['false'],
    });
  });
});

import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The committed JSON Schema of a dataset, as core publishes it (draft 2020-12). */
export function datasetJsonSchema(): Record<string, unknown> {
  return require('@dukien/core/schemas/dataset.schema.json') as Record<string, unknown>;
}
